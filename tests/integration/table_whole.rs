//! A row of the ingredient table at rest is replayed whole from its first
//! cell (`table_cache`: one table cell instead of ten): what it paints is
//! what its real controls paint — the same texts, frames and icons in the
//! same places, and the same stripe over the same area.

use egui::{Color32, Rect, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use cx_recipe::app::CxApp;

use crate::gui::english;
use crate::presentation::window_sized;
use crate::projector::{workshop_recipe, write_recipe};

/// What one frame painted: every shape but the table's stripes, in order,
/// with its clip rect, as text rounded to a hundredth of a point; and the
/// stripes' area and count.
fn painted(harness: &Harness<'static, CxApp>) -> (Vec<String>, f32, usize) {
    let stripe = harness.ctx.global_style().visuals.faint_bg_color;
    let r = |rect: Rect| {
        let q = |v: f32| (v * 100.0).round() / 100.0;
        format!(
            "{},{} {},{}",
            q(rect.min.x),
            q(rect.min.y),
            q(rect.max.x),
            q(rect.max.y)
        )
    };
    let (mut shapes, mut area, mut stripes) = (Vec::new(), 0.0, 0);
    for clipped in &harness.output().shapes {
        let clip = r(clipped.clip_rect);
        let before = shapes.len();
        match &clipped.shape {
            Shape::Rect(rect)
                if rect.fill == stripe && rect.stroke.color == Color32::TRANSPARENT =>
            {
                area += rect.rect.intersect(clipped.clip_rect).area().max(0.0);
                stripes += 1;
            }
            Shape::Rect(rect) => shapes.push(format!(
                "rect {} {:?} {:?}",
                r(rect.rect),
                rect.fill,
                rect.stroke
            )),
            Shape::Text(text) => shapes.push(format!(
                "text {:?} {} {:?}",
                text.galley.text(),
                r(text.visual_bounding_rect()),
                text.fallback_color
            )),
            Shape::Noop => {}
            other => shapes.push(format!("shape {}", r(other.visual_bounding_rect()))),
        }
        if let Some(last) = shapes.get_mut(before) {
            last.push_str(&format!(" clipped to {clip}"));
        }
    }
    (shapes, area, stripes)
}

#[test]
fn a_row_at_rest_replayed_whole_paints_what_its_controls_paint() {
    same_painting(false);
}

#[test]
fn with_the_library_open_a_row_at_rest_is_cut_where_its_controls_are() {
    // The table is wider than its panel: its last columns are cut by, or
    // past, the panel's edge.
    same_painting(true);
}

fn same_painting(library: bool) {
    let folder = tempfile::tempdir().unwrap();
    let file = write_recipe(folder.path(), "r.ron", &workshop_recipe(20));
    let mut w = window_sized(egui::vec2(1280.0, 800.0), english(), Some(file));
    w.harness.run();
    if library {
        w.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
        w.harness.run();
        assert!(w.harness.query_by_label("Ingredient library").is_some());
    }
    // A screen reader's request makes every row live for a frame: its real
    // controls draw it.
    w.harness.get_by_label("Ingredient").scroll_to_me();
    w.harness.step();
    let (live, live_area, live_stripes) = painted(&w.harness);
    // At rest again: every row replayed whole.
    w.harness.step();
    w.harness.step();
    let (whole, whole_area, whole_stripes) = painted(&w.harness);
    // With the library open the cells past the panel's edge are drawn by
    // their controls (a cell is recorded only whole in view).
    assert!(
        library || whole_stripes < live_stripes,
        "rows were not replayed whole: {whole_stripes} stripes, {live_stripes} when live"
    );
    assert!(
        (whole_area - live_area).abs() < 2.0 * live_stripes as f32,
        "the stripes cover {whole_area} pt², {live_area} pt² when live"
    );
    let first_difference = live
        .iter()
        .zip(&whole)
        .position(|(a, b)| a != b)
        .map(|k| (live.get(k), whole.get(k)));
    assert_eq!(
        live.len(),
        whole.len(),
        "a different number of shapes; first difference {first_difference:?}"
    );
    assert_eq!(first_difference, None);
}
