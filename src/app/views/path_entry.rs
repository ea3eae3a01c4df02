//! The path field: where no file dialog can open, the person types the path
//! of the file to open or save. Enter submits, Escape cancels.

use super::widgets::key_button;
use crate::app::command::{Answer, Command, DialogCommand};
use crate::app::dialog::ExportKind;
use crate::app::dialog::{PathNote, PathPurpose};
use crate::i18n::{Arg, Lang, tr, tr_args};

/// Shows the field with what is typed so far.
pub fn path_entry_ui(
    ctx: &egui::Context,
    purpose: &PathPurpose,
    text: &str,
    note: &PathNote,
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
        PathPurpose::Export {
            kind: ExportKind::Chart,
        } => Some(("export-path-heading-chart", "export-path-action")),
        PathPurpose::Export {
            kind: ExportKind::Csv,
        } => Some(("export-path-heading-csv", "export-path-action")),
        PathPurpose::Export {
            kind: ExportKind::Spreadsheet,
        } => Some(("export-path-heading-spreadsheet", "export-path-action")),
        PathPurpose::RoomFolder => Some(("room-path-folder-title", "room-path-folder-action")),
        PathPurpose::ExportForm => Some(("room-path-form-title", "export-path-action")),
    };
    let (heading, action) = keys.map_or_else(
        || (String::new(), String::new()),
        |(heading, action)| (t(heading), t(action)),
    );
    // Why the field shows, in the language of this frame (a language
    // switch with the field open re-words it).
    let no_dialog = t("no-dialog");
    let note = match note {
        PathNote::NoDialog => no_dialog,
        PathNote::NoDialogMany => t("no-dialog-many"),
        PathNote::ConfirmReplace(path) => {
            let path = path.display().to_string();
            let replace = tr_args(lang, "path-replace", &[("path", Arg::Text(&path))]);
            format!("{replace} {no_dialog}")
        }
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
            out.push(Command::Dialog(DialogCommand::SetPathText(typed)));
        }
        // The field takes the keyboard when the dialog opens.
        if ui.memory(|m| m.focused().is_none()) {
            response.request_focus();
        }
        let entered = (response.has_focus() || response.lost_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            if ui.button(action).clicked() || entered {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Accept)));
            }
            if key_button(ui, &t("dialog-cancel"), egui::Key::Escape, lang) {
                out.push(Command::Dialog(DialogCommand::Answer(Answer::Cancel)));
            }
        });
    });
}
