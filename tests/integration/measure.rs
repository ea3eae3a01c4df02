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
                if let Some(painted) = mesh_colour_at(mesh, p, colour) {
                    colour = painted;
                }
                None
            }
            _ => None,
        };
        if let Some(fill) = fill {
            colour = blend(fill, colour);
        }
    }
    colour
}

/// The colour a mesh paints at `p`: every triangle that covers it, in
/// order, each with its vertices' colours interpolated there (as the GPU
/// does), blended over `under`. `None` where nothing covers it.
fn mesh_colour_at(mesh: &egui::epaint::Mesh, p: Pos2, under: Color32) -> Option<Color32> {
    let mut colour: Option<Color32> = None;
    for t in mesh.indices.chunks_exact(3) {
        let [a, b, c] = [t[0], t[1], t[2]].map(|i| mesh.vertices[i as usize]);
        let Some([wa, wb, wc]) = barycentric(a.pos, b.pos, c.pos, p) else {
            continue;
        };
        let mix = |f: fn(Color32) -> u8| {
            (wa * f32::from(f(a.color)) + wb * f32::from(f(b.color)) + wc * f32::from(f(c.color)))
                .round()
                .clamp(0.0, 255.0) as u8
        };
        let here = Color32::from_rgba_premultiplied(
            mix(|c| c.r()),
            mix(|c| c.g()),
            mix(|c| c.b()),
            mix(|c| c.a()),
        );
        colour = Some(blend(here, colour.unwrap_or(under)));
    }
    colour
}

/// The barycentric weights of `p` in the triangle `a b c`, if it is inside.
fn barycentric(a: Pos2, b: Pos2, c: Pos2, p: Pos2) -> Option<[f32; 3]> {
    let (min_x, max_x) = (a.x.min(b.x).min(c.x), a.x.max(b.x).max(c.x));
    let (min_y, max_y) = (a.y.min(b.y).min(c.y), a.y.max(b.y).max(c.y));
    if p.x < min_x || p.x > max_x || p.y < min_y || p.y > max_y {
        return None;
    }
    let d = (b.y - c.y) * (a.x - c.x) + (c.x - b.x) * (a.y - c.y);
    if d.abs() < 1e-12 {
        return None;
    }
    let wa = ((b.y - c.y) * (p.x - c.x) + (c.x - b.x) * (p.y - c.y)) / d;
    let wb = ((c.y - a.y) * (p.x - c.x) + (a.x - c.x) * (p.y - c.y)) / d;
    let wc = 1.0 - wa - wb;
    (wa >= 0.0 && wb >= 0.0 && wc >= 0.0).then_some([wa, wb, wc])
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

/// The bounds of the closed filled paths, and of the opaque mesh vertices,
/// drawn in one of `colours` (the pie's slices), in points.
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
        if let Shape::Mesh(mesh) = shape {
            for v in &mesh.vertices {
                if v.color.a() == 255 && colours.contains(&rgb(v.color)) {
                    bounds.extend_with(v.pos);
                }
            }
        }
    }
    bounds
}

impl Glyph {
    /// Asserts that this glyph reads from the back of a room: at least
    /// `PRESENT_MIN_TEXT_PT` pixels and `TEXT_MIN` contrast on what is
    /// under it. `case` names the screen in the failure.
    pub fn assert_projected(&self, case: &str) {
        use cx_recipe::app::theme::PRESENT_MIN_TEXT_PT;
        use cx_recipe::chart::contrast::TEXT_MIN;
        use cx_recipe::chart::palette::contrast_ratio;
        assert!(
            self.size_px >= PRESENT_MIN_TEXT_PT,
            "{case}: {:?} is {} px",
            self.text,
            self.size_px
        );
        let ratio = contrast_ratio(self.colour, self.background);
        assert!(
            ratio >= TEXT_MIN,
            "{case}: '{}' of {:?} at {:?}: {:?} on {:?} is {ratio:.2}:1",
            self.chr,
            self.text,
            self.at,
            self.colour,
            self.background
        );
    }
}
