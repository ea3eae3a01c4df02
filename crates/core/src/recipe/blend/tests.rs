//! The blend's numbers worked out by hand.
use super::*;
use crate::recipe::Tag;
use crate::recipe::{Ingredient, Unit, palette_colour};

pub(super) fn recipe(items: &[(&str, f64, Unit)]) -> Recipe {
    Recipe {
        title: "t".into(),
        ingredients: items
            .iter()
            .enumerate()
            .map(|(i, &(name, amount, unit))| {
                Ingredient::new(name, amount, unit, palette_colour(i))
            })
            .collect(),
        ..Recipe::default()
    }
}

pub(super) fn take_part<'a>(recipes: &'a [(&str, Recipe)]) -> Vec<Participant<'a>> {
    recipes
        .iter()
        .map(|(label, recipe)| Participant {
            label: (*label).to_owned(),
            recipe,
        })
        .collect()
}

fn row<'a>(b: &'a Blend, name: &str) -> &'a BlendRow {
    b.rows.iter().find(|r| r.name == name).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

/// Ann in litres, Bo in points, Cy in points with other spellings, Di
/// with nothing yet.
pub(super) fn workshop() -> Vec<(&'static str, Recipe)> {
    vec![
        (
            "ann.ron",
            recipe(&[("Speed", 1.0, Unit::Litre), ("Data", 3.0, Unit::Litre)]),
        ),
        (
            "bo.ron",
            recipe(&[("Speed", 50.0, Unit::Part), ("Data", 50.0, Unit::Part)]),
        ),
        (
            "cy.ron",
            recipe(&[
                ("speed ", 20.0, Unit::Part),
                ("Culture", 60.0, Unit::Part),
                ("SPEED", 20.0, Unit::Part),
            ]),
        ),
        ("di.ron", recipe(&[("Speed", 0.0, Unit::Part)])),
    ]
}

#[test]
fn participants_blend_by_share() {
    let recipes = workshop();
    let b = blend(&take_part(&recipes));
    assert_eq!(b.participants, ["ann.ron", "bo.ron", "cy.ron"]);
    assert_eq!(b.skipped_zero_total, ["di.ron"]);

    let data = row(&b, "Data");
    assert_eq!(data.shares, [0.75, 0.5, 0.0]);
    assert!(close(data.mean, 1.25 / 3.0));
    assert_eq!((data.min, data.max, data.named_by), (0.0, 0.75, 2));
    let sd =
        ((0.75f64 - 1.25 / 3.0).powi(2) + (0.5f64 - 1.25 / 3.0).powi(2) + (1.25f64 / 3.0).powi(2))
            / 3.0;
    assert!(close(data.std_dev, sd.sqrt()));
    assert!(data.spellings.is_empty());

    // Cy's two spellings of speed add up; every spelling is recorded.
    let speed = row(&b, "Speed");
    assert_eq!(speed.shares, [0.25, 0.5, 0.4]);
    assert_eq!(speed.named_by, 3);
    assert_eq!(speed.spellings, ["Speed", "speed ", "SPEED"]);
    // Everyone gave speed the palette's first colour: kept.
    assert_eq!(speed.colour, palette_colour(0));

    let culture = row(&b, "Culture");
    assert_eq!(
        (culture.named_by, culture.colour == palette_colour(1)),
        (1, false),
        "Cy's orange for culture is data's already (the larger mean keeps it)"
    );
    assert_eq!(row(&b, "Data").colour, palette_colour(1));
    let mean_total: f64 = b.rows.iter().map(|r| r.mean).sum();
    assert!(close(mean_total, 1.0));
}

#[test]
fn disagreement_comes_first() {
    let recipes = workshop();
    let b = blend(&take_part(&recipes));
    let names: Vec<&str> = b.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Data", "Culture", "Speed"]);
    assert!(b.rows.windows(2).all(|w| w[0].std_dev >= w[1].std_dev));
}

#[test]
fn equal_rows_are_ordered_by_mean_then_name() {
    let recipes = vec![
        (
            "x",
            recipe(&[
                ("b", 1.0, Unit::Part),
                ("A", 1.0, Unit::Part),
                ("c", 2.0, Unit::Part),
            ]),
        ),
        (
            "y",
            recipe(&[
                ("c", 2.0, Unit::Part),
                ("a", 1.0, Unit::Part),
                ("B", 1.0, Unit::Part),
            ]),
        ),
    ];
    let b = blend(&take_part(&recipes));
    let names: Vec<&str> = b.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["c", "A", "b"]);
    assert!(b.rows.iter().all(|r| r.std_dev == 0.0));
}

#[test]
fn json_fields() {
    let recipes = workshop();
    let json = serde_json::to_value(blend(&take_part(&recipes))).unwrap();
    assert_eq!(
        json["participants"],
        serde_json::json!(["ann.ron", "bo.ron", "cy.ron"])
    );
    assert_eq!(json["skipped"], serde_json::json!(["di.ron"]));
    let speed = &json["ingredients"][2];
    let mut keys: Vec<&str> = speed
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    // The fields scripts have always read, and the ones added since
    // (never renamed or removed).
    assert_eq!(
        keys,
        [
            "max",
            "mean",
            "merged_names",
            "min",
            "name",
            "named_by",
            "std_dev",
            "tag",
            "tag_source",
            "tag_votes",
            "voices"
        ]
    );
    assert_eq!(
        speed["merged_names"],
        serde_json::json!(["Speed", "speed ", "SPEED"])
    );
    assert_eq!(
        json["ingredients"][0]["merged_names"],
        serde_json::json!([])
    );
    assert_eq!(speed["max"], serde_json::json!(0.5));
}

/// Five participants: all tag efficiency, consistency and technology as
/// baking; two spell efficiency in Spanish; they disagree about speed and
/// storytelling; one leaves metrics untagged; each writes notes.
pub(super) fn tagged_workshop() -> Vec<(&'static str, Recipe)> {
    use crate::recipe::Tag::{Baking, Cooking};
    let make = |items: &[(&str, f64, Option<Tag>, &str)]| {
        let mut r = recipe(
            &items
                .iter()
                .map(|&(n, a, _, _)| (n, a, Unit::Part))
                .collect::<Vec<_>>(),
        );
        for (ing, &(_, _, tag, note)) in r.ingredients.iter_mut().zip(items) {
            ing.tag = tag;
            ing.note = note.to_owned();
        }
        r
    };
    let base = |eff: &'static str, speed: Option<Tag>, story: Option<Tag>| {
        vec![
            (eff, 30.0, Some(Baking), ""),
            ("Consistency", 20.0, Some(Baking), ""),
            ("Technology", 20.0, Some(Baking), ""),
            ("Speed", 15.0, speed, ""),
            ("Storytelling", 15.0, story, ""),
        ]
    };
    let mut ann = base("Efficiency", Some(Baking), Some(Cooking));
    ann[2].3 = "Systems first.";
    let mut bo = base("Eficiencia", Some(Cooking), Some(Cooking));
    bo.push(("Metrics", 10.0, None, ""));
    let mut cy = base("Efficiency", Some(Baking), Some(Baking));
    cy[2].3 = "Self-service too.";
    cy.push(("Metrics", 10.0, Some(Baking), ""));
    let di = base("Eficiencia", Some(Cooking), Some(Cooking));
    let ed = base("Efficiency", None, Some(Baking));
    vec![
        ("ann.ron", make(&ann)),
        ("bo.ron", make(&bo)),
        ("cy.ron", make(&cy)),
        ("di.ron", make(&di)),
        ("ed.ron", make(&ed)),
    ]
}

#[test]
fn nothing_a_participant_said_is_dropped() {
    use crate::recipe::Tag::{Baking, Cooking};
    let recipes = tagged_workshop();
    let b = blend(&take_part(&recipes));
    // Agreed: everyone who tagged it said baking.
    let eff = row(&b, "Efficiency");
    assert_eq!((eff.tag, eff.tag_source), (Some(Baking), TagSource::Agreed));
    assert_eq!(eff.spellings, ["Efficiency", "Eficiencia"]);
    let spelled: Vec<(&str, &str)> = eff
        .voices
        .iter()
        .map(|v| (v.participant.as_str(), v.spelling.as_str()))
        .collect();
    assert_eq!(
        spelled,
        [
            ("ann.ron", "Efficiency"),
            ("bo.ron", "Eficiencia"),
            ("cy.ron", "Efficiency"),
            ("di.ron", "Eficiencia"),
            ("ed.ron", "Efficiency")
        ]
    );
    assert!(eff.voices.iter().all(|v| v.tag == Some(Baking)));
    assert!((eff.voices[1].share - 30.0 / 110.0).abs() < 1e-12);
    // Metrics: one untagged, one baking — not a dispute.
    let metrics = row(&b, "Metrics");
    assert_eq!(
        (metrics.tag, metrics.tag_source),
        (Some(Baking), TagSource::Agreed)
    );
    assert_eq!(metrics.named_by, 2);
    assert!(!metrics.tag_disputed());
    // Speed: 2 baking, 2 cooking, 1 untagged; the library has no tag: a tie.
    let speed = row(&b, "Speed");
    assert_eq!((speed.tag, speed.tag_source), (None, TagSource::Tie));
    assert_eq!(
        speed.tag_votes,
        TagVotes {
            baking: 2,
            cooking: 2,
            untagged: 1
        }
    );
    // Storytelling: 2 baking, 3 cooking; the library says cooking.
    let story = row(&b, "Storytelling");
    assert_eq!(
        (story.tag, story.tag_source),
        (Some(Cooking), TagSource::Library)
    );
    // The team's balance, from the means and the team's tags.
    let baking: f64 = b
        .rows
        .iter()
        .filter(|r| r.tag == Some(Baking))
        .map(|r| r.mean)
        .sum();
    assert!((b.balance.baking - baking).abs() < 1e-12);
    assert!((b.balance.untagged - speed.mean).abs() < 1e-12);
    assert!((b.balance.baking + b.balance.cooking + b.balance.untagged - 1.0).abs() < 1e-12);
}

#[test]
fn the_team_recipe_keeps_tags_and_notes() {
    let recipes = tagged_workshop();
    let b = blend(&take_part(&recipes));
    let r = b.to_recipe("Team");
    assert!(r.uses_new_fields(), "tagged: version 2");
    let text = crate::recipe::format::to_ron(&r).unwrap();
    assert!(text.contains("version: 2,"), "{text}");
    let back = crate::recipe::format::parse(text.as_bytes(), "team.ron").unwrap();
    assert_eq!(back, r);
    assert!((back.balance().baking - b.balance.baking).abs() < 0.002);
    let tech = r
        .ingredients
        .iter()
        .find(|i| i.name == "Technology")
        .unwrap();
    assert_eq!(
        tech.note,
        "ann.ron: Systems first.\ncy.ron: Self-service too."
    );
    assert_eq!(tech.tag, Some(Tag::Baking));
    assert!(r.notes.contains("Team balance: baking "), "{}", r.notes);
    assert!(
        r.notes.contains("- Speed: ")
            && r.notes
                .contains("tagged baking by 2, cooking by 2: left untagged, a tie"),
        "{}",
        r.notes
    );
    assert!(
        r.notes
            .contains("tagged baking by 2, cooking by 3: cooking, as in the library"),
        "{}",
        r.notes
    );
    // The colours the participants agreed on (the palette in order) stay.
    let colours: Vec<_> = r.ingredients.iter().map(|i| i.colour).collect();
    for (i, c) in colours.iter().enumerate() {
        assert!(!colours[i + 1..].contains(c), "{colours:?}");
    }
}

#[test]
fn the_reports_show_kinds_disputes_and_the_team_balance() {
    let recipes = tagged_workshop();
    let b = blend(&take_part(&recipes));
    let text = b.to_text();
    assert!(text.contains("Team balance: baking "), "{text}");
    assert!(
        text.lines()
            .next()
            .unwrap()
            .starts_with("Blend of 5 recipes")
    );
    let header = text.lines().find(|l| l.starts_with("Ingredient")).unwrap();
    assert!(header.ends_with("Named by  Kind"), "{text}");
    assert!(text.contains("  –*\n"), "speed, a tie: {text}");
    assert!(text.contains("  cooking*\n"), "{text}");
    assert!(
        text.contains("Tags in dispute (* in the table):\n- "),
        "{text}"
    );
    assert!(
        text.contains("- Storytelling: tagged baking by 2, cooking by 3"),
        "{text}"
    );
    assert!(
        text.contains("- Efficiency: \"Efficiency\", \"Eficiencia\"\n"),
        "{text}"
    );
    let md = b.to_markdown();
    assert!(md.contains("| Ingredient | Mean | Min | Max | SD | Named by | Kind |\n"));
    assert!(md.contains(" | 5 of 5 | baking |\n"), "{md}");
    let json = serde_json::to_value(&b).unwrap();
    assert!(json["balance"]["baking"].as_f64().unwrap() > 0.5);
    let story = json["ingredients"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Storytelling")
        .unwrap();
    assert_eq!(story["tag"], "cooking");
    assert_eq!(story["tag_source"], "library");
    assert_eq!(
        story["tag_votes"],
        serde_json::json!({"baking": 2, "cooking": 3, "untagged": 0})
    );
    assert_eq!(story["voices"][0]["participant"], "ann.ron");
    assert_eq!(story["voices"][0]["tag"], "cooking");
}
