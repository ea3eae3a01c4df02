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
mod blend_files;
mod blend_names_flow;
mod blend_projected;
mod blend_projected_keys;
mod blend_projected_many;
mod blend_projected_other;
mod blend_reveal_names;
mod blend_screen;
mod blend_screen_lang;
mod blend_tags;
mod cli;
mod cli_check;
mod cli_exports;
mod cli_pipe;
mod cli_summary;
mod colours;
mod facilitation_cli;
mod fonts;
mod fonts_window;
mod format;
mod format_v2;
mod frame_log;
mod fuzz_regressions;
mod gui;
mod gui_blend;
mod gui_budget;
mod gui_checks;
mod gui_export;
mod gui_facilitation;
mod gui_files;
mod gui_fixes;
mod gui_languages;
mod gui_method;
mod gui_notes;
mod gui_office;
mod gui_pie;
mod gui_recovery;
mod gui_room;
mod gui_room_blend;
mod gui_room_form;
mod gui_strategy;
mod gui_words;
mod images;
mod images_hostile;
mod install;
mod kill_safety;
mod languages;
mod measure;
mod numbers_agree;
mod presentation;
mod profile_fits;
mod projector;
mod properties;
mod readability;
mod room_browser;
mod room_cli;
mod room_client;
mod room_hostile;
mod room_load;
mod room_server;
mod side_cut;
mod side_legend;
mod table_fits;
mod table_keys;
mod table_kind;
mod table_whole;
mod templates;
mod verdict_fits;
mod words_whole;
mod write_limits;
mod write_round_trip;
mod zoom;
mod zoom_workshop;

use std::path::PathBuf;

/// A file in the repository.
pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}
