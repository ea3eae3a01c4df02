//! Blend speed: 200 participants' recipes of 20 ingredients each (names with
//! case and space variants, some in points, some in litres and cups) blended,
//! and the blend turned into a recipe; and one diff of two of them.
//!
//! `cargo bench --bench blend`; the target is 200 × 20 blended in 100 ms or
//! less.

// A benchmark may unwrap and index: a panic here is a failed run, not a crash.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]
// `criterion_group!` makes a public function without docs.
#![allow(missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use cx_recipe::recipe::blend::{Participant, blend};
use cx_recipe::recipe::diff::diff;
use cx_recipe::recipe::{Colour, Ingredient, Recipe, Unit};

const PARTICIPANTS: usize = 200;
const INGREDIENTS: usize = 20;

/// The ingredients people name, from the articles.
const NAMES: [&str; 30] = [
    "Efficiency",
    "Speed",
    "Personalised attention",
    "Consistency",
    "Technology",
    "Customer research",
    "Voice of the customer",
    "Learning and education",
    "Metrics",
    "Scorecards and dashboards",
    "Understanding the why",
    "Ideation and redesign",
    "Storytelling",
    "Champion programme",
    "Test and learn",
    "Cross-functional collaboration",
    "Company culture",
    "User experience",
    "Customer support",
    "Omni-channel",
    "Big data",
    "Real-time",
    "Context",
    "Predictability",
    "Personas and buyer journeys",
    "Passion",
    "Fresh ingredients",
    "Teamwork across silos",
    "Emotion",
    "Trust",
];

/// The way participant `p` spells ingredient `name`: as written, lower
/// case, upper case, with spaces around, or with a doubled inner space.
fn spelling(name: &str, p: usize) -> String {
    match p % 5 {
        0 => name.to_owned(),
        1 => name.to_lowercase(),
        2 => name.to_uppercase(),
        3 => format!("  {name} "),
        _ => name.replacen(' ', "  ", 1),
    }
}

/// Participant `p`'s recipe: 20 of the 30 names, a third in points, the
/// rest in litres and metric or US cups.
fn participant_recipe(p: usize) -> Recipe {
    let mut ingredients = Vec::with_capacity(INGREDIENTS);
    for k in 0..INGREDIENTS {
        let name = NAMES[(p * 11 + k * 7) % NAMES.len()];
        let amount = 1.0 + ((p * 31 + k * 17) % 97) as f64 / 4.0;
        let unit = if p.is_multiple_of(3) {
            Unit::Part
        } else {
            [Unit::Litre, Unit::MetricCup, Unit::UsCup][(p + k) % 3]
        };
        let colour = Colour::from_rgb((k * 12) as u8, (p % 256) as u8, 128);
        ingredients.push(Ingredient::new(spelling(name, p + k), amount, unit, colour));
    }
    Recipe {
        title: format!("Participant {p}"),
        author: format!("participant-{p}"),
        notes: String::new(),
        ingredients,
        ..Recipe::default()
    }
}

fn blend_benches(c: &mut Criterion) {
    let recipes: Vec<Recipe> = (0..PARTICIPANTS).map(participant_recipe).collect();
    let participants: Vec<Participant<'_>> = recipes
        .iter()
        .enumerate()
        .map(|(p, recipe)| Participant {
            label: format!("participant-{p:03}.ron"),
            recipe,
        })
        .collect();

    c.bench_function("blend 200 x 20", |b| {
        b.iter(|| blend(black_box(&participants)));
    });

    let blended = blend(&participants);
    assert_eq!(blended.rows.len(), NAMES.len(), "variants were not merged");
    c.bench_function("to_recipe (blend of 200 x 20)", |b| {
        b.iter(|| black_box(&blended).to_recipe("Workshop blend"));
    });

    c.bench_function("diff 20 vs 20", |b| {
        b.iter(|| diff(black_box(&recipes[1]), black_box(&recipes[2])));
    });
}

fn config() -> Criterion {
    // Short runs: the machine has two cores and is often compiling.
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = blend_benches
}
criterion_main!(benches);
