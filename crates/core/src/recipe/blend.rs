//! Several participants' recipes blended into one: each ingredient's mean
//! share and how far the participants disagree about it, and the blend as a
//! recipe of its own.
//!
//! Participants blend by share (an ingredient's part of its own recipe's
//! total, 0–1), so one who measured in litres and one who shared out points
//! count alike.
//!
//! Nothing a participant said is dropped: each row keeps every
//! participant's word on it ([`Voice`]: share, spelling, tag, note,
//! colour); the blend takes the tag they agree on (else the library's, else
//! the majority's, see [`team_tag`]), and the colour they agree on where it
//! stays apart from the other rows' (see `recipe::colour`).

use serde::Serialize;

use super::colour::distinct_colours;
use super::matching::NameGroups;
use super::report;
use super::shares::{RoundedPercent, rounded_percentages};
use super::tag::{Balance, balance};
use super::{Colour, Recipe, Tag};

mod as_recipe;
mod text;
mod voices;

pub(crate) use as_recipe::fit_notes;
pub use voices::{TagSource, TagVotes, Voice, team_tag};

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
    /// when everyone spelled it the same ("Eficiencia" counted as
    /// Efficiency).
    #[serde(rename = "merged_names")]
    pub spellings: Vec<String>,
    /// The colour to show it in: the one every participant who named it
    /// gave it, where they agree and it stays apart from the rows before
    /// it (largest mean first); otherwise a distinct palette colour.
    #[serde(skip)]
    pub colour: Colour,
    /// The team's tag: see [`team_tag`] and [`BlendRow::tag_source`].
    #[serde(serialize_with = "voices::tag_name")]
    pub tag: Option<Tag>,
    /// Where the tag comes from: the participants' agreement, the library,
    /// the majority, or a tie (left untagged).
    pub tag_source: TagSource,
    /// How the participants who named it tagged it.
    pub tag_votes: TagVotes,
    /// Each participant who named it, in the order of
    /// [`Blend::participants`]: their share, spelling, tag and note.
    pub voices: Vec<Voice>,
}

impl BlendRow {
    /// Whether some participants tagged it baking and others cooking.
    pub fn tag_disputed(&self) -> bool {
        self.tag_votes.is_disputed()
    }
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
    /// The team's baking/cooking balance: the rows' means by their tags
    /// (all untagged, and all zero for no rows).
    pub balance: Balance,
}

/// What one ingredient gathers while the participants are read.
struct Tally {
    shares: Vec<f64>,
    voices: Vec<Voice>,
    last_named_by: Option<usize>,
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
                    voices: Vec::new(),
                    last_named_by: None,
                });
            }
            let Some(tally) = tallies.get_mut(at) else {
                continue;
            };
            if tally.last_named_by == Some(j) {
                // Named twice in one recipe: one voice, the shares added.
                if let Some(voice) = tally.voices.last_mut() {
                    voice.share += share;
                    voice.tag = voice.tag.or(ingredient.tag);
                    let note = ingredient.note.trim();
                    if !note.is_empty() && !voice.note.contains(note) {
                        if !voice.note.is_empty() {
                            voice.note.push('\n');
                        }
                        voice.note.push_str(note);
                    }
                }
            } else {
                tally.last_named_by = Some(j);
                tally.voices.push(Voice {
                    participant: p.label.clone(),
                    share: *share,
                    spelling: ingredient.name.clone(),
                    tag: ingredient.tag,
                    note: ingredient.note.trim().to_owned(),
                    colour: ingredient.colour,
                });
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
            let tag_votes = TagVotes::of(&tally.voices);
            let (tag, tag_source) = team_tag(&group.name, tag_votes);
            BlendRow {
                // Given below, once every row is known.
                colour: Colour::from_rgb(0, 0, 0),
                name: group.name,
                key: group.key,
                shares: tally.shares,
                mean: stats.mean,
                min: stats.min,
                max: stats.max,
                std_dev: stats.std_dev,
                named_by: tally.voices.len(),
                spellings,
                tag,
                tag_source,
                tag_votes,
                voices: tally.voices,
            }
        })
        .collect();
    give_colours(&mut rows);
    // Compared to a trillionth: noise in the last bit must not beat the name.
    rows.sort_by(|a, b| {
        report::rank(b.std_dev, 1e12)
            .cmp(&report::rank(a.std_dev, 1e12))
            .then_with(|| report::rank(b.mean, 1e12).cmp(&report::rank(a.mean, 1e12)))
            .then_with(|| a.key.cmp(&b.key))
    });
    let team_balance = balance(rows.iter().map(|r| (r.mean, r.tag)));
    Blend {
        participants: counted.iter().map(|(p, _)| p.label.clone()).collect(),
        skipped_zero_total,
        rows,
        balance: team_balance,
    }
}

/// Each row's colour: the one its participants agree on where it stays
/// apart from the rows before it, largest mean first; otherwise a distinct
/// palette colour (`recipe::colour::distinct_colours`).
fn give_colours(rows: &mut [BlendRow]) {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&i, &j| match (rows.get(i), rows.get(j)) {
        (Some(a), Some(b)) => by_mean(a, b),
        _ => i.cmp(&j),
    });
    let wanted: Vec<Option<[u8; 3]>> = order
        .iter()
        .map(|&i| {
            rows.get(i)
                .and_then(|r| voices::agreed_colour(&r.voices))
                .map(Colour::rgb)
        })
        .collect();
    for (&i, colour) in order.iter().zip(distinct_colours(&wanted)) {
        if let Some(row) = rows.get_mut(i) {
            row.colour = Colour::from(colour);
        }
    }
}

impl Blend {
    /// The rows in the team recipe's order ([`Blend::to_recipe`]): the
    /// largest mean first, then by name.
    pub fn rows_by_mean(&self) -> Vec<&BlendRow> {
        let mut rows: Vec<&BlendRow> = self.rows.iter().collect();
        rows.sort_by(|a, b| by_mean(a, b));
        rows
    }

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
mod tests;
