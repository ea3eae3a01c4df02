//! `cx-recipe diff`: two recipes compared by share, ingredient by
//! ingredient, as a table of the change in percentage points, with the two
//! files named above it.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::console::{Console, Stop};
use super::report::{self, FileRef, ReportFormat};
use super::{Failure, Outcome};
use crate::recipe::diff::{Diff, diff};
use crate::recipe::{Recipe, format};

/// The arguments of `diff`.
#[derive(Debug, clap::Args)]
pub(super) struct DiffArgs {
    /// The first recipe, A (e.g. the service as it is).
    a: PathBuf,
    /// The second recipe, B (e.g. as it should be); the change is B − A.
    b: PathBuf,
    /// text or markdown for people, json for scripts.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
}

/// The JSON of `diff --format json`: a contract for scripts; only add
/// fields, never rename or remove one.
#[derive(Serialize)]
struct JsonDiff<'a> {
    /// The first file and its title.
    a: FileRef<'a>,
    /// The second file and its title.
    b: FileRef<'a>,
    #[serde(flatten)]
    diff: &'a Diff,
}

pub(super) fn run(console: &mut Console, args: &DiffArgs) -> Result<Outcome, Stop> {
    let DiffArgs { a, b, format } = args;
    let loaded_a = format::load(a);
    let loaded_b = format::load(b);
    let (recipe_a, recipe_b) = match (loaded_a, loaded_b) {
        (Ok(ra), Ok(rb)) => (ra, rb),
        (ra, rb) => {
            // Both files named, not only the first that failed.
            for e in [ra.err(), rb.err()].into_iter().flatten() {
                let said = format!("error: {}", report::one_line(&e.to_string()));
                console.problem(Failure::from(e).outcome, &said);
            }
            return Ok(Outcome::Ok);
        }
    };
    let d = diff(&recipe_a, &recipe_b);
    let text = match format {
        ReportFormat::Text => {
            let header = |side: &str, path: &Path, recipe: &Recipe| {
                format!(
                    "{side}: {} — {}\n",
                    report::one_line(&path.display().to_string()),
                    report::one_line(report::shown_title(&recipe.title))
                )
            };
            header("A", a, &recipe_a) + &header("B", b, &recipe_b) + "\n" + &d.to_text()
        }
        ReportFormat::Markdown => {
            let header = |side: &str, path: &Path, recipe: &Recipe| {
                format!(
                    "- **{side}:** {} — {}\n",
                    report::markdown_text(&path.display().to_string()),
                    report::markdown_text(report::shown_title(&recipe.title))
                )
            };
            header("A", a, &recipe_a) + &header("B", b, &recipe_b) + "\n" + &d.to_markdown()
        }
        ReportFormat::Json => report::json(&JsonDiff {
            a: FileRef {
                file: a.display().to_string(),
                title: &recipe_a.title,
            },
            b: FileRef {
                file: b.display().to_string(),
                title: &recipe_b.title,
            },
            diff: &d,
        })?,
    };
    console.out(&text)?;
    Ok(Outcome::Ok)
}
