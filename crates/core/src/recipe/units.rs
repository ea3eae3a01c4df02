//! Kitchen units and how they convert: plain parts, and volumes in millilitres.

use serde::{Deserialize, Serialize};

/// The unit of an ingredient's amount.
///
/// Written to files as the variant's name (`Litre`, `MetricCup`, …), so the
/// names are part of the file format: never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Unit {
    /// Plain parts or points: "we have 100 points, share them out".
    Part,
    /// Millilitre.
    Millilitre,
    /// Cubic centimetre, the same as a millilitre.
    Cc,
    /// Litre, 1,000 ml.
    Litre,
    /// Metric teaspoon, 5 ml.
    MetricTeaspoon,
    /// Metric tablespoon, 15 ml.
    MetricTablespoon,
    /// Metric cup, 250 ml.
    MetricCup,
    /// US customary teaspoon, 4.92892159 ml.
    UsTeaspoon,
    /// US customary tablespoon, 14.78676478 ml.
    UsTablespoon,
    /// US customary cup, 236.5882365 ml.
    UsCup,
}

/// Whether a recipe measures in plain parts or in kitchen volumes.
///
/// The two never mix in one recipe: "2 parts and 1 litre" has no proportion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnitSystem {
    /// Plain parts (points).
    Parts,
    /// Kitchen volumes, compared after converting to millilitres.
    Volume,
}

impl Unit {
    /// Every unit, in the order a menu shows them.
    pub const ALL: [Self; 10] = [
        Self::Part,
        Self::Millilitre,
        Self::Cc,
        Self::Litre,
        Self::MetricTeaspoon,
        Self::MetricTablespoon,
        Self::MetricCup,
        Self::UsTeaspoon,
        Self::UsTablespoon,
        Self::UsCup,
    ];

    /// The volume units, in the order a menu shows them.
    pub const VOLUMES: [Self; 9] = [
        Self::Millilitre,
        Self::Cc,
        Self::Litre,
        Self::MetricTeaspoon,
        Self::MetricTablespoon,
        Self::MetricCup,
        Self::UsTeaspoon,
        Self::UsTablespoon,
        Self::UsCup,
    ];

    /// Millilitres in one of this unit, or `None` for [`Unit::Part`].
    pub fn ml_per_unit(self) -> Option<f64> {
        match self {
            Self::Part => None,
            Self::Millilitre | Self::Cc => Some(1.0),
            Self::Litre => Some(1000.0),
            Self::MetricTeaspoon => Some(5.0),
            Self::MetricTablespoon => Some(15.0),
            Self::MetricCup => Some(250.0),
            Self::UsTeaspoon => Some(4.928_921_59),
            Self::UsTablespoon => Some(14.786_764_78),
            Self::UsCup => Some(236.588_236_5),
        }
    }

    /// Parts or volume.
    pub fn system(self) -> UnitSystem {
        if self == Self::Part {
            UnitSystem::Parts
        } else {
            UnitSystem::Volume
        }
    }

    /// The amount in the recipe's base measure: millilitres for volumes,
    /// parts for parts.
    pub fn to_base(self, amount: f64) -> f64 {
        amount * self.ml_per_unit().unwrap_or(1.0)
    }

    /// The inverse of [`Unit::to_base`].
    pub fn from_base(self, base_amount: f64) -> f64 {
        base_amount / self.ml_per_unit().unwrap_or(1.0)
    }

    /// The name a person reads, singular: "litre", "metric cup".
    pub fn label(self) -> &'static str {
        match self {
            Self::Part => "part",
            Self::Millilitre => "ml",
            Self::Cc => "cc",
            Self::Litre => "litre",
            Self::MetricTeaspoon => "teaspoon",
            Self::MetricTablespoon => "tablespoon",
            Self::MetricCup => "cup",
            Self::UsTeaspoon => "US teaspoon",
            Self::UsTablespoon => "US tablespoon",
            Self::UsCup => "US cup",
        }
    }

    /// The name for an amount: "1 litre", "2 litres", "500 ml".
    pub fn label_for(self, amount: f64) -> String {
        let label = self.label();
        if amount == 1.0 || matches!(self, Self::Millilitre | Self::Cc) {
            label.to_owned()
        } else {
            format!("{label}s")
        }
    }

    /// The name as written in files and JSON output: `"MetricCup"`.
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Part => "Part",
            Self::Millilitre => "Millilitre",
            Self::Cc => "Cc",
            Self::Litre => "Litre",
            Self::MetricTeaspoon => "MetricTeaspoon",
            Self::MetricTablespoon => "MetricTablespoon",
            Self::MetricCup => "MetricCup",
            Self::UsTeaspoon => "UsTeaspoon",
            Self::UsTablespoon => "UsTablespoon",
            Self::UsCup => "UsCup",
        }
    }

    /// Parses a unit as written in files or typed on a command line.
    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|u| u.file_name().eq_ignore_ascii_case(name))
    }

    /// One step of this unit when an amount is changed from the keyboard: a
    /// point for parts, 50 ml for millilitres and cc, one whole unit for the
    /// kitchen measures (a litre, a cup, a spoon).
    pub fn natural_step(self) -> f64 {
        match self {
            Self::Millilitre | Self::Cc => 50.0,
            Self::Part
            | Self::Litre
            | Self::MetricTeaspoon
            | Self::MetricTablespoon
            | Self::MetricCup
            | Self::UsTeaspoon
            | Self::UsTablespoon
            | Self::UsCup => 1.0,
        }
    }

    /// `amount` moved by `steps` natural steps (down when negative), landing
    /// on a whole number of steps and never below zero: 37 ml one step up is
    /// 50 ml, 2.5 cups one step down is 2 cups.
    pub fn stepped(self, amount: f64, steps: i32) -> f64 {
        if steps == 0 || !amount.is_finite() {
            return amount;
        }
        let step = self.natural_step();
        // A hair of tolerance, so 0.3 litres made of float error still
        // counts as on the grid.
        let here = amount / step;
        let from = if steps > 0 {
            (here + 1e-9).floor()
        } else {
            (here - 1e-9).ceil()
        };
        ((from + f64::from(steps)) * step).max(0.0)
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

impl UnitSystem {
    /// "parts" or "kitchen volumes".
    pub fn label(self) -> &'static str {
        match self {
            Self::Parts => "parts",
            Self::Volume => "kitchen volumes",
        }
    }

    /// The units of this system.
    pub fn units(self) -> &'static [Unit] {
        match self {
            Self::Parts => &[Unit::Part],
            Self::Volume => &Unit::VOLUMES,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_measures_match_the_domain() {
        assert_eq!(Unit::MetricCup.to_base(2.0), 500.0);
        assert_eq!(Unit::MetricTablespoon.to_base(2.0), 30.0);
        assert_eq!(Unit::MetricTeaspoon.to_base(1.0), 5.0);
        assert_eq!(Unit::Cc.to_base(500.0), 500.0);
        assert_eq!(Unit::Litre.to_base(2.0), 2000.0);
    }

    #[test]
    fn us_measures_match_the_domain() {
        assert_eq!(Unit::UsCup.to_base(1.0), 236.588_236_5);
        assert_eq!(Unit::UsTablespoon.to_base(1.0), 14.786_764_78);
        assert_eq!(Unit::UsTeaspoon.to_base(1.0), 4.928_921_59);
        // 16 US tablespoons make a US cup, 3 teaspoons a tablespoon.
        assert!((Unit::UsTablespoon.to_base(16.0) - Unit::UsCup.to_base(1.0)).abs() < 1e-6);
        assert!((Unit::UsTeaspoon.to_base(3.0) - Unit::UsTablespoon.to_base(1.0)).abs() < 1e-6);
    }

    #[test]
    fn parts_are_their_own_base() {
        assert_eq!(Unit::Part.to_base(7.5), 7.5);
        assert_eq!(Unit::Part.ml_per_unit(), None);
        assert_eq!(Unit::Part.system(), UnitSystem::Parts);
        assert!(
            Unit::VOLUMES
                .iter()
                .all(|u| u.system() == UnitSystem::Volume)
        );
    }

    #[test]
    fn conversion_round_trips() {
        for unit in Unit::ALL {
            let amount = 3.25;
            let back = unit.from_base(unit.to_base(amount));
            assert!((back - amount).abs() < 1e-12, "{unit:?}");
        }
    }

    #[test]
    fn file_names_parse_back() {
        for unit in Unit::ALL {
            assert_eq!(Unit::from_file_name(unit.file_name()), Some(unit));
        }
        assert_eq!(Unit::from_file_name("bucket"), None);
    }

    #[test]
    fn keyboard_steps_are_natural_and_land_on_the_grid() {
        assert_eq!(Unit::Part.natural_step(), 1.0);
        assert_eq!(Unit::Millilitre.natural_step(), 50.0);
        assert_eq!(Unit::Cc.natural_step(), 50.0);
        assert_eq!(Unit::MetricCup.natural_step(), 1.0);
        assert_eq!(Unit::Part.stepped(14.0, 1), 15.0);
        assert_eq!(Unit::Part.stepped(14.0, -1), 13.0);
        assert_eq!(Unit::Cc.stepped(500.0, 1), 550.0);
        assert_eq!(Unit::Millilitre.stepped(37.0, 1), 50.0);
        assert_eq!(Unit::Millilitre.stepped(37.0, -1), 0.0);
        assert_eq!(Unit::MetricCup.stepped(2.5, -1), 2.0);
        assert_eq!(Unit::MetricCup.stepped(2.5, 1), 3.0);
        assert_eq!(Unit::Litre.stepped(0.0, -1), 0.0);
        assert_eq!(Unit::Part.stepped(0.1 + 0.2, 2), 2.0);
        assert_eq!(Unit::Part.stepped(3.0, 0), 3.0);
    }
}
