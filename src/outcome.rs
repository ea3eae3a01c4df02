//! How a run ended, as the exit code scripts see: shared by the command line
//! and the window, so that neither needs the other.

use std::process::ExitCode;

/// How a run ended, as the exit code scripts see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// 0: everything is fine.
    Ok = 0,
    /// 1: a file is invalid, or would change under `fmt --check`.
    Problem = 1,
    /// 2: wrong arguments, or a file could not be read or written.
    Error = 2,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> Self {
        Self::from(o as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_and_the_worst_outcome() {
        assert_eq!(
            [Outcome::Ok, Outcome::Problem, Outcome::Error].map(|o| o as u8),
            [0, 1, 2]
        );
        assert!(Outcome::Ok < Outcome::Problem && Outcome::Problem < Outcome::Error);
        assert_eq!(Outcome::Ok.max(Outcome::Error), Outcome::Error);
    }
}
