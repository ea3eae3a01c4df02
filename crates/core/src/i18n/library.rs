//! The ingredient library in the window's language: each ingredient's name
//! and description from the catalogues (`lib-…` keys). For showing only:
//! what counts as one ingredient is the library's own data
//! (`recipe::library`), which a test here ties to the catalogues, so that
//! the name the window shows is always one that matches.

use super::{Lang, tr};
use crate::recipe::library::LibraryIngredient;

impl LibraryIngredient {
    /// The name in `lang`, from the catalogue.
    pub fn name_in(&self, lang: Lang) -> String {
        tr(lang, &self.message_key())
    }

    /// The one-line description in `lang`, from the catalogue.
    pub fn description_in(&self, lang: Lang) -> String {
        tr(lang, &format!("{}-desc", self.message_key()))
    }

    /// The catalogue key of the name: `lib-` and the id with dashes.
    fn message_key(&self) -> String {
        format!("lib-{}", self.id.replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::library::LIBRARY;
    use crate::recipe::{library, matching};

    /// Every library name a catalogue shows that the library's data does not
    /// hold for that language, as "lang: id: name": a name the window would
    /// show and then not match.
    fn names_missing_from_the_library() -> Vec<String> {
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            for ing in LIBRARY {
                let shown = library::key(&ing.name_in(lang));
                let known = ing.names_in(lang.code()).any(|n| library::key(n) == shown);
                if !known {
                    missing.push(format!(
                        "{}: {}: {}",
                        lang.code(),
                        ing.id,
                        ing.name_in(lang)
                    ));
                }
            }
        }
        missing
    }

    #[test]
    fn every_name_the_catalogues_show_is_one_the_library_matches() {
        // A translator who renames an ingredient in a catalogue adds the
        // new name to recipe/library/data.rs too, beside the old one, which
        // files written before still use.
        let missing = names_missing_from_the_library();
        assert!(
            missing.is_empty(),
            "catalogue names the library's data lacks (add them to \
             recipe/library/data.rs): {missing:#?}"
        );
    }

    #[test]
    fn the_name_shown_in_each_language_is_the_same_ingredient() {
        for lang in Lang::ALL {
            for ing in LIBRARY {
                let shown = ing.name_in(lang);
                assert_eq!(library::find(&shown), Some(ing), "{shown}");
                assert_eq!(matching::key(&shown), matching::key(ing.name), "{shown}");
            }
        }
        assert_eq!(
            library::by_id("efficiency").map(|i| i.name_in(Lang::Es)),
            Some("Eficiencia".to_owned())
        );
    }
}
