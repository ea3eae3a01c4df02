//! Closing the window: the close button and Quit ask about unsaved changes;
//! an exit nobody asked about (the system ending the app) keeps them in the
//! recovery copy.

use egui::ViewportCommand;

use crate::app::dialog::{Dialog, Pending};
use crate::app::state::CxApp;

impl CxApp {
    /// Closes the window; unsaved changes were settled before.
    pub(super) fn quit(&mut self, ctx: &egui::Context) {
        self.allow_close = true;
        if let Some(r) = &self.recovery {
            r.remove();
        }
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }

    /// Writes the recovery copy now if the window ends with unsaved changes
    /// that nobody chose to drop.
    pub fn keep_unsaved_on_exit(&mut self) {
        self.doc.commit();
        if self.doc.is_dirty()
            && !self.allow_close
            && let Some(recovery) = &mut self.recovery
        {
            // Nothing is left to show an error in; the copy is a best effort.
            let _ = recovery.write(self.doc.recipe(), self.doc.path.as_deref());
        }
    }

    /// The window's close button: ask first when there are unsaved changes.
    pub(in crate::app) fn handle_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        self.doc.commit();
        if self.allow_close {
            return;
        }
        if matches!(self.dialog, Some(Dialog::Restore(_))) {
            // Closing before answering keeps the offered copy for next time.
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::ConfirmDiscard {
                    then: Pending::Quit,
                });
            }
        } else if let Some(r) = &self.recovery {
            r.remove();
        }
    }
}
