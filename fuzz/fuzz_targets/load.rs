//! Arbitrary bytes through the path every recipe from outside takes in the
//! app: `format::parse` (size limit, UTF-8, RON, validation) and its error
//! message, the shares and rounded percentages, the chart, then a save to
//! memory (`format::to_ron`) and a reload. The reload must equal the first
//! load and save to the same bytes.

#![no_main]

use std::f64::consts::TAU;

use cx_recipe::chart::{PieChart, geometry};
use cx_recipe::recipe::format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let recipe = match format::parse(bytes, "fuzz.ron") {
        Ok(recipe) => recipe,
        Err(e) => {
            // The app shows this message: making it must not panic either.
            let _ = e.to_string();
            return;
        }
    };

    let shares = recipe.shares();
    for decimals in 0..=6 {
        let percents = recipe.rounded_percentages(decimals);
        if shares.is_some() {
            let sum: u64 = percents.iter().map(|p| p.steps()).sum();
            assert_eq!(sum, 100 * 10u64.pow(u32::from(decimals)));
            assert_eq!(percents.len(), recipe.ingredients.len());
        } else {
            assert!(percents.is_empty());
        }
    }
    let chart = PieChart::from_recipe(&recipe, 1);
    // The chart's slices: in order, inside one turn, labels somewhere real.
    let slices = geometry::slices(&chart.items);
    assert!(slices.len() <= recipe.ingredients.len());
    let mut previous_end = 0.0;
    for slice in &slices {
        assert!(previous_end <= slice.start_rad && slice.start_rad <= slice.end_rad);
        assert!(slice.end_rad <= TAU);
        assert!(slice.label_pos.iter().all(|c| c.is_finite()));
        previous_end = slice.end_rad;
    }

    let text = format::to_ron(&recipe).expect("a recipe that loaded saves");
    let again = format::parse(text.as_bytes(), "saved.ron").expect("a saved recipe reloads");
    assert_eq!(again, recipe, "the reloaded recipe differs");
    let text_again = format::to_ron(&again).expect("a reloaded recipe saves");
    assert_eq!(text_again, text, "the second save differs from the first");
});
