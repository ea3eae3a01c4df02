//! The chart of a recipe: the one adapter from the model to chart input, so
//! the window and the export draw the same slices with the same labels.

use super::{ChartItem, PieChart};
use crate::i18n::{Lang, number};
use crate::recipe::colour::display_colours;
use crate::recipe::{Recipe, shown};

/// The share of item `i`, when the recipe has shares.
fn share_at(shares: Option<&[f64]>, i: usize) -> Option<f64> {
    shares.and_then(|s| s.get(i).copied())
}

impl PieChart {
    /// The chart of `recipe`, each percentage rounded to `decimals` on its
    /// own ([`crate::recipe::shown::percent`]: the figure the table and the
    /// verdict show for the same share), each slice in its display colour
    /// ([`crate::recipe::colour::display_colours`]: no two alike). A recipe
    /// whose total is zero gives no slices.
    /// The window draws this every frame, so it copies no more than the
    /// chart needs; [`PieChart::for_export`] also keeps the recipe.
    pub fn from_recipe(recipe: &Recipe, decimals: u8) -> Self {
        Self::from_recipe_in(recipe, decimals, Lang::En)
    }

    /// [`PieChart::from_recipe`] with the percentages in `lang`'s format
    /// ("24,8 %" in Spanish and German).
    pub fn from_recipe_in(recipe: &Recipe, decimals: u8, lang: Lang) -> Self {
        let shares = recipe.shares();
        // Slices in the colours that keep them apart: a file's own where
        // they are distinct enough (recipe::colour::display_colours).
        let colours = display_colours(recipe);
        let items = recipe
            .ingredients
            .iter()
            .enumerate()
            .map(|(i, ing)| ChartItem {
                name: ing.name.clone(),
                share: share_at(shares.as_deref(), i).unwrap_or(0.0),
                percent_label: share_at(shares.as_deref(), i)
                    .map_or_else(|| "–".to_owned(), |s| number::percent(lang, s, decimals)),
                colour: colours.get(i).map_or_else(|| ing.colour.rgb(), |c| c.rgb()),
            })
            .collect();
        Self {
            title: recipe.title.clone(),
            items,
            source: None,
        }
    }

    /// The chart of `recipe` for a file: it keeps a copy of the recipe, which
    /// an exported PNG or SVG carries, so that the picture reopens as it.
    pub fn for_export(recipe: &Recipe, decimals: u8) -> Self {
        Self::for_export_in(recipe, decimals, Lang::En)
    }

    /// [`PieChart::for_export`] with the percentages in `lang`'s format.
    pub fn for_export_in(recipe: &Recipe, decimals: u8, lang: Lang) -> Self {
        Self {
            source: Some(recipe.clone()),
            ..Self::from_recipe_in(recipe, decimals, lang)
        }
    }
}

impl super::group::GroupedChart {
    /// The chart of `recipe` as [`PieChart::from_recipe`] gives it, with the
    /// slices under `group_below` (a fraction) grouped into "Other" when it
    /// is given. "Other" shows the sum of its members' exact shares, rounded
    /// once, as any single value is.
    pub fn from_recipe(recipe: &Recipe, decimals: u8, group_below: Option<f64>) -> Self {
        let chart = PieChart::from_recipe(recipe, decimals);
        let Some(threshold) = group_below else {
            return Self::ungrouped(chart);
        };
        super::group::group_small(&chart, threshold, |members| {
            let shares = recipe.shares();
            let parts: Vec<f64> = members
                .iter()
                .filter_map(|&i| share_at(shares.as_deref(), i))
                .collect();
            if parts.is_empty() {
                "–".to_owned()
            } else {
                shown::percent(parts.iter().sum(), decimals)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::group::{GROUP_BELOW, GroupedChart, OTHER_NAME};
    use crate::recipe::format;

    #[test]
    fn slices_that_share_a_colour_in_the_file_are_drawn_apart() {
        let text = "(title: \"Clash\", ingredients: [\
            (name: \"Technology\", amount: 2, unit: parts, colour: \"#0072b2\"),\
            (name: \"Customer research\", amount: 1, unit: parts, colour: \"#0072b2\")])";
        let recipe = format::parse(text.as_bytes(), "clash.ron").unwrap();
        let chart = super::super::PieChart::from_recipe(&recipe, 1);
        assert_eq!(
            chart.items[0].colour,
            [0x00, 0x72, 0xb2],
            "the first keeps its own"
        );
        assert_ne!(chart.items[1].colour, chart.items[0].colour);
        assert_eq!(
            recipe.ingredients[1].colour.rgb(),
            [0x00, 0x72, 0xb2],
            "the file is as it was"
        );
    }

    #[test]
    fn grouping_the_kitchen_shows_each_share_rounded_once() {
        let text = include_str!("../../../../recipes/ideal-cx.ron");
        let mut recipe = format::parse(text.as_bytes(), "ideal-cx.ron").unwrap();
        // Ideal CX has one small slice (consistency): nothing to group.
        let g = GroupedChart::from_recipe(&recipe, 1, Some(GROUP_BELOW));
        assert_eq!(g.other(), None);
        // Two small ones: speed down to 1 tablespoon (15 ml of 3545 ml).
        recipe.ingredients[1].amount = 1.0;
        recipe.ingredients[1].unit = crate::recipe::Unit::MetricTablespoon;
        let g = GroupedChart::from_recipe(&recipe, 1, Some(GROUP_BELOW));
        let other = g.other().unwrap();
        assert_eq!(g.chart.items[other].name, format!("{OTHER_NAME} (2)"));
        assert_eq!(g.members[other], [1, 3]);
        // Each label is its share rounded on its own; "Other" is the sum of
        // its members' exact shares (15 + 30 ml of 3545 ml), rounded once.
        let shares = recipe.shares().unwrap();
        assert_eq!(g.chart.items[other].percent_label, "1.3 %");
        assert_eq!(
            g.chart.items[0].percent_label,
            crate::recipe::shown::percent(shares[0], 1)
        );
        assert_eq!(g.chart.items[0].percent_label, "28.2 %");
        // Off: every ingredient stands for itself.
        let g = GroupedChart::from_recipe(&recipe, 1, None);
        assert_eq!(g.members.len(), 5);
    }
}
