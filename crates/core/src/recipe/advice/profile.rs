//! Where an organisation stands: the four factors of the advice, each on a
//! five-step scale, with the words a form shows for every step.

use serde::{Deserialize, Serialize};

/// A five-step scale, from very low to very high.
///
/// Written to files as the variant's name, so the names are part of the file
/// format: never rename one.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Level {
    /// Two steps below the middle.
    VeryLow,
    /// One step below the middle.
    Low,
    /// The middle.
    #[default]
    Middle,
    /// One step above the middle.
    High,
    /// Two steps above the middle.
    VeryHigh,
}

impl Level {
    /// Every level, from very low to very high.
    pub const ALL: [Self; 5] = [
        Self::VeryLow,
        Self::Low,
        Self::Middle,
        Self::High,
        Self::VeryHigh,
    ];

    /// Steps from the middle: −2 to 2.
    pub fn offset(self) -> i8 {
        match self {
            Self::VeryLow => -2,
            Self::Low => -1,
            Self::Middle => 0,
            Self::High => 1,
            Self::VeryHigh => 2,
        }
    }
}

/// One of the four facts about an organisation that change how much baking
/// it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Factor {
    /// Brand personality: casual to formal.
    Personality,
    /// Products: simple to complex.
    Products,
    /// Organisation size: small to large.
    Size,
    /// Industry: lightly to heavily regulated (or complex, or unionised).
    Industry,
}

impl Factor {
    /// Every factor, in the order a form shows them.
    pub const ALL: [Self; 4] = [
        Self::Personality,
        Self::Products,
        Self::Size,
        Self::Industry,
    ];

    /// The factor's name, e.g. "Brand personality".
    pub fn label(self) -> &'static str {
        match self {
            Self::Personality => "Brand personality",
            Self::Products => "Products",
            Self::Size => "Organisation size",
            Self::Industry => "Industry",
        }
    }

    /// What a level means for this factor, e.g. "Very formal".
    pub fn level_label(self, level: Level) -> &'static str {
        let [very_low, low, middle, high, very_high] = match self {
            Self::Personality => [
                "Very casual",
                "Casual",
                "Between casual and formal",
                "Formal",
                "Very formal",
            ],
            Self::Products => [
                "Very simple",
                "Simple",
                "Between simple and complex",
                "Complex",
                "Very complex",
            ],
            Self::Size => [
                "Very small",
                "Small",
                "Between small and large",
                "Large",
                "Very large",
            ],
            Self::Industry => [
                "Very lightly regulated",
                "Lightly regulated",
                "Between lightly and heavily regulated",
                "Heavily regulated",
                "Very heavily regulated",
            ],
        };
        match level {
            Level::VeryLow => very_low,
            Level::Low => low,
            Level::Middle => middle,
            Level::High => high,
            Level::VeryHigh => very_high,
        }
    }

    /// Why the factor matters, in one line (for a tooltip).
    pub fn hint(self) -> &'static str {
        match self {
            Self::Personality => {
                "A formal brand needs more baking; a casual one can improvise more."
            }
            Self::Products => "Complex products need more baking; simple ones leave room to cook.",
            Self::Size => "A large organisation needs more baking; a small one can cook more.",
            Self::Industry => {
                "The more regulated, complex or unionised the industry, the more baking it needs."
            }
        }
    }

    /// What the level describes, after its label: "Formal brand personality".
    pub(super) fn subject(self) -> &'static str {
        match self {
            Self::Personality => "brand personality",
            Self::Products => "products",
            Self::Size => "organisation",
            Self::Industry => "industry",
        }
    }
}

/// Where an organisation stands on the four factors.
///
/// Written to files with these field names; a missing field is the middle.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Profile {
    /// Brand personality: very casual to very formal.
    pub personality: Level,
    /// Products: very simple to very complex.
    pub products: Level,
    /// Organisation size: very small to very large.
    pub size: Level,
    /// Industry: very lightly to very heavily regulated.
    pub industry: Level,
}

impl Profile {
    /// The level of one factor.
    pub fn level(&self, factor: Factor) -> Level {
        match factor {
            Factor::Personality => self.personality,
            Factor::Products => self.products,
            Factor::Size => self.size,
            Factor::Industry => self.industry,
        }
    }

    /// Sets the level of one factor.
    pub fn set(&mut self, factor: Factor, level: Level) {
        let field = match factor {
            Factor::Personality => &mut self.personality,
            Factor::Products => &mut self.products,
            Factor::Size => &mut self.size,
            Factor::Industry => &mut self.industry,
        };
        *field = level;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_for_every_factor_and_level() {
        assert_eq!(
            Level::ALL.map(|l| Factor::Personality.level_label(l)),
            [
                "Very casual",
                "Casual",
                "Between casual and formal",
                "Formal",
                "Very formal"
            ]
        );
        assert_eq!(Level::ALL.map(Level::offset), [-2, -1, 0, 1, 2]);
        for factor in Factor::ALL {
            assert!(!factor.label().is_empty());
            assert!(factor.hint().ends_with('.'));
        }
    }

    #[test]
    fn profiles_in_ron() {
        let profile = Profile {
            personality: Level::VeryHigh,
            ..Profile::default()
        };
        let text = ron::to_string(&profile).unwrap();
        assert_eq!(
            text,
            "(personality:VeryHigh,products:Middle,size:Middle,industry:Middle)"
        );
        assert_eq!(ron::from_str::<Profile>(&text).unwrap(), profile);
        assert_eq!(
            ron::from_str::<Profile>("(size: Low)").unwrap().size,
            Level::Low
        );
        assert!(ron::from_str::<Profile>("(mood: Low)").is_err());
    }
}
