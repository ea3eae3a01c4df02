//! Crowded pies: every slice of at least 1 % keeps its label, however
//! many small slices share its side; labels kept the renderer's height
//! apart.

use std::f64::consts::TAU;

use super::*;

/// A workshop's recipe: a few large shares, many of 1–3 %, all their
/// outside labels on one side (small slices come last).
fn workshop(amounts: &[f64]) -> Vec<ChartItem> {
    let total: f64 = amounts.iter().sum();
    amounts
        .iter()
        .enumerate()
        .map(|(i, a)| item(&format!("I{i}"), a / total))
        .collect()
}

#[test]
fn every_slice_of_one_percent_or_more_keeps_its_label() {
    let cases = [
        // Eighteen ingredients: 2 % and 1.5 % lost their labels.
        vec![
            14.0, 12.0, 10.0, 9.0, 8.0, 7.0, 6.0, 6.0, 5.0, 5.0, 4.0, 3.0, 3.0, 2.0, 2.0, 2.0, 1.5,
            1.0,
        ],
        vec![
            14.0, 12.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 5.0, 4.0, 4.0, 3.0, 3.0, 2.5, 2.0, 1.5, 1.2,
            1.0, 1.0, 1.3,
        ],
        // Thirty slices of 1 % beside one large one.
        std::iter::once(70.0)
            .chain(std::iter::repeat_n(1.0, 30))
            .collect(),
    ];
    for amounts in cases {
        let items = workshop(&amounts);
        for height in [LABEL_BOX[1], 0.2] {
            let s = crate::chart::geometry::slices_laid_out(&items, |_| true, height);
            for slice in &s {
                if slice.sweep_rad() >= TAU * ALWAYS_LABELLED_SHARE - 1e-9 {
                    assert!(!slice.label.is_empty(), "{amounts:?}: {slice:?}");
                }
            }
            // Kept `height` apart on each side.
            for align in [LabelAlign::Left, LabelAlign::Right] {
                let mut ys: Vec<f64> = s
                    .iter()
                    .filter(|s| !s.label_inside && !s.label.is_empty())
                    .filter(|s| s.label_align() == align)
                    .map(|s| s.label_pos[1])
                    .collect();
                ys.sort_by(f64::total_cmp);
                for pair in ys.windows(2) {
                    assert!(pair[1] - pair[0] >= height - 1e-9, "{ys:?}");
                }
            }
        }
    }
    // Under 1 %, crowding still drops the smallest.
    let tiny: Vec<f64> = std::iter::once(900.0)
        .chain(std::iter::repeat_n(1.0, 40))
        .collect();
    let s = slices(&workshop(&tiny));
    let shown = s.iter().filter(|s| !s.label.is_empty()).count();
    assert!(shown <= 1 + 2 * MAX_OUTSIDE_LABELS_PER_SIDE, "{shown}");
}
