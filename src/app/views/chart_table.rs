//! The chart as a table: names, amounts and shares, its text alternative.
//! An egui `Grid` of labels, so a screen reader (through AccessKit) reads
//! every cell; the legend's grouping into "Other" is said in a line below.

use egui::{RichText, Ui};

use super::AppView;
use crate::app::words::{amount_text, ingredient_name};
use crate::chart::group::{GROUP_BELOW, GroupedChart};
use crate::i18n::{Arg, tr, tr_args};

/// Draws the table of the recipe's chart.
pub fn chart_table_ui(ui: &mut Ui, view: &AppView<'_>) {
    let recipe = &view.doc.recipe;
    let lang = view.lang;
    let decimals = view.settings.decimals;
    let percents = recipe.rounded_percentages(decimals);
    egui::ScrollArea::vertical()
        .id_salt("chart-table")
        .show(ui, |ui| {
            egui::Grid::new("chart-table-grid")
                .num_columns(3)
                .striped(true)
                .spacing(egui::vec2(24.0, 8.0))
                .show(ui, |ui| {
                    for key in ["table-ingredient", "table-amount", "table-share"] {
                        ui.label(RichText::new(tr(lang, key)).strong());
                    }
                    ui.end_row();
                    for (i, ing) in recipe.ingredients.iter().enumerate() {
                        ui.label(ingredient_name(lang, i, &ing.name));
                        ui.label(amount_text(lang, ing));
                        ui.label(
                            percents
                                .get(i)
                                .map_or_else(|| "–".to_owned(), |p| format!("{p} %")),
                        );
                        ui.end_row();
                    }
                });
            if view.settings.group_small_slices {
                let grouped = GroupedChart::from_recipe(recipe, decimals, Some(GROUP_BELOW));
                if let Some(other) = grouped.other() {
                    let names: Vec<&str> = grouped
                        .members
                        .get(other)
                        .map(Vec::as_slice)
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|&i| recipe.ingredients.get(i))
                        .map(|ing| ing.name.as_str())
                        .collect();
                    ui.add_space(8.0);
                    let names = names.join(", ");
                    ui.label(tr_args(
                        lang,
                        "chart-table-other",
                        &[("names", Arg::Text(&names))],
                    ));
                }
            }
        });
}
