//! Zoom enlarges (issue 15 §7): in the editor at 1280×800, Ctrl+plus to
//! 150 % and 200 % keeps the pie's share of the window at least what it was
//! at 100 %, and nothing a facilitator reads is cut: every legend row, the
//! balance and the verdict, the table's header and every column, the footer
//! — each drawn whole (never cut with "…", never outside its clip or the
//! window) once scrolled to where there is no room. Measured on what egui
//! drew, for 5 and 13 ingredients.

use cx_recipe::app::CxApp;
use cx_recipe::app::settings::Settings;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::Window;
use crate::presentation::window_sized;
use crate::projector::{DrawnText, pie_rects, texts, workshop_recipe, write_recipe};
use crate::readability::pie_share;

/// A node's label, or a text label's value.
fn text_of(node: &egui_kittest::Node<'_>) -> Option<String> {
    let n = node.accesskit_node();
    n.label().or_else(|| n.value())
}

/// Scrolls the node labelled `label` (of `role`) into view and checks that
/// the text `text` is drawn whole inside the window, uncut.
pub fn assert_whole(harness: &mut Harness<'static, CxApp>, case: &str, label: &str, text: &str) {
    let Some(node) = harness.get_all_by_label(label).next() else {
        panic!("{case}: nothing labelled {label:?}");
    };
    node.scroll_to_me();
    harness.run();
    let screen = harness.ctx.content_rect();
    let rect = harness.get_by_label(label).rect();
    assert!(
        screen.expand(0.5).contains_rect(rect),
        "{case}: {label:?} at {rect:?} is outside the window {screen:?}"
    );
    let drawn = texts(harness.output(), screen);
    let shown = drawn
        .iter()
        .find(|t| t.text == text && rect.expand(1.0).intersects(t.ink));
    let Some(shown) = shown else {
        let near: Vec<&str> = drawn
            .iter()
            .filter(|t| rect.intersects(t.ink))
            .map(|t| t.text.as_str())
            .collect();
        panic!("{case}: {text:?} is not drawn in {label:?}; there: {near:?}");
    };
    assert!(
        !shown.elided && shown.whole,
        "{case}: {text:?} is cut ({shown:?}, node {rect:?})"
    );
}

/// Zooms with Ctrl+plus until the zoom is `zoom`.
pub fn zoom_to(harness: &mut Harness<'static, CxApp>, zoom: f32) {
    while harness.ctx.zoom_factor() < zoom - 1e-3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    harness.run();
    assert!((harness.ctx.zoom_factor() - zoom).abs() < 1e-3);
}

fn check(n: usize, size: egui::Vec2) {
    let folder = tempfile::tempdir().unwrap();
    let recipe = workshop_recipe(n);
    let path = write_recipe(folder.path(), "zoom.ron", &recipe);
    let Window { mut harness, .. } = window_sized(size, Settings::default(), Some(path));
    harness.run();
    let at_100 = pie_share(&harness);
    for zoom in [1.5, 2.0] {
        zoom_to(&mut harness, zoom);
        let case = format!("{n} ingredients, {size:?} at {:.0} %", zoom * 100.0);
        // The pie in view (the checks below scroll the chart).
        let pie = harness.get_by_label_contains("Pie chart");
        pie.scroll_to_me();
        harness.run();
        let share = pie_share(&harness);
        assert!(
            share >= at_100 - 0.005,
            "{case}: the pie takes {share:.3} of the window, {at_100:.3} at 100 %"
        );
        // Nothing in the chart's panel (the pie's width) is cut with "…".
        let pie = pie_rects(&harness)[0];
        // The table shows four rows or more at 800 lines, three at 720
        // (their name fields in view, however far the table is scrolled
        // sideways), however short the zoomed panel: it was one at 200 %.
        let screen = harness.ctx.content_rect();
        let rows_shown = harness
            .get_all_by_role(Role::TextInput)
            .filter(|f| {
                let value = f.accesskit_node().value().unwrap_or_default();
                let r = f.rect();
                recipe.ingredients.iter().any(|i| i.name == value)
                    && r.top() >= screen.top()
                    && r.bottom() <= screen.bottom()
            })
            .count();
        assert!(
            rows_shown >= if size.y >= 800.0 { 4 } else { 3 }.min(n),
            "{case}: the table shows {rows_shown} rows"
        );
        let drawn = texts(harness.output(), harness.ctx.content_rect());
        let in_chart = |t: &&DrawnText| t.whole && t.ink.left() >= pie.left() - 1.0;
        for t in drawn.iter().filter(in_chart) {
            assert!(!t.elided, "{case}: {:?} is cut with …", t.text);
        }
        // Every legend row, its name whole.
        let rows: Vec<String> = harness
            .get_all_by_role(Role::ListBoxOption)
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert_eq!(rows.len(), n, "{case}: legend rows {rows:?}");
        for (row, ing) in rows.iter().zip(&recipe.ingredients) {
            assert_whole(&mut harness, &case, row, &ing.name);
        }
        // The balance and the verdict.
        let bar = harness
            .get_by_role(Role::ProgressIndicator)
            .accesskit_node()
            .label()
            .unwrap_or_default();
        for part in bar.split(" · ") {
            let found = texts(harness.output(), harness.ctx.content_rect())
                .into_iter()
                .any(|t| t.text == part);
            if !found {
                // Below the pie: scroll to it first.
                harness.get_by_role(Role::ProgressIndicator).scroll_to_me();
                harness.run();
            }
            let drawn = texts(harness.output(), harness.ctx.content_rect());
            let shown = drawn.iter().find(|t| t.text == part);
            assert!(
                shown.is_some_and(|t| t.whole && !t.elided),
                "{case}: the balance's {part:?} is not shown whole: {shown:?}"
            );
        }
        let verdict = harness
            .get_all_by_role(Role::Label)
            .filter_map(|n| text_of(&n))
            .find(|l| l.starts_with("Baking is"));
        let Some(verdict) = verdict else {
            panic!("{case}: no verdict");
        };
        assert_whole(&mut harness, &case, &verdict, &verdict);
        // The table's header and the last columns of the first row.
        for title in ["Ingredient", "Amount", "Unit", "Share", "Kind"] {
            assert_whole(&mut harness, &case, title, title);
        }
        let first = &recipe.ingredients[0].name;
        let remove = format!("Remove {first}");
        let node = harness.get_by_role_and_label(Role::Button, &remove);
        node.scroll_to_me();
        harness.run();
        let rect = harness.get_by_role_and_label(Role::Button, &remove).rect();
        assert!(
            harness.ctx.content_rect().contains_rect(rect),
            "{case}: {remove:?} at {rect:?} is cut"
        );
        // The editor's tabs and the footer, wrapped where they do not fit.
        for tab in ["Ingredients", "Method", "Profile", "Notes"] {
            assert_whole(&mut harness, &case, tab, tab);
        }
        assert_whole(&mut harness, &case, "Total: 100 parts", "Total: 100 parts");
        // No row of the table is drawn over the footer.
        let add = harness.get_by_label("➕ Add ingredient").rect();
        for t in texts(harness.output(), harness.ctx.content_rect()) {
            let a_name = recipe.ingredients.iter().any(|i| i.name == t.text);
            assert!(
                !(a_name && t.whole && t.ink.intersects(add)),
                "{case}: the table's {:?} at {:?} is drawn over the footer at {add:?}",
                t.text,
                t.ink
            );
        }
        assert_whole(&mut harness, &case, "Kitchen volumes", "Kitchen volumes");
        assert_whole(&mut harness, &case, "Parts", "Parts");
        assert_whole(
            &mut harness,
            &case,
            "➕ Add ingredient",
            "➕ Add ingredient",
        );
        assert_whole(&mut harness, &case, "Points budget", "Points budget");
    }
}

#[test]
fn zoom_enlarges_the_editor_with_five_ingredients() {
    check(5, egui::vec2(1280.0, 800.0));
}

#[test]
fn zoom_enlarges_the_editor_with_thirteen_ingredients() {
    check(13, egui::vec2(1280.0, 800.0));
}

#[test]
fn zoom_enlarges_the_editor_on_a_720p_projector() {
    check(13, egui::vec2(1280.0, 720.0));
}
