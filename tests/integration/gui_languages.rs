//! The window in the articles' languages: Spanish and German labels, the
//! library in the window's language, View ▸ Language switching live and
//! kept, the order check worded in German, "System" following the locale,
//! and no English left in a Spanish window.

use std::path::PathBuf;

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::Lang;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::Window;
use crate::presentation::window_sized;

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

fn window_in(language: Option<Lang>, show_library: bool, file: Option<PathBuf>) -> Window {
    let settings = Settings {
        language,
        show_library,
        ..Settings::default()
    };
    window_sized(SIZE, settings, file)
}

/// Every accessible label in the window.
fn labels(harness: &Harness<'static, cx_recipe::app::CxApp>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

#[test]
fn a_spanish_window_speaks_spanish_and_knows_the_library_in_spanish() {
    let Window { mut harness, .. } = window_in(Some(Lang::Es), true, None);
    harness.run();
    harness.get_by_label("Archivo");
    harness.get_by_label("Ver");
    harness.get_by_label("Biblioteca de ingredientes");
    // The starter recipe's "Efficiency" is the library's Eficiencia: shown
    // as in the recipe, in Spanish.
    harness.get_by_label("Eficiencia está en la receta: selecciónalo");
    // One not in the recipe is added under its Spanish name.
    harness.get_by_label("Añadir Voz del cliente").click();
    harness.run();
    let recipe = harness.state().recipe();
    assert_eq!(
        recipe.ingredients.last().map(|i| i.name.as_str()),
        Some("Voz del cliente")
    );
    // Clicking it again selects it rather than adding it twice.
    let n = recipe.ingredients.len();
    harness
        .get_by_label("Voz del cliente está en la receta: selecciónalo")
        .click();
    harness.run();
    assert_eq!(harness.state().recipe().ingredients.len(), n);
}

#[test]
fn view_language_switches_the_window_live_and_is_kept() {
    let Window { mut harness, .. } = window_in(Some(Lang::En), false, None);
    harness.run();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().settings().language, Some(Lang::De));
    assert_eq!(harness.state().lang(), Lang::De);
    harness.get_by_label("Datei");
    harness.get_by_label("Ansicht");
    harness.get_by_label("Zutaten");
    assert!(harness.query_by_label("File").is_none());
    // "System" clears the choice: the window follows the system again.
    harness.get_by_label("Ansicht").click();
    harness.run();
    harness.get_by_label("Sprache").click();
    harness.run();
    let system = format!("System ({})", Lang::system().native_name());
    harness.get_by_label(&system).click();
    harness.run();
    assert_eq!(harness.state().settings().language, None);
    assert_eq!(harness.state().lang(), Lang::system());
}

#[test]
fn the_system_choice_follows_the_locale() {
    // The window's language is the chosen one, else the system's.
    let none = Settings::default();
    assert_eq!(none.lang(), Lang::system());
    assert_eq!(Lang::from_locale("es_ES.UTF-8"), Lang::Es);
    assert_eq!(Lang::from_locale("de-AT"), Lang::De);
    let chosen = Settings {
        language: Some(Lang::De),
        ..Settings::default()
    };
    assert_eq!(chosen.lang(), Lang::De);
    let Window { harness, .. } = window_in(None, false, None);
    assert_eq!(harness.state().lang(), Lang::system());
}

#[test]
fn the_order_warning_names_the_rule_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("order.ron");
    std::fs::write(
        &path,
        "(version: 2, title: \"Order\", ingredients: [
            (name: \"Storytelling\", amount: 1, unit: Part, colour: \"#0072b2\", tag: Cooking),
            (name: \"Metrics\", amount: 1, unit: Part, colour: \"#e69f00\", tag: Baking),
        ], steps: [
            (title: \"Tell stories\", ingredients: [\"Storytelling\"]),
            (title: \"Measure\", ingredients: [\"Metrics\"]),
        ])",
    )
    .unwrap();
    let Window { mut harness, .. } = window_in(Some(Lang::De), false, Some(path));
    harness.run();
    harness.get_by_label("Zubereitung (2)").click();
    harness.run();
    harness.get_by_label(
        "⚠ erst backen, dann kochen: Schritt 1 verwendet Storytelling (Kochen), bevor \
         Schritt 2 Metrics (Backen) aufbaut",
    );
    // The core's English message is the command line's, not the window's.
    assert!(
        harness
            .query_by_label_contains("bake before you cook")
            .is_none()
    );
}

#[test]
fn a_spanish_window_leaves_no_english_on_screen() {
    let Window { mut harness, .. } = window_in(Some(Lang::Es), true, None);
    harness.run();
    let mut seen = labels(&harness);
    harness.get_by_label("Editar").click();
    harness.run();
    harness.get_by_label_contains("Deshacer");
    seen.extend(labels(&harness));
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_label_contains("Método").click();
    harness.run();
    seen.extend(labels(&harness));
    harness.get_by_label("Perfil").click();
    harness.run();
    if harness.state().recipe().profile.is_none() {
        harness
            .get_by_label("Dar consejo para esta organización")
            .click();
        harness.run();
    }
    assert!(
        harness
            .query_all_by_label_contains("Personalidad de marca")
            .count()
            > 0
    );
    harness.get_by_label_contains("Hornear sugerido");
    seen.extend(labels(&harness));
    let english = [
        "Ingredients",
        "Ingredient",
        "Method",
        "Profile",
        "Save",
        "Undo",
        "Redo",
        "File",
        "Edit",
        "View",
        "Share",
        "Amount",
        "Untitled",
        "Suggested",
        "Baking",
        "Cooking",
    ];
    for label in &seen {
        for word in label.split(|c: char| !c.is_alphanumeric()) {
            assert!(
                !english.contains(&word),
                "English \"{word}\" in the Spanish window: {label:?}"
            );
        }
    }
}
