//! The chart as a table: names, amounts and shares, its text alternative.
//! An egui `Grid` of labels, so a screen reader (through AccessKit) reads
//! every cell; the legend's grouping into "Other" is said in a line below.

use egui::{RichText, Ui};

use super::AppView;
use crate::chart::group::{GROUP_BELOW, GroupedChart};
use crate::recipe::{Unit, human_amount};

/// Draws the table of the recipe's chart.
pub fn chart_table_ui(ui: &mut Ui, view: &AppView<'_>) {
    let recipe = &view.doc.recipe;
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
                    ui.label(RichText::new("Ingredient").strong());
                    ui.label(RichText::new("Amount").strong());
                    ui.label(RichText::new("Share").strong());
                    ui.end_row();
                    for (i, ing) in recipe.ingredients.iter().enumerate() {
                        let name = if ing.name.is_empty() {
                            format!("ingredient {}", i + 1)
                        } else {
                            ing.name.clone()
                        };
                        ui.label(name);
                        let mut amount = format!(
                            "{} {}",
                            human_amount(ing.amount),
                            ing.unit.label_for(ing.amount)
                        );
                        if let Some(ml) = ing.amount_ml()
                            && ing.unit != Unit::Millilitre
                            && ing.unit != Unit::Cc
                        {
                            amount.push_str(&format!(" ({} ml)", human_amount(ml)));
                        }
                        ui.label(amount);
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
                    ui.label(format!(
                        "In the chart, \"Other\" holds the slices under 3 %: {}.",
                        names.join(", ")
                    ));
                }
            }
        });
}
