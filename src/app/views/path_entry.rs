//! The path field: where no file dialog can open, the person types the path
//! of the file to open or save. Enter submits, Escape cancels.

use super::key_button;
use crate::app::command::{Answer, Command};
use crate::app::state::PathPurpose;
use crate::i18n::{Lang, tr};

/// Shows the field with what is typed so far.
pub fn path_entry_ui(
    ctx: &egui::Context,
    purpose: &PathPurpose,
    text: &str,
    note: &str,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let t = |key: &str| tr(lang, key);
    let keys = match purpose {
        PathPurpose::Open => Some(("path-open-title", "path-open")),
        PathPurpose::Save { .. } => Some(("path-save-title", "dialog-save")),
        PathPurpose::Compare => Some(("path-compare-title", "path-compare")),
        PathPurpose::Blend => Some(("path-blend-title", "path-blend")),
        PathPurpose::SaveBlend => Some(("path-save-blend-title", "dialog-save")),
        PathPurpose::Export { .. } => None,
    };
    // An export's words were put in its purpose, in the window's language.
    let (heading, action) = match (keys, purpose) {
        (Some((heading, action)), _) => (t(heading), t(action)),
        (
            None,
            PathPurpose::Export {
                heading, action, ..
            },
        ) => (heading.clone(), action.clone()),
        (None, _) => (String::new(), String::new()),
    };
    egui::Modal::new(egui::Id::unique("path-entry")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(heading);
        ui.label(note);
        let label = ui.label(t("path-label"));
        let mut typed = text.to_owned();
        let response = ui
            .add(egui::TextEdit::singleline(&mut typed).desired_width(600.0))
            .labelled_by(label.id);
        if response.changed() {
            out.push(Command::SetPathText(typed));
        }
        // The field takes the keyboard when the dialog opens.
        if ui.memory(|m| m.focused().is_none()) {
            response.request_focus();
        }
        let entered = (response.has_focus() || response.lost_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            if ui.button(action).clicked() || entered {
                out.push(Command::Answer(Answer::Accept));
            }
            if key_button(ui, &t("dialog-cancel"), egui::Key::Escape) {
                out.push(Command::Answer(Answer::Cancel));
            }
        });
    });
}
