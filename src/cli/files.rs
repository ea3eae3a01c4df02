//! The subcommands that take files: `check` them, tidy them with `fmt`, and
//! `export` a recipe's chart as a picture.

use std::path::{Path, PathBuf};

use super::{Failure, Outcome, terminal_safe};
use crate::chart::{self, ExportFormat, ExportOptions};
use crate::recipe::{checks, format};

/// `check`: "ok FILE (N ingredients)" on stdout for each valid file, its
/// warnings on stderr; with `deny_warnings`, a warning makes the outcome a
/// problem (exit 1).
pub(super) fn check(files: &[PathBuf], deny_warnings: bool) -> Outcome {
    let mut worst = Outcome::Ok;
    let mut warned = 0_usize;
    for path in files {
        match format::load(path) {
            Ok(recipe) => {
                let shown = terminal_safe(&path.display().to_string());
                let n = recipe.ingredients.len();
                let noun = if n == 1 { "ingredient" } else { "ingredients" };
                println!("ok {shown} ({n} {noun})");
                for warning in checks::warnings(&recipe) {
                    eprintln!("warning: {shown}: {}", terminal_safe(&warning.message));
                    warned += 1;
                }
            }
            Err(e) => {
                eprintln!("{}", terminal_safe(&e.to_string()));
                worst = worst.max(Failure::from(e).outcome);
            }
        }
    }
    if deny_warnings && warned > 0 {
        let noun = if warned == 1 { "warning" } else { "warnings" };
        eprintln!("error: {warned} {noun}, denied by --deny-warnings");
        worst = worst.max(Outcome::Problem);
    }
    worst
}

pub(super) fn fmt(files: &[PathBuf], check_only: bool) -> Outcome {
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

/// `export`: the chart as the output's extension asks (SVG, PNG, or a
/// spreadsheet), written by [`chart::export`], the function the window's
/// exports call, so both write the same bytes.
pub(super) fn export(
    path: &Path,
    output: &Path,
    options: &ExportOptions,
) -> Result<Outcome, Failure> {
    options
        .size
        .validate()
        .map_err(|e| Failure::usage(e.to_string()))?;
    let Some(format) = ExportFormat::from_path(output) else {
        return Err(Failure::usage(format!(
            "{}: expected the output to end in .svg or .png (a picture) or .xlsx (a spreadsheet)",
            output.display()
        )));
    };
    let recipe = format::load(path)?;
    let bytes = chart::export(&recipe, format, options).map_err(|e| Failure {
        outcome: Outcome::Error,
        message: e.to_string(),
    })?;
    crate::recipe::write_atomically(output, &bytes).map_err(|e| Failure {
        outcome: Outcome::Error,
        message: format!("{}: could not write the file: {e}", output.display()),
    })?;
    Ok(Outcome::Ok)
}
