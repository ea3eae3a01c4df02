//! How the projected compare screen is arranged: where the pies and the
//! legend go, how many columns the legend takes and which figures it
//! carries — whatever gives the pies the largest radius with every name
//! whole. Worked out once per comparison, space and font.

use egui::{FontId, Ui, Vec2};

use super::legend;
use super::pie_layout::{self, LayoutStyle};
use super::projected::MARGIN_PT;
use crate::app::derived::workshop::CompareView;
use crate::i18n::{Lang, tr};
/// The space between the legend's columns, in points.
pub const COLUMN_GAP_PT: f32 = 16.0;

/// How the legend is laid out.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub columns: usize,
    pub rows: usize,
    pub column_width: f32,
    /// A's, B's and the change's widths; A and B are 0 when left out.
    pub widths: [f32; 3],
    pub height: f32,
    /// Where the pies and the legend go.
    pub arrangement: Arrangement,
    /// The pies' common radius in this arrangement, in points (0 where
    /// they get no room).
    pub radius: f32,
}

/// Where the pies and the legend go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrangement {
    /// The pies side by side, the legend under them.
    Below,
    /// The pies side by side, the legend on their right.
    Beside,
    /// The pies one above the other, the legend on their right.
    BesideStacked,
}

impl Arrangement {
    pub fn legend_right(self) -> bool {
        self != Self::Below
    }

    /// One pie's space (its heading's height taken off) when the pies
    /// share `area`.
    pub fn pie_space(self, area: Vec2, gap: f32, heading_h: f32) -> Vec2 {
        match self {
            Self::Below | Self::Beside => egui::vec2((area.x - gap) / 2.0, area.y - heading_h),
            Self::BesideStacked => egui::vec2(area.x, (area.y - gap / 2.0) / 2.0 - heading_h),
        }
    }
}

impl Shape {
    pub fn width(&self) -> f32 {
        self.column_width * self.columns as f32 + COLUMN_GAP_PT * (self.columns as f32 - 1.0)
    }
}

impl Shape {
    pub fn full(&self) -> bool {
        self.widths[0] > 0.0
    }

    pub fn value_widths(&self) -> Vec<f32> {
        if self.full() {
            self.widths.to_vec()
        } else {
            vec![self.widths[2]]
        }
    }
}

/// A pie's heading with the space under it.
pub fn heading_height(font: &FontId, spacing: f32) -> f32 {
    font.size * 1.4 + spacing
}

/// What lies between the pies and the legend under them: the gap and the
/// spacing egui puts after each part.
pub fn below_pies(gap: f32, spacing: f32) -> f32 {
    gap / 2.0 + 3.0 * spacing
}

/// The legend's shape, worked out once per comparison, space and font.
pub fn cached_shape(
    ui: &Ui,
    shown: &CompareView,
    font: &FontId,
    available: Vec2,
    lang: Lang,
) -> Shape {
    let id = egui::Id::unique("compare-projected-shape");
    let key = (
        shown.pies[0].generation,
        shown.pies[1].generation,
        available,
        font.size.to_bits(),
    );
    if let Some((k, shape)) = ui.data(|d| d.get_temp::<((u64, u64, Vec2, u32), Shape)>(id))
        && k == key
    {
        return shape;
    }
    let shape = fit(ui, shown, font, available, lang);
    ui.data_mut(|d| d.insert_temp(id, (key, shape)));
    shape
}

/// The arrangement that gives the pies the largest radius with the legend
/// whole: the legend under the pies (one to four columns) or beside them
/// (one to three), with A, B and the change or the change alone; a name
/// never breaks inside a word.
fn fit(ui: &Ui, shown: &CompareView, font: &FontId, available: Vec2, lang: Lang) -> Shape {
    let Measures {
        widths,
        widest_word,
        widest_name,
    } = measures(ui, shown, font, lang);
    let lines = &shown.lines;
    let n = lines.len().max(1);
    let gap = f32::from(MARGIN_PT);
    let sizes = super::projected::sizes(ui.ctx());
    let style = LayoutStyle {
        label_pt: sizes.slice_label_pt,
        edge_pt: 3.0,
        named_labels: false,
        centred: true,
        max_radius: None,
    };
    let spacing = ui.spacing().item_spacing.y;
    let heading_h = heading_height(font, spacing);
    // The pies' common radius in a space `size` for both.
    let radius_in = |size: Vec2, arrangement: Arrangement| {
        let one = arrangement.pie_space(size, gap, heading_h);
        if one.x < font.size * 3.0 || one.y < font.size * 3.0 {
            return 0.0;
        }
        shown
            .pies
            .iter()
            .map(|pie| pie_layout::fit(ui, &pie.items, one, style).radius)
            .fold(f32::INFINITY, f32::min)
    };
    let mut best: Option<(f32, Shape)> = None;
    for full in [true, false] {
        let widths = if full { widths } else { [0.0, 0.0, widths[2]] };
        let values: Vec<f32> = if full {
            widths.to_vec()
        } else {
            vec![widths[2]]
        };
        for arrangement in [
            Arrangement::Below,
            Arrangement::Beside,
            Arrangement::BesideStacked,
        ] {
            let right = arrangement.legend_right();
            for columns in 1..=4_usize {
                let gaps = COLUMN_GAP_PT * (columns as f32 - 1.0);
                let natural = legend::row_width(font, widest_name, &values);
                let column_width = if right {
                    // Beside the pies: as wide as the longest name needs, at
                    // most 70 % of the width for the whole legend.
                    natural.min((available.x * 0.7 - gaps) / columns as f32)
                } else {
                    (available.x - gaps) / columns as f32
                };
                let name_w = legend::name_width(font, column_width, &values);
                if name_w < widest_word {
                    continue;
                }
                let (rows, height) = legend_height(ui, shown, font, name_w, columns);
                if height > available.y {
                    continue;
                }
                let legend_width = column_width * columns as f32 + gaps;
                let pies = if right {
                    egui::vec2(available.x - legend_width - gap, available.y)
                } else {
                    egui::vec2(available.x, available.y - height - below_pies(gap, spacing))
                };
                let radius = radius_in(pies, arrangement);
                let shape = Shape {
                    columns,
                    rows,
                    column_width,
                    widths,
                    height,
                    arrangement,
                    radius,
                };
                if best.is_none_or(|(r, _)| radius > r + 0.5) {
                    best = Some((radius, shape));
                }
            }
        }
    }
    let fallback = Shape {
        columns: 1,
        rows: n,
        column_width: available.x / 2.0,
        widths: [0.0, 0.0, widths[2]],
        height: available.y,
        arrangement: Arrangement::BesideStacked,
        radius: 0.0,
    };
    best.map_or(fallback, |(_, s)| s)
}

/// What the legend's layout is measured from: the figures' widths (A, B,
/// the change), the widest word of a name and the widest name.
struct Measures {
    widths: [f32; 3],
    widest_word: f32,
    widest_name: f32,
}

fn measures(ui: &Ui, shown: &CompareView, font: &FontId, lang: Lang) -> Measures {
    let painter = ui.painter();
    let width_of = |text: &str| {
        painter
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
    };
    let widest = |texts: &mut dyn Iterator<Item = &str>| texts.map(width_of).fold(0.0, f32::max);
    let lines = &shown.lines;
    Measures {
        widths: [
            widest(&mut lines.iter().map(|l| l.a.as_str()).chain(["A"])),
            widest(&mut lines.iter().map(|l| l.b.as_str()).chain(["B"])),
            widest(&mut lines.iter().map(|l| l.change.as_str()))
                .max(width_of(&tr(lang, "compare-change"))),
        ],
        widest_word: widest(&mut lines.iter().flat_map(|l| l.name.split_whitespace())),
        widest_name: widest(&mut lines.iter().map(|l| l.name.as_str())),
    }
}

/// The legend's rows per column and its height (the header's line
/// included) in `columns` columns whose names are `name_w` wide.
fn legend_height(
    ui: &Ui,
    shown: &CompareView,
    font: &FontId,
    name_w: f32,
    columns: usize,
) -> (usize, f32) {
    let rows = shown.lines.len().max(1).div_ceil(columns.max(1));
    let height = (0..columns)
        .map(|c| {
            shown
                .lines
                .iter()
                .skip(c * rows)
                .take(rows)
                .map(|l| legend::row_height(ui, &l.name, font, name_w, true) + legend::ROW_GAP_PT)
                .sum::<f32>()
        })
        .fold(0.0, f32::max)
        + legend::one_line(font);
    (rows, height)
}

/// The changes of a compare shown a page at a time: every ingredient
/// with A, B and the change, `shape.rows` to a column and
/// `shape.columns` columns to a page, over `pages` pages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Table {
    pub shape: Shape,
    pub pages: usize,
}

/// The changes' table for `available`: the fewest pages (then the fewest
/// columns, one to four) with every name whole, each column no wider than
/// its longest row needs; worked out once per comparison, space and font.
pub fn cached_table(
    ui: &Ui,
    shown: &CompareView,
    font: &FontId,
    available: Vec2,
    lang: Lang,
) -> Table {
    let id = egui::Id::unique("compare-projected-table");
    let key = (
        shown.pies[0].generation,
        shown.pies[1].generation,
        available,
        font.size.to_bits(),
    );
    if let Some((k, table)) = ui.data(|d| d.get_temp::<((u64, u64, Vec2, u32), Table)>(id))
        && k == key
    {
        return table;
    }
    let table = table(ui, shown, font, available, lang);
    ui.data_mut(|d| d.insert_temp(id, (key, table)));
    table
}

fn table(ui: &Ui, shown: &CompareView, font: &FontId, available: Vec2, lang: Lang) -> Table {
    let m = measures(ui, shown, font, lang);
    let natural = legend::row_width(font, m.widest_name, &m.widths);
    let n = shown.lines.len().max(1);
    // Under the columns' header.
    let room = available.y - legend::one_line(font);
    let mut best: Option<Table> = None;
    for columns in 1..=4_usize {
        let gaps = COLUMN_GAP_PT * (columns as f32 - 1.0);
        let column_width = natural.min((available.x - gaps) / columns as f32);
        let name_w = legend::name_width(font, column_width, &m.widths);
        if name_w < m.widest_word && columns > 1 {
            break;
        }
        let heights: Vec<f32> = shown
            .lines
            .iter()
            .map(|l| legend::row_height(ui, &l.name, font, name_w, true) + legend::ROW_GAP_PT)
            .collect();
        let rows = rows_per_column(&heights, room);
        let tallest = heights
            .chunks(rows)
            .map(|c| c.iter().sum::<f32>())
            .fold(0.0, f32::max);
        let table = Table {
            shape: Shape {
                columns,
                rows,
                column_width,
                widths: m.widths,
                height: tallest + legend::one_line(font),
                arrangement: Arrangement::Below,
                radius: 0.0,
            },
            pages: n.div_ceil(rows * columns),
        };
        if best.is_none_or(|b| table.pages < b.pages) {
            best = Some(table);
        }
    }
    best.unwrap_or(Table {
        shape: Shape {
            columns: 1,
            rows: n,
            column_width: available.x,
            widths: m.widths,
            height: available.y,
            arrangement: Arrangement::Below,
            radius: 0.0,
        },
        pages: 1,
    })
}

/// The most rows a column can hold: every run of that many rows (from the
/// first, as the columns take them) fits `room`; at least one.
fn rows_per_column(heights: &[f32], room: f32) -> usize {
    (1..=heights.len())
        .rev()
        .find(|&r| heights.chunks(r).all(|c| c.iter().sum::<f32>() <= room))
        .unwrap_or(1)
}
