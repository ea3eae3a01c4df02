//! PNG export: the SVG document rendered with resvg, and the recipe added
//! as an `iTXt` chunk (see `recipe::format::image`).
//!
//! Only the Ubuntu Light font that egui ships is loaded, never the system's
//! fonts, so an exported image is identical on every machine.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use super::{ExportError, ExportSize};
use crate::recipe::format::image::embed_in_png;

/// Renders `svg` (a document from `super::svg`) at `size` and encodes it.
pub(super) fn render(svg: &str, size: ExportSize) -> Result<Vec<u8>, ExportError> {
    let options = usvg::Options {
        font_family: font_family().to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(ExportError::Render)?;
    let Some(mut pixmap) = Pixmap::new(size.width_px, size.height_px) else {
        return Err(ExportError::Allocate {
            width_px: size.width_px,
            height_px: size.height_px,
        });
    };
    // The document is drawn at its own size, so the tree fills the pixmap.
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| ExportError::Encode {
        reason: e.to_string(),
    })
}

/// `png` with `recipe` (a recipe's canonical text) in its `iTXt` chunk.
pub(super) fn with_recipe(png: &[u8], recipe: &str) -> Result<Vec<u8>, ExportError> {
    embed_in_png(png, recipe).map_err(|reason| ExportError::Encode { reason })
}

/// The family name Ubuntu Light declares ("Ubuntu").
fn font_family() -> &'static str {
    &font_setup().1
}

/// The shared font database: Ubuntu Light only, also standing in for every
/// generic family so that `sans-serif` and friends resolve to it.
fn font_database() -> Arc<fontdb::Database> {
    Arc::clone(&font_setup().0)
}

fn font_setup() -> &'static (Arc<fontdb::Database>, String) {
    static SETUP: OnceLock<(Arc<fontdb::Database>, String)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_source(fontdb::Source::Binary(Arc::new(
            epaint_default_fonts::UBUNTU_LIGHT,
        )));
        let family = db
            .faces()
            .next()
            .and_then(|face| face.families.first())
            .map_or_else(|| "Ubuntu".to_owned(), |(name, _)| name.clone());
        db.set_sans_serif_family(family.clone());
        db.set_serif_family(family.clone());
        db.set_monospace_family(family.clone());
        db.set_cursive_family(family.clone());
        db.set_fantasy_family(family.clone());
        (Arc::new(db), family)
    })
}

#[cfg(test)]
mod tests {
    use super::super::{ChartItem, PieChart, to_png};
    use super::*;

    fn chart() -> PieChart {
        PieChart {
            title: "Ideal CX".to_owned(),
            items: vec![
                ChartItem {
                    name: "Efficiency".to_owned(),
                    share: 0.25,
                    percent_label: "25.0 %".to_owned(),
                    colour: [0x00, 0x72, 0xb2],
                },
                ChartItem {
                    name: "Technology".to_owned(),
                    share: 0.75,
                    percent_label: "75.0 %".to_owned(),
                    colour: [0xe6, 0x9f, 0x00],
                },
            ],
            source: None,
        }
    }

    fn is_dark(pixmap: &Pixmap, x: u32, y: u32) -> bool {
        pixmap
            .pixel(x, y)
            .is_some_and(|p| u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue()) < 200)
    }

    #[test]
    fn font_database_holds_only_ubuntu() {
        let db = font_database();
        assert_eq!(db.len(), 1);
        assert_eq!(font_family(), "Ubuntu");
        let query = fontdb::Query {
            families: &[fontdb::Family::SansSerif],
            ..fontdb::Query::default()
        };
        assert!(db.query(&query).is_some());
    }

    #[test]
    fn png_has_signature_size_and_text() {
        let size = ExportSize {
            width_px: 600,
            height_px: 400,
        };
        let bytes = to_png(&chart(), size).unwrap();
        assert_eq!(bytes.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]));
        let pixmap = Pixmap::decode_png(&bytes).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (600, 400));
        // Corner stays white.
        assert!(
            pixmap
                .pixel(0, 0)
                .is_some_and(|p| p.red() == 255 && p.blue() == 255)
        );
        // The title is drawn: dark pixels in the top band.
        let title_band = 50;
        let dark = (0..title_band)
            .flat_map(|y| (0..600).map(move |x| (x, y)))
            .filter(|(x, y)| is_dark(&pixmap, *x, *y))
            .count();
        assert!(dark > 100, "only {dark} dark pixels in the title band");
    }

    #[test]
    fn png_renders_at_extreme_sizes() {
        for (width_px, height_px) in [(200, 150), (2000, 300)] {
            let size = ExportSize {
                width_px,
                height_px,
            };
            let bytes = to_png(&chart(), size).unwrap();
            let pixmap = Pixmap::decode_png(&bytes).unwrap();
            assert_eq!((pixmap.width(), pixmap.height()), (width_px, height_px));
        }
    }
}
