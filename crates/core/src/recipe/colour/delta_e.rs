//! How different two colours look: CIEDE2000 (ΔE₀₀), the CIE's colour
//! difference of 2000, on CIELAB under the D65 white point from sRGB.
//! About 1 is the least difference most people notice side by side; the
//! palette's first 24 colours are at least [`super::MIN_DELTA_E`]
//! apart.
//!
//! The formula follows Sharma, Wu and Dalal, "The CIEDE2000 colour-difference
//! formula: implementation notes, supplementary test data and mathematical
//! observations" (2005); their test pairs are checked below.

/// A colour in CIELAB: lightness 0–100 and the two opponent axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lab {
    /// Lightness, 0 (black) to 100 (white).
    pub l: f64,
    /// Green (−) to red (+).
    pub a: f64,
    /// Blue (−) to yellow (+).
    pub b: f64,
}

impl Lab {
    /// The CIELAB of an sRGB colour (D65).
    #[must_use]
    pub fn from_srgb(rgb: [u8; 3]) -> Self {
        let [r, g, b] = rgb.map(|c| linear(f64::from(c) / 255.0));
        let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
        let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
        let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
        let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
        Self {
            l: 116.0 * fy - 16.0,
            a: 500.0 * (fx - fy),
            b: 200.0 * (fy - fz),
        }
    }
}

/// One sRGB channel (0–1) made linear.
fn linear(c: f64) -> f64 {
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// CIELAB's cube root, with its linear part near black.
fn f(t: f64) -> f64 {
    const EPSILON: f64 = 216.0 / 24_389.0;
    const KAPPA: f64 = 24_389.0 / 27.0;
    if t > EPSILON {
        t.cbrt()
    } else {
        (KAPPA * t + 16.0) / 116.0
    }
}

/// ΔE₀₀ between two sRGB colours.
#[must_use]
pub fn delta_e(a: [u8; 3], b: [u8; 3]) -> f64 {
    ciede2000(Lab::from_srgb(a), Lab::from_srgb(b))
}

/// ΔE₀₀ between two CIELAB colours (kL = kC = kH = 1).
#[must_use]
pub fn ciede2000(one: Lab, two: Lab) -> f64 {
    let pow7 = |x: f64| x.powi(7);
    let c1 = one.a.hypot(one.b);
    let c2 = two.a.hypot(two.b);
    let c_mean = (c1 + c2) / 2.0;
    let g = 0.5 * (1.0 - (pow7(c_mean) / (pow7(c_mean) + pow7(25.0))).sqrt());
    let a1 = (1.0 + g) * one.a;
    let a2 = (1.0 + g) * two.a;
    let c1p = a1.hypot(one.b);
    let c2p = a2.hypot(two.b);
    let hue = |b: f64, a: f64| {
        if b == 0.0 && a == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let h1p = hue(one.b, a1);
    let h2p = hue(two.b, a2);
    let dl = two.l - one.l;
    let dc = c2p - c1p;
    let chroma_product = c1p * c2p;
    let dh_angle = if chroma_product == 0.0 {
        0.0
    } else {
        let d = h2p - h1p;
        if d > 180.0 {
            d - 360.0
        } else if d < -180.0 {
            d + 360.0
        } else {
            d
        }
    };
    let dh = 2.0 * chroma_product.sqrt() * (dh_angle.to_radians() / 2.0).sin();
    let l_mean = (one.l + two.l) / 2.0;
    let cp_mean = (c1p + c2p) / 2.0;
    let h_mean = if chroma_product == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let cos_deg = |d: f64| d.to_radians().cos();
    let t = 1.0 - 0.17 * cos_deg(h_mean - 30.0)
        + 0.24 * cos_deg(2.0 * h_mean)
        + 0.32 * cos_deg(3.0 * h_mean + 6.0)
        - 0.20 * cos_deg(4.0 * h_mean - 63.0);
    let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (pow7(cp_mean) / (pow7(cp_mean) + pow7(25.0))).sqrt();
    let sl = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * cp_mean;
    let sh = 1.0 + 0.015 * cp_mean * t;
    let rt = -(2.0 * d_theta).to_radians().sin() * rc;
    let (l, c, h) = (dl / sl, dc / sc, dh / sh);
    (l * l + c * c + h * h + rt * c * h).max(0.0).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(l: f64, a: f64, b: f64) -> Lab {
        Lab { l, a, b }
    }

    #[test]
    fn sharmas_test_pairs() {
        // Pairs 1, 7, 13, 17, 19, 25 and 34 of Sharma et al.'s table.
        let pairs = [
            ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
            ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
            ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0009), 7.1792),
            ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
            ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0),
            (
                (60.2574, -34.0099, 36.2677),
                (60.4626, -34.1751, 39.4387),
                1.2644,
            ),
            (
                (2.0776, 0.0795, -1.1350),
                (0.9033, -0.0636, -0.5514),
                0.9082,
            ),
        ];
        for ((l1, a1, b1), (l2, a2, b2), want) in pairs {
            let got = ciede2000(lab(l1, a1, b1), lab(l2, a2, b2));
            assert!((got - want).abs() < 1e-4, "{got} != {want}");
            let back = ciede2000(lab(l2, a2, b2), lab(l1, a1, b1));
            assert!((got - back).abs() < 1e-9, "symmetric");
        }
    }

    #[test]
    fn srgb_to_lab() {
        let white = Lab::from_srgb([255, 255, 255]);
        assert!((white.l - 100.0).abs() < 0.01 && white.a.abs() < 0.01 && white.b.abs() < 0.01);
        let black = Lab::from_srgb([0, 0, 0]);
        assert!(black.l.abs() < 1e-9);
        assert_eq!(delta_e([1, 2, 3], [1, 2, 3]), 0.0);
        assert!(delta_e([0, 0, 0], [255, 255, 255]) > 99.0);
    }
}
