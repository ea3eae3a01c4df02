//! How presentation mode shares the screen between the pie and its legend:
//! the pie as large as the height allows, the legend beside it in as few
//! columns as keep every row on screen, each name whole (wrapped onto a
//! second line where it must). When the legend does not fit beside a pie
//! that large, the pie gives up width, step by step, until it does; what
//! the legend does not need goes back to the pie (whose outside labels may
//! then carry names). Worked out once per chart and screen size.

use egui::{FontId, Ui, Vec2};

use super::chart_model::{ChartModel, LegendShape};
use super::legend;
use super::pie::{PieStyle, PieView, pie_layout};

/// The most legend rows fitted one by one; a longer legend scrolls, one
/// line a row.
const FIT_ROWS: usize = 60;

/// The space between the legend's columns, in points.
pub const COLUMN_GAP_PT: f32 = 16.0;

/// The widest share of the width the pie takes at first.
const PIE_MAX_FRACTION: f32 = 0.62;

/// The shares of the width the pie is tried at when the legend needs more.
const PIE_STEPS: [f32; 7] = [0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25];

/// The pie's space and the legend's shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PresentLayout {
    /// The pie's space (its labels inside it).
    pub pie_size: Vec2,
    /// The legend's shape.
    pub legend: LegendShape,
    /// The legend's width, in points.
    pub legend_width: f32,
    /// The legend's height, in points (at most the space's).
    pub legend_height: f32,
}

/// The layout of `model` in `available`, the legend in `font`, kept in
/// egui's memory until the chart, the space or the font change.
pub fn present_layout(
    ui: &Ui,
    model: &ChartModel<'_>,
    pie: &PieView<'_>,
    style: PieStyle,
    available: Vec2,
    gap: f32,
) -> PresentLayout {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let id = egui::Id::unique("present-layout");
    let key = (model.data.generation, available, font.size.to_bits());
    if let Some((k, layout)) = ui.data(|d| d.get_temp::<((u64, Vec2, u32), PresentLayout)>(id))
        && k == key
    {
        return layout;
    }
    let layout = fit(ui, model, pie, style, available, gap, &font);
    ui.data_mut(|d| d.insert_temp(id, (key, layout)));
    layout
}

fn fit(
    ui: &Ui,
    model: &ChartModel<'_>,
    pie: &PieView<'_>,
    style: PieStyle,
    available: Vec2,
    gap: f32,
    font: &FontId,
) -> PresentLayout {
    let n = model.len();
    let value_width = model.percent_width(ui, font);
    let shape = |columns: usize, rows: usize, column_width: f32, wrap: bool| LegendShape {
        columns,
        rows,
        column_width,
        value_width,
        wrap,
        others_named: true,
    };
    let names: Vec<String> = (0..n).filter_map(|k| model.legend_name(k, true)).collect();
    let (w, h) = (available.x, available.y);
    if n > FIT_ROWS {
        let legend_width = w * 0.4;
        return PresentLayout {
            pie_size: egui::vec2(w - legend_width - gap, h),
            legend: shape(1, n, legend_width, false),
            legend_width,
            legend_height: h,
        };
    }
    // The row as wide as its longest name needs, on one line.
    let widest_name = names
        .iter()
        .map(|name| {
            ui.painter()
                .layout_no_wrap(name.clone(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let natural_row = legend::row_width(font, widest_name, &[value_width]);
    // A name may wrap between words, never inside one.
    let widest_word = names
        .iter()
        .flat_map(|name| name.split_whitespace())
        .map(|word| {
            ui.painter()
                .layout_no_wrap(word.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let row_gap = legend::ROW_GAP_PT;
    let pie_need = pie_layout(ui, pie, egui::vec2(w * PIE_MAX_FRACTION, h), style)
        .bounds
        .width();
    let candidates = std::iter::once(pie_need)
        .chain(PIE_STEPS.iter().map(|f| f * w).filter(|pw| *pw < pie_need));
    // The legend's height in `columns` columns `column_w` wide, if no name
    // would break inside a word.
    let height_of = |columns: usize, column_w: f32| -> Option<f32> {
        let rows = n.div_ceil(columns);
        let name_w = legend::name_width(font, column_w, &[value_width]);
        if name_w < widest_word {
            return None;
        }
        let height = (0..columns)
            .map(|c| {
                names
                    .iter()
                    .skip(c * rows)
                    .take(rows)
                    .map(|name| legend::row_height(ui, name, font, name_w, true) + row_gap)
                    .sum::<f32>()
                    - row_gap
            })
            .fold(0.0, f32::max);
        Some(height)
    };
    let layout_of = |columns: usize, column_w: f32, height: f32| {
        let gaps = COLUMN_GAP_PT * (columns as f32 - 1.0);
        let legend_width = column_w * columns as f32 + gaps;
        PresentLayout {
            pie_size: egui::vec2(w - legend_width - gap, h),
            legend: shape(columns, n.div_ceil(columns), column_w, true),
            legend_width,
            legend_height: height.min(h),
        }
    };
    let mut last = None;
    for pie_w in candidates {
        let space = w - pie_w - gap;
        for columns in 1..=3_usize {
            let gaps = COLUMN_GAP_PT * (columns as f32 - 1.0);
            let column_w = ((space - gaps) / columns as f32).min(natural_row);
            let Some(height) = height_of(columns, column_w) else {
                break;
            };
            if height > h {
                last = Some(layout_of(columns, column_w, height));
                continue;
            }
            // It fits: as narrow as still fits, the rest to the pie — but no
            // narrower than the pie leaves when it has all the height.
            let least = (w - pie_need - gap - gaps) / columns as f32;
            let (mut narrow, mut wide) = (least.max(font.size * 4.0).min(column_w), column_w);
            let mut best = (column_w, height);
            for _ in 0..10 {
                let mid = 0.5 * (narrow + wide);
                match height_of(columns, mid) {
                    Some(height) if height <= h => {
                        best = (mid, height);
                        wide = mid;
                    }
                    _ => narrow = mid,
                }
            }
            return layout_of(columns, best.0, best.1);
        }
    }
    last.unwrap_or(PresentLayout {
        pie_size: egui::vec2(w * 0.5, h),
        legend: shape(1, n, w * 0.5 - gap, true),
        legend_width: w * 0.5 - gap,
        legend_height: h,
    })
}
