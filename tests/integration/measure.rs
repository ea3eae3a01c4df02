//! Measuring what the window really drew: every glyph egui produced in a
//! frame, its size in pixels, its colour, and the colour under it (the
//! filled shapes painted before it at that point, blended as egui paints
//! them). A real measurement of text size and contrast, not a constant.

use egui::epaint::{ClippedShape, Color32, Shape, TextShape};
use egui::{FullOutput, Pos2};

/// One glyph as drawn.
#[derive(Clone, Debug)]
pub struct Glyph {
    /// The text it belongs to.
    pub text: String,
    /// The character.
    pub chr: char,
    /// The smallest font size in the text's galley, in pixels.
    pub size_px: f32,
    /// Its colour, blended over what is under it.
    pub colour: [u8; 3],
    /// What is under it.
    pub background: [u8; 3],
    /// Where (the glyph's centre, in points).
    pub at: Pos2,
}

/// Every visible glyph of the frame, with what is under it.
pub fn glyphs(output: &FullOutput) -> Vec<Glyph> {
    let mut flat: Vec<(egui::Rect, &Shape)> = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &output.shapes
    {
        flatten(*clip_rect, shape, &mut flat);
    }
    let ppp = output.pixels_per_point;
    let mut out = Vec::new();
    for (index, (clip, shape)) in flat.iter().enumerate() {
        let Shape::Text(text) = shape else {
            continue;
        };
        let size_px = min_font_size(text) * ppp;
        for placed in &text.galley.rows {
            let row = &placed.row;
            let row_pos = text.pos + placed.pos.to_vec2();
            for glyph in &row.glyphs {
                if glyph.chr.is_whitespace() || glyph.uv_rect.is_nothing() {
                    continue;
                }
                let first = glyph.first_vertex as usize;
                let Some(quad) = row.visuals.mesh.vertices.get(first..first + 4) else {
                    continue;
                };
                let centre = quad
                    .iter()
                    .fold(egui::Vec2::ZERO, |sum, v| sum + v.pos.to_vec2())
                    / 4.0;
                let at = row_pos + centre;
                if !clip.contains(at) {
                    continue; // clipped away: not drawn
                }
                let background = under(&flat[..index], at);
                let colour = glyph_colour(text, quad[0].color);
                out.push(Glyph {
                    text: text.galley.text().to_owned(),
                    chr: glyph.chr,
                    size_px,
                    colour: rgb(blend(colour, background)),
                    background: rgb(background),
                    at,
                });
            }
        }
    }
    out
}

fn flatten<'a>(clip: egui::Rect, shape: &'a Shape, out: &mut Vec<(egui::Rect, &'a Shape)>) {
    if let Shape::Vec(shapes) = shape {
        for s in shapes {
            flatten(clip, s, out);
        }
    } else {
        out.push((clip, shape));
    }
}

/// The smallest font size among the galley's sections that hold text.
fn min_font_size(text: &TextShape) -> f32 {
    let job = &text.galley.job;
    job.sections
        .iter()
        .filter(|s| {
            job.text
                .get(s.byte_range.start.0..s.byte_range.end.0)
                .is_some_and(|t| t.chars().any(|c| !c.is_whitespace()))
        })
        .map(|s| s.format.font_id.size)
        .fold(f32::INFINITY, f32::min)
}

/// A glyph's colour as the tessellator paints it.
fn glyph_colour(text: &TextShape, vertex: Color32) -> Color32 {
    let colour = if let Some(c) = text.override_text_color {
        c
    } else if vertex == Color32::PLACEHOLDER {
        text.fallback_color
    } else {
        vertex
    };
    if text.opacity_factor < 1.0 {
        colour.gamma_multiply(text.opacity_factor)
    } else {
        colour
    }
}

/// The colour at `p` after painting `shapes` in order (filled areas only:
/// lines are too thin to carry text).
fn under(shapes: &[(egui::Rect, &Shape)], p: Pos2) -> Color32 {
    let mut colour = Color32::BLACK;
    for (clip, shape) in shapes {
        if !clip.contains(p) {
            continue;
        }
        let fill = match shape {
            Shape::Rect(r) if r.rect.contains(p) => Some(r.fill),
            Shape::Circle(c) if c.center.distance(p) <= c.radius => Some(c.fill),
            Shape::Path(path) if path.closed && inside_polygon(&path.points, p) => Some(path.fill),
            Shape::Mesh(mesh) if mesh.texture_id == egui::TextureId::default() => {
                mesh_colour_at(mesh, p)
            }
            _ => None,
        };
        if let Some(fill) = fill {
            colour = blend(fill, colour);
        }
    }
    colour
}

fn mesh_colour_at(mesh: &egui::epaint::Mesh, p: Pos2) -> Option<Color32> {
    mesh.indices.chunks_exact(3).find_map(|t| {
        let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize]);
        inside_polygon(&[a.pos, b.pos, c.pos], p).then_some(a.color)
    })
}

/// Ray casting: whether `p` is inside the polygon.
fn inside_polygon(points: &[Pos2], p: Pos2) -> bool {
    let mut inside = false;
    let n = points.len();
    for i in 0..n {
        let (a, b) = (points[i], points[(i + n - 1) % n]);
        if (a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
            inside = !inside;
        }
    }
    inside
}

/// `src` over `dst`, premultiplied, as egui blends.
fn blend(src: Color32, dst: Color32) -> Color32 {
    let a = f32::from(src.a()) / 255.0;
    let mix = |s: u8, d: u8| (f32::from(s) + f32::from(d) * (1.0 - a)).round().min(255.0) as u8;
    Color32::from_rgba_premultiplied(
        mix(src.r(), dst.r()),
        mix(src.g(), dst.g()),
        mix(src.b(), dst.b()),
        255,
    )
}

fn rgb(c: Color32) -> [u8; 3] {
    [c.r(), c.g(), c.b()]
}

/// The bounds of the closed filled paths drawn in one of `colours` (the
/// pie's slices), in points.
pub fn filled_bounds(output: &FullOutput, colours: &[[u8; 3]]) -> egui::Rect {
    let mut flat: Vec<(egui::Rect, &Shape)> = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &output.shapes
    {
        flatten(*clip_rect, shape, &mut flat);
    }
    let mut bounds = egui::Rect::NOTHING;
    for (_, shape) in flat {
        if let Shape::Path(path) = shape
            && path.closed
            && colours.contains(&rgb(path.fill))
        {
            for p in &path.points {
                bounds.extend_with(*p);
            }
        }
    }
    bounds
}
