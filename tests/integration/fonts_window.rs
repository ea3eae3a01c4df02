//! The window's fallback fonts, chosen among faces the tests name (subsets
//! of Noto Sans CJK JP, Noto Sans Arabic and `DejaVu Sans` in
//! `crates/core/fixtures/fonts`), never the machine's: every text the window
//! shows gets them (the recipe, a recent file's path, a message), looked up
//! off the frame, and what no font has is said once.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use cx_recipe::app::fonts as window_fonts;
use cx_recipe::app::settings::Settings;
use cx_recipe::app::{AppConfig, CxApp};
use cx_recipe::chart::fonts::FontIndex;
use cx_recipe::i18n::Lang;
use egui::{FontFamily, FontId, MissingGlyphPolicy};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::fonts::recipe_file;
use crate::gui::FakeDialogs;
use crate::repo_path;

/// The CJK face the tests' index has.
const JP_FACE: &str = "system:NotoSansCJKjp-Regular";

/// The tests' faces.
fn fixture_index() -> Arc<FontIndex> {
    let fixture = |f: &str| repo_path(&format!("crates/core/fixtures/fonts/{f}"));
    let files = [
        fixture("DejaVuSans-subset.ttf"),
        fixture("NotoSansArabic-Regular-subset.ttf"),
        fixture("NotoSansCJKjp-Regular-subset.otf"),
    ];
    Arc::new(FontIndex::from_files(&files).unwrap())
}

/// A window choosing its fallbacks among the tests' faces, opening `file`,
/// with `settings`. Until the fonts arrive (off the frame) text shows as
/// boxes, so the harness allows them; [`fonts_arrive`] then forbids them.
fn window(
    file: Option<PathBuf>,
    settings: Settings,
) -> (Harness<'static, CxApp>, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let config = AppConfig {
        dialogs: Box::new(FakeDialogs::default()),
        recovery_folder: Some(data.path().to_path_buf()),
        open_at_start: file,
        frame_log: None,
    };
    let harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_eframe(move |cc| {
            window_fonts::use_index(&cc.egui_ctx, fixture_index());
            CxApp::with_settings(&cc.egui_ctx, config, settings)
        });
    (harness, data)
}

fn english() -> Settings {
    Settings {
        language: Some(Lang::En),
        ..Settings::default()
    }
}

/// Waits for the look-ups the frames started, runs the frames that add
/// the fonts, then one more in which a box fails the test.
fn fonts_arrive(harness: &mut Harness<'_, CxApp>) {
    assert!(window_fonts::wait(&harness.ctx, Duration::from_secs(30)));
    harness.run();
    harness
        .ctx
        .set_missing_glyph_policy(MissingGlyphPolicy::Panic);
    harness.ctx.request_repaint();
    harness.run();
}

fn has_glyphs(harness: &Harness<'_, CxApp>, text: &str) -> bool {
    let body = FontId::new(16.0, FontFamily::Proportional);
    let mono = FontId::new(16.0, FontFamily::Monospace);
    harness
        .ctx
        .fonts_mut(|f| f.has_glyphs(&body, text) && f.has_glyphs(&mono, text))
}

#[test]
fn the_window_adds_the_fonts_a_japanese_recipe_needs() {
    let dir = tempfile::tempdir().unwrap();
    let file = recipe_file(dir.path(), "品質", &["品質管理", "Speed"]);
    let (mut harness, _data) = window(Some(file), english());
    harness.run();
    fonts_arrive(&mut harness);
    assert!(has_glyphs(&harness, "品質管理"));
    assert_eq!(window_fonts::installed(&harness.ctx), vec![JP_FACE]);
    assert_eq!(harness.state().message(), None);
}

/// A folder whose name has 星, as a Japanese or Chinese user's profile
/// folder may.
fn star_folder(dir: &Path) -> PathBuf {
    let folder = dir.join("星");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

#[test]
fn a_recent_file_s_path_gets_a_face_that_has_its_characters() {
    let dir = tempfile::tempdir().unwrap();
    let recent = star_folder(dir.path()).join("plan.ron");
    let settings = Settings {
        recent: vec![recent.clone()],
        ..english()
    };
    let (mut harness, _data) = window(None, settings);
    harness.run();
    // Nothing on screen has 星 yet: nothing is added.
    assert!(window_fonts::wait(&harness.ctx, Duration::from_secs(30)));
    harness.run();
    assert_eq!(window_fonts::installed(&harness.ctx), Vec::<String>::new());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").hover();
    harness.run();
    fonts_arrive(&mut harness);
    assert_eq!(window_fonts::installed(&harness.ctx), vec![JP_FACE]);
    assert!(has_glyphs(&harness, "星"));
    // The open submenu was measured again with the font: its path, wider
    // than the boxes were, is still one line.
    let path = harness.get_by_label(&recent.display().to_string()).rect();
    let open_recent = harness.get_by_label("Open recent").rect();
    assert!(
        path.height() <= open_recent.height() + 1.0,
        "{path:?} against {open_recent:?}"
    );
}

#[test]
fn a_message_s_path_gets_a_face_that_has_its_characters() {
    let dir = tempfile::tempdir().unwrap();
    let missing = star_folder(dir.path()).join("gone.ron");
    let (mut harness, _data) = window(Some(missing), english());
    harness.run();
    let Some(crate::gui::Shown::Error(text)) = crate::gui::shown(harness.state()) else {
        panic!("no error for a file that is not there");
    };
    assert!(text.contains('星'), "{text}");
    fonts_arrive(&mut harness);
    assert_eq!(window_fonts::installed(&harness.ctx), vec![JP_FACE]);
    assert!(has_glyphs(&harness, "星"));
    // The error stays: the fonts do not replace it.
    assert_eq!(
        crate::gui::shown(harness.state()),
        Some(crate::gui::Shown::Error(text))
    );
}

#[test]
fn a_latin_recipe_adds_no_font() {
    let (mut harness, _data) = window(Some(repo_path("recipes/ideal-cx.ron")), english());
    harness.run();
    assert!(window_fonts::wait(&harness.ctx, Duration::from_secs(30)));
    harness.run();
    assert_eq!(window_fonts::installed(&harness.ctx), Vec::<String>::new());
    assert_eq!(harness.state().message(), None);
}

#[test]
fn what_no_font_has_is_said_once() {
    let dir = tempfile::tempdir().unwrap();
    // U+0378 is unassigned: no font has it.
    let file = recipe_file(dir.path(), "Ideal CX", &["Odd \u{378}", "Speed"]);
    let (mut harness, _data) = window(Some(file), english());
    harness.run();
    assert!(window_fonts::wait(&harness.ctx, Duration::from_secs(30)));
    harness.run();
    let expected = "No installed font can show \u{378} in “Odd \u{378}”; it shows as boxes.";
    assert_eq!(
        crate::gui::shown(harness.state()),
        Some(crate::gui::Shown::Info(expected.to_owned()))
    );
    // Said once: dismissed, it stays away when the recipe changes.
    harness.get_by_label("Dismiss this message").click();
    harness.run();
    assert_eq!(harness.state().message(), None);
    harness.get_by_label("➕ Add ingredient").click();
    harness.run();
    assert!(window_fonts::wait(&harness.ctx, Duration::from_secs(30)));
    harness.run();
    assert_eq!(harness.state().recipe().ingredients.len(), 3);
    assert_eq!(harness.state().message(), None);
}

#[test]
fn a_name_typed_in_another_script_gets_its_font_without_waiting_in_the_frame() {
    let (mut harness, _data) = window(Some(repo_path("recipes/ideal-cx.ron")), english());
    harness.run();
    harness.get_by_label("➕ Add ingredient").click();
    harness.run();
    // The new row's name field has the keyboard.
    for c in "日本語".chars() {
        harness.event(egui::Event::Text(c.to_string()));
        harness.run();
    }
    let names: Vec<String> = harness
        .state()
        .recipe()
        .ingredients
        .iter()
        .map(|i| i.name.clone())
        .collect();
    assert!(names.iter().any(|n| n.ends_with("日本語")), "{names:?}");
    fonts_arrive(&mut harness);
    assert_eq!(window_fonts::installed(&harness.ctx), vec![JP_FACE]);
    assert!(has_glyphs(&harness, "日本語"));
}
