//! Inputs kept from fuzzing (`fuzz/`, target `load`; `tests/fixtures/fuzz/`),
//! replayed through the same checks as the fuzz target: loading never
//! panics, and a recipe that loads has percentages adding up to 100 and
//! saves to text that loads back to the same recipe and the same bytes.

use std::f64::consts::TAU;
use std::fs;

use cx_recipe::chart::{PieChart, geometry};
use cx_recipe::recipe::{Recipe, format};

use crate::repo_path;

/// What the fuzz target checks, for one input; the recipe if it loaded.
fn load_path_checks(bytes: &[u8]) -> Option<Recipe> {
    let recipe = match format::parse(bytes, "fuzz.ron") {
        Ok(recipe) => recipe,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return None;
        }
    };
    let shares = recipe.shares();
    for decimals in 0..=6 {
        let percents = recipe.rounded_percentages(decimals);
        if shares.is_some() {
            let sum: u64 = percents.iter().map(|p| p.steps()).sum();
            assert_eq!(sum, 100 * 10u64.pow(u32::from(decimals)));
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
    let text = format::to_ron(&recipe).unwrap();
    let again = format::parse(text.as_bytes(), "saved.ron").unwrap();
    assert_eq!(again, recipe);
    assert_eq!(format::to_ron(&again).unwrap(), text);
    Some(recipe)
}

fn kept(name: &str) -> Vec<u8> {
    fs::read(repo_path("tests/fixtures/fuzz").join(name)).unwrap()
}

#[test]
fn every_kept_fuzz_input_passes_the_load_path_checks() {
    let mut count = 0;
    for entry in fs::read_dir(repo_path("tests/fixtures/fuzz")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "fuzz") {
            load_path_checks(&fs::read(&path).unwrap());
            count += 1;
        }
    }
    assert!(count >= 5, "only {count} inputs");
}

#[test]
fn control_characters_in_text_survive_a_save() {
    for name in [
        "raw-identifier-and-control-characters.fuzz",
        "carriage-returns-and-nuls-in-text.fuzz",
        "recipe-text-inside-a-name.fuzz",
    ] {
        let recipe = load_path_checks(&kept(name)).unwrap_or_else(|| panic!("{name}"));
        let mut text = format!("{}{}{}", recipe.title, recipe.author, recipe.notes);
        for ingredient in &recipe.ingredients {
            text.push_str(&ingredient.name);
            text.push_str(&ingredient.note);
        }
        assert!(text.chars().any(char::is_control), "{name}");
    }
}

#[test]
fn a_byte_order_mark_and_a_subnormal_amount_load() {
    let recipe = load_path_checks(&kept("byte-order-mark-and-subnormal.fuzz")).unwrap();
    assert_eq!(recipe.title, "Byte-order mark");
    assert_eq!(recipe.ingredients[0].amount, 1e-320);
}
