//! The `cx-recipe` command line: parse the arguments into validated types,
//! run one subcommand on top of `recipe` and `chart`, and say how it went in
//! the exit code (0 ok, 1 a file is invalid or would change, 2 a usage or
//! I/O error). The arguments may instead ask for the window, which `main`
//! opens; nothing here knows the window.

mod blend;
mod compare;
mod files;
mod inputs;
mod report;
mod summary;

use std::path::PathBuf;

use clap::Parser;

use crate::chart::ExportSize;
use crate::recipe::format::LoadError;
use summary::SummaryFormat;

pub use crate::outcome::Outcome;

/// Mix weighted customer-experience ingredients into a recipe, see it as a
/// pie chart, and share it as a small text file.
///
/// Without a subcommand, opens the window (with FILE, if given).
// The usage says `cx-recipe` whatever the program file is called
// (`cx-recipe.exe`, `cx-recipew.exe`), so help reads alike everywhere.
#[derive(Debug, Parser)]
#[command(
    name = "cx-recipe",
    bin_name = "cx-recipe",
    version,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// A recipe file to open in the window.
    file: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Check that recipe files are valid; prints "ok FILE (N ingredients)"
    /// or the error for each, and "warning: FILE: …" for what a valid file
    /// may not mean (duplicate or empty names, steps out of order).
    Check {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Exit 1 when any file has a warning.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Print a recipe as a table: name, amount, unit, share; then, where the
    /// recipe has them, its baking/cooking balance, advice and method.
    Summary {
        /// The recipe file.
        file: PathBuf,
        /// The table's format: text or markdown for an email, csv for a
        /// spreadsheet, json for scripts.
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
        /// Decimals of the rounded percentages (0–6); they always add up to 100.
        #[arg(long, default_value_t = crate::recipe::table_text::SUMMARY_DECIMALS, value_parser = clap::value_parser!(u8).range(0..=6))]
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
        #[arg(long, default_value_t = crate::chart::EXPORT_DECIMALS, value_parser = clap::value_parser!(u8).range(0..=6))]
        decimals: u8,
    },
    /// Compare two recipes by share: the change per ingredient in percentage
    /// points, the largest first.
    Diff(compare::DiffArgs),
    /// Blend participants' recipes into one team recipe (mean shares, in
    /// parts of 100), and report how far they disagree.
    Blend(blend::BlendArgs),
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
        Command::Check {
            files,
            deny_warnings,
        } => Ok(files::check(&files, deny_warnings)),
        Command::Summary {
            file,
            format,
            decimals,
        } => summary::summary(&file, format, decimals),
        Command::Fmt { files, check } => Ok(files::fmt(&files, check)),
        Command::Export {
            file,
            output,
            width,
            height,
            decimals,
        } => files::export(
            &file,
            &output,
            ExportSize {
                width_px: width,
                height_px: height,
            },
            decimals,
        ),
        Command::Diff(args) => compare::run(&args),
        Command::Blend(args) => blend::run(&args),
    };
    match result {
        Ok(outcome) => outcome,
        Err(Failure { outcome, message }) => {
            eprintln!("error: {}", terminal_safe(&message));
            outcome
        }
    }
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
}
