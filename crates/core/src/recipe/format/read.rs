//! Reading a recipe file: bytes → checked [`Recipe`], with errors that say
//! what was expected and where.

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use super::lenient::{de_tag, de_unit, decimal_comma};
use super::limits::{
    MAX_FILE_BYTES, MAX_INGREDIENTS, check_amount, check_name, check_text, validate,
};
use super::{FORMAT_VERSION, LoadError};
use crate::recipe::{Colour, Ingredient, Profile, Recipe, Step, Tag, Unit, palette_colour};

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

    let file: FileIn = options.from_str(text).map_err(|e| {
        // `amount: 1,5` reads as `1` and then a field named `5`: say what
        // the person meant.
        if let Some((line, col, fixed)) = decimal_comma(text, e.span.start.line) {
            return LoadError::Syntax {
                path: path.clone(),
                line,
                col,
                message: format!(
                    "expected a number with a decimal point, such as `{fixed}`; \
                     write `{fixed}`, not `{}`",
                    fixed.replace('.', ",")
                ),
            };
        }
        LoadError::Syntax {
            path: path.clone(),
            line: e.span.start.line,
            col: e.span.start.col,
            message: describe(&e.code),
        }
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

/// Turns ron's error into a sentence that says what was expected.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    let owner = |outer: &Option<String>| match outer.as_deref() {
        Some("FileIn") | None => "the recipe",
        Some("Step") => "a method step",
        Some("Profile") => "the profile",
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
                .replace("struct `Step`", "a method step")
                .replace("`Step`", "a method step")
                .replace("struct `Profile`", "the profile")
                .replace("`Profile`", "the profile")
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
/// A file without a version was written by hand: read it as the newest.
fn newest() -> u32 {
    FORMAT_VERSION
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    #[serde(default = "newest")]
    version: u32,
    #[serde(default, deserialize_with = "de_name")]
    title: String,
    #[serde(default, deserialize_with = "de_text")]
    author: String,
    #[serde(default, deserialize_with = "de_text")]
    notes: String,
    #[serde(default, deserialize_with = "de_profile")]
    profile: Option<Profile>,
    #[serde(default, deserialize_with = "de_budget")]
    budget: Option<f64>,
    #[serde(default, deserialize_with = "de_ingredients")]
    ingredients: Vec<IngredientIn>,
    #[serde(default)]
    steps: Vec<Step>,
}

/// An ingredient as read from a file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IngredientIn {
    #[serde(deserialize_with = "de_name")]
    name: String,
    #[serde(deserialize_with = "de_amount")]
    amount: f64,
    #[serde(deserialize_with = "de_unit")]
    unit: Unit,
    #[serde(default, deserialize_with = "de_colour")]
    colour: Option<Colour>,
    #[serde(default, deserialize_with = "de_tag")]
    tag: Option<Tag>,
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
                .enumerate()
                .map(|(n, i)| Ingredient {
                    name: i.name,
                    amount: i.amount,
                    unit: i.unit,
                    colour: i.colour.unwrap_or_else(|| palette_colour(n)),
                    note: i.note,
                    locked: i.locked,
                    tag: i.tag,
                })
                .collect(),
            profile: self.profile,
            steps: self.steps,
            budget: self.budget,
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
fn de_colour<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Colour>, D::Error> {
    Colour::deserialize(d).map(Some)
}

fn de_profile<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Profile>, D::Error> {
    Profile::deserialize(d).map(Some)
}

fn de_budget<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    let v = f64::deserialize(d)?;
    check_amount(v).map_err(de::Error::custom)?;
    Ok(Some(v))
}

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
