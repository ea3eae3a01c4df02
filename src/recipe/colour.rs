//! Ingredient colours, written to files as `"#rrggbb"`.

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
