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

/// Up to this many legend rows are all drawn; a longer legend draws only
/// the rows in view.
pub const DRAW_ALL_ROWS: usize = 60;

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
    pub fn pie_view(&self) -> PieView<'_> {
        PieView {
            items: &self.data.grouped.chart.items,
            generation: self.data.generation,
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

    /// The widest percentage of the legend in `font`, measured once per
    /// chart and kept in egui's memory.
    pub fn percent_width(&self, ui: &Ui, font: &egui::FontId) -> f32 {
        let id = egui::Id::unique("legend-percent-width");
        let key = (self.data.generation, font.size.to_bits());
        if let Some((k, w)) = ui.data(|d| d.get_temp::<((u64, u32), f32)>(id))
            && k == key
        {
            return w;
        }
        let painter = ui.painter();
        let w = self
            .data
            .grouped
            .chart
            .items
            .iter()
            .map(|i| {
                painter
                    .layout_no_wrap(
                        i.percent_label.clone(),
                        font.clone(),
                        egui::Color32::PLACEHOLDER,
                    )
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        ui.data_mut(|d| d.insert_temp(id, (key, w)));
        w
    }

    /// The name item `k` has in the legend: where `others_named` (a
    /// projected screen), "Other" says what it holds and a locked
    /// ingredient says so.
    pub fn legend_name(&self, k: usize, others_named: bool) -> Option<String> {
        let item = self.data.grouped.chart.items.get(k)?;
        if others_named
            && self.data.grouped.source_of(k).is_none()
            && !self.data.other_names.is_empty()
        {
            return Some(format!(
                "{}: {}",
                item.name,
                self.data.other_names.join(", ")
            ));
        }
        if others_named && self.data.locked.get(k).copied().unwrap_or(false) {
            // Projected, a lock shows at once (L): the room sees which share
            // stays put.
            return Some(format!("{} · {}", item.name, self.data.locked_word));
        }
        Some(item.name.clone())
    }

    /// One legend row for item `k`; returns the hovered ingredient. "Other"
    /// names what it holds in its hover text and accessible label (and in
    /// its row, where `shape.others_named`).
    pub fn legend_entry_ui(
        &self,
        ui: &mut Ui,
        k: usize,
        shape: &LegendShape,
        state: &mut UiState,
    ) -> Option<usize> {
        let item = self.data.grouped.chart.items.get(k)?;
        let name = self.legend_name(k, shape.others_named)?;
        let values = [item.percent_label.as_str()];
        let entry = LegendEntry {
            colour: item.colour,
            name: &name,
            values: &values,
            value_widths: &[shape.value_width],
            selected: self.selected == Some(k),
            highlighted: self.hovered == Some(k),
            width: shape.column_width,
            wrap: shape.wrap,
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

    /// The legend in `shape.columns` columns of `shape.rows` rows each, in
    /// a scroll area (drawing only the rows in view past
    /// [`DRAW_ALL_ROWS`]); returns the hovered ingredient.
    pub fn legend_ui(
        &self,
        ui: &mut Ui,
        shape: &LegendShape,
        id_salt: &str,
        state: &mut UiState,
    ) -> Option<usize> {
        let n = self.len();
        let (columns, rows) = (shape.columns.max(1), shape.rows);
        let mut hovered = None;
        ui.spacing_mut().item_spacing.y = super::legend::ROW_GAP_PT;
        let area = egui::ScrollArea::vertical().id_salt(id_salt);
        if rows <= DRAW_ALL_ROWS {
            // A legend that fits a few screens is drawn whole, column by
            // column: every entry stays in the accessibility tree, in order.
            area.show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    for column in 0..columns {
                        let range = column * rows..((column + 1) * rows).min(n);
                        ui.vertical(|ui| {
                            for k in range {
                                if let Some(h) = self.legend_entry_ui(ui, k, shape, state) {
                                    hovered = Some(h);
                                }
                            }
                        });
                    }
                });
            });
        } else {
            let font = egui::TextStyle::Body.resolve(ui.style());
            let entry_h = super::legend::one_line(&font);
            let one_line = LegendShape {
                wrap: false,
                ..*shape
            };
            area.show_rows(ui, entry_h, rows, |ui, range| {
                for row in range {
                    ui.horizontal(|ui| {
                        for column in 0..columns {
                            let k = column * rows + row;
                            if k >= n {
                                break;
                            }
                            if let Some(h) = self.legend_entry_ui(ui, k, &one_line, state) {
                                hovered = Some(h);
                            }
                        }
                    });
                }
            });
        }
        hovered
    }
}

/// How the legend is laid out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegendShape {
    /// Columns side by side.
    pub columns: usize,
    /// Rows in each column (the last may have fewer).
    pub rows: usize,
    /// A column's width, in points.
    pub column_width: f32,
    /// The percentages' column, in points.
    pub value_width: f32,
    /// Names wrap onto more lines rather than being cut.
    pub wrap: bool,
    /// "Other" lists what it holds in its row.
    pub others_named: bool,
}
