//! Readability everywhere: zoom and theme kept across starts (through
//! eframe's storage, as a real start reads them), the pie keeping its share
//! when zoomed, names shown whole where there is room, small slices grouped
//! as "Other", the chart as a table reachable by keyboard, and every label
//! and boundary the default palette can produce, in every theme.

use std::collections::HashMap;

use cx_recipe::app::settings::{STORAGE_KEY, Settings};
use cx_recipe::app::theme::{self, ThemeChoice};
use cx_recipe::app::{AppConfig, CxApp};
use cx_recipe::chart::contrast::{
    GRAPHIC_MIN, TEXT_MIN, boundary_contrast, edge_between, text_reads,
};
use cx_recipe::chart::group::OTHER_COLOUR;
use cx_recipe::chart::palette::{PALETTE, contrast_ratio, label_text_colour};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::{FakeDialogs, Window, window};
use crate::measure;
use crate::presentation::{twenty, window_sized};
use crate::repo_path;

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// A window started the way eframe starts one: `CxApp::new` reading the
/// settings from `storage`.
fn window_from_storage(storage: &'static MemoryStorage) -> Harness<'static, CxApp> {
    let data = tempfile::tempdir().unwrap();
    let config = AppConfig {
        dialogs: Box::new(FakeDialogs::default()),
        recovery_folder: Some(data.path().to_path_buf()),
        open_at_start: None,
        frame_log: None,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| {
            cc.storage = Some(storage);
            CxApp::new(cc, config)
        });
    harness.run();
    harness
}

/// The pie's drawn width (its filled slices, measured) as a share of the
/// window's width.
pub fn pie_share(harness: &Harness<'static, CxApp>) -> f32 {
    let colours: Vec<[u8; 3]> = harness
        .state()
        .recipe()
        .ingredients
        .iter()
        .map(|i| i.colour.rgb())
        .collect();
    measure::filled_bounds(harness.output(), &colours).width() / harness.ctx.content_rect().width()
}

#[test]
fn zoom_and_theme_are_kept_for_the_next_start() {
    let Window { mut harness, .. } = window();
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert!((harness.ctx.zoom_factor() - 1.2).abs() < 1e-6);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    let app = harness.state();
    assert!((app.settings().zoom - 1.2).abs() < 1e-6);
    assert_eq!(app.settings().theme, ThemeChoice::Dark);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    assert_eq!(theme::tokens(&harness.ctx), &theme::DARK);

    // What eframe writes at exit, then a new start reading it.
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    assert!(storage.0.contains_key(STORAGE_KEY));
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));
    let harness = window_from_storage(storage);
    assert!((harness.ctx.zoom_factor() - 1.2).abs() < 1e-6);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    assert_eq!(theme::tokens(&harness.ctx), &theme::DARK);
    assert_eq!(
        harness.ctx.global_style().visuals.panel_fill,
        theme::DARK.background
    );
    assert_eq!(harness.state().settings().theme, ThemeChoice::Dark);
}

#[test]
fn high_contrast_is_white_on_black() {
    let settings = Settings {
        theme: ThemeChoice::HighContrast,
        ..Settings::default()
    };
    let Window { harness, .. } = window_sized(egui::vec2(1280.0, 800.0), settings, None);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert_eq!(visuals.panel_fill, egui::Color32::BLACK);
    assert_eq!(visuals.text_color(), egui::Color32::WHITE);
}

#[test]
fn zooming_in_keeps_the_pies_share_of_the_window() {
    let Window { mut harness, .. } = window();
    let before = pie_share(&harness);
    for _ in 0..5 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert!((harness.ctx.zoom_factor() - 1.5).abs() < 1e-6);
    // Menu, title and balance text grow with the zoom, as they should; the
    // legend scrolls instead of taking the pie's room, and the editor keeps
    // its share. (Before: 0.238 of the window at 1×, 0.071 at 1.5×.)
    let after = pie_share(&harness);
    assert!(
        after >= before * 0.8,
        "the pie shrank from {before:.3} to {after:.3} of the window"
    );
    // And back: Ctrl+0.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert!((pie_share(&harness) - before).abs() < 0.02);
}

/// How many glyphs of `text` are drawn inside `rect`.
fn glyphs_shown(harness: &Harness<'static, CxApp>, text: &str, rect: egui::Rect) -> usize {
    measure::glyphs(harness.output())
        .iter()
        .filter(|g| g.text == text && rect.contains(g.at))
        .count()
}

#[test]
fn a_long_name_is_shown_whole_where_there_is_room_and_on_hover() {
    let name = "Fresh data (clean, up to date)";
    let letters = name.chars().filter(|c| !c.is_whitespace()).count();
    let Window { mut harness, .. } = window_sized(
        egui::vec2(1280.0, 800.0),
        Settings::default(),
        Some(repo_path("tests/fixtures/kitchen-long-names.ron")),
    );
    let field = format!("Name of {name}");
    let field_rect =
        |h: &Harness<'static, CxApp>| h.get_by_role_and_label(Role::TextInput, &field).rect();
    let rect = field_rect(&harness);
    assert!(
        glyphs_shown(&harness, name, rect) < letters,
        "not cut at 1280"
    );
    // A cut name shows whole on hover.
    harness
        .get_by_role_and_label(Role::TextInput, &field)
        .hover();
    harness.run();
    assert!(
        harness
            .get_all_by_label_contains(name)
            .any(|n| n.accesskit_node().role() == Role::Label),
        "no tooltip with the whole name"
    );
    // On a wide window the editor widens, and the name column takes it.
    harness.set_size(egui::vec2(1920.0, 1080.0));
    harness.run();
    harness.run();
    let rect = field_rect(&harness);
    assert_eq!(glyphs_shown(&harness, name, rect), letters);
}

#[test]
fn small_slices_can_be_grouped_as_other() {
    let folder = tempfile::tempdir().unwrap();
    let Window { mut harness, .. } = window_sized(
        egui::vec2(1280.0, 800.0),
        Settings::default(),
        Some(twenty(folder.path())),
    );
    let before = harness.state().recipe().clone();
    let options = |h: &Harness<'static, CxApp>| h.get_all_by_role(Role::ListBoxOption).count();
    assert_eq!(options(&harness), 20);
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_label("Group slices under 3 % as “Other”")
        .click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().settings().group_small_slices);
    // Ten small slices become one; the recipe keeps all twenty.
    assert_eq!(options(&harness), 11);
    assert_eq!(harness.state().recipe(), &before);
    let other = harness.get_by_label_contains("Other (10), 10.0 %: under 3 % each — ");
    assert!(
        other
            .accesskit_node()
            .label()
            .unwrap()
            .contains("Ingredient number 20 0.2 %")
    );
    // Its hover text lists them too (the legend's names wrap, so the row
    // may be scrolled to first).
    other.scroll_to_me();
    harness.run();
    let other = harness.get_by_label_contains("Other (10), 10.0 %: under 3 % each — ");
    other.hover();
    harness.run();
    assert!(
        harness
            .get_all_by_label_contains("under 3 % each — Ingredient number 11 2.0 %")
            .count()
            >= 2
    );
}

#[test]
fn the_chart_as_a_table_is_reached_by_keyboard_and_read_as_labels() {
    let Window { mut harness, .. } = window();
    let mut reached = false;
    for _ in 0..200 {
        harness.key_press(Key::Tab);
        harness.run();
        if harness.get_by_label("Show as table").is_focused() {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached “Show as table”");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().settings().chart_as_table);
    assert!(
        harness
            .query_by_label("Pie chart of the recipe's shares")
            .is_none()
    );
    for cell in [
        "Personalised attention",
        "500 cc",
        "2 litres (2000 ml)",
        "2 tablespoons (30 ml)",
        "49.6 %",
    ] {
        harness.get_by_role_and_label(Role::Label, cell);
    }
    harness.get_by_label("Show as chart").click();
    harness.run();
    harness.get_by_role_and_label(Role::Image, "Pie chart of the recipe's shares");
}

/// Every colour a slice can have by default: the palette and "Other".
fn slice_colours() -> Vec<[u8; 3]> {
    let mut colours = PALETTE.to_vec();
    colours.push(OTHER_COLOUR);
    colours
}

#[test]
fn every_label_and_boundary_the_default_palette_can_produce_is_readable() {
    for theme in ThemeChoice::ALL {
        let t = theme.tokens();
        let bg = [t.background.r(), t.background.g(), t.background.b()];
        let text = [t.text.r(), t.text.g(), t.text.b()];
        // Outside labels and leader lines, on the background.
        assert!(text_reads(text, bg), "{theme:?}");
        for a in slice_colours() {
            // A label on its slice, in the colour the pie gives it.
            assert!(
                contrast_ratio(label_text_colour(a), a) >= TEXT_MIN,
                "{theme:?}: label on {a:?}"
            );
            // The slice against the background: its rim.
            let rim = edge_between(a, bg, bg);
            assert!(
                boundary_contrast(a, bg, rim) >= GRAPHIC_MIN,
                "{theme:?}: {a:?} rim"
            );
            // Against any other slice it can meet (zero or grouped slices in
            // between make any two neighbours), with the edge the pie draws.
            for b in slice_colours() {
                let edge = edge_between(a, b, bg);
                assert!(
                    boundary_contrast(a, b, edge) >= GRAPHIC_MIN,
                    "{theme:?}: {a:?} next to {b:?} with {edge:?}"
                );
            }
            // The selected slice's outline.
            let sel = t.selection_stroke;
            let outline = edge_between(a, bg, [sel.r(), sel.g(), sel.b()]);
            assert!(boundary_contrast(a, bg, outline) >= GRAPHIC_MIN);
        }
    }
}
