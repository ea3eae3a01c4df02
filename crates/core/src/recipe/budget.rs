//! The points budget of a recipe in parts (the "share out 100 points"
//! exercise): how much is left, an edit capped so that the total never goes
//! over, a new ingredient that gets at most what is left, and a recipe
//! scaled to its budget (for "switch to parts, then scale to 100 points").
//!
//! A budget counts only for a recipe in parts (or one with no ingredients
//! yet); a recipe in kitchen volumes ignores it.

use super::{Ingredient, Recipe, RoundedPercent, UnitSystem};

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
            self.ingredients.get(index).map(Ingredient::base_amount),
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

    /// The amount a new ingredient asking for `asked` may have: all of it
    /// when it fits, else what is left of the budget — possibly 0, never
    /// below (a recipe already over budget leaves nothing). Without a
    /// budget, or for a recipe in volumes, `asked` as it is.
    pub fn amount_for_new(&self, asked: f64) -> Capped {
        let fits = Capped {
            amount: asked,
            capped: false,
        };
        let Some(status) = self.budget_status() else {
            return fits;
        };
        if asked.is_nan() || asked <= status.left + slack(status.budget) {
            return fits;
        }
        Capped {
            amount: without_noise(status.left.max(0.0), status.budget),
            capped: true,
        }
    }

    /// Adds `ingredient` at the end with at most what is left of the
    /// budget ([`Recipe::amount_for_new`]), and says what it got, for the
    /// window's message ("Only 4 points were left: Speed got 4").
    pub fn add_within_budget(&mut self, mut ingredient: Ingredient) -> Capped {
        let got = if ingredient.unit == super::Unit::Part {
            self.amount_for_new(ingredient.amount)
        } else {
            Capped {
                amount: ingredient.amount,
                capped: false,
            }
        };
        ingredient.amount = got.amount;
        self.ingredients.push(ingredient);
        got
    }

    /// Scales every amount so that the total is the budget, each share kept
    /// (to `decimals` of a point; the amounts add up to exactly the budget,
    /// by largest remainders): what the window offers after "Measure in ▸
    /// Parts" turns 2310 ml into 2310 parts of a 100-point budget.
    ///
    /// # Errors
    /// [`ScaleError`] without a budget, for a recipe not in parts, or with a
    /// total of zero.
    pub fn scale_to_budget(&mut self, decimals: u8) -> Result<(), ScaleError> {
        let budget = self.budget.ok_or(ScaleError::NoBudget)?;
        self.scale_to(budget, decimals)
    }

    /// Scales every amount so that the total is `points` (see
    /// [`Recipe::scale_to_budget`]), for a recipe in parts.
    ///
    /// # Errors
    /// [`ScaleError::NotParts`] for a recipe in volumes (or mixed),
    /// [`ScaleError::ZeroTotal`] when there are no shares to keep,
    /// [`ScaleError::NoBudget`] for points that are not a number above 0.
    pub fn scale_to(&mut self, points: f64, decimals: u8) -> Result<(), ScaleError> {
        if !(points.is_finite() && points > 0.0) {
            return Err(ScaleError::NoBudget);
        }
        match self.unit_system() {
            Ok(Some(UnitSystem::Parts)) => {}
            Ok(None) => return Err(ScaleError::ZeroTotal),
            Ok(Some(UnitSystem::Volume)) | Err(_) => return Err(ScaleError::NotParts),
        }
        let shares = self.shares().ok_or(ScaleError::ZeroTotal)?;
        let decimals = decimals.min(RoundedPercent::MAX_DECIMALS);
        let scale = 10f64.powi(i32::from(decimals));
        // `as` saturates; points are at most a file's largest amount.
        let total_steps = (points * scale).round() as u64;
        for (ingredient, steps) in self
            .ingredients
            .iter_mut()
            .zip(largest_remainders(&shares, total_steps))
        {
            ingredient.amount = steps as f64 / scale;
        }
        Ok(())
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

/// Why a recipe could not be scaled to its budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScaleError {
    /// The recipe has no budget (or the points asked are not above 0).
    #[error("the recipe has no points budget to scale to")]
    NoBudget,
    /// The recipe is in kitchen volumes: convert it to parts first.
    #[error("the recipe is measured in kitchen volumes; convert it to parts first")]
    NotParts,
    /// The total is zero: there are no shares to keep.
    #[error("the total is zero, so there are no shares to scale")]
    ZeroTotal,
}

/// `total` whole steps shared out by `shares` (0–1, adding up to 1): each
/// rounded down, the steps left one each to the largest remainders (ties
/// to the earlier), so they add up to exactly `total` and a zero share
/// stays zero.
fn largest_remainders(shares: &[f64], total: u64) -> Vec<u64> {
    let quotas: Vec<f64> = shares
        .iter()
        .map(|s| {
            if s.is_finite() && *s > 0.0 {
                s * total as f64
            } else {
                0.0
            }
        })
        .collect();
    let mut steps: Vec<u64> = quotas.iter().map(|q| q.floor() as u64).collect();
    let mut missing = total.saturating_sub(steps.iter().sum());
    let mut order: Vec<usize> = (0..quotas.len())
        .filter(|&i| quotas.get(i).is_some_and(|q| *q > 0.0))
        .collect();
    let remainder = |i: usize| quotas.get(i).map_or(0.0, |q| q - q.floor());
    order.sort_by(|&a, &b| remainder(b).total_cmp(&remainder(a)).then(a.cmp(&b)));
    while missing > 0 && !order.is_empty() {
        for &i in &order {
            if missing == 0 {
                break;
            }
            if let Some(s) = steps.get_mut(i) {
                *s += 1;
                missing -= 1;
            }
        }
    }
    steps
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
#[path = "budget_tests.rs"]
mod tests;
