//! The two kinds of CX work, baking and cooking, and how a recipe's mix
//! splits between them.
//!
//! Baking is the precise groundwork that has to be right before anything is
//! built on it; cooking is the creative work that adjusts as it goes. An
//! ingredient may be neither: it is then *untagged*.

use serde::{Deserialize, Serialize};

/// The kind of work an ingredient stands for.
///
/// Written to files as the variant's name (`Baking`, `Cooking`), so the names
/// are part of the file format: never rename one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tag {
    /// Precise, structured groundwork: research, measures, dashboards.
    Baking,
    /// Creative, improvised work: ideas, stories, culture.
    Cooking,
}

impl Tag {
    /// Both tags, in the order a menu shows them.
    pub const ALL: [Self; 2] = [Self::Baking, Self::Cooking];

    /// The name shown in the window: "Baking" or "Cooking".
    pub fn label(self) -> &'static str {
        match self {
            Self::Baking => "Baking",
            Self::Cooking => "Cooking",
        }
    }

    /// The name inside a sentence: "baking" or "cooking".
    pub fn lowercase(self) -> &'static str {
        match self {
            Self::Baking => "baking",
            Self::Cooking => "cooking",
        }
    }

    /// What the tag means, in one line (for a tooltip or the README).
    pub fn meaning(self) -> &'static str {
        match self {
            Self::Baking => {
                "Exact, structured groundwork that must be right first, like a cake that \
                 needs the right oven temperature."
            }
            Self::Cooking => {
                "Creative work that tastes and adjusts as it goes, building on the groundwork."
            }
        }
    }
}

/// How a recipe's mix splits into baking, cooking and untagged ingredients.
///
/// Each field is a fraction (0–1) of the whole recipe. The three add up to 1,
/// or are all 0 when the recipe's total is zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Balance {
    /// The share of ingredients tagged [`Tag::Baking`].
    pub baking: f64,
    /// The share of ingredients tagged [`Tag::Cooking`].
    pub cooking: f64,
    /// The share of ingredients with no tag.
    pub untagged: f64,
}

impl Balance {
    /// The share of one tag, or of the untagged ingredients for `None`.
    pub fn of(self, tag: Option<Tag>) -> f64 {
        match tag {
            Some(Tag::Baking) => self.baking,
            Some(Tag::Cooking) => self.cooking,
            None => self.untagged,
        }
    }
}

/// Adds up the shares of each tag: `items` are `(share, tag)` pairs, one per
/// ingredient, with shares from [`super::Recipe::shares`].
///
/// The sums are divided by their total, so the result adds up to 1 even when
/// the shares carry rounding error. A share that is negative or not a finite
/// number counts as 0; when nothing is left, every field is 0.
pub fn balance(items: impl IntoIterator<Item = (f64, Option<Tag>)>) -> Balance {
    let mut sums = Balance::default();
    for (share, tag) in items {
        let share = if share.is_finite() && share > 0.0 {
            share
        } else {
            0.0
        };
        match tag {
            Some(Tag::Baking) => sums.baking += share,
            Some(Tag::Cooking) => sums.cooking += share,
            None => sums.untagged += share,
        }
    }
    let total = sums.baking + sums.cooking + sums.untagged;
    if total > 0.0 && total.is_finite() {
        Balance {
            baking: sums.baking / total,
            cooking: sums.cooking / total,
            untagged: sums.untagged / total,
        }
    } else {
        Balance::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn names_and_meanings() {
        assert_eq!(Tag::Baking.label(), "Baking");
        assert_eq!(Tag::Cooking.label(), "Cooking");
        assert_eq!(Tag::Baking.lowercase(), "baking");
        assert_eq!(Tag::Cooking.lowercase(), "cooking");
        for tag in Tag::ALL {
            let meaning = tag.meaning();
            assert!(!meaning.contains('\n'), "{meaning}");
            assert!(meaning.ends_with('.'), "{meaning}");
        }
        assert!(Tag::Baking < Tag::Cooking);
    }

    #[test]
    fn written_to_ron_as_the_variant_name() {
        assert_eq!(ron::to_string(&Tag::Baking).unwrap(), "Baking");
        assert_eq!(ron::to_string(&Tag::Cooking).unwrap(), "Cooking");
        assert_eq!(ron::from_str::<Tag>("Cooking").unwrap(), Tag::Cooking);
        assert_eq!(
            ron::from_str::<Option<Tag>>("Some(Baking)").unwrap(),
            Some(Tag::Baking)
        );
        assert!(ron::from_str::<Tag>("baking").is_err());
    }

    #[test]
    fn balance_adds_up_each_tag() {
        let b = balance([
            (0.25, Some(Tag::Baking)),
            (0.15, Some(Tag::Baking)),
            (0.35, Some(Tag::Cooking)),
            (0.25, None),
        ]);
        assert!(close(b.baking, 0.4), "{b:?}");
        assert!(close(b.cooking, 0.35), "{b:?}");
        assert!(close(b.untagged, 0.25), "{b:?}");
        assert!(close(b.of(Some(Tag::Baking)), 0.4));
        assert!(close(b.of(None), 0.25));
    }

    #[test]
    fn balance_sums_to_one_even_from_rough_shares() {
        let b = balance([(1.0 / 3.0, Some(Tag::Baking)), (0.7, None)]);
        assert!(close(b.baking + b.cooking + b.untagged, 1.0), "{b:?}");
        assert_eq!(b.cooking, 0.0);
    }

    #[test]
    fn balance_of_nothing_is_all_zero() {
        assert_eq!(balance([]), Balance::default());
        assert_eq!(
            balance([(0.0, Some(Tag::Baking)), (0.0, None)]),
            Balance::default()
        );
        assert_eq!(
            balance([(f64::NAN, Some(Tag::Baking)), (-1.0, None)]),
            Balance::default()
        );
    }

    #[test]
    fn bad_shares_count_as_zero() {
        let b = balance([
            (0.5, Some(Tag::Cooking)),
            (f64::INFINITY, Some(Tag::Baking)),
            (-0.5, None),
        ]);
        assert_eq!(
            b,
            Balance {
                baking: 0.0,
                cooking: 1.0,
                untagged: 0.0
            }
        );
    }
}
