//! Where the pie and its labels go in the space a view gives it: the
//! largest radius at which the disc and every label (measured in the font
//! they are drawn in) fit, outside labels spaced by their real height
//! (`chart::geometry::slices_laid_out`), a label that does not fit inside
//! its slice moved outside. Worked out once per chart, size and style and
//! kept in egui's memory; the pie draws from it every frame.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Rect, Ui, Vec2, vec2};

use crate::app::theme;
use crate::chart::ChartItem;
use crate::chart::geometry::{self, INSIDE_LABEL_RADIUS, LabelAlign, Slice};

/// The smallest radius the pie is drawn at, in points.
const MIN_RADIUS_PT: f32 = 12.0;

/// Outside labels carry the ingredient's name when the pie keeps at least
/// this share of the radius it has with percentages alone.
const NAMED_KEEPS: f32 = 0.85;

/// What decides the layout, besides the chart and the space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutStyle {
    /// The labels' text size, in points.
    pub label_pt: f32,
    /// The edges' width, in points: the disc's outline reaches this far out.
    pub edge_pt: f32,
    /// Outside labels say "Name 2.8 %" where that leaves the pie its size.
    pub named_labels: bool,
    /// The pie's centre in the middle of the width (the editor), or the pie
    /// and its labels together in the middle (presentation, compare).
    pub centred: bool,
    /// The largest radius, in points (one size for several pies).
    pub max_radius: Option<f32>,
}

/// One label as drawn: its text, where its top-left corner is from the
/// pie's centre, and its leader line.
#[derive(Clone, Debug)]
pub struct PlacedLabel {
    /// The slice it belongs to (its position in [`PieLayout::slices`]).
    pub slice: usize,
    /// The text, laid out in the placeholder colour (the pie colours it).
    pub galley: Arc<Galley>,
    /// Its top-left corner, from the pie's centre, in points.
    pub offset: Vec2,
    /// Whether it sits on its slice.
    pub inside: bool,
    /// From the rim to just short of the text, from the pie's centre.
    pub leader: Option<[Vec2; 2]>,
}

/// The pie laid out in a space.
#[derive(Clone, Debug)]
pub struct PieLayout {
    /// A number of its own (what is drawn from it is cached by it).
    pub stamp: u64,
    /// The radius, in points.
    pub radius: f32,
    /// The pie's centre, from the space's top-left corner.
    pub centre: Vec2,
    /// The slices, their labels placed for this radius.
    pub slices: Vec<Slice>,
    /// The labels shown.
    pub labels: Vec<PlacedLabel>,
    /// The disc (a selected slice moved out included) and every label,
    /// from the pie's centre.
    pub bounds: Rect,
}

impl PieLayout {
    /// A point in unit coordinates (y up) from the centre, in points.
    pub fn to_screen(&self, unit: [f64; 2]) -> Vec2 {
        unit_to_screen(unit, self.radius)
    }
}

fn unit_to_screen([x, y]: [f64; 2], radius: f32) -> Vec2 {
    vec2(x as f32 * radius, -(y as f32) * radius)
}

/// The texts of the labels: inside ones and outside ones (with names or
/// without), one per chart item.
struct Texts {
    inside: Vec<Arc<Galley>>,
    outside: Vec<Arc<Galley>>,
    height: f32,
}

/// The pie of `items` in `size`, laid out once per `generation` (a new one
/// whenever the items change), size and style, and kept under `id`.
pub fn cached(
    ui: &Ui,
    id: egui::Id,
    generation: u64,
    items: &[ChartItem],
    size: Vec2,
    style: LayoutStyle,
) -> Arc<PieLayout> {
    type Cached = (u64, Vec2, [u32; 3], bool, bool, Arc<PieLayout>);
    let key = [
        style.label_pt.to_bits(),
        style.edge_pt.to_bits(),
        style.max_radius.unwrap_or(-1.0).to_bits(),
    ];
    let flags = (style.named_labels, style.centred);
    if let Some((g, s, k, named, centred, layout)) = ui.data(|d| d.get_temp::<Cached>(id))
        && g == generation
        && s == size
        && k == key
        && (named, centred) == flags
    {
        return layout;
    }
    let layout = Arc::new(fit(ui, items, size, style));
    ui.data_mut(|d| {
        d.insert_temp::<Cached>(
            id,
            (generation, size, key, flags.0, flags.1, layout.clone()),
        );
    });
    layout
}

/// The pie of `items` as large as `size` allows with every label.
pub fn fit(ui: &Ui, items: &[ChartItem], size: Vec2, style: LayoutStyle) -> PieLayout {
    let font = FontId::proportional(style.label_pt);
    let painter = ui.painter();
    let measure = |text: String| painter.layout_no_wrap(text, font.clone(), Color32::PLACEHOLDER);
    let percents: Vec<Arc<Galley>> = items
        .iter()
        .map(|i| measure(i.percent_label.clone()))
        .collect();
    let height = percents
        .iter()
        .map(|g| g.size().y)
        .fold(style.label_pt * 1.2, f32::max);
    let plain = Texts {
        inside: percents.clone(),
        outside: percents.clone(),
        height,
    };
    let without = solve(items, &plain, size, style);
    if !style.named_labels {
        return without;
    }
    let named = Texts {
        inside: percents,
        outside: items
            .iter()
            .map(|i| measure(format!("{} {}", i.name, i.percent_label)))
            .collect(),
        height,
    };
    let with = solve(items, &named, size, style);
    if with.radius >= without.radius * NAMED_KEEPS {
        with
    } else {
        without
    }
}

/// A crowded side's labels in two columns, side by side, when that lets the
/// pie grow by at least this factor: each column then needs half the
/// height.
const STAGGER_GAINS: f32 = 1.2;

/// The largest radius at which everything fits `size`: the labels of each
/// side in one column, or, where that leaves the pie much smaller, in two.
fn solve(items: &[ChartItem], texts: &Texts, size: Vec2, style: LayoutStyle) -> PieLayout {
    let single = solve_with(items, texts, size, style, false);
    let crowded = single.labels.iter().filter(|l| !l.inside).count() > 4;
    if !crowded {
        return single;
    }
    let double = solve_with(items, texts, size, style, true);
    if double.radius >= single.radius * STAGGER_GAINS {
        double
    } else {
        single
    }
}

/// The largest radius at which everything fits `size`, by bisection.
fn solve_with(
    items: &[ChartItem],
    texts: &Texts,
    size: Vec2,
    style: LayoutStyle,
    staggered: bool,
) -> PieLayout {
    let explode = 1.0 + theme::EXPLODE_FRACTION as f32;
    let mut high = (size.x.min(size.y) / 2.0 - style.edge_pt) / explode;
    if let Some(max) = style.max_radius {
        high = high.min(max);
    }
    let high = high.max(MIN_RADIUS_PT);
    let fits = |layout: &PieLayout| {
        let b = layout.bounds;
        let width = if style.centred {
            b.width()
        } else {
            2.0 * b.max.x.max(-b.min.x)
        };
        width <= size.x + 0.5 && b.height() <= size.y + 0.5
    };
    let at_high = layout_at(items, texts, high, style, staggered);
    if fits(&at_high) {
        return placed(at_high, size, style);
    }
    let mut low = MIN_RADIUS_PT;
    let mut best = layout_at(items, texts, low, style, staggered);
    let mut high = high;
    for _ in 0..18 {
        let mid = 0.5 * (low + high);
        let layout = layout_at(items, texts, mid, style, staggered);
        if fits(&layout) {
            low = mid;
            best = layout;
        } else {
            high = mid;
        }
        if high - low < 0.5 {
            break;
        }
    }
    placed(best, size, style)
}

/// Puts the pie's centre where the layout sits in the middle of `size`.
fn placed(mut layout: PieLayout, size: Vec2, style: LayoutStyle) -> PieLayout {
    let b = layout.bounds;
    let x = if style.centred {
        size.x / 2.0 - b.center().x
    } else {
        size.x / 2.0
    };
    layout.centre = vec2(x, size.y / 2.0 - b.center().y);
    layout
}

/// The layout at `radius`; `staggered`: each side's outside labels in two
/// columns, every other one in the outer column.
fn layout_at(
    items: &[ChartItem],
    texts: &Texts,
    radius: f32,
    style: LayoutStyle,
    staggered: bool,
) -> PieLayout {
    let r = f64::from(radius);
    let fits_inside = |slice: &Slice| {
        texts.inside.get(slice.index).is_some_and(|g| {
            let half = [
                f64::from(g.size().x) / r / 2.0,
                f64::from(g.size().y) / r / 2.0,
            ];
            label_box_fits(slice, half)
        })
    };
    // A little air between stacked labels; half as much room each where
    // two columns share a side.
    let rows = if staggered { 2.0 } else { 1.0 };
    let label_height = f64::from(texts.height * 1.08 / rows) / r;
    let slices = geometry::slices_laid_out(items, fits_inside, label_height);
    let reach = radius * (1.0 + theme::EXPLODE_FRACTION as f32) + style.edge_pt;
    let mut bounds = Rect::from_center_size(egui::Pos2::ZERO, Vec2::splat(2.0 * reach));
    let mut labels = Vec::new();
    for (k, slice) in slices.iter().enumerate() {
        if slice.label.is_empty() {
            continue;
        }
        let inside = slice.label_inside;
        let galley = if inside {
            texts.inside.get(slice.index)
        } else {
            texts.outside.get(slice.index)
        };
        let Some(galley) = galley else {
            continue;
        };
        let at = unit_to_screen(slice.label_pos, radius);
        let text = galley.size();
        let offset = match slice.label_align() {
            LabelAlign::Centre => at - text / 2.0,
            LabelAlign::Left => vec2(at.x, at.y - text.y / 2.0),
            LabelAlign::Right => vec2(at.x - text.x, at.y - text.y / 2.0),
        };
        bounds = bounds.union(Rect::from_min_size(offset.to_pos2(), text));
        let leader = slice
            .leader_line()
            .map(|[a, b]| [unit_to_screen(a, radius), unit_to_screen(b, radius)]);
        labels.push(PlacedLabel {
            slice: k,
            galley: galley.clone(),
            offset,
            inside,
            leader,
        });
    }
    if staggered {
        stagger(&mut labels, &slices);
        bounds = labels.iter().fold(
            Rect::from_center_size(egui::Pos2::ZERO, Vec2::splat(2.0 * reach)),
            |b, l| b.union(Rect::from_min_size(l.offset.to_pos2(), l.galley.size())),
        );
    }
    PieLayout {
        stamp: crate::app::document::new_revision(),
        radius,
        centre: Vec2::ZERO,
        slices,
        labels,
        bounds,
    }
}

/// Every other outside label of each side moved out into a second column,
/// past the widest of the first; its leader line reaches it.
fn stagger(labels: &mut [PlacedLabel], slices: &[Slice]) {
    const GAP_PT: f32 = 8.0;
    for align in [LabelAlign::Left, LabelAlign::Right] {
        let mut side: Vec<usize> = (0..labels.len())
            .filter(|&k| {
                labels.get(k).is_some_and(|l| {
                    !l.inside
                        && slices
                            .get(l.slice)
                            .is_some_and(|s| s.label_align() == align)
                })
            })
            .collect();
        side.sort_by(|&a, &b| {
            let y = |k: usize| labels.get(k).map_or(0.0, |l| l.offset.y);
            y(a).total_cmp(&y(b))
        });
        // The outer column starts past the inner column's furthest edge.
        let inner = side.iter().step_by(2).filter_map(|&k| labels.get(k));
        let edge = match align {
            LabelAlign::Right => inner.map(|l| l.offset.x).fold(f32::INFINITY, f32::min),
            LabelAlign::Left | LabelAlign::Centre => inner
                .map(|l| l.offset.x + l.galley.size().x)
                .fold(f32::NEG_INFINITY, f32::max),
        };
        if !edge.is_finite() {
            continue;
        }
        for &k in side.iter().skip(1).step_by(2) {
            if let Some(label) = labels.get_mut(k) {
                let x = match align {
                    LabelAlign::Right => edge - GAP_PT - label.galley.size().x,
                    LabelAlign::Left | LabelAlign::Centre => edge + GAP_PT,
                };
                let shift = x - label.offset.x;
                label.offset.x = x;
                if let Some([_, end]) = label.leader.as_mut() {
                    end.x += shift;
                }
            }
        }
    }
}

/// Whether a label box of half-size `half` (unit coordinates) centred where
/// an inside label goes lies within its slice, a little in from each edge.
fn label_box_fits(slice: &Slice, half: [f64; 2]) -> bool {
    let [x, y] = geometry::point_at(slice.mid_rad(), INSIDE_LABEL_RADIUS);
    let margin = 0.02;
    [[-1.0, -1.0], [-1.0, 1.0], [1.0, -1.0], [1.0, 1.0]]
        .iter()
        .all(|[sx, sy]| {
            let (px, py) = (x + sx * half[0], y + sy * half[1]);
            let r = px.hypot(py);
            let angle = px.atan2(py).rem_euclid(std::f64::consts::TAU);
            let from_start = distance_from_ray(r, angle - slice.start_rad);
            let from_end = distance_from_ray(r, slice.end_rad - angle);
            let inside_angles = angle >= slice.start_rad && angle <= slice.end_rad;
            r <= 1.0 - margin && inside_angles && from_start >= margin && from_end >= margin
        })
}

/// The distance of a point at radius `r` from a radial edge `angle_rad` away
/// from it: across the edge, or to the centre once past a right angle.
fn distance_from_ray(r: f64, angle_rad: f64) -> f64 {
    if angle_rad >= std::f64::consts::FRAC_PI_2 {
        r
    } else {
        r * angle_rad.sin()
    }
}
