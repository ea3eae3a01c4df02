//! The unsaved-changes question: Save / Don't save / Cancel, before an
//! action would drop the changes. Enter saves, Escape cancels.

use super::widgets::key_button;
use crate::app::command::{Answer, Command, DialogCommand};
use crate::app::dialog::Pending;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// Asks whether to save `name` before `then`.
pub fn confirm_ui(
    ctx: &egui::Context,
    then: &Pending,
    name: &str,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let key = match then {
        Pending::Quit => "dialog-unsaved-before-closing",
        Pending::New | Pending::Template(_) => "dialog-unsaved-before-new",
        Pending::Open | Pending::OpenPath(_) => "dialog-unsaved-before-open",
        Pending::OpenBlend => "dialog-unsaved-before-blend",
    };
    let t = |key: &str| tr(lang, key);
    egui::Modal::new(egui::Id::unique("confirm-discard")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(t("dialog-unsaved-title"));
        ui.label(tr_args(lang, key, &[("name", Arg::Text(name))]));
        ui.label(t("dialog-unsaved-lost"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if key_button(ui, &t("dialog-save"), egui::Key::Enter, lang) {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Accept)));
            }
            if ui.button(t("dialog-dont-save")).clicked() {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Decline)));
            }
            if key_button(ui, &t("dialog-cancel"), egui::Key::Escape, lang) {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Cancel)));
            }
        });
    });
}
