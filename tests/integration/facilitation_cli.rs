//! `diff` and `blend`, run as the real binary on small recipes whose numbers
//! are worked out by hand: output, the files written (or not), exit codes.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cx_recipe::recipe::{Unit, format};

const BIN: &str = env!("CARGO_BIN_EXE_cx-recipe");

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited by a signal")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts that stderr says `text`.
fn says(out: &Output, text: &str) {
    assert!(stderr(out).contains(text), "{}", stderr(out));
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn close(value: &serde_json::Value, expected: f64) -> bool {
    value.as_f64().is_some_and(|v| (v - expected).abs() < 1e-12)
}

/// As-is in kitchen volumes: 1 l + 500 ml + 2.5 l = 4000 ml, so Speed 25 %,
/// Data 12.5 %, Culture 62.5 %.
const AS_IS: &str = r#"(
    title: "As-is",
    ingredients: [
        (name: "Speed", amount: 1.0, unit: Litre),
        (name: "Data", amount: 500.0, unit: Millilitre),
        (name: "Culture", amount: 2.5, unit: Litre),
    ],
)"#;

/// To-be in points: speed 40, Culture 30, Trust 30. Against as-is: Culture
/// −32.5, Trust +30 (only B), Speed +15, Data −12.5 (only A).
const TO_BE: &str = r#"(
    title: "To-be",
    ingredients: [
        (name: " speed", amount: 40.0, unit: Part),
        (name: "CULTURE", amount: 30.0, unit: Part),
        (name: "Trust", amount: 30.0, unit: Part),
    ],
)"#;

/// The line and column of the decimal comma below.
const BROKEN: &str = "(\n    title: \"Broken\",\n    ingredients: [\n        (name: \"Speed\", amount: 1,5, unit: Part),\n    ],\n)\n";
const BROKEN_AT: &str = "broken.ron:4:33:";

#[test]
fn diff_gives_the_change_in_points_in_three_formats() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "as-is.ron", AS_IS);
    let b = write(dir.path(), "to-be.ron", TO_BE);

    let out = run(&["diff", &a, &b]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "A: {a} — As-is\n\
             B: {b} — To-be\n\
             \n\
             Ingredient       A       B    Change  Note\n\
             -----------------------------------------------\n\
             Culture     62.5 %  30.0 %  \u{2212}32.5 pp\n\
             Trust            –  30.0 %  +30.0 pp  only in B\n\
             Speed       25.0 %  40.0 %  +15.0 pp\n\
             Data        12.5 %       –  \u{2212}12.5 pp  only in A\n"
        )
    );

    let out = run(&["diff", &a, &b, "--format", "markdown"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.contains("- **A:** ") && md.contains(" — As-is\n"),
        "{md}"
    );
    assert!(
        md.contains("- **B:** ") && md.contains(" — To-be\n"),
        "{md}"
    );
    assert!(
        md.contains(
            "| Ingredient | A | B | Change | Note |\n\
             |---|---:|---:|---:|---|\n\
             | Culture | 62.5 % | 30.0 % | \u{2212}32.5 pp |  |\n\
             | Trust | – | 30.0 % | +30.0 pp | only in B |\n\
             | Speed | 25.0 % | 40.0 % | +15.0 pp |  |\n\
             | Data | 12.5 % | – | \u{2212}12.5 pp | only in A |\n"
        ),
        "{md}"
    );

    let out = run(&["diff", &a, &b, "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let j = json(&out);
    assert_eq!(j["a"], serde_json::json!({"file": a, "title": "As-is"}));
    assert_eq!(j["b"], serde_json::json!({"file": b, "title": "To-be"}));
    assert_eq!(j["a_has_shares"], true);
    assert_eq!(j["b_has_shares"], true);
    let rows = j["rows"].as_array().unwrap();
    let expected = [
        ("Culture", Some(0.625), Some(0.3), -32.5, "both"),
        ("Trust", None, Some(0.3), 30.0, "only_b"),
        ("Speed", Some(0.25), Some(0.4), 15.0, "both"),
        ("Data", Some(0.125), None, -12.5, "only_a"),
    ];
    assert_eq!(rows.len(), expected.len());
    for (row, (name, share_a, share_b, delta, presence)) in rows.iter().zip(expected) {
        assert_eq!(row["name"], name);
        assert_eq!(row["a"].as_f64(), share_a, "{name}");
        assert_eq!(row["b"].as_f64(), share_b, "{name}");
        assert!(
            close(&row["delta_pp"], delta),
            "{name}: {}",
            row["delta_pp"]
        );
        assert_eq!(row["presence"], presence);
    }
}

#[test]
fn diff_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "to-be.ron", TO_BE);
    let broken = write(dir.path(), "broken.ron", BROKEN);
    let missing = dir.path().join("missing.ron").display().to_string();

    let out = run(&["diff", &good, &broken]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    says(&out, BROKEN_AT);
    // Both bad files are named; unreadable is the worse outcome.
    let out = run(&["diff", &broken, &missing]);
    assert_eq!(code(&out), 2);
    says(&out, BROKEN_AT);
    says(&out, "missing.ron");
    assert_eq!(code(&run(&["diff", &good])), 2);
    assert_eq!(code(&run(&["diff", &good, &good, "--format", "csv"])), 2);
}

#[test]
fn diff_keeps_escape_sequences_from_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.ron",
        "(title: \"Evil\\u{1b}[2J\\nsecond line\", ingredients: [(name: \"Sp\\u{1b}]0;x\\u{7}eed\", amount: 1.0, unit: Part)])",
    );
    let b = write(dir.path(), "to-be.ron", TO_BE);
    for (format, title) in [
        ("text", "Evil\u{fffd}[2J\u{fffd}second line\n"),
        ("markdown", "Evil\u{fffd}\\[2J\u{fffd}second line\n"),
    ] {
        let out = run(&["diff", &a, &b, "--format", format]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(!out.stdout.iter().any(|&c| c == 0x1b || c == 0x07));
        assert!(stdout(&out).contains(title), "{}", stdout(&out));
    }
}

/// Ann in litres, Bo and Cy in points: Speed 50/80/20 %, Data 50/20/80 %.
const ANN: &str = r#"(title: "Ann", ingredients: [(name: "Speed", amount: 1.0, unit: Litre), (name: "Data", amount: 1000.0, unit: Millilitre)])"#;
const BO: &str = r#"(title: "Bo", ingredients: [(name: "Speed", amount: 80.0, unit: Part), (name: "Data", amount: 20.0, unit: Part)])"#;
const CY: &str = r#"(title: "Cy", ingredients: [(name: "speed ", amount: 2.0, unit: Part), (name: "Data", amount: 8.0, unit: Part)])"#;

fn workshop(dir: &Path) -> Vec<String> {
    [("ann.ron", ANN), ("bo.ron", BO), ("cy.ron", CY)]
        .iter()
        .map(|(name, text)| write(dir, name, text))
        .collect()
}

/// The blend's output file: not there yet.
fn team(dir: &Path) -> (PathBuf, String) {
    let path = dir.join("TEAM.ron");
    let arg = path.display().to_string();
    (path, arg)
}

fn blend_args<'a>(files: &'a [String], output: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["blend"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["-o", output]);
    args.extend(more);
    args
}

#[test]
fn blend_gives_mean_min_max_and_sd_and_writes_a_recipe_of_100_parts() {
    let dir = tempfile::tempdir().unwrap();
    let files = workshop(dir.path());
    let (team, team_arg) = team(dir.path());

    let out = run(&blend_args(&files, &team_arg, &[]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    // Mean 50, min 20, max 80; population sd √((0 + 30² + 30²) / 3) = 24.49….
    assert_eq!(
        stdout(&out),
        format!(
            "Blend of 3 recipes: ann.ron, bo.ron, cy.ron.\n\
             \n\
             Ingredient    Mean     Min     Max       SD  Named by\n\
             -----------------------------------------------------\n\
             Data        50.0 %  20.0 %  80.0 %  24.5 pp    3 of 3\n\
             Speed       50.0 %  20.0 %  80.0 %  24.5 pp    3 of 3\n\
             \n\
             Merged names (case and spaces ignored):\n\
             - Speed: \"Speed\", \"speed \"\n\
             \n\
             Saved the blend as {team_arg}: \"Team blend\", 2 ingredients in parts of 100.\n"
        )
    );
    let recipe = format::load(&team).unwrap();
    assert_eq!(recipe.title, "Team blend");
    assert!(recipe.ingredients.iter().all(|i| i.unit == Unit::Part));
    assert!((recipe.total() - 100.0).abs() < 1e-9, "{}", recipe.total());
    let amounts: Vec<(&str, f64)> = recipe
        .ingredients
        .iter()
        .map(|i| (i.name.as_str(), i.amount))
        .collect();
    assert_eq!(amounts, [("Data", 50.0), ("Speed", 50.0)]);
    assert!(
        recipe.notes.contains("ann.ron, bo.ron, cy.ron"),
        "{}",
        recipe.notes
    );

    let out = run(&blend_args(
        &files,
        &team_arg,
        &["--format", "markdown", "--title", "Workshop 3"],
    ));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.contains("| Speed | 50.0 % | 20.0 % | 80.0 % | 24.5 pp | 3 of 3 |"),
        "{md}"
    );
    assert!(md.contains("\"Workshop 3\", 2 ingredients"), "{md}");
    assert_eq!(format::load(&team).unwrap().title, "Workshop 3");
}

#[test]
fn blend_json_fields() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = workshop(dir.path());
    files.push(write(
        dir.path(),
        "di.ron",
        r#"(title: "Di", ingredients: [(name: "Speed", amount: 0.0, unit: Part)])"#,
    ));
    let (_, team) = team(dir.path());
    let out = run(&blend_args(&files, &team, &["--format", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    says(&out, "di.ron: its total is zero");
    let j = json(&out);
    assert_eq!(
        j["output"],
        serde_json::json!({"file": team, "title": "Team blend"})
    );
    assert_eq!(
        j["participants"],
        serde_json::json!(["ann.ron", "bo.ron", "cy.ron"])
    );
    assert_eq!(j["skipped"], serde_json::json!(["di.ron"]));
    assert_eq!(j["skipped_invalid"], serde_json::json!([]));
    let rows = j["ingredients"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        assert!(close(&row["mean"], 0.5), "{row}");
        assert!(close(&row["min"], 0.2), "{row}");
        assert!(close(&row["max"], 0.8), "{row}");
        assert!(close(&row["std_dev"], 0.06f64.sqrt()), "{row}");
        assert_eq!(row["named_by"], 3);
    }
    let speed = rows.iter().find(|r| r["name"] == "Speed").unwrap();
    assert_eq!(
        speed["merged_names"],
        serde_json::json!(["Speed", "speed "])
    );
    let data = rows.iter().find(|r| r["name"] == "Data").unwrap();
    assert_eq!(data["merged_names"], serde_json::json!([]));
}

#[test]
fn blend_with_an_invalid_file_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = workshop(dir.path());
    files.push(write(dir.path(), "broken.ron", BROKEN));
    let (team, team_arg) = team(dir.path());

    let out = run(&blend_args(&files, &team_arg, &[]));
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    says(&out, BROKEN_AT);
    says(&out, "nothing written");
    assert!(!team.exists());
    // The four inputs only: no blend, no temporary file.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 4);

    let out = run(&blend_args(&files, &team_arg, &["--skip-invalid"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    says(&out, BROKEN_AT);
    assert!(stdout(&out).starts_with("Blend of 3 recipes: ann.ron, bo.ron, cy.ron.\n"));
    assert!((format::load(&team).unwrap().total() - 100.0).abs() < 1e-9);

    let out = run(&blend_args(
        &files,
        &team_arg,
        &["--skip-invalid", "--format", "json"],
    ));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let skipped = &json(&out)["skipped_invalid"];
    assert_eq!(skipped[0]["file"], files[3].as_str());
    assert!(skipped[0]["error"].as_str().unwrap().contains(BROKEN_AT));
}

#[test]
fn blend_with_nothing_to_blend_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "broken.ron", BROKEN);
    let zero = r#"(ingredients: [(name: "Speed", amount: 0.0, unit: Part)])"#;
    let zero = write(dir.path(), "zero.ron", zero);
    let (team, team_arg) = team(dir.path());
    let out = run(&blend_args(&[broken, zero], &team_arg, &["--skip-invalid"]));
    assert_eq!(code(&out), 1);
    says(&out, BROKEN_AT);
    says(&out, "zero.ron: its total is zero");
    assert!(!team.exists());
}

#[test]
fn blend_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let files = workshop(dir.path());
    let before = fs::read(&files[1]).unwrap();
    let same = dir.path().join(".").join("bo.ron").display().to_string();
    let out = run(&blend_args(&files, &same, &[]));
    assert_eq!(code(&out), 2);
    says(&out, "the output is one of the inputs");
    assert_eq!(fs::read(&files[1]).unwrap(), before);
    // Nor does one file count twice.
    let twice = [files[0].clone(), files[1].clone(), same];
    let (team, team_arg) = team(dir.path());
    let out = run(&blend_args(&twice, &team_arg, &[]));
    assert_eq!(code(&out), 2);
    says(&out, "are the same file");
    assert!(!team.exists());
    // -o is required.
    assert_eq!(code(&run(&["blend", &files[0], &files[1]])), 2);
}

#[test]
fn participants_with_one_file_name_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let files = workshop(dir.path());
    for team in ["team-a", "team-b"] {
        fs::create_dir(dir.path().join(team)).unwrap();
    }
    let a = dir.path().join("team-a/ann.ron");
    let b = dir.path().join("team-b/ann.ron");
    fs::copy(&files[0], &a).unwrap();
    fs::copy(&files[1], &b).unwrap();
    let both = [a.display().to_string(), b.display().to_string()];
    let (_, team) = team(dir.path());
    let out = run(&blend_args(&both, &team, &["--format", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        json(&out)["participants"],
        serde_json::json!(["team-a/ann.ron", "team-b/ann.ron"])
    );
}
