//! The points budget under the ingredient table (the "100 points"
//! exercise): on or off for a recipe in parts, its size, and the points
//! still to share out.

use egui::{RichText, Ui};

use super::a11y::named;
use crate::app::command::Command;
use crate::app::theme;
use crate::recipe::format::MAX_AMOUNT;
use crate::recipe::{Recipe, UnitSystem, human_amount};

/// Points closer to 0 than this are none left (sums of tenths are inexact).
const NONE_LEFT: f64 = 1e-9;

/// The budget's row: a checkbox, the budget, the points left. Shown for a
/// recipe in parts (or one with no ingredients yet), not in kitchen volumes.
pub fn budget_ui(ui: &mut Ui, recipe: &Recipe, out: &mut Vec<Command>) {
    if !matches!(recipe.unit_system(), Ok(Some(UnitSystem::Parts) | None)) {
        return;
    }
    ui.horizontal(|ui| {
        let mut on = recipe.budget.is_some();
        let toggle = ui.checkbox(&mut on, "Points budget").on_hover_text(
            "The \u{201c}100 points\u{201d} exercise: a fixed number of points to share \
             out. An amount that would spend more than is left is capped.",
        );
        if toggle.changed() {
            out.push(Command::ToggleBudget);
        }
        let Some(budget) = recipe.budget else {
            return;
        };
        let mut points = budget;
        let field = ui.add(
            egui::DragValue::new(&mut points)
                .range(1.0..=MAX_AMOUNT)
                .speed(1.0)
                .max_decimals(2)
                .custom_formatter(|v, _| human_amount(v)),
        );
        let field = named(field, "Budget in points").on_hover_text("The points to share out");
        if field.changed() {
            out.push(Command::SetBudget(points));
        }
        let left = budget - recipe.total();
        let (text, colour) = if left > NONE_LEFT {
            let unit = if human_amount(left) == "1" {
                "point"
            } else {
                "points"
            };
            (format!("{} {unit} left", human_amount(left)), None)
        } else if left < -NONE_LEFT {
            (
                format!("{} over the budget", human_amount(-left)),
                Some(theme::ERROR),
            )
        } else {
            ("0 points left".to_owned(), Some(theme::ERROR))
        };
        let text = RichText::new(text).strong();
        ui.label(match colour {
            Some(c) => text.color(c),
            None => text,
        });
    });
}
