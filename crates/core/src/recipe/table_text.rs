//! A recipe as a table of name, amount, unit and share, in the formats both
//! shells write: CSV for a spreadsheet (`summary --format csv` and the
//! window's Export CSV…) and the Markdown table (`summary --format
//! markdown` and the window's Copy summary). One code path, so the window's
//! files are byte for byte what the command line prints.

use std::fmt::Write as _;

use super::{Recipe, Tag, Unit, UnitSystem, human_amount};

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
    markdown_table_with(recipe, decimals, words, &TableLocale::default())
}

/// How a table writes what is not the recipe's own text: its numbers and
/// its units. The default is the command line's English; `i18n::table_text`
/// gives one for each language.
pub struct TableLocale<'a> {
    /// A number as the table writes it ("24.8" → "24,8").
    pub number: &'a dyn Fn(&str) -> String,
    /// A unit for an amount ("litre", "2 tazas" → "tazas").
    pub unit: &'a dyn Fn(Unit, f64) -> String,
    /// The total row's unit; `None` keeps [`total_parts`]'s ("ml", "parts").
    pub total_unit: Option<String>,
}

impl Default for TableLocale<'_> {
    fn default() -> Self {
        Self {
            number: &|text| text.to_owned(),
            unit: &|unit, amount| unit.label_for(amount),
            total_unit: None,
        }
    }
}

/// [`markdown_table`] with its numbers and units written by `locale`.
pub fn markdown_table_with(
    recipe: &Recipe,
    decimals: u8,
    words: &TableWords,
    locale: &TableLocale<'_>,
) -> String {
    let rows = rows(recipe, decimals);
    let number = locale.number;
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
            (locale.unit)(row.unit, row.amount),
            number(&share_cell(row.shown.as_deref()))
        );
    }
    let (total, total_unit) = total_parts(recipe);
    let total_unit = locale.total_unit.clone().unwrap_or(total_unit);
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
pub struct CsvError(pub(crate) String);

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

/// Guards a cell against being run as a formula when the CSV is opened in a
/// spreadsheet (a name from a stranger's file could start with `=`).
pub(crate) fn spreadsheet_safe(text: &str) -> String {
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
