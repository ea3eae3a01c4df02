//! Recipe edits: thin wrappers that call the model in `recipe/` and keep the
//! selection and the rows' identities in step with the rows.

use crate::app::command::EditCommand;
use crate::app::document::RowMove;
use crate::app::message::{Message, Said, Value};
use crate::app::state::CxApp;
use crate::app::ui_state::EditorTab;
use crate::app::words::recipe_error;
use crate::chart::palette;
use crate::i18n::{Arg, Lang, tr_args};
use crate::recipe::format::MAX_INGREDIENTS;
use crate::recipe::{Colour, Ingredient, Recipe, Unit, UnitSystem};

impl CxApp {
    /// Undo and redo, and edits of the recipe itself.
    pub(super) fn edit(&mut self, command: EditCommand) {
        let on_method = self.ui.tab() == EditorTab::Method;
        match command {
            EditCommand::Undo => {
                self.doc.undo();
            }
            EditCommand::Redo => {
                self.doc.redo();
            }
            // On the method tab, the keys that move through ingredients move
            // the steps.
            EditCommand::MoveSelectedUp | EditCommand::MoveSelectedDown if on_method => {
                if let Some(i) = self.ui.selected_step() {
                    let to = if command == EditCommand::MoveSelectedUp {
                        i.checked_sub(1)
                    } else {
                        Some(i + 1)
                    };
                    if let Some(to) = to {
                        self.move_step(i, to);
                    }
                }
            }
            EditCommand::RemoveSelected if on_method => {
                if let Some(i) = self.ui.selected_step() {
                    self.remove_step(i);
                }
            }
            EditCommand::AddFromLibrary(id) => self.add_from_library(id),
            EditCommand::SetTag(i, tag) => {
                if let Some(ing) = self.doc.recipe_mut().ingredients.get_mut(i) {
                    ing.tag = tag;
                }
            }
            EditCommand::SetProfile(profile) => self.doc.recipe_mut().profile = profile,
            EditCommand::ToggleBudget => self.toggle_budget(),
            EditCommand::SetBudget(points) => self.set_budget(points),
            EditCommand::ScaleToBudget => self.scale_to_budget(),
            EditCommand::ConvertTo(UnitSystem::Parts) => {
                self.edit_recipe(command);
                self.offer_scale_after_conversion();
            }
            edit => self.edit_recipe(edit),
        }
    }

    /// Edits of the recipe's ingredients and title.
    fn edit_recipe(&mut self, command: EditCommand) {
        let count = self.doc.recipe().ingredients.len();
        if command == EditCommand::AddIngredient && count >= MAX_INGREDIENTS {
            self.message = Some(Message::Error(self.text_args(
                "edit-max-ingredients",
                &[("count", Arg::from(MAX_INGREDIENTS))],
            )));
            return;
        }
        let lang = self.lang;
        let result = match command {
            EditCommand::AddIngredient => {
                let ingredient = new_ingredient(self.doc.recipe(), lang);
                let name = ingredient.name.clone();
                let got = self.doc.recipe_mut().add_within_budget(ingredient);
                self.tell_points_given(&name, got);
                let i = count;
                self.ui.select_and_show(Some(i));
                self.ui.ask_focus_name(i);
                Ok(())
            }
            EditCommand::Remove(i) => {
                self.remove_ingredient(i);
                Ok(())
            }
            EditCommand::RemoveSelected => {
                if let Some(i) = self.ui.selected() {
                    self.remove_ingredient(i);
                }
                Ok(())
            }
            EditCommand::Move { from, to } => {
                self.move_ingredient(from, to);
                Ok(())
            }
            EditCommand::MoveSelectedUp => {
                if let Some(i) = self.ui.selected()
                    && i > 0
                {
                    self.move_ingredient(i, i - 1);
                }
                Ok(())
            }
            EditCommand::MoveSelectedDown => {
                if let Some(i) = self.ui.selected() {
                    self.move_ingredient(i, i + 1);
                }
                Ok(())
            }
            EditCommand::SetTitle(title) => {
                self.doc.recipe_mut().title = title;
                Ok(())
            }
            EditCommand::SetAuthor(author) => {
                self.doc.recipe_mut().author = author;
                Ok(())
            }
            EditCommand::SetNotes(notes) => {
                self.doc.recipe_mut().notes = notes;
                Ok(())
            }
            // The method's mentions follow the new name; a gone row is no error.
            EditCommand::SetName(i, name) => {
                let renamed = self.doc.recipe_mut().rename_ingredient(i, name).or(Ok(()));
                self.tag_from_library(i);
                renamed
            }
            EditCommand::SetNote(i, note) => {
                if let Some(ing) = self.doc.recipe_mut().ingredients.get_mut(i) {
                    ing.note = note;
                }
                Ok(())
            }
            EditCommand::SetColour(i, colour) => {
                if let Some(ing) = self.doc.recipe_mut().ingredients.get_mut(i) {
                    ing.colour = colour;
                }
                Ok(())
            }
            EditCommand::ToggleLock(i) => {
                if let Some(ing) = self.doc.recipe_mut().ingredients.get_mut(i) {
                    ing.locked = !ing.locked;
                }
                Ok(())
            }
            EditCommand::SetAmount(i, amount) => {
                let committed = self.doc.committed().clone();
                let recipe = self.doc.recipe_mut();
                start_of_gesture(recipe, &committed);
                recipe.set_amount_rebalanced(i, amount)
            }
            EditCommand::SetPercent(i, percent) => {
                let committed = self.doc.committed().clone();
                let recipe = self.doc.recipe_mut();
                start_of_gesture(recipe, &committed);
                recipe.set_share_rebalanced(i, percent / 100.0)
            }
            EditCommand::SetUnit(i, unit) => self.doc.recipe_mut().set_unit_keeping_share(i, unit),
            EditCommand::ConvertTo(system) => {
                self.doc.recipe_mut().convert_to(system, Unit::Millilitre)
            }
            // Carried out in `edit`, before this.
            EditCommand::Undo
            | EditCommand::Redo
            | EditCommand::AddFromLibrary(_)
            | EditCommand::SetTag(..)
            | EditCommand::SetProfile(_)
            | EditCommand::ToggleBudget
            | EditCommand::SetBudget(_)
            | EditCommand::ScaleToBudget => Ok(()),
        };
        if let Err(e) = result {
            self.message = Some(Message::Error(Said::worded(Value::each(|lang| {
                sentence(&recipe_error(lang, &e))
            }))));
        }
    }

    /// Removes ingredient `i` (and the method's mentions of it); the
    /// selection stays on the same ingredient.
    fn remove_ingredient(&mut self, i: usize) {
        if self.doc.recipe_mut().remove_ingredient(i).is_err() {
            return;
        }
        self.doc.rows_moved(RowMove::RemoveIngredient(i));
        self.ui.select(match self.ui.selected() {
            Some(s) if s == i => None,
            Some(s) if s > i => Some(s - 1),
            other => other,
        });
    }

    fn move_ingredient(&mut self, from: usize, to: usize) {
        let n = self.doc.recipe().ingredients.len();
        if from >= n || to >= n || from == to {
            return;
        }
        let list = &mut self.doc.recipe_mut().ingredients;
        let item = list.remove(from);
        list.insert(to, item);
        self.doc.rows_moved(RowMove::Ingredient { from, to });
        self.ui.select_and_show(Some(to));
    }
}

/// A new ingredient: the next free colour, an average amount in the unit the
/// recipe uses most recently.
pub(super) fn new_ingredient(recipe: &Recipe, lang: Lang) -> Ingredient {
    let used: Vec<[u8; 3]> = recipe.ingredients.iter().map(|i| i.colour.rgb()).collect();
    let colour = Colour::from(palette::next_unused(&used));
    let unit = recipe.ingredients.last().map_or(Unit::Part, |i| i.unit);
    let n = recipe.ingredients.len();
    let base = if n > 0 && recipe.total() > 0.0 {
        recipe.total() / n as f64
    } else {
        10.0
    };
    let amount = round_nicely(unit.from_base(base));
    let name = tr_args(lang, "edit-new-ingredient", &[("number", Arg::from(n + 1))]);
    Ingredient::new(name, amount, unit, colour)
}

/// Two significant digits, so a new amount reads like a person chose it.
fn round_nicely(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(x.log10().floor() - 1.0);
    let rounded = (x / magnitude).round() * magnitude;
    if rounded.is_finite() && rounded > 0.0 {
        rounded
    } else {
        1.0
    }
}

/// A rebalancing edit starts from the amounts at the start of the gesture,
/// not from the last frame's: dragging past the limit (which empties the
/// others) and back then restores their proportions instead of losing them.
fn start_of_gesture(recipe: &mut Recipe, committed: &Recipe) {
    let any_locked = recipe.ingredients.iter().any(|i| i.locked);
    let same_shape = recipe.ingredients.len() == committed.ingredients.len()
        && recipe
            .ingredients
            .iter()
            .zip(&committed.ingredients)
            .all(|(a, b)| a.unit == b.unit && a.locked == b.locked);
    if any_locked && same_shape {
        for (now, before) in recipe.ingredients.iter_mut().zip(&committed.ingredients) {
            now.amount = before.amount;
        }
    }
}

/// An error text as a sentence: capital first letter, full stop.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_amounts_read_like_a_person_chose_them() {
        assert_eq!(round_nicely(806.0), 810.0);
        assert_eq!(round_nicely(0.123), 0.12);
        assert_eq!(round_nicely(0.0), 1.0);
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(sentence("the total is zero"), "The total is zero.");
    }
}
