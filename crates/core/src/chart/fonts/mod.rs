//! Fonts for names in any script. egui's bundled fonts cover Latin, Greek,
//! Cyrillic and emoji; for anything else (CJK, Arabic, Hebrew, Thai,
//! Devanagari…) the installed system fonts that have the characters are
//! found here, for the window (`app::fonts` adds them to egui) and for the
//! PNG export (`png` adds them to resvg's font database).
//!
//! The system's fonts are read only when some text has a character the
//! bundled fonts lack, once per process, and what each face covers is kept:
//! a recipe in Latin script never pays for it, and the window reads them on
//! a worker thread (`lookup`). Which faces are chosen is decided over an
//! index given as a value (`index`, ranked by `rank`, chosen by `choose`),
//! so tests name their own faces. No egui here.

mod bundled;
mod choose;
mod coverage;
mod index;
mod lookup;
mod rank;
mod runs;
mod system;

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

use bundled::{UBUNTU, bundled};
pub use index::FontIndex;
pub use lookup::Lookup;
pub use rank::FaceDescription;
pub(crate) use runs::wrap_texts;

/// The bytes of a font file, shared (the same type egui and fontdb take).
pub type FontBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// One face of a font file, ready for egui or resvg.
#[derive(Clone)]
pub struct FontFile {
    /// A name unique among fonts: egui's key for the font.
    pub name: String,
    /// The family the face declares, e.g. "Noto Sans CJK JP".
    pub family: String,
    /// The whole file (a collection holds several faces).
    pub data: FontBytes,
    /// Which face of the file.
    pub index: u32,
}

impl fmt::Debug for FontFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FontFile")
            .field("name", &self.name)
            .field("family", &self.family)
            .field("bytes", &self.data.as_ref().as_ref().len())
            .field("index", &self.index)
            .finish()
    }
}

/// The fonts to add after the bundled ones so that some text shows.
#[derive(Clone, Debug, Default)]
pub struct Fallbacks {
    /// The faces to add, in order: where two have a character, the first
    /// draws it.
    pub fonts: Vec<FontFile>,
    /// Characters no installed font has: they show as boxes.
    pub missing: BTreeSet<char>,
}

/// The characters of `text` that need a glyph: not white space, not
/// control or format characters (joiners, direction marks).
pub fn needed(text: &str) -> BTreeSet<char> {
    text.chars().filter(|c| needs_glyph(*c)).collect()
}

/// Whether `c` needs a glyph: not white space, not a control or format
/// character.
fn needs_glyph(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_format(c)
}

/// The characters of `text` that egui's bundled fonts lack.
pub fn uncovered(text: &str) -> BTreeSet<char> {
    let bundled = bundled();
    needed(text)
        .into_iter()
        .filter(|c| !bundled.iter().any(|b| b.has(*c)))
        .collect()
}

/// The installed fonts that have what egui's bundled fonts lack of `text`.
/// Reads the system's fonts on first need (slow: not in a frame); text the
/// bundled fonts cover returns at once, reading nothing.
pub fn fallbacks_for(text: &str) -> Fallbacks {
    let needed = uncovered(text);
    if needed.is_empty() {
        return Fallbacks::default();
    }
    system::index().fallbacks(&needed)
}

/// The system's installed fonts, read on the first call in this process
/// (slow: not in a frame), shared with every later call.
pub fn system_index() -> Arc<FontIndex> {
    system::index()
}

/// Whether this process has read the system's fonts (tests check that a
/// recipe in Latin script does not).
pub fn system_fonts_loaded() -> bool {
    system::loaded()
}

/// The fallbacks of an export drawn with Ubuntu Light alone, for the lines
/// `texts`: the other bundled fonts first (as in the window), then
/// installed ones; and, for a line that mixes scripts no one of those has
/// all of (Latin letters and Arabic, say), an installed face that has the
/// whole line, where there is one (see `runs`). Reads the system's fonts
/// only when the bundled ones lack something, sharing the window's index.
pub(crate) fn export_fallbacks(texts: &[&str]) -> Fallbacks {
    export_fallbacks_in(None, texts)
}

/// As [`export_fallbacks`], among `index`'s faces (the system's if `None`).
fn export_fallbacks_in(index: Option<&FontIndex>, texts: &[&str]) -> Fallbacks {
    let mut rest: BTreeSet<char> = texts.iter().flat_map(|t| needed(t)).collect();
    let mut fonts = Vec::new();
    for font in bundled() {
        let before = rest.len();
        rest.retain(|c| !font.has(*c));
        // Ubuntu is the export's own font, never a fallback.
        if rest.len() < before && font.name != UBUNTU {
            fonts.push(font.file());
        }
    }
    let shaped_lines: Vec<BTreeSet<char>> = texts
        .iter()
        .map(|t| needed(t))
        .filter(|chars| chars.iter().copied().any(is_shaped))
        .filter(|chars| !fonts.iter().any(|f| f.has_all(chars)))
        .collect();
    if rest.is_empty() && shaped_lines.is_empty() {
        return Fallbacks {
            fonts,
            missing: rest,
        };
    }
    let system;
    let index: &FontIndex = match index {
        Some(index) => index,
        None => {
            system = system::index();
            &system
        }
    };
    let mut fallbacks = index.fallbacks(&rest);
    fonts.append(&mut fallbacks.fonts);
    for chars in shaped_lines {
        if fonts.iter().any(|f| f.has_all(&chars)) {
            continue;
        }
        if let Some(font) = index.covering_all(&chars)
            && !fonts.iter().any(|f| f.name == font.name)
        {
            fonts.push(font);
        }
    }
    fallbacks.fonts = fonts;
    fallbacks
}

impl FontFile {
    /// Whether the face has a glyph for every one of `chars`.
    fn has_all(&self, chars: &BTreeSet<char>) -> bool {
        ttf_parser::Face::parse(self.data.as_ref().as_ref(), self.index)
            .is_ok_and(|face| chars.iter().all(|c| has_glyph(&face, *c)))
    }
}

/// Whether `face` has a real glyph (not the box) for `c`.
fn has_glyph(face: &ttf_parser::Face<'_>, c: char) -> bool {
    face.glyph_index(c).is_some_and(|g| g.0 != 0)
}

/// Whether `c` belongs to a script whose shaping joins, reorders or
/// decomposes letters (right-to-left scripts, the Indic scripts, Thai, Lao,
/// Tibetan, Myanmar, Khmer, Mongolian): a line with such letters must be
/// drawn in one font (see `runs`).
fn is_shaped(c: char) -> bool {
    matches!(
        c,
        '\u{590}'..='\u{8ff}'
            | '\u{900}'..='\u{dff}'
            | '\u{e00}'..='\u{fff}'
            | '\u{1000}'..='\u{109f}'
            | '\u{1780}'..='\u{18af}'
            | '\u{a8e0}'..='\u{a8ff}'
            | '\u{fb1d}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}'
            | '\u{10800}'..='\u{10fff}'
            | '\u{1e800}'..='\u{1efff}'
    )
}

/// Unicode's format characters that matter in names: joiners, direction
/// marks and isolates, the byte order mark. Shapers use them; no font
/// needs a glyph for them.
fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}'
            | '\u{feff}'
    )
}

/// Says why a test that needs installed fonts does not run — or, where
/// `CX_REQUIRE_FONTS=1` (CI, which installs them), fails it.
#[cfg(test)]
pub(crate) fn skip_without_fonts(why: &str) {
    assert!(
        std::env::var_os("CX_REQUIRE_FONTS").is_none_or(|v| v != "1"),
        "CX_REQUIRE_FONTS=1, but {why}"
    );
    eprintln!("skipped: {why}");
}

/// The font fixtures' folder (subsets of real fonts the tests name).
#[cfg(test)]
pub(crate) fn fixture(file: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/fonts")
        .join(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(s: &str) -> BTreeSet<char> {
        s.chars().collect()
    }

    #[test]
    fn white_space_controls_and_marks_need_no_glyph() {
        assert_eq!(needed("a b\tc\n\u{200d}\u{200f}\u{feff}a"), set("abc"));
    }

    #[test]
    fn latin_greek_cyrillic_and_emoji_are_covered() {
        for text in [
            "Ideal CX — Efficiency 25.0 % …",
            "Ünïcödé Ωμέγα Привет",
            "😀 ⚠",
        ] {
            assert_eq!(uncovered(text), BTreeSet::new(), "{text}");
        }
    }

    #[test]
    fn other_scripts_are_not() {
        for (text, script) in [
            ("品質", "品質"),
            ("Service خدمة", "خدمة"),
            ("שירות", "שירות"),
            ("บริการ", "บริการ"),
            ("सेवा", "सेवा"),
        ] {
            assert_eq!(uncovered(text), set(script), "{text}");
        }
    }

    #[test]
    fn latin_text_needs_no_fallback() {
        // Nothing to look up: the system's fonts are not read for it.
        let fallbacks = fallbacks_for("Ideal CX Efficiency");
        assert!(fallbacks.fonts.is_empty());
        assert!(fallbacks.missing.is_empty());
        assert!(export_fallbacks(&["Ideal CX", "25.0 %"]).fonts.is_empty());
    }

    #[test]
    fn an_export_takes_the_bundled_emoji_font_before_the_system() {
        let fallbacks = export_fallbacks(&["Smile 😀"]);
        let names: Vec<&str> = fallbacks.fonts.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, vec!["NotoEmoji-Regular"]);
        assert!(fallbacks.missing.is_empty());
    }

    #[test]
    fn a_line_mixing_scripts_gets_a_face_that_has_it_whole() {
        let index = FontIndex::from_files(&[
            fixture("NotoSansArabic-Regular-subset.ttf"),
            fixture("DejaVuSans-subset.ttf"),
        ])
        .unwrap();
        let fallbacks = export_fallbacks_in(Some(&index), &["خدمة", "CX خدمة"]);
        let families: Vec<&str> = fallbacks.fonts.iter().map(|f| f.family.as_str()).collect();
        // The Arabic letters in the regular Noto Sans face; the line with
        // Latin letters whole in the face that has both.
        assert_eq!(families, ["Noto Sans Arabic", "DejaVu Sans"]);
        assert!(fallbacks.missing.is_empty());
    }

    #[test]
    fn every_catalogue_shows_with_the_bundled_fonts() {
        // The window's own words (menus, buttons, messages) need no
        // fallback: the look-up is for what people type and their paths. A
        // catalogue in another script would be caught here.
        use crate::i18n::{Lang, keys, tr};
        for lang in Lang::ALL {
            let mut text = lang.native_name().to_owned();
            for key in keys(lang) {
                text.push_str(&tr(lang, &key));
            }
            assert_eq!(uncovered(&text), BTreeSet::new(), "{lang:?}");
        }
    }
}
