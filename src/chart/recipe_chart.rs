//! The chart of a recipe: the one adapter from the model to chart input, so
//! the window and the export draw the same slices with the same labels.

use super::{ChartItem, PieChart};
use crate::recipe::Recipe;

impl PieChart {
    /// The chart of `recipe`, its percentages rounded to `decimals` (they add
    /// up to exactly 100). A recipe whose total is zero gives no slices.
    /// The window draws this every frame, so it copies no more than the
    /// chart needs; [`PieChart::for_export`] also keeps the recipe.
    pub fn from_recipe(recipe: &Recipe, decimals: u8) -> Self {
        let shares = recipe.shares().unwrap_or_default();
        let percents = recipe.rounded_percentages(decimals);
        let items = recipe
            .ingredients
            .iter()
            .enumerate()
            .map(|(i, ing)| ChartItem {
                name: ing.name.clone(),
                share: shares.get(i).copied().unwrap_or(0.0),
                percent_label: percents
                    .get(i)
                    .map_or_else(|| "–".to_owned(), |p| format!("{p} %")),
                colour: ing.colour.rgb(),
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
        Self {
            source: Some(recipe.clone()),
            ..Self::from_recipe(recipe, decimals)
        }
    }
}
