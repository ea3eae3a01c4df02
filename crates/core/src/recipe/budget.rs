//! The points budget of a recipe in parts (the "share out 100 points"
//! exercise): how much is left, and an edit capped so that the total never
//! goes over.
//!
//! A budget counts only for a recipe in parts (or one with no ingredients
//! yet); a recipe in kitchen volumes ignores it.

use super::{Recipe, UnitSystem};

/// The budget a recipe gets when the budget is switched on.
pub const DEFAULT_BUDGET: f64 = 100.0;

/// Rounding noise allowed when a total meets the budget exactly, as a
/// fraction of the budget: 33.3 + 33.3 + 33.4 fills 100 points.
const SLACK: f64 = 1e-12;

/// An amount after [`Recipe::cap_to_budget`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Capped {
    /// The amount to set: the one asked for, or less.
    pub amount: f64,
    /// Whether it is less than the one asked for.
    pub capped: bool,
}

/// Where a recipe stands against its budget, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetStatus {
    /// The points to share out.
    pub budget: f64,
    /// The points given to ingredients so far: the total.
    pub spent: f64,
    /// `budget − spent`: below zero when the recipe is over budget (a file
    /// may have been saved that way, or the budget lowered since).
    pub left: f64,
}

impl BudgetStatus {
    /// Whether more is spent than the budget allows, beyond rounding noise.
    pub fn is_over(&self) -> bool {
        self.left < -slack(self.budget)
    }
}

impl Recipe {
    /// The budget, its spending and what is left; `None` without a budget or
    /// for a recipe in volumes (or one mixing parts and volumes).
    pub fn budget_status(&self) -> Option<BudgetStatus> {
        let budget = self.active_budget()?;
        let spent = self.total();
        Some(BudgetStatus {
            budget,
            spent,
            left: budget - spent,
        })
    }

    /// The points left to share out, below zero when over budget; `None`
    /// without a budget or for a recipe in volumes.
    pub fn points_left(&self) -> Option<f64> {
        self.budget_status().map(|s| s.left)
    }

    /// The amount ingredient `index` may be set to, given that `amount` was
    /// asked for: at most what keeps the total within the budget, that is
    /// `budget − (total − its current amount)`.
    ///
    /// A decrease is always allowed. An increase is capped, never below the
    /// current amount: when the recipe is already over budget, an increase
    /// is refused (capped at the current amount) while decreases still work.
    /// Without a budget, for a recipe in volumes, or for an ingredient that
    /// is not there, the amount comes back unchanged (the edit itself checks
    /// the rest).
    pub fn cap_to_budget(&self, index: usize, amount: f64) -> Capped {
        let asked = Capped {
            amount,
            capped: false,
        };
        let (Some(budget), Some(current)) = (
            self.active_budget(),
            self.ingredients
                .get(index)
                .map(super::Ingredient::base_amount),
        ) else {
            return asked;
        };
        // A NaN goes through unchanged, for the edit to refuse.
        if amount.is_nan() || amount <= current {
            return asked;
        }
        let others: f64 = self
            .ingredients
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != index)
            .map(|(_, ing)| ing.base_amount())
            .sum();
        let room = budget - others;
        if room <= current {
            // Already at or over budget: no increase.
            Capped {
                amount: current,
                capped: true,
            }
        } else if amount > room + slack(budget) {
            Capped {
                amount: without_noise(room, budget).max(current),
                capped: true,
            }
        } else {
            asked
        }
    }

    /// The budget, when one counts for this recipe.
    fn active_budget(&self) -> Option<f64> {
        let budget = self.budget?;
        match self.unit_system() {
            Ok(None | Some(UnitSystem::Parts)) => Some(budget),
            Ok(Some(UnitSystem::Volume)) | Err(_) => None,
        }
    }
}

fn slack(budget: f64) -> f64 {
    budget.abs() * SLACK
}

/// `amount` with the rounding noise of the subtraction taken off, so that a
/// cap of 100 − 66.7 is 33.3 and not 33.300000000000004 (which would be
/// saved in the file as such).
fn without_noise(amount: f64, budget: f64) -> f64 {
    let short = (amount * 1e9).round() / 1e9;
    if (short - amount).abs() <= slack(budget) {
        short
    } else {
        amount
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Unit};
    use proptest::prelude::*;

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

    fn capped(amount: f64) -> Capped {
        Capped {
            amount,
            capped: true,
        }
    }

    fn kept(amount: f64) -> Capped {
        Capped {
            amount,
            capped: false,
        }
    }

    #[test]
    fn an_increase_is_capped_at_what_is_left() {
        let r = points(&[50.0, 20.0], Some(DEFAULT_BUDGET));
        assert_eq!(r.points_left(), Some(30.0));
        // Ingredient 1 has 20 and may grow to 20 + 30.
        assert_eq!(r.cap_to_budget(1, 80.0), capped(50.0));
        assert_eq!(r.cap_to_budget(1, 30.0), kept(30.0));
        assert_eq!(r.cap_to_budget(0, 1e12), capped(80.0));
    }

    #[test]
    fn an_exact_fill_is_not_capped() {
        let r = points(&[50.0, 20.0], Some(100.0));
        assert_eq!(r.cap_to_budget(1, 50.0), kept(50.0));
        // Decimals that fill the budget up to rounding noise.
        let r = points(&[33.3, 33.3, 0.0], Some(100.0));
        assert_eq!(r.cap_to_budget(2, 33.4), kept(33.4));
        let mut filled = r.clone();
        filled.ingredients[2].amount = 33.4;
        let status = filled.budget_status().unwrap();
        assert!(status.left.abs() < 1e-9 && !status.is_over(), "{status:?}");
        assert_eq!(filled.cap_to_budget(0, 33.5), capped(33.3));
    }

    #[test]
    fn decreases_are_always_allowed() {
        let r = points(&[50.0, 50.0], Some(100.0));
        assert_eq!(r.cap_to_budget(0, 10.0), kept(10.0));
        assert_eq!(r.cap_to_budget(0, 0.0), kept(0.0));
        assert_eq!(r.cap_to_budget(0, 50.0), kept(50.0));
    }

    #[test]
    fn already_over_budget_refuses_increases_only() {
        let r = points(&[80.0, 40.0], Some(100.0));
        let status = r.budget_status().unwrap();
        assert_eq!(
            status,
            BudgetStatus {
                budget: 100.0,
                spent: 120.0,
                left: -20.0
            }
        );
        assert!(status.is_over());
        assert_eq!(r.points_left(), Some(-20.0));
        assert_eq!(r.cap_to_budget(1, 45.0), capped(40.0));
        assert_eq!(r.cap_to_budget(1, 30.0), kept(30.0));
        // Still over after the decrease: allowed all the same.
        assert_eq!(r.cap_to_budget(0, 70.0), kept(70.0));
    }

    #[test]
    fn a_budget_smaller_than_the_others_caps_at_the_current_amount() {
        let r = points(&[90.0, 5.0], Some(50.0));
        assert_eq!(r.cap_to_budget(1, 6.0), capped(5.0));
        // Exactly the current amount, not a rounded neighbour below it.
        let current = 75.507_993_876_051_39;
        let r = points(&[current, 54.0], Some(122.0));
        assert_eq!(r.cap_to_budget(0, 651.0), capped(current));
    }

    #[test]
    fn volumes_ignore_the_budget() {
        let mut r = points(&[1.0, 2.0], Some(1.0));
        for i in &mut r.ingredients {
            i.unit = Unit::Litre;
        }
        assert_eq!(r.points_left(), None);
        assert_eq!(r.budget_status(), None);
        assert_eq!(r.cap_to_budget(0, 5.0), kept(5.0));
    }

    #[test]
    fn without_a_budget_nothing_is_capped() {
        let r = points(&[50.0, 60.0], None);
        assert_eq!(r.points_left(), None);
        assert_eq!(r.budget_status(), None);
        assert_eq!(r.cap_to_budget(0, 1e9), kept(1e9));
    }

    #[test]
    fn an_empty_recipe_has_the_whole_budget_left() {
        let r = points(&[], Some(DEFAULT_BUDGET));
        assert_eq!(r.points_left(), Some(100.0));
        assert_eq!(r.cap_to_budget(0, 5.0), kept(5.0));
    }

    #[test]
    fn odd_requests_come_back_unchanged() {
        let r = points(&[50.0, 50.0], Some(100.0));
        assert_eq!(r.cap_to_budget(7, 5.0), kept(5.0));
        let nan = r.cap_to_budget(0, f64::NAN);
        assert!(nan.amount.is_nan() && !nan.capped);
        assert_eq!(r.cap_to_budget(0, -1.0), kept(-1.0));
    }

    proptest! {
        #[test]
        fn a_capped_edit_never_goes_over_a_budget_kept(
            amounts in prop::collection::vec(0.0f64..100.0, 1..8),
            budget in 1.0f64..500.0,
            index in 0usize..8,
            asked in 0.0f64..1000.0,
        ) {
            let r = points(&amounts, Some(budget));
            let index = index % amounts.len();
            let current = amounts[index];
            let result = r.cap_to_budget(index, asked);
            prop_assert!(result.amount <= asked);
            prop_assert_eq!(result.capped, result.amount < asked);
            if result.capped {
                prop_assert!(result.amount >= current);
            }
            let mut edited = r.clone();
            edited.ingredients[index].amount = result.amount;
            let was_over = r.budget_status().unwrap().is_over();
            let now_over = edited.budget_status().unwrap().is_over();
            prop_assert!(!now_over || was_over, "{r:?} → {edited:?}");
        }
    }
}
