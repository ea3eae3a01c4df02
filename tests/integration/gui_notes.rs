//! Notes and author in the window: the Notes tab reads and writes the
//! author, the recipe's notes (a template's explanation) and the selected
//! ingredient's note, each undoable; the author shows when presenting; a
//! row's note editor stays open while it is typed in; a huge note's
//! tooltip is cut short.

use std::fs;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::{Window, window, window_with};

fn notes_tab(w: &mut Window) {
    w.harness.get_by_label("Notes").click();
    w.harness.run();
}

#[test]
fn the_author_is_written_in_the_notes_tab_and_shown_when_presenting() {
    let mut w = window();
    w.harness.run();
    notes_tab(&mut w);
    let author = w.harness.get_by_role_and_label(Role::TextInput, "Author");
    author.click();
    w.harness.run();
    w.harness
        .get_by_role_and_label(Role::TextInput, "Author")
        .type_text("Dana Facilitator");
    w.harness.run();
    assert_eq!(w.harness.state().recipe().author, "Dana Facilitator");
    assert!(w.harness.state().is_dirty());
    // Presentation says who made it.
    w.harness.key_press(Key::Escape);
    w.harness.run();
    w.harness.key_press(Key::F5);
    w.harness.run();
    w.harness.run();
    let title = w.harness.state().recipe().title.clone();
    let by = w.harness.get_by_label("by Dana Facilitator").rect();
    let heading = w.harness.get_by_label(&title).rect();
    assert!(
        by.top() >= heading.bottom() - 1.0 && by.left() < heading.right(),
        "the author {by:?} is not under the title {heading:?}"
    );
    w.harness.key_press(Key::Escape);
    w.harness.run();
    // One undo step takes the typing back.
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    w.harness.run();
    assert_eq!(w.harness.state().recipe().author, "");
}

#[test]
fn a_templates_explanation_is_readable_and_editable() {
    let mut w = window();
    w.harness.run();
    notes_tab(&mut w);
    let explanation = w.harness.state().recipe().notes.clone();
    assert!(
        explanation.starts_with("The flour and water"),
        "{explanation}"
    );
    let field = w
        .harness
        .get_by_role_and_label(Role::MultilineTextInput, "Notes on the recipe");
    assert_eq!(field.value().as_deref(), Some(explanation.as_str()));
    field.click();
    w.harness.run();
    w.harness
        .get_by_role_and_label(Role::MultilineTextInput, "Notes on the recipe")
        .type_text(" Ours: more speed.");
    w.harness.run();
    let notes = &w.harness.state().recipe().notes;
    assert!(notes.contains(" Ours: more speed."), "{notes}");
    assert_eq!(notes.len(), explanation.len() + " Ours: more speed.".len());
}

#[test]
fn the_selected_ingredients_note_is_in_the_notes_tab() {
    let mut w = window();
    w.harness.run();
    notes_tab(&mut w);
    w.harness
        .get_by_label_contains("Select an ingredient in the table");
    w.harness.state_mut().ui_mut().select(Some(1));
    w.harness.run();
    let field = w
        .harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note on Speed");
    field.click();
    w.harness.run();
    w.harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note on Speed")
        .type_text("Fast replies");
    w.harness.run();
    assert_eq!(
        w.harness.state().recipe().ingredients[1].note,
        "Fast replies"
    );
}

#[test]
fn a_rows_note_editor_stays_open_while_it_is_typed_in() {
    let mut w = window();
    w.harness.run();
    w.harness
        .get_by_role_and_label(Role::Button, "Note on Speed")
        .click();
    w.harness.run();
    // A click into the field keeps the editor open (a menu closed here).
    w.harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note on Speed")
        .click();
    w.harness.run();
    w.harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note on Speed")
        .type_text("Reply within a day");
    w.harness.run();
    w.harness.run();
    assert_eq!(
        w.harness.state().recipe().ingredients[1].note,
        "Reply within a day"
    );
    assert!(
        w.harness
            .query_by_role_and_label(Role::MultilineTextInput, "Note on Speed")
            .is_some(),
        "the editor is still open"
    );
    // Esc closes it; the note stays.
    w.harness.key_press(Key::Escape);
    w.harness.run();
    assert!(
        w.harness
            .query_by_role_and_label(Role::MultilineTextInput, "Note on Speed")
            .is_none()
    );
    assert_eq!(
        w.harness.state().recipe().ingredients[1].note,
        "Reply within a day"
    );
}

#[test]
fn a_huge_notes_tooltip_is_cut_short() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("long.ron");
    let note = "word ".repeat(20_000);
    fs::write(
        &path,
        format!(
            "(title: \"Long\", ingredients: [(name: \"Speed\", amount: 1, unit: Part, \
             note: \"{note}\")])"
        ),
    )
    .unwrap();
    let mut w = window_with(Some(path), data);
    w.harness.run();
    // The tooltip is also the button's accessible description.
    let tips: Vec<String> = w
        .harness
        .get_all_by_role_and_label(Role::Button, "Note on Speed")
        .filter_map(|n| n.accesskit_node().description())
        .collect();
    assert!(!tips.is_empty(), "no tooltip");
    for tip in tips {
        assert!(
            tip.chars().count() < 300,
            "{} characters",
            tip.chars().count()
        );
        assert!(tip.ends_with('…'), "{tip}");
    }
}

/// A window in `theme`, egui's theme set to match (the harness sets its own
/// after the app starts).
fn window_in_theme(theme: cx_recipe::app::theme::ThemeChoice) -> Window {
    use cx_recipe::app::settings::Settings;
    use cx_recipe::app::theme::ThemeChoice;
    use cx_recipe::app::{AppConfig, CxApp};
    let data = tempfile::tempdir().unwrap();
    let dialogs = crate::gui::FakeDialogs::default();
    let config = AppConfig {
        dialogs: Box::new(dialogs.clone()),
        recovery_folder: Some(data.path().to_path_buf()),
        open_at_start: None,
        frame_log: None,
    };
    let settings = Settings {
        theme,
        ..crate::gui::english()
    };
    let egui_theme = match theme {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::Theme::Dark,
    };
    let harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_theme(egui_theme)
        .build_eframe(move |cc| CxApp::with_settings(&cc.egui_ctx, config, settings));
    Window {
        harness,
        dialogs,
        data,
    }
}

#[test]
fn the_notes_tabs_hints_read_in_every_theme() {
    use cx_recipe::app::theme::ThemeChoice;
    use cx_recipe::chart::contrast::TEXT_MIN;
    use cx_recipe::chart::palette::contrast_ratio;
    for theme in [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ] {
        let mut w = window_in_theme(theme);
        w.harness.run();
        notes_tab(&mut w);
        w.harness.run();
        let glyphs = crate::measure::glyphs(w.harness.output());
        // The instruction and the author field's hint, both weak text.
        for text in [
            "Select an ingredient in the table to read or write its note here.",
            "Your name, or your team’s",
        ] {
            let drawn: Vec<_> = glyphs.iter().filter(|g| g.text == text).collect();
            assert!(!drawn.is_empty(), "{theme:?}: {text} is not drawn");
            for g in drawn {
                let ratio = contrast_ratio(g.colour, g.background);
                assert!(
                    ratio >= TEXT_MIN,
                    "{theme:?}: {text}: {ratio:.2}:1, {:?} on {:?}",
                    g.colour,
                    g.background
                );
            }
        }
    }
}
