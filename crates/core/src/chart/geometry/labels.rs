//! Where the percentage labels go: inside a wide slice, or outside a narrow
//! one with a leader line, spread apart vertically. Every slice of at least
//! [`ALWAYS_LABELLED_SHARE`] keeps its label; of the smaller ones, at most
//! [`MAX_OUTSIDE_LABELS_PER_SIDE`] outside labels on each side of the pie
//! (counting the larger ones) keep theirs.

use std::f64::consts::{PI, TAU};

use super::{Slice, point_at};

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
/// Outside labels are kept at least this height apart unless the renderer
/// gives its own height ([`super::slices_laid_out`]: the window measures
/// its text). The export chooses its label font so that the text fits this
/// box (for "24.8 %" about 0.11 × radius); then labels never overlap each
/// other or the pie.
pub const LABEL_BOX: [f64; 2] = [0.45, 0.14];

/// Space between a leader line's end and its label's text.
const LEADER_GAP: f64 = 0.03;

/// The share of the whole (1 %) from which a slice always keeps its label,
/// however crowded its side of the pie: a room reads every share it argues
/// about. Smaller slices are named in the legend only when crowded.
pub const ALWAYS_LABELLED_SHARE: f64 = 0.01;

/// The most outside labels on each side of the pie that slices under
/// [`ALWAYS_LABELLED_SHARE`] may bring it to; past that, the smallest
/// slices are named in the legend only, so a crowd of tiny slices cannot
/// stack labels far beyond the pie.
pub const MAX_OUTSIDE_LABELS_PER_SIDE: usize = 9;

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

impl Slice {
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

/// Keeps the outside labels of every slice of at least
/// [`ALWAYS_LABELLED_SHARE`], and of the largest smaller ones while their
/// side has fewer than [`MAX_OUTSIDE_LABELS_PER_SIDE`]; the others lose
/// their label.
pub(super) fn drop_crowded_labels(slices: &mut [Slice]) {
    // A hair of tolerance: 1 of 100 parts is still 1 %.
    let always = TAU * ALWAYS_LABELLED_SHARE * (1.0 - 1e-9);
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
        let dropped: Vec<usize> = side
            .iter()
            .enumerate()
            .filter(|&(kept, &i)| kept >= MAX_OUTSIDE_LABELS_PER_SIDE && sweep(i) < always)
            .map(|(_, &i)| i)
            .collect();
        for i in dropped {
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
/// Labels keep their top-to-bottom order, end up at least `label_height`
/// (in radii) apart, and move as little as possible in total (least
/// squares), so a cluster of small slices fans out around where its slices
/// are.
pub(super) fn spread_outside_labels(slices: &mut [Slice], label_height: f64) {
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
        for ((i, _), y) in column.into_iter().zip(stack(&natural, label_height)) {
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
/// sense such that neighbours are at least `gap` apart and all lie within
/// [`OUTSIDE_LABEL_MAX_REACH`] where room allows.
fn stack(natural: &[f64], gap: f64) -> Vec<f64> {
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

#[cfg(test)]
mod tests {
    use std::f64::consts::TAU;

    use super::super::tests::{ideal_cx, item};
    use super::*;
    use crate::chart::ChartItem;
    use crate::chart::geometry::slices;

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

    mod crowded;

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
        let ys = stack(&natural, LABEL_BOX[1]);
        assert_eq!(ys.len(), natural.len());
        for pair in ys.windows(2) {
            assert!(pair[0] - pair[1] >= LABEL_BOX[1] - 1e-12);
        }
        // The cluster spreads around its middle; the loners stay put.
        assert!(ys[0] > 1.0 && ys[2] < 0.98);
        assert!((ys[1] - 0.99).abs() < 1e-12);
        assert!((ys[3] - 0.2).abs() < 1e-12 && (ys[4] + 0.5).abs() < 1e-12);
        assert!(stack(&[], LABEL_BOX[1]).is_empty());
    }
}
