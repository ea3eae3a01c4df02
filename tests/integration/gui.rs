//! The window, driven through AccessKit with `egui_kittest`: find a control by
//! its role and label, click or type, run frames, check what changed. The
//! accessibility check stays on, so every control must have a label.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use cx_recipe::app::dialogs::{FileDialogs, Picked, PickedMany};
use cx_recipe::app::settings::Settings;
use cx_recipe::app::{AppConfig, CxApp};
use cx_recipe::i18n::Lang;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

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

pub fn shares(app: &CxApp) -> Vec<f64> {
    app.recipe().shares().unwrap_or_default()
}

pub fn sweep(app: &CxApp, index: usize) -> f64 {
    app.slices()
        .iter()
        .find(|s| s.index == index)
        .map_or(0.0, cx_recipe::chart::geometry::Slice::sweep_rad)
}

/// Types into a number field: click it, select all, type, press Enter.
pub fn type_into(harness: &mut Harness<'static, CxApp>, label: &str, text: &str) {
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

pub fn request_close(harness: &mut Harness<'static, CxApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

pub fn sent_close_commands(harness: &Harness<'static, CxApp>) -> Vec<egui::ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
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
