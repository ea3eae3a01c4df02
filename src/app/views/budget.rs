//! The points budget under the ingredient table (the "100 points"
//! exercise): on or off for a recipe in parts, its size, and the points
//! still to share out.

use egui::{RichText, Ui};

use super::AppView;
use super::a11y::named;
use crate::app::command::{Command, EditCommand};
use crate::app::theme;
use crate::i18n::{Arg, number, tr, tr_args};
use crate::recipe::format::MAX_AMOUNT;
use crate::recipe::{UnitSystem, human_amount};

/// Points closer to 0 than this are none left (sums of tenths are inexact).
const NONE_LEFT: f64 = 1e-9;

/// The budget's row: a checkbox, the budget, the points left. Shown for a
/// recipe in parts (or one with no ingredients yet), not in kitchen volumes.
pub fn budget_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let (recipe, lang, derived) = (view.recipe, view.lang, view.derived);
    if derived.mixed_units || derived.unit_system == Some(UnitSystem::Volume) {
        return;
    }
    ui.horizontal(|ui| {
        let mut on = recipe.budget.is_some();
        let toggle = ui
            .checkbox(&mut on, tr(lang, "budget-label"))
            .on_hover_text(tr(lang, "budget-hint"));
        if toggle.changed() {
            out.push(Command::Edit(EditCommand::ToggleBudget));
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
                .custom_formatter(|v, _| number::amount(lang, v))
                .custom_parser(|typed| number::parse_number(lang, typed).ok()),
        );
        let field =
            named(field, &tr(lang, "budget-field")).on_hover_text(tr(lang, "budget-field-hint"));
        if field.changed() {
            out.push(Command::Edit(EditCommand::SetBudget(points)));
        }
        let left = budget - derived.total;
        let points = |key: &str, amount: f64| {
            // The count is the number as shown ("1" is one point).
            let count = human_amount(amount).parse::<f64>().unwrap_or(amount);
            let shown = number::amount(lang, amount);
            tr_args(
                lang,
                key,
                &[("points", Arg::Text(&shown)), ("count", Arg::Number(count))],
            )
        };
        // The theme's error colour, which reads on its background.
        let error = theme::tokens(ui.ctx()).error;
        let (text, colour) = if left > NONE_LEFT {
            (points("budget-left", left), None)
        } else if left < -NONE_LEFT {
            (points("budget-over", -left), Some(error))
        } else {
            (points("budget-left", 0.0), Some(error))
        };
        let text = RichText::new(text).strong();
        ui.label(match colour {
            Some(c) => text.color(c),
            None => text,
        });
    });
}
