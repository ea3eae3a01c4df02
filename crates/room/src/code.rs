//! The room code every request must carry, and the participant's token.
//!
//! A code is 8 characters of Crockford's base32 (no i, l, o or u, so it
//! reads aloud and types without confusion): 40 random bits from the
//! system's generator. Guessing is capped per client
//! ([`crate::Limits::max_wrong_codes_per_client`]), and devices beyond
//! those the room counts share one such budget, so a room's lifetime allows
//! about 100,000 guesses: odds below one in ten million.

use std::fmt;

/// Crockford's base32 alphabet, lower case.
const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
/// Characters in a code.
const LEN: usize = 8;

/// A room code, e.g. `k7m2-x9pq` as shown; compared without the dash and
/// case, with `o` read as `0` and `i`/`l` as `1`.
#[derive(Clone, PartialEq, Eq)]
pub struct RoomCode(String);

impl RoomCode {
    /// A new code from the system's random generator.
    ///
    /// # Errors
    /// When the system has no random source to offer.
    pub fn random() -> Result<Self, getrandom::Error> {
        let mut bytes = [0u8; LEN];
        getrandom::fill(&mut bytes)?;
        Ok(Self(
            bytes
                .iter()
                .filter_map(|b| ALPHABET.get(usize::from(b & 31)))
                .map(|&b| char::from(b))
                .collect(),
        ))
    }

    /// The code as a person types it (dash, case and look-alikes
    /// forgiven), or `None` when it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let canonical = canonical(text)?;
        Some(Self(canonical))
    }

    /// As shown and put in the address: `k7m2-x9pq`.
    pub fn shown(&self) -> String {
        let (a, b) = self.0.split_at(LEN / 2);
        format!("{a}-{b}")
    }

    /// Whether a path segment from a request is this code, in time that
    /// does not depend on where they differ.
    pub fn matches(&self, segment: &str) -> bool {
        let Some(candidate) = canonical(segment) else {
            return false;
        };
        candidate
            .bytes()
            .zip(self.0.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    }
}

impl fmt::Debug for RoomCode {
    /// Never the code itself: it may end up in a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RoomCode(…)")
    }
}

/// Eight code characters, lower case, without dashes; `None` otherwise.
fn canonical(text: &str) -> Option<String> {
    if text.len() > 2 * LEN {
        return None;
    }
    let mut out = String::with_capacity(LEN);
    for c in text.chars() {
        let c = match c.to_ascii_lowercase() {
            '-' => continue,
            'o' => '0',
            'i' | 'l' => '1',
            c => c,
        };
        if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
            return None;
        }
        out.push(c);
    }
    (out.len() == LEN).then_some(out)
}

/// A participant's token: 32 lower-case hexadecimal digits (128 bits) the
/// browser drew and keeps. The same token replaces its earlier answer.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Token(String);

impl Token {
    /// Digits in a token.
    pub const LEN: usize = 32;

    /// A token, or `None` for anything but 32 lower-case hex digits.
    pub fn parse(text: &str) -> Option<Self> {
        (text.len() == Self::LEN && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
            .then(|| Self(text.to_owned()))
    }

    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_eight_unambiguous_characters_and_forgives_typing() {
        let code = RoomCode::random().unwrap();
        let shown = code.shown();
        assert_eq!(shown.len(), 9, "{shown}");
        assert!(code.matches(&shown));
        assert!(code.matches(&shown.replace('-', "")));
        assert!(code.matches(&shown.to_uppercase()));
        let typed = RoomCode::parse("K7M2-X9PO").unwrap();
        assert!(typed.matches("k7m2x9p0"));
        assert!(RoomCode::parse("LiL0-0000").unwrap().matches("1110-0000"));
        for wrong in [
            "",
            "k7m2-x9p",
            "k7m2-x9pq0",
            "k7m2-x9p/",
            "k7m2-x9pu",
            "ä7m2-x9pq",
        ] {
            assert!(RoomCode::parse(wrong).is_none(), "{wrong}");
            assert!(!typed.matches(wrong), "{wrong}");
        }
        assert!(!typed.matches(&"-".repeat(100)));
        assert_eq!(format!("{typed:?}"), "RoomCode(…)");
    }

    #[test]
    fn codes_differ() {
        let a = RoomCode::random().unwrap();
        let b = RoomCode::random().unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn tokens_are_32_lower_hex_digits() {
        assert!(Token::parse("0123456789abcdef0123456789abcdef").is_some());
        for bad in [
            "",
            "0123456789ABCDEF0123456789abcdef",
            "0123456789abcdef0123456789abcde",
            "../../etc/passwd0123456789abcdef",
        ] {
            assert!(Token::parse(bad).is_none(), "{bad}");
        }
    }
}
