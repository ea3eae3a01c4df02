//! The points budget in the window: a new ingredient never overspends it
//! (it gets what is left, possibly nothing, and the banner says so),
//! Measure in ▸ Parts offers to scale the recipe to the budget in one
//! undoable step, the "100 points" template opens with its budget, and
//! "over the budget" reads in the dark theme.

use std::fs;

use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::contrast::TEXT_MIN;
use cx_recipe::chart::palette::contrast_ratio;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::{Shown, Window, shown, window, window_with};
use crate::measure;
use crate::presentation::window_sized;

/// A window on a recipe in parts with a budget of 100 points.
fn window_on_points(amounts: &[f64], settings: Option<Settings>) -> Window {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("points.ron");
    let rows: Vec<String> = amounts
        .iter()
        .enumerate()
        .map(|(i, a)| format!("(name: \"Part {}\", amount: {a}, unit: Part),", i + 1))
        .collect();
    fs::write(
        &path,
        format!(
            "(version: 2, title: \"Points\", budget: 100, ingredients: [{}])",
            rows.join("\n")
        ),
    )
    .unwrap();
    match settings {
        Some(settings) => window_sized(egui::vec2(1280.0, 800.0), settings, Some(path)),
        None => window_with(Some(path), data),
    }
}

fn total(w: &Window) -> f64 {
    w.harness.state().recipe().total()
}

#[test]
fn adding_an_ingredient_never_overspends_the_budget() {
    let mut w = window_on_points(&[50.0, 46.0], None);
    w.harness.run();
    w.harness.get_by_label("➕ Add ingredient").click();
    w.harness.run();
    let recipe = w.harness.state().recipe();
    assert_eq!(recipe.ingredients.len(), 3);
    assert_eq!(recipe.ingredients[2].amount, 4.0, "it gets what is left");
    assert!(total(&w) <= 100.0);
    let Some(Shown::Info(text)) = shown(w.harness.state()) else {
        panic!("no message: {:?}", shown(w.harness.state()));
    };
    assert!(text.starts_with("Only 4 points were left"), "{text}");
    // Nothing left: the next one gets 0, and is told so.
    w.harness.get_by_label("➕ Add ingredient").click();
    w.harness.run();
    assert_eq!(w.harness.state().recipe().ingredients[3].amount, 0.0);
    assert!(total(&w) <= 100.0);
    let Some(Shown::Info(text)) = shown(w.harness.state()) else {
        panic!("no message");
    };
    assert!(text.starts_with("No points were left"), "{text}");
    // From the library too.
    w.harness.get_by_label("📚 Library…").click();
    w.harness.run();
    w.harness.get_by_label("Add Metrics").click();
    w.harness.run();
    let added = w.harness.state().recipe().ingredients.last().unwrap();
    assert_eq!((added.name.as_str(), added.amount), ("Metrics", 0.0));
    assert!(total(&w) <= 100.0);
}

#[test]
fn switching_to_parts_offers_to_scale_to_the_budget_in_one_undo_step() {
    // The starter: 4,030 ml in kitchen measures.
    let mut w = window();
    w.harness.run();
    let shares_before = w.harness.state().recipe().shares().unwrap();
    w.harness.get_by_label("Parts").click();
    w.harness.run();
    assert_eq!(total(&w), 4030.0, "the conversion keeps the amounts");
    w.harness.get_by_label("The recipe is now 4030 parts.");
    w.harness.get_by_label("Scale to 100 points").click();
    w.harness.run();
    let recipe = w.harness.state().recipe();
    assert_eq!(recipe.budget, Some(100.0));
    assert!((total(&w) - 100.0).abs() < 1e-9, "{}", total(&w));
    for (a, b) in recipe.shares().unwrap().iter().zip(&shares_before) {
        assert!((a - b).abs() < 0.001, "{a} vs {b}");
    }
    assert!(w.harness.query_by_label("Scale to 100 points").is_none());
    // One step back: the 4,030 parts, no budget.
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    w.harness.run();
    assert_eq!(total(&w), 4030.0);
    assert_eq!(w.harness.state().recipe().budget, None);
}

#[test]
fn keep_as_it_is_dismisses_the_offer() {
    let mut w = window();
    w.harness.run();
    w.harness.get_by_label("Parts").click();
    w.harness.run();
    w.harness.get_by_label("Keep as it is").click();
    w.harness.run();
    assert!(w.harness.query_by_label("Scale to 100 points").is_none());
    assert_eq!(total(&w), 4030.0);
}

#[test]
fn the_hundred_points_template_opens_with_its_budget() {
    let mut w = window();
    w.harness.run();
    w.harness.get_by_label("File").click();
    w.harness.run();
    w.harness.get_by_label("New from template").click();
    w.harness.run();
    w.harness.get_by_label("The CX kitchen").click();
    w.harness.run();
    assert_eq!(w.harness.state().recipe().budget, Some(100.0));
    w.harness.get_by_label("Budget in points");
    assert!(
        w.harness
            .query_all_by_label_contains("points left")
            .next()
            .is_some()
            || w.harness.query_by_label("0 points left").is_some()
    );
}

#[test]
fn over_the_budget_reads_in_the_dark_theme() {
    let settings = Settings {
        theme: ThemeChoice::Dark,
        ..Settings::default()
    };
    let mut w = window_on_points(&[60.0, 48.3], Some(settings));
    w.harness.run();
    w.harness.run();
    let glyphs: Vec<_> = measure::glyphs(w.harness.output())
        .into_iter()
        .filter(|g| g.text == "8.3 over the budget")
        .collect();
    assert!(!glyphs.is_empty(), "the line is not drawn");
    for g in &glyphs {
        let ratio = contrast_ratio(g.colour, g.background);
        assert!(
            ratio >= TEXT_MIN,
            "{:?} on {:?}: {ratio:.2}:1",
            g.colour,
            g.background
        );
    }
}
