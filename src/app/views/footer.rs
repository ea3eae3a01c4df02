//! Below the ingredient table: add, the total, the unit system, and what is
//! wrong with the recipe, if anything.

use egui::Ui;

use crate::app::command::Command;
use crate::app::theme;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::{Recipe, UnitSystem};

/// Below the table: add, the total, the unit system, and problems.
pub fn footer_ui(
    ui: &mut Ui,
    recipe: &Recipe,
    library_shown: bool,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let t = |key: &str| tr(lang, key);
    ui.horizontal(|ui| {
        if ui
            .button(t("footer-add"))
            .on_hover_text(t("footer-add-hint"))
            .clicked()
        {
            out.push(Command::AddIngredient);
        }
        let library = if library_shown {
            t("footer-hide-library")
        } else {
            t("footer-library")
        };
        if ui
            .button(library)
            .on_hover_text(t("footer-library-hint"))
            .clicked()
        {
            out.push(Command::ToggleLibrary);
        }
        ui.separator();
        let total = crate::recipe::human_amount(recipe.total());
        let key = match recipe.unit_system() {
            Ok(Some(UnitSystem::Volume)) => "footer-total-ml",
            Ok(_) => "footer-total-parts",
            Err(_) => "footer-total-none",
        };
        ui.label(tr_args(lang, key, &[("total", Arg::Text(&total))]));
    });
    ui.horizontal(|ui| {
        ui.label(t("footer-measure-in"));
        let current = recipe.unit_system().ok().flatten();
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
                out.push(Command::ConvertTo(system));
            }
        }
    });
    super::budget::budget_ui(ui, recipe, lang, out);
    if let Some(problem) = problem(recipe, lang) {
        ui.colored_label(theme::tokens(ui.ctx()).error, problem);
    }
}

/// What is wrong with the recipe, in a sentence, if anything.
pub fn problem(recipe: &Recipe, lang: Lang) -> Option<String> {
    if let Err(e) = recipe.unit_system() {
        return Some(crate::app::words::recipe_error(lang, &e));
    }
    if recipe.ingredients.is_empty() {
        return Some(tr(lang, "problem-no-ingredients"));
    }
    if recipe.shares().is_none() {
        return Some(tr(lang, "problem-zero-total"));
    }
    None
}
