//! PNG export: the SVG document rendered with resvg, and the recipe added
//! as an `iTXt` chunk (see `recipe::format::image`).
//!
//! The font is egui's Ubuntu Light, never the system's, so an image of
//! Latin, Greek or Cyrillic text is the same on every machine. For other
//! scripts the fonts `chart::fonts` finds are added after it (egui's
//! bundled emoji fonts, then installed ones); resvg draws the glyphs as
//! paths, so the PNG looks the same wherever it is viewed.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use super::fonts::{self, FontFile};
use super::{ExportError, ExportSize, PieChart};
use crate::recipe::format::image::embed_in_png;

/// Renders `svg` (a document from `super::svg` drawing `chart`) at `size`
/// and encodes it.
pub(super) fn render(
    svg: &str,
    size: ExportSize,
    chart: &PieChart,
) -> Result<Vec<u8>, ExportError> {
    rendered(svg, size, chart)?
        .encode_png()
        .map_err(|e| ExportError::Encode {
            reason: e.to_string(),
        })
}

/// What [`render`] encodes: the pixels, RGBA with premultiplied alpha, row
/// by row from the top.
pub(super) fn pixels(
    svg: &str,
    size: ExportSize,
    chart: &PieChart,
) -> Result<Vec<u8>, ExportError> {
    Ok(rendered(svg, size, chart)?.take())
}

fn rendered(svg: &str, size: ExportSize, chart: &PieChart) -> Result<Pixmap, ExportError> {
    let tree = tree(svg, chart)?;
    let Some(mut pixmap) = Pixmap::new(size.width_px, size.height_px) else {
        return Err(ExportError::Allocate {
            width_px: size.width_px,
            height_px: size.height_px,
        });
    };
    // The document is drawn at its own size, so the tree fills the pixmap.
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// `svg` parsed, its text laid out in the fonts `chart`'s text needs.
fn tree(svg: &str, chart: &PieChart) -> Result<usvg::Tree, ExportError> {
    let fallbacks = fonts::export_fallbacks(&chart_texts(chart));
    let mut options = usvg::Options {
        font_family: font_family().to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    if fallbacks.fonts.is_empty() {
        return usvg::Tree::from_str(svg, &options).map_err(ExportError::Render);
    }
    let (fontdb, families) = with_fallbacks(&fallbacks.fonts);
    options.fontdb = fontdb;
    let svg = fonts::wrap_texts(svg, &fallbacks.fonts, &families);
    usvg::Tree::from_str(&svg, &options).map_err(ExportError::Render)
}

/// `png` with `recipe` (a recipe's canonical text) in its `iTXt` chunk.
pub(super) fn with_recipe(png: &[u8], recipe: &str) -> Result<Vec<u8>, ExportError> {
    embed_in_png(png, recipe).map_err(|reason| ExportError::Encode { reason })
}

/// Every line of text the chart can show, before any is cut to fit (a cut
/// line is a prefix and "…", which Ubuntu has).
fn chart_texts(chart: &PieChart) -> Vec<&str> {
    let items = chart.items.iter();
    std::iter::once(chart.title.as_str())
        .chain(items.flat_map(|i| [i.name.as_str(), i.percent_label.as_str()]))
        .map(str::trim)
        .collect()
}

/// A copy of the shared database with `fallbacks` after Ubuntu, and the
/// family each declares there.
fn with_fallbacks(fallbacks: &[FontFile]) -> (Arc<fontdb::Database>, Vec<String>) {
    let mut db = (*font_database()).clone();
    let mut families = Vec::with_capacity(fallbacks.len());
    for font in fallbacks {
        let ids = db.load_font_source(fontdb::Source::Binary(Arc::clone(&font.data)));
        let mut family = None;
        for id in ids {
            match db.face(id) {
                Some(face) if face.index == font.index => {
                    family = face.families.first().map(|(name, _)| name.clone());
                }
                // Of a collection, only the face chosen.
                _ => {
                    db.remove_face(id);
                }
            }
        }
        families.push(family.unwrap_or_else(|| font.family.clone()));
    }
    (Arc::new(db), families)
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
    use super::super::{ChartItem, PieChart, svg, to_png};
    use super::*;
    use std::collections::BTreeSet;

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

    fn chart_of(title: &str, names: &[&str]) -> PieChart {
        let share = 1.0 / names.len() as f64;
        PieChart {
            title: title.to_owned(),
            items: names
                .iter()
                .map(|name| ChartItem {
                    name: (*name).to_owned(),
                    share,
                    percent_label: "50.0 %".to_owned(),
                    colour: [0x00, 0x72, 0xb2],
                })
                .collect(),
            source: None,
        }
    }

    /// Every laid-out glyph of the chart: its text, glyph id and the family
    /// of the face that draws it.
    fn glyphs(chart: &PieChart) -> Vec<(String, u16, String)> {
        fn walk(group: &usvg::Group, db: &fontdb::Database, out: &mut Vec<(String, u16, String)>) {
            for node in group.children() {
                match node {
                    usvg::Node::Group(g) => walk(g, db, out),
                    usvg::Node::Text(text) => {
                        for glyph in text.layouted().iter().flat_map(|s| &s.positioned_glyphs) {
                            let family = db
                                .face(glyph.font)
                                .and_then(|f| f.families.first())
                                .map(|(name, _)| name.clone())
                                .unwrap_or_default();
                            out.push((glyph.text.clone(), glyph.id.0, family));
                        }
                    }
                    _ => {}
                }
            }
        }
        let svg = svg::document(chart, ExportSize::default(), None);
        let tree = tree(&svg, chart).unwrap();
        let mut out = Vec::new();
        walk(tree.root(), tree.fontdb(), &mut out);
        out
    }

    /// Whether the system has fonts for `text`; if not, says why the test
    /// is skipped (or fails it where `CX_REQUIRE_FONTS=1`).
    fn installed_for(text: &str) -> bool {
        let missing = fonts::fallbacks_for(text).missing;
        if !missing.is_empty() {
            fonts::skip_without_fonts(&format!(
                "no installed font has {missing:?} (Debian: fonts-noto-cjk, fonts-noto-core)"
            ));
        }
        missing.is_empty()
    }

    #[test]
    fn latin_text_is_all_ubuntu_from_the_shared_database() {
        assert!(
            fonts::export_fallbacks(&chart_texts(&chart()))
                .fonts
                .is_empty()
        );
        let glyphs = glyphs(&chart());
        assert!(!glyphs.is_empty());
        assert!(
            glyphs
                .iter()
                .all(|(_, id, family)| *id != 0 && family == "Ubuntu")
        );
    }

    #[test]
    fn names_in_other_scripts_are_drawn_with_the_fonts_that_have_them() {
        let names = ["品質", "خدمة العملاء", "שירות", "บริการ", "सेवा"];
        if !installed_for(&names.concat()) {
            return;
        }
        let mut all = names.to_vec();
        all.push("Efficiency");
        let glyphs = glyphs(&chart_of("品質", &all));
        let family_of = |c: char| {
            glyphs
                .iter()
                .filter(|(text, _, _)| text.contains(c))
                .map(|(_, id, family)| {
                    assert_ne!(*id, 0, "{c} is drawn as a box");
                    family.clone()
                })
                .collect::<BTreeSet<_>>()
        };
        assert_eq!(family_of('y'), BTreeSet::from(["Ubuntu".to_owned()]));
        // Each script in the face chosen for it: a regular Noto Sans face
        // where Debian's fonts-noto-cjk and fonts-noto-core are installed.
        for (c, noto) in [
            ('品', "Noto Sans CJK JP"),
            ('خ', "Noto Sans Arabic"),
            ('ש', "Noto Sans Hebrew"),
            ('บ', "Noto Sans Thai"),
            ('स', "Noto Sans Devanagari"),
        ] {
            let chosen = fonts::fallbacks_for(&c.to_string());
            let family = chosen.fonts.first().map(|f| f.family.clone()).unwrap();
            assert_eq!(family_of(c), BTreeSet::from([family.clone()]), "{c}");
            if family != noto {
                eprintln!("note: {c} is drawn in {family}; {noto} is not installed");
            }
        }
    }

    #[test]
    fn arabic_letters_are_joined() {
        if !installed_for("خدمة") {
            return;
        }
        // Joined letters take their initial, medial and final forms: other
        // glyphs than the letters alone.
        let joined = glyphs(&chart_of("خدمة", &["A"]));
        let alone = glyphs(&chart_of("خ د م ة", &["A"]));
        let ids = |glyphs: &[(String, u16, String)]| -> BTreeSet<u16> {
            glyphs
                .iter()
                .filter(|(text, _, _)| text.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)))
                .map(|(_, id, _)| *id)
                .collect()
        };
        assert_eq!(ids(&alone).len(), 4);
        assert_ne!(ids(&joined), ids(&alone));
    }

    #[test]
    fn lines_mixing_scripts_draw_no_boxes() {
        // Arabic ligatures and Indic conjuncts next to Latin letters: the
        // shaped font has a different number of glyphs than Ubuntu.
        let lines = [
            "NPS خدمة العملاء 2",
            "CX שירות",
            "CX 品質",
            "CX क्षमता",
            "Qualität บริการ น้ำ",
            "Smile 😀 & more",
        ];
        if !installed_for(&lines.concat()) {
            return;
        }
        for line in lines {
            let glyphs = glyphs(&chart_of(line, &["A"]));
            let boxes: Vec<&str> = glyphs
                .iter()
                .filter(|(_, id, _)| *id == 0)
                .map(|(text, _, _)| text.as_str())
                .collect();
            assert!(boxes.is_empty(), "{line}: boxes for {boxes:?}");
            for c in line.chars().filter(|c| !c.is_whitespace()) {
                assert!(
                    glyphs.iter().any(|(text, _, _)| text.contains(c)),
                    "{line}: no {c}"
                );
            }
        }
    }
}
