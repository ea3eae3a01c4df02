//! All of the command line's output goes through one [`Console`], which
//! decides in one place what a closed pipe means (as ripgrep does).
//!
//! When the reader of stdout goes away (`cx-recipe check *.ron | head -1`),
//! the next write fails with a broken pipe. That is no error: the reader has
//! what it wanted. The subcommand stops where it is ([`Stop::Closed`]) and
//! the process ends quietly — no panic, no message — with the outcome of
//! what it had found so far: 0 unless it had already reported a problem, so
//! that a script never reads "fine" after a file was named as broken. Not
//! 141: that is the shell's way of saying a process was killed by SIGPIPE,
//! which Rust programs are not (the standard library ignores the signal),
//! and our exit codes are a contract of three (0, 1, 2).
//!
//! `fmt` is the exception: its work is the files, and its listing is only a
//! report, so it writes its lines with [`Console::list`], which drops them
//! once nobody reads, and formats every file all the same.
//!
//! Any other failure to write stdout (a full disk behind `> out.txt`) is an
//! error (exit 2), said once on stderr. A failure to write stderr is
//! ignored: there is nobody left to tell.

use std::io::{self, Write};

use super::{Failure, Outcome};
use crate::recipe::format::LoadError;

/// Where a subcommand writes: stdout for its results, stderr for errors,
/// warnings and notes; and the worst outcome reported so far.
pub(super) struct Console {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    /// Whether stdout can no longer be written.
    closed: bool,
    worst: Outcome,
}

/// Why a subcommand stopped before its end.
#[derive(Debug)]
pub(super) enum Stop {
    /// Stdout can no longer be written (its reader has gone): end quietly
    /// with the [`Console::worst`] outcome so far.
    Closed,
    /// An error that ends the subcommand, shown once with its exit code.
    Failed(Failure),
}

impl From<Failure> for Stop {
    fn from(failure: Failure) -> Self {
        Self::Failed(failure)
    }
}

impl From<LoadError> for Stop {
    fn from(e: LoadError) -> Self {
        Self::Failed(Failure::from(e))
    }
}

impl Console {
    /// The process's stdout and stderr.
    pub(super) fn stdio() -> Self {
        Self::new(Box::new(io::stdout()), Box::new(io::stderr()))
    }

    /// Output to any two writers (tests use this).
    pub(super) fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Self {
        Self {
            out,
            err,
            closed: false,
            worst: Outcome::Ok,
        }
    }

    /// Writes `text` to stdout as it is (it ends in a line break).
    ///
    /// # Errors
    /// [`Stop::Closed`] once stdout cannot be written: the caller stops.
    pub(super) fn out(&mut self, text: &str) -> Result<(), Stop> {
        if self.closed {
            return Err(Stop::Closed);
        }
        match self
            .out
            .write_all(text.as_bytes())
            .and_then(|()| self.out.flush())
        {
            Ok(()) => Ok(()),
            Err(e) => {
                self.closed = true;
                if e.kind() != io::ErrorKind::BrokenPipe {
                    self.problem(
                        Outcome::Error,
                        &format!("error: could not write the output: {e}"),
                    );
                }
                Err(Stop::Closed)
            }
        }
    }

    /// Writes a line of a listing that the work does not depend on (what
    /// `fmt` formatted): written while someone reads, dropped after.
    ///
    /// # Errors
    /// Never for a closed stdout; only what [`Self::out`] would, else.
    pub(super) fn list(&mut self, line: &str) -> Result<(), Stop> {
        match self.out(&format!("{line}\n")) {
            Err(Stop::Closed) => Ok(()),
            other => other,
        }
    }

    /// Writes a line to stderr: a warning, a file skipped, an error.
    pub(super) fn note(&mut self, line: &str) {
        // Nobody is left to tell if stderr is closed too.
        let _ = writeln!(self.err, "{line}").and_then(|()| self.err.flush());
    }

    /// Writes a line to stderr and remembers `outcome` for the exit code.
    pub(super) fn problem(&mut self, outcome: Outcome, line: &str) {
        self.note(line);
        self.record(outcome);
    }

    /// Remembers `outcome` for the exit code (e.g. a file `fmt --check`
    /// would change, listed on stdout).
    pub(super) fn record(&mut self, outcome: Outcome) {
        self.worst = self.worst.max(outcome);
    }

    /// The worst outcome reported so far.
    pub(super) fn worst(&self) -> Outcome {
        self.worst
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A writer whose reader has gone after `room` bytes.
    struct Pipe {
        room: usize,
        kind: io::ErrorKind,
        written: Arc<Mutex<Vec<u8>>>,
    }

    impl Write for Pipe {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::from(self.kind));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            if let Ok(mut w) = self.written.lock() {
                w.extend_from_slice(buf.get(..n).unwrap_or_default());
            }
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn console(room: usize, kind: io::ErrorKind) -> (Console, Arc<Mutex<Vec<u8>>>) {
        let err = Arc::new(Mutex::new(Vec::new()));
        let out = Pipe {
            room,
            kind,
            written: Arc::new(Mutex::new(Vec::new())),
        };
        let stderr = Pipe {
            room: usize::MAX,
            kind,
            written: Arc::clone(&err),
        };
        (Console::new(Box::new(out), Box::new(stderr)), err)
    }

    #[test]
    fn a_closed_pipe_stops_quietly_and_stays_closed() {
        let (mut c, err) = console(3, io::ErrorKind::BrokenPipe);
        assert!(c.out("ok\n").is_ok());
        assert!(matches!(c.out("ok a.ron\n"), Err(Stop::Closed)));
        assert!(matches!(c.out("x\n"), Err(Stop::Closed)));
        assert_eq!(c.worst(), Outcome::Ok);
        assert!(
            err.lock().unwrap().is_empty(),
            "a closed pipe said something"
        );
    }

    #[test]
    fn a_listing_goes_on_without_its_reader() {
        let (mut c, _) = console(0, io::ErrorKind::BrokenPipe);
        assert!(c.list("formatted a.ron").is_ok());
        assert!(c.list("formatted b.ron").is_ok());
        assert_eq!(c.worst(), Outcome::Ok);
    }

    #[test]
    fn another_write_error_is_an_error_said_once() {
        let (mut c, err) = console(0, io::ErrorKind::StorageFull);
        assert!(matches!(c.out("ok\n"), Err(Stop::Closed)));
        assert!(c.list("formatted a.ron").is_ok());
        assert_eq!(c.worst(), Outcome::Error);
        let said = String::from_utf8(err.lock().unwrap().clone()).unwrap();
        assert_eq!(
            said.matches("could not write the output").count(),
            1,
            "{said}"
        );
    }

    #[test]
    fn problems_are_remembered_for_the_exit_code() {
        let (mut c, err) = console(100, io::ErrorKind::BrokenPipe);
        c.note("warning: a.ron: two names");
        assert_eq!(c.worst(), Outcome::Ok);
        c.problem(Outcome::Problem, "bad.ron:1:2: expected");
        c.record(Outcome::Ok);
        assert_eq!(c.worst(), Outcome::Problem);
        let said = String::from_utf8(err.lock().unwrap().clone()).unwrap();
        assert_eq!(said, "warning: a.ron: two names\nbad.ron:1:2: expected\n");
    }
}
