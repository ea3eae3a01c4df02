//! The chart's legend: a swatch, the name and the percentage per ingredient,
//! linked to the table and the pie. A custom widget in egui's four steps:
//! size, allocate, interact, paint.

use egui::{Align2, Color32, CornerRadius, Response, Sense, Stroke, Ui, Widget, vec2};

use crate::app::theme;

/// One legend row.
pub struct LegendEntry<'a> {
    /// The ingredient's colour.
    pub colour: [u8; 3],
    /// Its name.
    pub name: &'a str,
    /// Its rounded percentage, with the sign ("24.8 %").
    pub percent: &'a str,
    /// Whether it is selected.
    pub selected: bool,
    /// Whether it is hovered elsewhere (table, pie).
    pub highlighted: bool,
    /// The row's width.
    pub width: f32,
}

impl Widget for LegendEntry<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let Self {
            colour,
            name,
            percent,
            selected,
            highlighted,
            width,
        } = self;
        // 1. Size.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let height = ui.spacing().interact_size.y.max(font.size * 1.5);
        let size = vec2(width, height);
        // 2. Allocate, 3. interact.
        let (rect, response) = ui.allocate_exact_size(size, Sense::click());
        let label = format!("{name}, {percent}");
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
            // The swatch grows with the text (presentation mode).
            let swatch_pt = theme::SWATCH_PT * font.size / theme::BODY_PT;
            let swatch = egui::Rect::from_center_size(
                rect.left_center() + vec2(6.0 + swatch_pt / 2.0, 0.0),
                vec2(swatch_pt, swatch_pt),
            );
            painter.rect(
                swatch,
                CornerRadius::same(3),
                theme::colour32(colour),
                swatch_edge(colour, tokens.background),
                egui::StrokeKind::Inside,
            );
            let text_colour = tokens.strong_text;
            let percent_galley =
                painter.layout_no_wrap(percent.to_owned(), font.clone(), text_colour);
            let percent_pos = rect.right_center() - vec2(6.0, 0.0);
            let name_left = swatch.right() + 10.0;
            let name_max = (percent_pos.x - percent_galley.size().x - 12.0 - name_left).max(10.0);
            let mut job =
                egui::text::LayoutJob::simple_singleline(name.to_owned(), font, text_colour);
            job.wrap = egui::text::TextWrapping::truncate_at_width(name_max);
            let name_galley = painter.layout_job(job);
            painter.galley(
                egui::pos2(name_left, rect.center().y - name_galley.size().y / 2.0),
                name_galley,
                text_colour,
            );
            let percent_rect = Align2::RIGHT_CENTER.anchor_size(percent_pos, percent_galley.size());
            painter.galley(percent_rect.min, percent_galley, text_colour);
        }
        response.on_hover_text(label.clone())
    }
}

/// The swatch's outline: the edge the pie would draw between the colour and
/// the background, so a yellow or black swatch still shows in every theme.
pub fn swatch_edge(colour: [u8; 3], background: Color32) -> Stroke {
    let bg = [background.r(), background.g(), background.b()];
    let edge = crate::chart::contrast::edge_between(colour, bg, bg);
    if edge == crate::chart::contrast::Edge::single(bg) {
        Stroke::new(1.0, Color32::from_black_alpha(60))
    } else {
        Stroke::new(1.5, theme::colour32(edge.beside_a))
    }
}
