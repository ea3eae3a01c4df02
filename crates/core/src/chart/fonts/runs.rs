//! Naming the font of a line of text for resvg: an SVG `<text>` with
//! letters of a script that shaping joins or reorders (Arabic, Hebrew, the
//! Indic scripts, Thai…) is drawn, whole, in one font that has all its
//! characters, where there is one.
//!
//! resvg's own fallback shapes the whole line again in the fallback font,
//! and gives up when that font lacks some of the line and shapes the rest
//! into a different number of glyphs: Arabic's ligatures next to Latin
//! letters ("NPS العملاء") came out as boxes. A line in one font that has
//! every character is shaped once, joined and ordered right to left where
//! the script asks. Runs of different fonts in one line (`<tspan>`s) would
//! keep the Latin letters in Ubuntu, but resvg merges such runs glyph by
//! glyph and gets right-to-left ligatures wrong, even panics on them.

use std::collections::BTreeSet;

use super::{FontFile, has_glyph, is_shaped, needed};

/// `svg` (a document from `chart::svg`, whose text elements hold escaped
/// text and no markup) with the content of every `<text>` that Ubuntu
/// cannot draw alone wrapped in a `<tspan>` naming the first of `fonts`
/// that has all its characters. `families` are the family names of `fonts`
/// as the font database knows them, in the same order. A line no single
/// font covers is left to resvg's fallback.
pub(crate) fn wrap_texts(svg: &str, fonts: &[FontFile], families: &[String]) -> String {
    let faces: Vec<(String, ttf_parser::Face<'_>)> = fonts
        .iter()
        .zip(families)
        .filter_map(|(font, family)| {
            let face = ttf_parser::Face::parse(font.data.as_ref().as_ref(), font.index).ok()?;
            Some((quoted(family), face))
        })
        .collect();
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        let (before, from_tag) = rest.split_at(start);
        out.push_str(before);
        let Some(open_end) = from_tag.find('>').map(|i| i + 1) else {
            rest = from_tag;
            break;
        };
        let (tag, after_tag) = from_tag.split_at(open_end);
        out.push_str(tag);
        let Some(close) = after_tag.find("</text>") else {
            rest = after_tag;
            break;
        };
        let (content, after) = after_tag.split_at(close);
        match font_for(&unescape(content), &faces) {
            Some(family) => {
                out.push_str(&format!(
                    r#"<tspan font-family="{family}">{content}</tspan>"#
                ));
            }
            None => out.push_str(content),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The quoted family of the first face with every character of `text`;
/// `None` for a line without letters that need shaping (resvg's fallback
/// draws it well, the Latin letters in Ubuntu) or that no face has whole.
fn font_for<'a>(text: &str, faces: &'a [(String, ttf_parser::Face<'_>)]) -> Option<&'a str> {
    let chars: BTreeSet<char> = needed(text);
    if !chars.iter().copied().any(is_shaped) {
        return None;
    }
    faces
        .iter()
        .find(|(_, face)| chars.iter().all(|c| has_glyph(face, *c)))
        .map(|(family, _)| family.as_str())
}

/// The text of escaped character data (the five entities `chart::svg`
/// writes).
fn unescape(content: &str) -> String {
    content
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A family name quoted for a `font-family` attribute; characters that
/// could break out of the quotes are dropped.
fn quoted(family: &str) -> String {
    let clean: String = family
        .chars()
        .filter(|c| !matches!(c, '\'' | '"' | '<' | '>' | '&' | '\\'))
        .collect();
    format!("'{clean}'")
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::chart::fonts::{FontIndex, fixture};

    fn emoji() -> (Vec<FontFile>, Vec<String>) {
        let font = FontFile {
            name: "NotoEmoji-Regular".to_owned(),
            family: "NotoEmoji-Regular".to_owned(),
            data: Arc::new(epaint_default_fonts::NOTO_EMOJI_REGULAR),
            index: 0,
        };
        (vec![font], vec!["Noto Emoji".to_owned()])
    }

    #[test]
    fn lines_without_shaped_letters_are_left_to_the_fallback() {
        let (fonts, families) = emoji();
        let svg =
            r#"<svg><title>A 😀</title><text x="1">Ideal &amp; CX 😀</text><text>😀</text></svg>"#;
        assert_eq!(wrap_texts(svg, &fonts, &families), svg);
    }

    #[test]
    fn a_line_with_shaped_letters_is_wrapped_whole_in_a_font_that_has_it() {
        // The test's own faces: a regular Noto Sans Arabic, chosen over
        // DejaVu Sans, which has the Latin letters too.
        let index = FontIndex::from_files(&[
            fixture("DejaVuSans-subset.ttf"),
            fixture("NotoSansArabic-Regular-subset.ttf"),
        ])
        .unwrap();
        let fallbacks = index.fallbacks(&needed("خدمة"));
        let font = fallbacks.fonts.first().unwrap();
        assert_eq!(font.family, "Noto Sans Arabic");
        let fonts = vec![font.clone()];
        let families = vec!["Arabic".to_owned()];
        let svg = r#"<text x="1">خدمة 2</text><text>خدمة &amp; CX</text><text>A</text>"#;
        let wrapped = wrap_texts(svg, &fonts, &families);
        // The Arabic face has the digit, not the Latin letters (nor the
        // ampersand): that line is left to resvg.
        assert_eq!(
            wrapped,
            r#"<text x="1"><tspan font-family="'Arabic'">خدمة 2</tspan></text><text>خدمة &amp; CX</text><text>A</text>"#
        );
    }

    #[test]
    fn escaped_text_is_checked_as_the_characters_it_stands_for() {
        assert_eq!(
            unescape("a &amp;lt; &lt;b&gt; &quot;&apos;"),
            "a &lt; <b> \"'"
        );
    }

    #[test]
    fn family_names_cannot_break_the_markup() {
        assert_eq!(quoted(r#"Odd' "Name"<>&\"#), "'Odd Name'");
    }
}
