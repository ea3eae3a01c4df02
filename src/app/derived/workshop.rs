//! What the compare and blend screens show, derived once when their files
//! are read, and again only when the open recipe's revision (compare), the
//! reveal's step (blend), the decimals or the language change: the diff and
//! its rounded columns, the other recipe in shared colours, and each pie's
//! slices (the blend's rows: `derived::blend`).

use crate::app::workshop::Comparison;
use crate::chart::PieChart;
use crate::chart::geometry::{self, Slice};
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::diff::{Diff, Presence};
use crate::recipe::shares::{RoundedPercent, rounded_percentages};
use crate::recipe::{Colour, Recipe, matching};

/// A recipe's pie, ready to draw: its slices and their tooltips.
#[derive(Clone, Debug, PartialEq)]
pub struct PieData {
    /// The slices, from `chart::geometry`.
    pub slices: Vec<Slice>,
    /// Each slice's hover text.
    pub tooltips: Vec<String>,
    /// The pie's accessible name.
    pub name: String,
    /// What a pie with no shares says instead.
    pub empty: String,
}

/// How far past its radius a pie reaches, as `views::pie` frames it: with
/// labels outside, room for them.
pub const OUTSIDE_REACH: [f32; 2] = [1.75, 1.3];
/// The reach of a pie whose labels are all inside.
pub const INSIDE_REACH: [f32; 2] = [1.08, 1.08];

impl PieData {
    /// The pie of `recipe`, percentages with `decimals`.
    pub fn of(recipe: &Recipe, decimals: u8, lang: Lang) -> Self {
        let chart = PieChart::from_recipe_in(recipe, decimals, lang);
        let slices = geometry::slices(&chart.items);
        let tooltips = chart
            .items
            .iter()
            .map(|item| format!("{}\n{}", item.name, item.percent_label))
            .collect();
        Self {
            slices,
            tooltips,
            name: tr(lang, "chart-pie-name"),
            empty: tr(lang, "compare-no-shares"),
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
    pub fn new(current: &Recipe, comparison: &Comparison, decimals: u8, lang: Lang) -> Self {
        let other = comparison.other_coloured(current);
        let diff = comparison.diff(current);
        let column = |share: fn(&crate::recipe::diff::DiffRow) -> Option<f64>| {
            let fractions: Vec<f64> = diff.rows.iter().map(|r| share(r).unwrap_or(0.0)).collect();
            rounded_percentages(&fractions, 1)
        };
        let a_percent = column(|r| r.a_share);
        let b_percent = column(|r| r.b_share);
        let colours = |recipe: &Recipe| {
            let mut by_key = std::collections::HashMap::with_capacity(recipe.ingredients.len());
            for i in &recipe.ingredients {
                by_key.entry(matching::key(&i.name)).or_insert(i.colour);
            }
            by_key
        };
        let (a_colours, b_colours) = (colours(current), colours(&other));
        let lines = diff
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let (a_p, b_p) = (a_percent.get(i), b_percent.get(i));
                let key = matching::key(&row.name);
                DiffLine {
                    name: row.name.clone(),
                    colour: a_colours.get(&key).or_else(|| b_colours.get(&key)).copied(),
                    a: shown_percent(row.a_share, a_p),
                    b: shown_percent(row.b_share, b_p),
                    change: change_pp(a_p, b_p, lang),
                    presence: match row.presence {
                        Presence::Both => String::new(),
                        Presence::OnlyA => tr(lang, "compare-only-a"),
                        Presence::OnlyB => tr(lang, "compare-only-b"),
                    },
                }
            })
            .collect();
        let pies = [
            PieData::of(current, decimals, lang),
            PieData::of(&other, decimals, lang),
        ];
        Self {
            diff,
            other,
            lines,
            pies,
        }
    }
}

/// A share as shown: "–" where the recipe does not name the ingredient.
fn shown_percent(share: Option<f64>, rounded: Option<&RoundedPercent>) -> String {
    match (share, rounded) {
        (None, _) => "–".to_owned(),
        (Some(_), Some(p)) => format!("{p} %"),
        (Some(_), None) => "0.0 %".to_owned(),
    }
}

/// B's shown percentage minus A's, in signed percentage points with one
/// decimal ("+16.7 pp", "−4.0 pp", "0.0 pp"), a true minus sign.
pub fn change_pp(a: Option<&RoundedPercent>, b: Option<&RoundedPercent>, lang: Lang) -> String {
    let tenths = |p: Option<&RoundedPercent>| p.map_or(0, |p| i128::from(p.steps()));
    let change = tenths(b) - tenths(a);
    let sign = match change {
        c if c > 0 => "+",
        c if c < 0 => "\u{2212}",
        _ => "",
    };
    let size = change.unsigned_abs();
    let value = format!("{sign}{}.{}", size / 10, size % 10);
    tr_args(lang, "unit-pp", &[("value", Arg::Text(&value))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_with_a_sign_and_one_decimal() {
        let p = rounded_percentages(&[0.25, 0.75], 1);
        let en = Lang::En;
        assert_eq!(change_pp(p.first(), p.get(1), en), "+50.0 pp");
        assert_eq!(change_pp(p.get(1), p.first(), en), "\u{2212}50.0 pp");
        assert_eq!(change_pp(p.first(), p.first(), en), "0.0 pp");
        assert_eq!(change_pp(None, p.first(), en), "+25.0 pp");
    }
}
