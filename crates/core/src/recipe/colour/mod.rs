//! Ingredient colours, written to files as `"#rrggbb"`; the palette; how
//! different two colours look ([`delta_e`]) and the colours that tell a
//! recipe's ingredients apart (`distinct`).

pub mod delta_e;
mod distinct;

pub use distinct::{
    DISTINCT_COLOURS, MIN_DELTA_E, MIN_DELTA_E_ANY, display_colours, distinct_colours, next_unused,
};

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Colour([u8; 3]);

impl Colour {
    /// A colour from its red, green and blue bytes.
    pub const fn from_rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b])
    }

    /// The red, green and blue bytes.
    pub const fn rgb(self) -> [u8; 3] {
        self.0
    }
}

impl From<[u8; 3]> for Colour {
    fn from(rgb: [u8; 3]) -> Self {
        Self(rgb)
    }
}

impl fmt::Display for Colour {
    /// `#rrggbb`, lower case.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

/// A colour that is not `#rrggbb`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a colour as \"#rrggbb\" (six hexadecimal digits), found {0:?}")]
pub struct BadColour(pub String);

impl FromStr for Colour {
    type Err = BadColour;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadColour(s.chars().take(40).collect());
        let hex = s.strip_prefix('#').ok_or_else(bad)?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let byte = |at: usize| {
            hex.get(at..at + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(bad)
        };
        Ok(Self([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Slice colours in the order new ingredients receive them.
///
/// The first eight are the Okabe–Ito set, safe for every common kind of
/// colour blindness, in its published order: blue, orange, bluish green,
/// vermilion, reddish purple, sky blue, yellow, black. The window keeps each
/// slice apart from its neighbours and from the background with an edge
/// chosen per boundary (`chart::contrast`), so yellow on white and black on a
/// dark theme stay visible. The next eight come from Paul Tol's muted scheme
/// and `ColorBrewer`; the last eight were chosen, one at a time, as the sRGB
/// colour farthest (CIEDE2000) from every colour before it and from the
/// "Other" grey, among the mid-tones (at least 2.2:1 against white and
/// 1.8:1 against black, so that none fades on a light projector, and
/// apart from every other by more than 60 in the sum of channel steps). Any two of the 24 are at least `chart::palette::MIN_DELTA_E`
/// (ΔE₀₀ 13) apart, and neighbours in the order differ strongly. Files keep
/// their own colours: changing this list changes only what new ingredients
/// (and files written without colours) receive.
pub const PALETTE: [[u8; 3]; 24] = [
    [0x00, 0x72, 0xb2], // blue
    [0xe6, 0x9f, 0x00], // orange
    [0x00, 0x9e, 0x73], // bluish green
    [0xd5, 0x5e, 0x00], // vermilion
    [0xcc, 0x79, 0xa7], // reddish purple
    [0x56, 0xb4, 0xe9], // sky blue
    [0xf0, 0xe4, 0x42], // yellow
    [0x00, 0x00, 0x00], // black
    [0x88, 0x22, 0x55], // wine
    [0x11, 0x77, 0x33], // green
    [0x33, 0x22, 0x88], // indigo
    [0x99, 0x99, 0x33], // olive
    [0xe7, 0x29, 0x8a], // magenta
    [0x6f, 0x6f, 0x6f], // grey
    [0xa6, 0x76, 0x1d], // ochre
    [0x66, 0x11, 0x00], // brown
    [0x4b, 0x3c, 0x00], // dark olive
    [0x96, 0x4b, 0xff], // violet
    [0x00, 0x4b, 0x4b], // dark teal
    [0xd2, 0x0f, 0x2d], // crimson
    [0xf0, 0x96, 0x87], // salmon
    [0x2d, 0xc3, 0x00], // leaf green
    [0x96, 0x96, 0xd2], // periwinkle
    [0x3c, 0x3c, 0x4b], // slate
];

/// The palette colour for the `i`-th ingredient, repeating after the last:
/// what an ingredient written without a colour gets.
pub fn palette_colour(i: usize) -> Colour {
    // The modulo keeps the index in range; the fallback is never used.
    Colour(PALETTE.get(i % PALETTE.len()).copied().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips() {
        let c: Colour = "#0072B2".parse().unwrap();
        assert_eq!(c.rgb(), [0x00, 0x72, 0xb2]);
        assert_eq!(c.to_string(), "#0072b2");
    }

    #[test]
    fn bad_colours_are_refused() {
        for bad in ["0072b2", "#0072b", "#0072b2ff", "#00é2b2", "#zz72b2", ""] {
            assert!(bad.parse::<Colour>().is_err(), "{bad}");
        }
    }
}
