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
//! Growing the format: a new field gets `#[serde(default)]` so that every
//! file written before keeps loading; a change an older app could not read
//! safely raises [`FORMAT_VERSION`].

use std::fs;
use std::io::{self, Read as _};
use std::path::Path;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{Colour, Ingredient, Recipe, Unit, atomic};

/// The version this build writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
/// A file over this size is refused before it is parsed.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most ingredients one recipe may have.
pub const MAX_INGREDIENTS: usize = 1000;
/// The longest ingredient name or recipe title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note or author, in characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The largest amount, in any unit: far beyond any real recipe, and small
/// enough that a thousand of them still add up to a finite total.
pub const MAX_AMOUNT: f64 = 1e12;

/// The first line of every file written, so that a person who receives one
/// knows what it is.
const HEADER: &str =
    "// A CX Recipe Designer recipe: open it with cx-recipe, or read and edit it as text.\n";

/// Why a recipe file could not be loaded. Every message starts with the file
/// and, where the problem has a place, its line and column.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The file is over [`MAX_FILE_BYTES`].
    #[error(
        "{path}: the file is larger than the limit of {limit} bytes for a recipe \
         ({size} bytes); it is not a recipe, or not one this app can open safely"
    )]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes (at least).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The text is not what was expected at a place.
    #[error("{path}:{line}:{col}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        col: usize,
        /// What was expected, and what was found.
        message: String,
    },
    /// Written by a newer version of the app.
    #[error(
        "{path}:{line}:{col}: this recipe is in file format version {found}, from a newer \
         CX Recipe Designer; this version reads format {supported} and older. \
         Update CX Recipe Designer to open it"
    )]
    NewerVersion {
        /// The file.
        path: String,
        /// Line of the version field.
        line: usize,
        /// Column of the version field.
        col: usize,
        /// The version in the file.
        found: u32,
        /// [`FORMAT_VERSION`].
        supported: u32,
    },
    /// Well-formed, but not a valid recipe (e.g. parts mixed with volumes).
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

impl LoadError {
    /// Whether this is a failure to read the file at all, rather than a
    /// problem with its contents.
    pub fn is_io(&self) -> bool {
        matches!(self, Self::Io { .. })
    }
}

/// Why a recipe could not be saved. The old file is always left as it was.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing failed.
    #[error("{path}: could not save ({source}); the file on disk was left as it was")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: io::Error,
    },
    /// The recipe breaks a rule every file must keep.
    #[error("{path}: not saved: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
}

/// Reads, checks and parses a recipe file.
///
/// # Errors
/// A [`LoadError`] naming the file, and the line and column where it has one.
pub fn load(path: &Path) -> Result<Recipe, LoadError> {
    let bytes = read_limited(path)?;
    parse(&bytes, &path.display().to_string())
}

/// Reads a file's bytes, refusing a folder or a file over [`MAX_FILE_BYTES`]
/// before reading it.
///
/// # Errors
/// [`LoadError::Io`] or [`LoadError::TooLarge`], naming the file.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let shown = path.display().to_string();
    let io_err = |source| LoadError::Io {
        path: shown.clone(),
        source,
    };
    // A folder is named as one before opening it (Windows cannot open one).
    if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(io_err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a folder, not a recipe file",
        )));
    }
    let file = fs::File::open(path).map_err(io_err)?;
    let meta = file.metadata().map_err(io_err)?;
    if meta.is_dir() {
        return Err(io_err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "is a folder, not a recipe file",
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: shown,
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    // Read one byte past the limit, in case the file grew since; `parse`
    // refuses it then.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err)?;
    Ok(bytes)
}

/// Checks and parses the bytes of a recipe file; `origin` names it in errors.
/// This is the one path every recipe from outside goes through.
///
/// # Errors
/// A [`LoadError`] naming `origin`, with a line and column where it has one.
pub fn parse(bytes: &[u8], origin: &str) -> Result<Recipe, LoadError> {
    let path = origin.to_owned();
    let len = bytes.len() as u64;
    if len > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path,
            size: len,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, col) = line_col(bytes.get(..e.valid_up_to()).unwrap_or_default());
            let byte = bytes.get(e.valid_up_to()).copied().unwrap_or_default();
            return Err(LoadError::Syntax {
                path,
                line,
                col,
                message: format!(
                    "expected UTF-8 text, found the byte 0x{byte:02x}; \
                     a recipe file is plain text in UTF-8"
                ),
            });
        }
    };
    // Windows editors (Notepad) may start a UTF-8 file with a byte-order
    // mark; it is not part of the recipe. Columns on line 1 then count from
    // after it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Err(LoadError::Syntax {
            path,
            line: 1,
            col: 1,
            message: "expected a recipe such as `(version: 1, title: \"…\", ingredients: [ … ])`, \
                      found an empty file"
                .to_owned(),
        });
    }

    let options = ron::Options::default();
    // A first light look at the version alone, so that a file from a newer
    // app is refused for that reason and not for a field this one lacks.
    if let Ok(probe) = options.from_str::<VersionProbe>(text)
        && probe.version > FORMAT_VERSION
    {
        let (line, col) = find_version(text);
        return Err(LoadError::NewerVersion {
            path,
            line,
            col,
            found: probe.version,
            supported: FORMAT_VERSION,
        });
    }

    let file: FileIn = options.from_str(text).map_err(|e| LoadError::Syntax {
        path: path.clone(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: describe(&e.code),
    })?;
    if file.version == 0 {
        let (line, col) = find_version(text);
        return Err(LoadError::Syntax {
            path,
            line,
            col,
            message: format!("expected a format version from 1 to {FORMAT_VERSION}, found 0"),
        });
    }
    let recipe = file.into_recipe();
    validate(&recipe).map_err(|message| LoadError::Invalid { path, message })?;
    Ok(recipe)
}

/// The canonical text of a recipe: the same recipe always gives the same
/// bytes, on every platform (`\n` line ends, fixed field order, shortest
/// round-tripping floats).
///
/// # Errors
/// Only if the recipe breaks a rule every file must keep (see [`validate`]).
pub fn to_ron(recipe: &Recipe) -> Result<String, String> {
    validate(recipe)?;
    let file = FileOut::from(recipe);
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false);
    let body = ron::ser::to_string_pretty(&file, config).map_err(|e| e.to_string())?;
    Ok(format!("{HEADER}{body}\n"))
}

/// Saves a recipe atomically: the old file survives any failure.
///
/// # Errors
/// A [`SaveError`] naming the file; the file on disk is then unchanged.
pub fn save(path: &Path, recipe: &Recipe) -> Result<(), SaveError> {
    let shown = path.display().to_string();
    let text = to_ron(recipe).map_err(|message| SaveError::Invalid {
        path: shown.clone(),
        message,
    })?;
    atomic::write_atomically(path, text.as_bytes()).map_err(|source| SaveError::Io {
        path: shown,
        source,
    })
}

/// Checks the rules every recipe file keeps: the limits, finite amounts of 0
/// or more, and one unit system.
///
/// # Errors
/// A message naming the ingredient and the limit it breaks.
pub fn validate(recipe: &Recipe) -> Result<(), String> {
    check_name(&recipe.title, "the title")?;
    check_text(&recipe.author, "the author")?;
    check_text(&recipe.notes, "the notes")?;
    if recipe.ingredients.len() > MAX_INGREDIENTS {
        return Err(too_many(recipe.ingredients.len()));
    }
    for (i, ing) in recipe.ingredients.iter().enumerate() {
        let which = format!("ingredient {} ({:?})", i + 1, ing.name);
        check_name(&ing.name, &which)?;
        check_amount(ing.amount).map_err(|e| format!("{which}: {e}"))?;
        check_text(&ing.note, &format!("the note of {which}"))?;
    }
    recipe.unit_system().map_err(|e| e.to_string())?;
    Ok(())
}

fn check_name(name: &str, what: &str) -> Result<(), String> {
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(format!(
            "{what} is {chars} characters long, over the limit of {MAX_NAME_CHARS}"
        ));
    }
    Ok(())
}

fn check_text(text: &str, what: &str) -> Result<(), String> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(format!(
            "{what} is {chars} characters long, over the limit of {MAX_TEXT_CHARS}"
        ));
    }
    Ok(())
}

fn check_amount(amount: f64) -> Result<(), String> {
    if amount.is_nan() {
        Err("expected an amount of 0 or more, found NaN (not a number)".to_owned())
    } else if amount.is_infinite() {
        Err("expected a finite amount, found infinity".to_owned())
    } else if amount < 0.0 {
        Err(format!("expected an amount of 0 or more, found {amount}"))
    } else if amount > MAX_AMOUNT {
        Err(format!(
            "the amount {amount} is over the limit of {MAX_AMOUNT:e} for one ingredient"
        ))
    } else {
        Ok(())
    }
}

fn too_many(count: usize) -> String {
    format!("the recipe has {count} ingredients, over the limit of {MAX_INGREDIENTS}")
}

/// Turns ron's error into a sentence that says what was expected.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    let owner = |outer: &Option<String>| match outer.as_deref() {
        Some("FileIn") | None => "the recipe",
        Some(_) => "an ingredient",
    };
    match code {
        E::Eof => "expected more, found the end of the file; is the file cut short?".to_owned(),
        E::ExceededRecursionLimit => {
            "nested too deeply: a recipe is at most a few levels deep".to_owned()
        }
        E::ExpectedFloat | E::ExpectedInteger => {
            "expected a number such as `2.0` (no quotes, no unit)".to_owned()
        }
        E::ExpectedString | E::ExpectedStringEnd => {
            "expected text in double quotes, such as `\"Speed\"`".to_owned()
        }
        E::ExpectedBoolean => "expected `true` or `false`".to_owned(),
        E::MissingStructField { field, outer } => {
            format!(
                "expected the field `{field}` in {}, but it is missing",
                owner(outer)
            )
        }
        E::DuplicateStructField { field, outer } => {
            format!("the field `{field}` appears twice in {}", owner(outer))
        }
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected `(` to open a recipe or an ingredient".to_owned()
        }
        E::TrailingCharacters => {
            "expected the end of the file after the recipe's closing `)`".to_owned()
        }
        other => {
            let text = other.to_string();
            // serde names our private file structs; say what they are.
            text.replace("struct `FileIn`", "the recipe")
                .replace("`FileIn`", "the recipe")
                .replace("struct `IngredientIn`", "an ingredient")
                .replace("`IngredientIn`", "an ingredient")
        }
    }
}

/// 1-based line and column (in characters) just after `prefix`.
fn line_col(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = 1 + text.matches('\n').count();
    let col = 1 + text.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// Where `version` is written, for pointing at it; 1:1 when it cannot be found.
fn find_version(text: &str) -> (usize, usize) {
    text.find("version").map_or((1, 1), |at| {
        line_col(text.get(..at).unwrap_or_default().as_bytes())
    })
}

/// Whether the text holds nothing but white space and comments.
fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with("//")
    })
}

/// Just the version of a file, ignoring everything else.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

/// A recipe as read from a file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    version: u32,
    #[serde(default, deserialize_with = "de_name")]
    title: String,
    #[serde(default, deserialize_with = "de_text")]
    author: String,
    #[serde(default, deserialize_with = "de_text")]
    notes: String,
    #[serde(default, deserialize_with = "de_ingredients")]
    ingredients: Vec<IngredientIn>,
}

/// An ingredient as read from a file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IngredientIn {
    #[serde(deserialize_with = "de_name")]
    name: String,
    #[serde(deserialize_with = "de_amount")]
    amount: f64,
    unit: Unit,
    colour: Colour,
    #[serde(default, deserialize_with = "de_text")]
    note: String,
    #[serde(default)]
    locked: bool,
}

impl FileIn {
    fn into_recipe(self) -> Recipe {
        Recipe {
            title: self.title,
            author: self.author,
            notes: self.notes,
            ingredients: self
                .ingredients
                .into_iter()
                .map(|i| Ingredient {
                    name: i.name,
                    amount: i.amount,
                    unit: i.unit,
                    colour: i.colour,
                    note: i.note,
                    locked: i.locked,
                })
                .collect(),
        }
    }
}

fn de_name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    check_name(&s, "this text").map_err(de::Error::custom)?;
    Ok(s)
}

fn de_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    check_text(&s, "this text").map_err(de::Error::custom)?;
    Ok(s)
}

fn de_amount<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let v = f64::deserialize(d)?;
    check_amount(v).map_err(de::Error::custom)?;
    // -0.0 is 0.0, so that it is written back as `0.0`.
    Ok(if v == 0.0 { 0.0 } else { v })
}

/// Reads the ingredient list, stopping as soon as it passes the limit rather
/// than after allocating all of it.
fn de_ingredients<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<IngredientIn>, D::Error> {
    struct Limited;
    impl<'de> Visitor<'de> for Limited {
        type Value = Vec<IngredientIn>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a list of ingredients `[ (name: …, amount: …, unit: …, colour: …), … ]`")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut list = Vec::new();
            while let Some(item) = seq.next_element()? {
                if list.len() == MAX_INGREDIENTS {
                    return Err(de::Error::custom(format!(
                        "more than {MAX_INGREDIENTS} ingredients, the limit for one recipe"
                    )));
                }
                list.push(item);
            }
            Ok(list)
        }
    }
    d.deserialize_seq(Limited)
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
    ingredients: Vec<IngredientOut<'a>>,
}

/// An ingredient as written to a file.
#[derive(Serialize)]
struct IngredientOut<'a> {
    name: &'a str,
    amount: f64,
    unit: Unit,
    colour: Colour,
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

impl<'a> From<&'a Recipe> for FileOut<'a> {
    fn from(r: &'a Recipe) -> Self {
        Self {
            version: FORMAT_VERSION,
            title: &r.title,
            author: &r.author,
            notes: &r.notes,
            ingredients: r
                .ingredients
                .iter()
                .map(|i| IngredientOut {
                    name: &i.name,
                    amount: if i.amount == 0.0 { 0.0 } else { i.amount },
                    unit: i.unit,
                    colour: i.colour,
                    note: &i.note,
                    locked: i.locked,
                })
                .collect(),
        }
    }
}
