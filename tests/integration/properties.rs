//! Properties that hold for every recipe, checked on random ones (proptest):
//! save → load gives the same recipe and the same bytes, rounded shares add
//! up to exactly 100, and unit conversions keep amounts and shares.

use cx_recipe::recipe::advice::Level;
use cx_recipe::recipe::format::{self, MAX_AMOUNT, MAX_NAME_CHARS};
use cx_recipe::recipe::shares::{fractions, rounded_percentages};
use cx_recipe::recipe::{
    Colour, Ingredient, Profile, Recipe, RecipeError, RoundedPercent, Step, Tag, Unit,
};
use proptest::prelude::*;

/// Characters that have tripped up text formats before: quotes, escapes,
/// line ends, RON's own punctuation, invisible and right-to-left marks,
/// characters outside the Basic Multilingual Plane.
const AWKWARD: &[char] = &[
    '"', '\\', '\'', '\n', '\r', '\t', '\0', '\u{7f}', '\u{85}', '\u{2028}', '\u{202e}',
    '\u{feff}', '#', '/', '*', '(', ')', '[', ']', ',', ':', 'r', 'é', 'ß', '€', '中', '😀', ' ',
];

/// Any text up to `max_chars` characters: any Unicode, or mostly awkward.
fn text(max_chars: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..=max_chars),
        prop::collection::vec(prop::sample::select(AWKWARD), 0..=max_chars),
    ]
    .prop_map(String::from_iter)
}

/// Any amount a file may hold, 0 to [`MAX_AMOUNT`]: uniform over the bit
/// patterns (so subnormals, tiny and huge amounts all come up), plus the
/// edges and the round numbers people type.
pub(crate) fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0..=MAX_AMOUNT.to_bits()).prop_map(f64::from_bits),
        (0u32..100_000).prop_map(|n| f64::from(n) / 4.0),
        prop::sample::select(vec![
            0.0,
            MAX_AMOUNT,
            f64::MIN_POSITIVE,
            f64::from_bits(1),
            0.1,
            1.0 / 3.0
        ]),
    ]
}

pub(crate) fn colour() -> impl Strategy<Value = Colour> {
    any::<[u8; 3]>().prop_map(Colour::from)
}

fn ingredient(units: &'static [Unit]) -> impl Strategy<Value = Ingredient> {
    (
        text(MAX_NAME_CHARS),
        amount(),
        prop::sample::select(units),
        colour(),
        text(300),
        any::<bool>(),
        prop::option::of(prop::sample::select(vec![Tag::Baking, Tag::Cooking])),
    )
        .prop_map(
            |(name, amount, unit, colour, note, locked, tag)| Ingredient {
                name,
                amount,
                unit,
                colour,
                note,
                locked,
                tag,
            },
        )
}

/// Any organisation profile.
pub(crate) fn profile() -> impl Strategy<Value = Profile> {
    let level = || prop::sample::select(Level::ALL.to_vec());
    (level(), level(), level(), level()).prop_map(|(personality, products, size, industry)| {
        Profile {
            personality,
            products,
            size,
            industry,
        }
    })
}

/// Any method step.
fn step() -> impl Strategy<Value = Step> {
    (
        text(MAX_NAME_CHARS),
        text(300),
        prop::collection::vec(text(40), 0..4),
    )
        .prop_map(|(title, detail, ingredients)| Step {
            title,
            detail,
            ingredients,
        })
}

/// Any valid recipe: all its units of one system.
fn recipe(max_ingredients: usize) -> impl Strategy<Value = Recipe> {
    let parts: &'static [Unit] = &[Unit::Part];
    let volumes: &'static [Unit] = &Unit::VOLUMES;
    prop::sample::select(vec![parts, volumes]).prop_flat_map(move |units| {
        (
            text(MAX_NAME_CHARS),
            text(60),
            text(300),
            prop::collection::vec(ingredient(units), 0..=max_ingredients),
            prop::option::of(profile()),
            prop::collection::vec(step(), 0..3),
            prop::option::of(amount().prop_filter("a budget is over 0", |b| *b > 0.0)),
        )
            .prop_map(
                |(title, author, notes, ingredients, profile, steps, budget)| Recipe {
                    title,
                    author,
                    notes,
                    ingredients,
                    profile,
                    steps,
                    budget,
                },
            )
    })
}

fn steps_sum(percents: &[RoundedPercent]) -> u64 {
    percents.iter().map(|p| p.steps()).sum()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn save_then_load_gives_the_same_recipe_and_bytes(recipe in recipe(30)) {
        let text = format::to_ron(&recipe).unwrap();
        let loaded = format::parse(text.as_bytes(), "saved.ron")
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        prop_assert_eq!(&loaded, &recipe);
        prop_assert_eq!(format::to_ron(&loaded).unwrap(), text);
    }

    #[test]
    fn rounded_shares_sum_to_exactly_100(
        amounts in prop::collection::vec(amount(), 1..200),
        decimals in 0u8..=RoundedPercent::MAX_DECIMALS,
    ) {
        let whole = 100 * 10u64.pow(u32::from(decimals));
        let step = 10f64.powi(-i32::from(decimals));
        match fractions(&amounts) {
            None => prop_assert!(amounts.iter().all(|a| *a == 0.0)),
            Some(f) => {
                let p = rounded_percentages(&f, decimals);
                prop_assert_eq!(p.len(), amounts.len());
                prop_assert_eq!(steps_sum(&p), whole);
                for ((p, f), a) in p.iter().zip(&f).zip(&amounts) {
                    // Within one step of the exact share; a zero stays zero.
                    prop_assert!((p.value() - f * 100.0).abs() <= step + 1e-9);
                    if *a == 0.0 {
                        prop_assert_eq!(p.steps(), 0);
                    }
                }
            }
        }
    }

    #[test]
    fn a_recipes_rounded_percentages_sum_to_exactly_100(
        recipe in recipe(40),
        decimals in 0u8..=RoundedPercent::MAX_DECIMALS,
    ) {
        let p = recipe.rounded_percentages(decimals);
        if recipe.shares().is_some() {
            prop_assert_eq!(steps_sum(&p), 100 * 10u64.pow(u32::from(decimals)));
        } else {
            prop_assert!(p.is_empty());
        }
    }

    #[test]
    fn unit_conversion_round_trips(
        amount in amount(),
        unit in prop::sample::select(&Unit::ALL[..]),
    ) {
        let back = unit.from_base(unit.to_base(amount));
        // At most a rounding error of each operation; subnormals have fewer
        // digits, hence the absolute part.
        let tolerance = amount * 2.0 * f64::EPSILON + 2.0 * f64::from_bits(1);
        prop_assert!((back - amount).abs() <= tolerance, "{unit:?}: {amount:e} → {back:e}");
    }

    #[test]
    fn changing_a_unit_keeps_every_share(
        recipe in recipe(20),
        index in any::<prop::sample::Index>(),
        unit in prop::sample::select(&Unit::ALL[..]),
    ) {
        prop_assume!(!recipe.ingredients.is_empty());
        let i = index.index(recipe.ingredients.len());
        let others_system = recipe
            .ingredients
            .iter()
            .enumerate()
            .find(|(j, _)| *j != i)
            .map(|(_, ing)| ing.unit.system());
        let before = recipe.shares();
        let mut changed = recipe.clone();
        let result = changed.set_unit_keeping_share(i, unit);
        let old = &recipe.ingredients[i];
        let converted = unit.from_base(old.base_amount());
        let same_system = old.unit.system() == unit.system();
        if others_system.is_some_and(|s| s != unit.system()) {
            let refused = matches!(result, Err(RecipeError::WrongSystem { .. }));
            prop_assert!(refused, "{result:?}");
            prop_assert_eq!(changed, recipe);
        } else if same_system
            && (converted > MAX_AMOUNT
                || (converted == 0.0 && old.amount > 0.0)
                || (converted != 0.0 && !converted.is_normal()))
        {
            // Past the file's limit in the new unit, or so small it would
            // round away (to zero or to a subnormal): refused, nothing changed.
            let refused = matches!(
                result,
                Err(RecipeError::TooLarge { .. } | RecipeError::TooSmall { .. })
            );
            prop_assert!(refused, "{result:?}");
            prop_assert_eq!(changed, recipe);
        } else {
            prop_assert_eq!(result, Ok(()));
            prop_assert_eq!(changed.ingredients[i].unit, unit);
            let after = changed.shares();
            prop_assert_eq!(before.is_some(), after.is_some());
            for (a, b) in before.iter().flatten().zip(after.iter().flatten()) {
                prop_assert!((a - b).abs() <= 1e-12, "share {a} became {b}");
            }
        }
    }
}
