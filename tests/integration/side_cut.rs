//! Nothing runs under the next panel (issue 15 §8, "every column"): at
//! 1280×800, in English, Spanish and German, on the shipped templates in
//! that language, with the library open and closed, on every editor tab,
//! no text or icon egui drew is cut by its clip rect at the left or right
//! side — a line wider than its panel wraps, a table wider than its panel
//! scrolls. A text field's own content, longer than the field, scrolls
//! inside the field as in every desktop app and is not counted.

use egui::accesskit::Role;
use egui::epaint::ClippedShape;
use egui::{Rect, Shape};
use egui_kittest::kittest::Queryable as _;

use crate::words_whole::{TABS, each_editor_view};

/// Every text (or icon) egui drew that its clip rect cuts at the left or
/// right side, outside the `fields`: the text, where it is, and how many
/// points are cut.
pub fn cut_at_a_side(output: &egui::FullOutput, fields: &[Rect]) -> Vec<(String, Rect, f32)> {
    fn walk(clip: Rect, shape: &Shape, fields: &[Rect], out: &mut Vec<(String, Rect, f32)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(clip, s, fields, out)),
            Shape::Text(text) => {
                let mut over = 0.0_f32;
                let mut ink = Rect::NOTHING;
                for placed in &text.galley.rows {
                    let left = text.pos.x + placed.pos.x;
                    let top = text.pos.y + placed.pos.y;
                    for g in &placed.row.glyphs {
                        if g.chr.is_whitespace() {
                            continue;
                        }
                        let (l, r) = (left + g.pos.x, left + g.pos.x + g.advance_width);
                        ink = ink.union(Rect::from_x_y_ranges(l..=r, top..=top + g.line_height));
                        over = over.max(r - clip.right()).max(clip.left() - l);
                    }
                }
                // Only what is in view counts (a scrolled-away row is
                // clipped above or below, not at a side).
                let in_view = ink.is_positive() && clip.intersects(ink);
                // A field's content starts inside the field and runs on
                // past its end.
                let start = ink.left_top() + egui::vec2(1.0, 1.0);
                let in_a_field = fields.iter().any(|f| f.expand(1.0).contains(start));
                if over > 1.0 && in_view && !in_a_field {
                    out.push((text.galley.text().to_owned(), ink, over));
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &output.shapes
    {
        walk(*clip_rect, shape, fields, &mut out);
    }
    out
}

#[test]
fn no_text_runs_under_the_next_panel_at_1280_by_800() {
    let failures = each_editor_view(&TABS, |harness| {
        let fields: Vec<Rect> = harness
            .query_all_by_role(Role::TextInput)
            .chain(harness.query_all_by_role(Role::MultilineTextInput))
            .map(|n| n.rect())
            .collect();
        cut_at_a_side(harness.output(), &fields)
            .into_iter()
            .map(|(text, at, over)| format!("{text:?} at {at:?} cut by {over:.0} pt"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "cut at a side:\n{}",
        failures.join("\n")
    );
}
