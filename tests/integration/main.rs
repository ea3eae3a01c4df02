//! The integration tests, in one binary: files, the command line, the window.

// Test helpers may unwrap: a panic here is a failed test, not a crash.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod app_rooms;
mod architecture;
mod cli;
mod cli_check;
mod cli_summary;
mod facilitation_cli;
mod fonts;
mod format;
mod format_v2;
mod fuzz_regressions;
mod gui;
mod gui_blend;
mod gui_export;
mod gui_facilitation;
mod gui_fixes;
mod gui_languages;
mod gui_strategy;
mod images;
mod images_hostile;
mod install;
mod kill_safety;
mod languages;
mod measure;
mod presentation;
mod properties;
mod readability;
mod templates;

use std::path::PathBuf;

/// A file in the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}
