//! Sharing from the window: File ▸ Export chart… writes the bytes `cx-recipe
//! export` writes (PNG and SVG), File ▸ Export CSV… those of `cx-recipe
//! summary --format csv`, both checked against the real binary; the typed
//! path where no dialog opens; a failure that changes nothing; and Edit ▸
//! Copy summary read back from egui's output.

use std::fs;
use std::path::{Path, PathBuf};

use cx_recipe::app::dialogs::Picked;
use cx_recipe::app::settings::Settings;
use cx_recipe::app::{AppConfig, CxApp};
use cx_recipe::i18n::Lang;
use egui::{Event, Key, Modifiers, OutputCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::cli::{code, run, stderr, stdout};
use crate::gui::FakeDialogs;
use crate::repo_path;

pub struct Window {
    pub harness: Harness<'static, CxApp>,
    pub dialogs: FakeDialogs,
    /// Holds the recipe file and the exports.
    pub dir: tempfile::TempDir,
    /// The recipe the window opened: a copy of a shipped one.
    pub recipe: PathBuf,
}

/// A window in English on a copy of ideal-cx, its file dialogs a fake.
fn window() -> Window {
    window_in(Lang::En, "recipes/ideal-cx.ron")
}

/// A window in `lang` on a copy of the shipped `file` (under its own file
/// name), its file dialogs a fake.
pub fn window_in(lang: Lang, file: &str) -> Window {
    let dir = tempfile::tempdir().unwrap();
    let recipe = dir.path().join(Path::new(file).file_name().unwrap());
    fs::copy(repo_path(file), &recipe).unwrap();
    let dialogs = FakeDialogs::default();
    let config = AppConfig {
        dialogs: Box::new(dialogs.clone()),
        recovery_folder: Some(dir.path().join("recovery")),
        open_at_start: Some(recipe.clone()),
        frame_log: None,
    };
    let settings = Settings {
        language: Some(lang),
        ..Settings::default()
    };
    let harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| CxApp::with_settings(&cc.egui_ctx, config, settings));
    Window {
        harness,
        dialogs,
        dir,
        recipe,
    }
}

/// Opens `menu` and clicks the item whose label starts with `item`.
pub fn menu_item(w: &mut Window, menu: &str, item: &str) {
    w.harness.get_by_label(menu).click();
    w.harness.run();
    w.harness.get_by_label_contains(item).click();
    w.harness.run();
}

/// Exports from the window's File menu to `out`, the dialog answering it.
fn export_from_window(w: &mut Window, item: &str, out: &Path) {
    w.dialogs.answer(Picked::Path(out.to_path_buf()));
    menu_item(w, "File", item);
    let shown = out.display().to_string();
    match crate::gui::shown(w.harness.state()) {
        Some(crate::gui::Shown::Info(text)) => assert!(text.ends_with(&shown), "{text}"),
        other => panic!("no notice of the export: {other:?}"),
    }
}

fn cli(args: &[&str]) -> std::process::Output {
    let out = run(args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    out
}

#[test]
fn exported_charts_are_the_command_lines_bytes() {
    let mut w = window();
    let recipe = w.recipe.display().to_string();
    for extension in ["png", "svg"] {
        let from_window = w.dir.path().join(format!("window.{extension}"));
        let from_cli = w.dir.path().join(format!("cli.{extension}"));
        export_from_window(&mut w, "Export chart…", &from_window);
        cli(&["export", &recipe, "-o", &from_cli.display().to_string()]);
        let (a, b) = (
            fs::read(&from_window).unwrap(),
            fs::read(&from_cli).unwrap(),
        );
        assert!(
            a == b,
            "{extension}: the window wrote other bytes than the CLI"
        );
    }
    // The picture carries the recipe: it reopens as it.
    let back = cx_recipe::recipe::format::load(&w.dir.path().join("window.png")).unwrap();
    assert_eq!(&back, w.harness.state().recipe());
}

#[test]
fn exported_csv_is_the_command_lines_csv() {
    let mut w = window();
    let out = w.dir.path().join("table.csv");
    export_from_window(&mut w, "Export CSV…", &out);
    let printed = cli(&[
        "summary",
        &w.recipe.display().to_string(),
        "--format",
        "csv",
    ]);
    assert_eq!(fs::read_to_string(&out).unwrap(), stdout(&printed));
}

#[test]
fn where_no_dialog_opens_the_typed_path_exports_with_png_by_default() {
    let mut w = window();
    w.dialogs.answer(Picked::Unavailable);
    w.harness.get_by_label("File").click();
    w.harness.run();
    // The path field opens where the menu was: the hover settles in a few
    // more frames than `run` allows.
    w.harness.get_by_label_contains("Export chart…").click();
    w.harness.run_steps(6);
    w.harness.get_by_label("Export the chart");
    let typed = w.dir.path().join("typed");
    w.harness.get_by_label("File path").click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    w.harness
        .get_by_label("File path")
        .type_text(&typed.display().to_string());
    w.harness.run();
    w.harness.get_by_label("Export").click();
    w.harness.run();
    let png = fs::read(typed.with_extension("png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn a_failed_export_says_why_and_changes_nothing() {
    let mut w = window();
    // An extension that is not a picture: nothing is written.
    let jpg = w.dir.path().join("chart.jpg");
    w.dialogs.answer(Picked::Path(jpg.clone()));
    menu_item(&mut w, "File", "Export chart…");
    assert!(!jpg.exists());
    match crate::gui::shown(w.harness.state()) {
        Some(crate::gui::Shown::Error(text)) => assert!(text.contains(".png or .svg"), "{text}"),
        other => panic!("no error: {other:?}"),
    }
    // A folder that is not there: the error says where, the recipe stays.
    let nowhere = w.dir.path().join("no-such-folder").join("chart.svg");
    w.dialogs.answer(Picked::Path(nowhere.clone()));
    menu_item(&mut w, "File", "Export chart…");
    match crate::gui::shown(w.harness.state()) {
        Some(crate::gui::Shown::Error(text)) => {
            assert!(text.starts_with("Could not export to"), "{text}");
            assert!(text.ends_with("Nothing was changed."), "{text}");
        }
        other => panic!("no error: {other:?}"),
    }
    assert!(!nowhere.exists());
    assert!(!w.harness.state().is_dirty());
}

/// The text the app put on the clipboard in the frames `steps` runs.
fn copied(harness: &mut Harness<'static, CxApp>, steps: usize) -> Option<String> {
    let mut found = None;
    for _ in 0..steps {
        harness.step();
        for command in &harness.output().platform_output.commands {
            if let OutputCommand::CopyText(text) = command {
                found = Some(text.clone());
            }
        }
    }
    found
}

/// What Copy summary gives for ideal-cx, in English.
const IDEAL_CX_SUMMARY: &str = "Ideal CX

| Ingredient | Amount | Unit | Share |
|---|---:|---|---:|
| Efficiency | 1 | litre | 24.8 % |
| Speed | 2 | cups | 12.4 % |
| Personalised attention | 500 | cc | 12.4 % |
| Consistency | 2 | tablespoons | 0.7 % |
| Technology | 2 | litres | 49.6 % |
| **Total** | 4030 | ml | 100.0 % |

Efficiency              ██░░░░░░░░  24.8 %
Speed                   █░░░░░░░░░  12.4 %
Personalised attention  █░░░░░░░░░  12.4 %
Consistency             ░░░░░░░░░░   0.7 %
Technology              █████░░░░░  49.6 %

Baking 75.2 % · Cooking 12.4 % · untagged 12.4 %
Suggested baking: 60–80 % — inside the range
";

#[test]
fn copy_summary_puts_the_email_text_on_the_clipboard() {
    let mut w = window();
    w.harness.get_by_label("Edit").click();
    w.harness.run();
    w.harness.get_by_label_contains("Copy summary").click();
    let text = copied(&mut w.harness, 4).expect("nothing was copied");
    assert_eq!(text, IDEAL_CX_SUMMARY);
    w.harness.run();
    match crate::gui::shown(w.harness.state()) {
        Some(crate::gui::Shown::Info(text)) => {
            assert!(text.starts_with("Summary copied"), "{text}");
        }
        other => panic!("no notice: {other:?}"),
    }
    // Where a test wants to look at it: CX_RECIPE_COPIED=FILE writes it out.
    if let Some(path) = std::env::var_os("CX_RECIPE_COPIED") {
        fs::write(path, &text).unwrap();
    }
}

#[test]
fn ctrl_shift_c_copies_the_summary() {
    let mut w = window();
    let ctrl_shift = Modifiers {
        shift: true,
        ..Modifiers::COMMAND
    };
    // Up to the key going down: `step` runs each queued event in a frame
    // of its own, and the output kept is the last frame's.
    w.harness.event(Event::ModifiersChanged(ctrl_shift));
    w.harness.event(Event::Key {
        key: Key::C,
        pressed: true,
        modifiers: ctrl_shift,
        repeat: false,
        physical_key: None,
    });
    let text = copied(&mut w.harness, 1).expect("nothing was copied");
    assert_eq!(text, IDEAL_CX_SUMMARY);
    w.harness.key_up(Key::C);
    w.harness.event(Event::ModifiersChanged(Modifiers::NONE));
    w.harness.run();
}
