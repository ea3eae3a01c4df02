//! The chart as the window draws it, shared by the editor's chart panel and
//! presentation mode: the derived chart (`derived::chart`) with this
//! frame's selection and hover, so that selecting and hovering work the
//! same on rows, slices and legend entries.

use egui::Ui;

use super::a11y::named;
use super::legend::LegendEntry;
use super::pie::{PieOutput, PieView};
use super::{AppView, UiState};
use crate::app::derived::chart::ChartData;
use crate::chart::geometry::Slice;

/// Up to this many legend rows are all drawn; a longer legend draws only
/// the rows in view.
const DRAW_ALL_ROWS: usize = 60;

/// The chart of the open recipe, with its links to the ingredients.
pub struct ChartModel<'a> {
    /// What is drawn, and which ingredients each item stands for.
    pub data: &'a ChartData,
    /// The item that shows the selected ingredient.
    pub selected: Option<usize>,
    /// The item that shows the hovered ingredient.
    pub hovered: Option<usize>,
}

impl<'a> ChartModel<'a> {
    /// The chart of the recipe in `view`, as derived.
    pub fn new(view: &AppView<'a>, state: &UiState) -> Self {
        let data = &view.derived.chart;
        Self {
            selected: data.item_of(state.selected()),
            hovered: data.item_of(state.hovered()),
            data,
        }
    }

    /// How many items the chart has.
    pub fn len(&self) -> usize {
        self.data.grouped.chart.items.len()
    }

    /// What the pie shows.
    pub fn pie_view<'b>(&'b self, slices: &'b [Slice]) -> PieView<'b> {
        PieView {
            slices,
            tooltips: &self.data.tooltips,
            selected: self.selected,
            hovered: self.hovered,
            name: &self.data.pie_name,
        }
    }

    /// The ingredient a click on item `k` selects: its own, or the first
    /// that "Other" holds.
    fn selects(&self, k: usize) -> Option<usize> {
        self.data
            .grouped
            .members
            .get(k)
            .and_then(|m| m.first().copied())
    }

    /// Applies the pie's clicks; returns the hovered ingredient.
    pub fn pie_output(&self, pie: &PieOutput, state: &mut UiState) -> Option<usize> {
        if let Some(clicked) = pie.clicked {
            state.select(clicked.and_then(|k| self.selects(k)));
        }
        pie.hovered.and_then(|k| self.data.grouped.source_of(k))
    }

    /// One legend row for item `k`; returns the hovered ingredient. "Other"
    /// names what it holds in its hover text and accessible label.
    pub fn legend_entry_ui(
        &self,
        ui: &mut Ui,
        k: usize,
        width: f32,
        state: &mut UiState,
    ) -> Option<usize> {
        let item = self.data.grouped.chart.items.get(k)?;
        let entry = LegendEntry {
            colour: item.colour,
            name: &item.name,
            percent: &item.percent_label,
            selected: self.selected == Some(k),
            highlighted: self.hovered == Some(k),
            width,
        };
        let mut response = ui.add(entry);
        if self.data.grouped.source_of(k).is_none()
            && let Some(text) = self.data.tooltips.get(k)
        {
            let label = format!("{}, {}: {}", item.name, item.percent_label, text);
            response = named(response, &label).on_hover_text(text.as_str());
        }
        if response.clicked() {
            state.select(self.selects(k));
        }
        if response.hovered() {
            return self.data.grouped.source_of(k);
        }
        None
    }

    /// The legend in `columns` columns of `rows` rows each, in a scroll
    /// area that draws only the rows in view; returns the hovered
    /// ingredient.
    pub fn legend_ui(
        &self,
        ui: &mut Ui,
        (columns, rows): (usize, usize),
        width: f32,
        id_salt: &str,
        state: &mut UiState,
    ) -> Option<usize> {
        let n = self.len();
        let font = egui::TextStyle::Body.resolve(ui.style());
        let entry_h = ui.spacing().interact_size.y.max(font.size * 1.5);
        let column_width = width / columns as f32 - 12.0;
        let mut hovered = None;
        let mut rows_ui = |ui: &mut Ui, range: std::ops::Range<usize>| {
            for row in range {
                ui.horizontal(|ui| {
                    for column in 0..columns {
                        let k = column * rows + row;
                        if k >= n {
                            break;
                        }
                        if let Some(h) = self.legend_entry_ui(ui, k, column_width, state) {
                            hovered = Some(h);
                        }
                    }
                });
            }
        };
        let area = egui::ScrollArea::vertical().id_salt(id_salt);
        if rows <= DRAW_ALL_ROWS {
            // A legend that fits a few screens is drawn whole: every entry
            // stays in the accessibility tree.
            area.show(ui, |ui| rows_ui(ui, 0..rows));
        } else {
            area.show_rows(ui, entry_h, rows, rows_ui);
        }
        hovered
    }
}
