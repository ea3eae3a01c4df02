//! The chart panel: the recipe's title over the live pie and its legend,
//! side by side on a wide panel, the legend below (in two columns when long)
//! on a tall one. The legend takes a fixed share of the panel and scrolls,
//! so zooming in grows the text without shrinking the pie's share. A button
//! shows the chart as a table instead: its text alternative.

use egui::{Align, Layout, RichText, Ui};

use super::chart_model::{ChartModel, LegendShape};
use super::chart_table::chart_table_ui;
use super::pie::pie_ui;
use super::{AppView, UiState};
use crate::app::command::{Command, ViewCommand};
use crate::app::theme;
use crate::app::words::title_or_untitled;
use crate::i18n::tr;

/// The legend's share of the panel's width beside the pie.
const LEGEND_WIDTH_FRACTION: f32 = 0.36;
/// The legend's largest share of the panel's height below the pie.
const LEGEND_HEIGHT_FRACTION: f32 = 0.33;

/// Draws the chart; returns the ingredient under the pointer.
pub fn chart_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    let as_table = view.settings.chart_as_table;
    chart_title_ui(ui, view, out);
    if as_table {
        chart_table_ui(ui, view);
        return None;
    }
    let model = ChartModel::new(view, state);
    let n = model.len();
    if view.derived.shares.is_none() {
        ui.centered_and_justified(|ui| {
            ui.label(
                RichText::new(view.derived.problem.clone().unwrap_or_default())
                    .size(theme::HEADING_PT * 0.8)
                    .weak(),
            );
        });
        return None;
    }
    let available = ui.available_size();
    let side_by_side = available.x > available.y * 1.25;
    let legend_width = if side_by_side {
        available.x * LEGEND_WIDTH_FRACTION
    } else {
        available.x
    };
    let row_h = super::legend::one_line(&egui::TextStyle::Body.resolve(ui.style()))
        + super::legend::ROW_GAP_PT;
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
        // Zoomed in, the legend keeps the height it had unzoomed and
        // scrolls: the larger text is the point, the pie keeps its room.
        let zoom = ui.ctx().zoom_factor().max(1.0);
        let legend_h =
            (rows_per_column as f32 * row_h / zoom).min(available.y * LEGEND_HEIGHT_FRACTION);
        egui::vec2(available.x, (available.y - legend_h - 8.0).max(120.0))
    };
    let layout = if side_by_side {
        Layout::left_to_right(Align::Center)
    } else {
        Layout::top_down(Align::Center)
    };
    let mut hovered = None;
    ui.with_layout(layout, |ui| {
        let pie = pie_ui(ui, &model.pie_view(), pie_size);
        hovered = model.pie_output(&pie, state);
        ui.allocate_ui_with_layout(
            egui::vec2(legend_width, ui.available_height()),
            Layout::top_down(Align::Min),
            |ui| {
                let font = egui::TextStyle::Body.resolve(ui.style());
                let shape = LegendShape {
                    columns,
                    rows: rows_per_column,
                    column_width: legend_width / columns as f32 - 12.0,
                    value_width: model.percent_width(ui, &font),
                    // A long name wraps onto the room below (the legend's
                    // width is fixed, so the pie keeps its size; the legend
                    // scrolls where it grows past the panel).
                    wrap: true,
                    others_named: false,
                };
                if let Some(h) = model.legend_ui(ui, &shape, "legend", state) {
                    hovered = Some(h);
                }
            },
        );
    });
    hovered
}

/// The chart's title with the button that shows it as a table: a long
/// title (or a narrow, zoomed panel) wraps beside the button, never under it.
pub fn chart_title_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let title = title_or_untitled(lang, &view.recipe.title);
    let as_table = view.settings.chart_as_table;
    egui::Sides::new().shrink_left().wrap().show(
        ui,
        |ui| {
            ui.heading(RichText::new(title).strong());
        },
        |ui| {
            let (label, hint) = if as_table {
                ("chart-show-chart", "chart-show-chart-hint")
            } else {
                ("chart-show-table", "chart-show-table-hint")
            };
            if ui
                .button(tr(lang, label))
                .on_hover_text(tr(lang, hint))
                .clicked()
            {
                out.push(Command::View(ViewCommand::ToggleChartTable));
            }
        },
    );
}
