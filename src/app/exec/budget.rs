//! The points budget (the "100 points" exercise): turning it on and off,
//! setting it, capping an amount edit that would spend more points than
//! are left, giving a new ingredient what is left (possibly nothing), and
//! scaling a recipe to its budget after Measure in ▸ Parts. The arithmetic
//! is the core's (`recipe::budget`).

use crate::app::command::{Command, EditCommand};
use crate::app::message::{Message, Said, Value};
use crate::app::state::CxApp;
use crate::recipe::budget::{Capped, DEFAULT_BUDGET, ScaleError};
use crate::recipe::format::MAX_AMOUNT;
use crate::recipe::{Recipe, UnitSystem};

/// Points are shared out in tenths when a recipe is scaled to its budget.
const SCALE_DECIMALS: u8 = 1;

impl CxApp {
    /// Turns the budget on (at 100 points) or off.
    pub(super) fn toggle_budget(&mut self) {
        let recipe = self.doc.recipe_mut();
        recipe.budget = match recipe.budget {
            Some(_) => None,
            None => Some(DEFAULT_BUDGET),
        };
    }

    /// Sets the budget; a file holds only budgets of more than 0 points.
    pub(super) fn set_budget(&mut self, points: f64) {
        if points.is_finite() && points > 0.0 {
            self.doc.recipe_mut().budget = Some(points.min(MAX_AMOUNT));
        }
    }

    /// An amount edit that would overspend the budget, capped at what is
    /// left, with the banner saying so; any other command as it was.
    pub(super) fn within_budget(&mut self, command: Command) -> Command {
        let Command::Edit(EditCommand::SetAmount(i, amount)) = command else {
            return command;
        };
        let recipe = self.doc.recipe();
        let Some(capped) = capped_amount(recipe, i, amount) else {
            return command;
        };
        let budget = recipe.budget.unwrap_or(DEFAULT_BUDGET);
        self.message = Some(Message::Info(
            Said::new("budget-capped")
                .arg("amount", Value::Amount(capped))
                .arg("count", Value::Count(capped))
                .arg("budget", Value::Amount(budget)),
        ));
        Command::Edit(EditCommand::SetAmount(i, capped))
    }

    /// After an ingredient was added within the budget: says what it got
    /// when that was less than asked ("Only 4 points were left: Speed got
    /// 4"; none left: it got 0).
    pub(super) fn tell_points_given(&mut self, name: &str, got: Capped) {
        if !got.capped {
            return;
        }
        let said = if got.amount > 0.0 {
            Said::new("budget-added-capped")
                .arg("name", name)
                .arg("amount", Value::Amount(got.amount))
                .arg("count", Value::Count(got.amount))
        } else {
            Said::new("budget-added-none").arg("name", name)
        };
        self.message = Some(Message::Info(said));
    }

    /// After Measure in ▸ Parts: offers to scale the recipe to its budget
    /// (or to 100 points) when its total is something else.
    pub(super) fn offer_scale_after_conversion(&mut self) {
        let recipe = self.doc.recipe();
        let target = recipe.budget.unwrap_or(DEFAULT_BUDGET);
        let in_parts = matches!(recipe.unit_system(), Ok(Some(UnitSystem::Parts)));
        let total = recipe.total();
        if in_parts && total > 0.0 && (total - target).abs() > target * 1e-9 {
            self.ui.offer_scale(self.doc.revision());
        }
    }

    /// Scales the recipe to its budget, turning the budget on at 100
    /// points first if it is off: one step of undo.
    pub(super) fn scale_to_budget(&mut self) {
        self.ui.dismiss_scale_offer();
        let mut scaled = self.doc.recipe().clone();
        let points = scaled.budget.unwrap_or(DEFAULT_BUDGET);
        scaled.budget = Some(points);
        match scaled.scale_to_budget(SCALE_DECIMALS) {
            Ok(()) => {
                *self.doc.recipe_mut() = scaled;
                self.message = Some(Message::Info(
                    Said::new("budget-scaled")
                        .arg("points", Value::Amount(points))
                        .arg("count", Value::Count(points)),
                ));
            }
            Err(e) => {
                let key = match e {
                    ScaleError::NoBudget => "budget-scale-no-budget",
                    ScaleError::NotParts => "budget-scale-not-parts",
                    ScaleError::ZeroTotal => "budget-scale-zero-total",
                };
                self.message = Some(Message::Error(Said::new(key)));
            }
        }
    }
}

/// What ingredient `i` may have instead of `amount` when `amount` would
/// spend more than the budget (the core's cap: the points left besides the
/// others', never less than it has now). `None` when `amount` fits, or when
/// nothing is capped: no budget, kitchen volumes, or another ingredient
/// locked (the edit then rebalances, and the total stays as it was).
pub(super) fn capped_amount(recipe: &Recipe, i: usize, amount: f64) -> Option<f64> {
    let others_locked = recipe
        .ingredients
        .iter()
        .enumerate()
        .any(|(j, ing)| j != i && ing.locked);
    if others_locked {
        return None;
    }
    let capped = recipe.cap_to_budget(i, amount);
    capped.capped.then_some(capped.amount)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Unit};

    fn points(amounts: &[f64], budget: Option<f64>) -> Recipe {
        Recipe {
            ingredients: amounts
                .iter()
                .map(|&a| Ingredient::new("x", a, Unit::Part, Colour::from_rgb(0, 0, 0)))
                .collect(),
            budget,
            ..Recipe::default()
        }
    }

    #[test]
    fn an_edit_is_capped_at_the_points_left() {
        let r = points(&[50.0, 30.0], Some(100.0));
        assert_eq!(r.points_left(), Some(20.0));
        assert_eq!(capped_amount(&r, 1, 60.0), Some(50.0));
        assert_eq!(capped_amount(&r, 1, 50.0), None);
        assert_eq!(capped_amount(&r, 1, 10.0), None);
        assert_eq!(capped_amount(&points(&[50.0, 30.0], None), 1, 900.0), None);
    }

    #[test]
    fn an_overspent_recipe_may_go_down_but_not_up() {
        let r = points(&[80.0, 40.0], Some(100.0));
        assert_eq!(r.points_left(), Some(-20.0));
        assert_eq!(capped_amount(&r, 1, 30.0), None);
        assert_eq!(capped_amount(&r, 1, 45.0), Some(40.0));
    }

    #[test]
    fn locks_and_volumes_are_not_capped() {
        let mut r = points(&[50.0, 50.0, 0.0], Some(100.0));
        r.ingredients[0].locked = true;
        assert_eq!(capped_amount(&r, 2, 80.0), None);
        let mut litres = points(&[1.0], Some(100.0));
        litres.ingredients[0].unit = Unit::Litre;
        assert_eq!(litres.points_left(), None);
        assert_eq!(capped_amount(&litres, 0, 900.0), None);
    }
}
