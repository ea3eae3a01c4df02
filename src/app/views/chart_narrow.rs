//! The editor's chart in a narrow window (zoomed in for a projector, or a
//! small window): the pie first, as large as the panel's visible height
//! and width allow, then the whole legend (names wrapped, never cut) and
//! the balance with the whole verdict, all in one scroll area. The pie
//! keeps the room it had unzoomed; what does not fit is scrolled to, never
//! clipped.

use egui::{RichText, Ui};

use super::chart::chart_title_ui;
use super::chart_model::{ChartModel, DRAW_ALL_ROWS, LegendShape};
use super::chart_table::chart_table_ui;
use super::pie::pie_ui;
use super::{AppView, UiState};
use crate::app::command::Command;
use crate::app::theme;

/// Below this window width (in points) the editor's chart is stacked and
/// scrolls: 1280×800 at 150 % is 853 points wide.
pub const NARROW_PT: f32 = 1000.0;

/// The editor's largest share of a narrow window: the chart keeps the
/// larger part (the table scrolls sideways).
pub const EDITOR_MAX_FRACTION: f32 = 0.42;

/// Whether the window is narrow enough for the stacked chart.
pub fn is_narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < NARROW_PT
}

/// Draws the stacked chart; returns the ingredient under the pointer.
pub fn narrow_chart_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    let visible_h = ui.available_height();
    let mut hovered = None;
    egui::ScrollArea::vertical()
        .id_salt("chart-narrow")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let top = ui.cursor().top();
            chart_title_ui(ui, view, out);
            if view.settings.chart_as_table {
                chart_table_ui(ui, view);
                return;
            }
            if view.derived.shares.is_none() {
                let problem = view.derived.problem.clone().unwrap_or_default();
                ui.label(RichText::new(problem).size(theme::HEADING_PT * 0.8).weak());
                return;
            }
            let model = ChartModel::new(view, state);
            let width = ui.available_width();
            // The pie fills what is left of the visible height under the
            // title, at most as tall as the panel is wide.
            let title_h = ui.cursor().top() - top;
            let height = (visible_h - title_h - 8.0).clamp(160.0, width.max(160.0));
            let pie = pie_ui(ui, &model.pie_view(), egui::vec2(width, height));
            hovered = model.pie_output(&pie, state);
            ui.add_space(8.0);
            let font = egui::TextStyle::Body.resolve(ui.style());
            let shape = LegendShape {
                columns: 1,
                rows: model.len(),
                column_width: width - 12.0,
                value_width: model.percent_width(ui, &font),
                wrap: true,
                others_named: false,
            };
            if let Some(h) = legend_ui(ui, &model, &shape, visible_h, state) {
                hovered = Some(h);
            }
            ui.separator();
            super::balance::balance_whole_ui(ui, view);
            ui.add_space(8.0);
        });
    hovered
}

/// The legend's rows straight in the chart's scroll area, so that scrolling
/// to a row (the keyboard, a screen reader) moves the one area; a legend
/// too long to draw whole scrolls in a box of its own, as tall as the view.
fn legend_ui(
    ui: &mut Ui,
    model: &ChartModel<'_>,
    shape: &LegendShape,
    visible_h: f32,
    state: &mut UiState,
) -> Option<usize> {
    let mut hovered = None;
    if shape.rows > DRAW_ALL_ROWS {
        let size = egui::vec2(ui.available_width(), visible_h.max(160.0));
        ui.allocate_ui(size, |ui| {
            hovered = model.legend_ui(ui, shape, "legend", state);
        });
        return hovered;
    }
    ui.spacing_mut().item_spacing.y = super::legend::ROW_GAP_PT;
    for k in 0..model.len() {
        if let Some(h) = model.legend_entry_ui(ui, k, shape, state) {
            hovered = Some(h);
        }
    }
    hovered
}
