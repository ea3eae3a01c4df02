//! Edits of a whole recipe that keep its shares in mind: a unit change that
//! keeps the share, conversion between parts and volumes, and the locked
//! rebalance. Each is all or nothing: a refused edit changes nothing.

use super::{Ingredient, Recipe, RecipeError, Unit, UnitSystem, format};

impl Recipe {
    /// Changes one ingredient's unit, converting its amount so that its share
    /// stays the same.
    ///
    /// # Errors
    /// When the unit is of the other system than the rest of the recipe.
    pub fn set_unit_keeping_share(&mut self, index: usize, unit: Unit) -> Result<(), RecipeError> {
        let others_system = self
            .ingredients
            .iter()
            .enumerate()
            .find(|(i, _)| *i != index)
            .map(|(_, ing)| ing.unit.system());
        let Some(ingredient) = self.ingredients.get_mut(index) else {
            return Err(RecipeError::NoSuchIngredient(index));
        };
        if let Some(system) = others_system
            && system != unit.system()
        {
            return Err(RecipeError::WrongSystem {
                unit,
                system: system.label(),
            });
        }
        if ingredient.unit.system() == unit.system() {
            ingredient.amount =
                within_limit(ingredient, unit, unit.from_base(ingredient.base_amount()))?;
        }
        ingredient.unit = unit;
        Ok(())
    }

    /// Converts the whole recipe to `system`, keeping every share.
    ///
    /// # Errors
    /// [`RecipeError::TooLarge`] when an amount would pass the file format's
    /// limit in the new unit; the recipe is then unchanged.
    ///
    /// Volumes become parts of one millilitre each; parts become `volume_unit`
    /// at one millilitre a part.
    pub fn convert_to(&mut self, system: UnitSystem, volume_unit: Unit) -> Result<(), RecipeError> {
        let unit = match system {
            UnitSystem::Parts => Unit::Part,
            UnitSystem::Volume if volume_unit.system() == UnitSystem::Volume => volume_unit,
            UnitSystem::Volume => Unit::Millilitre,
        };
        // Check every amount before changing any: all or nothing.
        let amounts = self
            .ingredients
            .iter()
            .map(|ing| within_limit(ing, unit, unit.from_base(ing.base_amount())))
            .collect::<Result<Vec<f64>, RecipeError>>()?;
        for (ingredient, amount) in self.ingredients.iter_mut().zip(amounts) {
            ingredient.amount = amount;
            ingredient.unit = unit;
        }
        Ok(())
    }

    /// Sets one ingredient's amount; when any ingredient is locked the total
    /// is held and the unlocked others give (or take) the difference in
    /// proportion to their amounts, so locked shares do not move.
    ///
    /// Without locks this is a plain edit of the amount. With locks, the new
    /// amount is limited to what the unlocked others can give.
    ///
    /// # Errors
    /// A bad amount or index, or every other ingredient locked.
    pub fn set_amount_rebalanced(&mut self, index: usize, amount: f64) -> Result<(), RecipeError> {
        if !amount.is_finite() || amount < 0.0 {
            return Err(RecipeError::BadAmount(amount));
        }
        let Some(target) = self.ingredients.get(index) else {
            return Err(RecipeError::NoSuchIngredient(index));
        };
        let new_base = target.unit.to_base(amount);
        let any_locked = self
            .ingredients
            .iter()
            .enumerate()
            .any(|(i, ing)| i != index && ing.locked);
        if any_locked {
            self.rebalance(index, new_base)
        } else {
            if let Some(ing) = self.ingredients.get_mut(index) {
                ing.amount = amount;
            }
            Ok(())
        }
    }

    /// Sets one ingredient's share (0–1) of an unchanged total: locked
    /// ingredients keep theirs, the unlocked others give or take in
    /// proportion. "We have 100 points: technology gets 40, what gives?"
    ///
    /// # Errors
    /// A bad share or index, every other ingredient locked, or a zero total
    /// (there is nothing to share out).
    pub fn set_share_rebalanced(&mut self, index: usize, share: f64) -> Result<(), RecipeError> {
        if !share.is_finite() || !(0.0..=1.0).contains(&share) {
            return Err(RecipeError::BadAmount(share));
        }
        if self.ingredients.get(index).is_none() {
            return Err(RecipeError::NoSuchIngredient(index));
        }
        let total = self.total();
        if total <= 0.0 {
            return Err(RecipeError::ZeroTotal);
        }
        self.rebalance(index, share * total)
    }

    /// Gives ingredient `index` the base amount `new_base`, holding the total
    /// and the locked ingredients; the free ones share the difference.
    fn rebalance(&mut self, index: usize, new_base: f64) -> Result<(), RecipeError> {
        let is_free = |i: usize, ing: &Ingredient| i != index && !ing.locked;
        let free: Vec<usize> = self
            .ingredients
            .iter()
            .enumerate()
            .filter(|(i, ing)| is_free(*i, ing))
            .map(|(i, _)| i)
            .collect();
        if free.is_empty() {
            return Err(RecipeError::AllOthersLocked);
        }
        let free_total: f64 = free
            .iter()
            .filter_map(|&i| self.ingredients.get(i))
            .map(Ingredient::base_amount)
            .sum();
        let old_base = self
            .ingredients
            .get(index)
            .map_or(0.0, Ingredient::base_amount);
        let available = old_base + free_total;
        let new_base = new_base.clamp(0.0, available);
        let new_free_total = available - new_base;
        let free_count = free.len() as f64;
        for (i, ing) in self.ingredients.iter_mut().enumerate() {
            if i == index {
                ing.amount = ing.unit.from_base(new_base);
            } else if is_free(i, ing) {
                let base = if free_total > 0.0 {
                    ing.base_amount() / free_total * new_free_total
                } else {
                    new_free_total / free_count
                };
                ing.amount = ing.unit.from_base(base);
            }
        }
        Ok(())
    }
}

/// `amount` of `ingredient` in `unit`, if a file may hold it and it keeps
/// the ingredient's share (a tiny amount must not round away).
fn within_limit(ingredient: &Ingredient, unit: Unit, amount: f64) -> Result<f64, RecipeError> {
    // Subnormal floats carry only a few significant bits: the share would
    // drift, so such a conversion is refused along with a round-off to 0.
    let lost = (amount == 0.0 && ingredient.amount > 0.0) || (amount != 0.0 && !amount.is_normal());
    if lost {
        Err(RecipeError::TooSmall {
            name: ingredient.name.clone(),
            unit,
        })
    } else if amount <= format::MAX_AMOUNT {
        Ok(amount)
    } else {
        Err(RecipeError::TooLarge {
            name: ingredient.name.clone(),
            amount,
            unit,
            limit: format::MAX_AMOUNT,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::Colour;
    use crate::recipe::tests::ideal_cx;

    #[test]
    fn unit_change_keeps_the_share() {
        let mut r = ideal_cx();
        let before = r.shares().unwrap();
        r.set_unit_keeping_share(4, Unit::UsCup).unwrap();
        assert_eq!(r.ingredients[4].unit, Unit::UsCup);
        assert!((r.ingredients[4].amount - 2000.0 / 236.588_236_5).abs() < 1e-9);
        let after = r.shares().unwrap();
        for (a, b) in before.iter().zip(&after) {
            assert!((a - b).abs() < 1e-12);
        }
    }

    #[test]
    fn converting_to_parts_and_back_keeps_shares() {
        let mut r = ideal_cx();
        let before = r.rounded_percentages(2);
        r.convert_to(UnitSystem::Parts, Unit::Millilitre).unwrap();
        assert_eq!(r.unit_system(), Ok(Some(UnitSystem::Parts)));
        assert_eq!(r.ingredients[0].amount, 1000.0);
        assert_eq!(r.rounded_percentages(2), before);
        r.convert_to(UnitSystem::Volume, Unit::Litre).unwrap();
        assert_eq!(r.unit_system(), Ok(Some(UnitSystem::Volume)));
        assert_eq!(r.rounded_percentages(2), before);
    }

    #[test]
    fn conversions_stay_within_the_file_limit() {
        let mut r = ideal_cx();
        r.ingredients[0].amount = format::MAX_AMOUNT;
        let before = r.clone();
        assert!(matches!(
            r.set_unit_keeping_share(0, Unit::Millilitre),
            Err(RecipeError::TooLarge { .. })
        ));
        assert!(matches!(
            r.convert_to(UnitSystem::Parts, Unit::Millilitre),
            Err(RecipeError::TooLarge { .. })
        ));
        assert_eq!(r, before, "a refused conversion changed the recipe");
        assert!(format::to_ron(&r).is_ok());
    }

    #[test]
    fn plain_amount_edit_without_locks() {
        let mut r = ideal_cx();
        r.set_amount_rebalanced(4, 3.0).unwrap();
        assert_eq!(r.ingredients[4].amount, 3.0);
        assert_eq!(r.total(), 5030.0);
    }

    #[test]
    fn locked_share_holds_and_the_others_give() {
        let mut r = ideal_cx();
        r.ingredients[0].locked = true;
        let locked_share = r.shares().unwrap()[0];
        // Technology up from 2 L to 2.5 L: speed, attention and consistency give.
        r.set_amount_rebalanced(4, 2.5).unwrap();
        let s = r.shares().unwrap();
        assert!((r.total() - 4030.0).abs() < 1e-9);
        assert!((s[0] - locked_share).abs() < 1e-12);
        assert!((r.ingredients[4].amount - 2.5).abs() < 1e-12);
        // The others shrank in proportion: speed and attention stay equal.
        assert!((s[1] - s[2]).abs() < 1e-12);
        assert!((r.ingredients[1].base_amount() - 500.0 * 530.0 / 1030.0).abs() < 1e-9);
    }

    #[test]
    fn rebalance_is_limited_to_what_the_others_can_give() {
        let mut r = ideal_cx();
        r.ingredients[0].locked = true;
        r.set_amount_rebalanced(4, 100.0).unwrap();
        assert!((r.ingredients[4].base_amount() - 3030.0).abs() < 1e-9);
        assert!(r.ingredients[1..4].iter().all(|i| i.amount == 0.0));
        for i in 0..4 {
            r.ingredients[i].locked = true;
        }
        assert_eq!(
            r.set_amount_rebalanced(4, 1.0),
            Err(RecipeError::AllOthersLocked)
        );
    }

    #[test]
    fn setting_a_share_holds_the_total() {
        let mut r = ideal_cx();
        r.set_share_rebalanced(4, 0.6).unwrap();
        let s = r.shares().unwrap();
        assert!((s[4] - 0.6).abs() < 1e-12);
        assert!((r.total() - 4030.0).abs() < 1e-9);
        // The others keep their proportions to each other.
        assert!((s[1] - s[2]).abs() < 1e-12);
        assert!((s[0] / s[1] - 2.0).abs() < 1e-9);
        let mut zero = Recipe::default();
        zero.ingredients.push(Ingredient::new(
            "a",
            0.0,
            Unit::Part,
            Colour::from_rgb(0, 0, 0),
        ));
        zero.ingredients.push(Ingredient::new(
            "b",
            0.0,
            Unit::Part,
            Colour::from_rgb(0, 0, 0),
        ));
        assert_eq!(
            zero.set_share_rebalanced(0, 0.5),
            Err(RecipeError::ZeroTotal)
        );
    }

    #[test]
    fn bad_amounts_are_refused() {
        let mut r = ideal_cx();
        assert!(r.set_amount_rebalanced(0, -1.0).is_err());
        assert!(r.set_amount_rebalanced(0, f64::NAN).is_err());
        assert!(r.set_amount_rebalanced(9, 1.0).is_err());
    }
}
