//! The document's life: new, open, save, save as, the unsaved-changes guard
//! in front of anything that would drop changes, and the recent files.

use std::path::Path;

use super::work::{Done, IN_FRAME_INGREDIENTS};
use crate::app::dialog::{Dialog, PathNote, PathPurpose, Pending};
use crate::app::dialogs::Picked;
use crate::app::document::Document;
use crate::app::message::{Message, Said, Value};
use crate::app::state::CxApp;
use crate::i18n::Arg;
use crate::recipe::{Recipe, format, templates};

impl CxApp {
    /// Runs `then` now, or asks first when it would drop unsaved changes.
    pub(super) fn guard(&mut self, ctx: &egui::Context, then: Pending) {
        self.doc.commit();
        if self.doc.is_dirty() {
            self.dialog = Some(Dialog::ConfirmDiscard { then });
        } else {
            self.proceed(ctx, then);
        }
    }

    /// Runs an action whose unsaved changes are settled.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, action: Pending) {
        match action {
            Pending::New => {
                self.replace_document(Document::blank_in(self.lang));
                self.message = None;
            }
            Pending::Template(id) => {
                // Shipped and tested: a template that fails to load would be
                // a bug, said plainly rather than hidden.
                match templates::by_id(id).map(|t| t.recipe_in(self.lang)) {
                    Some(Ok(recipe)) => {
                        self.replace_document(Document::new(recipe, None));
                        self.message = None;
                    }
                    Some(Err(e)) => {
                        self.message = Some(Message::Error(
                            Said::new("files-template-failed").arg("error", Value::load_error(&e)),
                        ));
                    }
                    None => {}
                }
            }
            Pending::Open => {
                let folder = self
                    .doc
                    .path
                    .as_deref()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf);
                match self.dialogs.pick_open(folder.as_deref()) {
                    Picked::Path(path) => self.open_file(&path),
                    Picked::Cancelled => {}
                    Picked::Unavailable => {
                        self.dialog = Some(Dialog::PathEntry {
                            purpose: PathPurpose::Open,
                            text: String::new(),
                            note: PathNote::NoDialog,
                        });
                    }
                }
            }
            Pending::OpenPath(path) => self.open_file(&path),
            Pending::Quit => self.quit(ctx),
            Pending::OpenBlend => self.open_blend(),
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        // The room asked about the recipe that goes.
        self.close_room_for_new_document();
        self.doc = doc;
        self.ui.forget_rows();
        self.recovery_due = None;
        if let Some(r) = &self.recovery {
            r.remove();
        }
    }

    /// Opens a file; on failure the open recipe stays as it was.
    pub(super) fn open_file(&mut self, path: &Path) {
        match format::load(path) {
            Ok(recipe) => {
                self.replace_document(Document::new(recipe, Some(path.to_path_buf())));
                self.settings.remember(path);
                self.message = None;
            }
            Err(e) => {
                let gone = matches!(&e, format::LoadError::Io { source, .. }
                    if source.kind() == std::io::ErrorKind::NotFound);
                if gone && self.settings.recent.iter().any(|p| p == path) {
                    self.settings.forget(path);
                    let path = path.display().to_string();
                    self.message = Some(Message::Error(
                        self.text_args("files-recent-gone", &[("path", Arg::Text(&path))]),
                    ));
                } else {
                    self.message = Some(Message::Error(
                        Said::new("files-open-failed").arg("error", Value::load_error(&e)),
                    ));
                }
            }
        }
    }

    /// Saves to the current file, or asks where; once saved, carries on
    /// with `then` (what waited for the save).
    pub(super) fn save(&mut self, then: Option<Pending>) {
        match self.doc.path.clone() {
            // A recipe opened from a chart picture is saved as a new file.
            Some(path) if format::picture_extension(&path).is_none() => self.save_to(&path, then),
            _ => self.save_as(then),
        }
    }

    /// Asks where to save, then saves and carries on with `then`.
    pub(super) fn save_as(&mut self, then: Option<Pending>) {
        let folder = self
            .doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let name = self.doc.suggested_file_name();
        match self.dialogs.pick_save(folder.as_deref(), &name) {
            Picked::Path(path) => self.save_to(&path, then),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::Save { then },
                    text: name,
                    note: PathNote::NoDialog,
                });
            }
        }
    }

    /// Saves to `path`, then carries on with `then`; a failure leaves the
    /// file on disk and the unsaved changes as they were, and `then` does
    /// not happen. A large recipe is written on a worker from a copy (the
    /// window goes on; what is edited meanwhile stays unsaved).
    pub(super) fn save_to(&mut self, path: &Path, then: Option<Pending>) {
        self.doc.commit();
        let snapshot = self.doc.recipe().clone();
        let path = path.to_path_buf();
        if snapshot.ingredients.len() <= IN_FRAME_INGREDIENTS {
            let result = format::save(&path, &snapshot).map_err(|e| Value::save_error(&e));
            self.finish_save(&path, snapshot, result, then);
            return;
        }
        let shown = path.display().to_string();
        self.message = Some(Message::Info(
            self.text_args("work-saving", &[("path", Arg::Text(&shown))]),
        ));
        self.off_frame(move || {
            let result = format::save(&path, &snapshot).map_err(|e| Value::save_error(&e));
            Done::Saved {
                path,
                saved: Box::new(snapshot),
                result,
                then,
            }
        });
    }

    /// After a save of `saved` to `path`: the document clean up to what was
    /// saved, the banner, and what waited for it; or the error.
    pub(super) fn finish_save(
        &mut self,
        path: &Path,
        saved: Recipe,
        result: Result<(), Value>,
        then: Option<Pending>,
    ) {
        match result {
            Ok(()) => {
                self.doc.mark_saved_as(path, saved);
                self.settings.remember(path);
                if !self.doc.is_dirty() {
                    self.recovery_due = None;
                    if let Some(r) = &self.recovery {
                        r.remove();
                    }
                }
                let shown = path.display().to_string();
                self.message = Some(Message::Info(
                    self.text_args("files-saved", &[("path", Arg::Text(&shown))]),
                ));
                if let Some(then) = then {
                    let ctx = self.work_ctx();
                    self.proceed(&ctx, then);
                }
            }
            Err(e) => {
                self.message = Some(Message::Error(
                    Said::new("files-save-failed").arg("error", e),
                ));
            }
        }
    }
}
