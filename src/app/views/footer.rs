//! Below the ingredient table: add, the total, the unit system, and what is
//! wrong with the recipe, if anything.

use egui::Ui;

use crate::app::command::Command;
use crate::app::theme;
use crate::recipe::{Recipe, UnitSystem};

/// Below the table: add, the total, the unit system, and problems.
pub fn footer_ui(ui: &mut Ui, recipe: &Recipe, library_shown: bool, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui
            .button("➕ Add ingredient")
            .on_hover_text("Add an ingredient of your own (Ctrl+I)")
            .clicked()
        {
            out.push(Command::AddIngredient);
        }
        let library = if library_shown {
            "Hide library"
        } else {
            "📚 Library…"
        };
        if ui
            .button(library)
            .on_hover_text("The ingredients the articles name, ready to add (Ctrl+L)")
            .clicked()
        {
            out.push(Command::ToggleLibrary);
        }
        ui.separator();
        let total = crate::recipe::human_amount(recipe.total());
        match recipe.unit_system() {
            Ok(Some(UnitSystem::Volume)) => ui.label(format!("Total: {total} ml")),
            Ok(_) => ui.label(format!("Total: {total} parts")),
            Err(_) => ui.label("Total: –"),
        };
    });
    ui.horizontal(|ui| {
        ui.label("Measure in:");
        let current = recipe.unit_system().ok().flatten();
        for (system, label, hint) in [
            (
                UnitSystem::Volume,
                "Kitchen volumes",
                "Litres, cups and spoons, compared in millilitres",
            ),
            (
                UnitSystem::Parts,
                "Parts",
                "Plain parts or points: the same mix without kitchen units",
            ),
        ] {
            if ui
                .radio(current == Some(system), label)
                .on_hover_text(hint)
                .clicked()
                && current != Some(system)
            {
                out.push(Command::ConvertTo(system));
            }
        }
    });
    super::budget::budget_ui(ui, recipe, out);
    if let Some(problem) = problem(recipe) {
        ui.colored_label(theme::tokens(ui.ctx()).error, problem);
    }
}

/// What is wrong with the recipe, in a sentence, if anything.
pub fn problem(recipe: &Recipe) -> Option<String> {
    if let Err(e) = recipe.unit_system() {
        return Some(e.to_string());
    }
    if recipe.ingredients.is_empty() {
        return Some("No ingredients yet: add one to start the mix.".to_owned());
    }
    if recipe.shares().is_none() {
        return Some("The total is zero: give an ingredient an amount to see the mix.".to_owned());
    }
    None
}
