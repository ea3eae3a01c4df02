//! The pie in the window through kittest: hovering, selecting, dragging
//! amounts and rows, full circles and convex pieces, tooltips.

use cx_recipe::app::CxApp;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::gui::*;

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
