//! CX Recipe Designer: mix weighted customer-experience ingredients into a
//! recipe, see the mix as a pie chart, and share it as a small RON file.
//!
//! # Codemap
//! - [`recipe`]: the pure model — recipe, ingredients, kitchen units, shares,
//!   the RON file format with its limits, and the atomic save. No egui, no rfd.
//! - [`chart`]: pie-chart geometry (slice angles, label positions, convex
//!   pieces), the palette, and SVG/PNG rendering. No egui. The window draws
//!   from the same geometry, so a picture on screen and in a file agree.
//! - [`app`]: the eframe window: commands, panels, the pie widget, dialogs.
//! - [`i18n`]: the product's words in English, Spanish and German (Fluent).
//! - [`cli`]: the `cx-recipe` subcommands on top of `recipe` and `chart`;
//!   it says whether the arguments ask for the window, and `main` opens it.
//! - [`outcome`]: how a run ended, as the exit code (0, 1 or 2); the window
//!   and the command line share it, so neither imports the other.
//!
//! See `ARCHITECTURE.md` for the invariants.

pub mod app;
pub mod chart;
pub mod cli;
pub mod i18n;
pub mod outcome;
pub mod recipe;
