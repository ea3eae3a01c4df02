//! The advice formula at the corners and the middle of the profile space,
//! its verdicts at the range's ends, and the sentences it writes.

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
        "Baking is 25.0 % of the mix, under the suggested 40–60 %: move at least 15 \
         percentage points of the mix to baking ingredients."
    );
    assert_eq!(
        advice.explain(0.5),
        "Baking is 50.0 % of the mix, inside the suggested 40–60 %."
    );
    assert_eq!(
        advice.explain(0.4),
        "Baking is 40.0 % of the mix, inside the suggested 40–60 %."
    );
    assert_eq!(
        advice.explain(0.7234),
        "Baking is 72.3 % of the mix, over the suggested 40–60 %: move at least 12.4 \
         percentage points of the mix to cooking or untagged ingredients."
    );
    assert_eq!(
        advice.explain(0.39),
        "Baking is 39.0 % of the mix, under the suggested 40–60 %: move at least 1 \
         percentage point of the mix to baking ingredients."
    );
}

#[test]
fn explain_never_rounds_onto_the_range() {
    let advice = range(40, 60);
    let text = advice.explain(0.39996);
    assert!(
        text.starts_with("Baking is 39.996 % of the mix, under")
            && text.contains("at least 0.1 percentage points"),
        "{text}"
    );
    let text = advice.explain(0.60004);
    assert!(
        text.starts_with("Baking is 60.004 % of the mix, over"),
        "{text}"
    );
}
