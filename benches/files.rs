//! File speed: load (parse, validate, shares) of a 20- and a 1,000-ingredient
//! recipe, save (canonical text alone, and the whole atomic save with its
//! fsyncs), and the chart export to PNG that `cx-recipe export` does.
//!
//! `cargo bench --bench files`; the target is 1,000 ingredients loaded in
//! 20 ms or less.

// A benchmark may unwrap and index: a panic here is a failed run, not a crash.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]
// `criterion_group!` makes a public function without docs.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use cx_recipe::chart::{self, ExportSize, PieChart};
use cx_recipe::recipe::{Colour, Ingredient, Recipe, Unit, format};

/// A recipe of `count` ingredients in assorted kitchen volumes, with names,
/// notes and a few locks, like a large real one: 1,000 make about 200 KB.
fn recipe_of(count: usize) -> Recipe {
    let mut recipe = Recipe {
        title: format!("Benchmark recipe with {count} ingredients"),
        author: "cx-recipe benches".to_owned(),
        notes: "Generated: every unit of the volume system, amounts from tiny to large.".to_owned(),
        ingredients: Vec::with_capacity(count),
        ..Recipe::default()
    };
    for i in 0..count {
        let unit = Unit::VOLUMES[i % Unit::VOLUMES.len()];
        let amount = (i as f64 + 1.0) * 1.25 / 7.0;
        let byte = |shift: usize| ((i * 37) >> shift) as u8;
        let mut ingredient = Ingredient::new(
            format!("Ingredient {i:04}: personalised attention, \"quoted\""),
            amount,
            unit,
            Colour::from_rgb(byte(0), byte(3), byte(6)),
        );
        ingredient.note = format!("Note {i}: listen to customers, then adjust the mix; ä € 😀.");
        ingredient.locked = i % 10 == 0;
        recipe.ingredients.push(ingredient);
    }
    recipe
}

fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn files(c: &mut Criterion) {
    let sizes = [20, 1000];

    let mut load = c.benchmark_group("load (parse, validate, shares)");
    for n in sizes {
        let bytes = format::to_ron(&recipe_of(n)).unwrap().into_bytes();
        load.bench_with_input(BenchmarkId::from_parameter(n), &bytes, |b, bytes| {
            b.iter(|| {
                let recipe = format::parse(black_box(bytes), "bench.ron").unwrap();
                let shares = recipe.shares();
                let percents = recipe.rounded_percentages(2);
                black_box((recipe, shares, percents))
            });
        });
    }
    load.finish();

    let mut to_ron = c.benchmark_group("to_ron (canonical text)");
    for n in sizes {
        let recipe = recipe_of(n);
        to_ron.bench_with_input(BenchmarkId::from_parameter(n), &recipe, |b, recipe| {
            b.iter(|| format::to_ron(black_box(recipe)).unwrap());
        });
    }
    to_ron.finish();

    let dir = tempfile::tempdir().unwrap();
    let mut save = c.benchmark_group("save (to_ron + atomic write, fsync)");
    for n in sizes {
        let recipe = recipe_of(n);
        let path = dir.path().join(format!("bench-{n}.ron"));
        save.bench_with_input(BenchmarkId::from_parameter(n), &recipe, |b, recipe| {
            b.iter(|| format::save(&path, black_box(recipe)).unwrap());
        });
    }
    save.finish();

    let ideal = format::load(&repo_path("recipes/ideal-cx.ron")).unwrap();
    c.bench_function("export PNG 1200x800 (ideal-cx)", |b| {
        b.iter(|| {
            let chart = PieChart::from_recipe(black_box(&ideal), 1);
            chart::to_png(&chart, ExportSize::default()).unwrap()
        });
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
    targets = files
}
criterion_main!(benches);
