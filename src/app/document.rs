//! The open recipe: what is on screen, where it lives, what was last saved,
//! and its undo history. No egui here.

use std::path::{Path, PathBuf};

use super::history::History;
use crate::i18n::{Lang, tr};
use crate::recipe::file_names::safe_file_name;
use crate::recipe::{Recipe, format, templates};

/// The recipe being edited.
#[derive(Debug)]
pub struct Document {
    /// What is on screen.
    pub recipe: Recipe,
    /// The file it was opened from or saved to.
    pub path: Option<PathBuf>,
    /// The recipe as last saved or opened: unsaved changes are the
    /// difference, so undoing back to it makes the document clean again.
    saved: Recipe,
    /// Undo and redo.
    pub history: History,
}

impl Document {
    /// A document for `recipe`, clean, from `path` if it has one.
    pub fn new(recipe: Recipe, path: Option<PathBuf>) -> Self {
        Self {
            history: History::new(&recipe),
            saved: recipe.clone(),
            recipe,
            path,
        }
    }

    /// The shipped "Ideal CX" recipe, not tied to a file.
    pub fn starter() -> Self {
        let recipe = templates::by_id("ideal-cx")
            .and_then(|t| t.recipe().ok())
            .unwrap_or_default();
        Self::new(recipe, None)
    }

    /// A blank recipe.
    pub fn blank() -> Self {
        Self::new(
            Recipe {
                title: "Untitled recipe".to_owned(),
                ..Recipe::default()
            },
            None,
        )
    }

    /// A recovered recipe: `saved` is what its file holds (or nothing), so
    /// the recovered edits show as unsaved.
    pub fn recovered(recipe: Recipe, path: Option<PathBuf>, saved: Recipe) -> Self {
        Self {
            history: History::new(&recipe),
            saved,
            recipe,
            path,
        }
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.recipe != self.saved
    }

    /// Records a successful save to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.saved = self.recipe.clone();
        self.path = Some(path.to_path_buf());
    }

    /// The name people see: the file's name, else the recipe's title (in
    /// English for a blank one; see [`Document::display_name_in`]).
    pub fn display_name(&self) -> String {
        self.display_name_in(Lang::En)
    }

    /// The name people see, a blank title said in `lang`.
    pub fn display_name_in(&self, lang: Lang) -> String {
        if let Some(name) = self.path.as_deref().and_then(Path::file_name) {
            return name.to_string_lossy().into_owned();
        }
        if self.recipe.title.trim().is_empty() {
            tr(lang, "recipe-untitled")
        } else {
            self.recipe.title.clone()
        }
    }

    /// The window title: name, a dirty marker, and the app.
    pub fn window_title(&self) -> String {
        self.window_title_in(Lang::En)
    }

    /// The window title, a blank title said in `lang`.
    pub fn window_title_in(&self, lang: Lang) -> String {
        let marker = if self.is_dirty() { "● " } else { "" };
        format!(
            "{marker}{} — CX Recipe Designer",
            self.display_name_in(lang)
        )
    }

    /// A file name to suggest for Save as: the title in lower case, with
    /// dashes; never a name some system refuses (`con.ron`, `plan.`).
    pub fn suggested_file_name(&self) -> String {
        if let Some(path) = self.path.as_deref() {
            // A chart picture's recipe is saved beside it, as text.
            let path = if format::picture_extension(path).is_some() {
                path.with_extension("ron")
            } else {
                path.to_path_buf()
            };
            if let Some(name) = path.file_name() {
                return safe_file_name(&name.to_string_lossy());
            }
        }
        let slug: String = self
            .recipe
            .title
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let slug = slug
            .split('-')
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        if slug.is_empty() {
            "recipe.ron".to_owned()
        } else {
            safe_file_name(&format!("{slug}.ron"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_is_the_ideal_cx_recipe() {
        let doc = Document::starter();
        assert_eq!(doc.recipe.title, "Ideal CX");
        assert_eq!(doc.recipe.ingredients.len(), 5);
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(), "Ideal CX — CX Recipe Designer");
        assert_eq!(doc.suggested_file_name(), "ideal-cx.ron");
    }

    #[test]
    fn a_device_name_is_never_suggested() {
        let mut doc = Document::starter();
        doc.recipe.title = "Con".into();
        assert_eq!(doc.suggested_file_name(), "con-recipe.ron");
        doc.path = Some(PathBuf::from("/shared/NUL.ron"));
        assert_eq!(doc.suggested_file_name(), "NUL-recipe.ron");
    }

    #[test]
    fn dirty_follows_the_saved_state() {
        let mut doc = Document::starter();
        doc.recipe.title = "Changed".into();
        assert!(doc.is_dirty());
        assert!(doc.window_title().starts_with("● "));
        doc.mark_saved(Path::new("/tmp/x.ron"));
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(), "x.ron — CX Recipe Designer");
    }
}
