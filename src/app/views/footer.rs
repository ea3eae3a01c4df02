//! Below the ingredient table: add, the total, the unit system, and what is
//! wrong with the recipe, if anything.

use egui::Ui;

use super::AppView;
use super::widgets::keys_of;
use crate::app::command::{Command, EditCommand, ViewCommand};
use crate::app::theme;
use crate::i18n::{Arg, tr, tr_args};
use crate::recipe::UnitSystem;

/// Below the table: add, the total, the unit system, and problems.
pub fn footer_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let derived = view.derived;
    let t = |key: &str| tr(lang, key);
    ui.horizontal(|ui| {
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
        ui.label(tr_args(
            lang,
            key,
            &[("total", Arg::Text(&derived.total_text))],
        ));
    });
    ui.horizontal(|ui| {
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
    super::budget::budget_ui(ui, view, out);
    if let Some(problem) = &derived.problem {
        ui.colored_label(theme::tokens(ui.ctx()).error, problem);
    }
}
