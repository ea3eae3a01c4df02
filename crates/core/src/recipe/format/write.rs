//! Writing a recipe file: the canonical text, and the atomic save.

use std::path::Path;

use serde::Serialize;

use super::limits::{check_written_size, validate};
use super::{FORMAT_VERSION, SaveError};
use crate::recipe::{Colour, Profile, Recipe, Step, Tag, Unit, atomic};

/// The first line of every file written, so that a person who receives one
/// knows what it is.
const HEADER: &str =
    "// A CX Recipe Designer recipe: open it with cx-recipe, or read and edit it as text.\n";

/// The canonical text of a recipe: the same recipe always gives the same
/// bytes, on every platform (`\n` line ends, fixed field order, shortest
/// round-tripping floats). What it returns, [`super::parse`] reads back as
/// the same recipe: every path that writes a recipe (a save, `fmt`, the
/// window's recovery copy, a team blend, the text inside an exported chart)
/// takes its text from here.
///
/// # Errors
/// If the recipe breaks a rule every file must keep (see [`validate`]), or
/// its text would be over [`super::MAX_FILE_BYTES`], which no reader would
/// open: a message naming the field, or the size and the largest text.
pub fn to_ron(recipe: &Recipe) -> Result<String, String> {
    validate(recipe)?;
    let file = FileOut::from(recipe);
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false);
    let body = ron::ser::to_string_pretty(&file, config).map_err(|e| e.to_string())?;
    let text = format!("{HEADER}{body}\n");
    check_written_size(recipe, text.len())?;
    Ok(text)
}

/// Saves a recipe atomically: the old file survives any failure.
///
/// A name ending in `.png` or `.svg` is refused: a recipe opened from an
/// exported chart must not be saved as text over the picture.
///
/// # Errors
/// A [`SaveError`] naming the file; the file on disk is then unchanged.
pub fn save(path: &Path, recipe: &Recipe) -> Result<(), SaveError> {
    let shown = path.display().to_string();
    if let Some(picture) = picture_extension(path) {
        return Err(SaveError::Invalid {
            path: shown,
            message: format!(
                "this is a picture ({picture}); a recipe is saved as text, under a name \
                 ending in .ron"
            ),
        });
    }
    let text = to_ron(recipe).map_err(|message| SaveError::Invalid {
        path: shown.clone(),
        message,
    })?;
    atomic::write_atomically(path, text.as_bytes()).map_err(|source| SaveError::Io {
        path: shown,
        source,
    })
}

/// "PNG" or "SVG" for a file name with that extension, in any case: a
/// picture that may carry a recipe, never a file to save a recipe to.
pub fn picture_extension(path: &Path) -> Option<&'static str> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "png" => Some("PNG"),
        "svg" => Some("SVG"),
        _ => None,
    }
}

/// A recipe as written to a file; fields in this order.
#[derive(Serialize)]
struct FileOut<'a> {
    version: u32,
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    author: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    notes: &'a str,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    profile: Option<&'a Profile>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    budget: Option<f64>,
    ingredients: Vec<IngredientOut<'a>>,
    #[serde(skip_serializing_if = "<[Step]>::is_empty")]
    steps: &'a [Step],
}

/// An ingredient as written to a file.
#[derive(Serialize)]
struct IngredientOut<'a> {
    name: &'a str,
    amount: f64,
    unit: Unit,
    colour: Colour,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    tag: Option<Tag>,
    #[serde(skip_serializing_if = "str::is_empty")]
    note: &'a str,
    #[serde(skip_serializing_if = "is_false")]
    locked: bool,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if takes a reference"
)]
fn is_false(b: &bool) -> bool {
    !*b
}

/// An optional field written as its value (`tag: Baking`), not as RON's
/// `Some(Baking)`: it is left out when absent, and people read it as written.
#[expect(
    clippy::ref_option,
    reason = "serde's serialize_with takes a reference to the field"
)]
fn bare<T: Serialize, S: serde::Serializer>(value: &Option<T>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => v.serialize(s),
        None => s.serialize_none(),
    }
}

impl<'a> From<&'a Recipe> for FileOut<'a> {
    fn from(r: &'a Recipe) -> Self {
        Self {
            // A recipe that uses nothing new stays readable by older apps.
            version: if r.uses_new_fields() {
                FORMAT_VERSION
            } else {
                1
            },
            title: &r.title,
            author: &r.author,
            notes: &r.notes,
            profile: r.profile.as_ref(),
            budget: r.budget,
            ingredients: r
                .ingredients
                .iter()
                .map(|i| IngredientOut {
                    name: &i.name,
                    amount: if i.amount == 0.0 { 0.0 } else { i.amount },
                    unit: i.unit,
                    colour: i.colour,
                    tag: i.tag,
                    note: &i.note,
                    locked: i.locked,
                })
                .collect(),
            steps: &r.steps,
        }
    }
}
