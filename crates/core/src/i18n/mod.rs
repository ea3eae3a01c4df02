//! The product's words in the articles' languages — English, Spanish and
//! German — from one Fluent catalogue per language (`i18n/*.ftl`), compiled
//! into the program. The window shows every visible string through
//! [`tr`], the ingredient library's names and descriptions included
//! (`LibraryIngredient::name_in`, in `library.rs`). Those are for showing
//! only: which names are one ingredient is the library's own data
//! (`recipe::library`), so a translation can be edited without changing
//! what files mean. The command line's machine output (JSON, CSV, exit
//! codes) never goes through here: it is the same in every language.
//!
//! No egui here. This module may use `recipe`; `recipe` uses nothing of it.

pub mod blend_text;
mod library;
pub mod summary_text;
pub mod table_text;
pub mod templates;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

pub mod errors;
pub mod number;
pub mod words;

/// A language the product speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, the catalogue every other falls back to.
    #[default]
    En,
    /// Spanish, the language of the ideal-CX article.
    Es,
    /// German, the language of the star-chef article.
    De,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Self; 3] = [Self::En, Self::Es, Self::De];

    /// The BCP 47 code: `en`, `es`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Es => "es",
            Self::De => "de",
        }
    }

    /// The language's name in itself, for the menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Es => "Español",
            Self::De => "Deutsch",
        }
    }

    /// The language for a locale such as `es-MX`, `de_AT.UTF-8` or `en`;
    /// English for any other.
    pub fn from_locale(locale: &str) -> Self {
        let lower = locale.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_', '.', '@']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.code() == primary)
            .unwrap_or_default()
    }

    /// The language of the system's locale.
    pub fn system() -> Self {
        sys_locale::get_locale().map_or_else(Self::default, |l| Self::from_locale(&l))
    }

    /// The catalogue's source text: the window's words (`en.ftl`), then the
    /// core's own (`core-en.ftl`: number formats, the file format's error
    /// details), then the room's (`room-en.ftl`: the participant page, which
    /// the room sends to the browser, and the window's room screen), one
    /// catalogue to the reader.
    fn source(self) -> &'static str {
        match self {
            Self::En => concat!(
                include_str!("en.ftl"),
                "\n",
                include_str!("core-en.ftl"),
                "\n",
                include_str!("room-en.ftl")
            ),
            Self::Es => concat!(
                include_str!("es.ftl"),
                "\n",
                include_str!("core-es.ftl"),
                "\n",
                include_str!("room-es.ftl")
            ),
            Self::De => concat!(
                include_str!("de.ftl"),
                "\n",
                include_str!("core-de.ftl"),
                "\n",
                include_str!("room-de.ftl")
            ),
        }
    }

    /// The parsed catalogue, built on first use.
    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let slot = match self {
            Self::En => &BUNDLES[0],
            Self::Es => &BUNDLES[1],
            Self::De => &BUNDLES[2],
        };
        slot.get_or_init(|| build(self))
    }
}

/// Parses a catalogue. A syntax error in a shipped catalogue is a bug the
/// tests catch; what did parse is still used.
fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // egui draws the isolation marks Fluent puts around arguments as boxes.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A message argument: text or a number.
pub enum Arg<'a> {
    /// Text, shown as it is.
    Text(&'a str),
    /// A number (plural rules apply).
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Self::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Self::Text(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Self::Number(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Self::Number(n)
    }
}

/// The message `key` in `lang`; English where `lang` lacks it, the key
/// itself where English does too (a missing key shows, it never crashes).
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// The message `key` in `lang`, with its `{ $name }` placeholders filled.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    format_in(lang, key, args)
        .or_else(|| format_in(Lang::En, key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format_in(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = lang.bundle();
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(s) => FluentValue::from(*s),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// The message keys of a language's catalogue, in file order (for tests).
pub fn keys(lang: Lang) -> Vec<String> {
    parsed(lang)
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn parsed(lang: Lang) -> FluentResource {
    FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod shown_agree_tests;
