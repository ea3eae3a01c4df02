//! The live pie chart: a widget of its own, drawn from the same slice
//! geometry as the export (`chart::geometry`), so screen and file agree.
//! The resting pie is one mesh, tessellated once per chart, size, theme and
//! scale (`pie_mesh`); a selected or hovered slice moves out on top of it,
//! and the labels and leader lines are drawn over both. Hit-testing is the
//! core's (`geometry::hit_test`) on the laid-out slices (`pie_layout`).
//!
//! Four steps, as egui's own widgets: size (the layout), allocate,
//! interact, paint.

use egui::{Sense, Shape, Stroke, Ui, Vec2};

use super::pie_layout::{self, LayoutStyle, PieLayout};
use super::pie_mesh::{Painting, cached_mesh};
use crate::app::theme;
use crate::chart::geometry;
use crate::chart::{ChartItem, palette};

/// What the pie shows.
pub struct PieView<'a> {
    /// The items, one slice each (by item index).
    pub items: &'a [ChartItem],
    /// A number that changes whenever `items` do: what is laid out and
    /// drawn from them is kept until it does.
    pub generation: u64,
    /// One tooltip per item.
    pub tooltips: &'a [String],
    /// The selected item.
    pub selected: Option<usize>,
    /// The item under the pointer elsewhere (table, legend).
    pub hovered: Option<usize>,
    /// The pie's accessible name.
    pub name: &'a str,
}

/// What happened on the pie this frame.
#[derive(Debug, Default)]
pub struct PieOutput {
    /// The item whose slice is under the pointer.
    pub hovered: Option<usize>,
    /// A click: on a slice (`Some(Some(i))`) or beside the pie (`Some(None)`).
    pub clicked: Option<Option<usize>>,
}

/// How large the pie's text and edges are drawn, and where it sits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PieStyle {
    /// The labels' text size, in points.
    pub label_pt: f32,
    /// The width of the edges between slices, in points.
    pub edge_pt: f32,
    /// Outside labels carry the ingredient's name where that leaves the
    /// pie its size.
    pub named_labels: bool,
    /// The pie and its labels together in the middle of the space (else the
    /// pie's centre is in the middle of the width).
    pub centred: bool,
    /// The largest radius, in points: one size for several pies.
    pub max_radius: Option<f32>,
}

impl Default for PieStyle {
    /// The editor's pie.
    fn default() -> Self {
        Self {
            label_pt: theme::SLICE_LABEL_PT,
            edge_pt: 2.0,
            named_labels: false,
            centred: false,
            max_radius: None,
        }
    }
}

impl PieStyle {
    fn layout_style(self) -> LayoutStyle {
        LayoutStyle {
            label_pt: self.label_pt,
            edge_pt: self.edge_pt,
            named_labels: self.named_labels,
            centred: self.centred,
            max_radius: self.max_radius,
        }
    }
}

/// Where the layouts of the pie drawn next in `ui` are kept.
fn layout_id(ui: &Ui) -> egui::Id {
    ui.scope_id().with("pie-layout")
}

/// The pie of `view` laid out in `size` (kept until the chart, the size or
/// the style change): how large it comes out, before it is drawn.
pub fn pie_layout(
    ui: &Ui,
    view: &PieView<'_>,
    size: Vec2,
    style: PieStyle,
) -> std::sync::Arc<PieLayout> {
    pie_layout::cached(
        ui,
        layout_id(ui),
        view.generation,
        view.items,
        size,
        style.layout_style(),
    )
}

/// Shows the pie in the space given; it stays round at any size.
pub fn pie_ui(ui: &mut Ui, view: &PieView<'_>, size: Vec2) -> PieOutput {
    pie_styled_ui(ui, view, size, PieStyle::default())
}

/// Shows the pie with text and edges of the given size.
pub fn pie_styled_ui(ui: &mut Ui, view: &PieView<'_>, size: Vec2, style: PieStyle) -> PieOutput {
    let PieView {
        items: _,
        generation: _,
        tooltips,
        selected,
        hovered,
        name,
    } = *view;
    // 1. Size.
    let layout = pie_layout(ui, view, size, style);
    // 2. Allocate, 3. interact.
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, name));
    let centre = rect.min + layout.centre;
    let radius = f64::from(layout.radius.max(1.0));
    let under_pointer = response.hover_pos().and_then(|p| {
        let d = p - centre;
        let unit = [f64::from(d.x) / radius, -f64::from(d.y) / radius];
        geometry::hit_test(&layout.slices, unit)
    });
    let mut out = PieOutput {
        hovered: under_pointer,
        clicked: None,
    };
    if response.clicked() {
        out.clicked = Some(under_pointer);
    }
    // 4. Paint.
    if ui.is_rect_visible(rect) {
        let tokens = theme::tokens(ui.ctx());
        let painting = Painting {
            layout: &layout,
            centre,
            tokens,
            edge_pt: style.edge_pt,
        };
        let painter = ui.painter();
        let mesh = cached_mesh(ui.ctx(), layout_id(ui).with("mesh"), &painting);
        // The mesh in a clip rect of its own: egui merges what follows in
        // the same clip rect into one mesh, and every line or rectangle
        // appended to the pie's thousands of vertices would grow (copy) it.
        let own_clip = painter
            .clip_rect()
            .intersect(rect.expand(style.edge_pt * 2.0 + 2.0));
        painter.with_clip_rect(own_clip).add(Shape::Mesh(mesh));
        let emphasised =
            |i: usize| Some(i) == selected || Some(i) == hovered || Some(i) == under_pointer;
        let moved: Vec<(usize, [f64; 2])> = layout
            .slices
            .iter()
            .enumerate()
            .filter(|(_, s)| emphasised(s.index))
            .map(|(k, s)| {
                let offset = if s.is_full_circle() {
                    [0.0, 0.0]
                } else {
                    geometry::point_at(s.mid_rad(), theme::EXPLODE_FRACTION)
                };
                (k, offset)
            })
            .collect();
        if !moved.is_empty() {
            painter.extend(painting.moved_shapes(&moved, selected));
        }
        let line = Stroke::new(1.0 + style.label_pt / 36.0, tokens.text);
        for label in &layout.labels {
            let Some(slice) = layout.slices.get(label.slice) else {
                continue;
            };
            let shift = moved
                .iter()
                .find(|(k, _)| *k == label.slice)
                .map_or(Vec2::ZERO, |(_, o)| layout.to_screen(*o));
            if let Some([a, b]) = label.leader {
                painter.line_segment([centre + a + shift, centre + b], line);
            }
            let (colour, pos) = if label.inside {
                let c = theme::colour32(palette::label_text_colour(slice.colour));
                (c, centre + label.offset + shift)
            } else {
                (tokens.text, centre + label.offset)
            };
            painter.galley(pos, label.galley.clone(), colour);
        }
    }
    let mut response = response;
    if let Some(i) = under_pointer
        && let Some(tip) = tooltips.get(i)
    {
        response = response.on_hover_text_at_pointer(tip.as_str());
    }
    let _ = response;
    out
}
