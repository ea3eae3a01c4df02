//! Slice colours: a fixed palette that stays distinct for colour-blind viewers
//! and on a washed-out projector (Okabe–Ito first, then a documented
//! extension; see [`PALETTE`]), plus the text colour that reads on each.
//! Edges between slices are chosen in [`super::contrast`].

/// Slice colours in the order new ingredients receive them (defined in the
/// core, which gives a hand-written ingredient without a colour its own).
pub use crate::recipe::PALETTE;
/// How different two colours look (CIEDE2000).
pub use crate::recipe::colour::delta_e::{Lab, ciede2000, delta_e};
/// Colours that tell ingredients apart (defined in the core's colour
/// module, so the blend uses them too; see [`distinct_colours`]).
pub use crate::recipe::colour::{
    DISTINCT_COLOURS, MIN_DELTA_E, MIN_DELTA_E_ANY, display_colours, distinct_colours, next_unused,
};

/// Black text, for light backgrounds.
const BLACK: [u8; 3] = [0, 0, 0];
/// White text, for dark backgrounds.
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];

/// The palette colour for the `i`-th item, repeating after the last.
#[must_use]
pub fn colour_for(i: usize) -> [u8; 3] {
    // The modulo keeps the index in range; the fallback is never used.
    PALETTE.get(i % PALETTE.len()).copied().unwrap_or_default()
}

/// Black or white, whichever contrasts more with `bg` (WCAG contrast ratio).
#[must_use]
pub fn label_text_colour(bg: [u8; 3]) -> [u8; 3] {
    let luminance = relative_luminance(bg);
    let against_white = 1.05 / (luminance + 0.05);
    let against_black = (luminance + 0.05) / 0.05;
    if against_white >= against_black {
        WHITE
    } else {
        BLACK
    }
}

/// WCAG 2 relative luminance of an sRGB colour, `0.0` (black) to `1.0`.
#[must_use]
pub fn relative_luminance(colour: [u8; 3]) -> f64 {
    let table = LINEAR.get_or_init(|| std::array::from_fn(|i| to_linear(i as f64 / 255.0)));
    let [r, g, b] = colour.map(|channel| table.get(usize::from(channel)).copied().unwrap_or(0.0));
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// sRGB channel values made linear, all 256 of them worked out once: the
/// window asks for the luminance of every boundary of the pie each frame.
static LINEAR: std::sync::OnceLock<[f64; 256]> = std::sync::OnceLock::new();

/// One sRGB channel (0–1) made linear.
fn to_linear(c: f64) -> f64 {
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG 2 contrast ratio between two colours, `1.0` to `21.0`.
#[must_use]
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The colour as `#rrggbb`, lowercase.
#[must_use]
pub fn to_hex(colour: [u8; 3]) -> String {
    let [r, g, b] = colour;
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn palette_has_twelve_or_more_distinct_colours() {
        assert!(PALETTE.len() >= 12);
        for (i, a) in PALETTE.iter().enumerate() {
            for b in &PALETTE[i + 1..] {
                let distance: i32 = a
                    .iter()
                    .zip(b)
                    .map(|(x, y)| (i32::from(*x) - i32::from(*y)).abs())
                    .sum();
                assert!(distance > 60, "{} and {} too close", to_hex(*a), to_hex(*b));
            }
        }
    }

    #[test]
    fn palette_colours_show_on_white() {
        for colour in PALETTE {
            // Okabe–Ito's yellow is in the palette for colour-blind viewers,
            // and cannot stand out from white by itself: the window draws a
            // dark rim around it (checked below for every colour).
            if colour == [0xf0, 0xe4, 0x42] {
                continue;
            }
            // Large shapes need 3:1 to stand out (WCAG non-text contrast);
            // the two lightest Okabe–Ito hues are let through slightly below.
            assert!(
                contrast_ratio(colour, WHITE) >= 2.2,
                "{} fades on white",
                to_hex(colour)
            );
        }
        for background in [WHITE, BLACK, [0xf8, 0xf8, 0xf8], [0x1b, 0x1b, 0x1b]] {
            for colour in PALETTE {
                let edge = super::super::contrast::edge_between(colour, background, background);
                assert!(
                    super::super::contrast::boundary_contrast(colour, background, edge) >= 3.0,
                    "{} on {}",
                    to_hex(colour),
                    to_hex(background)
                );
            }
        }
    }

    #[test]
    fn label_colour_is_readable_on_every_slice() {
        for colour in PALETTE {
            let text = label_text_colour(colour);
            assert!(text == BLACK || text == WHITE);
            assert!(
                contrast_ratio(colour, text) >= 4.5,
                "{} on {}",
                to_hex(text),
                to_hex(colour)
            );
        }
        assert_eq!(label_text_colour(WHITE), BLACK);
        assert_eq!(label_text_colour(BLACK), WHITE);
        assert_eq!(label_text_colour([0xe6, 0x9f, 0x00]), BLACK);
        assert_eq!(label_text_colour([0x00, 0x72, 0xb2]), WHITE);
    }

    #[test]
    fn colour_for_cycles() {
        assert_eq!(colour_for(0), PALETTE[0]);
        assert_eq!(colour_for(PALETTE.len()), PALETTE[0]);
        assert_eq!(colour_for(PALETTE.len() + 3), PALETTE[3]);
    }

    #[test]
    fn next_unused_skips_used_and_wraps() {
        assert_eq!(next_unused(&[]), PALETTE[0]);
        assert_eq!(next_unused(&[PALETTE[0], PALETTE[2]]), PALETTE[1]);
        assert_eq!(next_unused(&[[1, 2, 3]]), PALETTE[0]);
        assert_eq!(next_unused(&PALETTE), colour_for(PALETTE.len()));
        let mut many = PALETTE.to_vec();
        many.push(PALETTE[0]);
        assert_eq!(next_unused(&many), colour_for(many.len()));
    }

    #[test]
    fn hex_is_lowercase_and_padded() {
        assert_eq!(to_hex([0, 0x72, 0xb2]), "#0072b2");
        assert_eq!(to_hex([255, 255, 255]), "#ffffff");
        assert_eq!(to_hex([1, 2, 3]), "#010203");
    }
}
