//! Each ingredient's share of the whole: exact fractions, and percentages
//! rounded for display that always add up to exactly 100.

use std::fmt;

/// Exact fractions (0–1) of the total, one per amount, in order.
///
/// Returns `None` when the total is zero (or there is nothing at all): such a
/// recipe is legal but has no shares, and nothing divides by zero.
pub fn fractions(base_amounts: &[f64]) -> Option<Vec<f64>> {
    let total: f64 = base_amounts.iter().sum();
    if total.is_nan() || total <= 0.0 || total.is_infinite() {
        return None;
    }
    Some(base_amounts.iter().map(|a| a / total).collect())
}

/// A percentage rounded to a fixed number of decimals, held as a whole number
/// of the smallest step (e.g. 248 steps of 0.1 % = 24.8 %), so that adding
/// them up is exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RoundedPercent {
    steps: u64,
    decimals: u8,
}

impl RoundedPercent {
    /// The most decimals a percentage is rounded to.
    pub const MAX_DECIMALS: u8 = 6;

    /// Whole steps of `10^-decimals` percent.
    pub fn steps(self) -> u64 {
        self.steps
    }

    /// The number of decimals.
    pub fn decimals(self) -> u8 {
        self.decimals
    }

    /// The value as a float, for drawing (not for adding up).
    pub fn value(self) -> f64 {
        self.steps as f64 / 10f64.powi(i32::from(self.decimals))
    }

    /// The sum of percentages rounded alike, exact (whole steps are added):
    /// what a group of ingredients shows, so that the groups still add up
    /// to 100. `None` for no parts, or parts with different decimals.
    pub fn sum(parts: &[Self]) -> Option<Self> {
        let decimals = parts.first()?.decimals;
        if parts.iter().any(|p| p.decimals != decimals) {
            return None;
        }
        Some(Self {
            steps: parts.iter().map(|p| p.steps).sum(),
            decimals,
        })
    }
}

impl fmt::Display for RoundedPercent {
    /// Formats without floating-point error: `24.8`, `0.8`, `100`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10u64.pow(u32::from(self.decimals));
        let whole = self.steps / scale;
        if self.decimals == 0 {
            write!(f, "{whole}")
        } else {
            let frac = self.steps % scale;
            write!(
                f,
                "{whole}.{frac:0width$}",
                width = usize::from(self.decimals)
            )
        }
    }
}

/// Rounds fractions to percentages with `decimals` decimals (at most
/// [`RoundedPercent::MAX_DECIMALS`]) so that they add up to exactly 100,
/// by the largest-remainder method: every share is rounded down, then the
/// missing steps go one each to the largest remainders (ties to the earlier
/// ingredient, so the result is deterministic).
///
/// The fractions should add up to 1, as [`fractions`] gives them; they are
/// normalised first if they do not. Returns an empty vector when the
/// fractions add up to nothing.
pub fn rounded_percentages(fractions: &[f64], decimals: u8) -> Vec<RoundedPercent> {
    let decimals = decimals.min(RoundedPercent::MAX_DECIMALS);
    let sum: f64 = fractions
        .iter()
        .filter(|f| f.is_finite() && **f > 0.0)
        .sum();
    if sum.is_nan() || sum <= 0.0 {
        return Vec::new();
    }
    let whole: u64 = 100 * 10u64.pow(u32::from(decimals));
    let quotas: Vec<f64> = fractions
        .iter()
        .map(|f| {
            if f.is_finite() && *f > 0.0 {
                f / sum * whole as f64
            } else {
                0.0
            }
        })
        .collect();
    // `as` saturates, and a quota is never above `whole`.
    let mut steps: Vec<u64> = quotas.iter().map(|q| q.floor() as u64).collect();
    let given: u64 = steps.iter().sum();
    let mut missing = whole.saturating_sub(given);

    let mut order: Vec<usize> = (0..quotas.len()).collect();
    let remainder = |i: usize| quotas.get(i).map_or(0.0, |q| q - q.floor());
    order.sort_by(|&a, &b| remainder(b).total_cmp(&remainder(a)).then(a.cmp(&b)));
    // Only ingredients with a share take part, so a zero stays a zero.
    order.retain(|&i| quotas.get(i).is_some_and(|q| *q > 0.0));
    while missing > 0 && !order.is_empty() {
        for &i in &order {
            if missing == 0 {
                break;
            }
            if let Some(s) = steps.get_mut(i) {
                *s += 1;
                missing -= 1;
            }
        }
    }
    steps
        .into_iter()
        .map(|steps| RoundedPercent { steps, decimals })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(p: &[RoundedPercent]) -> Vec<String> {
        p.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn ideal_cx_worked_check() {
        // 1 L, 2 metric cups, 500 cc, 2 metric tbsp, 2 L, in ml.
        let ml = [1000.0, 500.0, 500.0, 30.0, 2000.0];
        let f = fractions(&ml).unwrap();
        assert_eq!(
            shown(&rounded_percentages(&f, 2)),
            ["24.81", "12.41", "12.41", "0.74", "49.63"]
        );
        assert_eq!(
            shown(&rounded_percentages(&f, 1)),
            ["24.8", "12.4", "12.4", "0.8", "49.6"]
        );
        assert!((f[0] - 1000.0 / 4030.0).abs() < 1e-15);
    }

    #[test]
    fn zero_total_has_no_shares() {
        assert_eq!(fractions(&[]), None);
        assert_eq!(fractions(&[0.0, 0.0]), None);
        assert!(rounded_percentages(&[0.0, 0.0], 1).is_empty());
    }

    #[test]
    fn zero_share_stays_zero() {
        let p = rounded_percentages(&[1.0 / 3.0, 0.0, 2.0 / 3.0], 0);
        assert_eq!(shown(&p), ["33", "0", "67"]);
    }

    #[test]
    fn display_pads_decimals() {
        let p = rounded_percentages(&[0.0005, 0.9995], 3);
        assert_eq!(shown(&p), ["0.050", "99.950"]);
        assert_eq!(shown(&rounded_percentages(&[1.0], 0)), ["100"]);
    }

    #[test]
    fn sums_are_exact_and_need_the_same_decimals() {
        let p = rounded_percentages(&[0.0074, 0.0074, 0.9852], 1);
        let sum = RoundedPercent::sum(&p[..2]).unwrap();
        assert_eq!(sum.to_string(), "1.5");
        assert_eq!(RoundedPercent::sum(&p).unwrap().to_string(), "100.0");
        assert_eq!(RoundedPercent::sum(&[]), None);
        let other = rounded_percentages(&[1.0], 2);
        assert_eq!(RoundedPercent::sum(&[p[0], other[0]]), None);
    }

    proptest! {
        #[test]
        fn rounded_shares_always_sum_to_100(
            amounts in prop::collection::vec(0.0f64..1e9, 1..60),
            decimals in 0u8..=4,
        ) {
            if let Some(f) = fractions(&amounts) {
                let p = rounded_percentages(&f, decimals);
                let total: u64 = p.iter().map(|p| p.steps()).sum();
                prop_assert_eq!(total, 100 * 10u64.pow(u32::from(decimals)));
                // Each rounded share is within one step of its exact share.
                let step = 10f64.powi(-i32::from(decimals));
                for (p, f) in p.iter().zip(&f) {
                    prop_assert!((p.value() - f * 100.0).abs() <= step + 1e-9);
                }
            }
        }
    }
}
