//! The recipe file format: pretty RON that a person can read in an email and
//! edit in a text editor, with a version, and limits for files from strangers.
//!
//! A file looks like this (version 1):
//!
//! ```ron
//! // A CX Recipe Designer recipe: open it with cx-recipe, or read and edit it as text.
//! (
//!     version: 1,
//!     title: "Ideal CX",
//!     ingredients: [
//!         (
//!             name: "Efficiency",
//!             amount: 1.0,
//!             unit: Litre,
//!             colour: "#0072b2",
//!         ),
//!     ],
//! )
//! ```
//!
//! Version 2 adds optional fields: `tag` (`Baking` or `Cooking`) on an
//! ingredient; `profile`, `budget` and `steps` on the recipe:
//!
//! ```ron
//! (
//!     version: 2,
//!     title: "Bake, then cook",
//!     profile: (personality: High, products: Middle, size: High, industry: VeryHigh),
//!     ingredients: [
//!         (name: "Metrics", amount: 20.0, unit: Part, colour: "#0072b2", tag: Baking),
//!     ],
//!     steps: [
//!         (title: "Measure first", ingredients: ["Metrics"]),
//!     ],
//! )
//! ```
//!
//! Files a person writes by hand load too: `version` left out reads as the
//! newest; `colour` left out is the palette's for the position; units and
//! tags in the forms people write (`cups`, `tbsp`, `l`, `points`, `baking`);
//! a decimal comma is named at its line and column.
//!
//! A chart exported as PNG or SVG carries the recipe's canonical text, and
//! [`load`] reads it back from the picture (see [`image`]).
//!
//! Growing the format: a new field gets `#[serde(default)]` so that every
//! file written before keeps loading; a change an older app could not read
//! safely raises [`FORMAT_VERSION`], and only for recipes that use it.

mod errors;
pub mod image;
mod lenient;
mod limits;
mod read;
mod write;

use std::fs;
use std::io::{self, Read as _};
use std::path::Path;

pub use errors::{LoadError, SaveError};
pub use image::{FileKind, MAX_IMAGE_BYTES};
pub use limits::{
    MAX_AMOUNT, MAX_FILE_BYTES, MAX_INGREDIENTS, MAX_NAME_CHARS, MAX_STEPS, MAX_TEXT_CHARS,
    validate,
};
pub use read::parse;
pub use write::{picture_extension, save, to_ron};

use super::Recipe;

/// The newest version this build reads. It writes version 1 for a recipe
/// that uses nothing newer, so that older apps can open it, and this
/// version for one with tags, a profile, steps or a budget.
pub const FORMAT_VERSION: u32 = 2;

/// Reads, checks and parses a recipe file, or the recipe inside a chart
/// exported as PNG or SVG (told by content, not by name).
///
/// # Errors
/// A [`LoadError`] naming the file, and the line and column where it has one.
pub fn load(path: &Path) -> Result<Recipe, LoadError> {
    let shown = path.display().to_string();
    let (mut file, size) = open(path)?;
    let io_err = |source| LoadError::Io {
        path: shown.clone(),
        source,
    };
    let mut bytes = Vec::new();
    (&mut file)
        .take(FileKind::SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    let kind = FileKind::sniff(&bytes);
    let limit = kind.max_bytes();
    if size > limit {
        return Err(too_large(kind, shown, size));
    }
    // One byte past the limit, in case the file grew since.
    file.take((limit + 1).saturating_sub(bytes.len() as u64))
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(kind, shown, bytes.len() as u64));
    }
    image::parse_file(&bytes, kind, &shown)
}

/// Reads a file's bytes, refusing a folder or a file over [`MAX_FILE_BYTES`]
/// before reading it.
///
/// # Errors
/// [`LoadError::Io`] or [`LoadError::TooLarge`], naming the file.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let shown = path.display().to_string();
    let (file, size) = open(path)?;
    if size > MAX_FILE_BYTES {
        return Err(too_large(FileKind::Recipe, shown, size));
    }
    // Read one byte past the limit, in case the file grew since; `parse`
    // refuses it then.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: shown,
            source,
        })?;
    Ok(bytes)
}

/// Opens a file for reading, refusing a folder; with its size.
fn open(path: &Path) -> Result<(fs::File, u64), LoadError> {
    let io_err = |source| LoadError::Io {
        path: path.display().to_string(),
        source,
    };
    let folder = || {
        io_err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a folder, not a recipe file",
        ))
    };
    // A folder is named as one before opening it (Windows cannot open one).
    if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(folder());
    }
    let file = fs::File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    if meta.is_dir() {
        return Err(folder());
    }
    Ok((file, meta.len()))
}

/// The error for a file over its kind's limit.
fn too_large(kind: FileKind, path: String, size: u64) -> LoadError {
    match kind {
        FileKind::Recipe => LoadError::TooLarge {
            path,
            size,
            limit: MAX_FILE_BYTES,
        },
        FileKind::Png | FileKind::Svg => LoadError::Image {
            path,
            message: image::too_large(size),
        },
    }
}
