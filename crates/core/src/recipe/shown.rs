//! Numbers as a person reads them: one way to turn a share, a change in
//! points or a balance into text, so that one value reads the same wherever
//! it is shown (the table, the pie, the verdict, the balance, compare, the
//! blend, the copied summary, the advice, the command line's text).
//!
//! # The rule
//!
//! A single value is rounded on its own, half away from zero, on the value
//! itself — not on the binary float's last bits: the value is first taken
//! to 15 significant digits (all a double holds of a decimal), so 12.45 %
//! made as 0.1245 × 100 rounds to 12.5 %, and exactly one third shows as
//! 33.3 %. Equal values always give equal text.
//!
//! Largest-remainder rounding ([`super::shares::rounded_percentages`],
//! whose column adds up to exactly 100) is kept only where a column must
//! add up to 100 for whoever reads it: the CSV and the JSON of `summary`
//! (machine output, unchanged), and the parts of a blend's team recipe
//! (an amount in a file, a budget of 100). See ARCHITECTURE.md.
//!
//! Everything here writes a decimal point; [`crate::i18n::number`] puts the
//! same text in a language's own format (`24,8 %`).

use super::advice::{Advice, Verdict};
use super::shares::RoundedPercent;
use super::tag::Balance;

/// The typographic minus, for text meant to be read ("−3.0 pp").
pub const MINUS: char = '\u{2212}';

/// `value` rounded to `decimals` (at most [`RoundedPercent::MAX_DECIMALS`]),
/// half away from zero, as text with a decimal point and an ASCII `-` for
/// a negative value; never "-0.0". A value that is not finite reads "–".
pub fn decimal(value: f64, decimals: u8) -> String {
    let decimals = decimals.min(RoundedPercent::MAX_DECIMALS);
    let Some((negative, steps)) = rounded_steps(value, decimals) else {
        return "–".to_owned();
    };
    let mut text = String::new();
    if negative && steps > 0 {
        text.push('-');
    }
    text.push_str(&steps_text(steps, decimals));
    text
}

/// A share (0–1) as a percentage number: `0.248` → "24.8" at 1 decimal.
pub fn percent_number(share: f64, decimals: u8) -> String {
    decimal(share * 100.0, decimals)
}

/// A share (0–1) as a percentage: `1/3` → "33.3 %" at 1 decimal.
pub fn percent(share: f64, decimals: u8) -> String {
    format!("{} %", percent_number(share, decimals))
}

/// A change in percentage points with its sign, rounded on its own:
/// `1.67` → "+1.7", `-3.0` → "−3.0", anything that rounds to zero → "0.0".
/// The change between two shares is worked out from the exact shares, so
/// it is the true change rounded, not the difference of two rounded
/// numbers.
pub fn signed_points_number(points: f64, decimals: u8) -> String {
    let decimals = decimals.min(RoundedPercent::MAX_DECIMALS);
    let Some((negative, steps)) = rounded_steps(points, decimals) else {
        return "–".to_owned();
    };
    let sign = match (steps, negative) {
        (0, _) => String::new(),
        (_, true) => MINUS.to_string(),
        (_, false) => "+".to_owned(),
    };
    format!("{sign}{}", steps_text(steps, decimals))
}

/// [`signed_points_number`] with its unit: "+1.7 pp".
pub fn signed_points(points: f64, decimals: u8) -> String {
    format!("{} pp", signed_points_number(points, decimals))
}

/// Percentage points without a sign (a spread such as a standard
/// deviation): "6.1 pp".
pub fn points(points: f64, decimals: u8) -> String {
    format!("{} pp", decimal(points, decimals))
}

/// The baking share as its number (no `%`) where the advice judges it:
/// [`percent_number`] at `decimals`, with more decimals (up to
/// [`RoundedPercent::MAX_DECIMALS`]) only where the rounded figure would
/// read as inside the suggested range while the share is outside it
/// (39.996 % is under 40 %, so it never shows as "40.0"). Without advice
/// it is plain [`percent_number`].
///
/// The balance and the verdict both take the baking share from here, so
/// they always show the same figure.
pub fn baking_number(share: f64, decimals: u8, advice: Option<&Advice>) -> String {
    let plain = percent_number(share, decimals);
    let Some(advice) = advice else {
        return plain;
    };
    let verdict = advice.verdict(share);
    if verdict == Verdict::Inside {
        return plain;
    }
    let (low, high) = (advice.low * 100.0, advice.high * 100.0);
    let reads_inside = |text: &str| {
        text.parse::<f64>()
            .is_ok_and(|v| v >= low - 1e-9 && v <= high + 1e-9)
    };
    let mut d = decimals.min(RoundedPercent::MAX_DECIMALS);
    let mut text = plain;
    while reads_inside(&text) && d < RoundedPercent::MAX_DECIMALS {
        d += 1;
        text = percent_number(share, d);
    }
    text
}

/// The three figures of a balance, as shown: each part rounded on its own
/// (the baking share by [`baking_number`]), without the `%` sign.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceNumbers {
    /// Baking, e.g. "59.5".
    pub baking: String,
    /// Cooking.
    pub cooking: String,
    /// Untagged.
    pub untagged: String,
}

impl BalanceNumbers {
    /// The figures of `balance` at `decimals`, judged against `advice`
    /// where the recipe has one (see [`baking_number`]).
    pub fn of(balance: &Balance, decimals: u8, advice: Option<&Advice>) -> Self {
        Self {
            baking: baking_number(balance.baking, decimals, advice),
            cooking: percent_number(balance.cooking, decimals),
            untagged: percent_number(balance.untagged, decimals),
        }
    }
}

/// Text for whole steps of `10^-decimals`: "333" at 1 decimal → "33.3".
fn steps_text(steps: u64, decimals: u8) -> String {
    let scale = 10u64.pow(u32::from(decimals));
    let whole = steps / scale;
    if decimals == 0 {
        whole.to_string()
    } else {
        let frac = steps % scale;
        format!("{whole}.{frac:0width$}", width = usize::from(decimals))
    }
}

/// `|value| × 10^decimals` rounded half away from zero on the value's 15
/// significant digits, and whether the value is negative; `None` for a
/// value that is not finite or too large for the steps to count.
fn rounded_steps(value: f64, decimals: u8) -> Option<(bool, u64)> {
    if !value.is_finite() {
        return None;
    }
    let negative = value < 0.0;
    // 15 significant digits: "d.dddddddddddddde±x".
    let text = format!("{:.14e}", value.abs());
    let (mantissa, exponent) = text.split_once('e')?;
    let exponent: i32 = exponent.parse().ok()?;
    let digits: Vec<u8> = mantissa
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    // The value is 0.d1d2… × 10^(exponent + 1); keep the digits in front of
    // the rounding position.
    let kept = exponent + 1 + i32::from(decimals);
    if kept < 0 {
        return Some((negative, 0));
    }
    let kept = usize::try_from(kept).ok()?;
    if kept > 19 {
        return None;
    }
    let mut steps: u64 = 0;
    for i in 0..kept {
        let digit = digits.get(i).copied().unwrap_or(0);
        steps = steps.checked_mul(10)?.checked_add(u64::from(digit))?;
    }
    // Half away from zero: the first digit dropped decides.
    if digits.get(kept).is_some_and(|d| *d >= 5) {
        steps = steps.checked_add(1)?;
    }
    Some((negative, steps))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::advice::Advice;
    use proptest::prelude::*;

    fn range(low: f64, high: f64) -> Advice {
        Advice {
            low,
            high,
            pushes: Vec::new(),
        }
    }

    #[test]
    fn one_third_is_33_3() {
        assert_eq!(percent(1.0 / 3.0, 1), "33.3 %");
        assert_eq!(percent(2.0 / 3.0, 1), "66.7 %");
        assert_eq!(percent(1.0 / 9.0, 1), "11.1 %");
        assert_eq!(percent(1.0, 1), "100.0 %");
        assert_eq!(percent(0.0, 2), "0.00 %");
        assert_eq!(percent(0.5, 0), "50 %");
    }

    #[test]
    fn halves_go_away_from_zero_on_the_decimal_value() {
        // 0.1245 is 0.12449999999999999 as a double; the value meant is a half.
        assert_eq!(percent_number(0.1245, 1), "12.5");
        assert_eq!(percent_number(0.125, 0), "13");
        assert_eq!(decimal(2.5, 0), "3");
        assert_eq!(decimal(-2.5, 0), "-3");
        assert_eq!(decimal(0.05, 1), "0.1");
        assert_eq!(decimal(1.005, 2), "1.01");
        assert_eq!(decimal(-0.04, 1), "0.0");
        assert_eq!(decimal(-0.0, 1), "0.0");
        assert_eq!(decimal(f64::NAN, 1), "–");
        assert_eq!(decimal(1e-20, 3), "0.000");
        assert_eq!(decimal(4030.0, 0), "4030");
        assert_eq!(decimal(999.96, 1), "1000.0");
    }

    #[test]
    fn the_ideal_cx_shares_each_round_on_their_own() {
        let ml = [1000.0, 500.0, 500.0, 30.0, 2000.0];
        let total: f64 = ml.iter().sum();
        let shown: Vec<String> = ml.iter().map(|a| percent(a / total, 1)).collect();
        // Consistency is 0.744 %: 0.7, where the largest remainder gave 0.8.
        assert_eq!(shown, ["24.8 %", "12.4 %", "12.4 %", "0.7 %", "49.6 %"]);
    }

    #[test]
    fn changes_are_the_true_change_rounded() {
        assert_eq!(signed_points(1.67, 1), "+1.7 pp");
        assert_eq!(signed_points(-3.0, 1), "\u{2212}3.0 pp");
        assert_eq!(signed_points(0.04, 1), "0.0 pp");
        assert_eq!(signed_points(-0.04, 1), "0.0 pp");
        assert_eq!(signed_points(12.45, 1), "+12.5 pp");
        assert_eq!(points(6.149, 1), "6.1 pp");
        assert_eq!(signed_points_number(-0.05, 1), "\u{2212}0.1");
    }

    #[test]
    fn the_baking_share_never_reads_as_inside_when_it_is_not() {
        let advice = range(0.4, 0.6);
        assert_eq!(baking_number(0.39996, 1, Some(&advice)), "39.996");
        assert_eq!(baking_number(0.60004, 1, Some(&advice)), "60.004");
        assert_eq!(baking_number(0.39996, 1, None), "40.0");
        assert_eq!(baking_number(0.595, 1, Some(&advice)), "59.5");
        assert_eq!(baking_number(0.25, 1, Some(&advice)), "25.0");
        assert_eq!(baking_number(0.4 - 1e-8, 1, Some(&advice)), "39.999999");
        // Within the advice's own slack of the end: inside, and shown so.
        assert_eq!(baking_number(0.4 - 1e-12, 1, Some(&advice)), "40.0");
    }

    #[test]
    fn the_balance_and_the_verdict_say_the_same() {
        // 59.45 %: the balance once said 59.5 % and the verdict 59.4 %.
        let b = Balance {
            baking: 0.5945,
            cooking: 0.3,
            untagged: 0.1055,
        };
        let advice = range(0.6, 0.8);
        let n = BalanceNumbers::of(&b, 1, Some(&advice));
        assert_eq!(n.baking, "59.5");
        assert_eq!(n.untagged, "10.6");
        let figures = advice.figures_with(b.baking, 1);
        assert_eq!(figures.share, n.baking);
    }

    proptest! {
        #[test]
        fn every_value_is_within_half_a_step(
            share in 0.0f64..=1.0,
            decimals in 0u8..=4,
        ) {
            let text = percent_number(share, decimals);
            let value: f64 = text.parse().unwrap();
            let step = 10f64.powi(-i32::from(decimals));
            prop_assert!((value - share * 100.0).abs() <= step / 2.0 + 1e-9);
            let dot = text.find('.');
            prop_assert_eq!(dot.map_or(0, |d| text.len() - d - 1), usize::from(decimals));
        }
    }
}
