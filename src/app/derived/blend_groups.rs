//! The projected reveal's pie with ever more of its smallest slices
//! grouped into one "Other (N)" slice (`chart::group::group_small`, as
//! presentation groups them): a blend may hold many ingredients, more than
//! a legend can name whole beside a pie at projector size. The projected
//! view takes the first of these whose legend fits (`views::blend_legend`);
//! the recipe and the blend screen keep every ingredient.

use super::workshop::PieData;
use crate::chart::group::GroupedChart;
use crate::i18n::{Arg, Lang, number, tr_args};
use crate::recipe::Recipe;

/// How many slices each rung keeps at least (the rest grouped), after the
/// pie with every slice.
const KEEP: [usize; 8] = [24, 20, 16, 13, 10, 8, 6, 4];

/// The pie of `recipe` with every slice, then with fewer and fewer kept:
/// each rung keeps the slices at least as large as its `KEEP`-th largest
/// and groups the rest ("Other" holds at least two, the smallest).
pub fn grouped_pies(recipe: &Recipe, decimals: u8, lang: Lang) -> Vec<PieData> {
    let mut pies = vec![PieData::of(recipe, decimals, lang)];
    let mut shares = recipe.shares().unwrap_or_default();
    shares.retain(|s| s.is_finite() && *s > 0.0);
    let total: f64 = shares.iter().sum();
    if !(total.is_finite() && total > 0.0) {
        return pies;
    }
    shares.sort_by(|a, b| b.total_cmp(a));
    let mut last_len = recipe.ingredients.len();
    for keep in KEEP {
        let Some(threshold) = keep.checked_sub(1).and_then(|k| shares.get(k)) else {
            continue;
        };
        let mut grouped = GroupedChart::from_recipe(recipe, decimals, Some(threshold / total));
        if grouped.chart.items.len() >= last_len {
            continue;
        }
        last_len = grouped.chart.items.len();
        for item in &mut grouped.chart.items {
            item.percent_label = number::localise(lang, &item.percent_label);
        }
        if let Some(other) = grouped.other()
            && let Some(count) = grouped.members.get(other).map(Vec::len)
            && let Some(item) = grouped.chart.items.get_mut(other)
        {
            // "Other (3)" in the window's language; the core's is English.
            item.name = tr_args(lang, "chart-other", &[("count", Arg::from(count))]);
        }
        pies.push(PieData::from_chart(grouped.chart, lang));
    }
    pies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::format;

    #[test]
    fn each_rung_groups_more_and_keeps_the_largest() {
        let text = "(title: \"Many\", ingredients: [\
            (name: \"A\", amount: 30, unit: parts),\
            (name: \"B\", amount: 20, unit: parts),\
            (name: \"C\", amount: 10, unit: parts),\
            (name: \"D\", amount: 10, unit: parts),\
            (name: \"E\", amount: 5, unit: parts),\
            (name: \"F\", amount: 5, unit: parts),\
            (name: \"G\", amount: 5, unit: parts),\
            (name: \"H\", amount: 5, unit: parts),\
            (name: \"I\", amount: 5, unit: parts),\
            (name: \"J\", amount: 5, unit: parts)])";
        let recipe = format::parse(text.as_bytes(), "many.ron").unwrap();
        let pies = grouped_pies(&recipe, 1, Lang::En);
        let lens: Vec<usize> = pies.iter().map(|p| p.items.len()).collect();
        assert_eq!(lens, [10, 5], "ties are kept together");
        let last = pies.last().unwrap();
        let names: Vec<&str> = last.items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C", "D", "Other (6)"]);
        assert_eq!(last.items[4].percent_label, "30.0 %");
    }
}
