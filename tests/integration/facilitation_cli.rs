//! `diff`, run as the real binary on small recipes whose numbers
//! are worked out by hand: output, the files written (or not), exit codes.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

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
    assert!(stderr(&out).contains(BROKEN_AT), "{}", stderr(&out));
    // Both bad files are named; unreadable is the worse outcome.
    let out = run(&["diff", &broken, &missing]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains(BROKEN_AT), "{}", stderr(&out));
    assert!(stderr(&out).contains("missing.ron"), "{}", stderr(&out));
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
