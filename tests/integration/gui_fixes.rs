//! Regressions in the window, each named for the bug: error text that did
//! not read on the dark themes, a confirmed replace that a language switch
//! forgot, keys typed into another ingredient's name after a row moved, and
//! note and detail editors that let the window make a recipe no file may
//! hold, and a light theme that the test harness turned dark.

use std::fs;

use cx_recipe::app::command::{Command, EditCommand, ViewCommand};
use cx_recipe::app::dialogs::{Picked, PickedMany};
use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::contrast::TEXT_MIN;
use cx_recipe::chart::palette::contrast_ratio;
use cx_recipe::i18n::{Lang, tr};
use cx_recipe::recipe::format::{self, MAX_TEXT_CHARS};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::{Window, window};
use crate::gui_facilitation::{BROKEN, parts, write};
use crate::measure;
use crate::presentation::window_sized;

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// Every glyph of the texts containing `needle`, with its contrast.
fn contrasts(w: &Window, needle: &str) -> Vec<(char, f64)> {
    measure::glyphs(w.harness.output())
        .into_iter()
        .filter(|g| g.text.contains(needle))
        .map(|g| (g.chr, contrast_ratio(g.colour, g.background)))
        .collect()
}

#[test]
fn error_text_reads_in_every_theme() {
    let folder = tempfile::tempdir().unwrap();
    let over = write(
        folder.path(),
        "over.ron",
        "(version: 2, title: \"Over\", budget: 100, ingredients: [
            (name: \"A\", amount: 80, unit: parts),
            (name: \"B\", amount: 40, unit: parts),
        ])",
    );
    let good = write(folder.path(), "ann.ron", &parts("Ann", "", &[("A", 1.0)]));
    let broken = write(folder.path(), "broken.ron", BROKEN);
    for theme in ThemeChoice::ALL {
        let settings = Settings {
            theme,
            ..Settings::default()
        };
        // The budget overspent, under the table. (The theme is applied as
        // View ▸ Theme does: the harness sets its own after the app starts.)
        let mut w = window_sized(SIZE, settings.clone(), Some(over.clone()));
        let ctx = w.harness.ctx.clone();
        w.harness
            .state_mut()
            .execute(&ctx, Command::View(ViewCommand::SetTheme(theme)));
        w.harness.run();
        let shown = contrasts(&w, "20 over the budget");
        assert!(!shown.is_empty(), "{theme:?}: the overspend is not shown");
        for (chr, ratio) in shown {
            assert!(ratio >= TEXT_MIN, "{theme:?}: '{chr}' at {ratio:.2}:1");
        }
        // A file left out of a blend, with its error.
        w.dialogs
            .answer_many(PickedMany::Paths(vec![good.clone(), broken.clone()]));
        w.harness.get_by_label("File").click();
        w.harness.run();
        w.harness.get_by_label("Blend… ").click();
        w.harness.run();
        let shown = contrasts(&w, "broken.ron:3:5");
        assert!(!shown.is_empty(), "{theme:?}: the error is not shown");
        for (chr, ratio) in shown {
            assert!(ratio >= TEXT_MIN, "{theme:?}: '{chr}' at {ratio:.2}:1");
        }
    }
}

#[test]
fn a_confirmed_replace_survives_a_language_switch() {
    let Window {
        mut harness,
        dialogs,
        data,
    } = window();
    let taken = data.path().join("taken.ron");
    fs::write(&taken, parts("Old", "", &[("Old", 1.0)])).unwrap();
    dialogs.answer(Picked::Unavailable);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    harness.get_by_label("File path").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("File path")
        .type_text(&taken.display().to_string());
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("already exists");
    assert_eq!(format::load(&taken).unwrap().title, "Old");
    // The question was answered "replace" in English; the window switches
    // to Spanish before the second press.
    let ctx = harness.ctx.clone();
    harness.state_mut().execute(
        &ctx,
        Command::View(ViewCommand::SetLanguage(Some(Lang::Es))),
    );
    harness.run();
    harness.get_by_label(&tr(Lang::Es, "dialog-save")).click();
    harness.run();
    assert_eq!(format::load(&taken).unwrap().title, "Ideal CX");
    assert_eq!(harness.state().path(), Some(taken.as_path()));
}

#[test]
fn alt_up_while_typing_a_name_keeps_the_keys_in_that_name() {
    let Window { mut harness, .. } = window();
    let before = harness.state().recipe().clone();
    harness.get_by_label("Name of Speed").click();
    harness.run();
    harness.get_by_label("Name of Speed").type_text(" and");
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    harness.get_by_label("Name of Speed and").type_text(" pace");
    harness.run();
    let names: Vec<&str> = harness
        .state()
        .recipe()
        .ingredients
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    // Every other name as it was; Speed's has all that was typed (where
    // the field's own Alt+Up put the cursor).
    for (i, (now, was)) in names.iter().zip(&before.ingredients).enumerate() {
        if i != 1 {
            assert_eq!(*now, was.name, "keys went into {}", was.name);
        }
    }
    let speed = names[1];
    assert!(
        speed.contains("Speed and") && speed.contains(" pace"),
        "{speed:?}"
    );
}

#[test]
fn a_name_field_follows_its_row_when_the_row_moves() {
    let Window { mut harness, .. } = window();
    let field = |h: &egui_kittest::Harness<'static, _>| {
        h.get_by_role_and_label(Role::TextInput, "Name of Speed")
            .accesskit_node()
            .id()
    };
    let before = field(&harness);
    // Select Speed (the second row) from the keyboard, then move it up.
    for _ in 0..2 {
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected(), Some(1));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().recipe().ingredients[0].name, "Speed");
    assert_eq!(field(&harness), before, "the field is another row's now");
}

#[test]
fn notes_and_step_details_stop_at_the_files_limit() {
    let Window { mut harness, .. } = window();
    let long = "a".repeat(MAX_TEXT_CHARS + 10);
    harness.get_by_label("Note on Speed").click();
    harness.run();
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run();
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text(&long);
    harness.run();
    let note = &harness.state().recipe().ingredients[1].note;
    assert_eq!(note.chars().count(), MAX_TEXT_CHARS);
    harness.key_press(Key::Escape);
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label("➕ Add step").click();
    harness.run();
    // The new step, at the end of the template's method, scrolled to.
    let n = harness.state().recipe().steps.len();
    let field = format!("Detail of step {n}");
    harness.get_by_label(&field).focus();
    harness.run();
    harness.get_by_label(&field).type_text(&long);
    harness.run();
    let detail = &harness.state().recipe().steps[n - 1].detail;
    assert_eq!(detail.chars().count(), MAX_TEXT_CHARS);
}

/// A recipe file of `n` ingredients in parts.
fn many(folder: &std::path::Path, name: &str, n: usize) -> std::path::PathBuf {
    let items: Vec<(String, f64)> = (0..n)
        .map(|i| (format!("Ingredient {i}"), 1.0 + (i % 7) as f64))
        .collect();
    let items: Vec<(&str, f64)> = items.iter().map(|(n, a)| (n.as_str(), *a)).collect();
    write(folder, name, &parts(name, "", &items))
}

#[test]
fn a_large_chart_is_exported_off_the_frame_and_nothing_is_lost() {
    let folder = tempfile::tempdir().unwrap();
    let big = many(folder.path(), "big.ron", 300);
    let w = window_sized(SIZE, Settings::default(), Some(big));
    let mut harness = w.harness;
    let out = folder.path().join("big.png");
    w.dialogs.answer(Picked::Path(out.clone()));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Export chart…").click();
    harness.run();
    // The window goes on while the worker renders: an edit made meanwhile
    // stays, unsaved.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .execute(&ctx, Command::Edit(EditCommand::Remove(0)));
    harness.run();
    harness.state_mut().finish_work();
    harness.run();
    harness.get_by_label_contains("Chart exported to");
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    assert_eq!(harness.state().recipe().ingredients.len(), 299);
    assert!(harness.state().is_dirty());
}

#[test]
fn many_participants_are_read_off_the_frame() {
    let folder = tempfile::tempdir().unwrap();
    let files: Vec<_> = (0..30)
        .map(|i| many(folder.path(), &format!("p{i:02}.ron"), 5))
        .chain([write(folder.path(), "broken.ron", BROKEN)])
        .collect();
    let w = window_sized(SIZE, Settings::default(), None);
    let mut harness = w.harness;
    w.dialogs.answer_many(PickedMany::Paths(files));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Blend… ").click();
    // One frame carries out the click and starts the worker; the blend is
    // taken from it before the next frames, so that it never arrives in the
    // middle of a run of frames (the blend screen takes a few to settle).
    harness.step();
    assert_ne!(harness.state().screen(), cx_recipe::app::Screen::Blend);
    harness.state_mut().finish_work();
    harness.run();
    let team = harness.state().team_blend().unwrap();
    assert_eq!(team.participants.len(), 30);
    assert_eq!(team.failed.len(), 1);
    assert_eq!(harness.state().screen(), cx_recipe::app::Screen::Blend);
}

#[test]
fn a_large_recipe_is_saved_off_the_frame_and_later_edits_stay_unsaved() {
    let folder = tempfile::tempdir().unwrap();
    let big = many(folder.path(), "big.ron", 300);
    let w = window_sized(SIZE, Settings::default(), Some(big.clone()));
    let mut harness = w.harness;
    let ctx = harness.ctx.clone();
    let edit = |h: &mut egui_kittest::Harness<'static, cx_recipe::app::CxApp>, i| {
        h.state_mut()
            .execute(&ctx, Command::Edit(EditCommand::Remove(i)));
        h.run();
    };
    edit(&mut harness, 0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    // An edit while the worker writes: the file gets what was saved, the
    // window keeps the edit, unsaved.
    edit(&mut harness, 0);
    harness.state_mut().finish_work();
    harness.run();
    harness.get_by_label_contains("Saved ");
    assert_eq!(format::load(&big).unwrap().ingredients.len(), 299);
    assert_eq!(harness.state().recipe().ingredients.len(), 298);
    assert!(harness.state().is_dirty());
    // Saved again, it is clean.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.state_mut().finish_work();
    harness.run();
    assert!(!harness.state().is_dirty());
    assert_eq!(format::load(&big).unwrap().ingredients.len(), 298);
}

/// A host that sets egui's theme after the app was made (`egui_kittest`'s
/// harness sets its own, dark by default) must not win over the person's
/// choice: every window test of the light theme measured egui's dark
/// visuals until the app held its theme.
#[test]
fn the_chosen_theme_holds_when_the_host_sets_another() {
    for (choice, egui_theme) in [
        (ThemeChoice::Light, egui::Theme::Light),
        (ThemeChoice::Dark, egui::Theme::Dark),
        (ThemeChoice::HighContrast, egui::Theme::Dark),
    ] {
        let settings = Settings {
            theme: choice,
            ..Settings::default()
        };
        let mut w = window_sized(SIZE, settings, None);
        w.harness.run();
        assert_eq!(w.harness.ctx.theme(), egui_theme, "{choice:?}");
        let fill = w.harness.ctx.global_style().visuals.panel_fill;
        assert_eq!(fill, choice.tokens().background, "{choice:?}");
    }
}
