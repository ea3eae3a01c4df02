//! The projected blend's legend (`blend_present`) and how it shares the
//! room with the pie: the legend's font, columns and width are chosen so
//! that the pie is as large as it can be while its labels keep the size
//! the chart's geometry spaces them for (`chart::geometry::LABEL_BOX`) and
//! the legend fits the height, every name whole (wrapped between words,
//! never cut). Where no legend naming every slice fits whole, the smallest
//! slices are grouped into "Other (N)" (`derived::blend_groups`): as few
//! as let it fit, or more where that gives the pie room for its labels
//! while "Other" stays no larger than the largest slice named. Worked out
//! once per step and size (kept in egui's memory).

use egui::{Align, Color32, FontId, Layout, Sense, Ui, vec2};

use super::legend::swatch_ui;
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::chart::ChartItem;
use crate::chart::geometry::LABEL_BOX;

/// A little more than a label's glyphs, so neighbours keep a hair apart.
pub const LABEL_INK_MARGIN: f32 = 1.08;
/// Between the pie and the legend.
pub const GAP_PT: f32 = 32.0;
/// The legend's swatch, the space beside it and around a row's text.
const PAD_PT: f32 = 10.0;

/// How the pie and the legend share the room.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plan {
    /// The legend's text size.
    pub font_pt: f32,
    /// Its columns.
    pub columns: usize,
    /// Its width, all columns.
    pub width: f32,
    /// The pie's labels' size.
    pub label_pt: f32,
    /// The widest label's ink, in points: where it is wider than the
    /// geometry's box at the pie's radius, the plot is widened for it.
    pub label_w: f32,
    /// The tallest label's ink, in points: outside labels are kept this
    /// far apart where the pie is too small for the geometry's box.
    pub label_h: f32,
}

/// How a plan ranks: whether the pie is large enough for its labels, the
/// legend's font, the pie's radius, fewer columns, a wider legend.
type Score = (bool, f32, f32, i64, f32);

/// The pie for this step and room (which of `BlendView::step_pies`: the
/// first, every slice, unless its legend cannot fit whole, then the first
/// with its smallest slices grouped whose legend does) and its plan,
/// worked out once and kept.
pub fn plan_cached(ui: &Ui, shown: &BlendView, room: egui::Vec2) -> (usize, Plan) {
    type Cached = (u64, [u32; 2], usize, Plan);
    let id = egui::Id::unique("blend-present-plan");
    let key = [room.x.to_bits(), room.y.to_bits()];
    if let Some((g, k, pie, plan)) = ui.data(|d| d.get_temp::<Cached>(id))
        && g == shown.generation
        && k == key
    {
        return (pie, plan);
    }
    // The first whose pie is large enough for its labels' box — so long
    // as "Other" (the last item of every pie after the first) is no larger
    // than the largest slice named: it must not stand for most of the pie
    // — else the first whose legend fits at all.
    let plans: Vec<(usize, (bool, Plan))> = shown
        .step_pies
        .iter()
        .enumerate()
        .filter_map(|(k, pie)| {
            let (roomy, plan) = plan(ui, &pie.items, pie.reach(), room)?;
            Some((k, (roomy && (k == 0 || other_is_minor(&pie.items)), plan)))
        })
        .collect();
    let roomy = plans.iter().find(|(_, (roomy, _))| *roomy);
    let fitting = roomy.or(plans.first()).map(|&(k, (_, p))| (k, p));
    let (pie, plan) = fitting.unwrap_or_else(|| {
        let last = shown.step_pies.len().saturating_sub(1);
        let items = shown
            .step_pies
            .get(last)
            .map_or(&shown.step_chart.items[..], |p| &p.items[..]);
        (last, fallback(ui, items, room))
    });
    ui.data_mut(|d| d.insert_temp::<Cached>(id, (shown.generation, key, pie, plan)));
    (pie, plan)
}

/// The plan for one pie of `items` (reaching `reach` past its radius) and
/// its legend in `room`: the best that fits, else the fallback's three
/// columns. The projected compare's pages use it.
pub fn plan_for(ui: &Ui, items: &[ChartItem], reach: [f32; 2], room: egui::Vec2) -> Plan {
    plan(ui, items, reach, room).map_or_else(|| fallback(ui, items, room), |(_, p)| p)
}

/// Whether the last item ("Other") is no larger than the largest before it.
fn other_is_minor(items: &[ChartItem]) -> bool {
    let Some((other, named)) = items.split_last() else {
        return true;
    };
    other.share <= named.iter().map(|i| i.share).fold(0.0, f64::max)
}

/// Where no plan fits (a room too small for any legend): three columns.
fn fallback(ui: &Ui, items: &[ChartItem], room: egui::Vec2) -> Plan {
    let font = FontId::proportional(theme::PRESENT_MIN_TEXT_PT);
    let label_w = items
        .iter()
        .map(|i| text_size(ui, &i.percent_label, &font, f32::INFINITY).x)
        .fold(0.0, f32::max);
    let label_h = items
        .iter()
        .map(|i| label_ink(ui, &i.percent_label, &font).y)
        .fold(0.0, f32::max);
    Plan {
        font_pt: theme::PRESENT_MIN_TEXT_PT,
        columns: 3,
        width: room.x * 0.6,
        label_pt: theme::PRESENT_MIN_TEXT_PT,
        label_w,
        label_h,
    }
}

/// The legend's font, columns and width that leave the pie the largest
/// radius while the legend fits the height; a radius at which the labels
/// fit their box first (`LABEL_BOX`), then the larger font. None where
/// no legend of these items fits the height with every word whole; with
/// it, whether the pie is large enough for its labels' box.
fn plan(ui: &Ui, items: &[ChartItem], reach: [f32; 2], room: egui::Vec2) -> Option<(bool, Plan)> {
    let sizes = theme::text_sizes(true);
    let label_pt = if items.len() > 8 {
        theme::PRESENT_MIN_TEXT_PT
    } else {
        sizes.slice_label_pt
    };
    // The radius the labels need: each fits the box the geometry keeps
    // free for it.
    let label_font = FontId::proportional(label_pt);
    let ink = items
        .iter()
        .map(|i| label_ink(ui, &i.percent_label, &label_font))
        .fold(egui::Vec2::ZERO, egui::Vec2::max);
    // The text's own width (its glyphs and their bearings), for the room
    // a label takes beside the pie.
    let label_w = items
        .iter()
        .map(|i| text_size(ui, &i.percent_label, &label_font, f32::INFINITY).x)
        .fold(0.0, f32::max);
    // Outside labels are stacked a box's height apart: at this radius the
    // glyphs of two neighbours never touch (a label wider than the box is
    // given room beside the pie instead: `Plan::label_w`).
    let needed_radius = ink.y * LABEL_INK_MARGIN / LABEL_BOX[1] as f32;
    // How far the pie reaches past its radius (with labels outside, room
    // for them), as the step's pie has it.
    let [reach_x, reach_y] = reach;
    let radius_for = |legend_w: f32| {
        let pie_w = (room.x - legend_w - GAP_PT).max(1.0);
        (pie_w / (2.0 * reach_x)).min(room.y / (2.0 * reach_y))
    };
    // As large a pie as the height allows is as large as it gets: past
    // that, fewer columns and a wider legend (fewer wrapped names) cost
    // nothing.
    let tallest = room.y / (2.0 * reach_y);
    let mut best: Option<(Score, Plan)> = None;
    for font_pt in [sizes.body_pt, theme::PRESENT_MIN_TEXT_PT] {
        let font = FontId::proportional(font_pt);
        let widest = items
            .iter()
            .map(|i| row_width(ui, i, &font))
            .fold(0.0, f32::max);
        // A name wraps between words, never inside one.
        let longest_word = items
            .iter()
            .flat_map(|i| i.name.split_whitespace())
            .map(|w| text_size(ui, w, &font, f32::INFINITY).x)
            .fold(0.0, f32::max);
        for columns in 1..=3_usize {
            // From the widest row unwrapped down a twentieth at a time,
            // while the legend fits the height (narrower only grows taller).
            for step in 0..=16 {
                let column_w = widest * (1.0 - 0.05 * step as f32);
                let width = column_w * columns as f32;
                let shortest_name = items
                    .iter()
                    .map(|i| name_width(ui, i, &font, column_w))
                    .fold(f32::INFINITY, f32::min);
                if width > room.x * 0.7 {
                    continue;
                }
                if shortest_name < longest_word
                    || legend_height(ui, items, &font, columns, column_w) > room.y
                {
                    break;
                }
                let radius = radius_for(width).min(tallest).floor();
                let candidate = Plan {
                    font_pt,
                    columns,
                    width,
                    label_pt,
                    label_w,
                    label_h: ink.y,
                };
                // Fewer columns read more easily, a wider legend wraps less.
                let fewer = -i64::try_from(columns).unwrap_or(i64::MAX);
                let score = (radius >= needed_radius, font_pt, radius, fewer, width);
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, candidate));
                }
            }
        }
    }
    best.map(|(score, plan)| (score.0, plan))
}

/// The size of what `text`'s glyphs cover in `font` (its ink, without the
/// line's leading): what a label needs on the pie.
fn label_ink(ui: &Ui, text: &str, font: &FontId) -> egui::Vec2 {
    ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), Color32::WHITE))
        .mesh_bounds
        .size()
}

/// The size of `text` laid out in `font`, wrapped at `wrap`.
fn text_size(ui: &Ui, text: &str, font: &FontId, wrap: f32) -> egui::Vec2 {
    ui.fonts_mut(|f| f.layout(text.to_owned(), font.clone(), Color32::WHITE, wrap))
        .size()
}

/// A legend row's width with its name on one line.
fn row_width(ui: &Ui, item: &ChartItem, font: &FontId) -> f32 {
    let name = text_size(ui, &item.name, font, f32::INFINITY).x;
    let percent = text_size(ui, &item.percent_label, font, f32::INFINITY).x;
    swatch_pt(font) + name + percent + 4.0 * PAD_PT
}

/// The swatch grows with the text.
fn swatch_pt(font: &FontId) -> f32 {
    theme::SWATCH_PT * font.size / theme::BODY_PT
}

/// How wide a row's name may be in a column `column_w` wide.
fn name_width(ui: &Ui, item: &ChartItem, font: &FontId, column_w: f32) -> f32 {
    let percent = text_size(ui, &item.percent_label, font, f32::INFINITY).x;
    (column_w - swatch_pt(font) - percent - 4.0 * PAD_PT).max(font.size * 3.0)
}

/// A legend row's height: its name wrapped to the column.
fn row_height(ui: &Ui, item: &ChartItem, font: &FontId, column_w: f32) -> f32 {
    let wrap = name_width(ui, item, font, column_w);
    text_size(ui, &item.name, font, wrap).y + PAD_PT
}

/// The items in each column: the first `rows` in the first, and so on.
fn column_ranges(n: usize, columns: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let rows = n.div_ceil(columns.max(1)).max(1);
    (0..columns).map(move |c| (c * rows).min(n)..((c + 1) * rows).min(n))
}

/// The legend's height: its tallest column.
fn legend_height(
    ui: &Ui,
    items: &[ChartItem],
    font: &FontId,
    columns: usize,
    column_w: f32,
) -> f32 {
    column_ranges(items.len(), columns)
        .map(|range| {
            items
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|i| row_height(ui, i, font, column_w))
                .sum::<f32>()
        })
        .fold(0.0, f32::max)
}

/// The legend in the plan's columns, centred in the height; each row
/// described to assistive technology with `role`. With `other`, the last
/// row ("Other (N)") is a button: returns whether it was clicked.
pub fn legend_ui(
    ui: &mut Ui,
    items: &[ChartItem],
    plan: Plan,
    height: f32,
    role: egui::Role,
    other: bool,
) -> bool {
    let font = FontId::proportional(plan.font_pt);
    let column_w = plan.width / plan.columns as f32;
    let used = legend_height(ui, items, &font, plan.columns, column_w);
    let last = items.len().saturating_sub(1);
    let mut clicked = false;
    ui.allocate_ui_with_layout(
        vec2(plan.width, height),
        Layout::left_to_right(Align::Min),
        |ui| {
            ui.spacing_mut().item_spacing = vec2(0.0, 0.0);
            for range in column_ranges(items.len(), plan.columns) {
                ui.allocate_ui_with_layout(
                    vec2(column_w, height),
                    Layout::top_down(Align::Min),
                    |ui| {
                        ui.add_space(((height - used) / 2.0).max(0.0));
                        let start = range.start;
                        for (k, item) in items.get(range).unwrap_or_default().iter().enumerate() {
                            let button = other && start + k == last;
                            clicked |= legend_row_ui(ui, item, &font, column_w, role, button);
                        }
                    },
                );
            }
        },
    );
    clicked
}

/// One legend row: the swatch, the name wrapped to the column (never cut),
/// the percentage at the right. Size, allocate, describe, paint. A
/// `button` row is framed, answers a click and returns whether it had one.
fn legend_row_ui(
    ui: &mut Ui,
    item: &ChartItem,
    font: &FontId,
    column_w: f32,
    role: egui::Role,
    button: bool,
) -> bool {
    let tokens = theme::tokens(ui.ctx());
    let wrap = name_width(ui, item, font, column_w);
    let name =
        ui.fonts_mut(|f| f.layout(item.name.clone(), font.clone(), tokens.strong_text, wrap));
    let percent = ui.fonts_mut(|f| {
        f.layout_no_wrap(item.percent_label.clone(), font.clone(), tokens.strong_text)
    });
    let size = vec2(column_w, name.size().y + PAD_PT);
    let sense = if button {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let label = format!("{}, {}", item.name, item.percent_label);
    response.widget_info(|| egui::WidgetInfo::labeled(role, true, &label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let side = swatch_pt(font);
        let top = rect.top() + PAD_PT / 2.0;
        let first_line = font.size * 0.6;
        let swatch = egui::Rect::from_center_size(
            egui::pos2(rect.left() + PAD_PT / 2.0 + side / 2.0, top + first_line),
            vec2(side, side),
        );
        swatch_ui(painter, swatch, item.colour, tokens.background);
        painter.galley(
            egui::pos2(swatch.right() + PAD_PT, top),
            name,
            tokens.strong_text,
        );
        let right = rect.right() - PAD_PT;
        painter.galley(
            egui::pos2(right - percent.size().x, top),
            percent,
            tokens.strong_text,
        );
        if button {
            // Framed as a button, in the text's colour (it reads as well).
            let width = if response.hovered() { 3.0 } else { 1.5 };
            painter.rect_stroke(
                rect.shrink(1.0),
                6.0,
                egui::Stroke::new(width, tokens.text),
                egui::StrokeKind::Inside,
            );
        }
    }
    if button && response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    response.clicked()
}
