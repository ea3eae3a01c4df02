//! File ▸ Export participant form…: the participant page as one
//! self-contained HTML file for pre-work by email, written by the room
//! crate's `write_form` (atomically) in the mode the next room would open
//! with — with the defaults, the bytes `cx-recipe room RECIPE --form
//! OUT.html` writes. The save dialog, or the typed path where none opens.

use std::path::{Path, PathBuf};

use cx_recipe_room::{RoomError, write_form};

use super::answers::confirmed;
use crate::app::dialog::{Dialog, PathNote, PathPurpose};
use crate::app::dialogs::Picked;
use crate::app::message::Message;
use crate::app::state::CxApp;
use crate::i18n::Arg;

impl CxApp {
    /// Asks where to write the form, then writes it.
    pub(super) fn export_form(&mut self) {
        let folder = self.doc_folder();
        let name = form_file_name(&self.doc.suggested_file_name());
        match self.dialogs.pick_form(folder.as_deref(), &name, self.lang) {
            Picked::Path(path) => self.write_form_to(&with_html_extension(&path)),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::ExportForm,
                    text: name,
                    note: PathNote::NoDialog,
                });
            }
        }
    }

    /// Writes the form to a typed path; replacing another file asks once.
    pub(super) fn submit_form_path(&mut self, path: &Path, text: String, note: &PathNote) {
        let path = with_html_extension(path);
        if path.exists() && !confirmed(note, &path) {
            self.ask_replace(PathPurpose::ExportForm, text, path);
        } else {
            self.write_form_to(&path);
        }
    }

    fn write_form_to(&mut self, path: &Path) {
        let shown = path.display().to_string();
        self.message = Some(
            match write_form(self.doc.recipe(), self.room.plan.mode, path) {
                Ok(()) => {
                    Message::Info(self.text_args("room-form-saved", &[("path", Arg::Text(&shown))]))
                }
                Err(e) => {
                    let reason = match e {
                        RoomError::Write { message, .. } => message,
                        other => other.to_string(),
                    };
                    Message::Error(self.text_args(
                        "room-form-failed",
                        &[("path", Arg::Text(&shown)), ("reason", Arg::Text(&reason))],
                    ))
                }
            },
        );
    }
}

/// The name offered: the recipe's with `-form.html`, `ideal-cx-form.html`.
fn form_file_name(suggested: &str) -> String {
    let stem = Path::new(suggested)
        .file_stem()
        .map_or_else(|| "recipe".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}-form.html")
}

/// `.html` added to a name typed without an extension.
fn with_html_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension("html")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_offered_under_the_recipes_name() {
        assert_eq!(form_file_name("ideal-cx.ron"), "ideal-cx-form.html");
        assert_eq!(
            with_html_extension(Path::new("/t/pre")),
            PathBuf::from("/t/pre.html")
        );
        assert_eq!(
            with_html_extension(Path::new("/t/pre.htm")),
            PathBuf::from("/t/pre.htm")
        );
    }
}
