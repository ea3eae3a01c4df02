//! What keeps the chart readable: WCAG 2 contrast between text and what it
//! sits on, and between neighbouring areas (two slices, or a slice and the
//! background), with the edge drawn between them chosen per boundary.
//!
//! Text needs [`TEXT_MIN`] (4.5:1) against its background; neighbouring
//! areas need [`GRAPHIC_MIN`] (3:1) against each other, or an edge between
//! them that has 3:1 against both. No single edge colour always exists (a
//! dark plum beside a mid grey has no colour 3:1 from both), so an edge can
//! be two-tone: a light line beside the dark side, a dark one beside the
//! light side.

use super::palette::contrast_ratio;

/// Least contrast of text against its background (WCAG 2 AA, 1.4.3).
pub const TEXT_MIN: f64 = 4.5;

/// Least contrast between neighbouring areas of a chart (WCAG 2, 1.4.11).
pub const GRAPHIC_MIN: f64 = 3.0;

/// A light edge colour.
pub const WHITE: [u8; 3] = [0xff, 0xff, 0xff];

/// A dark edge colour: near-black, softer than pure black on a projector.
pub const NEAR_BLACK: [u8; 3] = [0x1a, 0x1a, 0x1a];

/// The edge between two neighbouring areas `a` and `b`, drawn as a line on
/// their boundary: one colour, or two side by side (see [`Edge::is_two_tone`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The colour of the edge's half beside `a`.
    pub beside_a: [u8; 3],
    /// The colour of the edge's half beside `b`.
    pub beside_b: [u8; 3],
}

impl Edge {
    /// An edge of one colour.
    #[must_use]
    pub const fn single(colour: [u8; 3]) -> Self {
        Self {
            beside_a: colour,
            beside_b: colour,
        }
    }

    /// Whether the edge is two lines of different colours.
    #[must_use]
    pub fn is_two_tone(&self) -> bool {
        self.beside_a != self.beside_b
    }
}

/// The edge to draw between areas `a` and `b`.
///
/// `preferred` (usually the background, which makes the edge look like a
/// gap) is used when it works, or when `a` and `b` already stand apart by
/// themselves; otherwise white or near-black, whichever has 3:1 against
/// both; otherwise a two-tone edge. The result always passes
/// [`boundary_contrast`] ≥ [`GRAPHIC_MIN`].
#[must_use]
pub fn edge_between(a: [u8; 3], b: [u8; 3], preferred: [u8; 3]) -> Edge {
    let against_both = |e: [u8; 3]| contrast_ratio(e, a).min(contrast_ratio(e, b));
    if against_both(preferred) >= GRAPHIC_MIN || contrast_ratio(a, b) >= GRAPHIC_MIN {
        return Edge::single(preferred);
    }
    if let Some(colour) = [WHITE, NEAR_BLACK]
        .into_iter()
        .filter(|e| against_both(*e) >= GRAPHIC_MIN)
        .max_by(|x, y| against_both(*x).total_cmp(&against_both(*y)))
    {
        return Edge::single(colour);
    }
    Edge {
        beside_a: light_or_dark_against(a),
        beside_b: light_or_dark_against(b),
    }
}

/// How well a boundary between `a` and `b` drawn with `edge` can be seen:
/// the contrast of `a` and `b` themselves, or, if the edge does better, the
/// weakest step crossing it (`a` to the edge, within a two-tone edge, the
/// edge to `b`).
#[must_use]
pub fn boundary_contrast(a: [u8; 3], b: [u8; 3], edge: Edge) -> f64 {
    let within = if edge.is_two_tone() {
        contrast_ratio(edge.beside_a, edge.beside_b)
    } else {
        f64::INFINITY
    };
    let across_edge = contrast_ratio(a, edge.beside_a)
        .min(within)
        .min(contrast_ratio(edge.beside_b, b));
    contrast_ratio(a, b).max(across_edge)
}

/// White or near-black, whichever stands out more against `colour`.
#[must_use]
pub fn light_or_dark_against(colour: [u8; 3]) -> [u8; 3] {
    if contrast_ratio(WHITE, colour) >= contrast_ratio(NEAR_BLACK, colour) {
        WHITE
    } else {
        NEAR_BLACK
    }
}

/// The rim a slice or a legend swatch of `colour` needs to stand out from
/// `background`: `None` when its fill has [`GRAPHIC_MIN`] against the
/// background by itself, else the edge [`edge_between`] chooses (which
/// always has it). Black on the high-contrast theme's black gets a white
/// rim; Okabe–Ito's yellow on white a near-black one. Every view that
/// draws a colour on the background (the pie, the legend, the compare and
/// blend swatches, exports) draws this rim.
#[must_use]
pub fn rim_against(colour: [u8; 3], background: [u8; 3]) -> Option<Edge> {
    if contrast_ratio(colour, background) >= GRAPHIC_MIN {
        return None;
    }
    Some(edge_between(colour, background, background))
}

/// Whether `text` reads on `background` ([`TEXT_MIN`] or more).
#[must_use]
pub fn text_reads(text: [u8; 3], background: [u8; 3]) -> bool {
    contrast_ratio(text, background) >= TEXT_MIN
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::palette::{PALETTE, label_text_colour};

    /// Every sRGB grey and a coarse grid of colours: enough to find any
    /// pair the rules miss.
    fn sample_colours() -> Vec<[u8; 3]> {
        let steps = [0u8, 0x33, 0x66, 0x80, 0x99, 0xcc, 0xff];
        let mut out = Vec::new();
        for r in steps {
            for g in steps {
                for b in steps {
                    out.push([r, g, b]);
                }
            }
        }
        out.extend(PALETTE);
        out
    }

    #[test]
    fn every_boundary_can_be_seen() {
        let colours = sample_colours();
        for a in &colours {
            for b in &colours {
                for preferred in [WHITE, NEAR_BLACK, [0xf8, 0xf8, 0xf8], [0x1b, 0x1b, 0x1b]] {
                    let edge = edge_between(*a, *b, preferred);
                    assert!(
                        boundary_contrast(*a, *b, edge) >= GRAPHIC_MIN,
                        "{a:?} | {b:?} with {edge:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_single_edge_when_one_works_two_tone_only_when_none_does() {
        // The background is kept when it works: white between two dark slices.
        let e = edge_between([0x00, 0x72, 0xb2], [0x88, 0x22, 0x55], WHITE);
        assert_eq!(e, Edge::single(WHITE));
        // Slices apart by themselves keep the preferred edge even if it
        // fades against one of them.
        let e = edge_between([0xf0, 0xe4, 0x42], [0x33, 0x22, 0x88], WHITE);
        assert_eq!(e, Edge::single(WHITE));
        // Yellow on white: a dark rim.
        let e = edge_between([0xf0, 0xe4, 0x42], WHITE, WHITE);
        assert_eq!(e, Edge::single(NEAR_BLACK));
        // Black on a dark background: a white rim.
        let e = edge_between([0, 0, 0], [0x1b, 0x1b, 0x1b], [0x1b, 0x1b, 0x1b]);
        assert_eq!(e, Edge::single(WHITE));
        // Dark and light too close for either edge colour: two tones.
        let (dark, light) = ([0x6e, 0x4a, 0x55], [0xa0, 0xa0, 0xa0]);
        assert!(contrast_ratio(dark, light) < GRAPHIC_MIN);
        let e = edge_between(dark, light, WHITE);
        assert!(e.is_two_tone(), "{e:?}");
        assert_eq!(e.beside_a, WHITE);
        assert_eq!(e.beside_b, NEAR_BLACK);
    }

    #[test]
    fn a_rim_where_the_fill_alone_fades() {
        let black = [0, 0, 0];
        assert_eq!(rim_against(black, black), Some(Edge::single(WHITE)));
        assert_eq!(
            rim_against([0xf0, 0xe4, 0x42], WHITE),
            Some(Edge::single(NEAR_BLACK))
        );
        assert_eq!(rim_against([0x00, 0x72, 0xb2], WHITE), None);
        for colour in sample_colours() {
            for bg in [WHITE, black, [0xf8, 0xf8, 0xf8], [0x1b, 0x1b, 0x1b]] {
                let shows = match rim_against(colour, bg) {
                    None => contrast_ratio(colour, bg),
                    Some(edge) => boundary_contrast(colour, bg, edge),
                };
                assert!(shows >= GRAPHIC_MIN, "{colour:?} on {bg:?}");
            }
        }
    }

    #[test]
    fn slice_labels_read_on_every_palette_colour() {
        for colour in PALETTE {
            assert!(text_reads(label_text_colour(colour), colour), "{colour:?}");
        }
    }
}
