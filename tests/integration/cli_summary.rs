//! `summary` of a recipe in version 2, run as the real binary: the balance,
//! the advice and the method in every format; and a version 1 recipe's
//! summary exactly as before.

use crate::cli::{code, run, stderr, stdout, write};
use crate::repo_path;

/// 45 baking, 30 cooking, 25 untagged; a formal brand (45–65 % baking); a
/// method whose first step should wait for its second.
const MIXED: &str = r#"(
    title: "Mixed",
    profile: (personality: High),
    ingredients: [
        (name: "Metrics", amount: 45, unit: parts, tag: baking),
        (name: "Storytelling", amount: 30, unit: parts, tag: cooking),
        (name: "Speed", amount: 25, unit: parts),
    ],
    steps: [
        (title: "Tell stories", detail: "Every Monday.", ingredients: ["Storytelling"]),
        (title: "Measure", ingredients: ["Metrics"]),
    ],
)"#;

const WARNING: &str = "bake before you cook: step 1 uses Storytelling (cooking) before \
                       step 2 builds Metrics (baking)";

fn summary(path: &str, format: &str) -> String {
    let out = run(&["summary", path, "--format", format, "--decimals", "1"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn json_adds_balance_advice_steps_and_tags() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.ron", MIXED.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&summary(&path, "json")).unwrap();
    let expected = serde_json::json!({
        "title": "Mixed",
        "unit_system": "parts",
        "total": 100.0,
        "ingredients": [
            { "name": "Metrics", "amount": 45.0, "unit": "Part", "amount_ml": null,
              "share": 0.45, "percent": "45.0", "tag": "baking" },
            { "name": "Storytelling", "amount": 30.0, "unit": "Part", "amount_ml": null,
              "share": 0.3, "percent": "30.0", "tag": "cooking" },
            { "name": "Speed", "amount": 25.0, "unit": "Part", "amount_ml": null,
              "share": 0.25, "percent": "25.0", "tag": null },
        ],
        "balance": { "baking": 0.45, "cooking": 0.3, "untagged": 0.25 },
        "advice": { "low": 0.45, "high": 0.65, "verdict": "inside" },
        "steps": [
            { "title": "Tell stories", "detail": "Every Monday.",
              "ingredients": ["Storytelling"], "warnings": [WARNING] },
            { "title": "Measure", "detail": "", "ingredients": ["Metrics"], "warnings": [] },
        ],
    });
    assert_eq!(json, expected);
}

#[test]
fn json_leaves_out_the_advice_without_a_profile() {
    let dir = tempfile::tempdir().unwrap();
    let text = MIXED.replace("    profile: (personality: High),\n", "");
    let path = write(dir.path(), "mixed.ron", text.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&summary(&path, "json")).unwrap();
    assert!(json.get("advice").is_none(), "{json}");
    assert_eq!(json["balance"]["baking"], 0.45);
    assert_eq!(json["steps"].as_array().unwrap().len(), 2);
}

#[test]
fn verdicts_under_and_over() {
    let dir = tempfile::tempdir().unwrap();
    for (profile, verdict) in [("VeryHigh", "under"), ("VeryLow", "over")] {
        let text = MIXED.replace(
            "(personality: High)",
            &format!("(personality: {profile}, size: {profile})"),
        );
        let path = write(dir.path(), "mixed.ron", text.as_bytes());
        let json: serde_json::Value = serde_json::from_str(&summary(&path, "json")).unwrap();
        assert_eq!(json["advice"]["verdict"], verdict, "{profile}");
    }
}

#[test]
fn text_shows_the_balance_the_advice_and_the_method() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.ron", MIXED.as_bytes());
    let text = summary(&path, "text");
    let table_end = "Total            100  parts  100.0 %\n";
    let (table, rest) = text.split_once(table_end).unwrap();
    assert!(table.starts_with("Mixed\n\nIngredient "), "{text}");
    assert_eq!(
        rest,
        format!(
            "\nBaking 45.0 % · Cooking 30.0 % · untagged 25.0 %\n\
             \nSuggested baking: 45–65 % — inside\n\
             Baking is 45.0 % of the mix, inside the suggested 45–65 %.\n\
             Moved from 40–60 % by:\n  Formal brand personality: +5 points\n\
             \nMethod:\n 1. Tell stories (Storytelling)\n    Every Monday.\n    \
             warning: {WARNING}\n 2. Measure (Metrics)\n"
        )
    );
}

#[test]
fn markdown_shows_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.ron", MIXED.as_bytes());
    let md = summary(&path, "markdown");
    assert!(
        md.contains("| **Total** | 100 | parts | 100.0 % |\n\n**Baking 45.0 % · Cooking 30.0 % · untagged 25.0 %**\n"),
        "{md}"
    );
    assert!(
        md.contains("### Advice\n\nSuggested baking: **45–65 %** — inside.\n"),
        "{md}"
    );
    assert!(
        md.contains("- Formal brand personality: +5 points\n"),
        "{md}"
    );
    assert!(
        md.ends_with(&format!(
            "### Method\n\n1. **Tell stories** — Storytelling\n   Every Monday.\n   \
             - ⚠ warning: {WARNING}\n2. **Measure** — Metrics\n"
        )),
        "{md}"
    );
}

#[test]
fn csv_adds_a_tag_column_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "mixed.ron", MIXED.as_bytes());
    assert_eq!(
        summary(&path, "csv"),
        "name,amount,unit,amount_ml,share,percent,tag\n\
         Metrics,45,Part,,0.45,45.0,baking\n\
         Storytelling,30,Part,,0.3,30.0,cooking\n\
         Speed,25,Part,,0.25,25.0,\n"
    );
}

/// The frozen version 1 file: every format as it was before version 2, to
/// the byte.
#[test]
fn a_version_1_summary_is_unchanged() {
    let path = repo_path("tests/fixtures/v1-frozen.ron")
        .display()
        .to_string();
    let csv = summary(&path, "csv");
    assert!(
        csv.starts_with("name,amount,unit,amount_ml,share,percent\n"),
        "{csv}"
    );
    assert!(!csv.contains(",tag"), "{csv}");
    let raw = summary(&path, "json");
    for field in ["\"tag\"", "\"balance\"", "\"advice\"", "\"steps\""] {
        assert!(!raw.contains(field), "{field} in {raw}");
    }
    let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(json.as_object().unwrap().len(), 4, "{raw}");
    assert_eq!(
        json["ingredients"][0].as_object().unwrap().len(),
        6,
        "{raw}"
    );
    let text = summary(&path, "text");
    assert!(
        !text.contains("Baking") && !text.contains("Method"),
        "{text}"
    );
    let md = summary(&path, "markdown");
    assert!(md.ends_with(" | 100.0 % |\n"), "{md}");
}
