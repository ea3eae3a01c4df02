//! The warnings about a recipe that loads but may not say what its author
//! meant: two ingredients with one name, an ingredient with no name, and
//! method steps in an order the order check questions.
//!
//! A warning never stops a recipe from loading or saving. The command line
//! (`cx-recipe check`) and the window show the same list.

use std::fmt;

use super::method::Rule;
use super::{Recipe, matching};

/// What a [`Warning`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    /// Two or more ingredients share a name, as [`super::matching::key`]
    /// matches names: ignoring case and the spaces around and between words.
    DuplicateName,
    /// An ingredient's name is empty, or only spaces.
    EmptyName,
    /// A method step comes before one it should wait for.
    Order(Rule),
}

/// Something in a recipe worth a second look.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Warning {
    /// What it is about.
    pub kind: WarningKind,
    /// The warning in words, with ingredients and steps counted from 1,
    /// e.g. `duplicate name: "Speed" appears as ingredients 2 and 5`.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Every warning about `recipe`: first the ingredients' names, in the order
/// of the ingredients (a duplicated name at its first appearance), then the
/// order check of the method, in step order.
pub fn warnings(recipe: &Recipe) -> Vec<Warning> {
    let keys: Vec<String> = recipe
        .ingredients
        .iter()
        .map(|i| matching::key(&i.name))
        .collect();
    // Key → the positions (from 1) that have it; looked up, never iterated,
    // so that a thousand names take a thousand steps, not a million.
    let mut positions_of: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::with_capacity(keys.len());
    for (j, key) in keys.iter().enumerate() {
        positions_of.entry(key.as_str()).or_default().push(j + 1);
    }
    let mut found = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        if key.is_empty() {
            found.push(Warning {
                kind: WarningKind::EmptyName,
                message: format!("empty name: ingredient {} has no name", i + 1),
            });
            continue;
        }
        let positions = positions_of
            .get(key.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        // A duplicated name is named at its first appearance only.
        if positions.first() != Some(&(i + 1)) {
            continue;
        }
        if positions.len() > 1 {
            let name = recipe
                .ingredients
                .get(i)
                .map_or("", |ingredient| ingredient.name.trim());
            found.push(Warning {
                kind: WarningKind::DuplicateName,
                message: format!(
                    "duplicate name: \"{name}\" appears as ingredients {}",
                    numbers(positions)
                ),
            });
        }
    }
    found.extend(recipe.order_warnings().into_iter().map(|w| Warning {
        kind: WarningKind::Order(w.rule),
        message: w.message,
    }));
    found
}

/// "2 and 5", "2, 5 and 7".
fn numbers(positions: &[usize]) -> String {
    let shown: Vec<String> = positions.iter().map(ToString::to_string).collect();
    match shown.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Step, Tag, Unit};

    fn recipe(names: &[&str]) -> Recipe {
        Recipe {
            title: "Checks".to_owned(),
            ingredients: names
                .iter()
                .map(|&n| Ingredient::new(n, 1.0, Unit::Part, Colour::from_rgb(0, 0, 0)))
                .collect(),
            ..Recipe::default()
        }
    }

    fn messages(recipe: &Recipe) -> Vec<String> {
        warnings(recipe).into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn a_clean_recipe_has_no_warnings() {
        assert!(warnings(&recipe(&["Speed", "Efficiency"])).is_empty());
        assert!(warnings(&Recipe::default()).is_empty());
    }

    #[test]
    fn duplicates_ignore_case_and_surrounding_spaces() {
        let r = recipe(&["Metrics", "Speed", "Storytelling", "Passion", " speed "]);
        assert_eq!(
            warnings(&r),
            [Warning {
                kind: WarningKind::DuplicateName,
                message: "duplicate name: \"Speed\" appears as ingredients 2 and 5".to_owned(),
            }]
        );
        let r = recipe(&["A", "a", "B", "A ", "b"]);
        assert_eq!(
            messages(&r),
            [
                "duplicate name: \"A\" appears as ingredients 1, 2 and 4",
                "duplicate name: \"B\" appears as ingredients 3 and 5",
            ]
        );
        // Names match as diff and blend match them: runs of spaces are one
        // space; a library ingredient is one ingredient however it is
        // written, in any language.
        assert_eq!(
            messages(&recipe(&["Test & learn", "test  &\u{a0}Learn"])),
            ["duplicate name: \"Test & learn\" appears as ingredients 1 and 2"]
        );
        assert_eq!(
            messages(&recipe(&["Test & learn", "Test and learn"])),
            ["duplicate name: \"Test & learn\" appears as ingredients 1 and 2"]
        );
        assert_eq!(
            messages(&recipe(&["Efficiency", "Eficiencia"])),
            ["duplicate name: \"Efficiency\" appears as ingredients 1 and 2"]
        );
        // Names the library does not know: "&" is not "and".
        assert!(warnings(&recipe(&["Tea & cake", "Tea and cake"])).is_empty());
    }

    #[test]
    fn empty_names_are_named_by_position() {
        let r = recipe(&["Speed", "", "  ", "Speed"]);
        assert_eq!(
            messages(&r),
            [
                "duplicate name: \"Speed\" appears as ingredients 1 and 4",
                "empty name: ingredient 2 has no name",
                "empty name: ingredient 3 has no name",
            ]
        );
        let kinds: Vec<WarningKind> = warnings(&r).iter().map(|w| w.kind).collect();
        assert_eq!(
            kinds,
            [
                WarningKind::DuplicateName,
                WarningKind::EmptyName,
                WarningKind::EmptyName
            ]
        );
    }

    #[test]
    fn order_warnings_keep_their_rule_and_message() {
        let mut r = recipe(&["Storytelling", "Metrics"]);
        r.steps = vec![
            Step {
                title: "Tell".to_owned(),
                ingredients: vec!["Storytelling".to_owned()],
                ..Step::default()
            },
            Step {
                title: "Measure".to_owned(),
                ingredients: vec!["Metrics".to_owned()],
                ..Step::default()
            },
        ];
        // Untagged in the recipe: the order check has nothing to go on.
        assert!(warnings(&r).is_empty());
        r.ingredients[0].tag = Some(Tag::Cooking);
        r.ingredients[1].tag = Some(Tag::Baking);
        let found = warnings(&r);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, WarningKind::Order(Rule::BakeBeforeCook));
        assert!(found[0].message.starts_with(Rule::BakeBeforeCook.name()));
        assert_eq!(found[0].to_string(), found[0].message);
    }

    #[test]
    fn numbers_read_as_a_list() {
        assert_eq!(numbers(&[]), "");
        assert_eq!(numbers(&[3]), "3");
        assert_eq!(numbers(&[2, 5]), "2 and 5");
        assert_eq!(numbers(&[1, 2, 4]), "1, 2 and 4");
    }
}
