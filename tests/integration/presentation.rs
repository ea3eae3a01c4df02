//! Presentation mode, driven from the keyboard as a facilitator would, and
//! measured for the back of the room: at 1920×1080 every glyph egui draws is
//! at least 28 px and has 4.5:1 against what is under it, in every theme, for
//! a 20-ingredient recipe in the default palette. (Neighbouring slices and
//! their edges: `readability.rs`.)

use std::fs;
use std::path::{Path, PathBuf};

use cx_recipe::app::command::{Command, EditCommand};
use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::app::{AppConfig, CxApp, Screen};
use cx_recipe::chart::palette::{self, PALETTE};
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::{Colour, Ingredient, Profile, Recipe, Tag, Unit, format};
use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers, ViewportCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::{FakeDialogs, Window};
use crate::measure;
use crate::repo_path;

/// A window of `size` points with `settings`, opening `file`.
pub fn window_sized(size: egui::Vec2, settings: Settings, file: Option<PathBuf>) -> Window {
    let data = tempfile::tempdir().unwrap();
    let dialogs = FakeDialogs::default();
    let config = AppConfig {
        dialogs: Box::new(dialogs.clone()),
        recovery_folder: Some(data.path().to_path_buf()),
        open_at_start: file,
        frame_log: None,
    };
    // English unless a test chooses: controls are found by English labels.
    let settings = Settings {
        language: settings.language.or(Some(Lang::En)),
        ..settings
    };
    let harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| CxApp::with_settings(&cc.egui_ctx, config, settings));
    Window {
        harness,
        dialogs,
        data,
    }
}

const FULL_HD: egui::Vec2 = egui::vec2(1920.0, 1080.0);

fn viewport_commands(harness: &Harness<'static, CxApp>) -> Vec<ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

fn press(harness: &mut Harness<'static, CxApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

#[test]
fn f5_enters_full_screen_presentation_and_esc_leaves_it() {
    let Window { mut harness, .. } = window_sized(FULL_HD, Settings::default(), None);
    // Key down alone: the frame that reads it is the last one stepped.
    harness.key_down(Key::F5);
    harness.step();
    assert_eq!(harness.state().screen(), Screen::Presentation);
    assert!(viewport_commands(&harness).contains(&ViewportCommand::Fullscreen(true)));
    harness.key_up(Key::F5);
    harness.run();
    // The editing panels are gone; the chart and its legend stay.
    assert!(harness.query_by_label("➕ Add ingredient").is_none());
    assert!(harness.query_by_label("File").is_none());
    harness.get_by_role_and_label(Role::ListBoxOption, "Efficiency, 24.8 %");
    harness.get_by_role_and_label(Role::Image, "Pie chart of the recipe's shares");
    // Select: the slice moves out of the pie (efficiency, at 12 to 3
    // o'clock, up and to the right). Then leave: Esc leaves at once and
    // keeps the selection.
    let blue = harness.state().recipe().ingredients[0].colour.rgb();
    let before = measure::filled_bounds(harness.output(), &[blue]);
    press(&mut harness, Key::ArrowDown);
    assert_eq!(harness.state().selected(), Some(0));
    let after = measure::filled_bounds(harness.output(), &[blue]);
    assert!(after.max.x > before.max.x + 5.0 && after.min.y < before.min.y - 5.0);
    harness.key_down(Key::Escape);
    harness.step();
    assert_eq!(harness.state().screen(), Screen::Editor);
    assert!(viewport_commands(&harness).contains(&ViewportCommand::Fullscreen(false)));
    assert_eq!(harness.state().selected(), Some(0));
    harness.key_up(Key::Escape);
    harness.run();
    harness.get_by_label("➕ Add ingredient");
}

#[test]
fn the_view_menu_and_the_leave_button_work_too() {
    let Window { mut harness, .. } = window_sized(FULL_HD, Settings::default(), None);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Present F5").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Presentation);
    harness.get_by_label("Leave (Esc)").click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Editor);
}

/// The recovery copies in a data folder.
fn recovery_copies(folder: &Path) -> usize {
    fs::read_dir(folder)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("recovery-"))
        .filter(|e| e.file_name().to_string_lossy().ends_with(".ron"))
        .count()
}

#[test]
fn keys_change_amounts_in_natural_steps_and_each_press_undoes() {
    let Window {
        mut harness, data, ..
    } = window_sized(FULL_HD, Settings::default(), None);
    let original = harness.state().recipe().clone();
    press(&mut harness, Key::F5);
    // Efficiency: 1 litre, one litre up. The slices change in that frame's
    // commands and are drawn at once.
    press(&mut harness, Key::ArrowDown);
    let before = harness.state().slices()[0].sweep_rad();
    harness.key_down(Key::ArrowRight);
    harness.step();
    let app = harness.state();
    assert_eq!(app.recipe().ingredients[0].amount, 2.0);
    assert_eq!(app.recipe().ingredients[0].unit, Unit::Litre);
    assert!(app.slices()[0].sweep_rad() > before);
    assert!(app.is_dirty() && app.window_title().starts_with("● "));
    // Drawn in the frame that read the key, not the one after.
    let shown = format!("{} %", app.recipe().rounded_percentages(1)[0]);
    assert_eq!(shown, "39.8 %");
    assert!(
        measure::glyphs(harness.output())
            .iter()
            .any(|g| g.text == shown)
    );
    harness.key_up(Key::ArrowRight);
    harness.run();
    // Personalised attention: 500 cc, steps of 50.
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    assert_eq!(harness.state().selected(), Some(2));
    press(&mut harness, Key::Plus);
    assert_eq!(harness.state().recipe().ingredients[2].amount, 550.0);
    press(&mut harness, Key::Minus);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().recipe().ingredients[2].amount, 450.0);
    // L locks it; its share then holds while technology grows.
    press(&mut harness, Key::L);
    assert!(harness.state().recipe().ingredients[2].locked);
    let locked_share = harness.state().recipe().shares().unwrap()[2];
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowRight);
    let r = harness.state().recipe();
    assert_eq!(r.ingredients[4].amount, 3.0);
    assert!((r.shares().unwrap()[2] - locked_share).abs() < 1e-12);
    // A recovery copy follows, as for any edit.
    let now = harness.ctx.input(|i| i.time);
    harness.input_mut().time = Some(now + 10.0);
    harness.run();
    assert_eq!(recovery_copies(data.path()), 1);

    // Each key press was one step of undo: technology, lock, −, −, +, efficiency.
    let undo = |h: &mut Harness<'static, CxApp>| {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run();
    };
    undo(&mut harness);
    assert_eq!(harness.state().recipe().ingredients[4].amount, 2.0);
    undo(&mut harness);
    assert!(!harness.state().recipe().ingredients[2].locked);
    undo(&mut harness);
    assert_eq!(harness.state().recipe().ingredients[2].amount, 500.0);
    for _ in 0..3 {
        undo(&mut harness);
    }
    assert_eq!(harness.state().recipe(), &original);
    assert!(!harness.state().is_dirty());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().recipe().ingredients[0].amount, 2.0);
    assert_eq!(harness.state().screen(), Screen::Presentation);
}

#[test]
fn arrows_walk_the_ingredients_and_stop_at_the_ends() {
    let Window { mut harness, .. } = window_sized(FULL_HD, Settings::default(), None);
    press(&mut harness, Key::F5);
    press(&mut harness, Key::ArrowUp);
    assert_eq!(
        harness.state().selected(),
        Some(4),
        "up from nothing: the last"
    );
    press(&mut harness, Key::ArrowDown);
    assert_eq!(harness.state().selected(), Some(4));
    for _ in 0..7 {
        press(&mut harness, Key::ArrowUp);
    }
    assert_eq!(harness.state().selected(), Some(0));
    // Nothing goes below zero.
    press(&mut harness, Key::ArrowLeft);
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().recipe().ingredients[0].amount, 0.0);
    // The selected row is highlighted in the legend.
    let entry = harness.get_by_role_and_label(Role::ListBoxOption, "Efficiency, 0.0 %");
    assert_eq!(entry.accesskit_node().toggled(), Some(Toggled::True));
}

/// Twenty ingredients in the default palette, with small ones (outside
/// labels, "Other"), tagged, with a profile for the advice line.
pub fn twenty(folder: &Path) -> PathBuf {
    let amounts = [
        20.0, 15.0, 12.0, 10.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 2.0, 1.5, 1.0, 1.0, 1.0, 0.5,
        0.5, 0.25, 0.25,
    ];
    let recipe = Recipe {
        title: "Twenty ingredients".to_owned(),
        ingredients: amounts
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut ing = Ingredient::new(
                    format!("Ingredient number {}", i + 1),
                    *a,
                    Unit::Part,
                    Colour::from(palette::colour_for(i)),
                );
                ing.tag = match i % 3 {
                    0 => Some(Tag::Baking),
                    1 => Some(Tag::Cooking),
                    _ => None,
                };
                ing
            })
            .collect(),
        profile: Some(Profile::default()),
        ..Recipe::default()
    };
    let path = folder.join("twenty.ron");
    format::save(&path, &recipe).unwrap();
    path
}

/// What the eye gets in the current frame: every glyph at least the floor
/// in size and 4.5:1 against what it is drawn on. Returns how many glyphs
/// were measured on a slice (not on the background).
fn assert_readable(harness: &Harness<'static, CxApp>, theme: ThemeChoice, state: &str) -> usize {
    let glyphs = measure::glyphs(harness.output());
    assert!(
        glyphs.len() > 200,
        "{theme:?} {state}: too few glyphs measured"
    );
    let background = theme.tokens().background;
    let bg = [background.r(), background.g(), background.b()];
    let mut on_slices = 0;
    for g in &glyphs {
        g.assert_projected(&format!("{theme:?} {state}"));
        if g.background != bg && g.text.ends_with('%') && PALETTE.contains(&g.background) {
            on_slices += 1;
        }
    }
    on_slices
}

#[test]
fn every_text_in_presentation_mode_reads_from_the_back_of_the_room() {
    let folder = tempfile::tempdir().unwrap();
    let file = twenty(folder.path());
    for theme in ThemeChoice::ALL {
        let settings = Settings {
            theme,
            ..Settings::default()
        };
        let Window { mut harness, .. } = window_sized(FULL_HD, settings, Some(file.clone()));
        press(&mut harness, Key::F5);
        harness.run();
        let on_slices = assert_readable(&harness, theme, "at rest");
        assert!(
            on_slices >= 12,
            "{theme:?}: only {on_slices} label glyphs on slices"
        );
        // The advice line and the balance are there, and measured.
        assert!(
            measure::glyphs(harness.output())
                .iter()
                .any(|g| g.text.starts_with("Baking"))
        );

        // The first ingredient selected, another hovered in the legend.
        press(&mut harness, Key::ArrowDown);
        harness
            .get_by_role_and_label(Role::ListBoxOption, "Ingredient number 3, 12.0 %")
            .hover();
        harness.run();
        assert_readable(&harness, theme, "selected and hovered");

        // Small slices grouped (G), "Other" selected, an error in the banner.
        press(&mut harness, Key::G);
        assert!(harness.state().settings().group_small_slices);
        let ctx = harness.ctx.clone();
        for i in 0..19 {
            harness
                .state_mut()
                .execute(&ctx, Command::Edit(EditCommand::ToggleLock(i)));
        }
        harness.state_mut().ui_mut().select(Some(19));
        harness.run();
        press(&mut harness, Key::ArrowLeft);
        assert!(harness.state().message().is_some(), "no error shown");
        harness.get_by_role_and_label(
            Role::ListBoxOption,
            "Other (10), 10.0 %: under 3 % each — Ingredient number 11 2.0 %, \
             Ingredient number 12 2.0 %, Ingredient number 13 1.5 %, \
             Ingredient number 14 1.0 %, Ingredient number 15 1.0 %, \
             Ingredient number 16 1.0 %, Ingredient number 17 0.5 %, \
             Ingredient number 18 0.5 %, Ingredient number 19 0.3 %, \
             Ingredient number 20 0.2 %",
        );
        assert_readable(&harness, theme, "grouped, with an error");
    }
}

#[test]
fn the_shipped_kitchen_fits_its_labels_at_full_hd() {
    let Window { mut harness, .. } = window_sized(
        FULL_HD,
        Settings::default(),
        Some(repo_path("tests/fixtures/kitchen-long-names.ron")),
    );
    press(&mut harness, Key::F5);
    assert_readable(&harness, ThemeChoice::Light, "the CX kitchen");
    // Names are not cut: the legend shows them whole.
    let glyphs = measure::glyphs(harness.output());
    assert!(
        glyphs
            .iter()
            .any(|g| g.text == "Fresh data (clean, up to date)")
    );
}
