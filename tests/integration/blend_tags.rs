//! Nothing a participant said is dropped, run as the real binary: five
//! participants tag their ingredients; `blend` writes a team recipe that
//! keeps the tags (so version 2) and the team's balance, and `summary
//! --format json` of it says the same balance.

use std::fs;

use crate::cli::{code, run, stderr, stdout};

/// A participant's file: Efficiency (spelt as given), Consistency and
/// Technology tagged baking by everyone; Storytelling as given.
fn participant(efficiency: &str, amounts: [u32; 4], story: &str) -> String {
    let [eff, cons, tech, st] = amounts;
    format!(
        "(version: 2, title: \"Mine\", ingredients: [\n\
         (name: \"{efficiency}\", amount: {eff}, unit: parts, tag: baking),\n\
         (name: \"Consistency\", amount: {cons}, unit: parts, tag: Baking),\n\
         (name: \"Technology\", amount: {tech}, unit: parts, tag: Baking, note: \"Self-service too.\"),\n\
         (name: \"Storytelling\", amount: {st}, unit: parts{story}),\n\
         ])"
    )
}

#[test]
fn a_blend_of_five_tagged_files_keeps_the_tags_and_the_teams_balance() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        participant("Efficiency", [30, 20, 20, 30], ", tag: cooking"),
        participant("Eficiencia", [40, 10, 30, 20], ", tag: cooking"),
        participant("Effizienz", [20, 20, 20, 40], ""),
        participant("efficiency", [25, 25, 25, 25], ", tag: baking"),
        participant("Efficiency", [10, 30, 30, 30], ", tag: cooking"),
    ];
    let paths: Vec<String> = files
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.path().join(format!("p{i}.ron"));
            fs::write(&path, text).unwrap();
            path.display().to_string()
        })
        .collect();
    let team = dir.path().join("team.ron").display().to_string();
    let mut args = vec!["blend"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["-o", &team, "--format", "json"]);
    let out = run(&args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let blend: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let eff = &blend["ingredients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Efficiency")
        .unwrap()
        .clone();
    assert_eq!(eff["tag"], "baking");
    assert_eq!(eff["tag_source"], "agreed");
    assert_eq!(
        eff["merged_names"],
        serde_json::json!(["Efficiency", "Eficiencia", "Effizienz", "efficiency"])
    );
    assert_eq!(eff["voices"].as_array().unwrap().len(), 5);
    assert_eq!(eff["voices"][1]["spelling"], "Eficiencia");

    // The team recipe: version 2, every ingredient tagged as the team said.
    let text = fs::read_to_string(&team).unwrap();
    assert!(text.contains("version: 2,"), "{text}");
    for name in ["Efficiency", "Consistency", "Technology"] {
        let at = text.find(&format!("name: \"{name}\"")).unwrap();
        let rest = &text[at..];
        let end = rest.find("),").unwrap();
        assert!(rest[..end].contains("tag: Baking"), "{name}: {text}");
    }
    let at = text.find("name: \"Storytelling\"").unwrap();
    assert!(
        text[at..].contains("tag: Cooking"),
        "the agreed cooking: {text}"
    );
    assert!(
        text.contains("Self-service too."),
        "the notes are kept: {text}"
    );
    assert!(text.contains("Team balance: baking "), "{text}");

    // summary --format json of the team recipe: the same balance.
    let out = run(&["summary", &team, "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for part in ["baking", "cooking", "untagged"] {
        let team_share = blend["balance"][part].as_f64().unwrap();
        let file_share = summary["balance"][part].as_f64().unwrap();
        // The file holds parts rounded to a tenth: within 0.1 points.
        assert!(
            (team_share - file_share).abs() < 0.001,
            "{part}: {team_share} vs {file_share}"
        );
    }
    assert!(summary["balance"]["untagged"].as_f64().unwrap() == 0.0);
    let tags: Vec<&str> = summary["ingredients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["tag"].as_str().unwrap())
        .collect();
    assert_eq!(
        tags.iter().filter(|t| **t == "baking").count(),
        3,
        "{tags:?}"
    );

    // The text report shows the kinds and the team's balance.
    let team2 = dir.path().join("team2.ron").display().to_string();
    let mut args = vec!["blend"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["-o", &team2]);
    let out = run(&args);
    let text = stdout(&out);
    assert!(text.contains("Team balance: baking "), "{text}");
    assert!(text.contains("Kind"), "{text}");
}
