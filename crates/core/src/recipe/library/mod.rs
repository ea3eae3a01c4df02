//! The ingredient library: the ingredients the articles name, ready to pick,
//! each with a group, a suggested tag and a one-line description.
//!
//! Names are matched loosely through [`key`]: "voc", "voice of the customer"
//! and " Voice  of the Customer " are the same ingredient, and so are its
//! names in the product's languages ("Eficiencia", "Effizienz").
//!
//! What counts as one ingredient is data, not translation: [`find`] reads
//! only this table ([`LibraryIngredient::names`]), never the window's
//! catalogues, so editing a translation cannot change what `diff`, `blend`
//! or the duplicate check merge in files already written. The catalogues
//! show the names (`LibraryIngredient::name_in`, in `i18n`), and a test
//! there ties every name they show to this table.

mod data;

pub use data::LIBRARY;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::Tag;

/// One ingredient the library offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryIngredient {
    /// A stable ASCII key, e.g. `"efficiency"`; never changes once shipped.
    pub id: &'static str,
    /// The name shown and put into a recipe, e.g. "Personalised attention".
    pub name: &'static str,
    /// Where the library lists it.
    pub group: Group,
    /// The kind of work it suggests; `None` when it is neither.
    pub tag: Option<Tag>,
    /// What it is, in one line.
    pub description: &'static str,
    /// Other spellings that find it, e.g. "Customer service" for support.
    pub aliases: &'static [&'static str],
    /// Its names in the product's other languages, which find it too
    /// (a Spanish file names Efficiency "Eficiencia").
    pub names: &'static [Translation],
    /// What the order check needs to know about it, if anything.
    pub role: Option<Role>,
}

/// A library ingredient's name in one of the product's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The language's BCP 47 code: `es`, `de`.
    pub lang: &'static str,
    /// The name, as the catalogue of that language shows it.
    pub name: &'static str,
}

impl LibraryIngredient {
    /// Its name, then its aliases.
    pub fn spellings(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name).chain(self.aliases.iter().copied())
    }

    /// Its names in the language with BCP 47 code `lang`: [`Self::name`]
    /// for `en`, else those of [`Self::names`] in that language.
    pub fn names_in<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        let english = (lang == "en").then_some(self.name);
        let others = self.names.iter().filter(move |t| t.lang == lang);
        english.into_iter().chain(others.map(|t| t.name))
    }
}

/// The library's sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// The five base ingredients of the "ideal CX" recipe.
    Base,
    /// The concrete, structured kind of work.
    Baking,
    /// The creative, improvised kind of work.
    Cooking,
    /// Other ingredients the articles name.
    More,
}

impl Group {
    /// Every group, in display order.
    pub const ALL: [Self; 4] = [Self::Base, Self::Baking, Self::Cooking, Self::More];

    /// The section heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::Base => "Base",
            Self::Baking => "Baking",
            Self::Cooking => "Cooking",
            Self::More => "More",
        }
    }
}

/// A part an ingredient plays in the order check
/// ([`super::method::order_check`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// It tailors the experience to one customer, so it needs good data.
    Personalisation,
    /// It makes customer data clean and current.
    DataQuality,
}

/// The matching key of a name: lowercase, no surrounding spaces, inner
/// whitespace collapsed to one space, and "&" read as "and".
pub fn key(name: &str) -> String {
    name.replace('&', " and ")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The library ingredient with this name or alias, in any of the
/// product's languages ("Eficiencia", "Effizienz"), matched by [`key`].
pub fn find(name: &str) -> Option<&'static LibraryIngredient> {
    let wanted = key(name);
    if wanted.is_empty() {
        return None;
    }
    index().get(&wanted).copied()
}

/// Every spelling's key → its ingredient, built once from the table alone:
/// the names, the aliases and the names in other languages.
fn index() -> &'static BTreeMap<String, &'static LibraryIngredient> {
    static INDEX: OnceLock<BTreeMap<String, &'static LibraryIngredient>> = OnceLock::new();
    INDEX.get_or_init(|| index_of(LIBRARY))
}

/// The index of `library`: what [`find`] looks names up in.
fn index_of(library: &'static [LibraryIngredient]) -> BTreeMap<String, &'static LibraryIngredient> {
    let mut map = BTreeMap::new();
    for ing in library {
        let translated = ing.names.iter().map(|t| t.name);
        for spelling in ing.spellings().chain(translated).map(key) {
            // The first ingredient to claim a spelling keeps it.
            map.entry(spelling).or_insert(ing);
        }
    }
    map
}

/// The library ingredient with this [`LibraryIngredient::id`].
pub fn by_id(id: &str) -> Option<&'static LibraryIngredient> {
    LIBRARY.iter().find(|ing| ing.id == id)
}

/// The library's tag for a name or alias; `None` when the library does not
/// know the name or leaves it untagged.
pub fn tag_of(name: &str) -> Option<Tag> {
    find(name).and_then(|ing| ing.tag)
}

/// The ingredients of one group, in library order.
pub fn by_group(group: Group) -> impl Iterator<Item = &'static LibraryIngredient> {
    LIBRARY.iter().filter(move |ing| ing.group == group)
}

/// The ingredients that match a typed query, for a picker.
///
/// Case does not matter, and "&" equals "and". Every word of the query must
/// appear somewhere in the name, an alias, the description or the group's
/// label. Names that start with the query come first; otherwise the library
/// order holds. An empty query gives the whole library.
pub fn search(query: &str) -> Vec<&'static LibraryIngredient> {
    let query = key(query);
    let words: Vec<&str> = query.split_whitespace().collect();
    let mut found: Vec<&'static LibraryIngredient> = LIBRARY
        .iter()
        .filter(|ing| {
            let text = searchable_text(ing);
            words.iter().all(|word| text.contains(word))
        })
        .collect();
    // A stable sort: `false` (a name-prefix match) sorts first.
    found.sort_by_key(|ing| !key(ing.name).starts_with(&query));
    found
}

/// Everything [`search`] looks in, as keys, one field a line.
fn searchable_text(ing: &LibraryIngredient) -> String {
    ing.spellings()
        .chain([ing.description, ing.group.label()])
        .map(key)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
