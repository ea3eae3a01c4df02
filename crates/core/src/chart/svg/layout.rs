//! Where everything goes: the title, the largest pie that fits with its
//! outside labels, and the legend in as few columns as keep it readable.

use super::text::{fit_text, text_width_em};
use super::{Document, HALF_CAP_EM};
use crate::chart::geometry::{self, LABEL_BOX, LabelAlign, Slice};
use crate::chart::{ChartItem, ExportSize, PieChart};

/// Sizes at the reference image of 1200 × 800 px; they scale with the image.
const MARGIN_PX: f64 = 32.0;
const TITLE_PX: f64 = 52.0;
const LEGEND_PX: f64 = 26.0;
const SLICE_LABEL_PX: f64 = 28.0;

/// Legend row height as a multiple of its font size.
const ROW_HEIGHT_EM: f64 = 1.55;
/// Below this fraction of the full legend font, rows flow into more columns.
const MIN_LEGEND_FONT_FRACTION: f64 = 0.7;
/// Most legend columns; beyond that rows only shrink.
const MAX_LEGEND_COLUMNS: u32 = 3;
/// Share of the width (inside the margins) given to a one-column legend.
const LEGEND_WIDTH_FRACTION: f64 = 0.42;
/// Share of the width given to a legend of several columns.
const WIDE_LEGEND_WIDTH_FRACTION: f64 = 0.5;
/// Line height of a slice label, as a multiple of its font size.
const LABEL_LINE_EM: f64 = 1.25;
/// Ascent of Ubuntu, to place the title's baseline below the margin.
const ASCENT_EM: f64 = 0.93;
/// The notes under the chart (the balance and the verdict).
const NOTE_PX: f64 = 24.0;
/// Line height of the notes, as a multiple of their font size.
const NOTE_LINE_EM: f64 = 1.35;

/// A rectangle `x, y, width, height` in SVG pixels (y down).
#[derive(Clone, Copy, Debug)]
pub(super) struct Rect {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) width: f64,
    pub(super) height: f64,
}

pub(super) struct Title {
    pub(super) text: String,
    pub(super) x: f64,
    pub(super) baseline: f64,
    pub(super) font_px: f64,
}

/// Lines of text under the pie and legend: the balance and the verdict.
pub(super) struct Notes {
    pub(super) lines: Vec<String>,
    pub(super) x: f64,
    /// The baseline of each line.
    pub(super) baselines: Vec<f64>,
    pub(super) font_px: f64,
}

pub(super) struct Pie {
    pub(super) cx: f64,
    pub(super) cy: f64,
    pub(super) radius: f64,
    /// Width taken by the pie and its outside labels.
    pub(super) width: f64,
    pub(super) label_px: f64,
}

pub(super) struct Legend {
    pub(super) rows: Vec<LegendRow>,
    pub(super) font_px: f64,
    /// Width set aside at the right of the content area.
    pub(super) width: f64,
    /// Left edge of the swatches of the first column.
    pub(super) left: f64,
    /// Width from `left` to the right edge of the last percentage.
    pub(super) used_width: f64,
}

pub(super) struct LegendRow {
    pub(super) item_index: usize,
    pub(super) name: String,
    pub(super) percent: String,
    pub(super) swatch: Rect,
    pub(super) name_x: f64,
    pub(super) percent_x: f64,
    pub(super) baseline: f64,
}

impl<'a> Document<'a> {
    pub(super) fn new(chart: &'a PieChart, size: ExportSize, words: &super::Words) -> Self {
        let width = f64::from(size.width_px);
        let height = f64::from(size.height_px);
        let scale = (width / 1200.0).min(height / 800.0);
        let margin = MARGIN_PX * scale;
        let inner_width = width - 2.0 * margin;

        let title = fit_text(chart.title.trim(), inner_width, TITLE_PX * scale).map(|text| Title {
            text,
            x: width / 2.0,
            baseline: margin + TITLE_PX * scale * ASCENT_EM,
            font_px: TITLE_PX * scale,
        });
        let content_top = match &title {
            Some(t) => t.baseline + t.font_px * 0.75,
            None => margin,
        };
        // Notes take lines at the bottom, each cut to the width if need be.
        let note_px = NOTE_PX * scale;
        let note_lines: Vec<String> = words
            .notes
            .iter()
            .filter_map(|line| fit_text(line.trim(), inner_width, note_px))
            .collect();
        let notes_height = if note_lines.is_empty() {
            0.0
        } else {
            note_lines.len() as f64 * note_px * NOTE_LINE_EM + note_px * 0.5
        };
        let notes = (!note_lines.is_empty()).then(|| {
            let first = height - margin - notes_height + note_px * (0.5 + ASCENT_EM);
            Notes {
                baselines: (0..note_lines.len())
                    .map(|i| first + i as f64 * note_px * NOTE_LINE_EM)
                    .collect(),
                lines: note_lines,
                x: width / 2.0,
                font_px: note_px,
            }
        });
        let content = Rect {
            x: margin,
            y: content_top,
            width: inner_width,
            height: (height - margin - content_top - notes_height).max(1.0),
        };

        let (pie_area, mut legend) = if chart.items.is_empty() {
            (content, None)
        } else {
            let legend = Legend::new(&chart.items, content, scale);
            let gap = inner_width * 0.03;
            let pie_area = Rect {
                width: content.width - legend.width - gap,
                ..content
            };
            (pie_area, Some(legend))
        };

        let slices = geometry::slices(&chart.items);
        let mut pie = Pie::new(&slices, pie_area, scale);
        if let Some(legend) = &mut legend {
            // Centre pie and legend together when they leave room spare.
            let gap = inner_width * 0.03;
            let slack = content.width - (pie.width + gap + legend.used_width);
            if slack > 0.0 {
                let left = content.x + slack / 2.0;
                pie.cx = left + pie.width / 2.0;
                legend.shift_x(left + pie.width + gap - legend.left);
            }
        }
        Self {
            chart,
            width_px: size.width_px,
            height_px: size.height_px,
            scale,
            title,
            slices,
            pie,
            legend,
            notes,
            no_shares: words.no_shares.clone(),
            metadata: None,
        }
    }
}

impl Pie {
    /// The largest pie that fits `area` together with its outside labels.
    fn new(slices: &[Slice], area: Rect, scale: f64) -> Self {
        // Extents in units of the radius: the disc itself, plus the box of
        // every outside label (the label font is chosen to fit that box).
        let mut reach_x: f64 = 1.0;
        let mut reach_y: f64 = 1.0;
        for slice in slices
            .iter()
            .filter(|s| !s.label_inside && !s.label.is_empty())
        {
            let [x, y] = slice.label_pos;
            let [w, h] = LABEL_BOX;
            let (left, right) = match slice.label_align() {
                LabelAlign::Left => (x, x + w),
                LabelAlign::Centre => (x - w / 2.0, x + w / 2.0),
                LabelAlign::Right => (x - w, x),
            };
            reach_x = reach_x.max(left.abs()).max(right.abs());
            reach_y = reach_y.max(y.abs() + h / 2.0);
        }
        let radius = (area.width / 2.0 / reach_x)
            .min(area.height / 2.0 / reach_y)
            .max(1.0);

        let widest_label_em = slices
            .iter()
            .map(|s| text_width_em(&s.label))
            .fold(1.0, f64::max);
        let label_px = (SLICE_LABEL_PX * scale)
            .min(radius * LABEL_BOX[0] / widest_label_em)
            .min(radius * LABEL_BOX[1] / LABEL_LINE_EM);
        Self {
            cx: area.x + area.width / 2.0,
            cy: area.y + area.height / 2.0,
            radius,
            width: 2.0 * radius * reach_x,
            label_px,
        }
    }

    /// Unit coordinates (y up) to SVG pixels (y down).
    pub(super) fn to_px(&self, point: [f64; 2]) -> [f64; 2] {
        let [x, y] = point;
        [self.cx + x * self.radius, self.cy - y * self.radius]
    }
}

impl Legend {
    /// Rows in input order, in as few columns as keep the font readable,
    /// placed at the right of `content`.
    fn new(items: &[ChartItem], content: Rect, scale: f64) -> Self {
        let full_px = LEGEND_PX * scale;
        let area_height = content.height;
        let count = u32::try_from(items.len()).unwrap_or(u32::MAX);
        let font_for = |columns: u32| {
            let rows = count.div_ceil(columns).max(1);
            full_px.min(area_height / (f64::from(rows) * ROW_HEIGHT_EM))
        };
        let columns = (1..=MAX_LEGEND_COLUMNS)
            .find(|c| font_for(*c) >= full_px * MIN_LEGEND_FONT_FRACTION)
            .unwrap_or(MAX_LEGEND_COLUMNS);
        let font_px = font_for(columns);
        let fraction = if columns == 1 {
            LEGEND_WIDTH_FRACTION
        } else {
            WIDE_LEGEND_WIDTH_FRACTION
        };
        let width = content.width * fraction;
        let area = Rect {
            x: content.x + content.width - width,
            width,
            ..content
        };
        let rows_per_column = count.div_ceil(columns).max(1);
        let row_height = font_px * ROW_HEIGHT_EM;

        let column_gap = font_px * 1.2;
        let column_width = (area.width - column_gap * f64::from(columns - 1)) / f64::from(columns);
        let swatch_size = font_px * 0.9;
        let name_offset = swatch_size + font_px * 0.5;
        let percent_room = column_width * 0.4;
        let percents: Vec<String> = items
            .iter()
            .map(|i| fit_text(i.percent_label.trim(), percent_room, font_px).unwrap_or_default())
            .collect();
        let percent_width = percents
            .iter()
            .map(|p| text_width_em(p) * font_px)
            .fold(0.0, f64::max);
        let name_room = column_width - name_offset - percent_width - font_px * 0.6;

        let names: Vec<String> = items
            .iter()
            .map(|i| fit_text(i.name.trim(), name_room, font_px).unwrap_or_default())
            .collect();
        let widest_name = names
            .iter()
            .map(|n| text_width_em(n) * font_px)
            .fold(0.0, f64::max);
        // Percentages line up right after the longest name, not at the far
        // edge, so the eye need not travel across empty space.
        let percent_offset =
            (name_offset + widest_name + font_px + percent_width).min(column_width);

        let used_rows = rows_per_column.min(count);
        let used_columns = count.div_ceil(rows_per_column).max(1);
        let used_width = f64::from(used_columns - 1) * (column_width + column_gap) + percent_offset;
        let top = area.y + (area.height - f64::from(used_rows) * row_height) / 2.0;
        let rows = names
            .into_iter()
            .zip(percents)
            .enumerate()
            .zip(0_u32..)
            .map(|((item_index, (name, percent)), n)| {
                let column = n / rows_per_column;
                let row = n % rows_per_column;
                let x = area.x + f64::from(column) * (column_width + column_gap);
                let row_top = top + f64::from(row) * row_height;
                let centre_y = row_top + row_height / 2.0;
                LegendRow {
                    item_index,
                    name,
                    percent,
                    swatch: Rect {
                        x,
                        y: centre_y - swatch_size / 2.0,
                        width: swatch_size,
                        height: swatch_size,
                    },
                    name_x: x + name_offset,
                    percent_x: x + percent_offset,
                    baseline: centre_y + HALF_CAP_EM * font_px,
                }
            })
            .collect();
        Self {
            rows,
            font_px,
            width,
            left: area.x,
            used_width,
        }
    }

    /// Moves every row right by `dx`.
    fn shift_x(&mut self, dx: f64) {
        self.left += dx;
        for row in &mut self.rows {
            row.swatch.x += dx;
            row.name_x += dx;
            row.percent_x += dx;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{item, parse};
    use super::*;

    #[test]
    fn forty_items_all_listed_in_columns() {
        let items: Vec<ChartItem> = (0..40)
            .map(|i| item(i, &format!("Item {i}"), 0.025))
            .collect();
        let chart = PieChart {
            title: "Many".to_owned(),
            items,
            source: None,
        };
        let size = ExportSize::default();
        let doc = Document::new(&chart, size, &crate::chart::svg::Words::default());
        let legend = doc.legend.as_ref().unwrap();
        assert_eq!(legend.rows.len(), 40);
        assert!(legend.font_px >= LEGEND_PX * MIN_LEGEND_FONT_FRACTION * doc.scale);
        let xs: Vec<f64> = legend.rows.iter().map(|r| r.swatch.x).collect();
        assert!(
            xs.iter().any(|x| (x - xs[0]).abs() > 1.0),
            "more than one column"
        );
        for row in &legend.rows {
            assert!(row.swatch.y >= 0.0 && row.baseline <= f64::from(size.height_px));
            assert!(row.percent_x <= f64::from(size.width_px));
            assert_eq!(row.name, format!("Item {}", row.item_index));
        }
        let svg = doc.to_string();
        for i in 0..40 {
            assert!(svg.contains(&format!(">Item {i}</text>")));
        }
        parse(&svg);
    }
}
