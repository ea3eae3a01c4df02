//! Answers to the questions in front of the window: the unsaved-changes
//! question, the typed path, and the offer of a crashed window's copy.

use std::path::{Path, PathBuf};

use super::files::NO_DIALOG;
use crate::app::command::Answer;
use crate::app::dialogs;
use crate::app::state::{CxApp, Dialog, PathPurpose};
use crate::i18n::{Arg, Lang, tr_args};

impl CxApp {
    /// Carries out the answer to the dialog on screen.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match dialog {
            Dialog::ConfirmDiscard { then } => match answer {
                Answer::Accept => {
                    if self.save(Some(then.clone())) {
                        self.proceed(ctx, then);
                    }
                }
                Answer::Decline => self.proceed(ctx, then),
                Answer::Cancel => {}
            },
            Dialog::PathEntry {
                purpose,
                text,
                note,
            } => match answer {
                Answer::Accept if !text.trim().is_empty() => {
                    self.submit_path(ctx, purpose, text, &note);
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
    fn submit_path(&mut self, ctx: &egui::Context, purpose: PathPurpose, text: String, note: &str) {
        let base = self.doc.path.as_deref().and_then(Path::parent);
        let path = resolve_typed_path(text.trim(), base);
        match purpose {
            PathPurpose::Open => self.open_file(&path),
            PathPurpose::Save { then } => {
                let path = dialogs::with_ron_extension(&path);
                let replacing = path.exists() && self.doc.path.as_deref() != Some(path.as_path());
                let confirmed = note.starts_with(&replace_note(self.lang, &path));
                if replacing && !confirmed {
                    // Ask once, as a file dialog would.
                    self.dialog = Some(Dialog::PathEntry {
                        purpose: PathPurpose::Save { then },
                        text,
                        note: format!(
                            "{} {}",
                            replace_note(self.lang, &path),
                            self.text(NO_DIALOG)
                        ),
                    });
                } else if self.save_to(&path)
                    && let Some(then) = then
                {
                    self.proceed(ctx, then);
                }
            }
            PathPurpose::Compare => self.compare_file(&path),
            PathPurpose::Blend => self.blend_typed(&text),
            PathPurpose::SaveBlend => self.submit_blend_path(&path, text, note),
            PathPurpose::Export { kind, .. } => self.submit_export_path(&path, kind, text, note),
        }
    }
}

/// The question asked before a typed path replaces another file.
pub(super) fn replace_note(lang: Lang, path: &Path) -> String {
    let path = path.display().to_string();
    tr_args(lang, "path-replace", &[("path", Arg::Text(&path))])
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
