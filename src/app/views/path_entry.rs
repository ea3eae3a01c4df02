//! The path field: where no file dialog can open, the person types the path
//! of the file to open or save. Enter submits, Escape cancels.

use super::key_button;
use crate::app::command::{Answer, Command};
use crate::app::state::PathPurpose;

/// Shows the field with what is typed so far.
pub fn path_entry_ui(
    ctx: &egui::Context,
    purpose: &PathPurpose,
    text: &str,
    note: &str,
    out: &mut Vec<Command>,
) {
    let (heading, action) = match purpose {
        PathPurpose::Open => ("Open a recipe", "Open"),
        PathPurpose::Save { .. } => ("Save the recipe", "Save"),
        PathPurpose::Compare => ("Compare with a recipe", "Compare"),
        PathPurpose::Blend => ("Blend recipes", "Blend"),
        PathPurpose::SaveBlend => ("Save the team blend", "Save"),
        PathPurpose::Export {
            heading, action, ..
        } => (heading.as_str(), action.as_str()),
    };
    egui::Modal::new(egui::Id::unique("path-entry")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(heading);
        ui.label(note);
        let label = ui.label("File path");
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
            if key_button(ui, "Cancel", egui::Key::Escape) {
                out.push(Command::Answer(Answer::Cancel));
            }
        });
    });
}
