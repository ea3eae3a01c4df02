//! Recipes inside pictures: every exported chart carries its recipe's
//! canonical text, so an emailed PNG or SVG reopens as the recipe.
//!
//! - PNG: an `iTXt` chunk with the keyword [`PNG_KEYWORD`], written
//!   uncompressed right after `IHDR`; a compressed one (as other tools may
//!   write it) is read too.
//! - SVG: a `<cx:recipe>` element in the namespace [`SVG_NAMESPACE`] inside
//!   `<metadata>`, its text entity-escaped.
//!
//! A picture from a stranger is untrusted: the file is refused past
//! [`MAX_IMAGE_BYTES`] before it is read, a PNG chunk is checked against its
//! declared length and CRC before its bytes are used, compressed text stops
//! inflating one byte past [`MAX_FILE_BYTES`], an SVG may hold at most
//! [`MAX_SVG_NODES`] nodes and no DTD, and the text found goes through
//! [`parse`] like any `.ron` file, with its limits and messages.

mod png;
mod svg;

pub use png::embed_in_png;
pub use svg::svg_metadata;

use super::{LoadError, MAX_FILE_BYTES, parse};
use crate::recipe::Recipe;

/// The largest picture a recipe is read from. Exported charts are far
/// smaller (a 8000 × 8000 px chart compresses to a few MiB); the cap only
/// bounds what a stranger's file can make the app read into memory.
pub const MAX_IMAGE_BYTES: u64 = 32 * 1024 * 1024;

/// The most XML nodes an SVG may have before it is refused; a chart of
/// 1,000 ingredients has about 10,000.
pub const MAX_SVG_NODES: u32 = 1_000_000;

/// The keyword of the PNG `iTXt` chunk that holds the recipe.
pub const PNG_KEYWORD: &str = "cx-recipe";

/// The XML namespace of the `<cx:recipe>` element in an SVG's `<metadata>`.
pub const SVG_NAMESPACE: &str = "urn:x-cx-recipe:recipe";

/// What a file is, told from its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A recipe file (RON text), and anything that is not a picture.
    Recipe,
    /// A PNG picture: it starts with the PNG signature.
    Png,
    /// An SVG (or other XML) document: its first character, after a
    /// byte-order mark and white space, is `<`, which no recipe file starts
    /// with.
    Svg,
}

impl FileKind {
    /// How many bytes [`FileKind::sniff`] looks at.
    pub const SNIFF_BYTES: usize = 1024;

    /// The kind of a file from its first bytes (up to [`Self::SNIFF_BYTES`]).
    pub fn sniff(head: &[u8]) -> Self {
        if head.starts_with(&png::SIGNATURE) {
            return Self::Png;
        }
        let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        match text.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'<') => Self::Svg,
            _ => Self::Recipe,
        }
    }

    /// The largest file of this kind that is read at all.
    pub fn max_bytes(self) -> u64 {
        match self {
            Self::Recipe => MAX_FILE_BYTES,
            Self::Png | Self::Svg => MAX_IMAGE_BYTES,
        }
    }
}

/// The recipe in a file's bytes, read as `kind`; `origin` names the file in
/// errors.
///
/// # Errors
/// A [`LoadError`] naming `origin`: [`LoadError::Image`] for a picture that
/// holds no readable recipe, and the errors of [`parse`] for the recipe text
/// found in it (their line and column count in that text).
pub fn parse_file(bytes: &[u8], kind: FileKind, origin: &str) -> Result<Recipe, LoadError> {
    let text = match kind {
        FileKind::Recipe => return parse(bytes, origin),
        FileKind::Png => png::recipe_text(bytes),
        FileKind::Svg => svg::recipe_text(bytes),
    };
    let text = text.map_err(|message| LoadError::Image {
        path: origin.to_owned(),
        message,
    })?;
    parse(&text, &format!("{origin} (embedded recipe)"))
}

/// The message for a picture of `size` bytes, past [`MAX_IMAGE_BYTES`].
pub(super) fn too_large(size: u64) -> String {
    format!(
        "the picture is {size} bytes or more, over the limit of {MAX_IMAGE_BYTES} bytes \
         for a picture to read a recipe from"
    )
}

/// The message for a picture without a recipe.
fn no_recipe(what: &str) -> String {
    format!(
        "no recipe in this image: it is {what} without the recipe that charts exported \
         by CX Recipe Designer carry; open the recipe file, or export the chart again"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_content() {
        assert_eq!(FileKind::sniff(b"\x89PNG\r\n\x1a\nrest"), FileKind::Png);
        assert_eq!(FileKind::sniff(b"<svg/>"), FileKind::Svg);
        assert_eq!(FileKind::sniff(b"\xef\xbb\xbf \n<?xml?>"), FileKind::Svg);
        assert_eq!(FileKind::sniff(b"// A recipe\n("), FileKind::Recipe);
        assert_eq!(FileKind::sniff(b"(version: 1)"), FileKind::Recipe);
        assert_eq!(FileKind::sniff(b""), FileKind::Recipe);
        assert_eq!(FileKind::sniff(b"\x89PN"), FileKind::Recipe);
    }
}
