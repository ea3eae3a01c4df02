//! The shipped templates: each a whole recipe to start from, in an order the
//! order check accepts; and every file in `recipes/` is one of them.

use std::collections::BTreeSet;
use std::fs;

use cx_recipe::i18n::Lang;
use cx_recipe::recipe::blend::{Participant, blend};
use cx_recipe::recipe::templates::{self, TEMPLATES, Template};
use cx_recipe::recipe::{Tag, checks, format, library, matching};

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
    // The English files in recipes/, their Spanish and German in es/ and de/.
    for lang in Lang::ALL {
        let dir = match lang {
            Lang::En => repo_path("recipes"),
            other => repo_path(&format!("recipes/{}", other.code())),
        };
        let on_disk: BTreeSet<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().unwrap().is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        let shipped: BTreeSet<String> = TEMPLATES.iter().map(Template::file_name).collect();
        assert_eq!(on_disk, shipped, "{lang:?}");
        assert_eq!(shipped.len(), TEMPLATES.len(), "two templates share a file");
    }
    let folders: BTreeSet<String> = fs::read_dir(repo_path("recipes"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(folders, BTreeSet::from(["de".to_owned(), "es".to_owned()]));
}

/// A template in Spanish or German is the English one written in that
/// language: the same amounts, units, colours, tags, profile, budget and
/// method, every ingredient the same library ingredient (so blends across
/// languages merge), named as the library names it in that language, and
/// every sentence its own (none left in English).
#[test]
fn every_template_speaks_spanish_and_german() {
    for template in TEMPLATES {
        let en = template.recipe().unwrap();
        for lang in [Lang::Es, Lang::De] {
            let id = format!("{} ({lang:?})", template.id);
            let tr = template.recipe_in(lang).unwrap();
            assert_eq!(tr.title, template.title_in(lang), "{id}");
            assert_ne!(tr.title, en.title, "{id}");
            assert_ne!(tr.notes, en.notes, "{id}");
            assert_eq!(
                (&tr.profile, tr.budget, tr.ingredients.len(), tr.steps.len()),
                (&en.profile, en.budget, en.ingredients.len(), en.steps.len()),
                "{id}"
            );
            for (a, b) in en.ingredients.iter().zip(&tr.ingredients) {
                assert_eq!(
                    (a.amount, a.unit, a.colour, a.tag),
                    (b.amount, b.unit, b.colour, b.tag)
                );
                assert_eq!(
                    matching::key(&a.name),
                    matching::key(&b.name),
                    "{id}: {}",
                    b.name
                );
                let found = library::find(&b.name).unwrap();
                assert_eq!(found.name_in(lang), b.name, "{id}");
                assert_eq!(a.note.is_empty(), b.note.is_empty(), "{id}: {}", b.name);
                if !a.note.is_empty() {
                    assert_ne!(a.note, b.note, "{id}: {}", b.name);
                }
            }
            for (a, b) in en.steps.iter().zip(&tr.steps) {
                assert_ne!(a.title, b.title, "{id}");
                assert_eq!(
                    a.detail.is_empty(),
                    b.detail.is_empty(),
                    "{id}: {}",
                    b.title
                );
                if !a.detail.is_empty() {
                    assert_ne!(a.detail, b.detail, "{id}: {}", b.title);
                }
                let keys = |s: &cx_recipe::recipe::Step| -> Vec<String> {
                    s.ingredients.iter().map(|n| matching::key(n)).collect()
                };
                assert_eq!(keys(a), keys(b), "{id}: {}", b.title);
                for name in &b.ingredients {
                    assert!(
                        tr.ingredients.iter().any(|i| &i.name == name),
                        "{id}: {name}"
                    );
                }
            }
            assert!(tr.order_warnings().is_empty(), "{id}");
            assert_eq!(checks::warnings(&tr), [], "{id}");
            assert_eq!(tr.balance(), en.balance(), "{id}");
        }
    }
}

/// Participants who started from the same template in three languages
/// blend into one recipe of the same ingredients.
#[test]
fn a_blend_across_languages_merges_the_ingredients() {
    for template in TEMPLATES {
        let recipes: Vec<_> = Lang::ALL
            .iter()
            .map(|lang| (lang.code(), template.recipe_in(*lang).unwrap()))
            .collect();
        let participants: Vec<Participant<'_>> = recipes
            .iter()
            .map(|(label, recipe)| Participant {
                label: (*label).to_owned(),
                recipe,
            })
            .collect();
        let b = blend(&participants);
        assert_eq!(
            b.rows.len(),
            recipes[0].1.ingredients.len(),
            "{}",
            template.id
        );
        assert!(b.rows.iter().all(|r| r.named_by == 3 && r.std_dev < 1e-12));
        assert!(b.rows.iter().all(|r| !r.tag_disputed()));
    }
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
        .flat_map(|t| Lang::ALL.map(|lang| t.file_name_in(lang)))
        .map(|name| repo_path(&format!("recipes/{name}")).display().to_string())
        .collect();
    let files: Vec<&str> = paths.iter().map(String::as_str).collect();
    let out = run(&[&["check", "--deny-warnings"][..], &files].concat());
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_eq!(stdout(&out).lines().count(), 3 * TEMPLATES.len());
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
