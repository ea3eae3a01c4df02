//! The chart as the window draws it, derived once per revision (and per
//! change of decimals, grouping or language): the recipe's items (small
//! slices grouped into "Other" when the setting is on), which item shows
//! each ingredient, and each item's hover text.

use crate::app::words::amount_text;
use crate::chart::group::{GROUP_BELOW, GroupedChart};
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::{Ingredient, Recipe, RoundedPercent};

/// The chart of the open recipe, with its links to the ingredients.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    /// What is drawn, and which ingredients each item stands for.
    pub grouped: GroupedChart,
    /// The hover text of each item.
    pub tooltips: Vec<String>,
    /// The item that shows each ingredient.
    pub item_of: Vec<Option<usize>>,
    /// What "Other" holds, as a list of names (empty without "Other").
    pub other_names: Vec<String>,
    /// Whether each item's ingredient is locked (its share kept while
    /// others change); "Other" is not.
    pub locked: Vec<bool>,
    /// The word a locked ingredient's legend row carries on a projected
    /// screen ("locked").
    pub locked_word: String,
    /// The pie's accessible name.
    pub pie_name: String,
    /// A new number each time the chart is derived (what the views cache
    /// from it, such as the slices laid out for a size, follows).
    pub generation: u64,
}

impl Default for ChartData {
    fn default() -> Self {
        Self {
            grouped: GroupedChart::ungrouped(crate::chart::PieChart {
                title: String::new(),
                items: Vec::new(),
                source: None,
            }),
            tooltips: Vec::new(),
            item_of: Vec::new(),
            other_names: Vec::new(),
            locked: Vec::new(),
            locked_word: String::new(),
            pie_name: String::new(),
            generation: 0,
        }
    }
}

impl ChartData {
    /// The chart of `recipe`, its percentages `percents`.
    pub fn new(
        recipe: &Recipe,
        percents: &[RoundedPercent],
        decimals: u8,
        group_small: bool,
        lang: Lang,
    ) -> Self {
        let group_below = group_small.then_some(GROUP_BELOW);
        let mut grouped = GroupedChart::from_recipe(recipe, decimals, group_below);
        // The slices' and legend's figures in the window's number format.
        for item in &mut grouped.chart.items {
            item.percent_label = number::localise(lang, &item.percent_label);
        }
        // "Other (3)" in the window's language; the core's is English.
        let mut other_names = Vec::new();
        if let Some(other) = grouped.other()
            && let Some(members) = grouped.members.get(other)
        {
            other_names = members
                .iter()
                .filter_map(|&i| recipe.ingredients.get(i))
                .map(|ing| ing.name.clone())
                .collect();
            let name = tr_args(lang, "chart-other", &[("count", Arg::from(members.len()))]);
            if let Some(item) = grouped.chart.items.get_mut(other) {
                item.name = name;
            }
        }
        let tooltips = grouped
            .chart
            .items
            .iter()
            .enumerate()
            .map(|(k, item)| match grouped.source_of(k) {
                Some(i) => recipe
                    .ingredients
                    .get(i)
                    .map(|ing| tooltip(ing, &item.percent_label, lang))
                    .unwrap_or_default(),
                None => other_text(recipe, &grouped, k, percents, lang),
            })
            .collect();
        let mut item_of = vec![None; recipe.ingredients.len()];
        for (k, members) in grouped.members.iter().enumerate() {
            for &i in members {
                if let Some(slot) = item_of.get_mut(i) {
                    *slot = Some(k);
                }
            }
        }
        let locked = (0..grouped.chart.items.len())
            .map(|k| {
                grouped
                    .source_of(k)
                    .and_then(|i| recipe.ingredients.get(i))
                    .is_some_and(|ing| ing.locked)
            })
            .collect();
        Self {
            grouped,
            tooltips,
            item_of,
            other_names,
            locked,
            locked_word: tr(lang, "present-locked"),
            pie_name: tr(lang, "chart-pie-name"),
            generation: crate::app::document::new_revision(),
        }
    }

    /// The item that shows ingredient `i`.
    pub fn item_of(&self, i: Option<usize>) -> Option<usize> {
        i.and_then(|i| self.item_of.get(i).copied().flatten())
    }
}

/// What "Other" holds: each ingredient with its share.
fn other_text(
    recipe: &Recipe,
    grouped: &GroupedChart,
    k: usize,
    percents: &[RoundedPercent],
    lang: Lang,
) -> String {
    let names: Vec<String> = grouped
        .members
        .get(k)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|&i| {
            let ing = recipe.ingredients.get(i)?;
            let p = percents.get(i).map_or_else(
                || "–".to_owned(),
                |p| number::localise(lang, &format!("{p} %")),
            );
            Some(format!("{} {p}", ing.name))
        })
        .collect();
    let names = names.join(", ");
    tr_args(lang, "chart-other-holds", &[("names", Arg::Text(&names))])
}

/// The hover text of a slice or row.
pub fn tooltip(ing: &Ingredient, percent: &str, lang: Lang) -> String {
    let amount = amount_text(lang, ing);
    let share = tr_args(lang, "chart-share", &[("percent", Arg::Text(percent))]);
    let mut text = format!("{}\n{amount}\n{share}", ing.name);
    if !ing.note.is_empty() {
        // A note of 100,000 characters would be a tooltip no one reads,
        // built for every slice.
        text.push('\n');
        text.push_str(&crate::app::words::preview(&ing.note, 200));
    }
    text
}
