//! How much of a recipe should be baking, judged from four facts about the
//! organisation: its brand personality, its products, its size and its
//! industry.
//!
//! # The formula
//!
//! Each factor is set on a five-step scale, from very low to very high. The
//! suggested share of baking starts at **40–60 %**. Every step a factor sits
//! away from the middle moves *both* ends of that range by **5 percentage
//! points**: up for a more formal brand, more complex products, a larger
//! organisation or a more regulated, complex or unionised industry; down for
//! the opposite. The ends are then kept within 0–100 %.
//!
//! | step     | very low | low | middle | high | very high |
//! |----------|---------:|----:|-------:|-----:|----------:|
//! | points   |      −10 |  −5 |      0 |   +5 |       +10 |
//!
//! An organisation in the middle on every factor gets 40–60 %. One that is
//! very casual, with very simple products, very small and very lightly
//! regulated gets 0–20 %; the opposite corner gets 80–100 %. A casual but
//! very large bank with complex products in a heavily regulated industry
//! (−5, +5, +10, +5) gets 55–75 %.
//!
//! The range is a rule of thumb to argue about, not a verdict: the article
//! it comes from says most organisations need a fair amount of baking before
//! they cook.

mod profile;

pub use profile::{Factor, Level, Profile};

/// The low end of the suggested baking range when every factor is in the
/// middle, in percent.
pub const BASE_LOW_PCT: i32 = 40;
/// The high end of the suggested baking range when every factor is in the
/// middle, in percent.
pub const BASE_HIGH_PCT: i32 = 60;
/// How far one step away from the middle moves both ends, in percentage
/// points.
pub const POINTS_PER_STEP: i32 = 5;

/// A share this close to an end of the range counts as on it.
const EPSILON: f64 = 1e-9;

/// How one factor moved the suggested range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Push {
    /// The factor.
    pub factor: Factor,
    /// Its level in the profile.
    pub level: Level,
    /// Percentage points added to both ends (negative: taken off), before
    /// the range is kept within 0–100 %.
    pub points: i32,
}

impl Push {
    /// The push in words, e.g. "Formal brand personality: +5 points".
    pub fn describe(&self) -> String {
        format!(
            "{} {}: {:+} points",
            self.factor.level_label(self.level),
            self.factor.subject(),
            self.points
        )
    }
}

/// Where a recipe's baking share stands against the suggested range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Less baking than suggested.
    Under,
    /// Within the suggested range, ends included.
    Inside,
    /// More baking than suggested.
    Over,
}

impl Verdict {
    /// "under", "inside" or "over".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Under => "under",
            Self::Inside => "inside",
            Self::Over => "over",
        }
    }
}

/// The suggested share of baking for a profile, and what moved it.
#[derive(Clone, Debug, PartialEq)]
pub struct Advice {
    /// The low end of the suggested baking share, a fraction 0–1.
    pub low: f64,
    /// The high end of the suggested baking share, a fraction 0–1.
    pub high: f64,
    /// The factors that moved the range, in [`Factor::ALL`] order; a factor
    /// in the middle is left out.
    pub pushes: Vec<Push>,
}

impl Advice {
    /// Where `baking_share` (0–1, e.g. [`super::tag::Balance::baking`])
    /// stands. The ends of the range count as inside; a share that is not a
    /// number counts as under.
    pub fn verdict(&self, baking_share: f64) -> Verdict {
        if baking_share > self.high + EPSILON {
            Verdict::Over
        } else if baking_share >= self.low - EPSILON {
            Verdict::Inside
        } else {
            Verdict::Under
        }
    }

    /// The numbers of [`Advice::explain`]'s sentence, for a shell that
    /// words it in another language: the same rounding, so the window and
    /// the command line show the same figures. The share has one decimal
    /// (see [`Advice::figures_with`]).
    pub fn figures(&self, baking_share: f64) -> Figures {
        self.figures_with(baking_share, 1)
    }

    /// The numbers of the advice's sentence with the share at `decimals`:
    /// the share is [`crate::recipe::shown::baking_number`], the figure the
    /// balance shows too, so the verdict and the balance never disagree.
    /// The gap to the range is rounded up to a tenth, so that moving that
    /// much is enough.
    pub fn figures_with(&self, baking_share: f64, decimals: u8) -> Figures {
        let share_pct = baking_share * 100.0;
        let verdict = self.verdict(baking_share);
        let gap = match verdict {
            Verdict::Inside => None,
            Verdict::Under => Some(tenths(self.low * 100.0 - share_pct, Round::Up)),
            Verdict::Over => Some(tenths(share_pct - self.high * 100.0, Round::Up)),
        };
        Figures {
            verdict,
            share: super::shown::baking_number(baking_share, decimals, Some(self)),
            low: tenths(self.low * 100.0, Round::Nearest),
            high: tenths(self.high * 100.0, Round::Nearest),
            gap,
        }
    }

    /// A sentence saying where the recipe stands and, when it is outside the
    /// range, the least change that brings it inside; the share with one
    /// decimal.
    pub fn explain(&self, baking_share: f64) -> String {
        self.explain_with(baking_share, 1)
    }

    /// [`Advice::explain`] with the share at `decimals`, as the balance
    /// beside it shows it.
    pub fn explain_with(&self, baking_share: f64, decimals: u8) -> String {
        let Figures {
            verdict,
            share,
            low,
            high,
            gap,
        } = self.figures_with(baking_share, decimals);
        let range = format!("{low}–{high} %");
        let gap = gap.as_deref().map(points_text).unwrap_or_default();
        let advice = match verdict {
            Verdict::Inside => format!("inside the suggested {range}."),
            Verdict::Under => format!(
                "under the suggested {range}: move at least {gap} of the mix to baking \
                 ingredients."
            ),
            Verdict::Over => format!(
                "over the suggested {range}: move at least {gap} of the mix to cooking or \
                 untagged ingredients."
            ),
        };
        format!("Baking is {share} % of the mix, {advice}")
    }
}

/// The figures of the advice's sentence, as text with at most one decimal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    /// Where the share stands.
    pub verdict: Verdict,
    /// The baking share in percent, as the balance shows it (never reading
    /// as inside the range when it is not).
    pub share: String,
    /// The range's low end in percent.
    pub low: String,
    /// The range's high end in percent.
    pub high: String,
    /// Outside the range: the percentage points to move, rounded up.
    pub gap: Option<String>,
}

/// The suggested baking range for a profile.
pub fn advise(profile: &Profile) -> Advice {
    let (low_pct, high_pct, pushes) =
        range_pct(profile, BASE_LOW_PCT, BASE_HIGH_PCT, POINTS_PER_STEP);
    Advice {
        low: f64::from(low_pct) / 100.0,
        high: f64::from(high_pct) / 100.0,
        pushes,
    }
}

/// The formula, in whole percent, with its constants as arguments so that
/// the clamping can be tested.
fn range_pct(
    profile: &Profile,
    base_low: i32,
    base_high: i32,
    per_step: i32,
) -> (i32, i32, Vec<Push>) {
    let pushes: Vec<Push> = Factor::ALL
        .iter()
        .map(|&factor| {
            let level = profile.level(factor);
            Push {
                factor,
                level,
                points: i32::from(level.offset()) * per_step,
            }
        })
        .filter(|push| push.points != 0)
        .collect();
    let moved: i32 = pushes.iter().map(|push| push.points).sum();
    let low = (base_low + moved).clamp(0, 100);
    let high = (base_high + moved).clamp(0, 100);
    (low, high, pushes)
}

/// Which way [`tenths`] rounds.
#[derive(Clone, Copy)]
enum Round {
    Nearest,
    Up,
}

/// A percentage with at most one decimal and no trailing ".0".
fn tenths(pct: f64, round: Round) -> String {
    // The slack keeps float noise (28.999999999999996) from tipping a value
    // across a tenth.
    let scaled = pct * 10.0;
    let rounded = match round {
        Round::Nearest => scaled.round(),
        Round::Up => (scaled - 1e-6).ceil(),
    } / 10.0;
    let text = format!("{rounded:.1}");
    match text.strip_suffix(".0") {
        Some("-0") => "0".to_owned(),
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

/// "15 percentage points", from an amount already rounded up to a tenth so
/// that moving that much is enough.
fn points_text(amount: &str) -> String {
    let unit = if amount == "1" { "point" } else { "points" };
    format!("{amount} percentage {unit}")
}

#[cfg(test)]
mod tests;
