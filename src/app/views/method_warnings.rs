//! The order check's warnings above the steps: every line wrapped, the
//! rule's explanation on hover. A few take the room they need; many (at
//! the limits a method of 200 steps can have hundreds) scroll in a box of
//! at most a third of the tab, so that the steps stay in view, and only
//! the lines in view are laid out and drawn: each line's height is kept
//! from when it was last drawn, as the steps' are.

use egui::{Color32, RichText, Ui};

use crate::app::derived::method::OrderLine;

/// The most of the tab's height the warnings take before they scroll.
const MAX_SHARE: f32 = 1.0 / 3.0;

/// Draws `lines` in `colour`.
pub fn order_warnings_ui(ui: &mut Ui, lines: &[OrderLine], colour: Color32) {
    if lines.is_empty() {
        return;
    }
    let n = lines.len();
    let gap = ui.spacing().item_spacing.y;
    let guess = ui.text_style_height(&egui::TextStyle::Body);
    let width = ui.available_width();
    let heights_id = egui::Id::unique("method-warning-heights");
    // Heights by line, for the width they were measured at.
    let (measured_at, mut heights): (f32, Vec<f32>) =
        ui.data(|d| d.get_temp(heights_id)).unwrap_or_default();
    if heights.len() != n || (measured_at - width).abs() > 0.5 {
        heights = vec![guess; n];
    }
    let mut tops = Vec::with_capacity(n + 1);
    let mut y = 0.0;
    for h in &heights {
        tops.push(y);
        y += h + gap;
    }
    let total = (y - gap).max(0.0);
    let max_height = (ui.available_height() * MAX_SHARE).max(3.0 * (guess + gap));
    let mut drawn = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("method-warnings")
        .max_height(max_height)
        .auto_shrink([false, true])
        .show_viewport(ui, |ui, viewport| {
            ui.set_height(total);
            let origin = ui.max_rect().min;
            let first = tops
                .partition_point(|&t| t <= viewport.min.y)
                .saturating_sub(1);
            for (i, line) in lines.iter().enumerate().skip(first) {
                let Some(&top) = tops.get(i) else {
                    break;
                };
                if top > viewport.max.y {
                    break;
                }
                let rect = egui::Rect::from_min_size(
                    origin + egui::vec2(0.0, top),
                    egui::vec2(width, f32::INFINITY),
                );
                let response = ui
                    .scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("⚠ {}", line.text)).color(colour),
                            )
                            .wrap(),
                        )
                        .on_hover_text(line.explanation.as_str())
                    })
                    .inner;
                drawn.push((i, response.rect.height()));
            }
        });
    let mut changed = false;
    for (i, h) in drawn {
        if let Some(old) = heights.get_mut(i)
            && (*old - h).abs() > 0.5
        {
            *old = h;
            changed = true;
        }
    }
    if changed {
        // Laid out with a guessed height: this pass again with the real one.
        ui.data_mut(|d| d.insert_temp(heights_id, (width, heights)));
        ui.ctx()
            .request_discard("an order warning's height changed");
    } else if (measured_at - width).abs() > 0.5 {
        ui.data_mut(|d| d.insert_temp(heights_id, (width, heights)));
    }
}
