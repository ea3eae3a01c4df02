//! The core's error details in the window's language: a [`LoadError`] or
//! [`SaveError`] rendered in English, Spanish or German, with the file, the
//! line and column and what was expected, as the window shows it.
//!
//! The core words its errors in English, once, where they happen (the
//! command line prints exactly that, as it always did). This module knows
//! the shape of every sentence the file format writes ([`DETAILS`], each
//! with its catalogue key in `core-*.ftl`) and reads the English back into
//! its parts, so the window can say it in another language; the tests make
//! every error the format can produce go through here. A sentence it does
//! not know (a new one, or an operating system's) stays in English inside
//! a translated frame: never lost, never a crash.

use std::io;

use super::{Arg, Lang, tr, tr_args};
use crate::recipe::format::{LoadError, SaveError};

#[path = "errors_table.rs"]
mod table;

pub use table::{DETAILS, IN_PHRASES, PHRASES};

impl LoadError {
    /// The error in `lang`: exactly [`ToString::to_string`] in English (what
    /// the command line prints), the same parts (the file, the line and
    /// column, what was expected) in Spanish and German.
    pub fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Self::Io { path, source } => format!("{path}: {}", io_reason(lang, source)),
            Self::TooLarge { path, size, limit } => tr_args(
                lang,
                "err-too-large",
                &[
                    ("path", Arg::Text(path)),
                    ("size", Arg::Text(&size.to_string())),
                    ("limit", Arg::Text(&limit.to_string())),
                ],
            ),
            Self::Syntax {
                path,
                line,
                col,
                message,
            } => format!("{path}:{line}:{col}: {}", detail_in(lang, message)),
            Self::NewerVersion {
                path,
                line,
                col,
                found,
                supported,
            } => format!(
                "{path}:{line}:{col}: {}",
                tr_args(
                    lang,
                    "err-newer-version",
                    &[
                        ("found", Arg::Text(&found.to_string())),
                        ("supported", Arg::Text(&supported.to_string())),
                    ],
                )
            ),
            Self::Image { path, message } | Self::Invalid { path, message } => {
                format!("{path}: {}", detail_in(lang, message))
            }
        }
    }
}

impl SaveError {
    /// The error in `lang`: exactly [`ToString::to_string`] in English.
    pub fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Self::Io { path, source } => tr_args(
                lang,
                "err-save-io",
                &[
                    ("path", Arg::Text(path)),
                    ("reason", Arg::Text(&io_reason(lang, source))),
                ],
            ),
            Self::Invalid { path, message } => tr_args(
                lang,
                "err-save-invalid",
                &[
                    ("path", Arg::Text(path)),
                    ("detail", Arg::Text(&detail_in(lang, message))),
                ],
            ),
        }
    }
}

/// What the system said about a file, in `lang` where its kind is one a
/// person meets (not found, no permission, a folder, a full or read-only
/// disk); else the system's own words. English is the system's words.
pub fn io_reason_in(lang: Lang, error: &io::Error) -> String {
    if lang == Lang::En {
        return error.to_string();
    }
    io_reason(lang, error)
}

/// [`io_reason_in`] for a language other than English.
fn io_reason(lang: Lang, error: &io::Error) -> String {
    let key = match error.kind() {
        io::ErrorKind::NotFound => "err-io-not-found",
        io::ErrorKind::PermissionDenied => "err-io-permission",
        io::ErrorKind::IsADirectory => "err-io-folder",
        io::ErrorKind::AlreadyExists => "err-io-exists",
        io::ErrorKind::ReadOnlyFilesystem => "err-io-read-only",
        io::ErrorKind::StorageFull => "err-io-full",
        _ => return error.to_string(),
    };
    tr(lang, key)
}

/// A sentence of the file format (see [`DETAILS`]) in `lang`; the English
/// as it is where it is not one of them, or `lang` is English.
pub fn detail_in(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return english.to_owned();
    }
    translate(lang, english, DETAILS, 0).unwrap_or_else(|| english.to_owned())
}

/// Whether `english` is a sentence [`detail_in`] can word in another
/// language (for the tests: every error the format produces is).
pub fn is_known_detail(english: &str) -> bool {
    translate(Lang::Es, english, DETAILS, 0).is_some()
}

/// `english` worded by the first of `table` it matches; `None` if none
/// does. `depth` keeps a sentence inside a sentence from going on forever.
fn translate(lang: Lang, english: &str, table: &[(&str, &str)], depth: u8) -> Option<String> {
    if depth > 4 {
        return None;
    }
    table.iter().find_map(|(pattern, key)| {
        let parts = match_pattern(pattern, english)?;
        let mut values: Vec<(String, String)> = Vec::with_capacity(parts.len());
        for (name, value) in parts {
            let worded = if name == "what" {
                translate(lang, value, PHRASES, depth + 1)?
            } else if name == "in_what" {
                translate(lang, value, IN_PHRASES, depth + 1)?
            } else if name == "detail" {
                translate(lang, value, DETAILS, depth + 1)?
            } else {
                value.to_owned()
            };
            values.push((name, worded));
        }
        let args: Vec<(&str, Arg<'_>)> = values
            .iter()
            .map(|(name, value)| (name.as_str(), Arg::Text(value)))
            .collect();
        Some(tr_args(lang, key, &args))
    })
}

/// The parts of `text` that `pattern`'s `{name}`s stand for, if `text` is
/// written so: literal pieces must match exactly; a part runs to the first
/// place the next piece matches (the last part to the text's end).
fn match_pattern<'t>(pattern: &str, text: &'t str) -> Option<Vec<(String, &'t str)>> {
    let mut pieces: Vec<&str> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let close = rest.get(open..)?.find('}')? + open;
        pieces.push(rest.get(..open)?);
        names.push(rest.get(open + 1..close)?);
        rest = rest.get(close + 1..)?;
    }
    pieces.push(rest);
    let (first, later) = pieces.split_first()?;
    let mut text_rest = text.strip_prefix(first)?;
    let mut parts = Vec::with_capacity(names.len());
    for (i, (name, piece)) in names.iter().zip(later).enumerate() {
        let is_last = i + 1 == names.len();
        let at = if is_last {
            // The last piece ends the text.
            if !text_rest.ends_with(piece) {
                return None;
            }
            text_rest.len() - piece.len()
        } else if piece.is_empty() {
            return None;
        } else {
            text_rest.find(piece)?
        };
        let value = text_rest.get(..at)?;
        if value.is_empty() {
            return None;
        }
        parts.push(((*name).to_owned(), value));
        text_rest = text_rest.get(at + piece.len()..)?;
    }
    if names.is_empty() && !text_rest.is_empty() {
        return None;
    }
    Some(parts)
}

#[cfg(test)]
#[path = "errors_tests.rs"]
mod tests;
