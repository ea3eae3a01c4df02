//! The shipped recipes in `recipes/`, compiled into the program so that
//! File ▸ New from template works without the folder beside it.
//!
//! Each is a whole recipe to start from: a title, notes, tagged
//! ingredients, an organisation profile and a method in an order the order
//! check accepts. They go through [`format::parse`] like any other file.
//!
//! Each is written in English (`recipes/ID.ron`), Spanish
//! (`recipes/es/ID.ron`) and German (`recipes/de/ID.ron`): the same
//! amounts, tags, profile and method, their words written in the language,
//! and the ingredients named as the library names them there, so that a
//! blend of participants who started from different languages merges them.

use super::Recipe;
use super::format::{self, LoadError};

/// A shipped recipe to start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// Its file's name without `.ron`, e.g. `"ideal-cx"`; stable once shipped.
    pub id: &'static str,
    /// Its title, as in the file.
    pub title: &'static str,
    /// What it is about, in one line (for a menu's tooltip).
    pub summary: &'static str,
    /// The English file's text.
    pub(crate) text: &'static str,
    /// The Spanish file's text (`i18n::templates` picks by language).
    pub(crate) text_es: &'static str,
    /// The German file's text.
    pub(crate) text_de: &'static str,
}

impl Template {
    /// The template as a recipe, read like any file.
    ///
    /// # Errors
    /// Only if the shipped file is broken, which the tests rule out; the
    /// error names it as "template ID".
    pub fn recipe(&self) -> Result<Recipe, LoadError> {
        format::parse(self.text.as_bytes(), &format!("template {}", self.id))
    }

    /// The name its file has in `recipes/`, e.g. `ideal-cx.ron`.
    pub fn file_name(&self) -> String {
        format!("{}.ron", self.id)
    }
}

/// Every shipped template, in the order a menu lists them: the starter
/// first.
pub static TEMPLATES: &[Template] = &[
    Template {
        id: "ideal-cx",
        title: "Ideal CX",
        summary: "The five base ingredients in kitchen measures: efficiency, speed, \
                  personalised attention, consistency and technology.",
        text: include_str!("../../../../recipes/ideal-cx.ron"),
        text_es: include_str!("../../../../recipes/es/ideal-cx.ron"),
        text_de: include_str!("../../../../recipes/de/ideal-cx.ron"),
    },
    Template {
        id: "bake-then-cook",
        title: "Bake, then cook",
        summary: "The groundwork first (research, listening, measures, training), then the \
                  creative work, in 100 parts.",
        text: include_str!("../../../../recipes/bake-then-cook.ron"),
        text_es: include_str!("../../../../recipes/es/bake-then-cook.ron"),
        text_de: include_str!("../../../../recipes/de/bake-then-cook.ron"),
    },
    Template {
        id: "star-chef",
        title: "Cook like a star chef",
        summary: "Passion, a strategy, many cooks and fresh data, prepared in the right order.",
        text: include_str!("../../../../recipes/star-chef.ron"),
        text_es: include_str!("../../../../recipes/es/star-chef.ron"),
        text_de: include_str!("../../../../recipes/de/star-chef.ron"),
    },
    Template {
        id: "brand-promise",
        title: "Keep the brand promise",
        summary: "Real-time, context and predictability for known personas and their \
                  journeys, across every channel.",
        text: include_str!("../../../../recipes/brand-promise.ron"),
        text_es: include_str!("../../../../recipes/es/brand-promise.ron"),
        text_de: include_str!("../../../../recipes/de/brand-promise.ron"),
    },
    Template {
        id: "cx-kitchen",
        title: "The CX kitchen",
        summary: "Twelve ingredients beyond the base five, 100 points shared out.",
        text: include_str!("../../../../recipes/cx-kitchen.ron"),
        text_es: include_str!("../../../../recipes/es/cx-kitchen.ron"),
        text_de: include_str!("../../../../recipes/de/cx-kitchen.ron"),
    },
];

/// The template with this [`Template::id`].
pub fn by_id(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_comes_first() {
        assert_eq!(TEMPLATES.first().map(|t| t.id), Some("ideal-cx"));
        assert_eq!(
            by_id("star-chef").map(|t| t.title),
            Some("Cook like a star chef")
        );
        assert_eq!(by_id("nope"), None);
    }

    #[test]
    fn a_broken_template_names_itself() {
        let broken = Template {
            id: "broken",
            title: "Broken",
            summary: "",
            text: "(",
            text_es: "(",
            text_de: "(",
        };
        let e = broken.recipe().unwrap_err().to_string();
        assert!(e.starts_with("template broken:"), "{e}");
    }
}
