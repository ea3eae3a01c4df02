//! The offer after a crash: restore the unsaved changes a window left, or
//! discard them. Enter restores: keeping work is the safe default.

use super::widgets::key_button;
use crate::app::command::{Answer, Command, DialogCommand};
use crate::app::recovery::Recovered;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// Offers the copy `found`.
pub fn restore_ui(ctx: &egui::Context, found: &Recovered, lang: Lang, out: &mut Vec<Command>) {
    egui::Modal::new(egui::Id::unique("restore")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(tr(lang, "restore-title"));
        let from = found.origin.as_ref().map_or_else(
            || format!("“{}”", found.recipe.title),
            |p| p.display().to_string(),
        );
        ui.label(tr_args(lang, "restore-text", &[("from", Arg::Text(&from))]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if key_button(ui, &tr(lang, "restore-restore"), egui::Key::Enter, lang) {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Accept)));
            }
            if ui.button(tr(lang, "restore-discard")).clicked() {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Decline)));
            }
        });
    });
}
