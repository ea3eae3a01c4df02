//! The budget's arithmetic: caps, additions and scaling.
use super::*;
use crate::recipe::{Colour, Ingredient, Unit};
use proptest::prelude::*;

fn points(amounts: &[f64], budget: Option<f64>) -> Recipe {
    Recipe {
        ingredients: amounts
            .iter()
            .map(|&a| Ingredient::new("x", a, Unit::Part, Colour::from_rgb(0, 0, 0)))
            .collect(),
        budget,
        ..Recipe::default()
    }
}

fn capped(amount: f64) -> Capped {
    Capped {
        amount,
        capped: true,
    }
}

fn kept(amount: f64) -> Capped {
    Capped {
        amount,
        capped: false,
    }
}

#[test]
fn an_increase_is_capped_at_what_is_left() {
    let r = points(&[50.0, 20.0], Some(DEFAULT_BUDGET));
    assert_eq!(r.points_left(), Some(30.0));
    // Ingredient 1 has 20 and may grow to 20 + 30.
    assert_eq!(r.cap_to_budget(1, 80.0), capped(50.0));
    assert_eq!(r.cap_to_budget(1, 30.0), kept(30.0));
    assert_eq!(r.cap_to_budget(0, 1e12), capped(80.0));
}

#[test]
fn an_exact_fill_is_not_capped() {
    let r = points(&[50.0, 20.0], Some(100.0));
    assert_eq!(r.cap_to_budget(1, 50.0), kept(50.0));
    // Decimals that fill the budget up to rounding noise.
    let r = points(&[33.3, 33.3, 0.0], Some(100.0));
    assert_eq!(r.cap_to_budget(2, 33.4), kept(33.4));
    let mut filled = r.clone();
    filled.ingredients[2].amount = 33.4;
    let status = filled.budget_status().unwrap();
    assert!(status.left.abs() < 1e-9 && !status.is_over(), "{status:?}");
    assert_eq!(filled.cap_to_budget(0, 33.5), capped(33.3));
}

#[test]
fn decreases_are_always_allowed() {
    let r = points(&[50.0, 50.0], Some(100.0));
    assert_eq!(r.cap_to_budget(0, 10.0), kept(10.0));
    assert_eq!(r.cap_to_budget(0, 0.0), kept(0.0));
    assert_eq!(r.cap_to_budget(0, 50.0), kept(50.0));
}

#[test]
fn already_over_budget_refuses_increases_only() {
    let r = points(&[80.0, 40.0], Some(100.0));
    let status = r.budget_status().unwrap();
    assert_eq!(
        status,
        BudgetStatus {
            budget: 100.0,
            spent: 120.0,
            left: -20.0
        }
    );
    assert!(status.is_over());
    assert_eq!(r.points_left(), Some(-20.0));
    assert_eq!(r.cap_to_budget(1, 45.0), capped(40.0));
    assert_eq!(r.cap_to_budget(1, 30.0), kept(30.0));
    // Still over after the decrease: allowed all the same.
    assert_eq!(r.cap_to_budget(0, 70.0), kept(70.0));
}

#[test]
fn a_budget_smaller_than_the_others_caps_at_the_current_amount() {
    let r = points(&[90.0, 5.0], Some(50.0));
    assert_eq!(r.cap_to_budget(1, 6.0), capped(5.0));
    // Exactly the current amount, not a rounded neighbour below it.
    let current = 75.507_993_876_051_39;
    let r = points(&[current, 54.0], Some(122.0));
    assert_eq!(r.cap_to_budget(0, 651.0), capped(current));
}

#[test]
fn volumes_ignore_the_budget() {
    let mut r = points(&[1.0, 2.0], Some(1.0));
    for i in &mut r.ingredients {
        i.unit = Unit::Litre;
    }
    assert_eq!(r.points_left(), None);
    assert_eq!(r.budget_status(), None);
    assert_eq!(r.cap_to_budget(0, 5.0), kept(5.0));
}

#[test]
fn without_a_budget_nothing_is_capped() {
    let r = points(&[50.0, 60.0], None);
    assert_eq!(r.points_left(), None);
    assert_eq!(r.budget_status(), None);
    assert_eq!(r.cap_to_budget(0, 1e9), kept(1e9));
}

#[test]
fn an_empty_recipe_has_the_whole_budget_left() {
    let r = points(&[], Some(DEFAULT_BUDGET));
    assert_eq!(r.points_left(), Some(100.0));
    assert_eq!(r.cap_to_budget(0, 5.0), kept(5.0));
}

#[test]
fn odd_requests_come_back_unchanged() {
    let r = points(&[50.0, 50.0], Some(100.0));
    assert_eq!(r.cap_to_budget(7, 5.0), kept(5.0));
    let nan = r.cap_to_budget(0, f64::NAN);
    assert!(nan.amount.is_nan() && !nan.capped);
    assert_eq!(r.cap_to_budget(0, -1.0), kept(-1.0));
}

#[test]
fn a_new_ingredient_gets_what_is_left() {
    let r = points(&[50.0, 40.0], Some(100.0));
    assert_eq!(r.amount_for_new(5.0), kept(5.0));
    assert_eq!(r.amount_for_new(10.0), kept(10.0));
    assert_eq!(r.amount_for_new(25.0), capped(10.0));
    let full = points(&[60.0, 40.0], Some(100.0));
    assert_eq!(full.amount_for_new(10.0), capped(0.0));
    assert_eq!(full.amount_for_new(0.0), kept(0.0));
    // Over budget already: nothing is left, never less than nothing.
    let over = points(&[80.0, 40.0], Some(100.0));
    assert_eq!(over.amount_for_new(1.0), capped(0.0));
    // Rounding noise: 33.3 + 33.3 leaves 33.4, not 33.400000000000006.
    let thirds = points(&[33.3, 33.3], Some(100.0));
    assert_eq!(thirds.amount_for_new(50.0), capped(33.4));
    // No budget, or volumes: nothing is capped.
    assert_eq!(points(&[50.0], None).amount_for_new(1e6), kept(1e6));
}

#[test]
fn adding_says_what_it_got() {
    // "8.3 over the budget" once came from adding an ingredient.
    let mut r = points(&[60.0, 31.7], Some(100.0));
    let got = r.add_within_budget(Ingredient::new(
        "Speed",
        10.0,
        Unit::Part,
        Colour::from_rgb(1, 1, 1),
    ));
    assert_eq!(got, capped(8.3));
    assert_eq!(r.ingredients.len(), 3);
    assert_eq!(r.ingredients[2].amount, 8.3);
    assert!(!r.budget_status().unwrap().is_over());
    let got = r.add_within_budget(Ingredient::new(
        "More",
        5.0,
        Unit::Part,
        Colour::from_rgb(2, 2, 2),
    ));
    assert_eq!(got, capped(0.0));
    assert_eq!(r.ingredients[3].amount, 0.0);
}

#[test]
fn scaling_to_the_budget_keeps_the_shares() {
    // 2310 ml turned into 2310 parts, scaled to 100 points.
    let mut r = points(&[1000.0, 500.0, 500.0, 30.0, 280.0], Some(100.0));
    let before = r.shares().unwrap();
    r.scale_to_budget(1).unwrap();
    let amounts: Vec<f64> = r.ingredients.iter().map(|i| i.amount).collect();
    // Exactly 100: the last tenth goes to the largest remainder (a tie
    // to the earlier), so one of the two equal amounts gets it.
    assert_eq!(amounts, [43.3, 21.7, 21.6, 1.3, 12.1]);
    assert!((r.total() - 100.0).abs() < 1e-9);
    for (a, b) in before.iter().zip(r.shares().unwrap()) {
        assert!((a - b).abs() < 0.001);
    }
    // Other budgets and whole points.
    let mut r = points(&[1.0, 1.0, 1.0], Some(10.0));
    r.scale_to_budget(0).unwrap();
    let amounts: Vec<f64> = r.ingredients.iter().map(|i| i.amount).collect();
    assert_eq!(amounts, [4.0, 3.0, 3.0]);
    let mut r = points(&[2.0, 0.0, 6.0], None);
    r.scale_to(1000.0, 1).unwrap();
    let amounts: Vec<f64> = r.ingredients.iter().map(|i| i.amount).collect();
    assert_eq!(amounts, [250.0, 0.0, 750.0]);
}

#[test]
fn what_cannot_be_scaled_says_why() {
    assert_eq!(
        points(&[1.0], None).scale_to_budget(1),
        Err(ScaleError::NoBudget)
    );
    assert_eq!(
        points(&[0.0, 0.0], Some(100.0)).scale_to_budget(1),
        Err(ScaleError::ZeroTotal)
    );
    assert_eq!(
        points(&[], Some(100.0)).scale_to_budget(1),
        Err(ScaleError::ZeroTotal)
    );
    let mut litres = points(&[1.0], Some(100.0));
    litres.ingredients[0].unit = Unit::Litre;
    assert_eq!(litres.scale_to_budget(1), Err(ScaleError::NotParts));
    assert_eq!(
        points(&[1.0], None).scale_to(f64::NAN, 1),
        Err(ScaleError::NoBudget)
    );
    assert_eq!(
        points(&[1.0], None).scale_to(-5.0, 1),
        Err(ScaleError::NoBudget)
    );
}

proptest! {
    #[test]
    fn a_capped_edit_never_goes_over_a_budget_kept(
        amounts in prop::collection::vec(0.0f64..100.0, 1..8),
        budget in 1.0f64..500.0,
        index in 0usize..8,
        asked in 0.0f64..1000.0,
    ) {
        let r = points(&amounts, Some(budget));
        let index = index % amounts.len();
        let current = amounts[index];
        let result = r.cap_to_budget(index, asked);
        prop_assert!(result.amount <= asked);
        prop_assert_eq!(result.capped, result.amount < asked);
        if result.capped {
            prop_assert!(result.amount >= current);
        }
        let mut edited = r.clone();
        edited.ingredients[index].amount = result.amount;
        let was_over = r.budget_status().unwrap().is_over();
        let now_over = edited.budget_status().unwrap().is_over();
        prop_assert!(!now_over || was_over, "{r:?} → {edited:?}");
    }

    #[test]
    fn adding_never_overspends(
        amounts in prop::collection::vec(0.0f64..100.0, 0..8),
        budget in 1.0f64..500.0,
        asked in 0.0f64..1000.0,
    ) {
        let mut r = points(&amounts, Some(budget));
        let was_over = r.budget_status().unwrap().is_over();
        let got = r.add_within_budget(Ingredient::new("new", asked, Unit::Part, Colour::from_rgb(0, 0, 0)));
        prop_assert!(got.amount >= 0.0 && got.amount <= asked);
        prop_assert_eq!(got.capped, got.amount < asked);
        if !was_over {
            prop_assert!(!r.budget_status().unwrap().is_over(), "{:?}", r);
        } else {
            prop_assert_eq!(got.amount, 0.0);
        }
    }

    #[test]
    fn scaling_hits_the_budget_and_keeps_the_shares(
        amounts in prop::collection::vec(0.0f64..1e6, 1..20),
        budget in 1u32..10_000,
        decimals in 0u8..=2,
    ) {
        let mut r = points(&amounts, Some(f64::from(budget)));
        let Some(before) = r.shares() else {
            prop_assert_eq!(r.scale_to_budget(decimals), Err(ScaleError::ZeroTotal));
            return Ok(());
        };
        r.scale_to_budget(decimals).unwrap();
        let step = 10f64.powi(-i32::from(decimals));
        prop_assert!((r.total() - f64::from(budget)).abs() < 1e-6);
        for (ing, share) in r.ingredients.iter().zip(&before) {
            prop_assert!(ing.amount >= 0.0);
            // Each amount is within one step of its exact part of the budget.
            prop_assert!((ing.amount - share * f64::from(budget)).abs() <= step + 1e-9);
            if *share == 0.0 {
                prop_assert_eq!(ing.amount, 0.0);
            }
        }
    }
}
