//! The articles' languages: library ingredients written in Spanish or
//! German are the same ingredients as in English, for diff, blend and the
//! duplicate check; the command line's machine output stays the same.

use crate::cli::{code, run, stdout, write};

#[test]
fn diff_and_blend_match_library_names_across_languages() {
    let dir = tempfile::tempdir().unwrap();
    let english = write(
        dir.path(),
        "en.ron",
        b"(title: \"EN\", ingredients: [
            (name: \"Efficiency\", amount: 60, unit: parts),
            (name: \"Voice of the customer\", amount: 40, unit: parts),
        ])",
    );
    let spanish = write(
        dir.path(),
        "es.ron",
        b"(title: \"ES\", ingredients: [
            (name: \"Eficiencia\", amount: 50, unit: parts),
            (name: \"Voz del cliente\", amount: 50, unit: parts),
        ])",
    );
    let german = write(
        dir.path(),
        "de.ron",
        b"(title: \"DE\", ingredients: [
            (name: \"Effizienz\", amount: 40, unit: parts),
            (name: \"Stimme des Kunden\", amount: 60, unit: parts),
        ])",
    );
    let out = run(&["diff", &english, &spanish, "--format", "json"]);
    assert_eq!(code(&out), 0);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{json}");
    assert!(rows.iter().all(|r| r["presence"] == "both"), "{json}");

    let team = dir.path().join("team.ron").display().to_string();
    let out = run(&[
        "blend", &english, &spanish, &german, "-o", &team, "--format", "json",
    ]);
    assert_eq!(code(&out), 0, "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = json["ingredients"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{json}");
    for row in rows {
        assert_eq!(row["named_by"], 3, "{json}");
        assert!((row["mean"].as_f64().unwrap() - 0.5).abs() < 1e-9, "{json}");
    }
}

#[test]
fn the_same_ingredient_in_two_languages_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "twice.ron",
        b"(title: \"T\", ingredients: [
            (name: \"Efficiency\", amount: 1, unit: parts),
            (name: \"Effizienz\", amount: 1, unit: parts),
        ])",
    );
    let out = run(&["check", "--deny-warnings", &file]);
    assert_eq!(code(&out), 1);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("duplicate name"),
        "{out:?}"
    );
}
