//! What a person writes by hand, read kindly: unit and tag names in any
//! letter case and in the forms people use (`cups`, `tbsp`, `l`, `points`),
//! and a decimal comma (`amount: 1,5`) explained instead of a parser's riddle.
//! The canonical layout `fmt` writes is still the only one the app writes.

use serde::de::{self, Deserializer, EnumAccess, VariantAccess, Visitor};

use crate::recipe::{Tag, Unit};

/// The unit a person wrote: `cups`, `Tbsp`, `l`, `MetricCup`…
///
/// Kitchen units without a system are metric; the US ones keep their
/// explicit names (`UsCup`, `us_cup`).
pub fn unit_from_written(written: &str) -> Option<Unit> {
    let w: String = written
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.'))
        .flat_map(char::to_lowercase)
        .collect();
    let unit = match w.as_str() {
        "part" | "parts" | "point" | "points" => Unit::Part,
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => Unit::Millilitre,
        "cc" => Unit::Cc,
        "l" | "litre" | "litres" | "liter" | "liters" => Unit::Litre,
        "tsp" | "teaspoon" | "teaspoons" | "metricteaspoon" => Unit::MetricTeaspoon,
        "tbsp" | "tablespoon" | "tablespoons" | "metrictablespoon" => Unit::MetricTablespoon,
        "cup" | "cups" | "metriccup" => Unit::MetricCup,
        "usteaspoon" | "ustsp" => Unit::UsTeaspoon,
        "ustablespoon" | "ustbsp" => Unit::UsTablespoon,
        "uscup" | "uscups" => Unit::UsCup,
        _ => return None,
    };
    Some(unit)
}

/// The tag a person wrote: `Baking`, `baking`, `Cooking`…
fn tag_from_written(written: &str) -> Option<Tag> {
    match written.to_lowercase().as_str() {
        "baking" | "bake" => Some(Tag::Baking),
        "cooking" | "cook" => Some(Tag::Cooking),
        _ => None,
    }
}

const UNIT_EXPECTED: &str = "expected a unit such as `Litre`, `ml`, `cups`, `tbsp`, `tsp`, \
                             `UsCup` or `parts`";
const TAG_EXPECTED: &str = "expected the tag `Baking` or `Cooking`";

/// A bare name in the file (`unit: cups`), mapped by `lookup`.
struct Named<T> {
    lookup: fn(&str) -> Option<T>,
    expected: &'static str,
}

impl<T> Named<T> {
    fn find<E: de::Error>(&self, name: &str) -> Result<T, E> {
        (self.lookup)(name).ok_or_else(|| {
            let shown: String = name.chars().take(40).collect();
            E::custom(format!("{}, found `{shown}`", self.expected))
        })
    }
}

impl<'de, T> Visitor<'de> for Named<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        self.find(v)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let (Ident(name), variant) = data.variant()?;
        if name == "Some" {
            // `Some(Baking)`: what an optional field looks like in plain RON.
            return variant.newtype_variant_seed(NamedSeed(self));
        }
        variant.unit_variant()?;
        self.find(&name)
    }
}

/// A bare name, read as an identifier (not as quoted text).
struct Ident(String);

impl<'de> de::Deserialize<'de> for Ident {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct IdentVisitor;
        impl Visitor<'_> for IdentVisitor {
            type Value = Ident;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a name")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Ident, E> {
                Ok(Ident(v.to_owned()))
            }
        }
        d.deserialize_identifier(IdentVisitor)
    }
}

/// [`Named`] as a seed, for `Some(…)`.
struct NamedSeed<T>(Named<T>);

impl<'de, T> de::DeserializeSeed<'de> for NamedSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_enum("", &[], self.0)
    }
}

/// Reads a unit as a person writes it.
pub fn de_unit<'de, D: Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
    let visitor = Named {
        lookup: unit_from_written,
        expected: UNIT_EXPECTED,
    };
    d.deserialize_enum("Unit", &[], visitor)
}

/// Reads an optional tag as a person writes it (`tag: baking`).
pub fn de_tag<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Tag>, D::Error> {
    let visitor = Named {
        lookup: tag_from_written,
        expected: TAG_EXPECTED,
    };
    d.deserialize_enum("Tag", &[], visitor).map(Some)
}

/// Where a decimal comma stands in `text` on or just before `line` (the
/// place a parse error was found): `amount: 1,5`. Returns the line and
/// column of the number, and the number as it should be written.
pub fn decimal_comma(text: &str, line: usize) -> Option<(usize, usize, String)> {
    let first = line.saturating_sub(1).max(1);
    for (n, content) in text
        .lines()
        .enumerate()
        .skip(first - 1)
        .take(line + 1 - first)
    {
        let Some(at) = content.find("amount") else {
            continue;
        };
        let rest = content.get(at + "amount".len()..)?;
        let after_colon = rest.trim_start().strip_prefix(':')?;
        let number = after_colon.trim_start();
        let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
        let whole = digits(number);
        let frac_part = number.get(whole..)?.strip_prefix(',')?;
        let frac = digits(frac_part);
        if whole == 0 || frac == 0 {
            continue;
        }
        let col = content.len() - number.len();
        let col = content.get(..col).map_or(1, |p| p.chars().count() + 1);
        let fixed = format!("{}.{}", number.get(..whole)?, frac_part.get(..frac)?);
        return Some((n + 1, col, fixed));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_as_people_write_them() {
        for (written, unit) in [
            ("litre", Unit::Litre),
            ("Liter", Unit::Litre),
            ("L", Unit::Litre),
            ("ml", Unit::Millilitre),
            ("CC", Unit::Cc),
            ("cup", Unit::MetricCup),
            ("Cups", Unit::MetricCup),
            ("tbsp", Unit::MetricTablespoon),
            ("Tablespoons", Unit::MetricTablespoon),
            ("tsp", Unit::MetricTeaspoon),
            ("teaspoon", Unit::MetricTeaspoon),
            ("parts", Unit::Part),
            ("Point", Unit::Part),
            ("UsCup", Unit::UsCup),
            ("us_tablespoon", Unit::UsTablespoon),
            ("MetricCup", Unit::MetricCup),
        ] {
            assert_eq!(unit_from_written(written), Some(unit), "{written}");
        }
        assert_eq!(unit_from_written("gallon"), None);
    }

    #[test]
    fn a_decimal_comma_is_found_where_the_parser_stopped() {
        let text = "(\n    ingredients: [\n        (name: \"Speed\", amount: 1,5, unit: l),\n";
        let (line, col, fixed) = decimal_comma(text, 3).unwrap();
        assert_eq!((line, col, fixed.as_str()), (3, 33, "1.5"));
        assert_eq!(decimal_comma("(amount: 1.5, x: 2)", 1), None);
    }
}
