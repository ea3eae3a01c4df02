//! The shipped templates in a language: the Spanish and German files
//! `recipe::templates` compiles in, picked by [`Lang`], and their titles
//! and summaries from the catalogues. Here rather than in `recipe/`, which
//! knows nothing of languages.

use super::{Lang, tr};
use crate::recipe::Recipe;
use crate::recipe::format::{self, LoadError};
use crate::recipe::templates::Template;

impl Template {
    /// The template as a recipe in `lang`: its title, notes, ingredient
    /// names, notes and steps written in that language.
    ///
    /// # Errors
    /// Only if the shipped file is broken, which the tests rule out.
    pub fn recipe_in(&self, lang: Lang) -> Result<Recipe, LoadError> {
        let origin = match lang {
            Lang::En => format!("template {}", self.id),
            other => format!("template {} ({})", self.id, other.code()),
        };
        format::parse(self.text_in(lang).as_bytes(), &origin)
    }

    /// The file's text in `lang`.
    pub fn text_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.text,
            Lang::Es => self.text_es,
            Lang::De => self.text_de,
        }
    }

    /// Its title in `lang`, as its recipe in that language has it (the
    /// catalogue's `template-ID`).
    pub fn title_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.title.to_owned(),
            other => tr(other, &format!("template-{}", self.id)),
        }
    }

    /// Its one-line summary in `lang` (the catalogue's
    /// `template-ID-summary`).
    pub fn summary_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.summary.to_owned(),
            other => tr(other, &format!("template-{}-summary", self.id)),
        }
    }

    /// Its file in `recipes/` for `lang`: `ideal-cx.ron`, `es/ideal-cx.ron`.
    pub fn file_name_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.file_name(),
            other => format!("{}/{}.ron", other.code(), self.id),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::recipe::templates::{TEMPLATES, Template, by_id};

    #[test]
    fn every_template_is_its_file_in_recipes() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../recipes");
        for template in TEMPLATES {
            for lang in Lang::ALL {
                let on_disk =
                    std::fs::read_to_string(dir.join(template.file_name_in(lang))).unwrap();
                assert_eq!(template.text_in(lang), on_disk, "{} {lang:?}", template.id);
            }
        }
    }

    #[test]
    fn the_titles_and_summaries_speak_the_language() {
        let kitchen = by_id("cx-kitchen").unwrap();
        assert_eq!(kitchen.title_in(Lang::De), "Die CX-Küche");
        assert_eq!(kitchen.recipe_in(Lang::De).unwrap().title, "Die CX-Küche");
        assert_eq!(kitchen.title_in(Lang::En), "The CX kitchen");
        assert!(kitchen.summary_in(Lang::Es).contains("100 puntos"));
        assert_eq!(kitchen.file_name_in(Lang::Es), "es/cx-kitchen.ron");
        // The "100 points" template carries its budget, in every language.
        for lang in Lang::ALL {
            assert_eq!(kitchen.recipe_in(lang).unwrap().budget, Some(100.0));
        }
    }

    #[test]
    fn a_broken_template_names_itself_in_every_language() {
        let broken = Template {
            id: "broken",
            title: "Broken",
            summary: "",
            text: "(",
            text_es: "(",
            text_de: "(",
        };
        let e = broken.recipe_in(Lang::En).unwrap_err().to_string();
        assert!(e.starts_with("template broken:"), "{e}");
        let e = broken.recipe_in(Lang::Es).unwrap_err().to_string();
        assert!(e.starts_with("template broken (es):"), "{e}");
    }
}
