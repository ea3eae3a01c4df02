//! A recipe as a table of name, amount, unit and share, in the formats both
//! shells write: CSV for a spreadsheet (`summary --format csv` and the
//! window's Export CSV…) and the Markdown table (`summary --format
//! markdown` and the window's Copy summary). One code path, so the window's
//! files are byte for byte what the command line prints.

use std::fmt::Write as _;

use super::{Recipe, Tag, Unit, UnitSystem, human_amount};
use crate::i18n::words::{tag_label, unit_label};
use crate::i18n::{Lang, number, tr};

/// Decimals of a summary's percentages unless asked otherwise: `summary`'s
/// default, and the window's Export CSV….
pub const SUMMARY_DECIMALS: u8 = 2;

/// One row of a summary, shared by every format.
pub struct Row {
    /// The ingredient's name as written.
    pub name: String,
    /// The amount in its own unit.
    pub amount: f64,
    /// The unit.
    pub unit: Unit,
    /// The amount in ml; `None` for parts.
    pub amount_ml: Option<f64>,
    /// The exact share 0–1; `None` when the total is zero.
    pub share: Option<f64>,
    /// The rounded percentage; the column adds up to exactly 100 (largest
    /// remainders): for the CSV and the JSON, whose columns a spreadsheet
    /// or a script adds up.
    pub percent: Option<String>,
    /// The percentage as a person reads it, rounded on its own
    /// ([`super::shown::percent_number`]): for the text and Markdown tables
    /// and the copied summary, so that equal amounts read alike.
    pub shown: Option<String>,
    /// Baking, cooking or neither.
    pub tag: Option<Tag>,
}

/// The rows of `recipe`, percentages rounded to `decimals`.
pub fn rows(recipe: &Recipe, decimals: u8) -> Vec<Row> {
    let shares = recipe.shares();
    let percents = recipe.rounded_percentages(decimals);
    recipe
        .ingredients
        .iter()
        .enumerate()
        .map(|(i, ing)| Row {
            name: ing.name.clone(),
            amount: ing.amount,
            unit: ing.unit,
            amount_ml: ing.amount_ml(),
            share: shares.as_ref().and_then(|s| s.get(i).copied()),
            percent: percents.get(i).map(ToString::to_string),
            shown: shares
                .as_ref()
                .and_then(|s| s.get(i))
                .map(|&s| super::shown::percent_number(s, decimals)),
            tag: ing.tag,
        })
        .collect()
}

/// The total and its unit: ("4030", "ml"), ("100", "parts").
pub fn total_parts(recipe: &Recipe) -> (String, String) {
    let total = human_amount(recipe.total());
    let unit = match recipe.unit_system() {
        Ok(Some(UnitSystem::Volume)) => "ml",
        _ => "parts",
    };
    (total, unit.to_owned())
}

/// The total of a percentage column: "100", "100.0", "100.00".
pub fn hundred(decimals: u8) -> String {
    if decimals == 0 {
        "100".to_owned()
    } else {
        format!("100.{}", "0".repeat(usize::from(decimals)))
    }
}

/// A share cell: "24.8 %", or "–" where there is no share.
pub fn share_cell(percent: Option<&str>) -> String {
    percent.map_or_else(|| "–".to_owned(), |p| format!("{p} %"))
}

/// An ingredient's tag in CSV and JSON: "baking", "cooking", or none.
pub fn tag_name(tag: Option<Tag>) -> Option<&'static str> {
    tag.map(Tag::lowercase)
}

/// The words of a table's header and total row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableWords {
    /// The name column: "Ingredient".
    pub ingredient: String,
    /// "Amount".
    pub amount: String,
    /// "Unit".
    pub unit: String,
    /// "Share".
    pub share: String,
    /// The last row: "Total".
    pub total: String,
}

impl Default for TableWords {
    /// The command line's words, in English.
    fn default() -> Self {
        Self {
            ingredient: "Ingredient".to_owned(),
            amount: "Amount".to_owned(),
            unit: "Unit".to_owned(),
            share: "Share".to_owned(),
            total: "Total".to_owned(),
        }
    }
}

/// Text from a file in a Markdown cell: control characters but line breaks
/// replaced, `|` escaped so that it cannot end the cell (as `summary
/// --format markdown` always wrote it).
pub fn markdown_cell(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect::<String>()
        .replace('|', "\\|")
}

/// The Markdown table of `recipe`: a header, one row per ingredient and the
/// total in bold, each share rounded to `decimals` on its own.
pub fn markdown_table(recipe: &Recipe, decimals: u8, words: &TableWords) -> String {
    markdown_table_in(recipe, decimals, words, Lang::En)
}

/// [`markdown_table`] with its numbers and units in `lang` ("24,8 %",
/// "2 litros"); English is exactly [`markdown_table`].
pub fn markdown_table_in(recipe: &Recipe, decimals: u8, words: &TableWords, lang: Lang) -> String {
    let rows = rows(recipe, decimals);
    let number = |text: &str| number::localise(lang, text);
    let has_shares = rows.iter().any(|r| r.share.is_some());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |",
        markdown_cell(&words.ingredient),
        markdown_cell(&words.amount),
        markdown_cell(&words.unit),
        markdown_cell(&words.share)
    );
    let _ = writeln!(out, "|---|---:|---|---:|");
    for row in &rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            markdown_cell(&row.name),
            number(&human_amount(row.amount)),
            unit_label(lang, row.unit, row.amount),
            number(&share_cell(row.shown.as_deref()))
        );
    }
    let (total, total_unit) = total_parts(recipe);
    let total_unit = match (lang, recipe.unit_system()) {
        (Lang::En, _) => total_unit,
        (_, Ok(Some(UnitSystem::Volume))) => unit_label(lang, Unit::Millilitre, recipe.total()),
        _ => unit_label(lang, Unit::Part, recipe.total()),
    };
    let _ = writeln!(
        out,
        "| **{}** | {} | {total_unit} | {} |",
        markdown_cell(&words.total),
        number(&total),
        number(&share_cell(
            has_shares.then(|| hundred(decimals)).as_deref()
        ))
    );
    out
}

/// Why the CSV could not be written (a bug if it happens: it is written to
/// memory).
#[derive(Debug, thiserror::Error)]
#[error("could not write CSV: {0}")]
pub struct CsvError(String);

/// The recipe as CSV, one row per ingredient: name, amount, unit,
/// `amount_ml`, share, percent, and the tag for a version 2 recipe. The
/// columns are a contract for spreadsheets and scripts: in English, in
/// every language, and only ever added to.
///
/// # Errors
/// [`CsvError`] if the CSV writer fails.
pub fn csv(recipe: &Recipe, decimals: u8) -> Result<String, CsvError> {
    let fail = |e: &dyn std::fmt::Display| CsvError(e.to_string());
    // A version 1 recipe keeps the columns it always had.
    let with_tag = recipe.uses_new_fields();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["name", "amount", "unit", "amount_ml", "share", "percent"];
    if with_tag {
        header.push("tag");
    }
    writer.write_record(header).map_err(|e| fail(&e))?;
    for row in rows(recipe, decimals) {
        let mut record = vec![
            spreadsheet_safe(&row.name),
            row.amount.to_string(),
            row.unit.file_name().to_owned(),
            row.amount_ml.map(|v| v.to_string()).unwrap_or_default(),
            row.share.map(|v| v.to_string()).unwrap_or_default(),
            row.percent.unwrap_or_default(),
        ];
        if with_tag {
            record.push(tag_name(row.tag).unwrap_or_default().to_owned());
        }
        writer.write_record(record).map_err(|e| fail(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(&e))?;
    String::from_utf8(bytes).map_err(|e| fail(&e))
}

/// The recipe as CSV for a spreadsheet program set to `lang`'s locale: the
/// window's Export CSV…. In English it is exactly [`csv()`] (the command
/// line's bytes). In Spanish and German, where a spreadsheet separates
/// columns with `;` and writes a decimal comma, it has `;` between cells,
/// decimal commas in every number (`0,5`, `24,81`), the headers, units and
/// tags in the language, and a UTF-8 byte-order mark so that Excel reads
/// "Atención" as such. The columns are those of [`csv()`], in its order; the
/// percentages add up to 100 as in [`csv()`] (a spreadsheet adds them up).
///
/// # Errors
/// [`CsvError`] if the CSV writer fails.
pub fn csv_in(recipe: &Recipe, decimals: u8, lang: Lang) -> Result<String, CsvError> {
    if lang == Lang::En {
        return csv(recipe, decimals);
    }
    let fail = |e: &dyn std::fmt::Display| CsvError(e.to_string());
    let with_tag = recipe.uses_new_fields();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let mut header = vec![
        tr(lang, "export-table-ingredient"),
        tr(lang, "export-table-amount"),
        tr(lang, "export-table-unit"),
        tr(lang, "csv-amount-ml"),
        tr(lang, "export-table-share"),
        tr(lang, "csv-percent"),
    ];
    if with_tag {
        header.push(tr(lang, "xlsx-kind"));
    }
    writer.write_record(&header).map_err(|e| fail(&e))?;
    let comma = |text: String| text.replace('.', ",");
    for row in rows(recipe, decimals) {
        let mut record = vec![
            spreadsheet_safe(&row.name),
            comma(row.amount.to_string()),
            unit_label(lang, row.unit, row.amount),
            row.amount_ml
                .map(|v| comma(v.to_string()))
                .unwrap_or_default(),
            row.share.map(|v| comma(v.to_string())).unwrap_or_default(),
            row.percent.map(comma).unwrap_or_default(),
        ];
        if with_tag {
            record.push(
                row.tag
                    .map(|t| tag_label(lang, Some(t)))
                    .unwrap_or_default(),
            );
        }
        writer.write_record(record).map_err(|e| fail(&e))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(&e))?;
    let text = String::from_utf8(bytes).map_err(|e| fail(&e))?;
    Ok(format!("\u{feff}{text}"))
}

/// Guards a cell against being run as a formula when the CSV is opened in a
/// spreadsheet (a name from a stranger's file could start with `=`).
fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::format;

    fn ideal_cx() -> Recipe {
        let text = include_str!("../../../../recipes/ideal-cx.ron");
        format::parse(text.as_bytes(), "ideal-cx.ron").unwrap()
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(spreadsheet_safe("Speed"), "Speed");
    }

    #[test]
    fn markdown_table_of_ideal_cx() {
        let table = markdown_table(&ideal_cx(), 1, &TableWords::default());
        assert!(table.starts_with("| Ingredient | Amount | Unit | Share |\n|---|---:|---|---:|\n"));
        assert!(
            table.contains("| Efficiency | 1 | litre | 24.8 % |\n"),
            "{table}"
        );
        assert!(
            table.ends_with("| **Total** | 4030 | ml | 100.0 % |\n"),
            "{table}"
        );
    }

    #[test]
    fn spanish_and_german_csv_for_their_spreadsheets() {
        let recipe = ideal_cx();
        assert_eq!(
            csv_in(&recipe, 2, Lang::En).unwrap(),
            csv(&recipe, 2).unwrap()
        );
        let es = csv_in(&recipe, 2, Lang::Es).unwrap();
        let mut lines = es.lines();
        assert_eq!(
            lines.next(),
            Some("\u{feff}Ingrediente;Cantidad;Unidad;ml;Proporción;Porcentaje;Tipo")
        );
        let first = lines.next().unwrap();
        assert!(
            first.starts_with("Efficiency;1;litro;1000;0,248"),
            "{first}"
        );
        assert!(first.ends_with(";24,81;Hornear"), "{first}");
        assert!(!es.contains('.'), "no decimal point: {es}");
        let de = csv_in(&recipe, 1, Lang::De).unwrap();
        assert!(de.contains(";2;Tassen;500;"), "{de}");
        assert!(de.contains(";49,6;Backen"), "{de}");
        // Every row has the header's number of cells.
        let cells: Vec<usize> = de.lines().map(|l| l.split(';').count()).collect();
        assert!(cells.iter().all(|n| *n == 7), "{de}");
        // A name with the separator in it is quoted, a formula defused.
        let mut odd = recipe;
        odd.ingredients[0].name = "=A;B".to_owned();
        let text = csv_in(&odd, 1, Lang::De).unwrap();
        assert!(text.contains("\"'=A;B\";1;Liter"), "{text}");
    }

    #[test]
    fn csv_of_ideal_cx_has_the_tag_column() {
        let text = csv(&ideal_cx(), 1).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some("name,amount,unit,amount_ml,share,percent,tag")
        );
        assert!(lines.next().is_some_and(
            |l| l.starts_with("Efficiency,1,Litre,1000,") && l.ends_with(",24.8,baking")
        ));
    }
}
