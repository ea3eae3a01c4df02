//! Recipe edits: thin wrappers that call the model in `recipe/` and keep the
//! selection in step with the rows.

use crate::app::command::{Command, EditorTab};
use crate::app::state::{CxApp, Message};
use crate::app::words::recipe_error;
use crate::chart::palette;
use crate::i18n::{Arg, Lang, tr_args};
use crate::recipe::format::MAX_INGREDIENTS;
use crate::recipe::{Colour, Ingredient, Recipe, Unit};

impl CxApp {
    /// Selection moves, undo and redo, and edits of the recipe itself.
    pub(super) fn edit(&mut self, command: Command) {
        match command {
            Command::Undo => {
                self.doc.history.undo(&mut self.doc.recipe);
                self.clamp_selection();
                self.clamp_step_selection();
            }
            Command::Redo => {
                self.doc.history.redo(&mut self.doc.recipe);
                self.clamp_selection();
                self.clamp_step_selection();
            }
            // On the method tab, the keys that move through ingredients move
            // through the steps.
            Command::SelectNext | Command::SelectPrevious if self.tab == EditorTab::Method => {
                let n = self.doc.recipe.steps.len();
                let next = command == Command::SelectNext;
                self.selected_step = match self.selected_step {
                    _ if n == 0 => None,
                    None if next => Some(0),
                    None => Some(n - 1),
                    Some(i) if next => Some((i + 1).min(n - 1)),
                    Some(i) => Some(i.saturating_sub(1)),
                };
            }
            Command::MoveSelectedUp | Command::MoveSelectedDown
                if self.tab == EditorTab::Method =>
            {
                if let Some(i) = self.selected_step {
                    let to = if command == Command::MoveSelectedUp {
                        i.checked_sub(1)
                    } else {
                        Some(i + 1)
                    };
                    if let Some(to) = to {
                        self.move_step(i, to);
                    }
                }
            }
            Command::RemoveSelected if self.tab == EditorTab::Method => {
                if let Some(i) = self.selected_step {
                    self.strategy(Command::RemoveStep(i));
                }
            }
            Command::Select(i) => self.selected = i,
            Command::SelectNext => {
                let n = self.doc.recipe.ingredients.len();
                self.selected = match self.selected {
                    _ if n == 0 => None,
                    None => Some(0),
                    Some(i) => Some((i + 1).min(n - 1)),
                };
                self.scroll_to_selected = true;
            }
            Command::SelectPrevious => {
                let n = self.doc.recipe.ingredients.len();
                self.selected = match self.selected {
                    _ if n == 0 => None,
                    None => Some(n - 1),
                    Some(i) => Some(i.saturating_sub(1)),
                };
                self.scroll_to_selected = true;
            }
            Command::AddIngredient | Command::MoveSelectedUp | Command::MoveSelectedDown => {
                self.scroll_to_selected = true;
                self.edit_recipe(command);
            }
            edit => self.edit_recipe(edit),
        }
    }

    /// Edits of the recipe itself.
    fn edit_recipe(&mut self, command: Command) {
        let recipe = &mut self.doc.recipe;
        if command == Command::AddIngredient && recipe.ingredients.len() >= MAX_INGREDIENTS {
            self.message = Some(Message::Error(self.text_args(
                "edit-max-ingredients",
                &[("count", Arg::from(MAX_INGREDIENTS))],
            )));
            return;
        }
        let result = match command {
            Command::AddIngredient => {
                let ingredient = new_ingredient(recipe, self.lang);
                recipe.ingredients.push(ingredient);
                let i = recipe.ingredients.len() - 1;
                self.selected = Some(i);
                self.focus_name = Some(i);
                Ok(())
            }
            Command::Remove(i) => {
                // The method's mentions of it go with it.
                let _ = recipe.remove_ingredient(i);
                self.selected = match self.selected {
                    Some(s) if s == i => None,
                    Some(s) if s > i => Some(s - 1),
                    other => other,
                };
                Ok(())
            }
            Command::RemoveSelected => {
                if let Some(i) = self.selected
                    && recipe.remove_ingredient(i).is_ok()
                {
                    self.selected = None;
                }
                Ok(())
            }
            Command::Move { from, to } => {
                self.move_ingredient(from, to);
                Ok(())
            }
            Command::MoveSelectedUp => {
                if let Some(i) = self.selected
                    && i > 0
                {
                    self.move_ingredient(i, i - 1);
                }
                Ok(())
            }
            Command::MoveSelectedDown => {
                if let Some(i) = self.selected {
                    self.move_ingredient(i, i + 1);
                }
                Ok(())
            }
            Command::SetTitle(title) => {
                recipe.title = title;
                Ok(())
            }
            // The method's mentions follow the new name; a gone row is no error.
            Command::SetName(i, name) => recipe.rename_ingredient(i, name).or(Ok(())),
            Command::SetNote(i, note) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.note = note;
                }
                Ok(())
            }
            Command::SetColour(i, colour) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.colour = colour;
                }
                Ok(())
            }
            Command::ToggleLock(i) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.locked = !ing.locked;
                }
                Ok(())
            }
            Command::SetAmount(i, amount) => {
                start_of_gesture(recipe, self.doc.history.committed());
                recipe.set_amount_rebalanced(i, amount)
            }
            Command::SetPercent(i, percent) => {
                start_of_gesture(recipe, self.doc.history.committed());
                recipe.set_share_rebalanced(i, percent / 100.0)
            }
            Command::SetUnit(i, unit) => recipe.set_unit_keeping_share(i, unit),
            Command::ConvertTo(system) => recipe.convert_to(system, Unit::Millilitre),
            // The rest are not edits of the recipe.
            _ => Ok(()),
        };
        if let Err(e) = result {
            self.message = Some(Message::Error(sentence(&recipe_error(self.lang, &e))));
        }
    }

    fn move_ingredient(&mut self, from: usize, to: usize) {
        let list = &mut self.doc.recipe.ingredients;
        if from >= list.len() || to >= list.len() || from == to {
            return;
        }
        let item = list.remove(from);
        list.insert(to, item);
        self.selected = Some(to);
    }

    fn clamp_selection(&mut self) {
        let n = self.doc.recipe.ingredients.len();
        if self.selected.is_some_and(|i| i >= n) {
            self.selected = None;
        }
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
