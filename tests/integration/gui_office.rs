//! Office formats from the window (issue 15, "Office formats"): File ▸
//! Export spreadsheet… writes the bytes `cx-recipe export -o X.xlsx` writes,
//! in the window's language; the kept option puts the balance and verdict
//! in chart pictures as `--with-balance` does; Edit ▸ Copy chart puts the
//! PNG's pixels on the clipboard; a Spanish window's CSV opens in a Spanish
//! spreadsheet (semicolons, decimal commas).

use std::fs;
use std::path::Path;

use cx_recipe::app::dialogs::Picked;
use cx_recipe::chart::{self, ExportOptions};
use cx_recipe::i18n::Lang;
use egui::OutputCommand;
use egui_kittest::kittest::Queryable as _;

use crate::cli::{code, run, stderr};
use crate::gui::{Shown, shown};
use crate::gui_export::{Window, menu_item, window_in};

/// A window in `lang` on a copy of the shipped `file`, one frame run.
fn window(lang: Lang, file: &str) -> Window {
    let mut w = window_in(lang, file);
    w.harness.run();
    w
}

/// Exports through `menu` ▸ `item` to `out`, the dialog answering it.
fn export(w: &mut Window, menu: &str, item: &str, out: &Path) {
    w.dialogs.answer(Picked::Path(out.to_path_buf()));
    menu_item(w, menu, item);
    match shown(w.harness.state()) {
        Some(Shown::Info(text)) => assert!(text.contains(&out.display().to_string()), "{text}"),
        other => panic!("no notice of the export: {other:?}"),
    }
}

fn cli(args: &[&str]) {
    let out = run(args);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn export_spreadsheet_writes_the_command_lines_xlsx_in_the_windows_language() {
    for (lang, code, file, item) in [
        (Lang::En, "en", "File", "Export spreadsheet…"),
        (Lang::De, "de", "Datei", "Tabellendokument exportieren…"),
    ] {
        let mut w = window(lang, "recipes/cx-kitchen.ron");
        let from_window = w.dir.path().join("window.xlsx");
        let from_cli = w.dir.path().join("cli.xlsx");
        export(&mut w, file, item, &from_window);
        let recipe = w.recipe.display().to_string();
        cli(&[
            "export",
            &recipe,
            "-o",
            &from_cli.display().to_string(),
            "--lang",
            code,
        ]);
        let written = fs::read(&from_window).unwrap();
        assert!(written.starts_with(b"PK\x03\x04"), "{lang:?}: not a zip");
        assert!(
            written == fs::read(&from_cli).unwrap(),
            "{lang:?}: the window wrote other bytes than the CLI"
        );
    }
}

#[test]
fn the_kept_balance_option_puts_the_balance_in_exported_charts() {
    let mut w = window(Lang::Es, "recipes/ideal-cx.ron");
    assert!(!w.harness.state().settings().export_with_balance);
    menu_item(
        &mut w,
        "Archivo",
        "Equilibrio y veredicto en las imágenes del gráfico",
    );
    assert!(w.harness.state().settings().export_with_balance);
    w.harness.key_press(egui::Key::Escape);
    w.harness.run();
    let from_window = w.dir.path().join("window.svg");
    let from_cli = w.dir.path().join("cli.svg");
    export(&mut w, "Archivo", "Exportar gráfico…", &from_window);
    let recipe = w.recipe.display().to_string();
    let target = from_cli.display().to_string();
    cli(&[
        "export",
        &recipe,
        "-o",
        &target,
        "--with-balance",
        "--lang",
        "es",
    ]);
    let text = fs::read_to_string(&from_window).unwrap();
    assert!(text.contains("Hornear 75,2 %"), "{text}");
    assert_eq!(text, fs::read_to_string(&from_cli).unwrap());
}

#[test]
fn copy_chart_puts_the_pngs_pixels_on_the_clipboard() {
    let mut w = window(Lang::En, "recipes/ideal-cx.ron");
    w.harness.get_by_label("Edit").click();
    w.harness.run();
    // Not `run`: the copy is in the output of the frames that follow.
    w.harness.get_by_label_contains("Copy chart").click();
    let mut image = None;
    for _ in 0..4 {
        w.harness.step();
        for command in &w.harness.output().platform_output.commands {
            if let OutputCommand::CopyImage(copied) = command {
                image = Some(copied.clone());
            }
        }
    }
    let image = image.expect("no picture on the clipboard");
    let recipe = w.harness.state().recipe().clone();
    let pixels = chart::export::to_pixels(&recipe, &ExportOptions::default()).unwrap();
    assert_eq!(
        [image.width(), image.height()],
        [
            pixels.size.width_px as usize,
            pixels.size.height_px as usize
        ]
    );
    assert!(image.pixels.iter().any(|p| p.a() > 0), "an empty picture");
    match shown(w.harness.state()) {
        Some(Shown::Info(text)) => assert!(text.starts_with("Chart copied"), "{text}"),
        other => panic!("no notice: {other:?}"),
    }
}

#[test]
fn a_spanish_windows_csv_opens_in_a_spanish_spreadsheet() {
    let mut w = window(Lang::Es, "recipes/ideal-cx.ron");
    let out = w.dir.path().join("tabla.csv");
    export(&mut w, "Archivo", "Exportar CSV…", &out);
    let text = fs::read_to_string(&out).unwrap();
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains(';'), "{header}");
    assert!(text.contains("24,8"), "{text}");
    assert!(!text.contains("24.8"), "{text}");
}

#[test]
fn a_chart_of_a_recipe_over_a_mebibyte_is_exported_alone_and_says_so() {
    use cx_recipe::app::command::{Command, EditCommand};
    let mut w = window(Lang::En, "recipes/ideal-cx.ron");
    // Each note at its limit in characters, written as escapes: together
    // far more than the 1 MiB a recipe file may hold.
    let note = "e\u{301}".repeat(50_000);
    let ctx = w.harness.ctx.clone();
    for i in 0..5 {
        w.harness
            .state_mut()
            .execute(&ctx, Command::Edit(EditCommand::SetNote(i, note.clone())));
    }
    // The recovery copy cannot be kept either, and says so first.
    w.harness.run_steps(240);
    assert!(matches!(shown(w.harness.state()), Some(Shown::Error(_))));
    let out = w.dir.path().join("alone.png");
    w.dialogs.answer(Picked::Path(out.clone()));
    menu_item(&mut w, "File", "Export chart…");
    w.harness.run();
    match shown(w.harness.state()) {
        Some(Shown::Info(text)) => assert!(text.contains("without the recipe inside"), "{text}"),
        other => panic!("no notice of the export: {other:?}"),
    }
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    assert!(cx_recipe::recipe::format::load(&out).is_err());
    assert_eq!(w.harness.state().recipe().ingredients[4].note, note);
}
