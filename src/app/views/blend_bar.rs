//! The blend table's spread bar (`blend_table`): a line from the smallest
//! share to the largest on the table's shared scale, the mean as a dot in
//! the ingredient's colour, described for screen readers and on hover.

use egui::{Response, Sense, Ui, vec2};

use crate::app::derived::blend::BlendLine;
use crate::app::theme;
use crate::recipe::blend::BlendRow;

/// The mean's dot on the spread bar.
const MEAN_RADIUS_PT: f32 = 7.0;

/// The spread as a bar: a line from the smallest share to the largest, on a
/// scale from 0 to `scale`, with the mean as a dot in the ingredient's
/// colour. A custom widget: size, allocate, describe, paint.
pub fn range_bar_ui(
    ui: &mut Ui,
    row: &BlendRow,
    line: &BlendLine,
    scale: f64,
    width: f32,
) -> Response {
    let size = vec2(width, ui.spacing().interact_size.y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let text = line.bar_text.as_str();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, text));
    if ui.is_rect_visible(rect) {
        let inner = rect.shrink2(vec2(MEAN_RADIUS_PT + 1.0, 0.0));
        let x = |share: f64| {
            let t = if scale > 0.0 { share / scale } else { 0.0 };
            inner.left() + inner.width() * t.clamp(0.0, 1.0) as f32
        };
        let y = rect.center().y;
        let painter = ui.painter();
        let track = ui.visuals().widgets.noninteractive.bg_stroke.color;
        painter.line_segment(
            [egui::pos2(inner.left(), y), egui::pos2(inner.right(), y)],
            egui::Stroke::new(1.0, track),
        );
        let ink = ui.visuals().strong_text_color();
        painter.line_segment(
            [egui::pos2(x(row.min), y), egui::pos2(x(row.max), y)],
            egui::Stroke::new(5.0, ink),
        );
        for end in [row.min, row.max] {
            painter.line_segment(
                [egui::pos2(x(end), y - 7.0), egui::pos2(x(end), y + 7.0)],
                egui::Stroke::new(2.0, ink),
            );
        }
        painter.circle(
            egui::pos2(x(row.mean), y),
            MEAN_RADIUS_PT,
            theme::colour32(line.colour.rgb()),
            egui::Stroke::new(2.0, ink),
        );
    }
    response.on_hover_text(text)
}
