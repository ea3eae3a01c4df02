//! Slice geometry shared by the exported files and the window: angles, label
//! positions, convex pieces for filling, and hit testing.
//!
//! Everything is in unit coordinates: a pie of radius 1 centred at the origin,
//! y pointing up. Angles run clockwise from 12 o'clock, so the point at angle
//! θ on the rim is `(sin θ, cos θ)` (see [`point_at`]).

use std::f64::consts::{FRAC_PI_2, PI, TAU};

use super::ChartItem;

/// Slices at least this wide (about 29°, 8 %) carry their label inside.
///
/// Narrower wedges cannot hold a label such as "12.4 %" at a readable size.
pub const INSIDE_LABEL_MIN_SWEEP_RAD: f64 = 0.5;

/// Distance from the centre of a label drawn inside its slice.
pub const INSIDE_LABEL_RADIUS: f64 = 0.62;

/// Distance from the centre of a label outside its slice, before it is moved
/// clear of its neighbours.
pub const OUTSIDE_LABEL_RADIUS: f64 = 1.18;

/// Furthest above or below the centre an outside label is moved to keep
/// clear of its neighbours.
pub const OUTSIDE_LABEL_MAX_REACH: f64 = 1.75;

/// Least distance of an outside label's point from the vertical axis, so
/// labels of the two halves never touch above or below the pie.
const OUTSIDE_LABEL_MIN_X: f64 = 0.04;

/// Size (width, height) of an outside label's box in units of the radius.
///
/// Outside labels are kept at least this height apart. Renderers choose
/// their label font so that the text fits this box (for "24.8 %" about
/// 0.11 × radius); then labels never overlap each other or the pie.
pub const LABEL_BOX: [f64; 2] = [0.45, 0.14];

/// Angle between consecutive arc points of [`convex_pieces`]: 2°.
pub const ARC_STEP_RAD: f64 = TAU / 180.0;

/// Space between a leader line's end and its label's text.
const LEADER_GAP: f64 = 0.03;

/// Smallest piece [`convex_pieces`] will cut, to bound the number of points.
const MIN_PIECE_RAD: f64 = 1e-3;

/// How a label's text lines up with its [`Slice::label_pos`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelAlign {
    /// The text starts at the point and runs to the right (right-hand side).
    Left,
    /// The text is centred on the point (labels inside slices).
    Centre,
    /// The text ends at the point (left-hand side).
    Right,
}

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

    /// How the label's text lines up with [`Slice::label_pos`].
    #[must_use]
    pub fn label_align(&self) -> LabelAlign {
        if self.label_inside {
            LabelAlign::Centre
        } else {
            outside_align(self.mid_rad())
        }
    }

    /// Where an outside label's leader line starts (on the rim, mid-slice)
    /// and ends (just short of the label's text); `None` for inside labels.
    #[must_use]
    pub fn leader_line(&self) -> Option<[[f64; 2]; 2]> {
        if self.label_inside || self.label.is_empty() {
            return None;
        }
        let [x, y] = self.label_pos;
        let end = match self.label_align() {
            LabelAlign::Left => [x - LEADER_GAP, y],
            LabelAlign::Right | LabelAlign::Centre => [x + LEADER_GAP, y],
        };
        Some([point_at(self.mid_rad(), 1.0), end])
    }
}

/// The point at `angle_rad` (clockwise from 12 o'clock) and distance `radius`
/// from the centre, y up.
#[must_use]
pub fn point_at(angle_rad: f64, radius: f64) -> [f64; 2] {
    [radius * angle_rad.sin(), radius * angle_rad.cos()]
}

/// The most outside labels on each side of the pie; past that, the smallest
/// slices are named in the legend only, so a crowd of tiny slices cannot
/// stack labels far beyond the pie.
pub const MAX_OUTSIDE_LABELS_PER_SIDE: usize = 9;

/// The slices for `items`, clockwise from 12 o'clock in input order.
///
/// Items with a zero, negative or non-finite share get no slice; the others
/// keep their input position in [`Slice::index`]. Shares are scaled to fill
/// the circle exactly; if nothing is left, there are no slices.
#[must_use]
pub fn slices(items: &[ChartItem]) -> Vec<Slice> {
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
        result.push(Slice {
            index,
            start_rad,
            end_rad,
            colour: item.colour,
            label: item.percent_label.clone(),
            label_pos,
            label_inside,
        });
    }
    drop_crowded_labels(&mut result);
    spread_outside_labels(&mut result);
    result
}

/// Keeps the outside labels of the largest slices on each side, at most
/// [`MAX_OUTSIDE_LABELS_PER_SIDE`]; the others lose their label.
fn drop_crowded_labels(slices: &mut [Slice]) {
    for align in [LabelAlign::Left, LabelAlign::Right] {
        let mut side: Vec<usize> = (0..slices.len())
            .filter(|&i| {
                slices
                    .get(i)
                    .is_some_and(|s| !s.label_inside && s.label_align() == align)
            })
            .collect();
        if side.len() <= MAX_OUTSIDE_LABELS_PER_SIDE {
            continue;
        }
        let sweep = |i: usize| slices.get(i).map_or(0.0, Slice::sweep_rad);
        // Largest first; ties to the earlier slice.
        side.sort_by(|&a, &b| sweep(b).total_cmp(&sweep(a)).then(a.cmp(&b)));
        for &i in side.iter().skip(MAX_OUTSIDE_LABELS_PER_SIDE) {
            if let Some(slice) = slices.get_mut(i) {
                slice.label.clear();
            }
        }
    }
}

/// Outside labels on the right half start at their point; on the left half
/// they end there, so text never runs back over the pie.
fn outside_align(mid_rad: f64) -> LabelAlign {
    if mid_rad < PI {
        LabelAlign::Left
    } else {
        LabelAlign::Right
    }
}

/// Moves outside labels apart vertically, each side of the pie separately,
/// keeping them on the label circle.
///
/// Labels keep their top-to-bottom order, end up at least a label height
/// apart, and move as little as possible in total (least squares), so a
/// cluster of small slices fans out around where its slices are.
fn spread_outside_labels(slices: &mut [Slice]) {
    for align in [LabelAlign::Left, LabelAlign::Right] {
        let mut column: Vec<(usize, f64)> = slices
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.label_inside && !s.label.is_empty() && s.label_align() == align)
            .map(|(i, s)| (i, s.label_pos[1]))
            .collect();
        // Top first; ties keep slice order.
        column.sort_by(|a, b| b.1.total_cmp(&a.1));
        let natural: Vec<f64> = column.iter().map(|(_, y)| *y).collect();
        let side = if align == LabelAlign::Left { 1.0 } else { -1.0 };
        for ((i, _), y) in column.into_iter().zip(stack(&natural)) {
            let Some(slice) = slices.get_mut(i) else {
                continue;
            };
            // Outside the label circle the box clears the pie, so a label
            // keeps at least its natural distance from the axis: its leader
            // stays short and leaders of one side do not cross.
            let on_circle = (OUTSIDE_LABEL_RADIUS.powi(2) - y * y).max(0.0).sqrt();
            let x = on_circle
                .max(slice.label_pos[0].abs())
                .max(OUTSIDE_LABEL_MIN_X);
            slice.label_pos = [side * x, y];
        }
    }
}

/// Heights closest to `natural` (sorted top first) in the least-squares
/// sense such that neighbours are at least a label height apart and all lie
/// within [`OUTSIDE_LABEL_MAX_REACH`] where room allows.
fn stack(natural: &[f64]) -> Vec<f64> {
    let gap = LABEL_BOX[1];
    // With u_i = y_i + i·gap the spacing rule becomes "u never increases":
    // an isotonic regression, solved by pooling adjacent violators.
    let mut blocks: Vec<(f64, u32)> = Vec::new(); // (sum of u, count)
    for (k, y) in (0_u32..).zip(natural) {
        let mut block = (y + f64::from(k) * gap, 1_u32);
        while let Some(&(sum, count)) = blocks.last() {
            if sum / f64::from(count) >= block.0 / f64::from(block.1) {
                break;
            }
            block = (block.0 + sum, block.1 + count);
            blocks.pop();
        }
        blocks.push(block);
    }
    let mut heights: Vec<f64> = blocks
        .iter()
        .flat_map(|&(sum, count)| (0..count).map(move |_| sum / f64::from(count)))
        .zip(0_u32..)
        .map(|(u, k)| u - f64::from(k) * gap)
        .collect();
    // Keep the column within reach; if it cannot fit, the top wins.
    let top = heights.first().copied().unwrap_or_default();
    let bottom = heights.last().copied().unwrap_or_default();
    let shift = if top > OUTSIDE_LABEL_MAX_REACH {
        OUTSIDE_LABEL_MAX_REACH - top
    } else if bottom < -OUTSIDE_LABEL_MAX_REACH {
        (-OUTSIDE_LABEL_MAX_REACH - bottom).min(OUTSIDE_LABEL_MAX_REACH - top)
    } else {
        0.0
    };
    for y in &mut heights {
        *y += shift;
    }
    heights
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
mod crowd_tests {
    use super::*;

    #[test]
    fn a_crowd_of_tiny_slices_keeps_only_the_largest_labels() {
        let mut items: Vec<ChartItem> = (0..200)
            .map(|i| ChartItem {
                name: format!("i{i}"),
                share: 1.0 + f64::from(i % 7),
                percent_label: format!("{i} %"),
                colour: [0, 0, 0],
            })
            .collect();
        items.push(ChartItem {
            name: "big".into(),
            share: 600.0,
            percent_label: "big %".into(),
            colour: [0, 0, 0],
        });
        let slices = slices(&items);
        for align in [LabelAlign::Left, LabelAlign::Right] {
            let shown = slices
                .iter()
                .filter(|s| !s.label_inside && !s.label.is_empty() && s.label_align() == align)
                .count();
            assert!(shown <= MAX_OUTSIDE_LABELS_PER_SIDE, "{shown}");
        }
        for s in slices.iter().filter(|s| s.label.is_empty()) {
            assert!(s.leader_line().is_none());
        }
        // Every shown outside label stays near the pie.
        for s in slices.iter().filter(|s| !s.label.is_empty()) {
            assert!(
                s.label_pos[1].abs() <= OUTSIDE_LABEL_MAX_REACH,
                "{:?}",
                s.label_pos
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::f64::consts::PI;

    use super::*;

    fn item(name: &str, share: f64) -> ChartItem {
        ChartItem {
            name: name.to_owned(),
            share,
            percent_label: format!("{:.1} %", share * 100.0),
            colour: [0, 114, 178],
        }
    }

    fn ideal_cx() -> Vec<ChartItem> {
        vec![
            item("Efficiency", 0.2481),
            item("Speed", 0.1241),
            item("Personalised attention", 0.1241),
            item("Consistency", 0.0074),
            item("Technology", 0.4963),
        ]
    }

    /// The box `[min_x, min_y, max_x, max_y]` an outside label takes.
    fn label_box(slice: &Slice) -> [f64; 4] {
        let [w, h] = LABEL_BOX;
        let [x, y] = slice.label_pos;
        let min_x = match slice.label_align() {
            LabelAlign::Left => x,
            LabelAlign::Centre => x - 0.5 * w,
            LabelAlign::Right => x - w,
        };
        [min_x, y - 0.5 * h, min_x + w, y + 0.5 * h]
    }

    fn boxes_overlap(a: [f64; 4], b: [f64; 4]) -> bool {
        // A hair of tolerance: stacked labels touch exactly.
        let e = 1e-9;
        a[0] + e < b[2] && b[0] + e < a[2] && a[1] + e < b[3] && b[1] + e < a[3]
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

    #[test]
    fn label_inside_outside_rule() {
        let s = slices(&ideal_cx());
        for slice in &s {
            assert_eq!(
                slice.label_inside,
                slice.sweep_rad() >= INSIDE_LABEL_MIN_SWEEP_RAD
            );
            let [x, y] = slice.label_pos;
            let r = x.hypot(y);
            if slice.label_inside {
                assert!((r - INSIDE_LABEL_RADIUS).abs() < 1e-12);
                assert_eq!(slice.label_align(), LabelAlign::Centre);
                assert!(slice.leader_line().is_none());
                // The label lies on the slice's middle ray.
                let angle = x.atan2(y).rem_euclid(TAU);
                assert!((angle - slice.mid_rad()).abs() < 1e-9);
            } else {
                // Alone, an outside label stays (nearly) at its natural spot
                // and its leader starts on the rim, mid-slice.
                assert!((r - OUTSIDE_LABEL_RADIUS).abs() < 1e-3);
                let [start, _] = slice.leader_line().unwrap();
                let natural = point_at(slice.mid_rad(), 1.0);
                assert!((start[0] - natural[0]).abs() < 1e-12);
                assert!((start[1] - natural[1]).abs() < 1e-12);
            }
        }
        // Consistency, 0.74 %, is the only small one.
        assert!(!s[3].label_inside);
        assert_eq!(s.iter().filter(|s| !s.label_inside).count(), 1);
    }

    #[test]
    fn crowded_outside_labels_do_not_overlap() {
        let mut cases: Vec<Vec<ChartItem>> = Vec::new();
        // Eight tiny slices in a row from 12 o'clock.
        let mut first: Vec<ChartItem> = (0..8).map(|i| item(&format!("S{i}"), 0.01)).collect();
        first.push(item("Rest", 0.92));
        cases.push(first);
        // Tiny slices at both ends, meeting at 12 o'clock.
        cases.push(vec![
            item("A", 0.01),
            item("B", 0.01),
            item("Rest", 0.96),
            item("C", 0.01),
            item("D", 0.01),
        ]);
        // Alternating big and small all round.
        cases.push(
            (0..24)
                .map(|i| item("X", if i % 2 == 0 { 0.07 } else { 0.01 }))
                .collect(),
        );
        for items in cases {
            let s = slices(&items);
            // Labels dropped for crowding are not drawn, so they cannot overlap.
            let boxes: Vec<[f64; 4]> = s
                .iter()
                .filter(|s| !s.label_inside && !s.label.is_empty())
                .map(label_box)
                .collect();
            assert!(boxes.len() >= 4);
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!boxes_overlap(*a, *b), "{a:?} overlaps {b:?}");
                }
                // Clear of the disc: the nearest point of the box is outside.
                let dx = a[0].max(-a[2]).max(0.0);
                let dy = a[1].max(-a[3]).max(0.0);
                assert!(dx.hypot(dy) > 1.0, "{a:?} covers the pie");
                assert!(a[1] >= -OUTSIDE_LABEL_MAX_REACH - LABEL_BOX[1]);
                assert!(a[3] <= OUTSIDE_LABEL_MAX_REACH + LABEL_BOX[1]);
            }
        }
    }

    #[test]
    fn stacking_keeps_order_and_spacing() {
        let natural = [1.0, 0.99, 0.98, 0.2, -0.5];
        let ys = stack(&natural);
        assert_eq!(ys.len(), natural.len());
        for pair in ys.windows(2) {
            assert!(pair[0] - pair[1] >= LABEL_BOX[1] - 1e-12);
        }
        // The cluster spreads around its middle; the loners stay put.
        assert!(ys[0] > 1.0 && ys[2] < 0.98);
        assert!((ys[1] - 0.99).abs() < 1e-12);
        assert!((ys[3] - 0.2).abs() < 1e-12 && (ys[4] + 0.5).abs() < 1e-12);
        assert!(stack(&[]).is_empty());
    }
}
