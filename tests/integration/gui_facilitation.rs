//! The facilitator's tools in the window, driven like a person would: the
//! points budget that refuses to overspend, a second recipe compared with
//! the open one, files dropped to compare or blend. The blend itself is in
//! `gui_blend`, which shares the helpers here.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cx_recipe::app::CxApp;
use cx_recipe::app::Screen;
use cx_recipe::app::dialogs::{Picked, PickedMany};
use cx_recipe::recipe::diff::Presence;
use cx_recipe::recipe::format;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::{Window, window_with};

/// Types into a number field: click it, select all, type, press Enter.
fn type_into(harness: &mut Harness<'static, CxApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.key_press(Key::Enter);
    harness.run();
}

pub fn key(window: &mut Window, modifiers: Modifiers, key: Key) {
    window.harness.key_press_modifiers(modifiers, key);
    window.harness.run();
}

pub fn click(window: &mut Window, label: &str) {
    window.harness.get_by_label(label).click();
    window.harness.run();
}

/// A File menu item (its label ends in the shortcut, or a space).
pub fn menu(window: &mut Window, item: &str) {
    click(window, "File");
    click(window, item);
}

pub fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    let path = folder.join(name);
    fs::write(&path, text).unwrap();
    path
}

/// A recipe file in parts: (name, amount) pairs, an author if not empty.
pub fn parts(title: &str, author: &str, items: &[(&str, f64)]) -> String {
    let ingredients: Vec<String> = items
        .iter()
        .map(|(n, a)| format!("(name: {n:?}, amount: {a}, unit: parts)"))
        .collect();
    format!(
        "(title: {title:?}, author: {author:?}, ingredients: [{}])",
        ingredients.join(", ")
    )
}

/// A file that fails at line 3, column 5.
pub const BROKEN: &str = "(\n    version: 1,\n    flavour: 3,\n)";

/// A window on "As-is": Speed 50, Data 40, Metrics 10 points.
pub fn window_on_as_is() -> (Window, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let a = write(
        data.path(),
        "as-is.ron",
        &parts(
            "As-is",
            "",
            &[("Speed", 50.0), ("Data", 40.0), ("Metrics", 10.0)],
        ),
    );
    (window_with(Some(a.clone()), data), a)
}

#[test]
fn the_points_budget_caps_an_overspending_edit_and_undo_takes_it_back() {
    let (mut w, path) = window_on_as_is();
    click(&mut w, "Points budget");
    assert_eq!(w.harness.state().recipe().budget, Some(100.0));
    w.harness.get_by_label("0 points left");
    // Metrics 10 → 30 would spend 120 points: capped at the 10 it has.
    type_into(&mut w.harness, "Amount of Metrics: drag or type", "30");
    let app = w.harness.state();
    assert_eq!(app.recipe().ingredients[2].amount, 10.0);
    let capped = "Capped at 10 points: the budget of 100 is spent.";
    assert_eq!(
        crate::gui::shown(app),
        Some(crate::gui::Shown::Info(capped.to_owned()))
    );
    w.harness.get_by_label(capped);
    // A larger budget leaves room; an edit past it is capped at what is left.
    type_into(&mut w.harness, "Budget in points", "120");
    w.harness.get_by_label("20 points left");
    type_into(&mut w.harness, "Amount of Data: drag or type", "90");
    let app = w.harness.state();
    assert_eq!(app.recipe().ingredients[1].amount, 60.0);
    assert_eq!(app.recipe().total(), 120.0);
    w.harness
        .get_by_label("Capped at 60 points: the budget of 120 is spent.");
    w.harness.get_by_label("0 points left");
    // Going down is never capped.
    type_into(&mut w.harness, "Amount of Speed: drag or type", "45");
    assert_eq!(w.harness.state().recipe().ingredients[0].amount, 45.0);
    w.harness.get_by_label("5 points left");
    key(&mut w, Modifiers::COMMAND, Key::Z);
    key(&mut w, Modifiers::COMMAND, Key::Z);
    let app = w.harness.state();
    assert_eq!(app.recipe().ingredients[1].amount, 40.0);
    assert_eq!(app.recipe().ingredients[0].amount, 50.0);
    // The budget is part of the file.
    key(&mut w, Modifiers::COMMAND, Key::S);
    let saved = format::load(&path).unwrap();
    assert_eq!(saved.budget, Some(120.0));
    assert_eq!(&saved, w.harness.state().recipe());
    key(&mut w, Modifiers::COMMAND, Key::Z);
    key(&mut w, Modifiers::COMMAND, Key::Z);
    assert_eq!(w.harness.state().recipe().budget, None);
    assert!(w.harness.query_by_label("Budget in points").is_none());
}

#[test]
fn compare_shows_the_change_per_ingredient_in_percentage_points() {
    let (mut w, a) = window_on_as_is();
    let b = write(
        w.data.path(),
        "to-be.ron",
        &parts(
            "To-be",
            "",
            &[(" speed", 10.0), ("Data", 60.0), ("Culture", 30.0)],
        ),
    );
    key(&mut w, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(w.harness.state().selected(), Some(0));
    let before = w.harness.state().recipe().clone();
    w.dialogs.answer(Picked::Path(b.clone()));
    menu(&mut w, "Compare with… ");
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Compare);
    let comparison = app.comparison().unwrap();
    assert_eq!(comparison.other.path, b);
    let diff = comparison.diff(app.recipe());
    let rows: Vec<(&str, i64, Presence)> = diff
        .rows
        .iter()
        .map(|r| (r.name.as_str(), r.delta_pp.round() as i64, r.presence))
        .collect();
    assert_eq!(
        rows,
        [
            ("Speed", -40, Presence::Both),
            ("Culture", 30, Presence::OnlyB),
            ("Data", 20, Presence::Both),
            ("Metrics", -10, Presence::OnlyA),
        ]
    );
    for shown in [
        "\u{2212}40.0 pp",
        "+30.0 pp",
        "+20.0 pp",
        "\u{2212}10.0 pp",
        "only in A",
        "only in B",
        "A · As-is",
        "B · To-be",
        "to-be.ron",
        "as-is.ron",
    ] {
        w.harness.get_by_label(shown);
    }
    // The same ingredient has the same colour on both pies.
    let other = comparison.other_coloured(app.recipe());
    assert_eq!(
        other.ingredients[0].colour,
        app.recipe().ingredients[0].colour
    );
    assert_eq!(
        other.ingredients[1].colour,
        app.recipe().ingredients[1].colour
    );
    let culture = other.ingredients[2].colour;
    assert!(app.recipe().ingredients.iter().all(|i| i.colour != culture));
    // Keys that edit the open recipe do nothing here.
    key(&mut w, Modifiers::NONE, Key::Delete);
    key(&mut w, Modifiers::COMMAND, Key::I);
    assert_eq!(w.harness.state().recipe(), &before);
    key(&mut w, Modifiers::NONE, Key::Escape);
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Editor);
    assert!(app.comparison().is_none());
    assert_eq!(app.recipe(), &before);
    assert!(!app.is_dirty());
    assert_eq!(app.path(), Some(a.as_path()));
}

#[test]
fn a_compare_file_that_fails_shows_where_and_changes_nothing() {
    let (mut w, _) = window_on_as_is();
    let bad = write(w.data.path(), "bad.ron", BROKEN);
    let before = w.harness.state().recipe().clone();
    w.dialogs.answer(Picked::Path(bad.clone()));
    menu(&mut w, "Compare with… ");
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Editor);
    assert!(app.comparison().is_none());
    assert_eq!(app.recipe(), &before);
    let at = format!("{}:3:5:", bad.display());
    assert!(
        matches!(crate::gui::shown(app), Some(crate::gui::Shown::Error(e)) if e.contains(&at)),
        "{:?}",
        app.message()
    );
    w.harness.get_by_label_contains(&at);
}

/// Ann (by author), Bo and Cy, and a broken file among them.
pub fn participants(folder: &Path) -> Vec<PathBuf> {
    vec![
        write(
            folder,
            "ann.ron",
            &parts("Ann's mix", "Ann", &[("Speed", 50.0), ("Data", 50.0)]),
        ),
        write(
            folder,
            "bo.ron",
            &parts(
                "Bo's mix",
                "",
                &[("Speed", 20.0), ("data", 60.0), ("Culture", 20.0)],
            ),
        ),
        write(folder, "broken.ron", BROKEN),
        write(
            folder,
            "cy.ron",
            &parts("Cy's mix", "", &[("SPEED ", 8.0), ("Culture", 2.0)]),
        ),
    ]
}

/// A window whose open recipe has unsaved changes, blending the
/// participants through File ▸ Blend….
pub fn blended() -> (Window, PathBuf) {
    let (mut w, a) = window_on_as_is();
    click(&mut w, "Remove Metrics");
    assert!(w.harness.state().is_dirty());
    let files = participants(w.data.path());
    w.dialogs.answer_many(PickedMany::Paths(files));
    menu(&mut w, "Blend… ");
    (w, a)
}

/// A file dropped on the window.
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

fn drop_files(w: &mut Window, paths: &[PathBuf], modifiers: Modifiers) {
    let input = w.harness.input_mut();
    input.events.push(egui::Event::ModifiersChanged(modifiers));
    for path in paths {
        input.dropped_files.push(Arc::new(Dropped(path.clone())));
    }
    w.harness.run();
    let input = w.harness.input_mut();
    input
        .events
        .push(egui::Event::ModifiersChanged(Modifiers::NONE));
    w.harness.run();
}

#[test]
fn a_file_dropped_with_shift_is_compared_and_several_are_blended() {
    let (mut w, a) = window_on_as_is();
    let files = participants(w.data.path());
    drop_files(&mut w, &files[..1], Modifiers::SHIFT);
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Compare);
    assert_eq!(app.comparison().unwrap().other.path, files[0]);
    assert_eq!(app.path(), Some(a.as_path()));
    drop_files(&mut w, &files, Modifiers::NONE);
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Blend);
    assert_eq!(app.team_blend().unwrap().participants.len(), 3);
    assert_eq!(app.path(), Some(a.as_path()));
}
