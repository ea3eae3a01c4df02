//! The window's language, all of it (issue 15 §15): a message re-worded when
//! the language changes, German key names (Strg), the zoom items translated,
//! numbers with a decimal comma on screen and typed, templates opened in the
//! window's language, Hornear/Cocinar in the Spanish summary, and a file's
//! error told in the window's language.

use std::fs;
use std::path::PathBuf;

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::format;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::{Shown, Window, shown, window};
use crate::presentation::window_sized;
use crate::repo_path;

fn window_in(language: Lang, file: Option<PathBuf>) -> Window {
    let settings = Settings {
        language: Some(language),
        ..Settings::default()
    };
    window_sized(egui::vec2(1280.0, 800.0), settings, file)
}

/// Every accessible label and text in the window.
fn labels(w: &Window) -> Vec<String> {
    w.harness
        .root()
        .children_recursive()
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// Clicks a field, selects what is in it, types `text` and presses Enter.
fn type_into(w: &mut Window, label: &str, text: &str) {
    w.harness.get_by_label(label).click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    w.harness.get_by_label(label).type_text(text);
    w.harness.key_press(Key::Enter);
    w.harness.run();
}

#[test]
fn a_language_switch_rewords_the_message_on_screen() {
    let mut w = window();
    w.harness.run();
    w.harness.get_by_label("Edit").click();
    w.harness.run();
    w.harness.get_by_label_contains("Copy summary").click();
    for _ in 0..4 {
        w.harness.step();
    }
    w.harness.run();
    w.harness.get_by_label_contains("Summary copied");
    w.harness.get_by_label("View").click();
    w.harness.run();
    w.harness.get_by_label("Language").click();
    w.harness.run();
    w.harness.get_by_label("Deutsch").click();
    w.harness.run();
    // The same message, now worded in German where it is drawn.
    w.harness.get_by_label_contains("Zusammenfassung kopiert");
    assert!(
        w.harness
            .query_all_by_label_contains("Summary copied")
            .next()
            .is_none()
    );
}

#[test]
fn german_menus_name_the_keys_as_a_german_keyboard_does() {
    let mut w = window_in(Lang::De, None);
    w.harness.run();
    w.harness.get_by_label("Bearbeiten").click();
    w.harness.run();
    let undo = w.harness.get_by_label_contains("Rückgängig");
    let label = undo.accesskit_node().label().unwrap_or_default();
    assert!(label.contains("Strg+Z"), "{label}");
    for label in labels(&w) {
        assert!(!label.contains("Ctrl"), "{label}");
    }
}

#[test]
fn the_zoom_items_speak_the_windows_language() {
    for (lang, view, words) in [
        (Lang::Es, "Ver", ["Ampliar", "Reducir", "Tamaño original"]),
        (
            Lang::De,
            "Ansicht",
            ["Vergrößern", "Verkleinern", "Originalgröße"],
        ),
    ] {
        let mut w = window_in(lang, None);
        w.harness.run();
        w.harness.get_by_label(view).click();
        w.harness.run();
        for word in words {
            w.harness.get_by_label_contains(word);
        }
        for label in labels(&w) {
            assert!(!label.contains("Zoom"), "{lang:?}: {label}");
        }
    }
}

#[test]
fn shares_show_a_decimal_comma_and_a_typed_comma_is_read() {
    for (lang, amount_of, share_of) in [
        (
            Lang::Es,
            "Cantidad de Eficiencia: arrastra o escribe",
            "Parte de Eficiencia",
        ),
        (
            Lang::De,
            "Menge von Effizienz: ziehen oder tippen",
            "Anteil von Effizienz",
        ),
    ] {
        let mut w = window_in(lang, None);
        w.harness.run();
        let share = w
            .harness
            .query_all_by_label_contains(share_of)
            .find(|n| n.accesskit_node().role() == Role::SpinButton)
            .unwrap();
        let shown = share.accesskit_node().value().unwrap_or_default();
        assert_eq!(shown, "24,8 %", "{lang:?}");
        type_into(&mut w, amount_of, "13,6");
        assert_eq!(w.harness.state().recipe().ingredients[0].amount, 13.6);
        let field = w.harness.get_by_label(amount_of);
        let shown = field.accesskit_node().value().unwrap_or_default();
        assert_eq!(shown, "13,6", "{lang:?}");
    }
}

#[test]
fn a_template_opens_in_the_windows_language() {
    for (lang, menu, new_from, name, file) in [
        (
            Lang::Es,
            "Archivo",
            "Nueva desde plantilla",
            "La cocina de la CX",
            "recipes/es/cx-kitchen.ron",
        ),
        (
            Lang::De,
            "Datei",
            "Neu aus Vorlage",
            "Die CX-Küche",
            "recipes/de/cx-kitchen.ron",
        ),
    ] {
        let mut w = window_in(lang, None);
        w.harness.run();
        // The starter too is in the window's language.
        let starter = format::load(&repo_path(&file.replace("cx-kitchen", "ideal-cx"))).unwrap();
        assert_eq!(w.harness.state().recipe().title, starter.title);
        w.harness.get_by_label(menu).click();
        w.harness.run();
        w.harness.get_by_label(new_from).click();
        w.harness.run();
        w.harness.get_by_label(name).click();
        w.harness.run();
        let shipped = format::load(&repo_path(file)).unwrap();
        let open = w.harness.state().recipe();
        assert_eq!(open.title, shipped.title, "{lang:?}");
        assert_eq!(open.notes, shipped.notes, "{lang:?}");
        let names = |r: &cx_recipe::recipe::Recipe| -> Vec<String> {
            r.ingredients.iter().map(|i| i.name.clone()).collect()
        };
        assert_eq!(names(open), names(&shipped), "{lang:?}");
        let steps: Vec<_> = open.steps.iter().map(|s| s.title.clone()).collect();
        let shipped_steps: Vec<_> = shipped.steps.iter().map(|s| s.title.clone()).collect();
        assert_eq!(steps, shipped_steps, "{lang:?}");
        assert_eq!(open.budget, Some(100.0), "{lang:?}");
    }
}

#[test]
fn the_spanish_summary_says_hornear_and_cocinar() {
    let mut w = window_in(Lang::Es, None);
    w.harness.run();
    w.harness.get_by_label("Editar").click();
    w.harness.run();
    w.harness.get_by_label_contains("Copiar resumen").click();
    let mut copied = None;
    for _ in 0..4 {
        w.harness.step();
        for command in &w.harness.output().platform_output.commands {
            if let egui::OutputCommand::CopyText(text) = command {
                copied = Some(text.clone());
            }
        }
    }
    let text = copied.expect("nothing was copied");
    assert!(text.contains("Hornear 75,2 % · Cocinar 12,4 %"), "{text}");
    assert!(text.contains("Hornear sugerido: 60–80 %"), "{text}");
    assert!(!text.contains("Horneado"), "{text}");
    assert!(!text.contains("Cocina "), "{text}");
}

#[test]
fn a_files_error_is_told_in_the_windows_language() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("broken.ron");
    fs::write(
        &path,
        "(title: \"Broken\", ingredients: [(name: \"A\", amount: -3, unit: Part)])",
    )
    .unwrap();
    let error = format::load(&path).unwrap_err();
    let german = error.message_in(Lang::De);
    assert_ne!(german, error.message_in(Lang::En));
    let mut w = window_in(Lang::De, Some(path));
    w.harness.run();
    w.harness.run();
    let Some(Shown::Error(text)) = shown(w.harness.state()) else {
        panic!("no error: {:?}", shown(w.harness.state()));
    };
    assert!(text.contains(&german), "{text}\n— expected {german}");
    // On screen, in the banner.
    let first_words: String = german.chars().take(30).collect();
    assert!(
        w.harness.query_all_by_role(Role::Label).any(|n| n
            .accesskit_node()
            .label()
            .is_some_and(|l| l.contains(&first_words)))
            || w.harness
                .query_all_by_label_contains(&first_words)
                .next()
                .is_some(),
        "the German error is not on screen"
    );
}

#[test]
fn the_budget_and_the_total_read_in_the_locales_numbers() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("points.ron");
    fs::write(
        &path,
        "(version: 2, title: \"Puntos\", budget: 100, ingredients: [
            (name: \"A\", amount: 60, unit: Part), (name: \"B\", amount: 48.3, unit: Part)])",
    )
    .unwrap();
    let mut w = window_in(Lang::Es, Some(path));
    w.harness.run();
    let seen = labels(&w);
    let over = seen
        .iter()
        .find(|l| l.contains("por encima del presupuesto"));
    assert!(over.is_some_and(|l| l.contains("8,3")), "{seen:?}");
    assert!(seen.iter().any(|l| l.contains("108,3")), "{seen:?}");
    assert!(!seen.iter().any(|l| l.contains("8.3")), "{seen:?}");
}

/// Whether `text` has a decimal point between digits ("13.6").
fn has_decimal_point(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit())
}

#[test]
fn every_figure_drawn_in_a_spanish_window_has_a_decimal_comma() {
    // A shipped template with a profile, on the table and the chart side
    // by side: the pie's labels, the legend, the balance and the verdict.
    let mut w = window_in(Lang::Es, Some(repo_path("recipes/es/ideal-cx.ron")));
    w.harness.run();
    w.harness.run();
    let drawn: Vec<String> = crate::measure::glyphs(w.harness.output())
        .into_iter()
        .map(|g| g.text)
        .collect();
    assert!(drawn.iter().any(|t| t.contains("24,8 %")), "{drawn:?}");
    for text in drawn.iter().chain(&labels(&w)) {
        assert!(!has_decimal_point(text), "a decimal point: {text:?}");
    }
}
