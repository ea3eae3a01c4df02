//! The open recipe: what is on screen, where it lives, what was last saved,
//! its undo history, the identity of its rows, and its revision. No egui
//! here.
//!
//! The recipe is changed only through [`Document::recipe_mut`] (and undo,
//! redo, save), each of which bumps the revision: what is derived from the
//! recipe (`app::derived`) is computed again when, and only when, the
//! revision it was computed for is not the document's.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::history::History;
pub use super::rows::{RowId, RowIds, RowMove};
use crate::i18n::{Lang, tr};
use crate::recipe::file_names::safe_file_name;
use crate::recipe::{Recipe, format, templates};

/// A revision number, unique across every document of the process, so
/// that a new document never looks like an old one's revision (the
/// workshop's data takes its numbers from here too).
pub fn new_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The recipe being edited.
#[derive(Debug)]
pub struct Document {
    /// What is on screen.
    recipe: Recipe,
    /// The file it was opened from or saved to.
    pub path: Option<PathBuf>,
    /// The recipe as last saved or opened: unsaved changes are the
    /// difference, so undoing back to it makes the document clean again.
    saved: Recipe,
    /// Undo and redo.
    history: History,
    /// The rows' identities.
    rows: RowIds,
    /// Bumped by every change (see the module's docs).
    revision: u64,
    /// The revision at which the recipe was last found equal to the
    /// history's committed state: until the revision moves, a commit and
    /// "is there an uncommitted change" need no comparison of recipes
    /// (O(n), every frame).
    committed_at: u64,
}

impl Document {
    /// A document for `recipe`, clean, from `path` if it has one.
    pub fn new(recipe: Recipe, path: Option<PathBuf>) -> Self {
        let saved = recipe.clone();
        Self::recovered(recipe, path, saved)
    }

    /// What is on screen.
    pub fn recipe(&self) -> &Recipe {
        &self.recipe
    }

    /// The recipe, to change: bumps the revision.
    pub fn recipe_mut(&mut self) -> &mut Recipe {
        self.revision = new_revision();
        &mut self.recipe
    }

    /// The revision: a new number after every change.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The rows' identities.
    pub fn rows(&self) -> &RowIds {
        &self.rows
    }

    /// Records a change of the rows' order (after the recipe's rows moved),
    /// then gives rows added at the end identities of their own.
    pub fn rows_moved(&mut self, change: RowMove) {
        let rows = &mut self.rows;
        match change {
            RowMove::Ingredient { from, to } => {
                super::rows::move_in(&mut rows.ingredients, from, to);
            }
            RowMove::Step { from, to } => super::rows::move_in(&mut rows.steps, from, to),
            RowMove::RemoveIngredient(at) => {
                if at < rows.ingredients.len() {
                    rows.ingredients.remove(at);
                }
            }
            RowMove::RemoveStep(at) => {
                if at < rows.steps.len() {
                    rows.steps.remove(at);
                }
            }
        }
        self.sync_rows();
    }

    /// Gives every row an identity (rows added at the end get new ones).
    pub fn sync_rows(&mut self) {
        self.rows.sync(&self.recipe);
    }

    /// Ends the undo step in progress (see [`History::commit`]).
    pub fn commit(&mut self) -> bool {
        if self.revision == self.committed_at {
            return false;
        }
        let changed = self.history.commit(&self.recipe, &self.rows);
        self.committed_at = self.revision;
        changed
    }

    /// The state at the last commit: where the current gesture started.
    pub fn committed(&self) -> &Recipe {
        self.history.committed()
    }

    /// Whether there is a step to undo (counting an uncommitted change).
    pub fn can_undo(&self) -> bool {
        if self.revision == self.committed_at {
            return self.history.has_steps();
        }
        self.history.can_undo(&self.recipe)
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Steps back once.
    pub fn undo(&mut self) -> bool {
        self.revision = new_revision();
        self.history.undo(&mut self.recipe, &mut self.rows)
    }

    /// Steps forward once.
    pub fn redo(&mut self) -> bool {
        self.revision = new_revision();
        self.history.redo(&mut self.recipe, &mut self.rows)
    }

    /// The shipped "Ideal CX" recipe, not tied to a file.
    pub fn starter() -> Self {
        Self::starter_in(Lang::En)
    }

    /// The shipped "Ideal CX" recipe as it is written in `lang` (in Spanish
    /// *La receta del Customer Experience ideal*), not tied to a file.
    pub fn starter_in(lang: Lang) -> Self {
        let recipe = templates::by_id("ideal-cx")
            .and_then(|t| t.recipe_in(lang).ok())
            .unwrap_or_default();
        Self::new(recipe, None)
    }

    /// A blank recipe.
    pub fn blank() -> Self {
        Self::blank_in(Lang::En)
    }

    /// A blank recipe, its title in `lang`.
    pub fn blank_in(lang: Lang) -> Self {
        Self::new(
            Recipe {
                title: tr(lang, "recipe-untitled"),
                ..Recipe::default()
            },
            None,
        )
    }

    /// A recovered recipe: `saved` is what its file holds (or nothing), so
    /// the recovered edits show as unsaved.
    pub fn recovered(recipe: Recipe, path: Option<PathBuf>, saved: Recipe) -> Self {
        let rows = RowIds::for_recipe(&recipe);
        let revision = new_revision();
        Self {
            history: History::new(&recipe, &rows),
            saved,
            recipe,
            path,
            rows,
            revision,
            committed_at: revision,
        }
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.recipe != self.saved
    }

    /// Records a successful save to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        let saved = self.recipe.clone();
        self.mark_saved_as(path, saved);
    }

    /// Records a successful save of `saved` to `path` (a copy written by a
    /// worker: edits made meanwhile stay unsaved).
    pub fn mark_saved_as(&mut self, path: &Path, saved: Recipe) {
        self.revision = new_revision();
        self.saved = saved;
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
        let before = doc.revision();
        doc.recipe_mut().title = "Changed".into();
        assert_ne!(doc.revision(), before);
        assert!(doc.is_dirty());
        assert!(doc.window_title().starts_with("● "));
        doc.mark_saved(Path::new("/tmp/x.ron"));
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(), "x.ron — CX Recipe Designer");
    }

    #[test]
    fn row_ids_follow_their_rows() {
        let mut doc = Document::starter();
        let ids = doc.rows().ingredients.clone();
        let speed = doc.recipe_mut().ingredients.remove(1);
        doc.recipe_mut().ingredients.insert(0, speed);
        doc.rows_moved(RowMove::Ingredient { from: 1, to: 0 });
        assert_eq!(doc.rows().ingredients[0], ids[1]);
        doc.commit();
        doc.recipe_mut().ingredients.remove(0);
        doc.rows_moved(RowMove::RemoveIngredient(0));
        assert!(!doc.rows().ingredients.contains(&ids[1]));
        // Undo brings the row back with its identity.
        let before = doc.revision();
        doc.undo();
        assert_ne!(doc.revision(), before);
        assert_eq!(doc.rows().ingredients[0], ids[1]);
        let again = speed_clone(&doc);
        doc.recipe_mut().ingredients.push(again);
        doc.sync_rows();
        let n = doc.rows().ingredients.len();
        assert_eq!(n, doc.recipe().ingredients.len());
        assert!(!ids.contains(&doc.rows().ingredients[n - 1]));
    }

    fn speed_clone(doc: &Document) -> crate::recipe::Ingredient {
        doc.recipe().ingredients[0].clone()
    }

    #[test]
    fn undo_state_is_the_same_with_the_committed_revision_remembered() {
        let mut doc = Document::starter();
        assert!(!doc.can_undo());
        assert!(!doc.commit(), "nothing changed");
        // A change not yet committed counts as a step.
        doc.recipe_mut().title = "Changed".into();
        assert!(doc.can_undo());
        assert!(doc.commit());
        assert!(!doc.commit(), "committed already");
        assert!(doc.can_undo());
        // A change back to the committed state is no new step.
        let _ = doc.recipe_mut();
        assert!(!doc.commit());
        assert!(doc.undo());
        assert_eq!(doc.recipe().title, "Ideal CX");
        assert!(!doc.can_undo());
        assert!(doc.can_redo());
        assert!(doc.redo());
        assert_eq!(doc.recipe().title, "Changed");
        assert!(doc.can_undo());
        assert!(!doc.commit());
    }
}
