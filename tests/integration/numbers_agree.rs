//! The numbers agree (issue 15 §6): on the editor's screen the baking share
//! is written one way wherever it shows — the balance line, the verdict,
//! and (where one ingredient is all the baking) that ingredient's share in
//! the table, the legend and the pie. Measured on what egui drew.

use cx_recipe::app::settings::Settings;
use cx_recipe::chart::palette;
use cx_recipe::recipe::{Colour, Ingredient, Profile, Recipe, Tag, Unit};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::Window;
use crate::presentation::window_sized;
use crate::projector::{texts, write_recipe};

/// A recipe of one baking, one cooking and one untagged ingredient with
/// these amounts, and a profile (so that the verdict shows).
fn tagged(amounts: [f64; 3]) -> Recipe {
    let tags = [Some(Tag::Baking), Some(Tag::Cooking), None];
    let names = ["Efficiency", "Personalised attention", "Speed"];
    Recipe {
        title: "Numbers".to_owned(),
        ingredients: (0..3)
            .map(|i| {
                let mut ing = Ingredient::new(
                    names[i].to_owned(),
                    amounts[i],
                    Unit::Part,
                    Colour::from(palette::colour_for(i)),
                );
                ing.tag = tags[i];
                ing
            })
            .collect(),
        profile: Some(Profile::default()),
        ..Recipe::default()
    }
}

/// Renders the editor on `recipe` and checks that every figure shown for
/// the baking share is `want` (e.g. "33.3"), and that `wrong` (what a
/// rounding made to add up to 100 would write) is nowhere.
fn assert_baking_reads(recipe: &Recipe, want: &str, wrong: &str) {
    let folder = tempfile::tempdir().unwrap();
    let path = write_recipe(folder.path(), "numbers.ron", recipe);
    let Window { mut harness, .. } =
        window_sized(egui::vec2(1280.0, 800.0), Settings::default(), Some(path));
    harness.run();
    let drawn = texts(harness.output(), harness.ctx.content_rect());
    let all: Vec<&str> = drawn.iter().map(|t| t.text.as_str()).collect();
    let figure = format!("{want} %");
    // The balance line.
    assert!(
        all.contains(&format!("Baking {figure}").as_str()),
        "the balance does not say Baking {figure}: {all:?}"
    );
    // The verdict.
    assert!(
        all.iter()
            .any(|t| t.starts_with(&format!("Baking is {figure}"))),
        "the verdict does not say Baking is {figure}: {all:?}"
    );
    // The one baking ingredient's share: table, legend, pie.
    let shares = all.iter().filter(|t| t.trim() == figure).count();
    assert!(
        shares >= 2,
        "{figure} is not the share in the table and the pie: {all:?}"
    );
    let legend = format!("{}, {figure}", recipe.ingredients[0].name);
    assert!(
        harness
            .get_all_by_role(Role::ListBoxOption)
            .any(|n| n.accesskit_node().label().is_some_and(|l| l == legend)),
        "no legend row {legend:?}"
    );
    // The balance bar's accessible summary says the same.
    let bar = harness.get_by_role(Role::ProgressIndicator);
    let summary = bar.accesskit_node().label().unwrap_or_default();
    assert!(
        summary.contains(&format!("Baking {figure}")),
        "the bar's summary: {summary:?}"
    );
    // And no other figure for it anywhere.
    let wrong = format!("{wrong} %");
    assert!(
        !all.iter().any(|t| t.contains(&wrong)),
        "{wrong} is shown: {all:?}"
    );
    assert!(!summary.contains(&wrong), "the bar's summary: {summary:?}");
}

#[test]
fn three_equal_thirds_read_33_3_everywhere() {
    assert_baking_reads(&tagged([1.0, 1.0, 1.0]), "33.3", "33.4");
}

#[test]
fn the_balance_and_the_verdict_give_the_same_baking_share() {
    // 59.44 %, 20.33 %, 20.23 %: made to add up to 100, baking would
    // read 59.5 %; rounded on its own (as the verdict does) it is 59.4 %.
    assert_baking_reads(&tagged([59.44, 20.33, 20.23]), "59.4", "59.5");
}
