//! What `diff` and `blend` share: their output formats, text from files made
//! safe for one line of a terminal or of Markdown, and JSON.

use clap::ValueEnum;
use serde::Serialize;

use super::{Failure, Outcome};

/// The formats of `diff` and `blend`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum ReportFormat {
    /// A plain-text table, for a terminal or an email.
    Text,
    /// Markdown, for a wiki page or a workshop write-up.
    Markdown,
    /// JSON, for scripts.
    Json,
}

/// A file and the title inside it, as the JSON names them.
#[derive(Serialize)]
pub(super) struct FileRef<'a> {
    /// The path as given on the command line.
    pub(super) file: String,
    /// The recipe's title; empty when it has none.
    pub(super) title: &'a str,
}

/// Text from a file or an argument on one line: every control character,
/// line breaks included, is replaced, so nothing can send escape sequences
/// to the terminal or break a line of the report.
pub(super) fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// [`one_line`], with the characters Markdown would act on escaped.
pub(super) fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A title as people read it: "Untitled" when there is none.
pub(super) fn shown_title(title: &str) -> &str {
    if title.is_empty() { "Untitled" } else { title }
}

/// Pretty JSON with a final line break.
pub(super) fn json<T: Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| Failure {
            outcome: Outcome::Error,
            message: format!("could not write JSON: {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_files_stays_on_one_line() {
        assert_eq!(one_line("a\u{1b}[2J\nb"), "a\u{fffd}[2J\u{fffd}b");
        assert_eq!(markdown_text("*a_b*|\n"), "\\*a\\_b\\*\\|\u{fffd}");
        assert_eq!(shown_title(""), "Untitled");
    }
}
