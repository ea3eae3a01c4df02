//! The chart as a table: names, amounts and shares, its text alternative.
//! An egui `Grid` of labels, so a screen reader (through AccessKit) reads
//! every cell; the legend's grouping into "Other" is said in a line below.

use egui::{RichText, Ui};

use super::AppView;
use crate::app::words::{amount_text, ingredient_name};
use crate::i18n::{Arg, tr, tr_args};

/// Draws the table of the recipe's chart.
pub fn chart_table_ui(ui: &mut Ui, view: &AppView<'_>) {
    let recipe = view.recipe;
    let lang = view.lang;
    let percents = &view.derived.percent_texts;
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
                        ui.label(percents.get(i).map_or("–", String::as_str));
                        ui.end_row();
                    }
                });
            if view.settings.group_small_slices {
                let other = &view.derived.chart.other_names;
                if !other.is_empty() {
                    ui.add_space(8.0);
                    let names = other.join(", ");
                    ui.label(tr_args(
                        lang,
                        "chart-table-other",
                        &[("names", Arg::Text(&names))],
                    ));
                }
            }
        });
}
