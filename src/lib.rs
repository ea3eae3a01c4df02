//! CX Recipe Designer: mix weighted customer-experience ingredients into a
//! recipe, see the mix as a pie chart, and share it as a small RON file.
//!
//! # Codemap
//! - [`recipe`], [`chart`], [`i18n`]: the pure core, a crate of its own
//!   (`crates/core`, `cx_recipe_core`) with no egui, eframe or rfd in its
//!   dependencies; re-exported here so both shells name it alike.
//! - [`app`]: the eframe window: commands, panels, the pie widget, dialogs.
//! - [`cli`]: the `cx-recipe` subcommands on top of `recipe` and `chart`;
//!   it says whether the arguments ask for the window, and [`run`] opens it.
//! - [`outcome`]: how a run ended, as the exit code (0, 1 or 2); the window
//!   and the command line share it, so neither imports the other.
//!
//! See `ARCHITECTURE.md` for the invariants.

pub mod app;
pub mod cli;
pub mod outcome;

pub use cx_recipe_core::{chart, i18n, recipe};

use cli::Invocation;

/// The program: the window without arguments (or with a file), the command
/// line with a subcommand. Both `cx-recipe` and Windows' `cx-recipew` run it.
pub fn run() -> outcome::Outcome {
    match cli::parse() {
        Invocation::Window { file } => app::run(file),
        Invocation::Subcommand(subcommand) => cli::run(subcommand),
        Invocation::Done(outcome) => outcome,
    }
}
