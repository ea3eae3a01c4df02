//! One value, one text: every core output that shows the same share shows
//! the same figure (the chart's labels, the Markdown table, the copied
//! summary's table and bars, the balance and the verdict).

use crate::chart::PieChart;
use crate::i18n::Lang;
use crate::i18n::summary_text::copy_summary;
use crate::recipe::advice::{Level, Profile};
use crate::recipe::shown::{BalanceNumbers, percent};
use crate::recipe::table_text::{TableWords, markdown_table};
use crate::recipe::{Colour, Ingredient, Recipe, Tag, Unit};

fn parts(amounts: &[f64]) -> Recipe {
    Recipe {
        title: "Equal".to_owned(),
        ingredients: amounts
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let mut ing = Ingredient::new(
                    format!("Item {i}"),
                    a,
                    Unit::Part,
                    Colour::from_rgb(0, 0, 0),
                );
                ing.tag = Some(if i % 2 == 0 {
                    Tag::Baking
                } else {
                    Tag::Cooking
                });
                ing
            })
            .collect(),
        ..Recipe::default()
    }
}

#[test]
fn equal_amounts_read_alike_everywhere() {
    // Nine equal parts: 11.1 % each (largest remainders gave one 11.2 %).
    let r = parts(&[1.0; 9]);
    let chart = PieChart::from_recipe(&r, 1);
    assert!(chart.items.iter().all(|i| i.percent_label == "11.1 %"));
    let table = markdown_table(&r, 1, &TableWords::default());
    assert_eq!(table.matches("| 11.1 % |").count(), 9, "{table}");
    assert!(!table.contains("11.2"), "{table}");
    let summary = copy_summary(&r, 1, Lang::En);
    assert!(!summary.contains("11.2"), "{summary}");
    assert_eq!(summary.matches("11.1 %").count(), 18, "{summary}");
}

#[test]
fn one_third_is_33_3_everywhere() {
    let r = parts(&[1.0, 1.0, 1.0]);
    let chart = PieChart::from_recipe(&r, 1);
    assert!(chart.items.iter().all(|i| i.percent_label == "33.3 %"));
    let summary = copy_summary(&r, 1, Lang::En);
    assert!(!summary.contains("33.4"), "{summary}");
}

#[test]
fn the_balance_and_the_verdict_give_one_figure() {
    // 59.45 % baking: the balance bar once said 59.5 % and the verdict 59.4 %.
    let mut r = parts(&[59.45, 40.55]);
    r.profile = Some(Profile {
        personality: Level::VeryHigh,
        products: Level::Middle,
        size: Level::High,
        industry: Level::Middle,
    });
    let advice = r.advice().unwrap();
    let b = r.balance();
    let numbers = BalanceNumbers::of(&b, 1, Some(&advice));
    let figures = advice.figures_with(b.baking, 1);
    assert_eq!(numbers.baking, "59.5");
    assert_eq!(figures.share, numbers.baking);
    assert!(
        advice
            .explain_with(b.baking, 1)
            .starts_with("Baking is 59.5 % "),
        "{}",
        advice.explain(b.baking)
    );
    let summary = copy_summary(&r, 1, Lang::En);
    assert!(summary.contains("Baking 59.5 %"), "{summary}");
    assert_eq!(percent(b.baking, 1), "59.5 %");
}
