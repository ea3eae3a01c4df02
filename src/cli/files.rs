//! The subcommands that take files: `check` them, tidy them with `fmt`, and
//! `export` a recipe's chart as a picture.

use std::path::{Path, PathBuf};

use super::console::{Console, Stop};
use super::{Failure, Outcome, terminal_safe};
use crate::chart::{self, ExportFormat, ExportOptions};
use crate::recipe::{checks, format};

/// `check`: "ok FILE (N ingredients)" on stdout for each valid file, its
/// warnings on stderr; with `deny_warnings`, a warning makes the outcome a
/// problem (exit 1). Stops when stdout's reader has gone.
pub(super) fn check(
    console: &mut Console,
    files: &[PathBuf],
    deny_warnings: bool,
) -> Result<Outcome, Stop> {
    let mut warned = 0_usize;
    for path in files {
        match format::load(path) {
            Ok(recipe) => {
                let shown = terminal_safe(&path.display().to_string());
                let n = recipe.ingredients.len();
                let noun = if n == 1 { "ingredient" } else { "ingredients" };
                console.out(&format!("ok {shown} ({n} {noun})\n"))?;
                for warning in checks::warnings(&recipe) {
                    console.note(&format!(
                        "warning: {shown}: {}",
                        terminal_safe(&warning.message)
                    ));
                    warned += 1;
                    if deny_warnings {
                        console.record(Outcome::Problem);
                    }
                }
            }
            Err(e) => {
                let shown = terminal_safe(&e.to_string());
                console.problem(Failure::from(e).outcome, &shown);
            }
        }
    }
    if deny_warnings && warned > 0 {
        let noun = if warned == 1 { "warning" } else { "warnings" };
        console.problem(
            Outcome::Problem,
            &format!("error: {warned} {noun}, denied by --deny-warnings"),
        );
    }
    Ok(Outcome::Ok)
}

/// `fmt`: rewrites each file that is not in the canonical layout, or with
/// `check_only` lists it. Every file is done even when stdout's reader has
/// gone: the files are the work, the listing only a report.
pub(super) fn fmt(
    console: &mut Console,
    files: &[PathBuf],
    check_only: bool,
) -> Result<Outcome, Stop> {
    for path in files {
        let shown = terminal_safe(&path.display().to_string());
        let tidy = format::read_limited(path).and_then(|bytes| {
            let recipe = format::parse(&bytes, &path.display().to_string())?;
            Ok((bytes, recipe))
        });
        let (bytes, recipe) = match tidy {
            Ok(found) => found,
            Err(e) => {
                let said = terminal_safe(&e.to_string());
                console.problem(Failure::from(e).outcome, &said);
                continue;
            }
        };
        let canonical = match format::to_ron(&recipe) {
            Ok(text) => text,
            // E.g. quotes in raw strings (`r#"…"#`) that the canonical
            // layout escapes, past the size any reader opens.
            Err(message) => {
                console.problem(
                    Outcome::Problem,
                    &format!(
                        "{shown}: not reformatted: {}; the file was left as it was",
                        terminal_safe(&message)
                    ),
                );
                continue;
            }
        };
        if canonical.as_bytes() == bytes.as_slice() {
            continue;
        }
        if check_only {
            console.record(Outcome::Problem);
            console.list(&format!("would reformat {shown}"))?;
        } else if let Err(e) = format::save(path, &recipe) {
            console.problem(Outcome::Error, &terminal_safe(&e.to_string()));
        } else {
            console.list(&format!("formatted {shown}"))?;
        }
    }
    Ok(Outcome::Ok)
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
