//! The editor's legend beside the pie (a wide chart panel: 1280×800, and
//! 1920×1080 at 150 % scaling, 1280×720 points) names every ingredient
//! whole: a long name wraps onto a second line rather than being cut with
//! "…" while there is room below. Checked on the shipped ideal-cx
//! template and on a recipe of 13 long names, each row scrolled to.

use cx_recipe::app::settings::Settings;
use cx_recipe::chart::palette;
use cx_recipe::recipe::{Colour, Ingredient, Recipe, Unit, shown};
use egui_kittest::kittest::Queryable as _;

use crate::gui::Window;
use crate::presentation::window_sized;
use crate::projector::write_recipe;
use crate::zoom::assert_whole;

const LONG: [&str; 13] = [
    "Personalised attention at every touchpoint",
    "Voice of the customer programme",
    "Cross-functional collaboration",
    "Scorecards & dashboards for the board",
    "Understanding the why behind complaints",
    "Ideation & redesign workshops",
    "Champion programme in every team",
    "Learning & education for front line staff",
    "Omni-channel consistency",
    "Customer research with real customers",
    "Company culture of ownership",
    "Test & learn with small pilots",
    "Technology that gets out of the way",
];

fn long_names() -> Recipe {
    let ingredients = LONG
        .iter()
        .enumerate()
        .map(|(i, name)| {
            Ingredient::new(
                (*name).to_owned(),
                (20 - i) as f64,
                Unit::Part,
                Colour::from(palette::colour_for(i)),
            )
        })
        .collect();
    Recipe {
        title: "Long names".to_owned(),
        ingredients,
        ..Recipe::default()
    }
}

fn ideal_cx() -> Recipe {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes/ideal-cx.ron");
    cx_recipe::recipe::format::load(&path).unwrap()
}

#[test]
fn the_legend_beside_the_pie_names_every_ingredient_whole() {
    let folder = tempfile::tempdir().unwrap();
    for (what, recipe) in [("ideal-cx", ideal_cx()), ("13 long names", long_names())] {
        let path = write_recipe(folder.path(), "side.ron", &recipe);
        for size in [egui::vec2(1280.0, 800.0), egui::vec2(1280.0, 720.0)] {
            let Window { mut harness, .. } =
                window_sized(size, Settings::default(), Some(path.clone()));
            harness.run();
            let shares = recipe.shares().unwrap();
            for (ing, share) in recipe.ingredients.iter().zip(shares) {
                let label = format!("{}, {}", ing.name, shown::percent(share, 1));
                let case = format!("{what} at {size:?}");
                harness.get_by_label(&label);
                assert_whole(&mut harness, &case, &label, &ing.name);
            }
        }
    }
}
