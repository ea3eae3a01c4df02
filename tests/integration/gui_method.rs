//! The method tab's layout at rest and at the limits: the editor panel
//! keeps its width frame after frame, and a method with many order
//! warnings still shows its steps.

use std::fmt::Write as _;
use std::fs;

use egui_kittest::kittest::Queryable as _;

use crate::gui::{Window, window_with};

/// A window on the method tab of a recipe with `steps` steps, each using
/// a cooking ingredient before a later step builds a baking one (so every
/// step is out of order).
fn method_window(steps: usize) -> Window {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("method.ron");
    let mut text = String::from(
        "(title: \"Method\", ingredients: [
            (name: \"Storytelling\", amount: 50, unit: parts, tag: Cooking),
            (name: \"Metrics\", amount: 50, unit: parts, tag: Baking),
        ], steps: [",
    );
    for s in 0..steps {
        let uses = if s % 2 == 0 {
            "Storytelling"
        } else {
            "Metrics"
        };
        write!(
            text,
            "(title: \"Step {n}\", ingredients: [\"{uses}\"]),",
            n = s + 1
        )
        .unwrap();
    }
    text.push_str("])");
    fs::write(&path, text).unwrap();
    let mut w = window_with(Some(path), data);
    w.harness.run();
    assert_eq!(
        w.harness.state().recipe().steps.len(),
        steps,
        "{:?}",
        w.harness.state().message()
    );
    w.harness.get_by_label(&format!("Method ({steps})")).click();
    w.harness.run();
    w
}

#[test]
fn the_method_tab_keeps_the_editor_panel_its_width() {
    let mut w = method_window(3);
    let width = |w: &Window| w.harness.get_by_label("Title of step 1").rect().width();
    let before = width(&w);
    for _ in 0..20 {
        w.harness.step();
    }
    // A step row wider than its step widened the panel a point a frame.
    assert_eq!(width(&w), before);
}

#[test]
fn many_order_warnings_scroll_and_leave_the_steps_in_view() {
    let mut w = method_window(120);
    w.harness.run();
    let warnings = w.harness.query_all_by_label_contains("⚠").count();
    assert!(warnings >= 1, "no warning shown");
    let first = w.harness.get_by_label("Title of step 1").rect();
    // Under the warnings, in the upper part of the 800 pt window.
    assert!(first.top() < 600.0, "step 1 at {first:?}");
}

#[test]
fn the_selected_step_of_a_large_recipe_draws_the_chips_in_view_and_ticks() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("large.ron");
    let mut text = String::from("(title: \"Large\", ingredients: [");
    for n in 1..=400 {
        write!(text, "(name: \"Ingredient {n}\", amount: 1, unit: parts),").unwrap();
    }
    text.push_str("], steps: [(title: \"First\", ingredients: [\"Ingredient 2\"])])");
    fs::write(&path, text).unwrap();
    let mut w = window_with(Some(path), data);
    w.harness.run();
    w.harness.get_by_label("Method (1)").click();
    w.harness.run();
    // Unselected: the ticked chip only.
    assert!(
        w.harness
            .query_by_label("Use Ingredient 1 in step 1")
            .is_none()
    );
    w.harness.get_by_label("Stop using Ingredient 2 in step 1");
    w.harness.get_by_label("Title of step 1").click();
    w.harness.run();
    assert_eq!(w.harness.state().selected_step(), Some(0));
    // Selected: the first chips are drawn, the last (far below) are not.
    w.harness.get_by_label("Use Ingredient 1 in step 1").click();
    w.harness.run();
    assert!(
        w.harness
            .query_by_label("Use Ingredient 400 in step 1")
            .is_none()
    );
    let step = &w.harness.state().recipe().steps[0];
    assert_eq!(step.ingredients, ["Ingredient 2", "Ingredient 1"]);
    w.harness.get_by_label("Stop using Ingredient 1 in step 1");
}
