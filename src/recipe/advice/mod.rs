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
    /// the command line show the same figures.
    pub fn figures(&self, baking_share: f64) -> Figures {
        let share_pct = baking_share * 100.0;
        let verdict = self.verdict(baking_share);
        let (share, gap) = match verdict {
            Verdict::Inside => (tenths(share_pct, Round::Nearest), None),
            // Rounded away from the range, so that a share just under the
            // low end never reads as on it.
            Verdict::Under => (
                tenths(share_pct, Round::Down),
                Some(tenths(self.low * 100.0 - share_pct, Round::Up)),
            ),
            Verdict::Over => (
                tenths(share_pct, Round::Up),
                Some(tenths(share_pct - self.high * 100.0, Round::Up)),
            ),
        };
        Figures {
            verdict,
            share,
            low: tenths(self.low * 100.0, Round::Nearest),
            high: tenths(self.high * 100.0, Round::Nearest),
            gap,
        }
    }

    /// A sentence saying where the recipe stands and, when it is outside the
    /// range, the least change that brings it inside.
    pub fn explain(&self, baking_share: f64) -> String {
        let Figures {
            verdict,
            share,
            low,
            high,
            gap,
        } = self.figures(baking_share);
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
    /// The baking share in percent, rounded away from the range.
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
    Down,
    Nearest,
    Up,
}

/// A percentage with at most one decimal and no trailing ".0".
fn tenths(pct: f64, round: Round) -> String {
    // The slack keeps float noise (28.999999999999996) from tipping a value
    // across a tenth.
    let scaled = pct * 10.0;
    let rounded = match round {
        Round::Down => (scaled + 1e-6).floor(),
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
mod tests {
    use super::*;

    fn all(level: Level) -> Profile {
        Profile {
            personality: level,
            products: level,
            size: level,
            industry: level,
        }
    }

    fn pct(advice: &Advice) -> (f64, f64) {
        ((advice.low * 100.0).round(), (advice.high * 100.0).round())
    }

    fn range(low: i32, high: i32) -> Advice {
        Advice {
            low: f64::from(low) / 100.0,
            high: f64::from(high) / 100.0,
            pushes: Vec::new(),
        }
    }

    #[test]
    fn the_middle_is_forty_to_sixty() {
        let advice = advise(&Profile::default());
        assert_eq!(pct(&advice), (40.0, 60.0));
        assert!(advice.pushes.is_empty());
        assert_eq!(all(Level::Middle), Profile::default());
    }

    #[test]
    fn the_corners() {
        assert_eq!(pct(&advise(&all(Level::VeryLow))), (0.0, 20.0));
        assert_eq!(pct(&advise(&all(Level::VeryHigh))), (80.0, 100.0));
        assert_eq!(advise(&all(Level::VeryHigh)).pushes.len(), 4);
    }

    #[test]
    fn a_mixed_profile() {
        let profile = Profile {
            personality: Level::Low,
            products: Level::High,
            size: Level::VeryHigh,
            industry: Level::Middle,
        };
        let advice = advise(&profile);
        assert_eq!(pct(&advice), (50.0, 70.0));
        let described: Vec<String> = advice.pushes.iter().map(Push::describe).collect();
        assert_eq!(
            described,
            [
                "Casual brand personality: -5 points",
                "Complex products: +5 points",
                "Very large organisation: +10 points",
            ]
        );
    }

    #[test]
    fn the_example_in_the_module_docs() {
        let bank = Profile {
            personality: Level::Low,
            products: Level::High,
            size: Level::VeryHigh,
            industry: Level::High,
        };
        assert_eq!(pct(&advise(&bank)), (55.0, 75.0));
    }

    #[test]
    fn pushes_read_as_sentences() {
        let push = |factor, level| {
            let mut profile = Profile::default();
            profile.set(factor, level);
            assert_eq!(profile.level(factor), level);
            advise(&profile).pushes
        };
        assert_eq!(
            push(Factor::Personality, Level::High)[0].describe(),
            "Formal brand personality: +5 points"
        );
        assert_eq!(
            push(Factor::Industry, Level::VeryHigh)[0].describe(),
            "Very heavily regulated industry: +10 points"
        );
        assert!(push(Factor::Size, Level::Middle).is_empty());
    }

    #[test]
    fn the_range_is_kept_within_0_and_100() {
        assert_eq!(range_pct(&all(Level::VeryHigh), 40, 60, 10).0, 100);
        assert_eq!(range_pct(&all(Level::VeryHigh), 40, 60, 10).1, 100);
        assert_eq!(range_pct(&all(Level::VeryLow), 40, 60, 10).0, 0);
        assert_eq!(range_pct(&all(Level::VeryLow), 40, 60, 10).1, 0);
        // With the real constants every profile stays in range, low ≤ high.
        for a in Level::ALL {
            for b in Level::ALL {
                let p = Profile {
                    personality: a,
                    products: b,
                    size: a,
                    industry: b,
                };
                let advice = advise(&p);
                assert!(0.0 <= advice.low && advice.low <= advice.high && advice.high <= 1.0);
            }
        }
    }

    #[test]
    fn verdict_counts_the_ends_as_inside() {
        let advice = range(40, 60);
        assert_eq!(advice.verdict(0.399), Verdict::Under);
        assert_eq!(advice.verdict(0.4), Verdict::Inside);
        assert_eq!(advice.verdict(0.4 - 1e-12), Verdict::Inside);
        assert_eq!(advice.verdict(0.6), Verdict::Inside);
        assert_eq!(advice.verdict(0.6 + 1e-12), Verdict::Inside);
        assert_eq!(advice.verdict(0.601), Verdict::Over);
        assert_eq!(advice.verdict(f64::NAN), Verdict::Under);
        assert_eq!(range(0, 20).verdict(0.0), Verdict::Inside);
        assert_eq!(range(80, 100).verdict(1.0), Verdict::Inside);
        assert_eq!(
            [Verdict::Under, Verdict::Inside, Verdict::Over].map(Verdict::as_str),
            ["under", "inside", "over"]
        );
    }

    #[test]
    fn explain_says_what_would_bring_it_inside() {
        let advice = range(40, 60);
        assert_eq!(
            advice.explain(0.25),
            "Baking is 25 % of the mix, under the suggested 40–60 %: move at least 15 \
             percentage points of the mix to baking ingredients."
        );
        assert_eq!(
            advice.explain(0.5),
            "Baking is 50 % of the mix, inside the suggested 40–60 %."
        );
        assert_eq!(
            advice.explain(0.4),
            "Baking is 40 % of the mix, inside the suggested 40–60 %."
        );
        assert_eq!(
            advice.explain(0.7234),
            "Baking is 72.4 % of the mix, over the suggested 40–60 %: move at least 12.4 \
             percentage points of the mix to cooking or untagged ingredients."
        );
        assert_eq!(
            advice.explain(0.39),
            "Baking is 39 % of the mix, under the suggested 40–60 %: move at least 1 \
             percentage point of the mix to baking ingredients."
        );
    }

    #[test]
    fn explain_never_rounds_onto_the_range() {
        let advice = range(40, 60);
        let text = advice.explain(0.39996);
        assert!(
            text.starts_with("Baking is 39.9 % of the mix, under")
                && text.contains("at least 0.1 percentage points"),
            "{text}"
        );
        let text = advice.explain(0.60004);
        assert!(
            text.starts_with("Baking is 60.1 % of the mix, over"),
            "{text}"
        );
    }
}
