//! The team blend as a recipe: saved to a file of its own (the Save as
//! dialog, or the typed path where none opens; atomically, like every
//! save), or opened as the recipe on screen once unsaved changes are
//! settled.

use crate::i18n::Arg;
use std::path::{Path, PathBuf};

use super::answers::confirmed;
use crate::app::dialog::{Dialog, PathNote, PathPurpose};
use crate::app::dialogs::{self, Picked};
use crate::app::document::Document;
use crate::app::message::{Message, Said, Value};
use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::app::workshop::LoadedRecipe;
use crate::recipe::{Recipe, format};

/// The file name a saved blend is offered under.
const BLEND_FILE_NAME: &str = "team-blend.ron";

impl CxApp {
    /// Asks where to save the team blend, then saves it.
    pub(super) fn save_blend_as(&mut self) {
        let Some(team) = &self.team else {
            return;
        };
        // Beside the participants' recipes, where the facilitator keeps them.
        let folder = team
            .participants
            .first()
            .and_then(|p| p.path.parent())
            .map(Path::to_path_buf)
            .or_else(|| self.doc_folder());
        match self.dialogs.pick_save(folder.as_deref(), BLEND_FILE_NAME) {
            Picked::Path(path) => {
                self.save_blend_to(&path);
            }
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::SaveBlend,
                    text: BLEND_FILE_NAME.to_owned(),
                    note: PathNote::NoDialog,
                });
            }
        }
    }

    /// Saves the blend to a typed path; replacing another file asks once,
    /// as a file dialog would.
    pub(super) fn submit_blend_path(&mut self, path: &Path, text: String, note: &PathNote) {
        let path: PathBuf = dialogs::with_ron_extension(path);
        if path.exists() && !confirmed(note, &path) {
            self.ask_replace(PathPurpose::SaveBlend, text, path);
        } else {
            self.save_blend_to(&path);
        }
    }

    /// Saves the blend to `path`; the open recipe and its file are not
    /// touched. Returns whether it saved.
    fn save_blend_to(&mut self, path: &Path) -> bool {
        let Some(team) = &self.team else {
            return false;
        };
        match format::save(
            path,
            &team.team_recipe_in(self.lang, self.settings.decimals),
        ) {
            Ok(()) => {
                self.settings.remember(path);
                let path = path.display().to_string();
                self.message = Some(Message::Info(
                    self.text_args("blend-saved", &[("path", Arg::Text(&path))]),
                ));
                true
            }
            Err(e) => {
                self.message = Some(Message::Error(
                    Said::new("blend-save-failed").arg("error", Value::save_error(&e)),
                ));
                false
            }
        }
    }

    /// Replaces the open recipe by the team blend (its unsaved changes are
    /// settled: see `guard`), and shows it in the editor.
    pub(super) fn open_blend(&mut self) {
        let Some(team) = self.team.take() else {
            return;
        };
        // From no file and never saved: closing the window asks first.
        let recipe = team.team_recipe_in(self.lang, self.settings.decimals);
        let doc = Document::recovered(recipe, None, Recipe::default());
        self.replace_document(doc);
        self.screen = Screen::Editor;
        self.compare = None;
        self.message = Some(Message::Info(self.text("blend-opened")));
    }
}

impl CxApp {
    /// Blends `participants` again over the blend on screen, keeping the
    /// reveal where it is and, since the screen keeps them by ingredient,
    /// its scroll position and open rows
    /// ([`crate::app::workshop::TeamBlend::refresh`]). The
    /// room's hook: call it when the room's answers change. Returns
    /// whether a blend was on screen to refresh.
    pub fn refresh_blend(&mut self, participants: Vec<LoadedRecipe>, failed: Vec<String>) -> bool {
        let Some(team) = &mut self.team else {
            return false;
        };
        team.refresh(participants, failed);
        true
    }

    /// [`Self::refresh_blend`] from files, read as File ▸ Blend… reads them
    /// (each file once, labelled as the command line labels them).
    pub fn refresh_blend_files(&mut self, paths: &[PathBuf]) -> bool {
        let (loaded, failed) = super::compare::read_participants(paths, self.lang);
        self.refresh_blend(loaded, failed)
    }
}
