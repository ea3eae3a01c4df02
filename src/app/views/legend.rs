//! The chart's legend: a swatch, the name and the figures per ingredient,
//! linked to the table and the pie. A custom widget in egui's four steps:
//! size, allocate, interact, paint. A name wraps onto as many lines as it
//! needs (or, in a long virtualised legend, is cut with "…" and shown whole
//! on hover); the figures stand right-aligned in columns of their own.

use std::sync::Arc;

use egui::{
    Align2, Color32, CornerRadius, FontId, Galley, Response, Sense, Stroke, Ui, Widget, vec2,
};

use crate::app::theme;

/// The space inside a row around its parts, in points.
pub const PAD_PT: f32 = 3.0;
/// The space between rows, in points.
pub const ROW_GAP_PT: f32 = 2.0;
/// The space between the swatch and the name, and between figures.
pub const GAP_PT: f32 = 12.0;

/// One legend row.
pub struct LegendEntry<'a> {
    /// The ingredient's colour.
    pub colour: [u8; 3],
    /// Its name.
    pub name: &'a str,
    /// Its figures ("24.8 %"; on compare A, B and the change), each
    /// right-aligned in a column as wide as `value_widths` says.
    pub values: &'a [&'a str],
    /// The figures' column widths, in points.
    pub value_widths: &'a [f32],
    /// Whether it is selected.
    pub selected: bool,
    /// Whether it is hovered elsewhere (table, pie).
    pub highlighted: bool,
    /// The row's width.
    pub width: f32,
    /// Names wrap onto more lines (else they are cut with "…").
    pub wrap: bool,
}

/// The swatch's side for text of `font`: it grows with the text.
pub fn swatch_pt(font: &FontId) -> f32 {
    theme::SWATCH_PT * font.size / theme::BODY_PT
}

/// How wide the name may be in a row `width` wide with figures in columns
/// `value_widths` wide.
pub fn name_width(font: &FontId, width: f32, value_widths: &[f32]) -> f32 {
    let figures: f32 = value_widths.iter().map(|w| w + GAP_PT).sum();
    (width - 2.0 * PAD_PT - swatch_pt(font) - GAP_PT - figures).max(10.0)
}

/// The height of a row of one line.
pub fn one_line(font: &FontId) -> f32 {
    font.size * 1.3 + 2.0 * PAD_PT
}

/// How wide a row must be for a name `name_w` wide on one line.
pub fn row_width(font: &FontId, name_w: f32, value_widths: &[f32]) -> f32 {
    let figures: f32 = value_widths.iter().map(|w| w + GAP_PT).sum();
    name_w + 2.0 * PAD_PT + swatch_pt(font) + GAP_PT + figures + 1.0
}

/// The name laid out as the row draws it. A wrapped name breaks between
/// its words; where one word is wider than the column ("Kundenforschung"
/// beside the pie) the name is set smaller, down to 70 %, rather than
/// broken inside the word.
fn name_galley(ui: &Ui, name: &str, font: FontId, max_width: f32, wrap: bool) -> Arc<Galley> {
    let galley = name_layout(ui, name, font.clone(), max_width, wrap);
    if !wrap || galley.rows.len() < 2 || !broken_inside_a_word(&galley, name) {
        return galley;
    }
    let widest = name
        .split_whitespace()
        .map(|word| {
            ui.painter()
                .layout_no_wrap(word.to_owned(), font.clone(), Color32::PLACEHOLDER)
                .size()
                .x
        })
        .fold(0.0, f32::max);
    if widest <= 0.0 {
        return galley;
    }
    let scale = (max_width / widest * 0.99).clamp(0.7, 1.0);
    let smaller = FontId::new(font.size * scale, font.family);
    name_layout(ui, name, smaller, max_width, wrap)
}

fn name_layout(ui: &Ui, name: &str, font: FontId, max_width: f32, wrap: bool) -> Arc<Galley> {
    let mut job =
        egui::text::LayoutJob::simple(name.to_owned(), font, Color32::PLACEHOLDER, max_width);
    if !wrap {
        job.wrap = egui::text::TextWrapping::truncate_at_width(max_width);
    }
    ui.painter().layout_job(job)
}

/// Whether the galley's lines, put back together, split one of the name's
/// words.
fn broken_inside_a_word(galley: &Galley, name: &str) -> bool {
    let lines: Vec<String> = galley
        .rows
        .iter()
        .map(|r| r.row.glyphs.iter().map(|g| g.chr).collect())
        .collect();
    !lines
        .iter()
        .flat_map(|l| l.split_whitespace())
        .eq(name.split_whitespace())
}

/// The height of a row whose name is `name`: one line, or as many as the
/// name wraps onto.
pub fn row_height(ui: &Ui, name: &str, font: &FontId, name_w: f32, wrap: bool) -> f32 {
    let galley = name_galley(ui, name, font.clone(), name_w, wrap);
    one_line(font).max(galley.size().y + 2.0 * PAD_PT)
}

impl Widget for LegendEntry<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let Self {
            colour,
            name,
            values,
            value_widths,
            selected,
            highlighted,
            width,
            wrap,
        } = self;
        // 1. Size.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let name_w = name_width(&font, width, value_widths);
        let galley = name_galley(ui, name, font.clone(), name_w, wrap);
        let height = one_line(&font).max(galley.size().y + 2.0 * PAD_PT);
        // 2. Allocate, 3. interact.
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
        let label = std::iter::once(name)
            .chain(values.iter().copied())
            .collect::<Vec<_>>()
            .join(", ");
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::ListBoxOption, true, selected, &label)
        });
        // 4. Paint.
        if ui.is_rect_visible(rect) {
            let painter = ui.painter();
            let tokens = theme::tokens(ui.ctx());
            let fill = if selected {
                tokens.selected_fill
            } else if highlighted || response.hovered() {
                tokens.hover_fill
            } else {
                Color32::TRANSPARENT
            };
            painter.rect_filled(rect, CornerRadius::same(4), fill);
            // The swatch beside the first line.
            let side = swatch_pt(&font);
            let first_line = rect.top() + PAD_PT.max((height - galley.size().y) / 2.0);
            let swatch_y = first_line + galley.rows.first().map_or(side, |r| r.height()) / 2.0;
            let swatch = egui::Rect::from_center_size(
                egui::pos2(rect.left() + PAD_PT + side / 2.0, swatch_y),
                vec2(side, side),
            );
            swatch_ui(painter, swatch, colour, tokens.background);
            let text_colour = tokens.strong_text;
            painter.galley(
                egui::pos2(swatch.right() + GAP_PT, first_line),
                galley,
                text_colour,
            );
            let mut right = rect.right() - PAD_PT;
            for (value, w) in values.iter().zip(value_widths).rev() {
                let g = painter.layout_no_wrap((*value).to_owned(), font.clone(), text_colour);
                let at = Align2::RIGHT_CENTER.anchor_size(egui::pos2(right, swatch_y), g.size());
                painter.galley(at.min, g, text_colour);
                right -= w + GAP_PT;
            }
        }
        response.on_hover_text(label)
    }
}

/// A swatch of `colour` in `rect`, with the rim it needs to stand out from
/// `background` (`chart::contrast::rim_against`): black on the
/// high-contrast theme's black gets a white one, yellow on white a dark one.
pub fn swatch_ui(painter: &egui::Painter, rect: egui::Rect, colour: [u8; 3], background: Color32) {
    let bg = [background.r(), background.g(), background.b()];
    let rim = crate::chart::contrast::rim_against(colour, bg);
    let corner = CornerRadius::same(3);
    let inner = rim.map_or(Stroke::NONE, |e| {
        Stroke::new(2.0, theme::colour32(e.beside_a))
    });
    painter.rect(
        rect,
        corner,
        theme::colour32(colour),
        inner,
        egui::StrokeKind::Inside,
    );
    // A two-tone rim: its outer half stands out from the background.
    if let Some(edge) = rim.filter(crate::chart::contrast::Edge::is_two_tone) {
        let outer = Stroke::new(2.0, theme::colour32(edge.beside_b));
        painter.rect_stroke(rect, corner, outer, egui::StrokeKind::Outside);
    }
}
