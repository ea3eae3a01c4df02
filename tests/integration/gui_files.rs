//! The window's files through kittest: saving, opening, typed paths where no
//! dialog opens, unsaved changes asked about, dropped and recent files.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cx_recipe::app::dialogs::Picked;
use cx_recipe::recipe::format;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::*;
use crate::repo_path;

#[test]
fn save_writes_the_expected_file() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    let path = data.path().join("mine.ron");
    harness.get_by_label("Remove Consistency").click();
    harness.run();
    dialogs.answer(Picked::Path(path.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let app = harness.state();
    assert!(!app.is_dirty());
    assert_eq!(app.path(), Some(path.as_path()));
    assert_eq!(app.window_title(), "mine.ron — CX Recipe Designer");
    let written = fs::read_to_string(&path).unwrap();
    assert_eq!(written, format::to_ron(app.recipe()).unwrap());
    assert!(!written.contains("Consistency"));
    assert_eq!(app.settings().recent.first(), Some(&path));
}

#[test]
fn a_failed_save_shows_the_error_and_stays_dirty() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    let folder = data.path().join("folder.ron");
    fs::create_dir(&folder).unwrap();
    harness.get_by_label("Remove Consistency").click();
    harness.run();
    dialogs.answer(Picked::Path(folder.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let app = harness.state();
    assert!(app.is_dirty());
    assert!(matches!(shown(app), Some(Shown::Error(e)) if e.contains("folder.ron")));
    harness.get_by_label_contains("could not save");
}

#[test]
fn opening_a_malformed_file_shows_the_error_and_keeps_the_recipe() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    let bad = data.path().join("bad.ron");
    fs::write(&bad, "(\n    version: 1,\n    flavour: 3,\n)").unwrap();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    let before = harness.state().recipe().clone();
    dialogs.answer(Picked::Path(bad.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    // Unsaved changes: the window asks first.
    harness.get_by_label("Don't save").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.recipe(), &before, "the open recipe changed");
    let expected = format!("{}:3:5:", bad.display());
    assert!(
        matches!(shown(app), Some(Shown::Error(e)) if e.contains(&expected) && e.contains("flavour")),
        "{:?}",
        app.message()
    );
    harness.get_by_label_contains(&expected);
}

#[test]
fn opening_a_good_file_replaces_the_recipe() {
    let Window {
        mut harness,
        dialogs,
        ..
    } = window();
    dialogs.answer(Picked::Path(repo_path("recipes/bake-then-cook.ron")));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let app = harness.state();
    assert_eq!(app.recipe().title, "Bake, then cook");
    assert_eq!(
        app.window_title(),
        "bake-then-cook.ron — CX Recipe Designer"
    );
}

#[test]
fn without_a_file_dialog_a_path_can_be_typed() {
    let Window {
        mut harness,
        dialogs,
        ..
    } = window();
    dialogs.answer(Picked::Unavailable);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label_contains("No file dialog could be shown");
    let path = repo_path("recipes/bake-then-cook.ron")
        .display()
        .to_string();
    harness.get_by_label("File path").type_text(&path);
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(harness.state().recipe().title, "Bake, then cook");
}

#[test]
fn closing_with_unsaved_changes_is_cancelled_and_asks() {
    let Window { mut harness, .. } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    request_close(&mut harness);
    harness.step();
    assert!(sent_close_commands(&harness).contains(&egui::ViewportCommand::CancelClose));
    harness.run();
    harness.get_by_label_contains("Save the changes to “Ideal CX” before closing?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().is_dirty());
    assert!(harness.query_by_label("Don't save").is_none());

    // Ctrl+Q asks too; "Don't save" closes.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.step();
    assert!(sent_close_commands(&harness).contains(&egui::ViewportCommand::Close));
}

#[test]
fn new_with_unsaved_changes_can_save_first() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    let path = data.path().join("kept.ron");
    dialogs.answer(Picked::Path(path.clone()));
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(harness.state().recipe().ingredients.len(), 0);
    assert_eq!(format::load(&path).unwrap().ingredients.len(), 4);
}

#[test]
fn a_clean_close_is_not_asked_about() {
    let Window { mut harness, .. } = window();
    request_close(&mut harness);
    harness.step();
    assert!(!sent_close_commands(&harness).contains(&egui::ViewportCommand::CancelClose));
}

#[test]
fn a_file_given_at_start_opens() {
    let Window { harness, .. } = window_with(
        Some(repo_path("recipes/bake-then-cook.ron")),
        tempfile::tempdir().unwrap(),
    );
    assert_eq!(harness.state().recipe().title, "Bake, then cook");
}

#[test]
fn a_bad_file_given_at_start_shows_the_error_over_the_starter() {
    let data = tempfile::tempdir().unwrap();
    let bad = data.path().join("cut.ron");
    fs::write(&bad, "(version: 1, ingredients: [").unwrap();
    let Window { harness, .. } = window_with(Some(bad), data);
    assert_eq!(harness.state().recipe().title, "Ideal CX");
    harness.get_by_label_contains("cut.ron:1:");
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_file_opens_it_and_asks_about_unsaved_changes() {
    let Window { mut harness, .. } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    let path = repo_path("recipes/cx-kitchen.ron");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    harness.run();
    harness.get_by_label_contains("before opening another recipe");
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(harness.state().recipe().title, "The CX kitchen");
    assert_eq!(harness.state().recipe().ingredients.len(), 12);
}

#[test]
fn a_recent_file_that_has_gone_is_removed_with_a_message() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    let path = data.path().join("short-lived.ron");
    dialogs.answer(Picked::Path(path.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        harness.state().settings().recent,
        std::slice::from_ref(&path)
    );
    fs::remove_file(&path).unwrap();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").hover();
    harness.run();
    harness.get_by_label(&path.display().to_string()).click();
    harness.run();
    assert!(harness.state().settings().recent.is_empty());
    harness.get_by_label_contains("no longer there");
}

#[test]
fn without_a_file_dialog_enter_saves_to_the_typed_path() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    dialogs.answer(Picked::Unavailable);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let path = data.path().join("typed");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    // The name gets its .ron, the file is written, the dialog is gone.
    let saved = data.path().join("typed.ron");
    assert_eq!(format::load(&saved).unwrap().ingredients.len(), 4);
    assert!(harness.query_by_label("File path").is_none());
    assert!(!harness.state().is_dirty());
}

#[test]
fn a_typed_path_asks_before_replacing_another_file() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    let other = data.path().join("other.ron");
    fs::write(&other, "keep me").unwrap();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    dialogs.answer(Picked::Unavailable);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&other.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(fs::read_to_string(&other).unwrap(), "keep me");
    harness.get_by_label_contains("already exists: press Save again to replace it");
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(format::load(&other).unwrap().ingredients.len(), 4);
}
