//! The blend projected (F5) when it holds many ingredients: the five
//! shipped templates (27 distinct) and a blend of 40. No legend name may
//! break inside a word and no row may fall off the screen; where a legend
//! naming every slice whole does not fit, the smallest slices are grouped
//! into "Other (N)", as presentation groups them — the ones left each named
//! whole and labelled on the pie. Every glyph still reads from the back of
//! the room (`blend_projected::assert_projected_as`), at 1280×800,
//! 1366×768 and 1920×1080, on every participant's step and the team's.

use std::path::PathBuf;

use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::group::OTHER_COLOUR;
use cx_recipe::chart::{ChartItem, PieChart};
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::shown;
use egui::accesskit::Role;
use egui::epaint::{ClippedShape, Shape};
use egui::{Key, Rect};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::blend_projected::{assert_projected_as, blend_of};
use crate::gui::Window;

const SIZES: [(f32, f32); 3] = [(1280.0, 800.0), (1366.0, 768.0), (1920.0, 1080.0)];

/// The shipped templates a workshop starts from: 27 ingredients in all.
pub fn templates() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("recipes");
    [
        "ideal-cx.ron",
        "cx-kitchen.ron",
        "star-chef.ron",
        "brand-promise.ron",
        "bake-then-cook.ron",
    ]
    .iter()
    .map(|f| dir.join(f))
    .collect()
}

/// Five participants each naming 40 ingredients of one to three words.
pub fn forty(folder: &std::path::Path) -> Vec<PathBuf> {
    const FIRST: [&str; 8] = [
        "Customer",
        "Employee",
        "Journey",
        "Service",
        "Complaint",
        "Loyalty",
        "Onboarding",
        "Feedback",
    ];
    const SECOND: [&str; 5] = ["mapping", "handling", "workshops", "insight", "care"];
    (0..5)
        .map(|p| {
            let items: Vec<String> = (0..40)
                .map(|i| {
                    let name = match i % 3 {
                        0 => format!("{} {}", FIRST[i % 8], SECOND[i / 8]),
                        1 => format!("{} {} programme", FIRST[i % 8], SECOND[i / 8]),
                        _ => format!("{}{}", FIRST[i % 8], SECOND[i / 8]),
                    };
                    let amount = 1 + (i * 7 + p * 3) % 23;
                    format!("(name: {name:?}, amount: {amount}, unit: parts)")
                })
                .collect();
            let text = format!(
                "(title: \"Mine\", author: \"P{p}\", ingredients: [{}])",
                items.join(",\n")
            );
            let path = folder.join(format!("p{p}.ron"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// The chart the legend should show for the step now: every slice, or,
/// where it has an "Other (N)" row, the N smallest grouped into it.
fn shown_chart(w: &Window, what: &str) -> PieChart {
    let team = w.harness.state().team_blend().unwrap();
    let recipe = team.step_recipe(Lang::En);
    let mut chart = PieChart::from_recipe_in(&recipe, 1, Lang::En);
    let other = w
        .harness
        .query_all_by_role(Role::ListItem)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Other ("));
    let Some(other) = other else {
        return chart;
    };
    let count: usize = other["Other (".len()..]
        .split(')')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{what}: {other:?}"));
    let mut by_share: Vec<usize> = (0..chart.items.len()).collect();
    by_share.sort_by(|&a, &b| chart.items[a].share.total_cmp(&chart.items[b].share));
    let (small, kept) = by_share.split_at(count);
    // In the recipe's order, as the window adds them up.
    let mut small = small.to_vec();
    small.sort_unstable();
    let largest_small = small
        .iter()
        .map(|&i| chart.items[i].share)
        .fold(0.0, f64::max);
    assert!(
        kept.iter().all(|&i| chart.items[i].share > largest_small),
        "{what}: 'Other' holds the smallest slices, and all of one size"
    );
    let shares = recipe.shares().unwrap();
    let sum: f64 = small.iter().map(|&i| shares[i]).sum();
    let grouped = ChartItem {
        name: format!("Other ({count})"),
        share: sum,
        percent_label: shown::percent(sum, 1),
        colour: OTHER_COLOUR,
    };
    let mut items: Vec<ChartItem> = (0..chart.items.len())
        .filter(|i| !small.contains(i))
        .map(|i| chart.items[i].clone())
        .collect();
    items.push(grouped);
    chart.items = items;
    chart
}

/// Every legend name drawn wraps between its words, never inside one:
/// each line it is drawn on holds whole words of the name, in order.
pub fn assert_words_whole(
    output: &egui::FullOutput,
    items: &[ChartItem],
    rows: &[Rect],
    what: &str,
) {
    fn walk(shape: &Shape, out: &mut Vec<(String, Rect, Vec<String>)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(text) => out.push((
                text.galley.text().to_owned(),
                text.visual_bounding_rect(),
                text.galley
                    .rows
                    .iter()
                    .map(|r| r.row.glyphs.iter().map(|g| g.chr).collect())
                    .collect(),
            )),
            _ => {}
        }
    }
    let mut drawn = Vec::new();
    for ClippedShape { shape, .. } in &output.shapes {
        walk(shape, &mut drawn);
    }
    for item in items {
        let words: Vec<&str> = item.name.split_whitespace().collect();
        for (_, _, lines) in drawn
            .iter()
            .filter(|(t, rect, _)| *t == item.name && rows.iter().any(|r| r.contains_rect(*rect)))
        {
            let on_lines: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            assert_eq!(
                on_lines, words,
                "{what}: {:?} is broken inside a word: {lines:?}",
                item.name
            );
            assert!(
                lines.iter().all(|l| !l.trim().is_empty()),
                "{what}: {:?} has an empty line: {lines:?}",
                item.name
            );
        }
    }
}

/// Each step of the reveal, from the first participant to the team.
fn every_step(w: &mut Window, theme: ThemeChoice, what: &str) -> Vec<usize> {
    w.harness.key_press(Key::F5);
    w.harness.run();
    let mut rows = Vec::new();
    loop {
        let step = w.harness.state().team_blend().unwrap().step();
        let at = format!("{what}, step {step}");
        let chart = shown_chart(w, &at);
        assert_projected_as(w, theme, &at, &chart);
        rows.push(chart.items.len());
        if w.harness.state().team_blend().unwrap().is_team_step() {
            return rows;
        }
        w.harness.key_press(Key::ArrowRight);
        w.harness.run();
    }
}

#[test]
fn the_five_templates_projected_keep_every_name_whole() {
    for (width, height) in SIZES {
        let theme = ThemeChoice::HighContrast;
        let mut w = blend_of(egui::vec2(width, height), theme, templates());
        let team = w.harness.state().team_blend().unwrap();
        assert!(team.blend.rows.len() > 24, "{}", team.blend.rows.len());
        let what = format!("templates at {width}×{height}");
        let rows = every_step(&mut w, theme, &what);
        assert_eq!(rows.len(), 6, "{what}: five participants and the team");
    }
}

#[test]
fn a_blend_of_forty_projected_keeps_every_name_whole() {
    for (width, height) in SIZES {
        let folder = tempfile::tempdir().unwrap();
        let theme = ThemeChoice::Light;
        let mut w = blend_of(egui::vec2(width, height), theme, forty(folder.path()));
        assert_eq!(w.harness.state().team_blend().unwrap().blend.rows.len(), 40);
        let what = format!("40 at {width}×{height}");
        let rows = every_step(&mut w, theme, &what);
        if height < 1000.0 {
            assert!(rows.iter().all(|&r| r < 40), "{what}: grouped: {rows:?}");
        }
    }
}
