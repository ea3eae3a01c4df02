//! What a room asks: the recipe's title and its ingredients (name, colour,
//! tag, and a description in each language), and the mode. Taken once from
//! the recipe when the room opens; the page and the answers both use it.

use cx_recipe_core::i18n::Lang;
use cx_recipe_core::recipe::{Colour, Recipe, Tag, library};

use crate::config::Mode;

/// The most ingredients a room asks about: more do not fit a phone.
pub const MAX_QUESTIONS: usize = 60;
/// The longest description shown, in characters (a note may be long).
const MAX_DESCRIPTION_CHARS: usize = 300;

/// One ingredient a participant gives points to.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The recipe's name for it, as the answer file will carry it.
    pub name: String,
    /// Its colour in the recipe.
    pub colour: Colour,
    /// Its tag in the recipe, kept in the answer (the blend carries tags).
    pub tag: Option<Tag>,
    /// What it is, in English, Spanish and German (the library's words),
    /// or the recipe's note in all three; empty when there is neither.
    pub descriptions: [String; 3],
}

/// The room's question.
#[derive(Clone, Debug, PartialEq)]
pub struct Questions {
    /// The recipe's title.
    pub title: String,
    /// Its ingredients, in the recipe's order.
    pub items: Vec<Question>,
    /// Points to share out, or free amounts.
    pub mode: Mode,
}

impl Questions {
    /// The question for `recipe`.
    ///
    /// # Errors
    /// A recipe without ingredients, with more than [`MAX_QUESTIONS`], or a
    /// points budget outside 1–10,000.
    pub fn new(recipe: &Recipe, mode: Mode) -> Result<Self, String> {
        if recipe.ingredients.is_empty() {
            return Err("the recipe has no ingredients to ask about".to_owned());
        }
        if recipe.ingredients.len() > MAX_QUESTIONS {
            return Err(format!(
                "the recipe has {} ingredients; a room asks about at most {MAX_QUESTIONS} \
                 (more do not fit a phone)",
                recipe.ingredients.len()
            ));
        }
        if let Mode::Points(points) = mode
            && !(1..=crate::config::MAX_POINTS).contains(&points)
        {
            return Err(format!(
                "a room shares out 1 to {} points, not {points}",
                crate::config::MAX_POINTS
            ));
        }
        let items = recipe
            .ingredients
            .iter()
            .map(|ing| Question {
                name: ing.name.clone(),
                colour: ing.colour,
                tag: ing.tag,
                descriptions: describe(&ing.name, &ing.note),
            })
            .collect();
        Ok(Self {
            title: recipe.title.clone(),
            items,
            mode,
        })
    }
}

/// The library's description in each language, else the note.
fn describe(name: &str, note: &str) -> [String; 3] {
    match library::find(name) {
        Some(known) => Lang::ALL.map(|lang| known.description_in(lang)),
        None => {
            let note: String = note
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .chars()
                .take(MAX_DESCRIPTION_CHARS)
                .collect();
            [note.clone(), note.clone(), note]
        }
    }
}

#[cfg(test)]
mod tests {
    use cx_recipe_core::recipe::{Ingredient, Unit, palette_colour};

    use super::*;

    fn recipe(names: &[&str]) -> Recipe {
        Recipe {
            title: "Team".to_owned(),
            ingredients: names
                .iter()
                .enumerate()
                .map(|(i, n)| Ingredient::new(*n, 1.0, Unit::Part, palette_colour(i)))
                .collect(),
            ..Recipe::default()
        }
    }

    #[test]
    fn library_ingredients_are_described_in_each_language() {
        let mut r = recipe(&["Efficiency", "Our own thing"]);
        r.ingredients[1].note = "Something\nwe do".to_owned();
        let q = Questions::new(&r, Mode::default()).unwrap();
        let [en, es, de] = &q.items[0].descriptions;
        assert!(en.starts_with("Getting things done"), "{en}");
        assert_ne!(en, es);
        assert_ne!(en, de);
        assert_eq!(
            q.items[1].descriptions,
            ["Something we do"; 3].map(str::to_owned)
        );
    }

    #[test]
    fn a_room_needs_ingredients_and_a_sensible_budget() {
        assert!(Questions::new(&recipe(&[]), Mode::default()).is_err());
        let many: Vec<String> = (0..=MAX_QUESTIONS).map(|i| format!("I{i}")).collect();
        let names: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(Questions::new(&recipe(&names), Mode::default()).is_err());
        assert!(Questions::new(&recipe(&["A"]), Mode::Points(0)).is_err());
        assert!(Questions::new(&recipe(&["A"]), Mode::Points(10_001)).is_err());
        assert!(Questions::new(&recipe(&["A"]), Mode::Free).is_ok());
    }
}
