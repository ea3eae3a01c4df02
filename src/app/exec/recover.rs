//! Crash recovery as the window runs it: the offer of crashed windows'
//! copies at start, restoring one, and writing this window's own copy a
//! little after each edit. The copy itself is `app::recovery`.

use std::path::PathBuf;

use crate::app::dialog::{Dialog, Pending};
use crate::app::document::Document;
use crate::app::message::{Message, Said, Value};
use crate::app::recovery::Recovered;
use crate::app::state::CxApp;
use crate::recipe::format;

impl CxApp {
    /// At start: look for crashed windows' copies before opening anything, so
    /// that a file given at start cannot push them aside.
    pub(in crate::app) fn start(&mut self, open_at_start: Option<PathBuf>) {
        if let Some(recovery) = &self.recovery {
            for found in recovery.find_orphans() {
                match found {
                    Ok(found) => self.orphans.push(found),
                    Err(e) => {
                        self.message = Some(Message::Error(
                            Said::new("recover-unreadable").arg("error", Value::load_error(&e)),
                        ));
                    }
                }
            }
        }
        if self.orphans.is_empty() {
            if let Some(path) = open_at_start {
                self.open_file(&path);
            }
        } else {
            self.open_after_offer = open_at_start;
            self.offer_next_orphan();
        }
    }

    pub(super) fn restore(&mut self, ctx: &egui::Context, found: Recovered) {
        let Recovered { id, recipe, origin } = found;
        let saved = origin
            .as_deref()
            .and_then(|p| format::load(p).ok())
            .unwrap_or_default();
        self.doc = Document::recovered(recipe, origin, saved);
        self.ui.forget_rows();
        // The edits are this window's now: its own copy replaces the old one.
        if let Some(recovery) = &mut self.recovery {
            match recovery.write(self.doc.recipe(), self.doc.path.as_deref()) {
                Ok(()) => recovery.remove_orphan(&id),
                Err(e) => {
                    self.message = Some(Message::Error(
                        Said::new("recover-restored-copy-failed").arg("error", Value::io_error(&e)),
                    ));
                    return;
                }
            }
        }
        self.message = Some(Message::Info(self.text("recover-restored")));
        self.after_offer(ctx);
    }

    /// Shows the next crashed window's copy, if any.
    fn offer_next_orphan(&mut self) {
        if self.dialog.is_none() && !self.orphans.is_empty() {
            let found = self.orphans.remove(0);
            self.dialog = Some(Dialog::Restore(found));
        }
    }

    /// After an offer is answered: the next offer, or the file given at start.
    pub(super) fn after_offer(&mut self, ctx: &egui::Context) {
        self.offer_next_orphan();
        if self.dialog.is_none()
            && let Some(path) = self.open_after_offer.take()
        {
            self.guard(ctx, Pending::OpenPath(path));
        }
    }

    /// Writes the recovery copy once it is due; asks for a frame then.
    pub(in crate::app) fn recovery_tick(&mut self, ctx: &egui::Context) {
        let Some(due) = self.recovery_due else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            return;
        }
        self.recovery_due = None;
        let Some(recovery) = &mut self.recovery else {
            return;
        };
        if self.doc.is_dirty() {
            if let Err(e) = recovery.write(self.doc.recipe(), self.doc.path.as_deref()) {
                self.message = Some(Message::Error(
                    Said::new("recover-copy-failed").arg("error", Value::io_error(&e)),
                ));
            }
        } else {
            recovery.remove();
        }
    }
}
