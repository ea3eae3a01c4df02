//! Version 2 of the file format: tags, profile, steps and budget, written
//! only when used; version 1 recipes written exactly as before; and the
//! forms people write by hand.

use cx_recipe::recipe::advice::Level;
use cx_recipe::recipe::format::{self, FORMAT_VERSION};
use cx_recipe::recipe::{Colour, Profile, Recipe, Step, Tag, Unit, palette_colour};

use crate::repo_path;

fn parse(text: &str) -> Recipe {
    format::parse(text.as_bytes(), "hand.ron").unwrap()
}

fn err(text: &str) -> String {
    format::parse(text.as_bytes(), "hand.ron")
        .unwrap_err()
        .to_string()
}

fn percents(recipe: &Recipe) -> Vec<String> {
    recipe
        .rounded_percentages(2)
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_version_1_recipe_is_written_byte_identical_to_before() {
    let path = repo_path("tests/fixtures/v1-frozen.ron");
    let bytes = std::fs::read_to_string(&path).unwrap();
    let recipe = format::load(&path).unwrap();
    assert!(!recipe.uses_new_fields());
    assert_eq!(format::to_ron(&recipe).unwrap(), bytes);
    assert!(bytes.contains("    version: 1,\n"));
}

#[test]
fn new_fields_raise_the_version_and_round_trip() {
    let mut recipe = format::load(&repo_path("tests/fixtures/v1-frozen.ron")).unwrap();
    recipe.ingredients[0].tag = Some(Tag::Baking);
    let text = format::to_ron(&recipe).unwrap();
    assert!(text.contains("    version: 2,\n"), "{text}");
    assert!(text.contains("            tag: Baking,\n"), "{text}");
    assert_eq!(format::parse(text.as_bytes(), "x.ron").unwrap(), recipe);

    recipe.profile = Some(Profile {
        personality: Level::High,
        ..Profile::default()
    });
    recipe.steps = vec![Step {
        title: "Measure first".into(),
        detail: String::new(),
        ingredients: vec![recipe.ingredients[0].name.clone()],
    }];
    let text = format::to_ron(&recipe).unwrap();
    let back = format::parse(text.as_bytes(), "x.ron").unwrap();
    assert_eq!(back, recipe);
    // Canonical: saving what was loaded gives the same bytes.
    assert_eq!(format::to_ron(&back).unwrap(), text);
    assert!(!text.contains("Some("), "{text}");
}

/// An app of version 1 reads only `version` first (its probe ignores every
/// other field), so a version 2 file is refused there as "newer", not for
/// a field it does not know.
#[test]
fn older_apps_see_the_newer_version_first() {
    #[derive(serde::Deserialize)]
    struct OldProbe {
        version: u32,
    }
    let mut recipe = format::load(&repo_path("recipes/ideal-cx.ron")).unwrap();
    recipe.budget = None;
    recipe.ingredients[0].tag = Some(Tag::Cooking);
    let text = format::to_ron(&recipe).unwrap();
    let probe: OldProbe = ron::from_str(&text).unwrap();
    assert_eq!(probe.version, FORMAT_VERSION);
    const { assert!(FORMAT_VERSION > 1) };
}

#[test]
fn hand_written_units_load_with_the_right_shares() {
    let recipe = parse(
        "(
            title: \"Typed in an email\",
            ingredients: [
                (name: \"Efficiency\", amount: 1, unit: litre),
                (name: \"Speed\", amount: 2, unit: cups),
                (name: \"Personalised attention\", amount: 500, unit: CC),
                (name: \"Consistency\", amount: 2, unit: Tbsp),
                (name: \"Technology\", amount: 2, unit: L),
            ],
        )",
    );
    assert_eq!(
        percents(&recipe),
        ["24.81", "12.41", "12.41", "0.74", "49.63"]
    );
    let units: Vec<Unit> = recipe.ingredients.iter().map(|i| i.unit).collect();
    assert_eq!(
        units,
        [
            Unit::Litre,
            Unit::MetricCup,
            Unit::Cc,
            Unit::MetricTablespoon,
            Unit::Litre
        ]
    );
    for (written, unit) in [
        ("liter", Unit::Litre),
        ("ml", Unit::Millilitre),
        ("cup", Unit::MetricCup),
        ("tablespoons", Unit::MetricTablespoon),
        ("tsp", Unit::MetricTeaspoon),
        ("Teaspoons", Unit::MetricTeaspoon),
        ("UsCup", Unit::UsCup),
        ("part", Unit::Part),
        ("points", Unit::Part),
    ] {
        let r = parse(&format!(
            "(ingredients: [(name: \"A\", amount: 1.5, unit: {written})])"
        ));
        assert_eq!(r.ingredients[0].unit, unit, "{written}");
    }
}

#[test]
fn points_split_as_written_and_colours_come_from_the_palette() {
    let recipe = parse(
        "(ingredients: [
            (name: \"Research\", amount: 60, unit: points, tag: Baking),
            (name: \"Storytelling\", amount: 40, unit: points, tag: cooking),
        ])",
    );
    assert_eq!(percents(&recipe), ["60.00", "40.00"]);
    assert_eq!(recipe.ingredients[0].colour, palette_colour(0));
    assert_eq!(recipe.ingredients[1].colour, palette_colour(1));
    assert_ne!(recipe.ingredients[0].colour, Colour::from_rgb(0, 0, 0));
    assert_eq!(recipe.ingredients[1].tag, Some(Tag::Cooking));
    // fmt writes the canonical layout: explicit colours, units and version.
    let text = format::to_ron(&recipe).unwrap();
    assert!(text.contains("version: 2"), "{text}");
    assert!(text.contains("unit: Part"), "{text}");
    assert!(text.contains("colour: \"#0072b2\""), "{text}");
}

#[test]
fn a_decimal_comma_says_to_write_a_point_at_its_place() {
    let e = err(
        "(\n    ingredients: [\n        (name: \"Speed\", amount: 1,5, unit: cups),\n    ],\n)",
    );
    assert!(e.starts_with("hand.ron:3:33:"), "{e}");
    assert!(e.contains("`1.5`"), "{e}");
    assert!(!e.contains("identifier"), "{e}");
    // On its own line too.
    let e = err(
        "(\n    ingredients: [\n        (\n            name: \"Speed\",\n            amount: 2,25,\n            unit: cups,\n        ),\n    ],\n)",
    );
    assert!(e.starts_with("hand.ron:5:21:"), "{e}");
    assert!(e.contains("`2.25`"), "{e}");
}

#[test]
fn unknown_units_and_tags_are_named() {
    let e = err("(ingredients: [(name: \"A\", amount: 1, unit: gallons)])");
    assert!(
        e.contains("expected a unit") && e.contains("`gallons`"),
        "{e}"
    );
    let e = err("(ingredients: [(name: \"A\", amount: 1, unit: ml, tag: Frying)])");
    assert!(
        e.contains("`Baking` or `Cooking`") && e.contains("`Frying`"),
        "{e}"
    );
}

#[test]
fn new_fields_keep_their_limits() {
    let long = "x".repeat(201);
    let e = err(&format!("(ingredients: [], steps: [(title: \"{long}\")])"));
    assert!(e.contains("step 1") && e.contains("200"), "{e}");
    let e = err("(ingredients: [], budget: 0)");
    assert!(e.contains("budget"), "{e}");
    let e = err("(ingredients: [], steps: [(title: \"A\", flavour: 1)])");
    assert!(e.contains("a method step"), "{e}");
}
