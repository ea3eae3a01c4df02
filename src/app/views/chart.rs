//! The chart panel: the recipe's title over the live pie and its legend,
//! side by side on a wide panel, the legend below (in two columns when long)
//! on a tall one.

use egui::{Align, Layout, RichText, Ui};

use super::AppView;
use super::footer::problem;
use super::legend::LegendEntry;
use super::pie::{PieView, pie_ui};
use crate::app::command::Command;
use crate::app::theme;
use crate::chart::{PieChart, geometry};
use crate::recipe::{Ingredient, Unit, human_amount};

/// Draws the chart; returns the ingredient under the pointer.
pub fn chart_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> Option<usize> {
    let recipe = &view.doc.recipe;
    let chart = PieChart::from_recipe(recipe, view.settings.decimals);
    let slices = geometry::slices(&chart.items);
    ui.vertical_centered(|ui| {
        let title = if recipe.title.trim().is_empty() {
            "Untitled recipe"
        } else {
            &recipe.title
        };
        ui.heading(RichText::new(title).strong());
    });
    if slices.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(
                RichText::new(problem(recipe).unwrap_or_default())
                    .size(theme::HEADING_PT * 0.8)
                    .weak(),
            );
        });
        return None;
    }
    let tooltips: Vec<String> = recipe
        .ingredients
        .iter()
        .zip(&chart.items)
        .map(|(ing, item)| tooltip(ing, &item.percent_label))
        .collect();
    let available = ui.available_size();
    let side_by_side = available.x > available.y * 1.25;
    let legend_width = if side_by_side {
        (available.x * 0.36).clamp(220.0, 380.0)
    } else {
        available.x.min(900.0)
    };
    let row_h =
        ui.spacing().interact_size.y.max(theme::BODY_PT * 1.5) + ui.spacing().item_spacing.y;
    let n = chart.items.len();
    // Below the pie, a long legend flows into two columns.
    let columns = if !side_by_side && n > 6 && legend_width >= 460.0 {
        2
    } else {
        1
    };
    let rows_per_column = n.div_ceil(columns);
    let pie_size = if side_by_side {
        egui::vec2(available.x - legend_width - 16.0, available.y)
    } else {
        let legend_h = (rows_per_column as f32 * row_h).min(available.y * 0.45);
        egui::vec2(available.x, (available.y - legend_h - 8.0).max(120.0))
    };
    let layout = if side_by_side {
        Layout::left_to_right(Align::Center)
    } else {
        Layout::top_down(Align::Center)
    };
    let mut hovered = None;
    ui.with_layout(layout, |ui| {
        let view = PieView {
            slices: &slices,
            tooltips: &tooltips,
            selected: view.selected,
            hovered: view.hovered,
        };
        let pie = pie_ui(ui, &view, pie_size);
        hovered = pie.hovered;
        if let Some(clicked) = pie.clicked {
            out.push(Command::Select(clicked));
        }
        let column_width = legend_width / columns as f32;
        ui.allocate_ui_with_layout(
            egui::vec2(legend_width, ui.available_height()),
            Layout::top_down(Align::Min),
            |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("legend")
                    .show(ui, |ui| {
                        ui.horizontal_top(|ui| {
                            for column in 0..columns {
                                let first = column * rows_per_column;
                                let last = (first + rows_per_column).min(n);
                                ui.vertical(|ui| {
                                    for (i, item) in
                                        chart.items.iter().enumerate().take(last).skip(first)
                                    {
                                        let entry = LegendEntry {
                                            colour: item.colour,
                                            name: &item.name,
                                            percent: &item.percent_label,
                                            selected: view.selected == Some(i),
                                            highlighted: view.hovered == Some(i),
                                            width: column_width - 12.0,
                                        };
                                        let response = ui.add(entry);
                                        if response.clicked() {
                                            out.push(Command::Select(Some(i)));
                                        }
                                        if response.hovered() {
                                            hovered = Some(i);
                                        }
                                    }
                                });
                            }
                        });
                    });
            },
        );
    });
    hovered
}

/// The hover text of a slice or row.
fn tooltip(ing: &Ingredient, percent: &str) -> String {
    let amount = format!(
        "{} {}",
        human_amount(ing.amount),
        ing.unit.label_for(ing.amount)
    );
    let ml = match ing.amount_ml() {
        Some(ml) if ing.unit != Unit::Millilitre && ing.unit != Unit::Cc => {
            format!(" ({} ml)", human_amount(ml))
        }
        _ => String::new(),
    };
    let mut text = format!("{}\n{amount}{ml}\nShare: {percent}", ing.name);
    if !ing.note.is_empty() {
        text.push('\n');
        text.push_str(&ing.note);
    }
    text
}
