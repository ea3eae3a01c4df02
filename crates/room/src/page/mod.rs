//! The participant page: one HTML skeleton, one style sheet and one script
//! (in `web/`, compiled into the binary), and the room's question as a JSON
//! data block the script reads. Served by the room with its style and
//! script as files of their own (the page's policy allows nothing inline),
//! or written as one self-contained file for pre-work by email.
//!
//! Every text from a recipe or a participant reaches the page as JSON
//! data, set by the script as text — never as markup; the only text the
//! server puts into the HTML itself (the title) is escaped.

mod words;

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine as _;
use bytes::Bytes;
use cx_recipe_core::i18n::Lang;
use cx_recipe_core::recipe::{Recipe, format, write_atomically};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::answer::MAX_PARTICIPANT_NAME_CHARS;
use crate::code::RoomCode;
use crate::config::Mode;
use crate::questions::Questions;
use crate::server::RoomError;

const HTML: &str = include_str!("../../web/page.html");
const CSS: &str = include_str!("../../web/page.css");
const JS: &str = include_str!("../../web/page.js");
const ICON: &str = include_str!("../../web/icon.svg");

/// The served page: its HTML (with the room's data) and its files.
#[derive(Clone, Debug)]
pub struct Served {
    /// The page.
    pub html: Bytes,
    /// `page.css`.
    pub css: &'static [u8],
    /// `page.js`.
    pub js: &'static [u8],
    /// `icon.svg`.
    pub icon: &'static [u8],
}

/// The page a room serves at `/CODE/`.
pub fn served(questions: &Questions, code: &RoomCode) -> Served {
    let base = format!("/{}", code.shown());
    let data = data(questions, Some(&base), &format!("cx-room-{}", code.shown()));
    let html = fill(&[
        ("csp", String::new()),
        ("title", escape(&questions.title)),
        ("icon", format!("{base}/icon.svg")),
        (
            "style",
            format!("<link rel=\"stylesheet\" href=\"{base}/page.css\">"),
        ),
        (
            "script",
            format!("<script src=\"{base}/page.js\"></script>"),
        ),
        ("data", data),
    ]);
    Served {
        html: Bytes::from(html),
        css: CSS.as_bytes(),
        js: JS.as_bytes(),
        icon: ICON.as_bytes(),
    }
}

/// The participant form as one self-contained HTML file: the same page,
/// its style and script inline, which saves the answer as a recipe file
/// instead of sending it.
///
/// Its own policy (a `<meta>` tag, as a file has no headers) allows exactly
/// its one style and one script, by their SHA-256 hashes, and nothing else:
/// no request can leave the file (`default-src 'none'`, so no fetch, image
/// or frame), only its icon as a `data:` image.
///
/// # Errors
/// When the recipe cannot be asked about (see [`crate::RoomError::Recipe`]).
pub fn form_html(recipe: &Recipe, mode: Mode) -> Result<String, RoomError> {
    let questions = Questions::new(recipe, mode).map_err(RoomError::Recipe)?;
    let csp = format!(
        "default-src 'none'; style-src '{}'; script-src '{}'; img-src data:; \
         base-uri 'none'; form-action 'none'",
        hash(CSS),
        hash(JS)
    );
    let icon = format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(ICON)
    );
    Ok(fill(&[
        (
            "csp",
            format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"),
        ),
        ("title", escape(&questions.title)),
        ("icon", icon),
        ("style", format!("<style>{CSS}</style>")),
        ("script", format!("<script>{JS}</script>")),
        ("data", data(&questions, None, "cx-form")),
    ]))
}

/// Writes [`form_html`] to `path`, atomically.
///
/// # Errors
/// The recipe cannot be asked about, or the file cannot be written.
pub fn write_form(recipe: &Recipe, mode: Mode, path: &Path) -> Result<(), RoomError> {
    let html = form_html(recipe, mode)?;
    write_atomically(path, html.as_bytes()).map_err(|e| RoomError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}

/// `'sha256-…'` of an inline style or script, as a policy names it.
fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The data block the script reads.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageData<'a> {
    /// `room` (sends to `answer_url`) or `file` (saves a download).
    mode: &'static str,
    answer_url: Option<String>,
    storage_key: &'a str,
    title: &'a str,
    /// The title's characters kept before " — name" (as the room keeps it).
    title_max: usize,
    points: Option<u32>,
    max_amount: u32,
    items: Vec<Item<'a>>,
    words: BTreeMap<&'static str, BTreeMap<&'static str, String>>,
}

#[derive(Serialize)]
struct Item<'a> {
    name: &'a str,
    colour: String,
    tag: Option<&'static str>,
    desc: BTreeMap<&'static str, &'a str>,
}

/// The question as JSON that is safe inside `<script>`: `<`, `>` and `&`
/// written as escapes, so no text can close the element.
fn data(questions: &Questions, base: Option<&str>, storage_key: &str) -> String {
    let items = questions
        .items
        .iter()
        .map(|q| Item {
            name: &q.name,
            colour: q.colour.to_string(),
            tag: q.tag.map(cx_recipe_core::recipe::Tag::label),
            desc: Lang::ALL
                .iter()
                .map(|l| l.code())
                .zip(q.descriptions.iter().map(String::as_str))
                .collect(),
        })
        .collect();
    let page = PageData {
        mode: if base.is_some() { "room" } else { "file" },
        answer_url: base.map(|b| format!("{b}/answer")),
        storage_key,
        title: &questions.title,
        title_max: format::MAX_NAME_CHARS - MAX_PARTICIPANT_NAME_CHARS - 3,
        points: match questions.mode {
            Mode::Points(points) => Some(points),
            Mode::Free => None,
        },
        max_amount: questions.mode.max_amount(),
        items,
        words: Lang::ALL
            .iter()
            .map(|&l| (l.code(), words::words(l)))
            .collect(),
    };
    let json = serde_json::to_string(&page).unwrap_or_else(|_| "{}".to_owned());
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// The skeleton with each `{{name}}` filled in one pass: a value is never
/// read for placeholders.
fn fill(values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(HTML.len() + 4096);
    let mut rest = HTML;
    while let Some(start) = rest.find("{{") {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let Some(end) = after.find("}}") else {
            out.push_str(after);
            return out;
        };
        let name = after.get(2..end).unwrap_or_default();
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(after.get(..end + 2).unwrap_or_default()),
        }
        rest = after.get(end + 2..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Text for HTML: the five characters that could start markup escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
