//! The live pie chart, drawn with `egui_plot` from the same slice geometry as
//! the export (`chart::geometry`), so screen and file agree. Every boundary
//! (slice to slice, slice to background) gets the edge `chart::contrast`
//! chooses for it, so neighbours stand apart in every theme.

use std::f64::consts::FRAC_PI_2;

use egui::{Align2, Color32, RichText, Stroke, Ui};
use egui_plot::{Line, Plot, PlotPoint, PlotPoints, Polygon, Text};

use super::pie_edges::Edges;
use crate::app::theme::{self, Tokens};
use crate::chart::geometry::{self, INSIDE_LABEL_RADIUS, LabelAlign, Slice};
use crate::chart::{ChartItem, palette};

/// What the pie shows.
pub struct PieView<'a> {
    /// The slices, from `chart::geometry::slices`.
    pub slices: &'a [Slice],
    /// One tooltip per ingredient (by ingredient index).
    pub tooltips: &'a [String],
    /// The selected ingredient.
    pub selected: Option<usize>,
    /// The ingredient under the pointer elsewhere (table, legend).
    pub hovered: Option<usize>,
    /// The pie's accessible name.
    pub name: &'a str,
}

/// What happened on the pie this frame.
#[derive(Debug, Default)]
pub struct PieOutput {
    /// The ingredient whose slice is under the pointer.
    pub hovered: Option<usize>,
    /// A click: on a slice (`Some(Some(i))`) or beside the pie (`Some(None)`).
    pub clicked: Option<Option<usize>>,
}

/// How large the pie's text and edges are drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PieStyle {
    /// The percentages' text size, in points.
    pub label_pt: f32,
    /// The width of the edges between slices, in points.
    pub edge_pt: f32,
    /// Reach only as far as the labels need ([`Reach::fitted`]) instead of
    /// the same on both sides: the caller sizes the plot for it.
    pub fit_to_labels: bool,
}

impl Default for PieStyle {
    /// The editor's pie.
    fn default() -> Self {
        Self {
            label_pt: theme::SLICE_LABEL_PT,
            edge_pt: 2.0,
            fit_to_labels: false,
        }
    }
}

/// How far the plot reaches beyond the pie's radius, across and up, with
/// labels outside the pie and without.
const REACH_WITH_OUTSIDE: [f32; 2] = [1.75, 1.3];
const REACH_INSIDE_ONLY: [f32; 2] = [1.08, 1.08];

/// How far the plot reaches from the pie's centre, in radii: to the left,
/// to the right, and up and down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reach {
    /// Leftwards.
    pub left: f64,
    /// Rightwards.
    pub right: f64,
    /// Up and down alike.
    pub y: f64,
}

impl Reach {
    /// The same on both sides, room for outside labels if there are any:
    /// the pie's centre is the plot's centre.
    pub fn symmetric(slices: &[Slice]) -> Self {
        let any_outside = slices
            .iter()
            .any(|s| !s.label_inside && !s.label.is_empty());
        let [x, y] = if any_outside {
            REACH_WITH_OUTSIDE
        } else {
            REACH_INSIDE_ONLY
        };
        Self {
            left: f64::from(x),
            right: f64::from(x),
            y: f64::from(y),
        }
    }

    /// Only as far as the outside labels go: when they are all on one side
    /// (small slices come last, at the top left), the other side's room
    /// goes back to the legend.
    pub fn fitted(slices: &[Slice]) -> Self {
        let [inside_x, inside_y] = REACH_INSIDE_ONLY.map(f64::from);
        let mut reach = Self {
            left: inside_x,
            right: inside_x,
            y: inside_y,
        };
        let [w, h] = geometry::LABEL_BOX;
        for slice in slices
            .iter()
            .filter(|s| !s.label_inside && !s.label.is_empty())
        {
            let [x, y] = slice.label_pos;
            match slice.label_align() {
                LabelAlign::Left => reach.right = reach.right.max(x + w),
                LabelAlign::Right => reach.left = reach.left.max(w - x),
                LabelAlign::Centre => {
                    reach.right = reach.right.max(x + w / 2.0);
                    reach.left = reach.left.max(w / 2.0 - x);
                }
            }
            reach.y = reach.y.max(y.abs() + h);
        }
        reach
    }

    /// The plot's width when its height sets the pie's size.
    pub fn width_for_height(&self, height: f32) -> f32 {
        (f64::from(height) * (self.left + self.right) / (2.0 * self.y)) as f32
    }
}

/// The slices of `items` for a pie drawn in `size` with `label_pt` labels:
/// a label whose text would not fit inside its slice goes outside.
pub fn fit_slices(ui: &Ui, items: &[ChartItem], size: egui::Vec2, label_pt: f32) -> Vec<Slice> {
    // The radius if some labels are outside: the smaller one, so a label
    // that fits here fits in any case.
    let [rx, ry] = REACH_WITH_OUTSIDE;
    let radius_pt = f64::from((size.x / (2.0 * rx)).min(size.y / (2.0 * ry))).max(1.0);
    let font = egui::FontId::proportional(label_pt);
    let painter = ui.painter();
    geometry::slices_fitting(items, |slice| {
        let text = painter.layout_no_wrap(slice.label.clone(), font.clone(), Color32::WHITE);
        let half = [
            f64::from(text.size().x) / radius_pt / 2.0,
            f64::from(text.size().y) / radius_pt / 2.0,
        ];
        label_box_fits(slice, half)
    })
}

/// [`fit_slices`], laid out once per chart (`generation`), size and label
/// size and kept in egui's memory under `salt`: measuring every label's
/// text each frame costs more than drawing a thousand slices.
pub fn fit_slices_cached(
    ui: &Ui,
    salt: &str,
    generation: u64,
    items: &[ChartItem],
    size: egui::Vec2,
    label_pt: f32,
) -> std::sync::Arc<Vec<Slice>> {
    type Cached = (u64, [u32; 3], std::sync::Arc<Vec<Slice>>);
    let id = egui::Id::unique(("fit-slices", salt));
    let key = [size.x.to_bits(), size.y.to_bits(), label_pt.to_bits()];
    if let Some((g, k, slices)) = ui.data(|d| d.get_temp::<Cached>(id))
        && g == generation
        && k == key
    {
        return slices;
    }
    let slices = std::sync::Arc::new(fit_slices(ui, items, size, label_pt));
    ui.data_mut(|d| d.insert_temp::<Cached>(id, (generation, key, slices.clone())));
    slices
}

/// Whether a label box of half-size `half` (unit coordinates) centred where
/// an inside label goes lies within its slice, a little in from each edge.
pub fn label_box_fits(slice: &Slice, half: [f64; 2]) -> bool {
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
    if angle_rad >= FRAC_PI_2 {
        r
    } else {
        r * angle_rad.sin()
    }
}

/// Shows the pie in the space given; it stays round at any size.
pub fn pie_ui(ui: &mut Ui, view: &PieView<'_>, size: egui::Vec2) -> PieOutput {
    pie_styled_ui(ui, view, size, PieStyle::default())
}

/// Shows the pie with text and edges of the given size.
pub fn pie_styled_ui(
    ui: &mut Ui,
    view: &PieView<'_>,
    size: egui::Vec2,
    style: PieStyle,
) -> PieOutput {
    let PieView {
        slices,
        tooltips,
        selected,
        hovered,
        name,
    } = *view;
    let tokens = theme::tokens(ui.ctx());
    let reach = if style.fit_to_labels {
        Reach::fitted(slices)
    } else {
        Reach::symmetric(slices)
    };
    let plot = Plot::new("pie")
        .width(size.x)
        .height(size.y)
        .data_aspect(1.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_axes(false)
        .show_grid(false)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
        .show_background(false)
        .set_margin_fraction(egui::Vec2::ZERO)
        .include_x(-reach.left)
        .include_x(reach.right)
        .include_y(-reach.y)
        .include_y(reach.y);

    let response = plot.show(ui, |plot_ui| {
        let pointer = plot_ui.pointer_coordinate();
        let under_pointer = pointer.and_then(|p| geometry::hit_test(slices, [p.x, p.y]));
        let emphasised =
            |i: usize| Some(i) == selected || Some(i) == hovered || Some(i) == under_pointer;
        let offset_of = |slice: &Slice| {
            if emphasised(slice.index) && !slice.is_full_circle() {
                geometry::point_at(slice.mid_rad(), theme::EXPLODE_FRACTION)
            } else {
                [0.0, 0.0]
            }
        };
        for slice in slices {
            slice_ui(plot_ui, slice, offset_of(slice));
        }
        let edges = Edges {
            tokens,
            units_per_pt: plot_ui.transform().dvalue_dpos()[0].abs(),
            width_pt: style.edge_pt,
        };
        edges.draw(plot_ui, slices, &offset_of, selected);
        for slice in slices {
            label_ui(plot_ui, slice, tokens, style.label_pt);
        }
        under_pointer
    });

    let under_pointer = response.inner;
    let mut out = PieOutput {
        hovered: under_pointer,
        clicked: None,
    };
    let mut plot_response = response.response;
    if let Some(i) = under_pointer
        && let Some(tip) = tooltips.get(i)
    {
        plot_response = plot_response.on_hover_text_at_pointer(tip.as_str());
    }
    if plot_response.clicked() {
        out.clicked = Some(under_pointer);
    }
    plot_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name));
    out
}

/// One slice: its convex pieces filled (the edges are drawn after all fills).
fn slice_ui(plot_ui: &mut egui_plot::PlotUi<'_>, slice: &Slice, offset: [f64; 2]) {
    let fill = theme::colour32(slice.colour);
    let shift = |p: [f64; 2]| [p[0] + offset[0], p[1] + offset[1]];
    let pieces = geometry::convex_pieces(slice, FRAC_PI_2);
    // A slice in several pieces gets an outline in its own colour, which
    // hides the seams between them. Its pieces are at least 45° wide; a thin
    // slice is one piece and gets none, as the corner of a stroke around a
    // sliver would shoot far out of the pie.
    let seam = if pieces.len() > 1 {
        Stroke::new(1.0, fill)
    } else {
        Stroke::NONE
    };
    let thin = slice.sweep_rad() < THIN_SLICE_RAD;
    for (n, piece) in pieces.into_iter().enumerate() {
        let points: Vec<[f64; 2]> = if thin { blunt_tip(&piece) } else { piece };
        let points: Vec<[f64; 2]> = points.into_iter().map(shift).collect();
        plot_ui.polygon(
            Polygon::new("", PlotPoints::new(points))
                .id(("slice", slice.index, n))
                .fill_color(fill)
                .stroke(seam)
                .allow_hover(false),
        );
    }
}

/// Slices thinner than this (about 6°) are drawn without their sharp tip.
const THIN_SLICE_RAD: f64 = 0.1;

/// The radius, as a fraction of the pie's, where a thin slice's tip is cut.
const TIP_RADIUS: f64 = 0.04;

/// A thin piece with its tip at the centre cut off: the anti-aliasing of a
/// needle-sharp corner shoots far out of the pie, a blunt one stays put.
/// The cut, at 4 % of the radius, is hidden under the slice edges.
fn blunt_tip(piece: &[[f64; 2]]) -> Vec<[f64; 2]> {
    let arc = piece.get(1..).unwrap_or_default();
    let inner = |p: Option<&[f64; 2]>| p.map(|[x, y]| [x * TIP_RADIUS, y * TIP_RADIUS]);
    let mut points = Vec::with_capacity(arc.len() + 2);
    points.extend(inner(arc.first()));
    points.extend_from_slice(arc);
    points.extend(inner(arc.last()));
    points
}

/// A slice's percentage: inside in a contrasting colour, or outside with a
/// leader line.
fn label_ui(plot_ui: &mut egui_plot::PlotUi<'_>, slice: &Slice, tokens: &Tokens, size_pt: f32) {
    if slice.label.is_empty() {
        return;
    }
    let [x, y] = slice.label_pos;
    let (colour, anchor) = if slice.label_inside {
        (
            theme::colour32(palette::label_text_colour(slice.colour)),
            Align2::CENTER_CENTER,
        )
    } else {
        let anchor = match slice.label_align() {
            LabelAlign::Left => Align2::LEFT_CENTER,
            LabelAlign::Centre => Align2::CENTER_CENTER,
            LabelAlign::Right => Align2::RIGHT_CENTER,
        };
        (tokens.text, anchor)
    };
    if let Some([a, b]) = slice.leader_line() {
        plot_ui.line(
            Line::new("", PlotPoints::new(vec![a, b]))
                .id(("leader", slice.index))
                .color(tokens.text)
                .width(1.0 + size_pt / 36.0)
                .allow_hover(false),
        );
    }
    plot_ui.text(
        Text::new(
            "",
            PlotPoint::new(x, y),
            RichText::new(&slice.label).size(size_pt).color(colour),
        )
        .id(("label", slice.index))
        .anchor(anchor)
        .allow_hover(false),
    );
}
