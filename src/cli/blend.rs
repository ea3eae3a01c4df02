//! `cx-recipe blend`: the participants' recipe files blended into one team
//! recipe, written atomically, with a report of each ingredient's mean and
//! how far the participants disagree. With any input invalid, nothing is
//! written unless `--skip-invalid` asks to blend the rest.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::console::{Console, Stop};
use super::report::{self, FileRef, ReportFormat, one_line};
use super::{Failure, Outcome};
use crate::recipe::blend::{Blend, Participant, blend};
use crate::recipe::inputs::{self, FileId};
use crate::recipe::{Recipe, SaveError, format};

/// The title of a blend unless `--title` gives one.
const DEFAULT_TITLE: &str = "Team blend";

/// The arguments of `blend`.
#[derive(Debug, clap::Args)]
pub(super) struct BlendArgs {
    /// The participants' recipe files, one per person or team; each is
    /// labelled by its file name (with its folder where two share a name).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The blend to write, as a recipe in parts of 100; never one of the
    /// inputs.
    #[arg(short = 'o', long = "output", value_name = "TEAM.ron")]
    output: PathBuf,
    /// text or markdown for people, json for scripts.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// Blend the files that load even if others do not; each file left out
    /// is still named on stderr, with its error.
    #[arg(long)]
    skip_invalid: bool,
    /// The blend's title.
    #[arg(long, default_value = DEFAULT_TITLE)]
    title: String,
}

/// A file that could not be loaded.
#[derive(Serialize)]
struct Unloaded {
    /// The path as given.
    file: String,
    /// Why, naming the file and, where it has one, the line and column.
    error: String,
    #[serde(skip)]
    outcome: Outcome,
}

/// The JSON of `blend --format json`: a contract for scripts; only add
/// fields, never rename or remove one.
#[derive(Serialize)]
struct JsonBlend<'a> {
    /// The file written and the blend's title.
    output: FileRef<'a>,
    /// `participants`, `skipped` (zero totals) and `ingredients`.
    #[serde(flatten)]
    blend: &'a Blend,
    /// The files left out under `--skip-invalid`, with their errors.
    skipped_invalid: &'a [Unloaded],
}

pub(super) fn run(console: &mut Console, args: &BlendArgs) -> Result<Outcome, Stop> {
    let BlendArgs {
        files,
        output,
        format,
        skip_invalid,
        title,
    } = args;
    check_request(files, output, title)?;
    let labels = inputs::labels(files);
    let mut loaded: Vec<(String, &PathBuf, Recipe)> = Vec::new();
    let mut unloaded: Vec<Unloaded> = Vec::new();
    for (path, label) in files.iter().zip(labels) {
        match format::load(path) {
            Ok(recipe) => loaded.push((label, path, recipe)),
            Err(e) => unloaded.push(Unloaded {
                file: path.display().to_string(),
                error: e.to_string(),
                outcome: Failure::from(e).outcome,
            }),
        }
    }
    let shown_output = one_line(&output.display().to_string());
    if !unloaded.is_empty() && !skip_invalid {
        for u in &unloaded {
            console.problem(u.outcome, &format!("error: {}", one_line(&u.error)));
        }
        console.note(&format!(
            "error: nothing written to {shown_output}: {} of {} files could not be \
             loaded (--skip-invalid blends the others)",
            unloaded.len(),
            files.len()
        ));
        return Ok(Outcome::Ok);
    }
    for u in &unloaded {
        console.note(&format!("skipped: {}", one_line(&u.error)));
    }
    for (_, path, recipe) in &loaded {
        if recipe.shares().is_none() {
            console.note(&format!(
                "skipped: {}: its total is zero, so it has no shares to blend",
                one_line(&path.display().to_string())
            ));
        }
    }
    let participants: Vec<Participant<'_>> = loaded
        .iter()
        .map(|(label, _, recipe)| Participant {
            label: label.clone(),
            recipe,
        })
        .collect();
    let blended = blend(&participants);
    if blended.participants.is_empty() {
        return Err(Stop::Failed(Failure {
            outcome: Outcome::Problem,
            message: format!(
                "nothing written to {shown_output}: no recipe to blend (each one \
                 could not be loaded or has a total of zero)"
            ),
        }));
    }
    let recipe = blended.to_recipe(title);
    format::save(output, &recipe).map_err(|e| Failure {
        outcome: match e {
            SaveError::Io { .. } => Outcome::Error,
            SaveError::Invalid { .. } => Outcome::Problem,
        },
        message: e.to_string(),
    })?;
    let n = recipe.ingredients.len();
    let noun = if n == 1 { "ingredient" } else { "ingredients" };
    let saved = |safe: fn(&str) -> String| {
        format!(
            "Saved the blend as {}: \"{}\", {n} {noun} in parts of 100.\n",
            safe(&output.display().to_string()),
            safe(title)
        )
    };
    let text = match format {
        ReportFormat::Text => format!("{}\n{}", blended.to_text(), saved(one_line)),
        ReportFormat::Markdown => format!(
            "{}\n{}",
            blended.to_markdown(),
            saved(report::markdown_text)
        ),
        ReportFormat::Json => report::json(&JsonBlend {
            output: FileRef {
                file: output.display().to_string(),
                title,
            },
            blend: &blended,
            skipped_invalid: &unloaded,
        })?,
    };
    console.out(&text)?;
    Ok(Outcome::Ok)
}

/// Refuses, before any work, a title no file may hold, an output that is
/// one of the inputs, and a file given twice (it would count twice).
fn check_request(files: &[PathBuf], output: &Path, title: &str) -> Result<(), Failure> {
    let probe = Recipe {
        title: title.to_owned(),
        ..Recipe::default()
    };
    format::validate(&probe).map_err(|e| Failure::usage(format!("--title: {e}")))?;
    let output_id = FileId::of(output);
    let twins = inputs::earlier_twins(files);
    for (file, twin) in files.iter().zip(twins) {
        if FileId::of(file).is(&output_id) {
            return Err(Failure::usage(format!(
                "{}: the output is one of the inputs; write the blend to another \
                 file (-o), so that no participant's recipe is overwritten",
                output.display()
            )));
        }
        if let Some(twin) = twin.and_then(|at| files.get(at)) {
            return Err(Failure::usage(format!(
                "{} and {} are the same file; each participant counts once",
                twin.display(),
                file.display()
            )));
        }
    }
    Ok(())
}
