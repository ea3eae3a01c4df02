//! When two ingredient names mean the same ingredient: the one place that
//! decides it, so that diff, blend and any later matcher agree.
//!
//! "Speed", " speed" and "SPEED  " are one ingredient; the first spelling
//! seen is the one shown.

use std::collections::BTreeMap;

use super::library;

/// The matching key of an ingredient name: a library ingredient's own key
/// whatever the language or spelling ("Eficiencia", "Effizienz" and
/// "Efficiency" are one), else the name with surrounding white space
/// removed, inner runs of white space (any Unicode space, e.g. a no-break
/// space from a word processor) made one plain space, and lower case.
///
/// Two names are the same ingredient exactly when their keys are equal.
pub fn key(name: &str) -> String {
    if let Some(known) = library::find(name) {
        return format!("library:{}", known.id);
    }
    plain_key(name)
}

/// The key of a name the library does not know.
fn plain_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The names that share one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameGroup {
    /// The matching key, see [`key`].
    pub key: String,
    /// The name shown: the first spelling seen.
    pub name: String,
    /// Every distinct spelling seen, in the order first seen; the first is
    /// `name`.
    pub spellings: Vec<String>,
}

impl NameGroup {
    /// Whether more than one spelling was merged into this group.
    pub fn is_merged(&self) -> bool {
        self.spellings.len() > 1
    }
}

/// Names grouped by [`key`], in the order each group was first seen.
#[derive(Clone, Debug, Default)]
pub struct NameGroups {
    groups: Vec<NameGroup>,
    /// Key → position in `groups`; only looked up, never iterated into output.
    positions: BTreeMap<String, usize>,
}

impl NameGroups {
    /// Adds a name and returns the position of its group: an existing group
    /// when the key is known (recording a new spelling), else a new one at
    /// the end.
    pub fn insert(&mut self, name: &str) -> usize {
        let key = key(name);
        if let Some(&at) = self.positions.get(&key) {
            if let Some(group) = self.groups.get_mut(at)
                && !group.spellings.iter().any(|s| s == name)
            {
                group.spellings.push(name.to_owned());
            }
            return at;
        }
        let at = self.groups.len();
        self.positions.insert(key.clone(), at);
        self.groups.push(NameGroup {
            key,
            name: name.to_owned(),
            spellings: vec![name.to_owned()],
        });
        at
    }

    /// The position of the group `name` belongs to, if it was seen.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.positions.get(&key(name)).copied()
    }

    /// The groups, in the order first seen.
    pub fn groups(&self) -> &[NameGroup] {
        &self.groups
    }

    /// The groups, in the order first seen.
    pub fn into_groups(self) -> Vec<NameGroup> {
        self.groups
    }

    /// How many distinct ingredients were seen.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether no name was seen.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_spaces_do_not_matter() {
        assert_eq!(key("Speed"), key("speed"));
        assert_eq!(key("  SPEED \t"), key("speed"));
        assert_eq!(
            key("Personalised   attention"),
            key("personalised attention")
        );
        assert_eq!(
            key("Personalised\u{a0}attention"),
            key("personalised attention")
        );
        // Names the library does not know: the plain key.
        assert_eq!(key("Ä  Ö"), "ä ö");
        assert_eq!(key(" Our  Kitchen "), "our kitchen");
    }

    #[test]
    fn library_ingredients_match_in_every_language() {
        assert_eq!(key("Eficiencia"), key("Efficiency"));
        assert_eq!(key("effizienz"), key("Efficiency"));
        assert_eq!(key("Atención personalizada"), key("Personalised attention"));
        assert_eq!(key("Stimme des Kunden"), key("VoC"));
        assert_ne!(key("Eficiencia"), key("Rapidez"));
    }

    #[test]
    fn different_words_stay_different() {
        assert_ne!(key("Customer support"), key("Customersupport"));
        assert_ne!(key("UX"), key("U X"));
        assert_eq!(key(""), "");
        assert_eq!(key("   "), "");
    }

    #[test]
    fn groups_keep_the_first_spelling_and_record_the_others() {
        let mut groups = NameGroups::default();
        assert_eq!(groups.insert("Speed"), 0);
        assert_eq!(groups.insert("Technology"), 1);
        assert_eq!(groups.insert(" speed "), 0);
        assert_eq!(groups.insert("Speed"), 0);
        assert_eq!(groups.insert("SPEED"), 0);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups.position("speed"), Some(0));
        assert_eq!(groups.position("Data"), None);
        let g = groups.into_groups();
        assert_eq!(g[0].name, "Speed");
        assert_eq!(g[0].key, key("speed"));
        assert_eq!(g[0].spellings, ["Speed", " speed ", "SPEED"]);
        assert!(g[0].is_merged());
        assert!(!g[1].is_merged());
    }
}
