//! The chart as the window draws it, shared by the editor's chart panel and
//! presentation mode: the recipe's items (small slices grouped into "Other"
//! when the setting is on), each linked back to its ingredients, so that
//! selecting and hovering work the same on rows, slices and legend entries.

use egui::Ui;

use super::AppView;
use super::a11y::named;
use super::legend::LegendEntry;
use super::pie::{PieOutput, PieView};
use crate::app::command::Command;
use crate::app::words::amount_text;
use crate::chart::geometry::Slice;
use crate::chart::group::{GROUP_BELOW, GroupedChart};
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::{Ingredient, Recipe};

/// The chart of the open recipe, with its links to the ingredients.
pub struct ChartModel {
    /// What is drawn, and which ingredients each item stands for.
    pub grouped: GroupedChart,
    /// The hover text of each item.
    pub tooltips: Vec<String>,
    /// The item that shows the selected ingredient.
    pub selected: Option<usize>,
    /// The item that shows the hovered ingredient.
    pub hovered: Option<usize>,
    /// The pie's accessible name.
    pub pie_name: String,
}

impl ChartModel {
    /// The chart of the recipe in `view`, grouped as the settings say.
    pub fn new(view: &AppView<'_>) -> Self {
        let recipe = &view.doc.recipe;
        let lang = view.lang;
        let group_below = view.settings.group_small_slices.then_some(GROUP_BELOW);
        let mut grouped = GroupedChart::from_recipe(recipe, view.settings.decimals, group_below);
        // "Other (3)" in the window's language; the core's is English.
        if let Some(other) = grouped.other()
            && let Some(members) = grouped.members.get(other)
        {
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
                None => other_text(recipe, &grouped, k, view.settings.decimals, lang),
            })
            .collect();
        Self {
            selected: view.selected.and_then(|i| grouped.item_of(i)),
            hovered: view.hovered.and_then(|i| grouped.item_of(i)),
            grouped,
            tooltips,
            pie_name: tr(lang, "chart-pie-name"),
        }
    }

    /// What the pie shows.
    pub fn pie_view<'a>(&'a self, slices: &'a [Slice]) -> PieView<'a> {
        PieView {
            slices,
            tooltips: &self.tooltips,
            selected: self.selected,
            hovered: self.hovered,
            name: &self.pie_name,
        }
    }

    /// The ingredient a click on item `k` selects: its own, or the first
    /// that "Other" holds.
    fn selects(&self, k: usize) -> Option<usize> {
        self.grouped.members.get(k).and_then(|m| m.first().copied())
    }

    /// Turns the pie's clicks into commands; returns the hovered ingredient.
    pub fn pie_output(&self, pie: &PieOutput, out: &mut Vec<Command>) -> Option<usize> {
        if let Some(clicked) = pie.clicked {
            out.push(Command::Select(clicked.and_then(|k| self.selects(k))));
        }
        pie.hovered.and_then(|k| self.grouped.source_of(k))
    }

    /// One legend row for item `k`; returns the hovered ingredient. "Other"
    /// names what it holds in its hover text and accessible label.
    pub fn legend_entry_ui(
        &self,
        ui: &mut Ui,
        k: usize,
        width: f32,
        out: &mut Vec<Command>,
    ) -> Option<usize> {
        let item = self.grouped.chart.items.get(k)?;
        let entry = LegendEntry {
            colour: item.colour,
            name: &item.name,
            percent: &item.percent_label,
            selected: self.selected == Some(k),
            highlighted: self.hovered == Some(k),
            width,
        };
        let mut response = ui.add(entry);
        if self.grouped.source_of(k).is_none()
            && let Some(text) = self.tooltips.get(k)
        {
            let label = format!("{}, {}: {}", item.name, item.percent_label, text);
            response = named(response, &label).on_hover_text(text.as_str());
        }
        if response.clicked() {
            out.push(Command::Select(self.selects(k)));
        }
        if response.hovered() {
            return self.grouped.source_of(k);
        }
        None
    }
}

/// What "Other" holds: each ingredient with its share.
fn other_text(
    recipe: &Recipe,
    grouped: &GroupedChart,
    k: usize,
    decimals: u8,
    lang: Lang,
) -> String {
    let percents = recipe.rounded_percentages(decimals);
    let names: Vec<String> = grouped
        .members
        .get(k)
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .filter_map(|&i| {
            let ing = recipe.ingredients.get(i)?;
            let p = percents
                .get(i)
                .map_or_else(|| "–".to_owned(), |p| format!("{p} %"));
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
        text.push('\n');
        text.push_str(&ing.note);
    }
    text
}
