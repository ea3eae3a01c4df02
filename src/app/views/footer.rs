//! Below the ingredient table: add, the total, the unit system (and, just
//! after Measure in ▸ Parts, the offer to scale to the budget), what is
//! wrong with the recipe, and the names `cx-recipe check` warns about.

use egui::{RichText, Ui};

use super::widgets::keys_of;
use super::{AppView, UiState};
use crate::app::command::{Command, EditCommand, ViewCommand};
use crate::app::theme;
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::UnitSystem;
use crate::recipe::budget::DEFAULT_BUDGET;

/// At most this many name warnings are listed; the rest are counted.
const SHOWN_WARNINGS: usize = 3;

/// Below the table: add, the total, the unit system, and problems.
pub fn footer_ui(ui: &mut Ui, view: &AppView<'_>, state: &mut UiState, out: &mut Vec<Command>) {
    let lang = view.lang;
    let derived = view.derived;
    let t = |key: &str| tr(lang, key);
    // Each row wraps in a narrow (zoomed) panel rather than cutting its end.
    ui.horizontal_wrapped(|ui| {
        let add = Command::Edit(EditCommand::AddIngredient);
        let hint = tr_args(
            lang,
            "footer-add-hint",
            &[("keys", Arg::Text(&keys_of(ui, &add, lang)))],
        );
        if ui.button(t("footer-add")).on_hover_text(hint).clicked() {
            out.push(add);
        }
        let library = if view.settings.show_library {
            t("footer-hide-library")
        } else {
            t("footer-library")
        };
        let toggle = Command::View(ViewCommand::ToggleLibrary);
        let hint = tr_args(
            lang,
            "footer-library-hint",
            &[("keys", Arg::Text(&keys_of(ui, &toggle, lang)))],
        );
        if ui.button(library).on_hover_text(hint).clicked() {
            out.push(toggle);
        }
        ui.separator();
        let key = match (derived.mixed_units, derived.unit_system) {
            (true, _) => "footer-total-none",
            (false, Some(UnitSystem::Volume)) => "footer-total-ml",
            (false, _) => "footer-total-parts",
        };
        // Whole on one line: in a narrow panel it moves to the next.
        let total = tr_args(lang, key, &[("total", Arg::Text(&derived.total_text))]);
        ui.add(egui::Label::new(total).extend());
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t("footer-measure-in"));
        let current = if derived.mixed_units {
            None
        } else {
            derived.unit_system
        };
        for (system, label, hint) in [
            (UnitSystem::Volume, "footer-volumes", "footer-volumes-hint"),
            (UnitSystem::Parts, "footer-parts", "footer-parts-hint"),
        ] {
            if ui
                .radio(current == Some(system), t(label))
                .on_hover_text(t(hint))
                .clicked()
                && current != Some(system)
            {
                out.push(Command::Edit(EditCommand::ConvertTo(system)));
            }
        }
    });
    if state.scale_offered(derived.revision()) {
        scale_offer_ui(ui, view, state, out);
    }
    super::budget::budget_ui(ui, view, out);
    if let Some(problem) = &derived.problem {
        ui.colored_label(theme::tokens(ui.ctx()).error, problem);
    }
    warnings_ui(ui, view);
}

/// The offer after Measure in ▸ Parts: the recipe's total in parts, and a
/// button that scales it to the budget (one step of undo), or keeps it.
fn scale_offer_ui(ui: &mut Ui, view: &AppView<'_>, state: &mut UiState, out: &mut Vec<Command>) {
    let lang = view.lang;
    let points = view.recipe.budget.unwrap_or(DEFAULT_BUDGET);
    let count = |n: f64| Arg::Number(n);
    let (total, shown_points) = (&view.derived.total_text, number::amount(lang, points));
    ui.horizontal_wrapped(|ui| {
        ui.label(tr_args(
            lang,
            "budget-offer",
            &[
                ("total", Arg::Text(total)),
                ("count", count(view.derived.total)),
            ],
        ));
        let scale = tr_args(
            lang,
            "budget-offer-scale",
            &[
                ("points", Arg::Text(&shown_points)),
                ("count", count(points)),
            ],
        );
        if ui
            .button(scale)
            .on_hover_text(tr(lang, "budget-offer-scale-hint"))
            .clicked()
        {
            out.push(Command::Edit(EditCommand::ScaleToBudget));
        }
        if ui.button(tr(lang, "budget-offer-keep")).clicked() {
            state.dismiss_scale_offer();
        }
    });
}

/// The duplicate and empty names, as `cx-recipe check` finds them.
fn warnings_ui(ui: &mut Ui, view: &AppView<'_>) {
    let warnings = &view.derived.name_warnings;
    if warnings.is_empty() {
        return;
    }
    let colour = theme::tokens(ui.ctx()).warning;
    for warning in warnings.iter().take(SHOWN_WARNINGS) {
        let text = RichText::new(format!("⚠ {}", warning.text)).color(colour);
        ui.add(egui::Label::new(text).wrap());
    }
    let more = warnings.len().saturating_sub(SHOWN_WARNINGS);
    if more > 0 {
        ui.colored_label(colour, more_text(view.lang, more));
    }
}

fn more_text(lang: Lang, more: usize) -> String {
    tr_args(lang, "warning-more", &[("count", Arg::from(more))])
}
