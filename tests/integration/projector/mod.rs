//! The projected screens measured as a room sees them: what egui drew
//! (every text shape with its galley, where its glyphs landed and what
//! clipped them), the legend rows and the pies from the accessibility tree,
//! and the recipes a workshop projects (5, 13 and 20 ingredients, with
//! slices of 1–3 %). The checks here are shared by every projected screen:
//! presentation and compare here, the blend screen's own cases beside
//! them (`assert_projectable`).

pub mod compare_pages;
pub mod feedback;
pub mod readable;

use std::path::{Path, PathBuf};

use cx_recipe::app::CxApp;
use cx_recipe::chart::palette;
use cx_recipe::recipe::{Colour, Ingredient, Recipe, Tag, Unit, format, shown};
use egui::accesskit::Role;
use egui::epaint::{ClippedShape, Shape};
use egui::{FullOutput, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::measure;

/// The projectors a workshop meets: the most common, a laptop's, full HD.
pub const SIZES: [egui::Vec2; 3] = [
    egui::vec2(1280.0, 800.0),
    egui::vec2(1366.0, 768.0),
    egui::vec2(1920.0, 1080.0),
];

/// The recipe sizes measured.
pub const COUNTS: [usize; 3] = [5, 13, 20];

/// Library names, long and short, as participants pick them.
const NAMES: [&str; 20] = [
    "Efficiency",
    "Speed",
    "Personalised attention",
    "Consistency",
    "Technology",
    "Customer research",
    "Voice of the customer",
    "Learning & education",
    "Metrics",
    "Scorecards & dashboards",
    "Understanding the why",
    "Ideation & redesign",
    "Storytelling",
    "Champion programme",
    "Test & learn",
    "Cross-functional collaboration",
    "Company culture",
    "User experience",
    "Customer support",
    "Omni-channel",
];

/// The amounts (parts of 100) of a recipe of `n` ingredients: a few large
/// shares, then the small ones a room argues about (1–3 %, and one under
/// 1 % for five).
fn amounts(n: usize) -> Vec<f64> {
    match n {
        5 => vec![24.8, 12.4, 12.4, 0.7, 49.7],
        13 => vec![
            18.0, 14.0, 12.0, 11.0, 9.0, 8.0, 7.0, 6.0, 5.5, 3.7, 2.8, 1.6, 1.4,
        ],
        _ => {
            let mut a = vec![
                14.0, 12.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 5.0, 4.0, 4.0, 3.0, 3.0, 2.5, 2.0, 1.5,
                1.2, 1.0, 1.0, 1.3,
            ];
            a.truncate(n);
            a
        }
    }
}

/// A workshop's recipe of `n` ingredients (at most 20): library names in
/// the default palette, tagged, with a profile for the verdict.
pub fn workshop_recipe(n: usize) -> Recipe {
    let ingredients = amounts(n)
        .into_iter()
        .zip(NAMES)
        .enumerate()
        .map(|(i, (amount, name))| {
            let mut ing = Ingredient::new(
                name.to_owned(),
                amount,
                Unit::Part,
                Colour::from(palette::colour_for(i)),
            );
            ing.tag = match i % 3 {
                0 => Some(Tag::Baking),
                1 => Some(Tag::Cooking),
                _ => None,
            };
            ing
        })
        .collect();
    Recipe {
        title: format!("Our recipe, {n} ingredients"),
        ingredients,
        profile: Some(cx_recipe::recipe::Profile::default()),
        ..Recipe::default()
    }
}

/// Another participant's recipe for compare: the same names, the amounts
/// turned around, the first left out and one more at the end.
pub fn other_recipe(n: usize) -> Recipe {
    let mut r = workshop_recipe(n);
    r.title = format!("Their recipe, {n} ingredients");
    let amounts: Vec<f64> = r.ingredients.iter().rev().map(|i| i.amount).collect();
    for (ing, a) in r.ingredients.iter_mut().zip(amounts) {
        ing.amount = a;
    }
    r.ingredients.remove(0);
    let mut extra = Ingredient::new(
        "Passion".to_owned(),
        3.0,
        Unit::Part,
        Colour::from(palette::colour_for(n)),
    );
    extra.tag = Some(Tag::Cooking);
    r.ingredients.push(extra);
    r
}

/// Saves `recipe` as `name` in `folder`.
pub fn write_recipe(folder: &Path, name: &str, recipe: &Recipe) -> PathBuf {
    let path = folder.join(name);
    format::save(&path, recipe).unwrap();
    path
}

/// The slices a pie of `recipe` must label: each share of at least 1 % as
/// the window writes it ("12.4 %").
pub fn labels_wanted(recipe: &Recipe) -> Vec<String> {
    recipe
        .shares()
        .unwrap_or_default()
        .iter()
        .filter(|s| **s >= 0.01 - 1e-12)
        .map(|s| shown::percent(*s, 1))
        .collect()
}

/// One text shape as drawn.
#[derive(Clone, Debug)]
pub struct DrawnText {
    /// The galley's whole text (a wrapped galley's lines together).
    pub text: String,
    /// The union of its glyphs' boxes (the ink), in points.
    pub ink: Rect,
    /// Whether the galley was cut with "…" (or lost rows).
    pub elided: bool,
    /// Whether every glyph lies inside the shape's clip rect and the
    /// window.
    pub whole: bool,
}

fn flatten<'a>(clip: Rect, shape: &'a Shape, out: &mut Vec<(Rect, &'a Shape)>) {
    if let Shape::Vec(shapes) = shape {
        for s in shapes {
            flatten(clip, s, out);
        }
    } else {
        out.push((clip, shape));
    }
}

/// Every text shape the frame drew, with its ink and whether any of it was
/// cut (elided, or a glyph outside its clip rect or the window `screen`).
pub fn texts(output: &FullOutput, screen: Rect) -> Vec<DrawnText> {
    let mut flat = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &output.shapes
    {
        flatten(*clip_rect, shape, &mut flat);
    }
    let mut out = Vec::new();
    for (clip, shape) in flat {
        let Shape::Text(text) = shape else {
            continue;
        };
        let mut ink = Rect::NOTHING;
        let mut whole = true;
        for placed in &text.galley.rows {
            let row_pos = text.pos + placed.pos.to_vec2();
            for glyph in &placed.row.glyphs {
                if glyph.chr.is_whitespace() || glyph.uv_rect.is_nothing() {
                    continue;
                }
                let first = glyph.first_vertex as usize;
                let Some(quad) = placed.row.visuals.mesh.vertices.get(first..first + 4) else {
                    continue;
                };
                let mut g = Rect::NOTHING;
                for v in quad {
                    g.extend_with(row_pos + v.pos.to_vec2());
                }
                // A pixel of tolerance for anti-aliasing at the edge.
                let inside = |r: Rect| r.expand(1.0).contains_rect(g);
                whole &= inside(clip) && inside(screen);
                ink = ink.union(g);
            }
        }
        if ink == Rect::NOTHING {
            continue;
        }
        out.push(DrawnText {
            text: text.galley.text().to_owned(),
            ink,
            elided: text.galley.elided,
            whole,
        });
    }
    out
}

/// The legend rows in the accessibility tree: label and rect.
pub fn legend_rows(harness: &Harness<'static, CxApp>) -> Vec<(String, Rect)> {
    harness
        .get_all_by_role(Role::ListBoxOption)
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .collect()
}

/// The pies on screen: their rects.
pub fn pie_rects(harness: &Harness<'static, CxApp>) -> Vec<Rect> {
    harness
        .get_all_by_role(Role::Image)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("Pie chart"))
        })
        .map(|n| n.rect())
        .collect()
}

/// What a projected screen must show.
pub struct Wanted<'a> {
    /// Every name that must be in a legend, whole.
    pub names: &'a [String],
    /// The slice labels that must be on the pies (see [`labels_wanted`]),
    /// all pies together.
    pub labels: &'a [String],
}

/// Checks the current frame of a projected screen, as a room reads it:
/// every legend name whole and no legend row cut off; slice labels that do
/// not overlap, are not cut and include every slice of at least 1 %; every
/// glyph at least 28 px and 4.5:1 against what is under it. `case` names
/// the case in the failure.
pub fn assert_projectable(harness: &Harness<'static, CxApp>, case: &str, wanted: &Wanted<'_>) {
    let output = harness.output();
    let screen = harness.ctx.content_rect();
    let drawn = texts(output, screen);
    let rows = legend_rows(harness);
    assert_names_whole(harness, case, wanted.names);

    // The pies' labels: inside the pies' rects, each whole, none over
    // another or over a legend row.
    let pies = pie_rects(harness);
    assert!(!pies.is_empty(), "{case}: no pie");
    let labels: Vec<&DrawnText> = drawn
        .iter()
        .filter(|t| t.text.contains('%') && pies.iter().any(|p| p.intersects(t.ink)))
        .collect();
    for (i, a) in labels.iter().enumerate() {
        assert!(
            !a.elided && a.whole,
            "{case}: the slice label {:?} is cut",
            a.text
        );
        for b in &labels[i + 1..] {
            assert!(
                !a.ink.intersects(b.ink),
                "{case}: slice labels {:?} at {:?} and {:?} at {:?} overlap",
                a.text,
                a.ink,
                b.text,
                b.ink
            );
        }
        for (row, rect) in &rows {
            assert!(
                !a.ink.intersects(*rect),
                "{case}: the slice label {:?} covers the legend row {row:?}",
                a.text
            );
        }
    }
    // Every slice of at least 1 % has its label (a label may carry the
    // ingredient's name before its share).
    let mut unused: Vec<&DrawnText> = labels.clone();
    for want in wanted.labels {
        let found = unused.iter().position(|t| {
            t.text == *want
                || t.text.ends_with(&format!(" {want}"))
                || t.text.ends_with(&format!("\n{want}"))
        });
        match found {
            Some(k) => {
                unused.remove(k);
            }
            None => {
                let all: Vec<&str> = labels.iter().map(|t| t.text.as_str()).collect();
                panic!("{case}: no slice label {want:?} on the pies; labels drawn: {all:?}");
            }
        }
    }

    assert_glyphs_projected(harness, case);
}

/// Checks a projected page without pies (the compare's changes, a page of
/// their own): every name of `names` whole in its legend row, no row cut
/// off, every glyph at least 28 px and 4.5:1.
pub fn assert_table_projectable(harness: &Harness<'static, CxApp>, case: &str, names: &[String]) {
    assert_names_whole(harness, case, names);
    assert_glyphs_projected(harness, case);
}

/// Every glyph large enough and readable on what it is drawn on.
fn assert_glyphs_projected(harness: &Harness<'static, CxApp>, case: &str) {
    let glyphs = measure::glyphs(harness.output());
    assert!(glyphs.len() > 50, "{case}: too few glyphs measured");
    for g in &glyphs {
        g.assert_projected(case);
    }
}

/// Every name of `names` in a legend row of its own, the row inside the
/// window, the name drawn whole in it.
fn assert_names_whole(harness: &Harness<'static, CxApp>, case: &str, names: &[String]) {
    let screen = harness.ctx.content_rect();
    let drawn = texts(harness.output(), screen);
    let rows = legend_rows(harness);
    for name in names {
        let prefix = format!("{name}, ");
        let Some((_, rect)) = rows.iter().find(|(label, _)| label.starts_with(&prefix)) else {
            panic!("{case}: no legend row for {name:?}");
        };
        assert!(
            screen.expand(0.5).contains_rect(*rect),
            "{case}: the legend row of {name:?} at {rect:?} is cut off by the window {screen:?}"
        );
        let shown = drawn
            .iter()
            .find(|t| &t.text == name && rect.expand(1.0).contains_rect(t.ink));
        let Some(shown) = shown else {
            let near: Vec<&str> = drawn
                .iter()
                .filter(|t| rect.intersects(t.ink))
                .map(|t| t.text.as_str())
                .collect();
            panic!("{case}: {name:?} is not drawn whole in its legend row; there: {near:?}");
        };
        assert!(
            !shown.elided && shown.whole,
            "{case}: {name:?} is cut in its legend row ({shown:?})"
        );
    }
}
