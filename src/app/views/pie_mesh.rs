//! The pie's slices and edges as shapes, and as one mesh: every slice's
//! convex pieces filled, then a line on every boundary (slice to slice and
//! slice to background) in the colour `chart::contrast` chooses for it —
//! two lines side by side where no single colour stands out from both
//! sides. The resting pie is tessellated once per layout, position, theme
//! and scale into a mesh egui draws as it is; a slice moved out (selected
//! or hovered) is drawn on top, frame by frame, with the gap it leaves.

use std::f64::consts::FRAC_PI_2;
use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator};
use egui::{Color32, Pos2, Shape, Stroke};

use super::pie_layout::PieLayout;
use crate::app::theme::{self, Tokens};
use crate::chart::contrast::{Edge, edge_between};
use crate::chart::geometry::{self, Slice};

/// Slices thinner than this (about 6°) are drawn without their sharp tip.
const THIN_SLICE_RAD: f64 = 0.1;

/// The radius, as a fraction of the pie's, where a thin slice's tip is cut.
const TIP_RADIUS: f64 = 0.04;

/// Where and how the pie is painted.
pub struct Painting<'a> {
    /// The layout.
    pub layout: &'a PieLayout,
    /// The pie's centre on screen.
    pub centre: Pos2,
    /// The theme's colours.
    pub tokens: &'a Tokens,
    /// The edges' width, in points.
    pub edge_pt: f32,
}

impl Painting<'_> {
    /// A point in unit coordinates, moved by `offset` (unit coordinates),
    /// on screen.
    fn at(&self, p: [f64; 2], offset: [f64; 2]) -> Pos2 {
        self.centre + self.layout.to_screen([p[0] + offset[0], p[1] + offset[1]])
    }

    fn bg(&self) -> [u8; 3] {
        rgb(self.tokens.background)
    }

    /// The resting pie: fills, then every edge.
    pub fn resting_shapes(&self) -> Vec<Shape> {
        let slices = &self.layout.slices;
        let mut shapes = Vec::with_capacity(slices.len() * 3);
        for slice in slices {
            self.fill(
                &mut shapes,
                slice,
                [0.0; 2],
                1.0,
                theme::colour32(slice.colour),
            );
        }
        let bg = self.bg();
        let n = slices.len();
        for (k, slice) in slices.iter().enumerate() {
            let rim = edge_between(slice.colour, bg, bg);
            if rim != Edge::single(bg) {
                self.arc(&mut shapes, slice, [0.0; 2], rim, self.edge_pt);
            }
            let Some(next) = slices.get((k + 1) % n).filter(|_| n > 1) else {
                continue;
            };
            let edge = edge_between(slice.colour, next.colour, bg);
            self.radial(&mut shapes, slice.end_rad, [0.0; 2], edge, self.edge_pt);
        }
        shapes
    }

    /// The resting pie as one mesh.
    pub fn resting_mesh(&self, ctx: &egui::Context) -> Mesh {
        let ppp = ctx.pixels_per_point();
        let options = ctx.tessellation_options(|o| *o);
        #[allow(clippy::redundant_closure_for_method_calls)]
        // a method path does not fit the closure's lifetimes
        let atlas = ctx.fonts(|f| f.font_image_size());
        let mut tessellator = Tessellator::new(ppp, options, atlas, Vec::new());
        let mut mesh = Mesh::default();
        for shape in self.resting_shapes() {
            tessellator.tessellate_shape(shape, &mut mesh);
        }
        mesh
    }

    /// The slices at `moved` (positions in the layout's slices), each moved
    /// out by its offset, over the gap it leaves; `selected` gets the
    /// selection's outline where that stands out.
    pub fn moved_shapes(&self, moved: &[(usize, [f64; 2])], selected: Option<usize>) -> Vec<Shape> {
        let slices = &self.layout.slices;
        let n = slices.len();
        let bg = self.bg();
        let is_moved = |k: usize| moved.iter().any(|(m, _)| *m == k);
        let mut shapes = Vec::new();
        // The gaps: the background over where each slice was, its edges
        // and a little more.
        let cover = 1.0 + f64::from(self.edge_pt * 2.0 + 1.0) / f64::from(self.layout.radius);
        for &(k, offset) in moved {
            if let Some(slice) = slices.get(k)
                && offset != [0.0, 0.0]
            {
                self.fill(&mut shapes, slice, [0.0; 2], cover, self.tokens.background);
            }
        }
        // The neighbours facing a gap meet the background there.
        for &(k, offset) in moved {
            if offset == [0.0, 0.0] || n < 2 {
                continue;
            }
            let before = (k + n - 1) % n;
            let after = (k + 1) % n;
            for (neighbour, angle, flip) in [
                (before, slices.get(k).map(|s| s.start_rad), true),
                (after, slices.get(k).map(|s| s.end_rad), false),
            ] {
                let (Some(other), Some(angle)) = (slices.get(neighbour), angle) else {
                    continue;
                };
                if is_moved(neighbour) {
                    continue;
                }
                let edge = edge_between(other.colour, bg, bg);
                if edge != Edge::single(bg) {
                    let edge = if flip { edge } else { flipped(edge) };
                    self.radial(&mut shapes, angle, [0.0; 2], edge, self.edge_pt);
                }
            }
        }
        for &(k, offset) in moved {
            let Some(slice) = slices.get(k) else {
                continue;
            };
            let is_selected = selected == Some(slice.index);
            let preferred = if is_selected {
                rgb(self.tokens.selection_stroke)
            } else {
                bg
            };
            let width = if is_selected {
                self.edge_pt * 1.75
            } else {
                self.edge_pt
            };
            self.fill(
                &mut shapes,
                slice,
                offset,
                1.0,
                theme::colour32(slice.colour),
            );
            let edge = edge_between(slice.colour, bg, preferred);
            if edge == Edge::single(bg) {
                continue;
            }
            self.arc(&mut shapes, slice, offset, edge, width);
            if !slice.is_full_circle() {
                self.radial(&mut shapes, slice.start_rad, offset, flipped(edge), width);
                self.radial(&mut shapes, slice.end_rad, offset, edge, width);
            }
        }
        shapes
    }

    /// A slice's convex pieces at `scale` × the radius, moved by `offset`.
    fn fill(
        &self,
        shapes: &mut Vec<Shape>,
        slice: &Slice,
        offset: [f64; 2],
        scale: f64,
        fill: Color32,
    ) {
        let pieces = geometry::convex_pieces(slice, FRAC_PI_2);
        // A slice in several pieces gets an outline in its own colour, which
        // hides the seams between them; a thin one is one piece and gets
        // none (the corner of a stroke around a sliver shoots far out).
        let seam = if pieces.len() > 1 {
            Stroke::new(1.0, fill)
        } else {
            Stroke::NONE
        };
        let thin = slice.sweep_rad() < THIN_SLICE_RAD;
        for piece in pieces {
            let piece = if thin { blunt_tip(&piece) } else { piece };
            let points = piece
                .into_iter()
                .map(|[x, y]| self.at([x * scale, y * scale], offset))
                .collect();
            shapes.push(Shape::convex_polygon(points, fill, seam));
        }
    }

    /// A radial edge at `angle_rad`: `edge.beside_a` towards smaller angles.
    fn radial(
        &self,
        shapes: &mut Vec<Shape>,
        angle_rad: f64,
        offset: [f64; 2],
        edge: Edge,
        width_pt: f32,
    ) {
        let rim = geometry::point_at(angle_rad, 1.0);
        // The direction of growing angles, across the edge.
        let across = [angle_rad.cos(), -angle_rad.sin()];
        let q = self.quarter_width(width_pt);
        self.lines(shapes, edge, width_pt, |shift| {
            let d = [across[0] * shift * q, across[1] * shift * q];
            let from = [offset[0] + d[0], offset[1] + d[1]];
            vec![self.at([0.0, 0.0], from), self.at(rim, from)]
        });
    }

    /// The rim of `slice`: `edge.beside_a` inside, `beside_b` outside.
    fn arc(
        &self,
        shapes: &mut Vec<Shape>,
        slice: &Slice,
        offset: [f64; 2],
        edge: Edge,
        width_pt: f32,
    ) {
        let steps = ((slice.sweep_rad() / geometry::ARC_STEP_RAD).ceil() as usize).max(1);
        let q = self.quarter_width(width_pt);
        self.lines(shapes, edge, width_pt, |shift| {
            let radius = 1.0 + shift * q;
            (0..=steps)
                .map(|k| {
                    let angle = slice.start_rad + slice.sweep_rad() * k as f64 / steps as f64;
                    self.at(geometry::point_at(angle, radius), offset)
                })
                .collect()
        });
    }

    /// One line, or two half-width lines side by side for a two-tone edge;
    /// `points(shift)` gives a line moved `shift` quarter widths across.
    fn lines(
        &self,
        shapes: &mut Vec<Shape>,
        edge: Edge,
        width_pt: f32,
        points: impl Fn(f64) -> Vec<Pos2>,
    ) {
        let line = |shift: f64, colour: [u8; 3], w: f32| {
            Shape::line(points(shift), Stroke::new(w, theme::colour32(colour)))
        };
        if edge.is_two_tone() {
            shapes.push(line(-1.0, edge.beside_a, width_pt / 2.0));
            shapes.push(line(1.0, edge.beside_b, width_pt / 2.0));
        } else {
            shapes.push(line(0.0, edge.beside_a, width_pt));
        }
    }

    /// A quarter of an edge's width, in radii.
    fn quarter_width(&self, width_pt: f32) -> f64 {
        f64::from(width_pt) / 4.0 / f64::from(self.layout.radius.max(1.0))
    }
}

/// The same edge seen from its other side.
fn flipped(edge: Edge) -> Edge {
    Edge {
        beside_a: edge.beside_b,
        beside_b: edge.beside_a,
    }
}

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

fn rgb(c: Color32) -> [u8; 3] {
    [c.r(), c.g(), c.b()]
}

/// The resting pie's mesh, tessellated once per layout, position, theme,
/// scale and edge width, and kept under `id`.
pub fn cached_mesh(ctx: &egui::Context, id: egui::Id, painting: &Painting<'_>) -> Arc<Mesh> {
    type Key = (u64, [u32; 4], Color32);
    let key: Key = (
        painting.layout.stamp,
        [
            painting.centre.x.to_bits(),
            painting.centre.y.to_bits(),
            ctx.pixels_per_point().to_bits(),
            painting.edge_pt.to_bits(),
        ],
        painting.tokens.background,
    );
    if let Some((k, mesh)) = ctx.data(|d| d.get_temp::<(Key, Arc<Mesh>)>(id))
        && k == key
    {
        return mesh;
    }
    let mesh = Arc::new(painting.resting_mesh(ctx));
    ctx.data_mut(|d| d.insert_temp(id, (key, mesh.clone())));
    mesh
}
