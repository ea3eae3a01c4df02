//! egui's bundled fonts, parsed once: what the window draws without any
//! fallback, and the export's own font (Ubuntu Light) with the others.

use std::sync::{Arc, OnceLock};

use super::{FontFile, has_glyph};

/// Ubuntu Light's name in egui.
pub(super) const UBUNTU: &str = "Ubuntu-Light";

/// One of egui's bundled fonts, parsed once.
pub(super) struct Bundled {
    pub(super) name: &'static str,
    bytes: &'static [u8],
    face: Option<ttf_parser::Face<'static>>,
}

impl Bundled {
    /// Whether the font has a glyph for `c`.
    pub(super) fn has(&self, c: char) -> bool {
        self.face.as_ref().is_some_and(|f| has_glyph(f, c))
    }

    /// The font, as a fallback for the export.
    pub(super) fn file(&self) -> FontFile {
        FontFile {
            name: self.name.to_owned(),
            family: self.name.to_owned(),
            data: Arc::new(self.bytes),
            index: 0,
        }
    }
}

/// egui's fonts of its proportional family, in its order, then Hack, its
/// monospace face, which has the arrows and triangles they lack (← → ▸; the
/// window puts it last in its proportional family too, see `app::fonts`).
pub(super) fn bundled() -> &'static [Bundled] {
    static BUNDLED: OnceLock<Vec<Bundled>> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        [
            (UBUNTU, epaint_default_fonts::UBUNTU_LIGHT),
            ("egui-icons", epaint_default_fonts::EGUI_ICONS),
            (
                "NotoEmoji-Regular",
                epaint_default_fonts::NOTO_EMOJI_REGULAR,
            ),
            ("emoji-icon-font", epaint_default_fonts::EMOJI_ICON),
            ("Hack", epaint_default_fonts::HACK_REGULAR),
        ]
        .into_iter()
        .map(|(name, bytes)| Bundled {
            name,
            bytes,
            face: ttf_parser::Face::parse(bytes, 0).ok(),
        })
        .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_parses() {
        assert!(bundled().iter().all(|b| b.face.is_some()));
    }
}
