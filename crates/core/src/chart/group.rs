//! Small slices grouped into one "Other" slice, for the chart and its legend
//! only: the recipe keeps every ingredient, and the grouped chart remembers
//! which items each of its slices stands for, so the legend can say what
//! "Other" holds and the window can link slices back to rows.

use super::{ChartItem, PieChart};

/// Slices under this share of the whole (3 %) are grouped when grouping is on.
pub const GROUP_BELOW: f64 = 0.03;

/// The name of the grouped slice, followed by how many it holds:
/// "Other (10)", so a room that cannot hover still knows what it hides.
pub const OTHER_NAME: &str = "Other";

/// The colour of the grouped slice: a neutral grey, unlike every palette
/// colour, so "Other" never passes for an ingredient.
pub const OTHER_COLOUR: [u8; 3] = [0xa8, 0xa8, 0xa8];

/// A chart whose items each stand for one or more items of the source.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupedChart {
    /// What is drawn: the kept items in their order, then "Other" if any.
    pub chart: PieChart,
    /// For each item of [`GroupedChart::chart`], the source items it stands
    /// for: one, or several for "Other" (in source order).
    pub members: Vec<Vec<usize>>,
}

impl GroupedChart {
    /// `chart` as it is: every item stands for itself.
    #[must_use]
    pub fn ungrouped(chart: PieChart) -> Self {
        let members = (0..chart.items.len()).map(|i| vec![i]).collect();
        Self { chart, members }
    }

    /// The chart item that shows source item `source`.
    #[must_use]
    pub fn item_of(&self, source: usize) -> Option<usize> {
        self.members.iter().position(|m| m.contains(&source))
    }

    /// The source item a chart item shows, if it shows exactly one.
    #[must_use]
    pub fn source_of(&self, item: usize) -> Option<usize> {
        match self.members.get(item).map(Vec::as_slice) {
            Some(&[only]) => Some(only),
            _ => None,
        }
    }

    /// The "Other" item, if small slices were grouped.
    #[must_use]
    pub fn other(&self) -> Option<usize> {
        self.members.iter().position(|m| m.len() > 1)
    }
}

/// `chart` with the items whose share is under `threshold` (a fraction of
/// the whole) grouped into one "Other" item at the end — when at least two
/// are that small, since an "Other" of one would only hide its name.
/// `other_label` gives "Other"'s percentage text from its members' indices
/// (the caller adds up its rounded percentages, so the legend still adds up
/// to 100). A chart with no usable total is returned as it is.
#[must_use]
pub fn group_small(
    chart: &PieChart,
    threshold: f64,
    other_label: impl FnOnce(&[usize]) -> String,
) -> GroupedChart {
    let usable = |share: f64| share.is_finite() && share > 0.0;
    let total: f64 = chart
        .items
        .iter()
        .map(|i| i.share)
        .filter(|s| usable(*s))
        .sum();
    if !(total.is_finite() && total > 0.0) {
        return GroupedChart::ungrouped(chart.clone());
    }
    // A hair of tolerance: 3 of 100 parts, added up in floating point, is
    // still exactly at the threshold, and kept.
    let limit = threshold * (1.0 - 1e-9);
    let is_small = |item: &ChartItem| !usable(item.share) || item.share / total < limit;
    let small: Vec<usize> = (0..chart.items.len())
        .filter(|&i| chart.items.get(i).is_some_and(is_small))
        .collect();
    if small.len() < 2 {
        return GroupedChart::ungrouped(chart.clone());
    }
    let mut items = Vec::new();
    let mut members = Vec::new();
    for (i, item) in chart.items.iter().enumerate() {
        if !small.contains(&i) {
            items.push(item.clone());
            members.push(vec![i]);
        }
    }
    let share = small
        .iter()
        .filter_map(|&i| chart.items.get(i))
        .map(|item| item.share)
        .filter(|s| usable(*s))
        .sum();
    items.push(ChartItem {
        name: format!("{OTHER_NAME} ({})", small.len()),
        share,
        percent_label: other_label(&small),
        colour: OTHER_COLOUR,
    });
    members.push(small);
    GroupedChart {
        chart: PieChart {
            title: chart.title.clone(),
            items,
            source: chart.source.clone(),
        },
        members,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::palette::PALETTE;

    fn chart(shares: &[f64]) -> PieChart {
        PieChart {
            source: None,
            title: "T".to_owned(),
            items: shares
                .iter()
                .enumerate()
                .map(|(i, s)| ChartItem {
                    name: format!("item {i}"),
                    share: *s,
                    percent_label: format!("{:.1} %", s * 100.0),
                    colour: [0, 0, 0],
                })
                .collect(),
        }
    }

    #[test]
    fn small_slices_become_one_other_at_the_end() {
        let c = chart(&[0.5, 0.02, 0.4, 0.01, 0.07]);
        let g = group_small(&c, GROUP_BELOW, |m| format!("{} items", m.len()));
        let names: Vec<&str> = g.chart.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["item 0", "item 2", "item 4", "Other (2)"]);
        assert_eq!(g.members, [vec![0], vec![2], vec![4], vec![1, 3]]);
        let other = &g.chart.items[3];
        assert!((other.share - 0.03).abs() < 1e-12);
        assert_eq!(other.percent_label, "2 items");
        assert_eq!(other.colour, OTHER_COLOUR);
        assert_eq!(g.other(), Some(3));
        assert_eq!(g.item_of(3), Some(3));
        assert_eq!(g.item_of(2), Some(1));
        assert_eq!(g.source_of(1), Some(2));
        assert_eq!(g.source_of(3), None);
        // The source is untouched.
        assert_eq!(c.items.len(), 5);
    }

    #[test]
    fn one_small_slice_is_not_grouped() {
        let c = chart(&[0.5, 0.02, 0.48]);
        let g = group_small(&c, GROUP_BELOW, |_| unreachable!());
        assert_eq!(g, GroupedChart::ungrouped(c));
        assert_eq!(g.other(), None);
    }

    #[test]
    fn shares_are_measured_against_the_whole_even_if_not_normalised() {
        // 2 of 100 and 1 of 100 are under 3 %, though the raw numbers are not.
        let c = chart(&[60.0, 2.0, 37.0, 1.0]);
        let g = group_small(&c, GROUP_BELOW, |_| String::new());
        assert_eq!(g.members.last(), Some(&vec![1, 3]));
        // Exactly at the threshold is kept.
        let c = chart(&[0.94, 0.03, 0.03]);
        assert_eq!(
            group_small(&c, GROUP_BELOW, |_| String::new()).other(),
            None
        );
    }

    #[test]
    fn zero_shares_join_other_and_no_total_means_no_grouping() {
        let c = chart(&[0.9, 0.0, 0.1, 0.0]);
        let g = group_small(&c, GROUP_BELOW, |_| String::new());
        assert_eq!(g.members.last(), Some(&vec![1, 3]));
        let c = chart(&[0.0, 0.0]);
        assert_eq!(
            group_small(&c, GROUP_BELOW, |_| String::new()),
            GroupedChart::ungrouped(c)
        );
    }

    #[test]
    fn other_looks_like_no_palette_colour() {
        for colour in PALETTE {
            let distance: i32 = colour
                .iter()
                .zip(OTHER_COLOUR)
                .map(|(a, b)| (i32::from(*a) - i32::from(b)).abs())
                .sum();
            assert!(distance > 60, "{colour:?}");
        }
    }
}
