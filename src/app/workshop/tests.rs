use super::*;
use crate::recipe::{Ingredient, Unit};

fn recipe(items: &[(&str, f64, [u8; 3])]) -> Recipe {
    Recipe {
        title: "t".into(),
        ingredients: items
            .iter()
            .map(|&(name, amount, [r, g, b])| {
                Ingredient::new(name, amount, Unit::Part, Colour::from_rgb(r, g, b))
            })
            .collect(),
        ..Recipe::default()
    }
}

fn loaded(name: &str, recipe: Recipe) -> LoadedRecipe {
    LoadedRecipe {
        path: PathBuf::from(format!("/w/{name}")),
        recipe,
        label: name.to_owned(),
    }
}

#[test]
fn the_other_recipe_takes_the_open_ones_colours() {
    let a = recipe(&[("Speed", 1.0, [1, 1, 1]), ("Data", 1.0, [2, 2, 2])]);
    // B's own colours clash with A's for other ingredients.
    let b = recipe(&[("data ", 1.0, [1, 1, 1]), ("Culture", 1.0, [2, 2, 2])]);
    let cmp = Comparison::new(loaded("b.ron", b));
    let shown = cmp.other_coloured(&a);
    assert_eq!(shown.ingredients[0].colour, Colour::from_rgb(2, 2, 2));
    let culture = shown.ingredients[1].colour.rgb();
    assert!(culture != [1, 1, 1] && culture != [2, 2, 2]);
    assert_eq!(culture, palette::next_unused(&[[1, 1, 1], [2, 2, 2]]));
}

#[test]
fn the_reveal_steps_through_participants_then_the_team() {
    let mut ann = recipe(&[("Speed", 3.0, [1, 1, 1]), ("Data", 1.0, [0xe6, 0x9f, 0])]);
    ann.author = "Ann".into();
    let bo = recipe(&[("Culture", 1.0, [1, 1, 1]), ("speed", 1.0, [9, 9, 9])]);
    let mut team = TeamBlend::new(
        vec![loaded("ann.ron", ann), loaded("bo.ron", bo)],
        Vec::new(),
    );
    assert_eq!(team.steps(), 3);
    assert_eq!(team.step_name(Lang::En), "Ann");
    assert_eq!(team.step_detail(Lang::En), "t · ann.ron");
    team.move_step(false);
    assert_eq!(team.step(), 0);
    team.move_step(true);
    assert_eq!(team.step_name(Lang::En), "bo.ron");
    // Every pie colours an ingredient as the blend does: Data keeps
    // the colour its one participant gave it; Speed, given two, gets
    // one of its own, and no two are alike.
    let rows = team.blend.rows.clone();
    let row = |name: &str| {
        let key = matching::key(name);
        rows.iter().find(|r| r.key == key).unwrap().colour
    };
    assert_eq!(row("Data"), Colour::from_rgb(0xe6, 0x9f, 0));
    let bo_pie = team.step_recipe(Lang::En);
    assert_eq!(bo_pie.ingredients[0].colour, row("Culture"));
    assert_eq!(bo_pie.ingredients[1].colour, row("Speed"));
    let distinct: std::collections::BTreeSet<[u8; 3]> =
        ["Speed", "Data", "Culture"].map(|n| row(n).rgb()).into();
    assert_eq!(distinct.len(), 3);
    team.move_step(true);
    team.move_step(true);
    assert!(team.is_team_step());
    assert_eq!(team.step_name(Lang::En), "The team");
    assert_eq!(team.step_detail(Lang::En), "Blend of 2 recipes");
    let shown = team.step_recipe(Lang::De);
    assert_eq!(shown.title, "Team-Mischung");
    assert!((shown.total() - 100.0).abs() < 1e-9);
    assert_eq!(shown.ingredients[0].colour, row("Speed"));
}

#[test]
fn a_new_participant_keeps_the_reveal_where_it_was() {
    let person = |author: &str| {
        let mut r = recipe(&[("Speed", 1.0, [1, 1, 1])]);
        r.author = author.into();
        r
    };
    let list = |names: &[&str]| -> Vec<LoadedRecipe> {
        names
            .iter()
            .map(|n| loaded(&format!("{n}.ron"), person(n)))
            .collect()
    };
    let mut team = TeamBlend::new(list(&["a", "b"]), Vec::new());
    team.move_step(true);
    assert_eq!(team.step_name(Lang::En), "b");
    // A new answer before b's: the reveal stays on b.
    team.refresh(list(&["a", "new", "b"]), Vec::new());
    assert_eq!(team.step_name(Lang::En), "b");
    assert_eq!(team.step(), 2);
    // On the team's step it stays there, now of four.
    team.move_step(true);
    assert!(team.is_team_step());
    team.refresh(list(&["a", "new", "b", "last"]), Vec::new());
    assert!(team.is_team_step());
    assert_eq!(team.step_detail(Lang::En), "Blend of 4 recipes");
    // Two who share an author are told apart by their files.
    let twins = TeamBlend::new(
        vec![
            loaded("x.ron", person("Ann")),
            loaded("y.ron", person("Ann")),
        ],
        Vec::new(),
    );
    assert_eq!(twins.who_of("y.ron"), "Ann (y.ron)");
    assert_eq!(twins.step_detail(Lang::En), "t");
}

#[test]
fn a_blend_read_again_keeps_the_reveal_where_it_was() {
    let r = || recipe(&[("Speed", 1.0, [1, 1, 1])]);
    let mut before = TeamBlend::new(vec![loaded("bo.ron", r())], Vec::new());
    let more =
        |names: &[&str]| TeamBlend::new(names.iter().map(|n| loaded(n, r())).collect(), Vec::new());
    // Bo on screen; Ann arrives before him in name order.
    let mut after = more(&["ann.ron", "bo.ron"]);
    after.continue_reveal(&before);
    assert_eq!(after.step_name(Lang::En), "bo.ron");
    // The team's pie on screen stays the team's, with the newcomer in it.
    before.move_step(true);
    assert!(before.is_team_step());
    let mut after = more(&["ann.ron", "bo.ron"]);
    after.continue_reveal(&before);
    assert!(after.is_team_step());
}
