//! The window, driven through AccessKit with `egui_kittest`: find a control by
//! its role and label, click or type, run frames, check what changed. The
//! accessibility check stays on, so every control must have a label.

use std::collections::VecDeque;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use cx_recipe::app::dialogs::{FileDialogs, Picked, PickedMany};
use cx_recipe::app::recovery::Recovery;
use cx_recipe::app::settings::Settings;
use cx_recipe::app::{AppConfig, CxApp};
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::format;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::repo_path;

/// File dialogs that answer from a queue, as the test says (a second queue
/// for the dialog that picks several files).
#[derive(Clone, Default)]
pub struct FakeDialogs(
    Arc<Mutex<VecDeque<Picked>>>,
    Arc<Mutex<VecDeque<PickedMany>>>,
);

impl FakeDialogs {
    pub fn answer(&self, picked: Picked) {
        self.0.lock().unwrap().push_back(picked);
    }

    pub fn answer_many(&self, picked: PickedMany) {
        self.1.lock().unwrap().push_back(picked);
    }
}

impl FileDialogs for FakeDialogs {
    fn pick_open(&mut self, _folder: Option<&Path>) -> Picked {
        self.0
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Picked::Cancelled)
    }

    fn pick_save(&mut self, _folder: Option<&Path>, _name: &str) -> Picked {
        self.0
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(Picked::Cancelled)
    }

    fn pick_open_many(&mut self, _folder: Option<&Path>) -> PickedMany {
        self.1
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(PickedMany::Cancelled)
    }
}

pub struct Window {
    pub harness: Harness<'static, CxApp>,
    pub dialogs: FakeDialogs,
    pub data: tempfile::TempDir,
}

pub fn window_with(open_at_start: Option<PathBuf>, data: tempfile::TempDir) -> Window {
    let dialogs = FakeDialogs::default();
    let config = AppConfig {
        dialogs: Box::new(dialogs.clone()),
        recovery_folder: Some(data.path().to_path_buf()),
        open_at_start,
        frame_log: None,
    };
    let harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| CxApp::with_settings(&cc.egui_ctx, config, english()));
    Window {
        harness,
        dialogs,
        data,
    }
}

/// The default settings in English: the tests find controls by their
/// English labels, whatever the machine's locale.
pub fn english() -> Settings {
    Settings {
        language: Some(Lang::En),
        ..Settings::default()
    }
}

/// The message on show, worded in the window's language.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    Error(String),
    Info(String),
}

/// What the banner says now, if anything.
pub fn shown(app: &CxApp) -> Option<Shown> {
    app.message().map(|m| {
        let text = m.text(app.lang());
        if m.is_error() {
            Shown::Error(text)
        } else {
            Shown::Info(text)
        }
    })
}

pub fn window() -> Window {
    window_with(None, tempfile::tempdir().unwrap())
}

fn shares(app: &CxApp) -> Vec<f64> {
    app.recipe().shares().unwrap_or_default()
}

fn sweep(app: &CxApp, index: usize) -> f64 {
    app.slices()
        .iter()
        .find(|s| s.index == index)
        .map_or(0.0, cx_recipe::chart::geometry::Slice::sweep_rad)
}

/// Types into a number field: click it, select all, type, press Enter.
fn type_into(harness: &mut Harness<'static, CxApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn first_start_shows_the_ideal_cx_recipe() {
    let Window { harness, .. } = window();
    let app = harness.state();
    assert_eq!(app.recipe().title, "Ideal CX");
    assert_eq!(app.window_title(), "Ideal CX — CX Recipe Designer");
    assert_eq!(app.slices().len(), 5);
    assert!(!app.is_dirty());
    harness.get_by_role_and_label(Role::ListBoxOption, "Efficiency, 24.8 %");
    harness.get_by_role_and_label(Role::ListBoxOption, "Consistency, 0.7 %");
}

#[test]
fn adding_an_ingredient_changes_the_shares() {
    let Window { mut harness, .. } = window();
    let before = shares(harness.state());
    harness.get_by_label("➕ Add ingredient").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.recipe().ingredients.len(), 6);
    let after = shares(app);
    assert_eq!(after.len(), 6);
    assert!(after[0] < before[0]);
    assert_eq!(app.slices().len(), 6);
    assert!(app.is_dirty());
    assert!(app.window_title().starts_with("● "));
    // The new row takes the keyboard: typing names it.
    harness
        .get_by_label("Name of New ingredient 6")
        .type_text("x");
    harness.run();
    assert!(harness.state().recipe().ingredients[5].name.ends_with('x'));
}

#[test]
fn editing_an_amount_updates_the_slices() {
    let Window { mut harness, .. } = window();
    let before = sweep(harness.state(), 4);
    type_into(&mut harness, "Amount of Technology: drag or type", "4");
    let app = harness.state();
    assert_eq!(app.recipe().ingredients[4].amount, 4.0);
    assert!(sweep(app, 4) > before + 0.5, "the slice grew on screen");
    let expected = 4000.0 / 6030.0 * std::f64::consts::TAU;
    assert!((sweep(app, 4) - expected).abs() < 1e-9);
}

#[test]
fn changing_a_unit_keeps_the_share() {
    let Window { mut harness, .. } = window();
    let before = shares(harness.state());
    harness.get_by_label("Unit of Technology").click();
    harness.run();
    harness.get_by_label("US cup (236.588 ml)").click();
    harness.run();
    let app = harness.state();
    let technology = &app.recipe().ingredients[4];
    assert_eq!(technology.unit, cx_recipe::recipe::Unit::UsCup);
    assert!((technology.amount - 2000.0 / 236.588_236_5).abs() < 1e-9);
    for (a, b) in before.iter().zip(shares(app)) {
        assert!((a - b).abs() < 1e-12);
    }
}

#[test]
fn lock_holds_a_share_while_the_others_give() {
    let Window { mut harness, .. } = window();
    harness.get_by_label("Lock the share of Efficiency").click();
    harness.run();
    assert!(harness.state().recipe().ingredients[0].locked);
    let locked_share = shares(harness.state())[0];
    type_into(&mut harness, "Amount of Technology: drag or type", "2.5");
    let app = harness.state();
    let s = shares(app);
    assert!((s[0] - locked_share).abs() < 1e-12, "locked share moved");
    assert!((app.recipe().total() - 4030.0).abs() < 1e-9, "total moved");
    assert!((app.recipe().ingredients[4].amount - 2.5).abs() < 1e-12);
    // The unlocked others gave in proportion.
    assert!((s[1] - s[2]).abs() < 1e-12);
}

#[test]
fn undo_and_redo_every_kind_of_edit() {
    let Window { mut harness, .. } = window();
    let original = harness.state().recipe().clone();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    harness.get_by_label("Lock the share of Efficiency").click();
    harness.run();
    type_into(&mut harness, "Amount of Technology: drag or type", "3");
    let edited = harness.state().recipe().clone();
    assert_eq!(edited.ingredients.len(), 4);

    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(harness.state().recipe(), &original);
    assert!(!harness.state().is_dirty());
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        harness.run();
    }
    assert_eq!(harness.state().recipe(), &edited);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(harness.state().recipe(), &edited);
}

#[test]
fn keyboard_reorders_the_selected_row() {
    let Window { mut harness, .. } = window();
    harness
        .get_by_role_and_label(Role::ListBoxOption, "Technology, 49.6 %")
        .click();
    harness.run();
    assert_eq!(harness.state().selected(), Some(4));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    let app = harness.state();
    assert_eq!(app.recipe().ingredients[3].name, "Technology");
    assert_eq!(app.selected(), Some(3));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().recipe().ingredients[4].name, "Technology");
}

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

fn request_close(harness: &mut Harness<'static, CxApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

fn sent_close_commands(harness: &Harness<'static, CxApp>) -> Vec<egui::ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
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

#[test]
fn dragging_past_the_limit_and_back_keeps_the_proportions() {
    let Window { mut harness, .. } = window();
    harness.get_by_label("Lock the share of Efficiency").click();
    harness.run();
    let field = harness
        .get_by_label("Amount of Technology: drag or type")
        .rect()
        .center();
    harness.drag_at(field);
    // Far right: technology takes everything the unlocked others had.
    for dx in [50.0, 150.0, 400.0, 800.0] {
        harness.hover_at(field + egui::vec2(dx, 0.0));
        harness.run();
    }
    let r = harness.state().recipe();
    assert!(r.ingredients[1].amount < 1e-9 && r.ingredients[2].amount < 1e-9);
    // And back to where it started.
    harness.hover_at(field);
    harness.run();
    harness.drop_at(field);
    harness.run();
    let r = harness.state().recipe();
    assert!(
        r.ingredients[4].amount < 2.9,
        "did not come back: {}",
        r.ingredients[4].amount
    );
    // The others have room again, in their old proportions: speed (2 cups)
    // and attention (500 cc) equal, each 500 : 30 to consistency (2 tbsp) —
    // not split evenly, as rebalancing from the emptied state would.
    let ml: Vec<f64> = r
        .ingredients
        .iter()
        .map(cx_recipe::recipe::Ingredient::base_amount)
        .collect();
    assert!(ml[3] > 0.0, "{ml:?}");
    assert!((ml[1] / ml[2] - 1.0).abs() < 1e-9, "{ml:?}");
    assert!((ml[1] / ml[3] - 500.0 / 30.0).abs() < 1e-6, "{ml:?}");
    assert!((r.total() - 4030.0).abs() < 1e-6);
}

#[test]
fn altgr_letters_do_not_trigger_shortcuts() {
    let Window { mut harness, .. } = window();
    harness.get_by_label("Remove Speed").click();
    harness.run();
    // AltGr+Z (ż on a Polish keyboard) arrives as Ctrl+Alt+Z on Windows.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::ALT, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().recipe().ingredients.len(),
        4,
        "AltGr undid an edit"
    );
}

#[test]
fn each_field_edited_is_its_own_undo_step() {
    let Window { mut harness, .. } = window();
    harness.get_by_label("Name of Speed").click();
    harness.run();
    harness.get_by_label("Name of Speed").type_text(" and pace");
    harness.run();
    // Tab to the next field and change it too, without leaving the keyboard.
    harness.key_press(Key::Tab);
    harness.run();
    type_into(&mut harness, "Amount of Speed and pace: drag or type", "3");
    assert_eq!(
        harness.state().recipe().ingredients[1].name,
        "Speed and pace"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let r = harness.state().recipe();
    assert_eq!(
        r.ingredients[1].amount, 2.0,
        "the amount edit was not undone"
    );
    assert_eq!(
        r.ingredients[1].name, "Speed and pace",
        "undo took two edits at once"
    );
}

#[test]
fn the_window_idles_without_repainting() {
    let Window { harness, .. } = window();
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay)
        .unwrap();
    assert_eq!(
        delay,
        std::time::Duration::MAX,
        "something animates at rest"
    );
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

#[test]
fn a_one_ingredient_recipe_is_a_full_circle() {
    let Window { mut harness, .. } = window();
    for name in [
        "Efficiency",
        "Speed",
        "Personalised attention",
        "Consistency",
    ] {
        harness.get_by_label(&format!("Remove {name}")).click();
        harness.run();
    }
    let slices = harness.state().slices();
    assert_eq!(slices.len(), 1);
    assert!(slices[0].is_full_circle());
    harness.get_by_role_and_label(Role::ListBoxOption, "Technology, 100.0 %");
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

fn pie_rect(harness: &Harness<'static, CxApp>) -> egui::Rect {
    harness
        .get_by_role_and_label(Role::Image, "Pie chart of the recipe's shares")
        .rect()
}

#[test]
fn hovering_a_slice_highlights_its_row_and_a_click_selects_it() {
    let Window { mut harness, .. } = window();
    // Technology is the left half of the pie: just left of the centre.
    let point = pie_rect(&harness).center() - egui::vec2(40.0, 0.0);
    harness.hover_at(point);
    harness.run();
    assert_eq!(harness.state().hovered(), Some(4));
    harness.drag_at(point);
    harness.drop_at(point);
    harness.run();
    assert_eq!(harness.state().selected(), Some(4));
    // And the reverse: a legend row lights up the slice.
    harness
        .get_by_role_and_label(Role::ListBoxOption, "Speed, 12.4 %")
        .hover();
    harness.run();
    assert_eq!(harness.state().hovered(), Some(1));
}

#[test]
fn the_pie_does_not_pan_or_zoom() {
    let Window { mut harness, .. } = window();
    let before = pie_rect(&harness);
    let centre = before.center();
    harness.drag_at(centre);
    harness.hover_at(centre + egui::vec2(120.0, 60.0));
    harness.drop_at(centre + egui::vec2(120.0, 60.0));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 5.0),
        phase: egui::TouchPhase::Move,
        modifiers: Modifiers::COMMAND,
        source: egui::MouseWheelSource::Wheel,
    });
    harness.run();
    // Technology is still just left of the centre: nothing moved.
    harness.hover_at(centre - egui::vec2(40.0, 0.0));
    harness.run();
    assert_eq!(harness.state().hovered(), Some(4));
    assert_eq!(pie_rect(&harness), before);
}

#[test]
fn one_drag_of_an_amount_is_one_undo_step() {
    let Window { mut harness, .. } = window();
    let field = harness
        .get_by_label("Amount of Technology: drag or type")
        .rect()
        .center();
    harness.drag_at(field);
    for dx in [10.0, 20.0, 40.0, 60.0] {
        harness.hover_at(field + egui::vec2(dx, 0.0));
        harness.run();
    }
    harness.drop_at(field + egui::vec2(60.0, 0.0));
    harness.run();
    let dragged = harness.state().recipe().ingredients[4].amount;
    assert!(dragged > 2.0, "the drag changed nothing: {dragged}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().recipe().ingredients[4].amount, 2.0);
    assert!(!harness.state().is_dirty());
}

#[test]
fn dragging_the_handle_reorders_rows() {
    let Window { mut harness, .. } = window();
    let from = harness.get_by_label("Move Efficiency").rect().center();
    let to = harness.get_by_label("Move Consistency").rect().center();
    harness.drag_at(from);
    for step in 1..=5 {
        harness.hover_at(from + (to - from) * (step as f32 / 5.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    let names: Vec<&str> = harness
        .state()
        .recipe()
        .ingredients
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Speed",
            "Personalised attention",
            "Consistency",
            "Efficiency",
            "Technology"
        ]
    );
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
fn converting_to_parts_keeps_the_shares() {
    let Window { mut harness, .. } = window();
    let before: Vec<String> = harness
        .state()
        .recipe()
        .rounded_percentages(2)
        .iter()
        .map(ToString::to_string)
        .collect();
    harness.get_by_label("Parts").click();
    harness.run();
    let recipe = harness.state().recipe();
    assert!(
        recipe
            .ingredients
            .iter()
            .all(|i| i.unit == cx_recipe::recipe::Unit::Part)
    );
    let after: Vec<String> = recipe
        .rounded_percentages(2)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(after, before);
    harness.get_by_label_contains("Total: 4030 parts");
}

#[test]
fn a_zero_total_is_shown_inline_not_a_crash() {
    let Window { mut harness, .. } = window();
    for name in [
        "Efficiency",
        "Speed",
        "Personalised attention",
        "Consistency",
        "Technology",
    ] {
        type_into(
            &mut harness,
            &format!("Amount of {name}: drag or type"),
            "0",
        );
    }
    assert!(harness.state().slices().is_empty());
    // Under the table and in place of the chart.
    assert_eq!(
        harness
            .get_all_by_label_contains("The total is zero")
            .count(),
        2
    );
}

#[test]
fn a_seventy_percent_slice_is_drawn_in_convex_pieces() {
    let Window { mut harness, .. } = window();
    type_into(
        &mut harness,
        "Share of Technology: drag or type to change it; the unlocked others make room",
        "70",
    );
    let slices = harness.state().slices();
    let technology = slices.iter().find(|s| s.index == 4).unwrap();
    assert!((technology.sweep_rad() - 0.7 * std::f64::consts::TAU).abs() < 1e-3);
    let pieces = cx_recipe::chart::geometry::convex_pieces(technology, std::f64::consts::FRAC_PI_2);
    assert!(pieces.len() >= 3);
    // Technology runs clockwise from 108° to 360°: it is under the pointer
    // at 150° (lower right) and at 270° (left), across the 180° line.
    let centre = pie_rect(&harness).center();
    for offset in [egui::vec2(20.0, 35.0), egui::vec2(-40.0, 0.0)] {
        harness.hover_at(centre + offset);
        harness.run();
        assert_eq!(harness.state().hovered(), Some(4), "at {offset:?}");
    }
    harness.hover_at(centre + egui::vec2(30.0, -30.0));
    harness.run();
    assert_eq!(harness.state().hovered(), Some(0), "Efficiency is at 45°");
}

#[test]
fn a_slice_tooltip_names_amount_unit_and_share() {
    let Window { mut harness, .. } = window();
    let point = pie_rect(&harness).center() - egui::vec2(40.0, 0.0);
    harness.hover_at(point);
    harness.run();
    harness.get_by_label_contains("Technology\n2 litres (2000 ml)\nShare: 49.6 %");
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
