//! The pure recipe model: ingredients, units, shares, the file format and
//! the atomic save. Nothing here knows about egui, rfd or any window.

pub mod advice;
mod atomic;
pub mod blend;
pub mod budget;
pub mod checks;
pub mod colour;
pub mod diff;
mod edit;
pub mod file_names;
pub mod format;
pub mod inputs;
pub mod library;
pub mod matching;
pub mod method;
pub(crate) mod report;
pub mod shares;
pub mod shown;
mod strategy;
pub mod table_text;
pub mod tag;
pub mod templates;
pub mod units;

pub use advice::Profile;
pub use atomic::write_atomically;
pub use colour::{Colour, PALETTE, palette_colour};
pub use format::{LoadError, SaveError};
pub use method::Step;
pub use shares::RoundedPercent;
pub use tag::Tag;
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
    /// Baking, cooking, or neither (`None`).
    pub tag: Option<Tag>,
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
            tag: None,
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
    /// The organisation the recipe is for, behind the baking advice.
    pub profile: Option<Profile>,
    /// The method: what is done in which order.
    pub steps: Vec<Step>,
    /// A points budget for a recipe in parts (the "100 points" exercise).
    pub budget: Option<f64>,
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
            ..Recipe::default()
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
    fn zero_total_has_no_shares() {
        let mut r = ideal_cx();
        for i in &mut r.ingredients {
            i.amount = 0.0;
        }
        assert_eq!(r.shares(), None);
        assert!(r.rounded_percentages(1).is_empty());
        assert_eq!(Recipe::default().shares(), None);
    }
}
