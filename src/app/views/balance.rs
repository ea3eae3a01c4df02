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
    let parts = [
        (b.baking, Tag::Baking.label(), theme::BAKING),
        (b.cooking, Tag::Cooking.label(), theme::COOKING),
        (b.untagged, "Untagged", theme::UNTAGGED),
    ];
    let percents = rounded_percentages(&[b.baking, b.cooking, b.untagged], 1);
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, 14.0), Sense::hover());
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
    // Side by side where they fit, else one a line: a swatch never parts
    // from its label.
    let item = |ui: &mut Ui, label: &str, colour: egui::Color32, p: &str| {
        ui.horizontal(|ui| {
            let (swatch, _) =
                ui.allocate_exact_size(vec2(theme::SWATCH_PT, theme::SWATCH_PT), Sense::hover());
            ui.painter().rect_filled(swatch, 0.0, colour);
            ui.label(format!("{label} {p} %"));
        });
    };
    let items = parts.iter().zip(&percents);
    if ui.available_width() >= 480.0 {
        ui.horizontal(|ui| {
            for ((_, label, colour), p) in items {
                item(ui, label, *colour, &p.to_string());
                ui.add_space(8.0);
            }
        });
    } else {
        for ((_, label, colour), p) in items {
            item(ui, label, *colour, &p.to_string());
        }
    }
    if let Some(advice) = recipe.advice() {
        let colour = match advice.verdict(b.baking) {
            Verdict::Inside => theme::GOOD,
            Verdict::Under | Verdict::Over => theme::WARNING,
        };
        ui.add(egui::Label::new(RichText::new(advice.explain(b.baking)).color(colour)).wrap());
    }
}
