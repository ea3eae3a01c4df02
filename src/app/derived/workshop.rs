//! What the compare and blend screens show, derived once when their files
//! are read, and again only when the open recipe's revision (compare), the
//! reveal's step (blend), the decimals or the language change: the diff and
//! its rounded columns, the other recipe in shared colours, and each pie's
//! slices (the blend's rows: `derived::blend`).

use crate::app::workshop::Comparison;
use crate::chart::geometry::{self, Slice};
use crate::chart::{ChartItem, PieChart};
use crate::i18n::{Lang, number, tr};
use crate::recipe::colour::distinct_colours;
use crate::recipe::diff::{Diff, Presence};
use crate::recipe::{Colour, Recipe, matching};

/// A recipe's pie, ready to draw: its slices and their tooltips.
#[derive(Clone, Debug, PartialEq)]
pub struct PieData {
    /// The items, one slice each.
    pub items: Vec<ChartItem>,
    /// The slices, from `chart::geometry` (for their reach).
    pub slices: Vec<Slice>,
    /// Each slice's hover text.
    pub tooltips: Vec<String>,
    /// The pie's accessible name.
    pub name: String,
    /// What a pie with no shares says instead.
    pub empty: String,
    /// A new number each time it is derived (what the pie keeps of it
    /// follows).
    pub generation: u64,
}

/// How far past its radius a pie reaches, as `views::pie` frames it: with
/// labels outside, room for them.
pub const OUTSIDE_REACH: [f32; 2] = [1.75, 1.3];
/// The reach of a pie whose labels are all inside.
pub const INSIDE_REACH: [f32; 2] = [1.08, 1.08];

impl PieData {
    /// The pie of `recipe`, percentages with `decimals`.
    pub fn of(recipe: &Recipe, decimals: u8, lang: Lang) -> Self {
        Self::from_chart(PieChart::from_recipe_in(recipe, decimals, lang), lang)
    }

    /// The pie of `recipe` with its slices in `colours` (one per
    /// ingredient, as another pie beside it has them).
    pub fn coloured(recipe: &Recipe, colours: &[[u8; 3]], decimals: u8, lang: Lang) -> Self {
        let mut chart = PieChart::from_recipe_in(recipe, decimals, lang);
        for (item, colour) in chart.items.iter_mut().zip(colours) {
            item.colour = *colour;
        }
        Self::from_chart(chart, lang)
    }

    pub(super) fn from_chart(chart: PieChart, lang: Lang) -> Self {
        let slices = geometry::slices(&chart.items);
        let tooltips = chart
            .items
            .iter()
            .map(|item| format!("{}\n{}", item.name, item.percent_label))
            .collect();
        Self {
            items: chart.items,
            slices,
            tooltips,
            name: tr(lang, "chart-pie-name"),
            empty: tr(lang, "compare-no-shares"),
            generation: crate::app::document::new_revision(),
        }
    }

    /// How far past its radius it reaches (x, y), in radii.
    pub fn reach(&self) -> [f32; 2] {
        let outside = self
            .slices
            .iter()
            .any(|s| !s.label_inside && !s.label.is_empty());
        if outside { OUTSIDE_REACH } else { INSIDE_REACH }
    }
}

/// One row of the table of changes, as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct DiffLine {
    /// The ingredient.
    pub name: String,
    /// Its colour on both pies.
    pub colour: Option<Colour>,
    /// A's share ("–" where A does not name it).
    pub a: String,
    /// B's share.
    pub b: String,
    /// The change in points.
    pub change: String,
    /// Only in A, only in B, or "".
    pub presence: String,
}

/// The compare screen, derived.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareView {
    /// The diff of A (the open recipe) and B.
    pub diff: Diff,
    /// B in A's colours.
    pub other: Recipe,
    /// The table's rows.
    pub lines: Vec<DiffLine>,
    /// A's pie and B's.
    pub pies: [PieData; 2],
}

impl CompareView {
    /// The comparison of `current` (A) with `comparison`'s recipe (B).
    /// Every figure is rounded on its own (`recipe::shown`) in the
    /// language's format: the table's A and B say what the pies say, and
    /// the change is the true change rounded (+1.67 → "+1.7 pp"). Each
    /// ingredient has one colour on both pies and in the table: A's as the
    /// editor shows them (`display_colours`), B's own for what only B names,
    /// kept apart from all of them.
    pub fn new(current: &Recipe, comparison: &Comparison, decimals: u8, lang: Lang) -> Self {
        let other = comparison.other_coloured(current);
        let diff = comparison.diff(current);
        let colours = SharedColours::new(current, &other);
        let lines = diff
            .rows
            .iter()
            .map(|row| DiffLine {
                name: row.name.clone(),
                colour: colours.of(&row.name).map(Colour::from),
                a: shown_percent(row.a_share, decimals, lang),
                b: shown_percent(row.b_share, decimals, lang),
                change: number::signed_points(lang, row.delta_pp, 1),
                presence: match row.presence {
                    Presence::Both => String::new(),
                    Presence::OnlyA => tr(lang, "compare-only-a"),
                    Presence::OnlyB => tr(lang, "compare-only-b"),
                },
            })
            .collect();
        let pies = [
            PieData::coloured(current, &colours.a, decimals, lang),
            PieData::coloured(&other, &colours.b, decimals, lang),
        ];
        Self {
            diff,
            other,
            lines,
            pies,
        }
    }
}

/// One colour per ingredient across A and B.
struct SharedColours {
    /// Matching key → colour; only looked up, never iterated into output.
    by_key: std::collections::HashMap<String, [u8; 3]>,
    /// A's ingredients' colours, in order.
    a: Vec<[u8; 3]>,
    /// B's.
    b: Vec<[u8; 3]>,
}

impl SharedColours {
    fn new(a: &Recipe, b: &Recipe) -> Self {
        let capacity = a.ingredients.len() + b.ingredients.len();
        let mut keys: Vec<String> = Vec::with_capacity(capacity);
        let mut wanted: Vec<Option<[u8; 3]>> = Vec::with_capacity(capacity);
        for i in &a.ingredients {
            keys.push(matching::key(&i.name));
            wanted.push(Some(i.colour.rgb()));
        }
        let mut seen: std::collections::HashSet<String> = keys.iter().cloned().collect();
        for i in &b.ingredients {
            let key = matching::key(&i.name);
            if seen.insert(key.clone()) {
                keys.push(key);
                wanted.push(Some(i.colour.rgb()));
            }
        }
        // A's come first, so the first colours are A's display colours.
        let shown = distinct_colours(&wanted);
        let mut by_key = std::collections::HashMap::with_capacity(keys.len());
        for (key, colour) in keys.into_iter().zip(shown.iter().copied()) {
            by_key.entry(key).or_insert(colour);
        }
        let a_colours: Vec<[u8; 3]> = shown.iter().copied().take(a.ingredients.len()).collect();
        let b_colours = b
            .ingredients
            .iter()
            .map(|i| {
                by_key
                    .get(&matching::key(&i.name))
                    .copied()
                    .unwrap_or_else(|| i.colour.rgb())
            })
            .collect();
        Self {
            by_key,
            a: a_colours,
            b: b_colours,
        }
    }

    fn of(&self, name: &str) -> Option<[u8; 3]> {
        self.by_key.get(&matching::key(name)).copied()
    }
}

/// A share as shown: "–" where the recipe does not name the ingredient.
fn shown_percent(share: Option<f64>, decimals: u8, lang: Lang) -> String {
    share.map_or_else(|| "–".to_owned(), |s| number::percent(lang, s, decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_with_a_sign_and_one_decimal_rounded_once() {
        let en = Lang::En;
        assert_eq!(number::signed_points(en, 50.0, 1), "+50.0 pp");
        assert_eq!(number::signed_points(en, -50.0, 1), "\u{2212}50.0 pp");
        assert_eq!(number::signed_points(en, 0.0, 1), "0.0 pp");
        // The true change rounded, not the difference of rounded shares.
        assert_eq!(number::signed_points(en, 5.0 / 3.0, 1), "+1.7 pp");
        assert_eq!(shown_percent(Some(1.0 / 3.0), 1, en), "33.3 %");
        assert_eq!(shown_percent(None, 1, en), "–");
    }
}
