//! `cx-recipe summary`: a recipe as a table of name, amount, unit and share,
//! as text or Markdown for a person, CSV for a spreadsheet, JSON for scripts;
//! then, where the recipe has them, its balance, advice and method.

mod strategy;

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::Path;

use clap::ValueEnum;
use serde::Serialize;

use super::{Failure, Outcome, terminal_safe};
use crate::recipe::format;
use crate::recipe::{Recipe, Tag, Unit, UnitSystem, human_amount};
use strategy::{JsonStrategy, Strategy, tag_name};

/// The formats of `summary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum SummaryFormat {
    Text,
    Markdown,
    Csv,
    Json,
}

pub(super) fn summary(
    path: &Path,
    format: SummaryFormat,
    decimals: u8,
) -> Result<Outcome, Failure> {
    let recipe = format::load(path)?;
    let text = match format {
        SummaryFormat::Text => summary_text(&recipe, decimals),
        SummaryFormat::Markdown => summary_markdown(&recipe, decimals),
        SummaryFormat::Csv => summary_csv(&recipe, decimals)?,
        SummaryFormat::Json => summary_json(&recipe, decimals)?,
    };
    print_out(&text)
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth a panic.
fn print_out(text: &str) -> Result<Outcome, Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(Outcome::Ok),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Outcome::Ok),
        Err(e) => Err(Failure {
            outcome: Outcome::Error,
            message: format!("could not write the output: {e}"),
        }),
    }
}

/// One row of a summary, shared by every format.
struct Row {
    name: String,
    amount: f64,
    unit: Unit,
    amount_ml: Option<f64>,
    share: Option<f64>,
    percent: Option<String>,
    tag: Option<Tag>,
}

fn rows(recipe: &Recipe, decimals: u8) -> Vec<Row> {
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
            tag: ing.tag,
        })
        .collect()
}

/// The total and its unit: ("4030", "ml"), ("100", "parts").
fn total_parts(recipe: &Recipe) -> (String, String) {
    let total = human_amount(recipe.total());
    let unit = match recipe.unit_system() {
        Ok(Some(UnitSystem::Volume)) => "ml",
        _ => "parts",
    };
    (total, unit.to_owned())
}

fn hundred(decimals: u8) -> String {
    if decimals == 0 {
        "100".to_owned()
    } else {
        format!("100.{}", "0".repeat(usize::from(decimals)))
    }
}

fn summary_text(recipe: &Recipe, decimals: u8) -> String {
    let rows = rows(recipe, decimals);
    let has_shares = rows.iter().any(|r| r.share.is_some());
    let mut table: Vec<[String; 4]> = vec![[
        "Ingredient".into(),
        "Amount".into(),
        "Unit".into(),
        "Share".into(),
    ]];
    for row in &rows {
        table.push([
            terminal_safe(&row.name),
            human_amount(row.amount),
            row.unit.label_for(row.amount),
            share_cell(row.percent.as_deref()),
        ]);
    }
    let (total, total_unit) = total_parts(recipe);
    table.push([
        "Total".into(),
        total,
        total_unit,
        share_cell(has_shares.then(|| hundred(decimals)).as_deref()),
    ]);
    let width = |col: usize| {
        table
            .iter()
            .map(|r| r.get(col).map_or(0, |c| c.chars().count()))
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2, w3) = (width(0), width(1), width(2), width(3));
    let rule = "-".repeat(w0 + w1 + w2 + w3 + 6);
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", terminal_safe(title_or_untitled(recipe)));
    let last = table.len() - 1;
    for (i, [name, amount, unit, share]) in table.iter().enumerate() {
        if i == last {
            let _ = writeln!(out, "{rule}");
        }
        let _ = writeln!(out, "{name:<w0$}  {amount:>w1$}  {unit:<w2$}  {share:>w3$}");
        if i == 0 {
            let _ = writeln!(out, "{rule}");
        }
    }
    if !has_shares {
        let _ = writeln!(out, "\nThe total is zero, so there are no shares yet.");
    }
    Strategy::of(recipe, decimals).text(recipe, &mut out);
    out
}

fn share_cell(percent: Option<&str>) -> String {
    percent.map_or_else(|| "–".to_owned(), |p| format!("{p} %"))
}

fn title_or_untitled(recipe: &Recipe) -> &str {
    if recipe.title.is_empty() {
        "Untitled recipe"
    } else {
        &recipe.title
    }
}

fn summary_markdown(recipe: &Recipe, decimals: u8) -> String {
    let cell = |s: &str| terminal_safe(s).replace('|', "\\|");
    let rows = rows(recipe, decimals);
    let has_shares = rows.iter().any(|r| r.share.is_some());
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", cell(title_or_untitled(recipe)));
    let _ = writeln!(out, "| Ingredient | Amount | Unit | Share |");
    let _ = writeln!(out, "|---|---:|---|---:|");
    for row in &rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&row.name),
            human_amount(row.amount),
            row.unit.label_for(row.amount),
            share_cell(row.percent.as_deref())
        );
    }
    let (total, total_unit) = total_parts(recipe);
    let _ = writeln!(
        out,
        "| **Total** | {total} | {total_unit} | {} |",
        share_cell(has_shares.then(|| hundred(decimals)).as_deref())
    );
    Strategy::of(recipe, decimals).markdown(recipe, &mut out);
    out
}

fn summary_csv(recipe: &Recipe, decimals: u8) -> Result<String, Failure> {
    let fail = |e: &dyn std::fmt::Display| Failure {
        outcome: Outcome::Error,
        message: format!("could not write CSV: {e}"),
    };
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

/// The JSON of `summary --format json`: a contract for scripts; only add
/// fields, never rename or remove one.
#[derive(Serialize)]
struct JsonSummary<'a> {
    title: &'a str,
    /// "volume", "parts", or null for an empty recipe.
    unit_system: Option<&'static str>,
    /// In ml for volumes, in parts for parts.
    total: f64,
    ingredients: Vec<JsonIngredient>,
    /// balance, advice and steps: only for a recipe in version 2, so that a
    /// version 1 recipe gives the same bytes as before.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    strategy: Option<JsonStrategy>,
}

#[derive(Serialize)]
struct JsonIngredient {
    name: String,
    amount: f64,
    unit: &'static str,
    /// null for parts.
    amount_ml: Option<f64>,
    /// Exact fraction 0–1; null when the total is zero.
    share: Option<f64>,
    /// Rounded percentage as text; the column adds up to exactly 100.
    percent: Option<String>,
    /// "baking", "cooking" or null; left out for a version 1 recipe.
    #[serde(skip_serializing_if = "Option::is_none")]
    tag: Option<Option<&'static str>>,
}

fn summary_json(recipe: &Recipe, decimals: u8) -> Result<String, Failure> {
    let v2 = recipe.uses_new_fields();
    let summary = JsonSummary {
        title: &recipe.title,
        unit_system: match recipe.unit_system() {
            Ok(Some(UnitSystem::Volume)) => Some("volume"),
            Ok(Some(UnitSystem::Parts)) => Some("parts"),
            _ => None,
        },
        total: recipe.total(),
        ingredients: rows(recipe, decimals)
            .into_iter()
            .map(|r| JsonIngredient {
                name: r.name,
                amount: r.amount,
                unit: r.unit.file_name(),
                amount_ml: r.amount_ml,
                share: r.share,
                percent: r.percent,
                tag: v2.then(|| tag_name(r.tag)),
            })
            .collect(),
        strategy: v2.then(|| Strategy::of(recipe, decimals).json(recipe)),
    };
    serde_json::to_string_pretty(&summary)
        .map(|s| s + "\n")
        .map_err(|e| Failure {
            outcome: Outcome::Error,
            message: format!("could not write JSON: {e}"),
        })
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

    #[test]
    fn formulas_are_defused() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(spreadsheet_safe("Speed"), "Speed");
    }
}
