//! The `cx-recipe` command line: parse the arguments into validated types,
//! run one subcommand on top of `recipe` and `chart`, and say how it went in
//! the exit code (0 ok, 1 a file is invalid or would change, 2 a usage or
//! I/O error). The arguments may instead ask for the window, which `main`
//! opens; nothing here knows the window.

mod blend;
mod compare;
mod console;
mod files;
mod report;
mod room;
mod summary;

use std::path::PathBuf;

use clap::Parser;

use crate::chart::ExportSize;
use crate::recipe::format::LoadError;
use console::{Console, Stop};
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
    /// SVG or PNG file, or write it as a spreadsheet (.xlsx) with a native
    /// chart, without a window.
    Export {
        /// The recipe file.
        file: PathBuf,
        /// The file to write: its name ends in .svg, .png or .xlsx.
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
        /// Show the baking/cooking balance and the advice's verdict under
        /// the chart (PNG and SVG; a spreadsheet always has them).
        #[arg(long)]
        with_balance: bool,
        /// The language of the words and number format the export adds:
        /// en, es or de (the window's exports use the window's language).
        #[arg(long, value_name = "LANG", default_value = "en", value_parser = parse_lang)]
        lang: crate::i18n::Lang,
    },
    /// Compare two recipes by share: the change per ingredient in percentage
    /// points, the largest first.
    Diff(compare::DiffArgs),
    /// Blend participants' recipes into one team recipe (mean shares, in
    /// parts of 100), and report how far they disagree.
    Blend(blend::BlendArgs),
    /// Open a room: participants answer the recipe from their phones'
    /// browsers on this network; each answer is a recipe file in the room's
    /// folder. Prints the address on its first line; Ctrl+C closes it.
    Room(room::RoomArgs),
}

/// `--lang`: one of the product's languages by its code.
fn parse_lang(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::ALL
        .into_iter()
        .find(|l| l.code().eq_ignore_ascii_case(text.trim()))
        .ok_or_else(|| format!("expected en, es or de, found {text:?}"))
}

/// An error that ends a subcommand: shown once, with its exit code.
#[derive(Debug)]
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

/// Runs a parsed subcommand, all its output through one console on stdout
/// and stderr; a closed stdout ends it quietly (see `cli/console.rs`).
pub fn run(subcommand: Subcommand) -> Outcome {
    run_on(&mut Console::stdio(), subcommand)
}

fn run_on(console: &mut Console, subcommand: Subcommand) -> Outcome {
    let Subcommand(command) = subcommand;
    let result = match command {
        Command::Check {
            files,
            deny_warnings,
        } => files::check(console, &files, deny_warnings),
        Command::Summary {
            file,
            format,
            decimals,
        } => summary::summary(console, &file, format, decimals),
        Command::Fmt { files, check } => files::fmt(console, &files, check),
        Command::Export {
            file,
            output,
            width,
            height,
            decimals,
            with_balance,
            lang,
        } => files::export(
            &file,
            &output,
            &crate::chart::ExportOptions {
                size: ExportSize {
                    width_px: width,
                    height_px: height,
                },
                decimals,
                lang,
                with_balance,
            },
        )
        .map_err(Stop::from),
        Command::Diff(args) => compare::run(console, &args),
        Command::Blend(args) => blend::run(console, &args),
        Command::Room(args) => room::run(console, &args),
    };
    match result {
        Ok(outcome) => console.record(outcome),
        // Stdout's reader has gone: the outcome is what was found so far.
        Err(Stop::Closed) => {}
        Err(Stop::Failed(Failure { outcome, message })) => {
            console.problem(outcome, &format!("error: {}", terminal_safe(&message)));
        }
    }
    console.worst()
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
