//! Answers to the questions in front of the window: the unsaved-changes
//! question, the typed path, and the offer of a crashed window's copy.

use std::path::{Path, PathBuf};

use crate::app::command::Answer;
use crate::app::dialog::{Dialog, PathNote, PathPurpose};
use crate::app::dialogs;
use crate::app::state::CxApp;

impl CxApp {
    /// Carries out the answer to the dialog on screen.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match dialog {
            Dialog::ConfirmDiscard { then } => match answer {
                // Once saved, what waited goes ahead (see `save_to`).
                Answer::Accept => self.save(Some(then)),
                Answer::Decline => self.proceed(ctx, then),
                Answer::Cancel => {}
            },
            Dialog::PathEntry {
                purpose,
                text,
                note,
            } => match answer {
                Answer::Accept if !text.trim().is_empty() => {
                    self.submit_path(purpose, text, &note);
                }
                Answer::Cancel => {}
                _ => {
                    self.dialog = Some(Dialog::PathEntry {
                        purpose,
                        text,
                        note,
                    });
                }
            },
            Dialog::Restore(found) => match answer {
                Answer::Accept => self.restore(ctx, found),
                Answer::Decline => {
                    if let Some(r) = &self.recovery {
                        r.remove_orphan(&found.id);
                    }
                    self.after_offer(ctx);
                }
                // The offer has no Cancel: it stays until answered.
                Answer::Cancel => self.dialog = Some(Dialog::Restore(found)),
            },
        }
    }

    /// What is typed in the path field.
    pub(super) fn set_path_text(&mut self, typed: String) {
        if let Some(Dialog::PathEntry { text, .. }) = &mut self.dialog {
            *text = typed;
        }
    }

    /// Opens or saves the typed path; a save over another file asks once.
    fn submit_path(&mut self, purpose: PathPurpose, text: String, note: &PathNote) {
        let base = self.doc.path.as_deref().and_then(Path::parent);
        let path = resolve_typed_path(text.trim(), base);
        match purpose {
            PathPurpose::Open => self.open_file(&path),
            PathPurpose::Save { then } => {
                let path = dialogs::with_ron_extension(&path);
                let replacing = path.exists() && self.doc.path.as_deref() != Some(path.as_path());
                if replacing && !confirmed(note, &path) {
                    // Ask once, as a file dialog would.
                    self.ask_replace(PathPurpose::Save { then }, text, path);
                } else {
                    self.save_to(&path, then);
                }
            }
            PathPurpose::Compare => self.compare_file(&path),
            PathPurpose::Blend => self.blend_typed(&text),
            PathPurpose::SaveBlend => self.submit_blend_path(&path, text, note),
            PathPurpose::Export { kind, .. } => self.submit_export_path(&path, kind, text, note),
            PathPurpose::RoomFolder => self.room_folder_chosen(path),
            PathPurpose::ExportForm => self.submit_form_path(&path, text, note),
        }
    }
}

impl CxApp {
    /// Shows the path field again, asking whether to replace `path`.
    pub(super) fn ask_replace(&mut self, purpose: PathPurpose, text: String, path: PathBuf) {
        self.dialog = Some(Dialog::PathEntry {
            purpose,
            text,
            note: PathNote::ConfirmReplace(path),
        });
    }
}

/// Whether replacing `path` was confirmed: the field asked about this very
/// path, and Save was pressed again.
pub(super) fn confirmed(note: &PathNote, path: &Path) -> bool {
    matches!(note, PathNote::ConfirmReplace(asked) if asked == path)
}

/// A typed path made absolute: `~` is the home folder, and a relative path
/// is taken from the open recipe's folder (else the home folder), not from
/// wherever the app happened to be started.
pub(super) fn resolve_typed_path(typed: &str, base: Option<&Path>) -> PathBuf {
    let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
    let expanded = match (
        typed.strip_prefix("~/").or(typed.strip_prefix("~\\")),
        &home,
    ) {
        (Some(rest), Some(home)) => home.join(rest),
        _ if typed == "~" => home.clone().unwrap_or_default(),
        _ => PathBuf::from(typed),
    };
    if expanded.is_absolute() {
        return expanded;
    }
    match base.map(Path::to_path_buf).or(home) {
        Some(folder) => folder.join(expanded),
        None => std::path::absolute(&expanded).unwrap_or(expanded),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_become_absolute() {
        let base = Path::new("/work/recipes");
        assert_eq!(resolve_typed_path("a.ron", Some(base)), base.join("a.ron"));
        assert_eq!(
            resolve_typed_path("/x/a.ron", Some(base)),
            PathBuf::from("/x/a.ron")
        );
        let home = directories::UserDirs::new()
            .unwrap()
            .home_dir()
            .to_path_buf();
        assert_eq!(
            resolve_typed_path("~/a.ron", Some(base)),
            home.join("a.ron")
        );
        assert_eq!(resolve_typed_path("a.ron", None), home.join("a.ron"));
    }
}
