//! Several participants' recipes blended into one: each ingredient's mean
//! share and how far the participants disagree about it, and the blend as a
//! recipe of its own.
//!
//! Participants blend by share (an ingredient's part of its own recipe's
//! total, 0–1), so one who measured in litres and one who shared out points
//! count alike.

use serde::Serialize;

use super::matching::NameGroups;
use super::report;
use super::shares::{RoundedPercent, rounded_percentages};
use super::{Colour, Recipe};

mod as_recipe;
mod text;

/// One recipe taking part in a blend.
#[derive(Clone, Debug)]
pub struct Participant<'a> {
    /// Who or what it is: a file name or an author.
    pub label: String,
    /// Their recipe.
    pub recipe: &'a Recipe,
}

/// One ingredient across all participants counted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlendRow {
    /// The name shown: the first spelling seen.
    pub name: String,
    /// The matching key, see [`super::matching::key`].
    #[serde(skip)]
    pub key: String,
    /// Its share (0–1) in each participant counted, in the order of
    /// [`Blend::participants`]; 0 where a participant did not name it.
    #[serde(skip)]
    pub shares: Vec<f64>,
    /// The mean share (0–1); the means of all rows add up to 1.
    pub mean: f64,
    /// The smallest share (0–1).
    pub min: f64,
    /// The largest share (0–1).
    pub max: f64,
    /// The population standard deviation of the shares (0–1 scale).
    pub std_dev: f64,
    /// How many participants named it.
    pub named_by: usize,
    /// The spellings merged into this row, in the order first seen; empty
    /// when everyone spelled it the same.
    #[serde(rename = "merged_names")]
    pub spellings: Vec<String>,
    /// The colour the first participant who named it gave it.
    #[serde(skip)]
    pub colour: Colour,
}

/// Participants' recipes blended: what the JSON of `cx-recipe blend` holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Blend {
    /// The labels of the participants counted, in the order given.
    pub participants: Vec<String>,
    /// The labels of the participants left out because their total is zero
    /// (they have no shares to blend).
    #[serde(rename = "skipped")]
    pub skipped_zero_total: Vec<String>,
    /// One row per ingredient, the most disputed first: by standard
    /// deviation, then by mean (both descending), then by name.
    #[serde(rename = "ingredients")]
    pub rows: Vec<BlendRow>,
}

/// What one ingredient gathers while the participants are read.
struct Tally {
    shares: Vec<f64>,
    named_by: usize,
    last_named_by: Option<usize>,
    colour: Colour,
}

/// Blends the participants' recipes. Names are matched by
/// [`super::matching::key`]; an ingredient named twice in one recipe counts
/// once for that participant, with the shares added together.
pub fn blend(participants: &[Participant<'_>]) -> Blend {
    let mut counted = Vec::with_capacity(participants.len());
    let mut skipped_zero_total = Vec::new();
    for p in participants {
        match p.recipe.shares() {
            Some(shares) => counted.push((p, shares)),
            None => skipped_zero_total.push(p.label.clone()),
        }
    }
    let count = counted.len();
    let mut groups = NameGroups::default();
    let mut tallies: Vec<Tally> = Vec::new();
    for (j, (p, shares)) in counted.iter().enumerate() {
        for (ingredient, share) in p.recipe.ingredients.iter().zip(shares) {
            let at = groups.insert(&ingredient.name);
            if at == tallies.len() {
                tallies.push(Tally {
                    shares: vec![0.0; count],
                    named_by: 0,
                    last_named_by: None,
                    colour: ingredient.colour,
                });
            }
            let Some(tally) = tallies.get_mut(at) else {
                continue;
            };
            if tally.last_named_by != Some(j) {
                tally.last_named_by = Some(j);
                tally.named_by += 1;
            }
            if let Some(s) = tally.shares.get_mut(j) {
                *s += share;
            }
        }
    }

    let mut rows: Vec<BlendRow> = groups
        .into_groups()
        .into_iter()
        .zip(tallies)
        .map(|(group, tally)| {
            let stats = Stats::of(&tally.shares);
            let spellings = if group.is_merged() {
                group.spellings
            } else {
                Vec::new()
            };
            BlendRow {
                name: group.name,
                key: group.key,
                shares: tally.shares,
                mean: stats.mean,
                min: stats.min,
                max: stats.max,
                std_dev: stats.std_dev,
                named_by: tally.named_by,
                spellings,
                colour: tally.colour,
            }
        })
        .collect();
    // Compared to a trillionth: noise in the last bit must not beat the name.
    rows.sort_by(|a, b| {
        report::rank(b.std_dev, 1e12)
            .cmp(&report::rank(a.std_dev, 1e12))
            .then_with(|| report::rank(b.mean, 1e12).cmp(&report::rank(a.mean, 1e12)))
            .then_with(|| a.key.cmp(&b.key))
    });
    Blend {
        participants: counted.iter().map(|(p, _)| p.label.clone()).collect(),
        skipped_zero_total,
        rows,
    }
}

impl Blend {
    /// Each row's mean as a percentage with one decimal, in the order of
    /// `rows`; together exactly 100 (empty when there is nothing to blend).
    /// Rounded in the recipe's order (largest mean first), so that the text,
    /// the Markdown and the recipe always show the same numbers.
    fn rounded_means(&self) -> Vec<RoundedPercent> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let row = |i: usize| self.rows.get(i);
        order.sort_by(|&i, &j| match (row(i), row(j)) {
            (Some(a), Some(b)) => by_mean(a, b),
            _ => i.cmp(&j),
        });
        let means: Vec<f64> = order
            .iter()
            .map(|&i| row(i).map_or(0.0, |r| r.mean))
            .collect();
        let rounded = rounded_percentages(&means, 1);
        let mut in_row_order = vec![None; self.rows.len()];
        for (&i, p) in order.iter().zip(rounded) {
            if let Some(slot) = in_row_order.get_mut(i) {
                *slot = Some(p);
            }
        }
        in_row_order.into_iter().flatten().collect()
    }
}

/// Mean, smallest, largest and population standard deviation of shares.
struct Stats {
    mean: f64,
    min: f64,
    max: f64,
    std_dev: f64,
}

impl Stats {
    /// All 0 for no shares (a row always has some: it comes from a
    /// participant counted).
    fn of(shares: &[f64]) -> Self {
        if shares.is_empty() {
            return Self {
                mean: 0.0,
                min: 0.0,
                max: 0.0,
                std_dev: 0.0,
            };
        }
        let n = shares.len() as f64;
        let mean = shares.iter().sum::<f64>() / n;
        // Two passes, not a sum of squares: no cancellation when the shares
        // barely differ.
        let variance = shares.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n;
        Self {
            mean,
            min: shares.iter().copied().fold(f64::INFINITY, f64::min),
            max: shares.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            std_dev: variance.sqrt(),
        }
    }
}

/// Largest mean first, then by name: the recipe's order.
fn by_mean(a: &BlendRow, b: &BlendRow) -> std::cmp::Ordering {
    report::rank(b.mean, 1e12)
        .cmp(&report::rank(a.mean, 1e12))
        .then_with(|| a.key.cmp(&b.key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Ingredient, Unit};

    pub(super) fn recipe(items: &[(&str, f64, Unit)]) -> Recipe {
        Recipe {
            title: "t".into(),
            ingredients: items
                .iter()
                .enumerate()
                .map(|(i, &(name, amount, unit))| {
                    Ingredient::new(name, amount, unit, Colour::from_rgb(i as u8, 0, 0))
                })
                .collect(),
            ..Recipe::default()
        }
    }

    pub(super) fn take_part<'a>(recipes: &'a [(&str, Recipe)]) -> Vec<Participant<'a>> {
        recipes
            .iter()
            .map(|(label, recipe)| Participant {
                label: (*label).to_owned(),
                recipe,
            })
            .collect()
    }

    fn row<'a>(b: &'a Blend, name: &str) -> &'a BlendRow {
        b.rows.iter().find(|r| r.name == name).unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    /// Ann in litres, Bo in points, Cy in points with other spellings, Di
    /// with nothing yet.
    pub(super) fn workshop() -> Vec<(&'static str, Recipe)> {
        vec![
            (
                "ann.ron",
                recipe(&[("Speed", 1.0, Unit::Litre), ("Data", 3.0, Unit::Litre)]),
            ),
            (
                "bo.ron",
                recipe(&[("Speed", 50.0, Unit::Part), ("Data", 50.0, Unit::Part)]),
            ),
            (
                "cy.ron",
                recipe(&[
                    ("speed ", 20.0, Unit::Part),
                    ("Culture", 60.0, Unit::Part),
                    ("SPEED", 20.0, Unit::Part),
                ]),
            ),
            ("di.ron", recipe(&[("Speed", 0.0, Unit::Part)])),
        ]
    }

    #[test]
    fn participants_blend_by_share() {
        let recipes = workshop();
        let b = blend(&take_part(&recipes));
        assert_eq!(b.participants, ["ann.ron", "bo.ron", "cy.ron"]);
        assert_eq!(b.skipped_zero_total, ["di.ron"]);

        let data = row(&b, "Data");
        assert_eq!(data.shares, [0.75, 0.5, 0.0]);
        assert!(close(data.mean, 1.25 / 3.0));
        assert_eq!((data.min, data.max, data.named_by), (0.0, 0.75, 2));
        let sd = ((0.75f64 - 1.25 / 3.0).powi(2)
            + (0.5f64 - 1.25 / 3.0).powi(2)
            + (1.25f64 / 3.0).powi(2))
            / 3.0;
        assert!(close(data.std_dev, sd.sqrt()));
        assert!(data.spellings.is_empty());

        // Cy's two spellings of speed add up; every spelling is recorded.
        let speed = row(&b, "Speed");
        assert_eq!(speed.shares, [0.25, 0.5, 0.4]);
        assert_eq!(speed.named_by, 3);
        assert_eq!(speed.spellings, ["Speed", "speed ", "SPEED"]);
        assert_eq!(speed.colour, Colour::from_rgb(0, 0, 0));

        let culture = row(&b, "Culture");
        assert_eq!(
            (culture.named_by, culture.colour),
            (1, Colour::from_rgb(1, 0, 0))
        );
        let mean_total: f64 = b.rows.iter().map(|r| r.mean).sum();
        assert!(close(mean_total, 1.0));
    }

    #[test]
    fn disagreement_comes_first() {
        let recipes = workshop();
        let b = blend(&take_part(&recipes));
        let names: Vec<&str> = b.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Data", "Culture", "Speed"]);
        assert!(b.rows.windows(2).all(|w| w[0].std_dev >= w[1].std_dev));
    }

    #[test]
    fn equal_rows_are_ordered_by_mean_then_name() {
        let recipes = vec![
            (
                "x",
                recipe(&[
                    ("b", 1.0, Unit::Part),
                    ("A", 1.0, Unit::Part),
                    ("c", 2.0, Unit::Part),
                ]),
            ),
            (
                "y",
                recipe(&[
                    ("c", 2.0, Unit::Part),
                    ("a", 1.0, Unit::Part),
                    ("B", 1.0, Unit::Part),
                ]),
            ),
        ];
        let b = blend(&take_part(&recipes));
        let names: Vec<&str> = b.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["c", "A", "b"]);
        assert!(b.rows.iter().all(|r| r.std_dev == 0.0));
    }

    #[test]
    fn json_fields() {
        let recipes = workshop();
        let json = serde_json::to_value(blend(&take_part(&recipes))).unwrap();
        assert_eq!(
            json["participants"],
            serde_json::json!(["ann.ron", "bo.ron", "cy.ron"])
        );
        assert_eq!(json["skipped"], serde_json::json!(["di.ron"]));
        let speed = &json["ingredients"][2];
        let mut keys: Vec<&str> = speed
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "max",
                "mean",
                "merged_names",
                "min",
                "name",
                "named_by",
                "std_dev"
            ]
        );
        assert_eq!(
            speed["merged_names"],
            serde_json::json!(["Speed", "speed ", "SPEED"])
        );
        assert_eq!(
            json["ingredients"][0]["merged_names"],
            serde_json::json!([])
        );
        assert_eq!(speed["max"], serde_json::json!(0.5));
    }
}
