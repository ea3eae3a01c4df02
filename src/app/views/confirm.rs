//! The unsaved-changes question: Save / Don't save / Cancel, before an
//! action would drop the changes. Enter saves, Escape cancels.

use super::key_button;
use crate::app::command::{Answer, Command};
use crate::app::state::Pending;

/// Asks whether to save `name` before `then`.
pub fn confirm_ui(ctx: &egui::Context, then: &Pending, name: &str, out: &mut Vec<Command>) {
    let question = match then {
        Pending::Quit => "before closing",
        Pending::New | Pending::Template(_) => "before starting a new recipe",
        Pending::Open | Pending::OpenPath(_) => "before opening another recipe",
        Pending::OpenBlend => "before opening the team blend",
    };
    egui::Modal::new(egui::Id::unique("confirm-discard")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading("Unsaved changes");
        ui.label(format!("Save the changes to “{name}” {question}?"));
        ui.label("If you don't save, they are lost.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if key_button(ui, "Save", egui::Key::Enter) {
                out.push(Command::Answer(Answer::Accept));
            }
            if ui.button("Don't save").clicked() {
                out.push(Command::Answer(Answer::Decline));
            }
            if key_button(ui, "Cancel", egui::Key::Escape) {
                out.push(Command::Answer(Answer::Cancel));
            }
        });
    });
}
