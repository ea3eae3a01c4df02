//! Numbers in a language's own format, for whatever a person reads: the
//! window, the copied summary, the labels of an exported chart, the
//! spreadsheet a Spanish or German office opens. English writes `24.8 %`,
//! Spanish and German `24,8 %`. The figures themselves come from
//! [`crate::recipe::shown`] (one rounding everywhere); this module only
//! writes them in the language's way, and reads back what a person types.
//!
//! The command line's machine output (JSON, CSV, exit codes) never comes
//! through here.

use super::{Arg, Lang, tr, tr_args};
use crate::recipe::{human_amount, shown};

impl Lang {
    /// The decimal separator: `.` in English, `,` in Spanish and German.
    pub fn decimal_separator(self) -> char {
        match self {
            Self::En => '.',
            Self::Es | Self::De => ',',
        }
    }

    /// The separator of thousands when reading what a person typed: `,` in
    /// English, `.` in Spanish and German (spaces, no-break spaces and
    /// apostrophes are read as such in every language).
    pub fn group_separator(self) -> char {
        match self {
            Self::En => ',',
            Self::Es | Self::De => '.',
        }
    }
}

/// `text` (a number or a phrase with numbers, written with decimal points
/// as [`crate::recipe::shown`] writes them) in `lang`'s format: every `.`
/// between two digits becomes the language's decimal separator. "24.8 %"
/// is "24,8 %" in Spanish and German, "24.8 %" in English; other text is
/// left as it is.
pub fn localise(lang: Lang, text: &str) -> String {
    let separator = lang.decimal_separator();
    if separator == '.' {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let digit_at = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(char::is_ascii_digit)
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if c == '.' && digit_at(i.checked_sub(1)) && digit_at(i.checked_add(1)) {
                separator
            } else {
                c
            }
        })
        .collect()
}

/// A number rounded to `decimals` ([`shown::decimal`]) in `lang`'s format.
pub fn decimal(lang: Lang, value: f64, decimals: u8) -> String {
    localise(lang, &shown::decimal(value, decimals))
}

/// A share (0–1) as a percentage in `lang`'s format: "24,8 %".
pub fn percent(lang: Lang, share: f64, decimals: u8) -> String {
    localise(lang, &shown::percent(share, decimals))
}

/// A share's number without the sign, in `lang`'s format: "24,8".
pub fn percent_number(lang: Lang, share: f64, decimals: u8) -> String {
    localise(lang, &shown::percent_number(share, decimals))
}

/// A change in percentage points with its sign and the language's unit
/// (the catalogue's `unit-pp`): "+1.7 pp", "+1,7 p. p.", "+1,7 Pp.".
pub fn signed_points(lang: Lang, points: f64, decimals: u8) -> String {
    let value = localise(lang, &shown::signed_points_number(points, decimals));
    tr_args(lang, "unit-pp", &[("value", Arg::Text(&value))])
}

/// An amount as a person reads it ([`human_amount`]: at most three
/// decimals, no trailing zeros) in `lang`'s format: "0,5", "4030".
pub fn amount(lang: Lang, amount: f64) -> String {
    localise(lang, &human_amount(amount))
}

/// Why typed text is not a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// The text is not a number in this language (the text, cut to 40
    /// characters).
    NotANumber(String),
}

impl NumberError {
    /// The message in `lang`, e.g. "“abc” is not a number; type it like
    /// 2,5 or 1.500".
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Empty => tr(lang, "number-empty"),
            Self::NotANumber(text) => {
                tr_args(lang, "number-not-a-number", &[("text", Arg::Text(text))])
            }
        }
    }
}

/// Reads a number a person typed in `lang`: "2,5" and "1.500,25" in
/// Spanish and German, "2.5" and "1,500.25" in English.
///
/// - The language's decimal separator is always the decimal separator.
/// - The other one (`.` in Spanish and German, `,` in English) separates
///   thousands where the groups after it are of three digits ("1.500",
///   "12.345.678,9"); standing once and not before three digits it is read
///   as a decimal separator too, since that is what the person meant ("1.5"
///   typed in a German window is one and a half).
/// - Spaces (also no-break and narrow no-break), `'` and `’` separate
///   thousands in every language ("1 500", "1'500").
/// - A leading `+` or `-` is kept; surrounding white space is ignored.
///
/// # Errors
/// [`NumberError::Empty`] for blank text, [`NumberError::NotANumber`] for
/// anything else that is not a number written so.
pub fn parse_number(lang: Lang, text: &str) -> Result<f64, NumberError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let bad = || NumberError::NotANumber(trimmed.chars().take(40).collect());
    let (sign, body) = match trimmed.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let body = body.trim_start();
    let decimal = lang.decimal_separator();
    let other = lang.group_separator();
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’');
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return Err(bad());
    }
    // Where the fraction starts: the last of the language's own separator,
    // else the other one when it cannot be a thousands separator.
    let split = |at: usize, sep: char| {
        let head = body.get(..at).unwrap_or_default();
        let tail = body.get(at + sep.len_utf8()..).unwrap_or_default();
        (head, tail)
    };
    let (whole, fraction) = if let Some(at) = body.rfind(decimal) {
        let (head, tail) = split(at, decimal);
        (head, Some(tail))
    } else if let Some(at) = body.rfind(other) {
        let once = body.matches(other).count() == 1;
        let (head, tail) = split(at, other);
        if once && !(tail.len() == 3 && tail.chars().all(|c| c.is_ascii_digit())) {
            (head, Some(tail))
        } else {
            (body, None)
        }
    } else {
        (body, None)
    };
    let digits_only = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let fraction = match fraction {
        Some(f) if digits_only(f) => f,
        Some(_) => return Err(bad()),
        None => "",
    };
    let whole = grouped_digits(whole, |c| c == other || is_space(c)).ok_or_else(bad)?;
    if whole.is_empty() && fraction.is_empty() {
        return Err(bad());
    }
    let canonical = format!(
        "{sign}{}.{}",
        if whole.is_empty() { "0" } else { &whole },
        if fraction.is_empty() { "0" } else { fraction }
    );
    canonical.parse::<f64>().map_err(|_| bad())
}

/// The digits of `text`, whose thousands may be separated by characters
/// `is_separator` accepts (one separator between groups of three, the
/// first group of one to three digits); `None` when it is not so.
fn grouped_digits(text: &str, is_separator: impl Fn(char) -> bool) -> Option<String> {
    let groups: Vec<&str> = text.split(|c: char| is_separator(c)).collect();
    let all_digits = |g: &str| g.chars().all(|c| c.is_ascii_digit());
    match groups.as_slice() {
        [] => Some(String::new()),
        [only] => all_digits(only).then(|| (*only).to_owned()),
        [first, rest @ ..] => {
            let first_ok = (1..=3).contains(&first.len()) && all_digits(first);
            let rest_ok = rest.iter().all(|g| g.len() == 3 && all_digits(g));
            (first_ok && rest_ok).then(|| groups.concat())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_and_german_write_a_decimal_comma() {
        assert_eq!(percent(Lang::Es, 0.248, 1), "24,8 %");
        assert_eq!(percent(Lang::De, 0.248, 1), "24,8 %");
        assert_eq!(percent(Lang::En, 0.248, 1), "24.8 %");
        assert_eq!(percent_number(Lang::De, 1.0 / 3.0, 2), "33,33");
        assert_eq!(amount(Lang::Es, 0.5), "0,5");
        assert_eq!(amount(Lang::De, 4030.0), "4030");
        assert_eq!(decimal(Lang::De, 1.25, 1), "1,3");
        assert_eq!(signed_points(Lang::Es, 1.67, 1), "+1,7 p. p.");
        assert_eq!(signed_points(Lang::De, -3.0, 1), "\u{2212}3,0 Pp.");
        assert_eq!(signed_points(Lang::En, 0.0, 1), "0.0 pp");
    }

    #[test]
    fn only_points_between_digits_change() {
        assert_eq!(
            localise(Lang::De, "Backen 59.5 % · Kochen 40.5 %. Ende."),
            "Backen 59,5 % · Kochen 40,5 %. Ende."
        );
        assert_eq!(localise(Lang::Es, "v1.2.3"), "v1,2,3");
        assert_eq!(localise(Lang::En, "1.5"), "1.5");
    }

    #[test]
    fn typed_amounts_in_each_language() {
        let ok = |lang, text: &str, want: f64| {
            assert_eq!(parse_number(lang, text), Ok(want), "{text:?} in {lang:?}");
        };
        for lang in [Lang::Es, Lang::De] {
            ok(lang, "2,5", 2.5);
            ok(lang, " 0,75 ", 0.75);
            ok(lang, "1.500", 1500.0);
            ok(lang, "1.500,25", 1500.25);
            ok(lang, "12.345.678", 12_345_678.0);
            ok(lang, "1 500,5", 1500.5);
            ok(lang, "1\u{a0}500", 1500.0);
            ok(lang, "1.5", 1.5);
            ok(lang, "2.25", 2.25);
            ok(lang, ",5", 0.5);
            ok(lang, "7", 7.0);
            ok(lang, "-1,5", -1.5);
        }
        ok(Lang::En, "2.5", 2.5);
        ok(Lang::En, "1,500", 1500.0);
        ok(Lang::En, "1,500.25", 1500.25);
        ok(Lang::En, "2,5", 2.5);
        ok(Lang::En, "1'000", 1000.0);
        ok(Lang::En, "+3", 3.0);
    }

    #[test]
    fn what_is_not_a_number_is_refused() {
        for text in [
            "abc",
            "1,2,3",
            "1.2.3,4,5",
            "12.34.567",
            "1e3",
            "--1",
            "1,5,",
            "1.50.0",
            ".",
            ",",
        ] {
            assert!(
                matches!(
                    parse_number(Lang::De, text),
                    Err(NumberError::NotANumber(_))
                ),
                "{text:?}"
            );
        }
        assert_eq!(parse_number(Lang::Es, "   "), Err(NumberError::Empty));
        assert!(parse_number(Lang::En, "1.2.3").is_err());
        assert!(parse_number(Lang::En, "1,50").is_ok(), "read as 1.50");
    }

    #[test]
    fn errors_speak_the_language() {
        let e = parse_number(Lang::De, "abc").unwrap_err();
        assert!(
            e.message(Lang::De).contains("abc"),
            "{}",
            e.message(Lang::De)
        );
        assert_ne!(e.message(Lang::De), e.message(Lang::En));
        assert_ne!(NumberError::Empty.message(Lang::Es), "number-empty");
    }
}
