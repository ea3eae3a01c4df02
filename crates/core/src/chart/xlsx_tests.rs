//! The workbook's structure: the sheet, the chart part, the number formats,
//! the same bytes every time.

use std::io::{Cursor, Read as _};

use super::super::export::{ExportFormat, ExportOptions, export};
use super::*;
use crate::recipe::format;

fn ideal_cx() -> Recipe {
    let text = include_str!("../../../../recipes/ideal-cx.ron");
    format::parse(text.as_bytes(), "ideal-cx.ron").unwrap()
}

/// Every part of the workbook: (name, text).
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().into_owned(), text)
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    let Some((_, text)) = parts.iter().find(|(n, _)| n == name) else {
        let names: Vec<&String> = parts.iter().map(|p| &p.0).collect();
        panic!("no {name} in {names:?}");
    };
    text
}

#[test]
fn the_table_the_chart_and_the_percent_format() {
    let bytes = export(&ideal_cx(), ExportFormat::Xlsx, &ExportOptions::default()).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip");
    let parts = parts(&bytes);
    let workbook = part(&parts, "xl/workbook.xml");
    assert!(workbook.contains(r#"<sheet name="Recipe""#), "{workbook}");
    let strings = part(&parts, "xl/sharedStrings.xml");
    for text in [
        "Ideal CX",
        "Efficiency",
        "Technology",
        "Share",
        "Baking",
        "inside the range",
    ] {
        assert!(strings.contains(text), "{text} in {strings}");
    }
    // Shares are numbers (the exact fraction), shown with a percent format.
    let styles = part(&parts, "xl/styles.xml");
    assert!(styles.contains(r#"formatCode="0.0%""#), "{styles}");
    let sheet = part(&parts, "xl/worksheets/sheet1.xml");
    let efficiency = (1000.0f64 / 4030.0).to_string();
    assert!(
        sheet.contains(&format!("<v>{}", &efficiency[..8])),
        "{sheet}"
    );
    // A native pie chart over the share column, one colour per slice.
    let chart = part(&parts, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:pieChart>"), "{chart}");
    assert!(chart.contains("Recipe!$D$4:$D$8"), "{chart}");
    assert!(chart.contains("Recipe!$A$4:$A$8"), "{chart}");
    assert!(chart.contains(r#"<a:srgbClr val="0072B2"/>"#), "{chart}");
    assert!(chart.contains("<c:showPercent val=\"1\"/>"), "{chart}");
    assert!(part(&parts, "xl/drawings/drawing1.xml").contains("chart"));
}

#[test]
fn the_same_recipe_gives_the_same_bytes() {
    let options = ExportOptions::default();
    let a = export(&ideal_cx(), ExportFormat::Xlsx, &options).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = export(&ideal_cx(), ExportFormat::Xlsx, &options).unwrap();
    assert_eq!(a, b);
    let core = part(&parts(&a), "docProps/core.xml").to_owned();
    assert!(core.contains("2024-01-01T00:00:00Z"), "{core}");
}

#[test]
fn words_in_the_language_numbers_stay_numbers() {
    let options = ExportOptions {
        lang: Lang::De,
        decimals: 2,
        ..ExportOptions::default()
    };
    let bytes = export(&ideal_cx(), ExportFormat::Xlsx, &options).unwrap();
    let parts = parts(&bytes);
    assert!(part(&parts, "xl/workbook.xml").contains(r#"<sheet name="Rezept""#));
    let strings = part(&parts, "xl/sharedStrings.xml");
    assert!(
        strings.contains("Anteil") && strings.contains("Backen"),
        "{strings}"
    );
    assert!(part(&parts, "xl/styles.xml").contains(r#"formatCode="0.00%""#));
    assert!(part(&parts, "xl/charts/chart1.xml").contains("Rezept!$D$4:$D$8"));
}

#[test]
fn a_recipe_with_no_shares_has_no_chart() {
    let mut recipe = ideal_cx();
    recipe.ingredients.iter_mut().for_each(|i| i.amount = 0.0);
    let bytes = export(&recipe, ExportFormat::Xlsx, &ExportOptions::default()).unwrap();
    assert!(
        parts(&bytes)
            .iter()
            .all(|(n, _)| !n.starts_with("xl/charts/"))
    );
    let empty = export(
        &Recipe::default(),
        ExportFormat::Xlsx,
        &ExportOptions::default(),
    );
    assert!(empty.is_ok());
}

#[test]
fn a_strangers_formula_stays_text() {
    let mut recipe = ideal_cx();
    recipe.ingredients[0].name = "=HYPERLINK(\"http://x\")".to_owned();
    let bytes = export(&recipe, ExportFormat::Xlsx, &ExportOptions::default()).unwrap();
    let sheet = part(&parts(&bytes), "xl/worksheets/sheet1.xml").to_owned();
    assert!(!sheet.contains("<f>"), "no formula: {sheet}");
}
