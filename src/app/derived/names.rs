//! The name index of the open recipe: each ingredient's matching key
//! (`recipe::matching::key`), key → ingredient, the tag a name has in this
//! recipe and the library entry it is. Built once per revision, so that no
//! view computes a key or scans the ingredients to look a name up.

use std::collections::HashMap;

use crate::recipe::library::{self, LibraryIngredient};
use crate::recipe::{Recipe, Tag, matching};

/// Key → ingredient, and what each ingredient is.
#[derive(Clone, Debug, Default)]
pub struct NameIndex {
    /// Each ingredient's matching key, in order.
    keys: Vec<String>,
    /// Each ingredient's key as a small number (equal keys, equal numbers).
    key_ids: Vec<usize>,
    /// Key → (its number, the first ingredient with it). Only looked up,
    /// never iterated into output.
    by_key: HashMap<String, (usize, usize)>,
    /// Each ingredient's library entry, if it is one.
    library: Vec<Option<&'static LibraryIngredient>>,
    /// Each ingredient's tag as the method sees it: its own, or that of the
    /// first ingredient sharing its name.
    tags: Vec<Option<Tag>>,
}

impl NameIndex {
    /// The index of `recipe`'s ingredients.
    pub fn new(recipe: &Recipe) -> Self {
        let n = recipe.ingredients.len();
        let mut index = Self {
            keys: Vec::with_capacity(n),
            key_ids: Vec::with_capacity(n),
            by_key: HashMap::with_capacity(n),
            library: Vec::with_capacity(n),
            tags: Vec::with_capacity(n),
        };
        for (i, ingredient) in recipe.ingredients.iter().enumerate() {
            let key = matching::key(&ingredient.name);
            let next_id = index.by_key.len();
            let (id, first) = *index.by_key.entry(key.clone()).or_insert((next_id, i));
            index.key_ids.push(id);
            let tag = recipe.ingredients.get(first).and_then(|f| f.tag);
            index.tags.push(tag);
            index.library.push(library::find(&ingredient.name));
            index.keys.push(key);
        }
        index
    }

    /// The first ingredient named `name` (as `matching::key` matches).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.by_key.get(&matching::key(name)).map(|&(_, i)| i)
    }

    /// The number of the key `name` has, if an ingredient has it.
    pub fn key_id_of(&self, name: &str) -> Option<usize> {
        self.by_key.get(&matching::key(name)).map(|&(id, _)| id)
    }

    /// Ingredient `i`'s key number.
    pub fn key_id(&self, i: usize) -> Option<usize> {
        self.key_ids.get(i).copied()
    }

    /// Ingredient `i`'s matching key.
    pub fn key(&self, i: usize) -> Option<&str> {
        self.keys.get(i).map(String::as_str)
    }

    /// The tag of a name in this recipe: its own ingredient's (names matched
    /// as the library matches them), else the library's — what
    /// `Recipe::tag_of` says, without the scan.
    pub fn tag_of(&self, name: &str) -> Option<Tag> {
        match self.find(name) {
            Some(i) => self.tags.get(i).copied().flatten(),
            None => library::tag_of(name),
        }
    }

    /// Ingredient `i`'s tag as the method sees it.
    pub fn tag(&self, i: usize) -> Option<Tag> {
        self.tags.get(i).copied().flatten()
    }

    /// Ingredient `i`'s library entry, if it is one.
    pub fn library_entry(&self, i: usize) -> Option<&'static LibraryIngredient> {
        self.library.get(i).copied().flatten()
    }

    /// The library entries the recipe has, by id, in ingredient order.
    pub fn library_ids(&self) -> Vec<&'static str> {
        self.library.iter().flatten().map(|e| e.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Unit};

    #[test]
    fn names_are_found_as_the_library_matches_them() {
        let mut tagged = Ingredient::new("Eficiencia", 1.0, Unit::Part, Colour::from_rgb(0, 0, 0));
        tagged.tag = None;
        let recipe = Recipe {
            ingredients: vec![
                tagged,
                Ingredient::new("Speed", 1.0, Unit::Part, Colour::from_rgb(1, 1, 1)),
                Ingredient::new(" speed ", 1.0, Unit::Part, Colour::from_rgb(2, 2, 2)),
            ],
            ..Recipe::default()
        };
        let index = NameIndex::new(&recipe);
        assert_eq!(index.find("Efficiency"), Some(0));
        assert_eq!(index.find("SPEED"), Some(1));
        assert_eq!(index.key_id(1), index.key_id(2));
        assert_ne!(index.key_id(0), index.key_id(1));
        // As Recipe::tag_of: the recipe's own (none) wins over the library's.
        for name in ["Efficiency", "Metrics", "speed", "Pasta"] {
            assert_eq!(index.tag_of(name), recipe.tag_of(name), "{name}");
        }
        assert_eq!(index.library_ids(), ["efficiency", "speed", "speed"]);
    }
}
