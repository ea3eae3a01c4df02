//! The line at the top of the window: what failed (and what was kept), or
//! something worth knowing. A message is kept as what to say — a catalogue
//! key and its arguments ([`Said`]) — and worded in the window's language
//! each time it is drawn, so that switching the language words the message
//! on show anew. The core's errors come worded in every language at once
//! ([`Value::Each`], through their `message_in`).

use crate::i18n::{Arg, Lang, number, tr_args};
use crate::recipe::format::{LoadError, SaveError};

/// A line at the top of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Something failed; says what and what was kept.
    Error(Said),
    /// Something worth knowing.
    Info(Said),
}

impl Message {
    /// What it says, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.said().text(lang)
    }

    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        matches!(self, Self::Error(_))
    }

    /// What it says, as a key and arguments.
    pub fn said(&self) -> &Said {
        match self {
            Self::Error(said) | Self::Info(said) => said,
        }
    }
}

/// What a message says: a catalogue key and its arguments, worded when it
/// is shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    key: String,
    args: Vec<(String, Value)>,
}

/// An argument of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Text shown as it is: a path, a name, a system's words.
    Text(String),
    /// A number the catalogue may choose a plural by.
    Count(f64),
    /// A number a person reads: "2.5" in English, "2,5" in Spanish and
    /// German (`i18n::number::amount`).
    Amount(f64),
    /// Another message, worded in the same language.
    Words(Box<Said>),
    /// Already worded in each language, in the order of [`Lang::ALL`] (an
    /// error from the core, through its `message_in`).
    Each([String; 3]),
}

impl Said {
    /// The message `key`, without arguments yet.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// The message `key` with the arguments `tr_args` would take.
    pub fn with_args(key: impl Into<String>, args: &[(&str, Arg<'_>)]) -> Self {
        let mut said = Self::new(key);
        for (name, arg) in args {
            let value = match arg {
                Arg::Text(text) => Value::Text((*text).to_owned()),
                Arg::Number(n) => Value::Count(*n),
            };
            said.args.push(((*name).to_owned(), value));
        }
        said
    }

    /// A text worded elsewhere, in each language (`Value::each`), as the
    /// whole message.
    pub fn worded(value: Value) -> Self {
        Self::new("message-text").arg("text", value)
    }

    /// The same, with one more argument.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    /// The catalogue key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let worded: Vec<(&str, Worded<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), worded(value, lang)))
            .collect();
        let args: Vec<(&str, Arg<'_>)> = worded
            .iter()
            .map(|(name, w)| {
                let arg = match w {
                    Worded::Text(text) => Arg::Text(text),
                    Worded::Owned(text) => Arg::Text(text.as_str()),
                    Worded::Count(n) => Arg::Number(*n),
                };
                (*name, arg)
            })
            .collect();
        tr_args(lang, &self.key, &args)
    }
}

/// An argument worded in a language.
enum Worded<'a> {
    Text(&'a str),
    Owned(String),
    Count(f64),
}

fn worded(value: &Value, lang: Lang) -> Worded<'_> {
    match value {
        Value::Text(text) => Worded::Text(text),
        Value::Count(n) => Worded::Count(*n),
        Value::Amount(n) => Worded::Owned(number::amount(lang, *n)),
        Value::Words(said) => Worded::Owned(said.text(lang)),
        Value::Each([en, es, de]) => Worded::Text(match lang {
            Lang::En => en,
            Lang::Es => es,
            Lang::De => de,
        }),
    }
}

impl Value {
    /// Text worded in each language by `word`.
    pub fn each(word: impl Fn(Lang) -> String) -> Self {
        Self::Each([word(Lang::En), word(Lang::Es), word(Lang::De)])
    }

    /// A file that did not load, in each language (its file, line and
    /// column kept).
    pub fn load_error(error: &LoadError) -> Self {
        Self::each(|lang| error.message_in(lang))
    }

    /// A file that was not saved, in each language.
    pub fn save_error(error: &SaveError) -> Self {
        Self::each(|lang| error.message_in(lang))
    }

    /// What the system said about a file, in each language where its kind
    /// is one a person meets; else the system's own words.
    pub fn io_error(error: &std::io::Error) -> Self {
        Self::each(|lang| crate::i18n::errors::io_reason_in(lang, error))
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Self::Count(n as f64)
    }
}

impl From<Said> for Value {
    fn from(said: Said) -> Self {
        Self::Words(Box::new(said))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_worded_in_the_language_it_is_shown_in() {
        let said = Said::with_args("files-saved", &[("path", Arg::Text("/t/a.ron"))]);
        assert_eq!(said.text(Lang::En), "Saved /t/a.ron");
        assert_ne!(said.text(Lang::De), said.text(Lang::En));
        assert!(said.text(Lang::De).contains("/t/a.ron"));
        let capped = Said::new("budget-capped")
            .arg("amount", Value::Amount(2.5))
            .arg("count", Value::Count(2.5))
            .arg("budget", Value::Amount(100.0));
        assert!(
            capped.text(Lang::En).contains("2.5"),
            "{}",
            capped.text(Lang::En)
        );
        assert!(
            capped.text(Lang::Es).contains("2,5"),
            "{}",
            capped.text(Lang::Es)
        );
    }

    #[test]
    fn errors_are_kept_in_every_language() {
        let error = LoadError::Io {
            path: "/t/gone.ron".to_owned(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        };
        let said = Said::new("files-open-failed").arg("error", Value::load_error(&error));
        for lang in Lang::ALL {
            assert!(
                said.text(lang).contains(&error.message_in(lang)),
                "{lang:?}"
            );
        }
        assert!(said.text(Lang::De).contains("/t/gone.ron"));
    }
}
