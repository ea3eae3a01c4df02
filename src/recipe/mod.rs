//! The pure recipe model: ingredients, units, shares, the file format and
//! the atomic save. Nothing here knows about egui, rfd or any window.

mod atomic;
pub mod blend;
mod colour;
pub mod diff;
pub mod format;
pub mod matching;
mod report;
pub mod shares;
pub mod units;

pub use atomic::write_atomically;
pub use colour::Colour;
pub use format::{LoadError, SaveError};
pub use shares::RoundedPercent;
pub use units::{Unit, UnitSystem};

use thiserror::Error;

/// One ingredient of a recipe: "2 cups of speed".
#[derive(Clone, Debug, PartialEq)]
pub struct Ingredient {
    /// What it is, e.g. "Personalised attention".
    pub name: String,
    /// How much, in `unit`; finite and never negative.
    pub amount: f64,
    /// The unit of `amount`.
    pub unit: Unit,
    /// Its colour in the chart.
    pub colour: Colour,
    /// A free note; empty when there is none.
    pub note: String,
    /// Whether its share is held when another ingredient changes.
    pub locked: bool,
}

impl Ingredient {
    /// A new ingredient with no note, unlocked.
    pub fn new(name: impl Into<String>, amount: f64, unit: Unit, colour: Colour) -> Self {
        Self {
            name: name.into(),
            amount,
            unit,
            colour,
            note: String::new(),
            locked: false,
        }
    }

    /// The amount in the recipe's base measure: millilitres, or parts.
    pub fn base_amount(&self) -> f64 {
        self.unit.to_base(self.amount)
    }

    /// The amount in millilitres, or `None` for parts.
    pub fn amount_ml(&self) -> Option<f64> {
        self.unit.ml_per_unit().map(|ml| ml * self.amount)
    }
}

/// A CX recipe: a title, notes, and an ordered list of ingredients.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Recipe {
    /// The recipe's name, shown as the chart title.
    pub title: String,
    /// Who wrote it; empty when unknown.
    pub author: String,
    /// Free notes; empty when there are none.
    pub notes: String,
    /// The ingredients, in order: order matters (bake before you cook).
    pub ingredients: Vec<Ingredient>,
}

/// Why an edit or a check of a recipe was refused.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum RecipeError {
    /// Parts and volumes in one recipe.
    #[error(
        "\"{part}\" is measured in parts but \"{volume}\" in a kitchen volume; \
         a recipe uses either parts or volumes (convert the whole recipe instead)"
    )]
    MixedUnits {
        /// An ingredient in parts.
        part: String,
        /// An ingredient in a volume.
        volume: String,
    },
    /// A unit of the other system was asked for one ingredient.
    #[error("{unit} is not one of this recipe's {system} units")]
    WrongSystem {
        /// The unit asked for.
        unit: Unit,
        /// The recipe's system.
        system: &'static str,
    },
    /// An amount that is negative, NaN or infinite.
    #[error("an amount must be a finite number of 0 or more, not {0}")]
    BadAmount(f64),
    /// No ingredient at that position.
    #[error("there is no ingredient number {0}")]
    NoSuchIngredient(usize),
    /// A unit change would make an amount larger than any file may hold.
    #[error(
        "\"{name}\" would measure {amount:e} {unit}, over the limit of {limit:e} for one amount"
    )]
    TooLarge {
        /// The ingredient.
        name: String,
        /// The amount it would have.
        amount: f64,
        /// In this unit.
        unit: Unit,
        /// [`format::MAX_AMOUNT`].
        limit: f64,
    },
    /// A unit change would round a tiny amount away to nothing.
    #[error("\"{name}\" is too small to measure in {unit}")]
    TooSmall {
        /// The ingredient.
        name: String,
        /// The unit asked for.
        unit: Unit,
    },
    /// The total is zero, so there are no shares to move.
    #[error("the total is zero, so there are no shares to change yet")]
    ZeroTotal,
    /// Every other ingredient is locked, so nothing can give.
    #[error("no other ingredient can make room: the others are all locked, or there are none")]
    AllOthersLocked,
}

impl Recipe {
    /// The unit system in use: `None` for a recipe without ingredients.
    ///
    /// # Errors
    /// [`RecipeError::MixedUnits`] when parts and volumes are mixed.
    pub fn unit_system(&self) -> Result<Option<UnitSystem>, RecipeError> {
        let part = self.ingredients.iter().find(|i| i.unit == Unit::Part);
        let volume = self.ingredients.iter().find(|i| i.unit != Unit::Part);
        match (part, volume) {
            (Some(p), Some(v)) => Err(RecipeError::MixedUnits {
                part: p.name.clone(),
                volume: v.name.clone(),
            }),
            (Some(_), None) => Ok(Some(UnitSystem::Parts)),
            (None, Some(_)) => Ok(Some(UnitSystem::Volume)),
            (None, None) => Ok(None),
        }
    }

    /// Each ingredient's amount in the base measure (ml or parts).
    pub fn base_amounts(&self) -> Vec<f64> {
        self.ingredients
            .iter()
            .map(Ingredient::base_amount)
            .collect()
    }

    /// The total in the base measure (ml or parts).
    pub fn total(&self) -> f64 {
        self.base_amounts().iter().sum()
    }

    /// Exact shares (0–1), one per ingredient; `None` when the total is zero.
    pub fn shares(&self) -> Option<Vec<f64>> {
        shares::fractions(&self.base_amounts())
    }

    /// Percentages rounded to `decimals` that add up to exactly 100; empty
    /// when the total is zero.
    pub fn rounded_percentages(&self, decimals: u8) -> Vec<RoundedPercent> {
        self.shares()
            .map(|f| shares::rounded_percentages(&f, decimals))
            .unwrap_or_default()
    }

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

/// An amount for a person to read: at most three decimals, no trailing zeros.
pub fn human_amount(amount: f64) -> String {
    let text = format!("{amount:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
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

    pub(crate) fn ideal_cx() -> Recipe {
        let c = Colour::from_rgb(0, 0, 0);
        Recipe {
            title: "Ideal CX".into(),
            author: String::new(),
            notes: String::new(),
            ingredients: vec![
                Ingredient::new("Efficiency", 1.0, Unit::Litre, c),
                Ingredient::new("Speed", 2.0, Unit::MetricCup, c),
                Ingredient::new("Personalised attention", 500.0, Unit::Cc, c),
                Ingredient::new("Consistency", 2.0, Unit::MetricTablespoon, c),
                Ingredient::new("Technology", 2.0, Unit::Litre, c),
            ],
        }
    }

    fn shown(r: &Recipe, d: u8) -> Vec<String> {
        r.rounded_percentages(d)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn human_amounts_are_short() {
        assert_eq!(human_amount(1.0), "1");
        assert_eq!(human_amount(0.5), "0.5");
        assert_eq!(human_amount(1.0 / 3.0), "0.333");
        assert_eq!(human_amount(4030.0), "4030");
        assert_eq!(human_amount(-0.0), "0");
    }

    #[test]
    fn worked_check_from_the_article() {
        let r = ideal_cx();
        assert_eq!(r.total(), 4030.0);
        assert_eq!(shown(&r, 2), ["24.81", "12.41", "12.41", "0.74", "49.63"]);
        assert_eq!(shown(&r, 1), ["24.8", "12.4", "12.4", "0.8", "49.6"]);
    }

    #[test]
    fn mixing_parts_and_volumes_is_refused() {
        let mut r = ideal_cx();
        assert_eq!(r.unit_system(), Ok(Some(UnitSystem::Volume)));
        r.ingredients[1].unit = Unit::Part;
        let err = r.unit_system().unwrap_err();
        assert!(
            err.to_string().contains("\"Speed\" is measured in parts"),
            "{err}"
        );
        let mut r = ideal_cx();
        assert!(matches!(
            r.set_unit_keeping_share(0, Unit::Part),
            Err(RecipeError::WrongSystem { .. })
        ));
    }

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
    fn zero_total_has_no_shares() {
        let mut r = ideal_cx();
        for i in &mut r.ingredients {
            i.amount = 0.0;
        }
        assert_eq!(r.shares(), None);
        assert!(r.rounded_percentages(1).is_empty());
        assert_eq!(Recipe::default().shares(), None);
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
