//! The room's QR code as a widget: a light square (the quiet zone
//! included) with the dark modules painted as the runs laid out once when
//! the room opened (`room::OpenRoom::qr_runs`), each module a whole number
//! of physical pixels so that no edge is blurred. Dark on light in every
//! theme. A custom widget: size, allocate, describe, paint.

use egui::{Rect, Response, Sense, Ui, pos2, vec2};

use crate::app::room::OpenRoom;
use crate::app::theme;

/// Draws the code at most `side_pt` on a side; `label` is what a screen
/// reader says (the address it holds).
pub fn qr_ui(ui: &mut Ui, open: &OpenRoom, side_pt: f32, label: &str) -> Response {
    let ppp = ui.ctx().pixels_per_point();
    let modules = open.qr_side.max(1) as f32;
    let module_px = ((side_pt * ppp) / modules).floor().max(1.0);
    let module_pt = module_px / ppp;
    let side = module_pt * modules;
    let (rect, response) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    if ui.is_rect_visible(rect) {
        // The corner on a physical pixel, so every module edge is one too.
        let origin = (rect.min.to_vec2() * ppp).round() / ppp;
        let origin = pos2(origin.x, origin.y);
        let painter = ui.painter();
        painter.rect_filled(
            Rect::from_min_size(origin, vec2(side, side)),
            0.0,
            theme::QR_LIGHT,
        );
        for &(row, column, run) in &open.qr_runs {
            let min = origin + vec2(column as f32 * module_pt, row as f32 * module_pt);
            painter.rect_filled(
                Rect::from_min_size(min, vec2(run as f32 * module_pt, module_pt)),
                0.0,
                theme::QR_DARK,
            );
        }
    }
    response
}
