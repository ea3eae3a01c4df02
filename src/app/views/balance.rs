//! The baking/cooking balance under the pie: a bar of the whole recipe in
//! baking, cooking and untagged parts, with the numbers, and the advice
//! from the organisation profile when there is one.

use egui::{RichText, Sense, Ui, vec2};

use crate::app::theme;
use crate::recipe::advice::Verdict;
use crate::recipe::shares::rounded_percentages;
use crate::recipe::{Recipe, Tag};

/// Draws the balance bar and the advice line.
pub fn balance_ui(ui: &mut Ui, recipe: &Recipe) {
    let Some(_) = recipe.shares() else {
        return;
    };
    let b = recipe.balance();
    let tokens = theme::tokens(ui.ctx());
    let parts = [
        (b.baking, Tag::Baking.label(), tokens.baking),
        (b.cooking, Tag::Cooking.label(), tokens.cooking),
        (b.untagged, "Untagged", tokens.untagged),
    ];
    // The bar and swatches grow with the text (presentation mode).
    let body_pt = egui::TextStyle::Body.resolve(ui.style()).size;
    let swatch_pt = theme::SWATCH_PT * body_pt / theme::BODY_PT;
    let percents = rounded_percentages(&[b.baking, b.cooking, b.untagged], 1);
    let width = ui.available_width();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, 14.0 * body_pt / theme::BODY_PT), Sense::hover());
    let mut x = rect.left();
    for (share, _, colour) in parts {
        let w = (share as f32) * rect.width();
        if w > 0.0 {
            let piece =
                egui::Rect::from_min_size(egui::pos2(x, rect.top()), vec2(w, rect.height()));
            ui.painter().rect_filled(piece, 0.0, colour);
            x += w;
        }
    }
    let summary: Vec<String> = parts
        .iter()
        .zip(&percents)
        .map(|((_, label, _), p)| format!("{label} {p} %"))
        .collect();
    let summary = summary.join(" · ");
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &summary));
    ui.horizontal_wrapped(|ui| {
        for ((_, label, colour), p) in parts.iter().zip(&percents) {
            let (swatch, _) = ui.allocate_exact_size(vec2(swatch_pt, swatch_pt), Sense::hover());
            ui.painter().rect_filled(swatch, 0.0, *colour);
            ui.label(format!("{label} {p} %"));
            ui.add_space(8.0);
        }
    });
    if let Some(advice) = recipe.advice() {
        let colour = match advice.verdict(b.baking) {
            Verdict::Inside => tokens.good,
            Verdict::Under | Verdict::Over => tokens.warning,
        };
        ui.add(egui::Label::new(RichText::new(advice.explain(b.baking)).color(colour)).wrap());
    }
}
