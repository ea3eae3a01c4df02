//! The live pie chart, drawn with `egui_plot` from the same slice geometry as
//! the export (`chart::geometry`), so screen and file agree.

use std::f64::consts::FRAC_PI_2;

use egui::{Align2, RichText, Stroke, Ui};
use egui_plot::{Line, Plot, PlotPoint, PlotPoints, Polygon, Text};

use crate::app::theme;
use crate::chart::geometry::{self, LabelAlign, Slice};
use crate::chart::palette;

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
}

/// What happened on the pie this frame.
#[derive(Debug, Default)]
pub struct PieOutput {
    /// The ingredient whose slice is under the pointer.
    pub hovered: Option<usize>,
    /// A click: on a slice (`Some(Some(i))`) or beside the pie (`Some(None)`).
    pub clicked: Option<Option<usize>>,
}

/// Shows the pie in the space given; it stays round at any size.
pub fn pie_ui(ui: &mut Ui, view: &PieView<'_>, size: egui::Vec2) -> PieOutput {
    let PieView {
        slices,
        tooltips,
        selected,
        hovered,
    } = *view;
    let any_outside = slices
        .iter()
        .any(|s| !s.label_inside && !s.label.is_empty());
    let reach_x = if any_outside { 1.75 } else { 1.08 };
    let reach_y = if any_outside { 1.3 } else { 1.08 };
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
        .include_x(-reach_x)
        .include_x(reach_x)
        .include_y(-reach_y)
        .include_y(reach_y);

    let response = plot.show(ui, |plot_ui| {
        let pointer = plot_ui.pointer_coordinate();
        let under_pointer = pointer.and_then(|p| geometry::hit_test(slices, [p.x, p.y]));
        let emphasised =
            |i: usize| Some(i) == selected || Some(i) == hovered || Some(i) == under_pointer;
        for slice in slices {
            let offset = if emphasised(slice.index) && !slice.is_full_circle() {
                geometry::point_at(slice.mid_rad(), theme::EXPLODE_FRACTION)
            } else {
                [0.0, 0.0]
            };
            slice_ui(plot_ui, slice, offset, Some(slice.index) == selected);
        }
        for slice in slices {
            label_ui(plot_ui, slice);
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
    plot_response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, "Pie chart of the recipe's shares")
    });
    out
}

/// One slice: its convex pieces filled, then its outline.
fn slice_ui(plot_ui: &mut egui_plot::PlotUi<'_>, slice: &Slice, offset: [f64; 2], selected: bool) {
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
    let mut outline: Vec<[f64; 2]> = Vec::new();
    if !slice.is_full_circle() {
        outline.push(shift([0.0, 0.0]));
    }
    let steps = ((slice.sweep_rad() / geometry::ARC_STEP_RAD).ceil() as usize).max(1);
    for k in 0..=steps {
        let angle = slice.start_rad + slice.sweep_rad() * k as f64 / steps as f64;
        outline.push(shift(geometry::point_at(angle, 1.0)));
    }
    if !slice.is_full_circle() {
        outline.push(shift([0.0, 0.0]));
    }
    let (colour, width) = if selected {
        (theme::DARK_TEXT, 3.0)
    } else {
        (theme::SLICE_EDGE, 2.0)
    };
    plot_ui.line(
        Line::new("", PlotPoints::new(outline))
            .id(("edge", slice.index))
            .color(colour)
            .width(width)
            .allow_hover(false),
    );
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
fn label_ui(plot_ui: &mut egui_plot::PlotUi<'_>, slice: &Slice) {
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
        (theme::DARK_TEXT, anchor)
    };
    if let Some([a, b]) = slice.leader_line() {
        plot_ui.line(
            Line::new("", PlotPoints::new(vec![a, b]))
                .id(("leader", slice.index))
                .color(theme::DARK_TEXT)
                .width(1.0)
                .allow_hover(false),
        );
    }
    plot_ui.text(
        Text::new(
            "",
            PlotPoint::new(x, y),
            RichText::new(&slice.label)
                .size(theme::SLICE_LABEL_PT)
                .color(colour),
        )
        .id(("label", slice.index))
        .anchor(anchor)
        .allow_hover(false),
    );
}
