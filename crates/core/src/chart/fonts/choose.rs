//! Choosing the fewest fonts that cover a set of characters: greedy set
//! cover, the best tier first. Pure, so it is tested with made-up coverage.

use std::cmp::Reverse;
use std::collections::BTreeSet;

/// A font that could be a fallback: how good a choice it is, and which of
/// the needed characters it has.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Candidate {
    /// Lower is better. A font of a worse tier is taken only for characters
    /// that no font of a better tier has, however many it covers.
    pub(super) tier: u8,
    /// The needed characters it has glyphs for.
    pub(super) covers: BTreeSet<char>,
}

/// What [`choose`] picked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Choice {
    /// Indices into the candidates, in the order picked: the font that
    /// covers the most goes first, so it wins where two overlap.
    pub(super) picked: Vec<usize>,
    /// The characters no candidate has.
    pub(super) missing: BTreeSet<char>,
}

/// Greedy set cover: while characters are left, take the candidate of the
/// best tier that covers the most of them; ties go to the earlier one (the
/// caller lists candidates in order of preference).
pub(super) fn choose(needed: &BTreeSet<char>, candidates: &[Candidate]) -> Choice {
    let mut rest = needed.clone();
    let mut picked = Vec::new();
    loop {
        let best = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.tier, Reverse(c.covers.intersection(&rest).count()), i))
            .filter(|(_, Reverse(count), _)| *count > 0)
            .min();
        let Some((_, _, i)) = best else { break };
        if let Some(candidate) = candidates.get(i) {
            rest.retain(|c| !candidate.covers.contains(c));
        }
        picked.push(i);
    }
    Choice {
        picked,
        missing: rest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(s: &str) -> BTreeSet<char> {
        s.chars().collect()
    }

    fn candidate(tier: u8, covers: &str) -> Candidate {
        Candidate {
            tier,
            covers: set(covers),
        }
    }

    #[test]
    fn nothing_needed_picks_nothing() {
        let choice = choose(&BTreeSet::new(), &[candidate(0, "品質")]);
        assert_eq!(choice, Choice::default());
    }

    #[test]
    fn one_font_that_covers_all_beats_several_that_cover_parts() {
        let candidates = [candidate(0, "品"), candidate(0, "質"), candidate(0, "品質")];
        let choice = choose(&set("品質"), &candidates);
        assert_eq!(choice.picked, vec![2]);
        assert!(choice.missing.is_empty());
    }

    #[test]
    fn scripts_no_font_shares_take_one_font_each_largest_first() {
        // A CJK font, an Arabic one, a Hebrew one; and one with nothing needed.
        let candidates = [
            candidate(0, "品質"),
            candidate(0, "خدمة"),
            candidate(0, "שירות"),
            candidate(0, ""),
        ];
        let choice = choose(&set("品質خدمةשירות"), &candidates);
        assert_eq!(choice.picked, vec![2, 1, 0]);
        assert!(choice.missing.is_empty());
    }

    #[test]
    fn a_better_tier_wins_over_more_coverage() {
        // A bold serif covering both scripts against two regular sans faces.
        let candidates = [
            candidate(2, "خدمةשירות"),
            candidate(0, "خدمة"),
            candidate(0, "שירות"),
        ];
        let choice = choose(&set("خدمةשירות"), &candidates);
        assert_eq!(choice.picked, vec![2, 1]);
    }

    #[test]
    fn a_worse_tier_fills_what_the_better_ones_lack() {
        let candidates = [candidate(3, "ab"), candidate(0, "a")];
        let choice = choose(&set("ab"), &candidates);
        assert_eq!(choice.picked, vec![1, 0]);
        assert!(choice.missing.is_empty());
    }

    #[test]
    fn ties_go_to_the_earlier_candidate() {
        let candidates = [candidate(0, "品質"), candidate(0, "品質")];
        assert_eq!(choose(&set("品質"), &candidates).picked, vec![0]);
    }

    #[test]
    fn what_no_font_has_is_missing() {
        let candidates = [candidate(0, "品")];
        let choice = choose(&set("品𝔊"), &candidates);
        assert_eq!(choice.picked, vec![0]);
        assert_eq!(choice.missing, set("𝔊"));
        let none = choose(&set("𝔊"), &[]);
        assert!(none.picked.is_empty());
        assert_eq!(none.missing, set("𝔊"));
    }
}
