//! The strategy layer in the window, driven like a person would: the
//! ingredient library, tags, the organisation profile and its advice, the
//! method and its order check — each edit undoable.

use std::fs;

use cx_recipe::app::ui_state::EditorTab;
use cx_recipe::recipe::Tag;
use cx_recipe::recipe::advice::Level;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::{Window, window, window_with};

fn undo(window: &mut Window) {
    window
        .harness
        .key_press_modifiers(Modifiers::COMMAND, Key::Z);
    window.harness.run();
}

/// Whether some text on screen contains `text` (the advice shows both in
/// the profile tab and under the chart).
fn shown(window: &Window, text: &str) -> bool {
    window
        .harness
        .query_all_by_label_contains(text)
        .next()
        .is_some()
}

/// A window on a recipe of two tagged ingredients, in parts.
fn window_on_baking_and_cooking() -> Window {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("mix.ron");
    fs::write(
        &path,
        "(title: \"Mix\", ingredients: [
            (name: \"Storytelling\", amount: 50, unit: parts, tag: Cooking),
            (name: \"Metrics\", amount: 50, unit: parts, tag: Baking),
        ])",
    )
    .unwrap();
    window_with(Some(path), data)
}

#[test]
fn an_ingredient_from_the_library_comes_tagged_and_marked() {
    let mut w = window();
    w.harness.get_by_label("📚 Library…").click();
    w.harness.run();
    // The base ingredients of the open recipe are marked as present.
    w.harness
        .get_by_label("Efficiency is in the recipe: select it");
    w.harness.get_by_label("Add Metrics").click();
    w.harness.run();
    let app = w.harness.state();
    let added = app.recipe().ingredients.last().unwrap();
    assert_eq!(added.name, "Metrics");
    assert_eq!(added.tag, Some(Tag::Baking));
    assert_eq!(app.recipe().ingredients.len(), 6);
    assert_ne!(added.colour, app.recipe().ingredients[0].colour);
    assert_eq!(app.selected(), Some(5));
    w.harness
        .get_by_label("Metrics is in the recipe: select it");
    // Balance: baking is now the Metrics share of the whole.
    let balance = app.recipe().balance();
    assert!(balance.baking > 0.0 && balance.untagged < 1.0);
    undo(&mut w);
    assert_eq!(w.harness.state().recipe().ingredients.len(), 5);
    w.harness.get_by_label("Add Metrics");
}

#[test]
fn searching_the_library_and_pressing_enter_adds_the_best_match() {
    let mut w = window();
    w.harness.get_by_label("📚 Library…").click();
    w.harness.run();
    w.harness.get_by_label("Search").click();
    w.harness.run();
    w.harness.get_by_label("Search").type_text("voice");
    w.harness.run();
    assert!(w.harness.query_by_label("Add Storytelling").is_none());
    w.harness.key_press(Key::Enter);
    w.harness.run();
    let app = w.harness.state();
    let added = app.recipe().ingredients.last().unwrap();
    assert_eq!(added.name, "Voice of the customer");
    assert_eq!(added.tag, Some(Tag::Baking));
}

#[test]
fn ctrl_i_selects_the_placeholder_so_typing_replaces_it() {
    let mut w = window();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    w.harness.run();
    w.harness.run();
    w.harness
        .get_by_label("Name of New ingredient 6")
        .type_text("Storytelling");
    w.harness.run();
    assert_eq!(
        w.harness.state().recipe().ingredients[5].name,
        "Storytelling"
    );
}

#[test]
fn tagging_an_ingredient_moves_the_balance_and_undoes() {
    let mut w = window();
    let shares = w.harness.state().recipe().shares().unwrap();
    // The starter: personalised attention is its one cooking ingredient.
    let before = w.harness.state().recipe().balance();
    assert!((before.cooking - shares[2]).abs() < 1e-12);
    assert!((before.untagged - shares[1]).abs() < 1e-12);
    w.harness
        .get_by_label("Kind of Speed: baking, cooking or neither")
        .click();
    w.harness.run();
    w.harness.get_by_label("Cooking").click();
    w.harness.run();
    let app = w.harness.state();
    assert_eq!(app.recipe().ingredients[1].tag, Some(Tag::Cooking));
    let after = app.recipe().balance();
    assert!((after.cooking - (shares[1] + shares[2])).abs() < 1e-12);
    assert_eq!(after.untagged, 0.0);
    assert!(app.is_dirty());
    w.harness.get_by_role_and_label(
        Role::ProgressIndicator,
        "Baking 75.2 % · Cooking 24.8 % · Untagged 0.0 %",
    );
    undo(&mut w);
    assert_eq!(w.harness.state().recipe().ingredients[1].tag, None);
    assert!(!w.harness.state().is_dirty());
    w.harness.get_by_role_and_label(
        Role::ProgressIndicator,
        "Baking 75.2 % · Cooking 12.4 % · Untagged 12.4 %",
    );
}

#[test]
fn the_profile_moves_the_suggested_range_and_the_verdict() {
    let mut w = window_on_baking_and_cooking();
    w.harness.get_by_label("Profile").click();
    w.harness.run();
    assert_eq!(w.harness.state().tab(), EditorTab::Profile);
    w.harness
        .get_by_label("Give advice for this organisation")
        .click();
    w.harness.run();
    // 50 % baking is inside 40–60 %.
    assert!(shown(
        &w,
        "Baking is 50.0 % of the mix, inside the suggested 40–60 %."
    ));
    // A very formal, complex, large, regulated organisation: 80–100 %.
    let mut profile = w.harness.state().recipe().profile.clone().unwrap();
    for factor in cx_recipe::recipe::advice::Factor::ALL {
        w.harness
            .get_by_role_and_label(Role::Slider, factor.label())
            .focus();
        w.harness.run();
        for _ in 0..2 {
            w.harness.key_press(Key::ArrowRight);
            w.harness.run();
        }
        profile.set(factor, Level::VeryHigh);
    }
    let app = w.harness.state();
    assert_eq!(app.recipe().profile.as_ref(), Some(&profile));
    w.harness.get_by_label("Suggested baking: 80–100 %");
    assert!(shown(
        &w,
        "Baking is 50.0 % of the mix, under the suggested 80–100 %: move at least 30"
    ));
    undo(&mut w);
    let back = w.harness.state().recipe().profile.clone().unwrap();
    assert_ne!(back, profile, "one undo takes back the last setting");
}

#[test]
fn a_step_out_of_order_warns_and_the_warning_clears_live() {
    let mut w = window_on_baking_and_cooking();
    // Step 1 uses Storytelling (the selected ingredient goes into a new step).
    w.harness.key_press(Key::ArrowDown);
    w.harness.run();
    assert_eq!(w.harness.state().selected(), Some(0));
    w.harness.get_by_label("Method").click();
    w.harness.run();
    w.harness.get_by_label("➕ Add step").click();
    w.harness.run();
    w.harness.get_by_label("➕ Add step").click();
    w.harness.run();
    w.harness.get_by_label("Use Metrics in step 2").click();
    w.harness.run();
    w.harness
        .get_by_label("Stop using Storytelling in step 2")
        .click();
    w.harness.run();
    let app = w.harness.state();
    assert_eq!(app.recipe().steps.len(), 2);
    assert_eq!(app.recipe().steps[0].ingredients, ["Storytelling"]);
    assert_eq!(app.recipe().steps[1].ingredients, ["Metrics"]);
    let warning = "⚠ bake before you cook: step 1 uses Storytelling (cooking) before step 2 \
                   builds Metrics (baking)";
    w.harness.get_by_label(warning);

    // Move step 2 up: the order is right, the warning goes.
    assert_eq!(w.harness.state().selected_step(), Some(1));
    w.harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    w.harness.run();
    let app = w.harness.state();
    assert_eq!(app.recipe().steps[0].ingredients, ["Metrics"]);
    assert!(app.recipe().order_warnings().is_empty());
    assert!(w.harness.query_by_label(warning).is_none());
    w.harness
        .get_by_label("✔ The order of work follows the order rules.");

    // Undo brings the wrong order, and its warning, back.
    undo(&mut w);
    w.harness.get_by_label(warning);
}

#[test]
fn steps_are_renamed_and_removed_with_undo() {
    let mut w = window_on_baking_and_cooking();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    w.harness.run();
    w.harness.get_by_label("➕ Add step").click();
    w.harness.run();
    w.harness.run();
    // The new step's title is selected: typing replaces it.
    w.harness
        .get_by_label("Title of step 1")
        .type_text("Measure first");
    w.harness.run();
    w.harness.key_press(Key::Tab);
    w.harness.run();
    assert_eq!(w.harness.state().recipe().steps[0].title, "Measure first");
    w.harness.get_by_label("Remove step 1").click();
    w.harness.run();
    assert!(w.harness.state().recipe().steps.is_empty());
    undo(&mut w);
    assert_eq!(w.harness.state().recipe().steps[0].title, "Measure first");
}

#[test]
fn new_from_template_asks_about_unsaved_changes_then_opens_it() {
    let mut w = window();
    w.harness.get_by_label("Remove Speed").click();
    w.harness.run();
    w.harness.get_by_label("File").click();
    w.harness.run();
    w.harness.get_by_label("New from template").click();
    w.harness.run();
    w.harness.get_by_label("Cook like a star chef").click();
    w.harness.run();
    // The unsaved edit is not dropped without asking.
    w.harness.get_by_label("Don't save").click();
    w.harness.run();
    let app = w.harness.state();
    assert_eq!(app.recipe().title, "Cook like a star chef");
    assert!(app.recipe().steps.len() >= 3);
    assert!(app.recipe().profile.is_some());
    assert!(app.recipe().order_warnings().is_empty());
    assert!(!app.is_dirty());
    assert_eq!(app.path(), None);
}
