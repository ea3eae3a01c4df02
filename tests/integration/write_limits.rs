//! What is written can be read: the writer keeps the reader's limits, the
//! 1 MiB total included, on every path that writes a recipe — `fmt`, the
//! window's save, an exported chart's text — and says which text is too
//! long.

use std::fs;
use std::path::Path;

use cx_recipe::chart::{self, ExportSize, PieChart};
use cx_recipe::recipe::format::image::parse_file;
use cx_recipe::recipe::format::{self, FileKind, MAX_FILE_BYTES, MAX_TEXT_CHARS};
use cx_recipe::recipe::{Ingredient, Recipe, Step, Unit};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::cli::{code, run, stderr, stdout};
use crate::gui::window_with;

/// A raw string (`r#"…"#`) of `count` double quotes: one byte each as
/// written by hand, two each (`\"`) in the canonical layout.
fn raw_quotes(count: usize) -> String {
    format!("r#\"{}\"#", "\"".repeat(count))
}

/// The issue's case: a valid file of about 588 KB whose step details are raw
/// strings full of quotes, which the canonical layout doubles.
fn growing_file() -> String {
    let steps: Vec<String> = (0..6)
        .map(|i| format!("(title: \"Step {i}\", detail: {})", raw_quotes(98_000)))
        .collect();
    format!(
        "(version: 2, title: \"Quoted\", ingredients: [(name: \"A\", amount: 1.0, unit: Part, \
         colour: \"#0072b2\")], steps: [{}])",
        steps.join(", ")
    )
}

#[test]
fn fmt_leaves_a_file_that_would_grow_past_the_limit_as_it_was_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("quoted.ron");
    let text = growing_file();
    assert!((580_000..600_000).contains(&text.len()), "{}", text.len());
    fs::write(&big, &text).unwrap();
    // A messy file after it is still formatted.
    let messy = dir.path().join("messy.ron");
    fs::write(&messy, "(version:1,title:\"M\",ingredients:[])").unwrap();

    let out = run(&[
        "fmt",
        &big.display().to_string(),
        &messy.display().to_string(),
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let e = stderr(&out);
    assert!(
        e.contains(&format!("{}: not reformatted", big.display())),
        "{e}"
    );
    assert!(
        e.contains("over the limit of 1,048,576 bytes (1 MiB)"),
        "{e}"
    );
    assert!(
        e.contains("its largest text is the detail of step 1 (196,000 bytes written out)"),
        "{e}"
    );
    assert!(e.contains("the file was left as it was"), "{e}");
    assert_eq!(fs::read_to_string(&big).unwrap(), text, "the file changed");
    assert!(stdout(&out).contains("formatted"), "{}", stdout(&out));
    let tidy = fs::read(&messy).unwrap();
    assert_eq!(
        format::to_ron(&format::parse(&tidy, "m").unwrap())
            .unwrap()
            .as_bytes(),
        tidy
    );
    // The file still opens as it did.
    let out = run(&["check", &big.display().to_string()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn a_recipe_over_the_total_is_not_saved_and_the_old_file_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.ron");
    fs::write(&path, "old").unwrap();
    let steps = (0..7)
        .map(|i| Step {
            title: format!("Step {i}"),
            detail: "\"".repeat(MAX_TEXT_CHARS),
            ingredients: Vec::new(),
        })
        .collect();
    let recipe = Recipe {
        steps,
        ..Recipe::default()
    };
    format::validate(&recipe).unwrap();
    let e = format::save(&path, &recipe).unwrap_err().to_string();
    assert!(
        e.starts_with(&format!("{}: not saved: ", path.display())),
        "{e}"
    );
    assert!(e.contains("the recipe would be 1,400,"), "{e}");
    assert!(e.contains("the detail of step 1 (200,000 bytes"), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "old");
}

/// Eight ingredients whose notes are raw strings of 100,000 quotes: 800 KB
/// as written by hand, twice that in the canonical layout.
fn noted_file(folder: &Path) -> std::path::PathBuf {
    let ingredients: Vec<String> = (1..=8)
        .map(|i| {
            format!(
                "(name: \"I{i}\", amount: 1.0, unit: Part, note: {})",
                raw_quotes(MAX_TEXT_CHARS)
            )
        })
        .collect();
    let text = format!(
        "(version: 1, title: \"Noted\", ingredients: [{}])",
        ingredients.join(", ")
    );
    assert!(text.len() as u64 <= MAX_FILE_BYTES);
    let path = folder.join("noted.ron");
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_window_refuses_to_save_notes_over_the_total_and_keeps_everything() {
    let data = tempfile::tempdir().unwrap();
    let path = noted_file(data.path());
    let before = fs::read(&path).unwrap();
    let mut w = window_with(Some(path.clone()), data);
    assert_eq!(w.harness.state().recipe().ingredients.len(), 8);
    w.harness.get_by_label("Remove I8").click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    w.harness.run();
    let app = w.harness.state();
    let Some(crate::gui::Shown::Error(e)) = crate::gui::shown(app) else {
        panic!("expected an error, found {:?}", app.message());
    };
    assert!(e.contains("not saved"), "{e}");
    assert!(e.contains("over the limit of 1,048,576 bytes"), "{e}");
    assert!(e.contains("the note of ingredient 1 (\"I1\")"), "{e}");
    assert!(
        app.is_dirty(),
        "a refused save must keep the changes unsaved"
    );
    assert_eq!(app.recipe().ingredients.len(), 7);
    assert_eq!(fs::read(&path).unwrap(), before, "the old file changed");
    w.harness
        .get_by_label_contains("over the limit of 1,048,576 bytes");
}

#[test]
fn a_chart_of_a_recipe_over_the_total_is_exported_without_its_text() {
    let steps = (0..7)
        .map(|i| Step {
            title: format!("Step {i}"),
            detail: "\"".repeat(MAX_TEXT_CHARS),
            ingredients: Vec::new(),
        })
        .collect();
    let recipe = Recipe {
        title: "Quoted".to_owned(),
        ingredients: vec![Ingredient::new("A", 1.0, Unit::Part, [0, 114, 178].into())],
        steps,
        ..Recipe::default()
    };
    let svg = chart::to_svg(&PieChart::for_export(&recipe, 1), ExportSize::default());
    // The picture is drawn; it carries no text a reader would refuse.
    assert!(svg.contains("Quoted"));
    let e = parse_file(svg.as_bytes(), FileKind::Svg, "chart.svg").unwrap_err();
    assert!(e.to_string().contains("no recipe in this image"), "{e}");
}

#[test]
fn a_recipe_at_the_limit_is_written_and_reads_back() {
    // Eleven notes of 95,000 letters, the last grown to reach the limit
    // exactly.
    let mut recipe = Recipe::default();
    for i in 0..11 {
        let mut ing = Ingredient::new(format!("I{i}"), 1.0, Unit::Part, [0, 0, 0].into());
        ing.note = "x".repeat(95_000);
        recipe.ingredients.push(ing);
    }
    let room = MAX_FILE_BYTES as usize - format::to_ron(&recipe).unwrap().len();
    recipe.ingredients[10].note.push_str(&"x".repeat(room));
    let text = format::to_ron(&recipe).unwrap();
    assert_eq!(text.len() as u64, MAX_FILE_BYTES);
    assert_eq!(
        format::parse(text.as_bytes(), "at-limit.ron").unwrap(),
        recipe
    );
    recipe.ingredients[10].note.push('x');
    let e = format::to_ron(&recipe).unwrap_err();
    assert!(e.contains("the recipe would be 1,048,577 bytes"), "{e}");
}
