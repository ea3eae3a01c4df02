//! The pie's edges: a line on every boundary, slice to slice and slice to
//! background, in the colour `chart::contrast` chooses for that boundary
//! (two lines side by side where no single colour stands out from both
//! sides). A selected slice is outlined in the theme's selection colour
//! where that stands out.

use egui_plot::{Line, PlotPoints};

use crate::app::theme::{self, Tokens};
use crate::chart::contrast::{Edge, edge_between};
use crate::chart::geometry::{self, Slice};

/// How the edges are drawn.
pub struct Edges<'a> {
    /// The theme's colours (background, selection).
    pub tokens: &'a Tokens,
    /// Plot units per screen point, to place two-tone lines side by side.
    pub units_per_pt: f64,
    /// The width of an edge, in points.
    pub width_pt: f32,
}

/// A side of a radial edge: towards smaller angles or larger ones.
#[derive(Clone, Copy)]
enum Side {
    Before,
    After,
}

impl Edges<'_> {
    /// Draws every edge of `slices`, each moved by its slice's offset.
    pub fn draw(
        &self,
        plot_ui: &mut egui_plot::PlotUi<'_>,
        slices: &[Slice],
        offset_of: &dyn Fn(&Slice) -> [f64; 2],
        selected: Option<usize>,
    ) {
        let bg = rgb(self.tokens.background);
        let preferred = |s: &Slice| {
            if Some(s.index) == selected {
                rgb(self.tokens.selection_stroke)
            } else {
                bg
            }
        };
        let width = |s: &Slice| {
            if Some(s.index) == selected {
                self.width_pt * 1.75
            } else {
                self.width_pt
            }
        };
        let n = slices.len();
        for (k, slice) in slices.iter().enumerate() {
            let offset = offset_of(slice);
            let rim = edge_between(slice.colour, bg, preferred(slice));
            if rim != Edge::single(bg) {
                self.arc(plot_ui, slice, offset, rim, width(slice));
            }
            let Some(next) = slices.get((k + 1) % n).filter(|_| n > 1) else {
                continue;
            };
            let next_offset = offset_of(next);
            let angle = slice.end_rad;
            if offset == [0.0, 0.0] && next_offset == [0.0, 0.0] {
                let edge = edge_between(slice.colour, next.colour, bg);
                let w = width(slice).max(width(next));
                self.radial(plot_ui, ("edge", slice.index), angle, [0.0; 2], edge, w);
            } else {
                // A slice moved out of the pie leaves a gap: each side of it
                // meets the background.
                let end = edge_between(slice.colour, bg, preferred(slice));
                if end != Edge::single(bg) {
                    let id = ("edge-end", slice.index);
                    self.radial(plot_ui, id, angle, offset, end, width(slice));
                }
                let start = edge_between(next.colour, bg, preferred(next));
                if start != Edge::single(bg) {
                    let flipped = Edge {
                        beside_a: start.beside_b,
                        beside_b: start.beside_a,
                    };
                    let id = ("edge-start", next.index);
                    self.radial(plot_ui, id, angle, next_offset, flipped, width(next));
                }
            }
        }
    }

    /// A radial edge at `angle_rad`: `edge.beside_a` towards smaller angles.
    fn radial(
        &self,
        plot_ui: &mut egui_plot::PlotUi<'_>,
        id: (&'static str, usize),
        angle_rad: f64,
        offset: [f64; 2],
        edge: Edge,
        width_pt: f32,
    ) {
        let rim = geometry::point_at(angle_rad, 1.0);
        // The direction of growing angles, across the edge.
        let across = [angle_rad.cos(), -angle_rad.sin()];
        let line = |side: Option<Side>| {
            let shift = match side {
                None => 0.0,
                Some(Side::Before) => -self.quarter_width(width_pt),
                Some(Side::After) => self.quarter_width(width_pt),
            };
            let at = |p: [f64; 2]| {
                [
                    p[0] + offset[0] + across[0] * shift,
                    p[1] + offset[1] + across[1] * shift,
                ]
            };
            vec![at([0.0, 0.0]), at(rim)]
        };
        self.lines(plot_ui, id, edge, width_pt, line);
    }

    /// The rim of `slice`: `edge.beside_a` inside, `beside_b` outside.
    fn arc(
        &self,
        plot_ui: &mut egui_plot::PlotUi<'_>,
        slice: &Slice,
        offset: [f64; 2],
        edge: Edge,
        width_pt: f32,
    ) {
        let steps = ((slice.sweep_rad() / geometry::ARC_STEP_RAD).ceil() as usize).max(1);
        let points = |radius: f64| -> Vec<[f64; 2]> {
            (0..=steps)
                .map(|k| {
                    let angle = slice.start_rad + slice.sweep_rad() * k as f64 / steps as f64;
                    let [x, y] = geometry::point_at(angle, radius);
                    [x + offset[0], y + offset[1]]
                })
                .collect()
        };
        let q = self.quarter_width(width_pt);
        self.lines(plot_ui, ("rim", slice.index), edge, width_pt, |side| {
            points(match side {
                None => 1.0,
                Some(Side::Before) => 1.0 - q,
                Some(Side::After) => 1.0 + q,
            })
        });
    }

    /// One line, or two half-width lines side by side for a two-tone edge.
    fn lines(
        &self,
        plot_ui: &mut egui_plot::PlotUi<'_>,
        id: (&'static str, usize),
        edge: Edge,
        width_pt: f32,
        points: impl Fn(Option<Side>) -> Vec<[f64; 2]>,
    ) {
        let mut add = |side: Option<Side>, colour: [u8; 3], w: f32, n: u8| {
            plot_ui.line(
                Line::new("", PlotPoints::new(points(side)))
                    .id((id.0, id.1, n))
                    .color(theme::colour32(colour))
                    .width(w)
                    .allow_hover(false),
            );
        };
        if edge.is_two_tone() {
            add(Some(Side::Before), edge.beside_a, width_pt / 2.0, 0);
            add(Some(Side::After), edge.beside_b, width_pt / 2.0, 1);
        } else {
            add(None, edge.beside_a, width_pt, 0);
        }
    }

    /// A quarter of an edge's width, in plot units: how far each half of a
    /// two-tone edge sits from the boundary.
    fn quarter_width(&self, width_pt: f32) -> f64 {
        f64::from(width_pt) / 4.0 * self.units_per_pt
    }
}

fn rgb(c: egui::Color32) -> [u8; 3] {
    [c.r(), c.g(), c.b()]
}
