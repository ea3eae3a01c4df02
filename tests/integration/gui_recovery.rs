//! The window's crash-recovery copy through kittest: written, offered after
//! a crash, kept when the system ends the window, removed by a save.

use std::fs;
use std::path::{Path, PathBuf};

use cx_recipe::app::CxApp;
use cx_recipe::app::dialogs::Picked;
use cx_recipe::app::recovery::Recovery;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::*;
use crate::repo_path;

#[test]
fn recovery_copy_is_written_and_offered_after_a_crash() {
    let Window {
        mut harness, data, ..
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    assert!(
        recovery_copies(data.path()).is_empty(),
        "written before the delay"
    );
    let_recovery_delay_pass(&mut harness);
    assert_eq!(recovery_copies(data.path()).len(), 1, "no recovery copy");
    // Once written, nothing is due: the window is idle again.
    let delay = harness.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay;
    assert_eq!(delay, std::time::Duration::MAX);
    let edited = harness.state().recipe().clone();
    // A crash: the window goes away without a clean quit.
    drop(harness);

    let Window {
        mut harness, data, ..
    } = window_with(None, data);
    harness.get_by_label_contains("did not close cleanly");
    harness.get_by_label("Restore").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.recipe(), &edited);
    assert!(app.is_dirty());
    // The restored edits are this window's copy now; the old one is gone.
    assert_eq!(recovery_copies(data.path()).len(), 1);
}

#[test]
fn a_running_window_is_not_offered_another_windows_copy() {
    let Window {
        mut harness, data, ..
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    let_recovery_delay_pass(&mut harness);
    // Another window on the same data folder while the first still runs.
    let shared = Recovery::new(data.path().to_path_buf());
    assert!(
        shared.find_orphans().is_empty(),
        "a live window's copy was offered"
    );
    assert_eq!(recovery_copies(data.path()).len(), 1);
    drop(harness);
    assert_eq!(shared.find_orphans().len(), 1);
}

#[test]
fn a_file_given_at_start_waits_for_the_recovery_offer() {
    let Window {
        mut harness, data, ..
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    let_recovery_delay_pass(&mut harness);
    drop(harness);
    let start_file = repo_path("recipes/bake-then-cook.ron");
    let Window {
        mut harness, data, ..
    } = window_with(Some(start_file), data);
    // The copy was not pushed aside by the file.
    assert_eq!(recovery_copies(data.path()).len(), 1);
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().recipe().title, "Bake, then cook");
    assert!(recovery_copies(data.path()).is_empty());
}

#[test]
fn closing_during_the_recovery_offer_keeps_the_copy() {
    let Window {
        mut harness, data, ..
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    let_recovery_delay_pass(&mut harness);
    drop(harness);
    let Window {
        mut harness, data, ..
    } = window_with(None, data);
    harness.get_by_label("Restore");
    request_close(&mut harness);
    harness.run();
    drop(harness);
    assert_eq!(recovery_copies(data.path()).len(), 1);
}

#[test]
fn saving_removes_the_recovery_copy() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    let_recovery_delay_pass(&mut harness);
    assert_eq!(recovery_copies(data.path()).len(), 1);
    dialogs.answer(Picked::Path(data.path().join("saved.ron")));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(recovery_copies(data.path()).is_empty());
}

#[test]
fn a_window_ended_by_the_system_keeps_its_unsaved_changes() {
    let Window {
        mut harness, data, ..
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    // No delay passed: the copy is written on the way out (e.g. Cmd+Q, logout).
    harness.state_mut().keep_unsaved_on_exit();
    assert_eq!(recovery_copies(data.path()).len(), 1);
}

/// The recovery copies in a data folder.
fn recovery_copies(folder: &Path) -> Vec<PathBuf> {
    fs::read_dir(folder)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    name.starts_with("recovery-") && name.ends_with(".ron")
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Lets the recovery delay pass on egui's clock (no sleeping on wall time).
fn let_recovery_delay_pass(harness: &mut Harness<'static, CxApp>) {
    let now = harness.ctx.input(|i| i.time);
    harness.input_mut().time = Some(now + 10.0);
    harness.run();
}
