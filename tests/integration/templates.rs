//! The shipped templates: each a whole recipe to start from, in an order the
//! order check accepts; and every file in `recipes/` is one of them.

use std::collections::BTreeSet;
use std::fs;

use cx_recipe::recipe::templates::{self, TEMPLATES, Template};
use cx_recipe::recipe::{Tag, checks, format, library};

use crate::cli::{code, run, stderr, stdout};
use crate::repo_path;

#[test]
fn every_template_is_a_whole_recipe_without_warnings() {
    assert!(TEMPLATES.len() >= 4);
    for template in TEMPLATES {
        let id = template.id;
        let recipe = template.recipe().unwrap();
        format::validate(&recipe).unwrap();
        assert_eq!(recipe.title, template.title, "{id}");
        assert!(!recipe.notes.is_empty(), "{id}: no notes");
        assert!(
            recipe.ingredients.iter().any(|i| i.tag.is_some()),
            "{id}: no tag"
        );
        assert!(recipe.profile.is_some(), "{id}: no profile");
        assert!(
            recipe.steps.len() >= 3,
            "{id}: {} steps",
            recipe.steps.len()
        );
        assert!(recipe.order_warnings().is_empty(), "{id}");
        assert_eq!(checks::warnings(&recipe), [], "{id}");
        assert!(
            !template.summary.is_empty() && !template.summary.contains('\n'),
            "{id}"
        );
        assert_eq!(templates::by_id(id), Some(template));
    }
}

#[test]
fn every_file_in_recipes_is_a_template() {
    let on_disk: BTreeSet<String> = fs::read_dir(repo_path("recipes"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let shipped: BTreeSet<String> = TEMPLATES.iter().map(Template::file_name).collect();
    assert_eq!(on_disk, shipped);
    assert_eq!(shipped.len(), TEMPLATES.len(), "two templates share a file");
}

/// Names as the library spells them, so that the library's tags and roles
/// (which the order check uses) apply; a tag, where set, is the library's.
#[test]
fn templates_use_the_library_names_and_tags() {
    for template in TEMPLATES {
        let recipe = template.recipe().unwrap();
        for ingredient in &recipe.ingredients {
            let found = library::find(&ingredient.name);
            assert_eq!(
                found.map(|i| i.name),
                Some(ingredient.name.as_str()),
                "{}",
                template.id
            );
            if ingredient.tag.is_some() {
                assert_eq!(
                    ingredient.tag,
                    found.and_then(|i| i.tag),
                    "{}",
                    ingredient.name
                );
            }
        }
        for step in &recipe.steps {
            for name in &step.ingredients {
                assert!(
                    recipe.ingredients.iter().any(|i| &i.name == name),
                    "{}: step {:?} names {name:?}, not in the recipe",
                    template.id,
                    step.title
                );
            }
        }
    }
}

/// The order is what the templates teach: turned around, a method that
/// bakes and cooks is warned about.
#[test]
fn a_template_method_turned_around_is_warned_about() {
    let mut warned = 0;
    for template in TEMPLATES {
        let mut recipe = template.recipe().unwrap();
        let uses = |tag| {
            recipe
                .steps
                .iter()
                .flat_map(|s| &s.ingredients)
                .any(|n| recipe.tag_of(n) == Some(tag))
        };
        if !(uses(Tag::Baking) && uses(Tag::Cooking)) {
            continue;
        }
        recipe.steps.reverse();
        assert!(!recipe.order_warnings().is_empty(), "{}", template.id);
        warned += 1;
    }
    assert!(warned >= 3, "{warned}");
}

#[test]
fn the_real_binary_checks_every_template_clean() {
    let paths: Vec<String> = TEMPLATES
        .iter()
        .map(|t| {
            repo_path(&format!("recipes/{}", t.file_name()))
                .display()
                .to_string()
        })
        .collect();
    let files: Vec<&str> = paths.iter().map(String::as_str).collect();
    let out = run(&[&["check", "--deny-warnings"][..], &files].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_eq!(stdout(&out).lines().count(), TEMPLATES.len());
    let out = run(&[&["fmt", "--check"][..], &files].concat());
    assert_eq!(code(&out), 0, "not canonical: {}", stdout(&out));
}

#[test]
fn bake_then_cook_in_json() {
    let path = repo_path("recipes/bake-then-cook.ron")
        .display()
        .to_string();
    let out = run(&["summary", &path, "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["balance"],
        serde_json::json!({ "baking": 0.55, "cooking": 0.45, "untagged": 0.0 })
    );
    assert_eq!(
        json["advice"],
        serde_json::json!({ "low": 0.45, "high": 0.65, "verdict": "inside" })
    );
    let tags: Vec<&str> = json["ingredients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["tag"].as_str().unwrap())
        .collect();
    assert_eq!(tags, [["baking"; 4].as_slice(), &["cooking"; 6]].concat());
    let steps = json["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 6);
    assert_eq!(
        steps[0]["ingredients"],
        serde_json::json!(["Customer research", "Voice of the customer"])
    );
    assert!(steps.iter().all(|s| s["warnings"] == serde_json::json!([])));
}
