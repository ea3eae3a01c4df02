//! The `cx-recipe` command line: parse the arguments into validated types,
//! run one subcommand on top of `recipe` and `chart`, and say how it went in
//! the exit code (0 ok, 1 a file is invalid or would change, 2 a usage or
//! I/O error). The arguments may instead ask for the window, which `main`
//! opens; nothing here knows the window.

use clap::{Parser, ValueEnum};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::chart::{self, ExportSize, PieChart};
use crate::recipe::format::{self, LoadError};
use crate::recipe::{Recipe, UnitSystem, human_amount};

pub use crate::outcome::Outcome;

/// Mix weighted customer-experience ingredients into a recipe, see it as a
/// pie chart, and share it as a small text file.
///
/// Without a subcommand, opens the window (with FILE, if given).
#[derive(Debug, Parser)]
#[command(name = "cx-recipe", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// A recipe file to open in the window.
    file: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Check that recipe files are valid; prints "ok FILE (N ingredients)"
    /// or the error for each.
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print a recipe as a table: name, amount, unit, share.
    Summary {
        /// The recipe file.
        file: PathBuf,
        /// The table's format: text or markdown for an email, csv for a
        /// spreadsheet, json for scripts.
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
        /// Decimals of the rounded percentages (0–6); they always add up to 100.
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=6))]
        decimals: u8,
    },
    /// Rewrite recipe files in the canonical layout, safely (the old file
    /// survives any failure).
    Fmt {
        /// The files to tidy.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Only list the files that would change; exit 1 if any would.
        #[arg(long)]
        check: bool,
    },
    /// Draw a recipe's pie chart, with title, percentages and legend, to an
    /// SVG or PNG file, without a window.
    Export {
        /// The recipe file.
        file: PathBuf,
        /// The picture to write: its name ends in .svg or .png.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
        /// Width in pixels (200–8000).
        #[arg(long, default_value_t = ExportSize::default().width_px)]
        width: u32,
        /// Height in pixels (150–8000).
        #[arg(long, default_value_t = ExportSize::default().height_px)]
        height: u32,
        /// Decimals of the percentages on the chart (0–6).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=6))]
        decimals: u8,
    },
}

/// The formats of `summary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SummaryFormat {
    Text,
    Markdown,
    Csv,
    Json,
}

/// An error that ends a subcommand: shown once, with its exit code.
struct Failure {
    outcome: Outcome,
    message: String,
}

impl Failure {
    fn usage(message: String) -> Self {
        Self {
            outcome: Outcome::Error,
            message,
        }
    }
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Self {
        let outcome = if e.is_io() {
            Outcome::Error
        } else {
            Outcome::Problem
        };
        Self {
            outcome,
            message: e.to_string(),
        }
    }
}

/// What the arguments ask for.
#[derive(Debug)]
pub enum Invocation {
    /// Open the window, with this recipe file if one was given.
    Window {
        /// The file to open, made absolute.
        file: Option<PathBuf>,
    },
    /// Run a subcommand with [`run`].
    Subcommand(Subcommand),
    /// Nothing more to do: help or the version was printed (0), or a usage
    /// error was shown (2).
    Done(Outcome),
}

/// A subcommand with its arguments, parsed and ready to [`run`].
#[derive(Debug)]
pub struct Subcommand(Command);

/// Parses the process's arguments. Help, the version and usage errors are
/// printed here, once; they come back as [`Invocation::Done`].
pub fn parse() -> Invocation {
    invocation(Args::try_parse())
}

fn invocation(parsed: Result<Args, clap::Error>) -> Invocation {
    match parsed {
        Ok(Args {
            command: Some(command),
            ..
        }) => Invocation::Subcommand(Subcommand(command)),
        Ok(Args {
            command: None,
            file,
        }) => {
            // Absolute, so the recent files and a recovered copy still find it
            // when the app is next started from another folder.
            let file = file.map(|f| std::path::absolute(&f).unwrap_or(f));
            Invocation::Window { file }
        }
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = e.print();
            if e.use_stderr() {
                Invocation::Done(Outcome::Error)
            } else {
                Invocation::Done(Outcome::Ok)
            }
        }
    }
}

/// Runs a parsed subcommand.
pub fn run(subcommand: Subcommand) -> Outcome {
    let Subcommand(command) = subcommand;
    let result = match command {
        Command::Check { files } => Ok(check(&files)),
        Command::Summary {
            file,
            format,
            decimals,
        } => summary(&file, format, decimals),
        Command::Fmt { files, check } => Ok(fmt(&files, check)),
        Command::Export {
            file,
            output,
            width,
            height,
            decimals,
        } => export(
            &file,
            &output,
            ExportSize {
                width_px: width,
                height_px: height,
            },
            decimals,
        ),
    };
    match result {
        Ok(outcome) => outcome,
        Err(Failure { outcome, message }) => {
            eprintln!("error: {}", terminal_safe(&message));
            outcome
        }
    }
}

fn check(files: &[PathBuf]) -> Outcome {
    let mut worst = Outcome::Ok;
    for path in files {
        match format::load(path) {
            Ok(recipe) => {
                let n = recipe.ingredients.len();
                let noun = if n == 1 { "ingredient" } else { "ingredients" };
                println!(
                    "ok {} ({n} {noun})",
                    terminal_safe(&path.display().to_string())
                );
            }
            Err(e) => {
                eprintln!("{}", terminal_safe(&e.to_string()));
                worst = worst.max(Failure::from(e).outcome);
            }
        }
    }
    worst
}

fn summary(path: &Path, format: SummaryFormat, decimals: u8) -> Result<Outcome, Failure> {
    let recipe = format::load(path)?;
    let text = match format {
        SummaryFormat::Text => summary_text(&recipe, decimals),
        SummaryFormat::Markdown => summary_markdown(&recipe, decimals),
        SummaryFormat::Csv => summary_csv(&recipe, decimals)?,
        SummaryFormat::Json => summary_json(&recipe, decimals)?,
    };
    print_out(&text)
}

fn fmt(files: &[PathBuf], check_only: bool) -> Outcome {
    let mut worst = Outcome::Ok;
    for path in files {
        let shown = terminal_safe(&path.display().to_string());
        let tidy = format::read_limited(path).and_then(|bytes| {
            let recipe = format::parse(&bytes, &path.display().to_string())?;
            Ok((bytes, recipe))
        });
        let (bytes, recipe) = match tidy {
            Ok(found) => found,
            Err(e) => {
                eprintln!("{}", terminal_safe(&e.to_string()));
                worst = worst.max(Failure::from(e).outcome);
                continue;
            }
        };
        let canonical = match format::to_ron(&recipe) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("{shown}: {}", terminal_safe(&message));
                worst = worst.max(Outcome::Problem);
                continue;
            }
        };
        if canonical.as_bytes() == bytes.as_slice() {
            continue;
        }
        if check_only {
            println!("would reformat {shown}");
            worst = worst.max(Outcome::Problem);
        } else if let Err(e) = format::save(path, &recipe) {
            eprintln!("{}", terminal_safe(&e.to_string()));
            worst = worst.max(Outcome::Error);
        } else {
            println!("formatted {shown}");
        }
    }
    worst
}

fn export(path: &Path, output: &Path, size: ExportSize, decimals: u8) -> Result<Outcome, Failure> {
    let kind = output
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    let size = size.validate().map_err(|e| Failure::usage(e.to_string()))?;
    if !matches!(kind.as_deref(), Some("svg" | "png")) {
        return Err(Failure::usage(format!(
            "{}: expected the output to end in .svg or .png",
            output.display()
        )));
    }
    let recipe = format::load(path)?;
    let chart = PieChart::from_recipe(&recipe, decimals);
    let bytes = if kind.as_deref() == Some("svg") {
        chart::to_svg(&chart, size).into_bytes()
    } else {
        chart::to_png(&chart, size).map_err(|e| Failure {
            outcome: Outcome::Error,
            message: e.to_string(),
        })?
    };
    crate::recipe::write_atomically(output, &bytes).map_err(|e| Failure {
        outcome: Outcome::Error,
        message: format!("{}: could not write the picture: {e}", output.display()),
    })?;
    Ok(Outcome::Ok)
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
    unit: crate::recipe::Unit,
    amount_ml: Option<f64>,
    share: Option<f64>,
    percent: Option<String>,
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
    out
}

fn summary_csv(recipe: &Recipe, decimals: u8) -> Result<String, Failure> {
    let fail = |e: &dyn std::fmt::Display| Failure {
        outcome: Outcome::Error,
        message: format!("could not write CSV: {e}"),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["name", "amount", "unit", "amount_ml", "share", "percent"])
        .map_err(|e| fail(&e))?;
    for row in rows(recipe, decimals) {
        writer
            .write_record([
                spreadsheet_safe(&row.name),
                row.amount.to_string(),
                row.unit.file_name().to_owned(),
                row.amount_ml.map(|v| v.to_string()).unwrap_or_default(),
                row.share.map(|v| v.to_string()).unwrap_or_default(),
                row.percent.unwrap_or_default(),
            ])
            .map_err(|e| fail(&e))?;
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
}

fn summary_json(recipe: &Recipe, decimals: u8) -> Result<String, Failure> {
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
            })
            .collect(),
    };
    serde_json::to_string_pretty(&summary)
        .map(|s| s + "\n")
        .map_err(|e| Failure {
            outcome: Outcome::Error,
            message: format!("could not write JSON: {e}"),
        })
}

/// Replaces control characters, so a file from a stranger cannot send escape
/// sequences to the terminal. Line breaks stay.
pub fn terminal_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
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
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(terminal_safe("a\u{1b}[2Jb\nc"), "a\u{fffd}[2Jb\nc");
    }

    fn parsed(args: &[&str]) -> Invocation {
        invocation(Args::try_parse_from(args))
    }

    #[test]
    fn no_subcommand_means_the_window() {
        assert!(matches!(
            parsed(&["cx-recipe"]),
            Invocation::Window { file: None }
        ));
        let Invocation::Window { file: Some(file) } = parsed(&["cx-recipe", "a.ron"]) else {
            panic!("expected the window with a file");
        };
        assert!(file.is_absolute() && file.ends_with("a.ron"), "{file:?}");
        assert!(matches!(
            parsed(&["cx-recipe", "check", "a.ron"]),
            Invocation::Subcommand(_)
        ));
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(spreadsheet_safe("Speed"), "Speed");
    }
}
