//! The core's parts in a language, for what the core writes for a person in
//! that language (the copied summary, exported charts and spreadsheets):
//! units and tags. English keeps the command line's own words
//! ([`crate::recipe::Unit::label_for`], [`crate::recipe::Tag::label`]), so
//! an English export reads as it always did.

use super::{Arg, Lang, tr, tr_args};
use crate::recipe::{Tag, Unit};

/// The catalogue's name for a unit, used in its keys (`unit-litre`).
pub fn unit_id(unit: Unit) -> &'static str {
    match unit {
        Unit::Part => "part",
        Unit::Millilitre => "ml",
        Unit::Cc => "cc",
        Unit::Litre => "litre",
        Unit::MetricTeaspoon => "teaspoon",
        Unit::MetricTablespoon => "tablespoon",
        Unit::MetricCup => "cup",
        Unit::UsTeaspoon => "us-teaspoon",
        Unit::UsTablespoon => "us-tablespoon",
        Unit::UsCup => "us-cup",
    }
}

/// A unit's name for `amount` of it: "2 litres", "2 litros", "2 Liter".
pub fn unit_label(lang: Lang, unit: Unit, amount: f64) -> String {
    if lang == Lang::En {
        return unit.label_for(amount);
    }
    tr_args(
        lang,
        &format!("unit-{}", unit_id(unit)),
        &[("count", Arg::Number(amount))],
    )
}

/// "Baking" or "Cooking" in `lang`, "Untagged" for `None`.
pub fn tag_label(lang: Lang, tag: Option<Tag>) -> String {
    match (lang, tag) {
        (Lang::En, Some(tag)) => tag.label().to_owned(),
        (_, Some(Tag::Baking)) => tr(lang, "tag-baking"),
        (_, Some(Tag::Cooking)) => tr(lang, "tag-cooking"),
        (_, None) => tr(lang, "tag-untagged"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_command_lines_words() {
        for unit in Unit::ALL {
            for amount in [1.0, 2.0] {
                assert_eq!(unit_label(Lang::En, unit, amount), unit.label_for(amount));
            }
        }
        assert_eq!(unit_label(Lang::Es, Unit::Litre, 2.0), "litros");
        assert_eq!(unit_label(Lang::De, Unit::MetricCup, 1.0), "Tasse");
        assert_eq!(tag_label(Lang::De, Some(Tag::Baking)), "Backen");
        assert_eq!(tag_label(Lang::En, None), "Untagged");
    }
}
