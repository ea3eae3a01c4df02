//! `cx-recipe summary`: a recipe as a table of name, amount, unit and share,
//! as text or Markdown for a person, CSV for a spreadsheet, JSON for scripts;
//! then, where the recipe has them, its balance, advice and method.

mod strategy;

use std::fmt::Write as _;
use std::path::Path;

use clap::ValueEnum;
use serde::Serialize;

use super::console::{Console, Stop};
use super::{Failure, Outcome, terminal_safe};
use crate::recipe::table_text::{
    self, TableWords, hundred, markdown_cell, rows, share_cell, tag_name, total_parts,
};
use crate::recipe::{Recipe, UnitSystem, format, human_amount};
use strategy::{JsonStrategy, Strategy};

/// The formats of `summary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum SummaryFormat {
    Text,
    Markdown,
    Csv,
    Json,
}

pub(super) fn summary(
    console: &mut Console,
    path: &Path,
    format: SummaryFormat,
    decimals: u8,
) -> Result<Outcome, Stop> {
    let recipe = format::load(path)?;
    let text = match format {
        SummaryFormat::Text => summary_text(&recipe, decimals),
        SummaryFormat::Markdown => summary_markdown(&recipe, decimals),
        SummaryFormat::Csv => summary_csv(&recipe, decimals)?,
        SummaryFormat::Json => summary_json(&recipe, decimals)?,
    };
    console.out(&text)?;
    Ok(Outcome::Ok)
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
            share_cell(row.shown.as_deref()),
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

fn title_or_untitled(recipe: &Recipe) -> &str {
    if recipe.title.is_empty() {
        "Untitled recipe"
    } else {
        &recipe.title
    }
}

fn summary_markdown(recipe: &Recipe, decimals: u8) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", markdown_cell(title_or_untitled(recipe)));
    out.push_str(&table_text::markdown_table(
        recipe,
        decimals,
        &TableWords::default(),
    ));
    Strategy::of(recipe, decimals).markdown(recipe, &mut out);
    out
}

fn summary_csv(recipe: &Recipe, decimals: u8) -> Result<String, Failure> {
    table_text::csv(recipe, decimals).map_err(|e| Failure {
        outcome: Outcome::Error,
        message: e.to_string(),
    })
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
