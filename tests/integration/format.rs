//! The recipe file format: round trips, every error class with its place,
//! the limits for untrusted files, and saves that fail safely.

use std::fs;

use cx_recipe::recipe::format::{self, LoadError, MAX_FILE_BYTES};
use cx_recipe::recipe::{Unit, UnitSystem};

use crate::repo_path;

fn err(text: &str) -> String {
    format::parse(text.as_bytes(), "bad.ron")
        .unwrap_err()
        .to_string()
}

fn ingredient(name: &str, amount: &str) -> String {
    format!("(name: \"{name}\", amount: {amount}, unit: Part, colour: \"#0072b2\")")
}

fn recipe_with(ingredients: &[String]) -> String {
    format!(
        "(version: 1, title: \"T\", ingredients: [{}])",
        ingredients.join(", ")
    )
}

#[test]
fn every_shipped_recipe_loads_and_is_canonical() {
    let mut count = 0;
    for entry in fs::read_dir(repo_path("recipes")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let recipe = format::load(&path).unwrap_or_else(|e| panic!("{e}"));
            assert!(!recipe.ingredients.is_empty(), "{}", path.display());
            assert!(recipe.shares().is_some(), "{}", path.display());
            let text = fs::read_to_string(&path).unwrap();
            assert_eq!(
                format::to_ron(&recipe).unwrap(),
                text,
                "{} is not canonical",
                path.display()
            );
            count += 1;
        }
    }
    assert!(count >= 2);
}

#[test]
fn ideal_cx_has_the_worked_shares() {
    let recipe = format::load(&repo_path("recipes/ideal-cx.ron")).unwrap();
    let shown: Vec<String> = recipe
        .rounded_percentages(2)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(shown, ["24.81", "12.41", "12.41", "0.74", "49.63"]);
    assert_eq!(recipe.total(), 4030.0);
}

#[test]
fn frozen_v1_file_still_loads() {
    let path = repo_path("tests/fixtures/v1-frozen.ron");
    let recipe = format::load(&path).unwrap();
    assert_eq!(recipe.title, "Frozen v1");
    assert_eq!(recipe.author, "Test fixture");
    assert_eq!(recipe.ingredients.len(), 6);
    let first = &recipe.ingredients[0];
    assert_eq!(first.unit, Unit::Litre);
    assert_eq!(first.note, "A note");
    assert!(first.locked);
    assert_eq!(recipe.ingredients[1].unit, Unit::UsCup);
    assert_eq!(recipe.unit_system(), Ok(Some(UnitSystem::Volume)));
    assert_eq!(
        format::to_ron(&recipe).unwrap(),
        fs::read_to_string(&path).unwrap()
    );
}

#[test]
fn load_save_load_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let src = repo_path("tests/fixtures/v1-frozen.ron");
    let path = dir.path().join("copy.ron");
    let recipe = format::load(&src).unwrap();
    format::save(&path, &recipe).unwrap();
    assert_eq!(fs::read(&path).unwrap(), fs::read(&src).unwrap());
    let again = format::load(&path).unwrap();
    assert_eq!(again, recipe);
    format::save(&path, &again).unwrap();
    assert_eq!(fs::read(&path).unwrap(), fs::read(&src).unwrap());
}

#[test]
fn awkward_floats_round_trip_exactly() {
    let text = recipe_with(&[
        ingredient("a", "0.1"),
        ingredient("b", "0.3333333333333333"),
        ingredient("c", "1e-7"),
        ingredient("d", "-0.0"),
    ]);
    let recipe = format::parse(text.as_bytes(), "x").unwrap();
    let canonical = format::to_ron(&recipe).unwrap();
    let again = format::parse(canonical.as_bytes(), "x").unwrap();
    assert_eq!(again, recipe);
    assert_eq!(format::to_ron(&again).unwrap(), canonical);
    assert!(canonical.contains("amount: 0.0,"), "{canonical}");
}

#[test]
fn unknown_field_names_its_place() {
    let e = err("(\n    version: 1,\n    title: \"T\",\n    flavour: 3,\n)");
    assert!(e.starts_with("bad.ron:4:"), "{e}");
    assert!(e.contains("flavour"), "{e}");
    assert!(e.contains("expected one of"), "{e}");
}

#[test]
fn wrong_type_names_its_place() {
    let e = err(
        "(\n    version: 1,\n    ingredients: [\n        (name: \"a\", amount: \"lots\", unit: Part, colour: \"#000000\"),\n    ],\n)",
    );
    assert!(e.starts_with("bad.ron:4:"), "{e}");
    assert!(e.to_lowercase().contains("expected"), "{e}");
}

#[test]
fn bad_unit_and_colour_name_their_place() {
    let e = err(
        "(version: 1, ingredients: [(name: \"a\", amount: 1.0, unit: Bucket, colour: \"#000000\")])",
    );
    assert!(e.starts_with("bad.ron:1:"), "{e}");
    assert!(e.contains("Bucket"), "{e}");
    let e = err(
        "(version: 1, ingredients: [(name: \"a\", amount: 1.0, unit: Part,\n colour: \"red\")])",
    );
    assert!(e.starts_with("bad.ron:2:"), "{e}");
    assert!(e.contains("#rrggbb"), "{e}");
}

#[test]
fn truncated_file_names_its_place() {
    let full = fs::read_to_string(repo_path("recipes/ideal-cx.ron")).unwrap();
    let cut = &full[..full.len() / 2];
    let e = err(cut);
    assert!(e.starts_with("bad.ron:"), "{e}");
    let place: Vec<&str> = e.split(':').collect();
    assert!(
        place[1].parse::<usize>().unwrap() > 1 && place[2].parse::<usize>().is_ok(),
        "{e}"
    );
    assert!(e.contains("expected"), "{e}");
}

#[test]
fn invalid_utf8_names_its_place() {
    let mut bytes = b"(\n  version: 1,\n  title: \"caf".to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice(b"\",\n)");
    let e = format::parse(&bytes, "bad.ron").unwrap_err().to_string();
    assert!(e.starts_with("bad.ron:3:14: expected UTF-8 text"), "{e}");
    assert!(e.contains("0xff"), "{e}");
}

#[test]
fn empty_file_says_what_was_expected() {
    for text in ["", "  \n\n", "// just a comment\n"] {
        let e = err(text);
        assert!(e.starts_with("bad.ron:1:1: expected a recipe"), "{e}");
        assert!(e.contains("empty file"), "{e}");
    }
}

#[test]
fn newer_version_is_refused_with_a_reason() {
    let e =
        err("(\n    version: 3,\n    title: \"From the future\",\n    garnish: Some(\"mint\"),\n)");
    assert!(e.starts_with("bad.ron:2:5:"), "{e}");
    assert!(e.contains("version 3") && e.contains("newer"), "{e}");
    let e = err("(version: 0)");
    assert!(e.contains("found 0"), "{e}");
}

/// Version 2 changed this: a file written by hand may leave the version
/// out, and is read as the newest format (it used to be refused).
#[test]
fn missing_version_reads_as_the_newest() {
    let recipe = format::parse(b"(title: \"T\", ingredients: [])", "hand.ron").unwrap();
    assert_eq!(recipe.title, "T");
    // Newest means version 2's fields are allowed.
    let recipe = format::parse(
        b"(title: \"T\", ingredients: [(name: \"Metrics\", amount: 1, unit: parts, tag: baking)])",
        "hand.ron",
    )
    .unwrap();
    assert_eq!(
        recipe.ingredients[0].tag,
        Some(cx_recipe::recipe::Tag::Baking)
    );
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    let mut text = String::from("(version: 1, notes: \"");
    text.push_str(&"x".repeat(MAX_FILE_BYTES as usize));
    text.push_str("\")");
    fs::write(&path, &text).unwrap();
    let e = format::load(&path).unwrap_err();
    assert!(matches!(e, LoadError::TooLarge { .. }), "{e}");
    assert!(e.to_string().contains("limit of 1048576 bytes"), "{e}");
}

#[test]
fn too_many_ingredients_are_refused() {
    let many: Vec<String> = (0..1001)
        .map(|i| ingredient(&format!("i{i}"), "1.0"))
        .collect();
    let e = err(&recipe_with(&many));
    assert!(e.contains("more than 1000 ingredients"), "{e}");
    let ok: Vec<String> = (0..1000)
        .map(|i| ingredient(&format!("i{i}"), "1.0"))
        .collect();
    assert_eq!(
        format::parse(recipe_with(&ok).as_bytes(), "ok")
            .unwrap()
            .ingredients
            .len(),
        1000
    );
}

#[test]
fn long_names_are_refused() {
    let e = err(&recipe_with(&[ingredient(&"n".repeat(201), "1.0")]));
    assert!(e.starts_with("bad.ron:1:"), "{e}");
    assert!(e.contains("limit of 200"), "{e}");
    // 200 characters, some of them multi-byte, is fine.
    assert!(
        format::parse(
            recipe_with(&[ingredient(&"é".repeat(200), "1.0")]).as_bytes(),
            "ok"
        )
        .is_ok()
    );
}

#[test]
fn bad_amounts_are_refused() {
    for (amount, says) in [
        ("-1.0", "0 or more"),
        ("NaN", "NaN"),
        ("inf", "infinity"),
        ("-inf", "infinity"),
        ("1e300", "limit"),
    ] {
        let e = err(&recipe_with(&[ingredient("a", amount)]));
        assert!(e.starts_with("bad.ron:1:"), "{amount}: {e}");
        assert!(e.contains(says), "{amount}: {e}");
    }
}

#[test]
fn deep_nesting_hits_the_recursion_limit() {
    let deep = format!(
        "(version: 1, title: {}\"x\"{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let e = err(&deep);
    assert!(e.starts_with("bad.ron:1:"), "{e}");
}

#[test]
fn mixed_units_are_refused() {
    let text = "(version: 1, ingredients: [(name: \"a\", amount: 1.0, unit: Part, colour: \"#000000\"), (name: \"b\", amount: 1.0, unit: Litre, colour: \"#000000\")])";
    let e = err(text);
    assert!(e.starts_with("bad.ron: "), "{e}");
    assert!(e.contains("\"a\" is measured in parts but \"b\""), "{e}");
}

#[test]
fn a_failed_save_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let recipe = format::load(&repo_path("recipes/ideal-cx.ron")).unwrap();
    // A folder where the file should be: the rename cannot replace it.
    let target = dir.path().join("recipe.ron");
    fs::create_dir(&target).unwrap();
    let e = format::save(&target, &recipe).unwrap_err().to_string();
    assert!(e.contains("left as it was"), "{e}");
    assert!(target.is_dir());
    // A file where the folder should be: no temporary file can be made.
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"old").unwrap();
    assert!(format::save(&blocker.join("r.ron"), &recipe).is_err());
    assert_eq!(fs::read(&blocker).unwrap(), b"old");
    // No temporary files are left behind.
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn an_invalid_recipe_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    fs::write(&path, b"old").unwrap();
    let mut recipe = format::load(&repo_path("recipes/ideal-cx.ron")).unwrap();
    recipe.ingredients[0].amount = f64::NAN;
    assert!(format::save(&path, &recipe).is_err());
    assert_eq!(fs::read(&path).unwrap(), b"old");
}

#[test]
#[ignore = "prints the messages for a person to read"]
fn show_messages() {
    for t in [
        "(\n    version: 1,\n    title: \"T\",\n    flavour: 3,\n)",
        "(\n    version: 1,\n    ingredients: [\n        (name: \"a\", amount: \"lots\", unit: Part, colour: \"#000000\"),\n    ],\n)",
        "(version: 1, ingredients: [(name: \"a\", amount: 1.0, unit: Bucket, colour: \"#000000\")])",
        "(version: 1, ingredients: [(name: \"a\", amount: 1.0, unit: Part,\n colour: \"red\")])",
        "(version: 1, ingredients: [(name: \"a\", amount: -1.0, unit: Part, colour: \"#000000\")])",
        "(version: 1, ingredients: [(name: \"a\", unit: Part, colour: \"#000000\")])",
        "(title: \"T\", ingredients: [])",
        "(\n  version: 1,\n  title: \"T\",\n  ingredients: [\n    (name: \"a\", amo",
        "[1,2]",
    ] {
        println!("{}", err(t));
    }
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(&fs::read(repo_path("recipes/ideal-cx.ron")).unwrap());
    let recipe = format::parse(&bytes, "bom.ron").unwrap();
    assert_eq!(recipe.title, "Ideal CX");
}

#[test]
fn a_folder_is_named_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let e = format::load(dir.path()).unwrap_err();
    assert!(e.is_io());
    assert!(e.to_string().contains("is a folder"), "{e}");
}
