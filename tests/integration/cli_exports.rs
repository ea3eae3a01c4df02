//! `export` to a spreadsheet and with the balance, run as the real binary:
//! the bytes are the core's (`chart::export`, which the window calls too),
//! the defaults are what `export` always wrote, and the flags are added
//! compatibly.

use std::fs;

use cx_recipe::chart::{self, ExportFormat, ExportOptions, ExportSize, PieChart};
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::format;

use crate::cli::{code, run, stderr};
use crate::repo_path;

fn recipe_path(name: &str) -> String {
    repo_path(&format!("recipes/{name}")).display().to_string()
}

#[test]
fn export_writes_the_cores_xlsx_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("kitchen.XLSX");
    let out = run(&[
        "export",
        &recipe_path("cx-kitchen.ron"),
        "-o",
        &out_path.display().to_string(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written = fs::read(&out_path).unwrap();
    assert!(written.starts_with(b"PK\x03\x04"), "a zip");
    let recipe = format::load(&repo_path("recipes/cx-kitchen.ron")).unwrap();
    let core = chart::export(&recipe, ExportFormat::Xlsx, &ExportOptions::default()).unwrap();
    assert_eq!(written, core, "the window's bytes");
    // In German, with two decimals: other words, other bytes, still a zip.
    let de = dir.path().join("kitchen-de.xlsx");
    let out = run(&[
        "export",
        &recipe_path("cx-kitchen.ron"),
        "-o",
        &de.display().to_string(),
        "--lang",
        "de",
        "--decimals",
        "2",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let options = ExportOptions {
        lang: Lang::De,
        decimals: 2,
        ..ExportOptions::default()
    };
    assert_eq!(
        fs::read(&de).unwrap(),
        chart::export(&recipe, ExportFormat::Xlsx, &options).unwrap()
    );
}

#[test]
fn export_without_new_flags_writes_what_it_always_did() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("chart.svg");
    let out = run(&[
        "export",
        &recipe_path("ideal-cx.ron"),
        "-o",
        &svg.display().to_string(),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let recipe = format::load(&repo_path("recipes/ideal-cx.ron")).unwrap();
    let old = chart::to_svg(
        &PieChart::for_export(&recipe, chart::EXPORT_DECIMALS),
        ExportSize::default(),
    );
    assert_eq!(fs::read_to_string(&svg).unwrap(), old);
    assert!(!old.contains("id=\"notes\""));
}

#[test]
fn with_balance_and_a_language_the_chart_says_more() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("chart.svg");
    let out = run(&[
        "export",
        &recipe_path("ideal-cx.ron"),
        "-o",
        &svg.display().to_string(),
        "--with-balance",
        "--lang",
        "es",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = fs::read_to_string(&svg).unwrap();
    assert!(text.contains(">24,8 %</text>"), "{text}");
    assert!(text.contains("Hornear 75,2 %"), "{text}");
    assert!(text.contains("dentro del rango"), "{text}");
    // A PNG with the balance renders too, and still reopens as the recipe.
    let png = dir.path().join("chart.png");
    let out = run(&[
        "export",
        &recipe_path("ideal-cx.ron"),
        "-o",
        &png.display().to_string(),
        "--with-balance",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let back = format::load(&png).unwrap();
    assert_eq!(back.title, "Ideal CX");
}

#[test]
fn unknown_outputs_and_languages_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("chart.csv").display().to_string();
    let out = run(&["export", &recipe_path("ideal-cx.ron"), "-o", &csv]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains(".svg or .png (a picture) or .xlsx"),
        "{}",
        stderr(&out)
    );
    let svg = dir.path().join("chart.svg").display().to_string();
    let out = run(&[
        "export",
        &recipe_path("ideal-cx.ron"),
        "-o",
        &svg,
        "--lang",
        "fr",
    ]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("expected en, es or de"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn summarys_machine_output_keeps_its_figures() {
    // The CSV and JSON add their percentages up to 100 (largest
    // remainders), as they always did: Consistency, 0.744 %, is 0.8 there,
    // while the text for a person rounds it on its own, 0.7.
    let path = recipe_path("ideal-cx.ron");
    let csv = crate::cli::stdout(&run(&[
        "summary",
        &path,
        "--format",
        "csv",
        "--decimals",
        "1",
    ]));
    assert_eq!(
        csv,
        "name,amount,unit,amount_ml,share,percent,tag\n\
         Efficiency,1,Litre,1000,0.24813895781637718,24.8,baking\n\
         Speed,2,MetricCup,500,0.12406947890818859,12.4,\n\
         Personalised attention,500,Cc,500,0.12406947890818859,12.4,cooking\n\
         Consistency,2,MetricTablespoon,30,0.007444168734491315,0.8,baking\n\
         Technology,2,Litre,2000,0.49627791563275436,49.6,baking\n"
    );
    let json: serde_json::Value = serde_json::from_slice(
        &run(&["summary", &path, "--format", "json", "--decimals", "1"]).stdout,
    )
    .unwrap();
    assert_eq!(json["ingredients"][3]["percent"], "0.8");
    let text = crate::cli::stdout(&run(&["summary", &path, "--decimals", "1"]));
    assert!(text.contains("  0.7 %\n"), "{text}");
}
