//! Slice geometry shared by the exported files and the window: angles, label
//! positions, convex pieces for filling, and hit testing.
//!
//! Everything is in unit coordinates: a pie of radius 1 centred at the origin,
//! y pointing up. Angles run clockwise from 12 o'clock, so the point at angle
//! θ on the rim is `(sin θ, cos θ)` (see [`point_at`]).

mod labels;

use std::f64::consts::{FRAC_PI_2, TAU};

pub use labels::{
    ALWAYS_LABELLED_SHARE, INSIDE_LABEL_MIN_SWEEP_RAD, INSIDE_LABEL_RADIUS, LABEL_BOX, LabelAlign,
    MAX_OUTSIDE_LABELS_PER_SIDE, OUTSIDE_LABEL_MAX_REACH, OUTSIDE_LABEL_RADIUS,
};

use super::ChartItem;

/// Angle between consecutive arc points of [`convex_pieces`]: 2°.
pub const ARC_STEP_RAD: f64 = TAU / 180.0;

/// Smallest piece [`convex_pieces`] will cut, to bound the number of points.
const MIN_PIECE_RAD: f64 = 1e-3;

/// One drawn slice of the pie.
#[derive(Clone, Debug, PartialEq)]
pub struct Slice {
    /// Position of the item in the input, to link the slice to its row.
    pub index: usize,
    /// Start angle, clockwise from 12 o'clock, in `0.0..2π`.
    pub start_rad: f64,
    /// End angle, greater than `start_rad`, at most `2π`.
    pub end_rad: f64,
    /// Fill colour.
    pub colour: [u8; 3],
    /// Percentage text, e.g. `"24.8 %"`.
    pub label: String,
    /// Where the label goes, in unit coordinates (see [`Slice::label_align`]):
    /// mid-slice at [`INSIDE_LABEL_RADIUS`], the centre for a full circle, or
    /// outside near [`OUTSIDE_LABEL_RADIUS`], moved clear of its neighbours.
    pub label_pos: [f64; 2],
    /// Whether the label sits on the slice (contrasting text) or outside it
    /// (dark text with a leader line from the rim).
    pub label_inside: bool,
}

impl Slice {
    /// The angle halfway through the slice.
    #[must_use]
    pub fn mid_rad(&self) -> f64 {
        0.5 * (self.start_rad + self.end_rad)
    }

    /// The angle the slice spans.
    #[must_use]
    pub fn sweep_rad(&self) -> f64 {
        self.end_rad - self.start_rad
    }

    /// Whether the slice is the whole pie (a single non-zero item).
    #[must_use]
    pub fn is_full_circle(&self) -> bool {
        self.sweep_rad() >= TAU - 1e-9
    }
}

/// The point at `angle_rad` (clockwise from 12 o'clock) and distance `radius`
/// from the centre, y up.
#[must_use]
pub fn point_at(angle_rad: f64, radius: f64) -> [f64; 2] {
    [radius * angle_rad.sin(), radius * angle_rad.cos()]
}

/// The slices for `items`, clockwise from 12 o'clock in input order.
///
/// Items with a zero, negative or non-finite share get no slice; the others
/// keep their input position in [`Slice::index`]. Shares are scaled to fill
/// the circle exactly; if nothing is left, there are no slices.
#[must_use]
pub fn slices(items: &[ChartItem]) -> Vec<Slice> {
    slices_fitting(items, |_| true)
}

/// The slices for `items`, as [`slices`] gives them, except that a label
/// which would sit inside its slice goes outside when `fits_inside` says
/// its text does not fit there (a renderer with large text measures it).
#[must_use]
pub fn slices_fitting(items: &[ChartItem], fits_inside: impl Fn(&Slice) -> bool) -> Vec<Slice> {
    slices_laid_out(items, fits_inside, LABEL_BOX[1])
}

/// [`slices_fitting`] with outside labels kept `label_height` apart (in
/// radii): a renderer that knows its text's height and the pie's radius
/// (the window) spaces its labels by what they really take.
#[must_use]
pub fn slices_laid_out(
    items: &[ChartItem],
    fits_inside: impl Fn(&Slice) -> bool,
    label_height: f64,
) -> Vec<Slice> {
    let label_height = if label_height.is_finite() && label_height > 0.0 {
        label_height
    } else {
        LABEL_BOX[1]
    };
    let usable = |share: f64| share.is_finite() && share > 0.0;
    let total: f64 = items.iter().map(|i| i.share).filter(|s| usable(*s)).sum();
    if !(total.is_finite() && total > 0.0) {
        return Vec::new();
    }
    let last_index = items.iter().rposition(|i| usable(i.share));

    let mut result: Vec<Slice> = Vec::new();
    let mut cumulative = 0.0;
    for (index, item) in items.iter().enumerate() {
        if !usable(item.share) {
            continue;
        }
        let start_rad = TAU * cumulative / total;
        cumulative += item.share;
        // The last slice closes the circle exactly, whatever the rounding.
        let end_rad = if Some(index) == last_index {
            TAU
        } else {
            (TAU * cumulative / total).min(TAU)
        };
        let sweep = end_rad - start_rad;
        let mid = 0.5 * (start_rad + end_rad);
        let (label_pos, label_inside) = if sweep >= TAU - 1e-9 {
            ([0.0, 0.0], true)
        } else if sweep >= INSIDE_LABEL_MIN_SWEEP_RAD {
            (point_at(mid, INSIDE_LABEL_RADIUS), true)
        } else {
            (point_at(mid, OUTSIDE_LABEL_RADIUS), false)
        };
        let mut slice = Slice {
            index,
            start_rad,
            end_rad,
            colour: item.colour,
            label: item.percent_label.clone(),
            label_pos,
            label_inside,
        };
        if slice.label_inside && !slice.is_full_circle() && !fits_inside(&slice) {
            slice.label_pos = point_at(mid, OUTSIDE_LABEL_RADIUS);
            slice.label_inside = false;
        }
        result.push(slice);
    }
    labels::drop_crowded_labels(&mut result);
    labels::spread_outside_labels(&mut result, label_height);
    result
}

/// The slice's outline cut into convex polygons no wider than
/// `max_piece_rad`, for renderers that only fill convex shapes.
///
/// Each polygon is the centre followed by points along the arc, one every
/// [`ARC_STEP_RAD`] or closer, running clockwise. Pieces of one slice have
/// equal sweeps. `max_piece_rad` is limited to π/2 (so a full circle always
/// gives at least four pieces and the centre never lies on a piece's edge);
/// a non-finite or non-positive value means π/2.
#[must_use]
pub fn convex_pieces(slice: &Slice, max_piece_rad: f64) -> Vec<Vec<[f64; 2]>> {
    let max_piece = if max_piece_rad.is_finite() && max_piece_rad > 0.0 {
        max_piece_rad.clamp(MIN_PIECE_RAD, FRAC_PI_2)
    } else {
        FRAC_PI_2
    };
    let sweep = slice.sweep_rad().clamp(0.0, TAU);
    let piece_count = parts_needed(sweep, max_piece);
    let piece_sweep = sweep / f64::from(piece_count);
    let step_count = parts_needed(piece_sweep, ARC_STEP_RAD);

    (0..piece_count)
        .map(|piece| {
            let start = slice.start_rad + piece_sweep * f64::from(piece);
            let arc = (0..=step_count).map(|step| {
                let t = f64::from(step) / f64::from(step_count);
                point_at(start + piece_sweep * t, 1.0)
            });
            std::iter::once([0.0, 0.0]).chain(arc).collect()
        })
        .collect()
}

/// The fewest equal parts of `whole` that are each at most `max_part`.
fn parts_needed(whole: f64, max_part: f64) -> u32 {
    let mut parts = 1_u32;
    // Small tolerance so 2π / (π/2) gives 4 parts, not 5.
    while whole / f64::from(parts) > max_part * (1.0 + 1e-9) {
        parts += 1;
    }
    parts
}

/// The input index of the item whose slice contains `point` (unit
/// coordinates, y up), or `None` outside the pie.
#[must_use]
pub fn hit_test(slices: &[Slice], point: [f64; 2]) -> Option<usize> {
    let [x, y] = point;
    let radius = x.hypot(y);
    if radius.is_nan() || radius > 1.0 {
        return None;
    }
    // atan2(x, y) measures clockwise from 12 o'clock, in -π..=π.
    let angle = x.atan2(y).rem_euclid(TAU);
    slices
        .iter()
        .find(|s| s.start_rad <= angle && angle < s.end_rad)
        .or_else(|| slices.last().filter(|s| angle >= s.end_rad - 1e-12))
        .map(|s| s.index)
}

#[cfg(test)]
mod tests {
    use std::f64::consts::PI;

    use super::*;

    pub(super) fn item(name: &str, share: f64) -> ChartItem {
        ChartItem {
            name: name.to_owned(),
            share,
            percent_label: format!("{:.1} %", share * 100.0),
            colour: [0, 114, 178],
        }
    }

    pub(super) fn ideal_cx() -> Vec<ChartItem> {
        vec![
            item("Efficiency", 0.2481),
            item("Speed", 0.1241),
            item("Personalised attention", 0.1241),
            item("Consistency", 0.0074),
            item("Technology", 0.4963),
        ]
    }

    fn assert_convex(polygon: &[[f64; 2]]) {
        assert!(polygon.len() >= 3);
        let n = polygon.len();
        let mut sign = 0.0_f64;
        for i in 0..n {
            let a = polygon[i];
            let b = polygon[(i + 1) % n];
            let c = polygon[(i + 2) % n];
            let cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
            if cross.abs() < 1e-12 {
                continue;
            }
            if sign == 0.0 {
                sign = cross.signum();
            }
            assert_eq!(cross.signum(), sign, "turn {i} of {polygon:?} is reflex");
        }
        assert!(sign != 0.0, "degenerate polygon");
    }

    /// Sweep covered by a piece: angle from its first to its last arc point.
    fn piece_sweep(polygon: &[[f64; 2]]) -> f64 {
        let first = polygon[1];
        let last = polygon[polygon.len() - 1];
        let a = first[0].atan2(first[1]);
        let b = last[0].atan2(last[1]);
        (b - a).rem_euclid(TAU)
    }

    #[test]
    fn single_full_item_is_full_circle() {
        let s = slices(&[item("All", 1.0)]);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].start_rad, 0.0);
        assert_eq!(s[0].end_rad, TAU);
        assert!(s[0].is_full_circle());
        assert!(s[0].label_inside);
        assert_eq!(s[0].label_pos, [0.0, 0.0]);
    }

    #[test]
    fn full_circle_pieces_are_convex_and_cover_it() {
        let s = slices(&[item("All", 1.0)]);
        let pieces = convex_pieces(&s[0], FRAC_PI_2);
        assert_eq!(pieces.len(), 4);
        let mut total = 0.0;
        for p in &pieces {
            assert_convex(p);
            total += piece_sweep(p);
        }
        assert!((total - TAU).abs() < 1e-9);
    }

    #[test]
    fn seventy_percent_slice_pieces_are_convex() {
        let s = slices(&[item("Big", 0.7), item("Small", 0.3)]);
        let big = &s[0];
        assert!((big.sweep_rad() - 0.7 * TAU).abs() < 1e-12);
        let pieces = convex_pieces(big, FRAC_PI_2);
        assert!(pieces.len() >= 3);
        let mut total = 0.0;
        for p in &pieces {
            assert_convex(p);
            let sweep = piece_sweep(p);
            assert!(sweep <= FRAC_PI_2 + 1e-9);
            total += sweep;
            // Arc points no further apart than the step.
            for pair in p[1..].windows(2) {
                let d = (pair[1][0] - pair[0][0]).hypot(pair[1][1] - pair[0][1]);
                assert!(d <= ARC_STEP_RAD + 1e-9);
            }
        }
        assert!((total - big.sweep_rad()).abs() < 1e-9);
        // First piece starts at 12 o'clock, last ends where the slice ends.
        assert!((pieces[0][1][0]).abs() < 1e-12 && (pieces[0][1][1] - 1.0).abs() < 1e-12);
        let end = pieces[pieces.len() - 1].last().copied().unwrap_or_default();
        let expected = point_at(big.end_rad, 1.0);
        assert!((end[0] - expected[0]).abs() < 1e-9 && (end[1] - expected[1]).abs() < 1e-9);
    }

    #[test]
    fn oversized_or_bad_piece_limit_is_capped() {
        let s = slices(&[item("All", 1.0)]);
        assert_eq!(convex_pieces(&s[0], PI).len(), 4);
        assert_eq!(convex_pieces(&s[0], f64::NAN).len(), 4);
        assert_eq!(convex_pieces(&s[0], -1.0).len(), 4);
        assert_eq!(convex_pieces(&s[0], 0.1).len(), 63);
    }

    #[test]
    fn sweeps_sum_to_full_circle_and_are_contiguous() {
        let s = slices(&ideal_cx());
        assert_eq!(s.len(), 5);
        let total: f64 = s.iter().map(Slice::sweep_rad).sum();
        assert!((total - TAU).abs() < 1e-12);
        assert_eq!(s[0].start_rad, 0.0);
        assert_eq!(s[4].end_rad, TAU);
        for pair in s.windows(2) {
            assert_eq!(pair[0].end_rad, pair[1].start_rad);
        }
    }

    #[test]
    fn shares_not_summing_to_one_are_scaled() {
        let s = slices(&[item("A", 2.0), item("B", 2.0)]);
        assert!((s[0].sweep_rad() - PI).abs() < 1e-12);
        assert!((s[1].sweep_rad() - PI).abs() < 1e-12);
    }

    #[test]
    fn zero_total_gives_no_slices() {
        assert!(slices(&[]).is_empty());
        assert!(slices(&[item("A", 0.0), item("B", 0.0)]).is_empty());
        assert!(slices(&[item("A", f64::NAN), item("B", -1.0)]).is_empty());
        assert!(slices(&[item("A", f64::INFINITY)]).is_empty());
    }

    #[test]
    fn zero_share_item_is_skipped_but_indices_kept() {
        let s = slices(&[item("A", 0.5), item("Zero", 0.0), item("B", 0.5)]);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].index, 0);
        assert_eq!(s[1].index, 2);
    }

    #[test]
    fn a_label_too_wide_for_its_slice_goes_outside() {
        let items = ideal_cx();
        let all_inside = slices(&items);
        let fitted = slices_fitting(&items, |s| s.sweep_rad() > 1.0);
        for (a, b) in all_inside.iter().zip(&fitted) {
            assert_eq!(a.sweep_rad(), b.sweep_rad());
        }
        // Speed and attention (12.4 %, 0.78 rad) move out; efficiency stays.
        assert!(all_inside[1].label_inside && !fitted[1].label_inside);
        assert!(fitted[1].leader_line().is_some());
        assert!(fitted[0].label_inside && fitted[4].label_inside);
    }

    #[test]
    fn hit_test_finds_known_points() {
        // Quarters: A 12→3, B 3→6, C 6→9, D 9→12 o'clock.
        let s = slices(&[
            item("A", 0.25),
            item("B", 0.25),
            item("Zero", 0.0),
            item("C", 0.25),
            item("D", 0.25),
        ]);
        assert_eq!(hit_test(&s, [0.5, 0.5]), Some(0));
        assert_eq!(hit_test(&s, [0.5, -0.5]), Some(1));
        assert_eq!(hit_test(&s, [-0.5, -0.5]), Some(3));
        assert_eq!(hit_test(&s, [-0.5, 0.5]), Some(4));
        assert_eq!(hit_test(&s, [0.0, 0.9]), Some(0));
        assert_eq!(hit_test(&s, [-1e-9, 0.9]), Some(4));
        assert_eq!(hit_test(&s, [0.8, 0.8]), None);
        assert_eq!(hit_test(&s, [f64::NAN, 0.0]), None);
        assert_eq!(hit_test(&[], [0.0, 0.0]), None);
    }
}
