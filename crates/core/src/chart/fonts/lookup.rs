//! Looking fallback fonts up off the frame. A window notes the characters
//! its fonts lack ([`Lookup::want`]: quick, callable from the middle of text
//! layout), starts a look-up ([`Lookup::start`]), and takes the answers when
//! they are ready ([`Lookup::take_ready`]); a worker thread does the slow
//! part — reading the system's index on first need and what its faces
//! cover — and says when it is done, so the window can ask for a repaint.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use super::{Fallbacks, FontIndex, needs_glyph, system};

/// One window's look-ups: cheap to clone, all clones the same.
#[derive(Clone)]
pub struct Lookup {
    shared: Arc<Shared>,
}

struct Shared {
    /// The faces to choose from; `None` for the system's.
    index: Option<Arc<FontIndex>>,
    state: Mutex<State>,
    /// Signalled when a worker ends.
    idle: Condvar,
}

#[derive(Default)]
struct State {
    /// Every character ever wanted: each is looked up once.
    asked: BTreeSet<char>,
    /// Wanted and not yet handed to a worker.
    wanted: BTreeSet<char>,
    /// A worker is at it.
    busy: bool,
    /// Answers not yet taken.
    ready: Vec<Fallbacks>,
    /// The faces the window has (what they cover needs no other face).
    installed: BTreeSet<String>,
}

impl Lookup {
    /// Look-ups among `index`'s faces, or the system's where `None`.
    pub fn new(index: Option<Arc<FontIndex>>) -> Self {
        Self {
            shared: Arc::new(Shared {
                index,
                state: Mutex::new(State::default()),
                idle: Condvar::new(),
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.shared
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Notes that the window lacks `c`; a character already noted, or one
    /// that needs no glyph (a joiner, a direction mark), is not looked up.
    /// Takes a lock no worker holds for long.
    pub fn want(&self, c: char) {
        if !needs_glyph(c) {
            return;
        }
        let mut state = self.state();
        if state.asked.insert(c) {
            state.wanted.insert(c);
        }
    }

    /// Notes that the window has the face named `name` now.
    pub fn installed(&self, name: &str) {
        self.state().installed.insert(name.to_owned());
    }

    /// Starts a worker thread on what is wanted, unless one is at it (it
    /// takes what is wanted meanwhile too) or nothing is. `done` runs on
    /// the worker when it has answered everything it took.
    pub fn start(&self, done: impl FnOnce() + Send + 'static) {
        {
            let mut state = self.state();
            if state.busy || state.wanted.is_empty() {
                return;
            }
            state.busy = true;
        }
        let shared = Arc::clone(&self.shared);
        let worker = std::thread::Builder::new()
            .name("cx-recipe fonts".to_owned())
            .spawn(move || {
                work(&shared);
                done();
            });
        if worker.is_err() {
            // No thread now: what is wanted stays wanted for the next start.
            self.state().busy = false;
            self.shared.idle.notify_all();
        }
    }

    /// The answers ready since the last call, oldest first.
    pub fn take_ready(&self) -> Vec<Fallbacks> {
        std::mem::take(&mut self.state().ready)
    }

    /// Whether nothing is wanted and no worker is at it.
    pub fn is_idle(&self) -> bool {
        let state = self.state();
        !state.busy && state.wanted.is_empty()
    }

    /// Waits until no worker is at it, at most `timeout`; whether it came
    /// to that. For tests and for measuring, never for the frame.
    pub fn wait(&self, timeout: Duration) -> bool {
        let deadline = Instant::now().checked_add(timeout);
        let mut state = self.state();
        while state.busy {
            let left = deadline.map_or(Duration::MAX, |d| {
                d.saturating_duration_since(Instant::now())
            });
            if left.is_zero() {
                return false;
            }
            state = self
                .shared
                .idle
                .wait_timeout(state, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        true
    }
}

/// The worker: answers what is wanted until nothing is.
fn work(shared: &Shared) {
    loop {
        let (chars, installed) = {
            let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
            if state.wanted.is_empty() {
                state.busy = false;
                shared.idle.notify_all();
                return;
            }
            (std::mem::take(&mut state.wanted), state.installed.clone())
        };
        // A font file that trips the parser must not end the look-ups: the
        // answer is then "nothing found", and nothing said to be missing.
        let answer = catch_unwind(AssertUnwindSafe(|| {
            let index = shared.index.clone().unwrap_or_else(system::index);
            index.fallbacks_beside(&chars, &installed)
        }))
        .unwrap_or_default();
        let mut state = shared.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.ready.push(answer);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;
    use crate::chart::fonts::FaceDescription;

    fn index() -> Arc<FontIndex> {
        Arc::new(FontIndex::synthetic(&[
            (FaceDescription::regular("Noto Sans CJK JP", "JP"), "品質"),
            (
                FaceDescription::regular("Noto Sans Arabic", "Arabic"),
                "خدمة",
            ),
        ]))
    }

    fn names(fallbacks: &[Fallbacks]) -> Vec<String> {
        fallbacks
            .iter()
            .flat_map(|f| f.fonts.iter().map(|font| font.name.clone()))
            .collect()
    }

    #[test]
    fn answers_come_from_a_worker_and_say_when_they_are_ready() {
        let lookup = Lookup::new(Some(index()));
        assert!(lookup.is_idle());
        for c in "品質خ\u{378}".chars() {
            lookup.want(c);
        }
        assert!(!lookup.is_idle());
        let (tx, rx) = mpsc::channel();
        lookup.start(move || tx.send(()).unwrap());
        rx.recv_timeout(Duration::from_secs(10)).unwrap();
        assert!(lookup.wait(Duration::from_secs(10)));
        let ready = lookup.take_ready();
        assert_eq!(names(&ready), ["JP", "Arabic"]);
        assert_eq!(ready[0].missing, BTreeSet::from(['\u{378}']));
        assert!(lookup.take_ready().is_empty(), "taken once");
    }

    #[test]
    fn a_character_is_looked_up_once_and_installed_faces_are_used() {
        let lookup = Lookup::new(Some(index()));
        lookup.want('品');
        lookup.start(|| {});
        assert!(lookup.wait(Duration::from_secs(10)));
        assert_eq!(names(&lookup.take_ready()), ["JP"]);
        lookup.installed("JP");
        lookup.want('品');
        assert!(lookup.is_idle(), "品 was looked up already");
        lookup.want('質');
        lookup.start(|| {});
        assert!(lookup.wait(Duration::from_secs(10)));
        let ready = lookup.take_ready();
        assert_eq!(names(&ready), Vec::<String>::new(), "JP has 質");
        assert!(ready[0].missing.is_empty());
    }

    #[test]
    fn nothing_wanted_starts_nothing() {
        let lookup = Lookup::new(Some(index()));
        // Joiners and direction marks need no glyph.
        lookup.want('\u{200d}');
        lookup.want('\u{200f}');
        lookup.start(|| panic!("no worker should run"));
        assert!(lookup.is_idle());
        assert!(lookup.wait(Duration::ZERO));
    }
}
