//! Carrying out commands: the one layer with side effects (files, dialogs,
//! the recovery copy, the window), split by what a command touches.
//!
//! - `edit`: the recipe and the selection (the logic stays in `recipe/`);
//! - `files`: new, open, save, save as, the unsaved-changes guard, recent files;
//! - `answers`: the answers to the questions in front of the window;
//! - `recover`: crash recovery — the offer at start, the copy after edits;
//! - `strategy`: library ingredients, tags, the profile, the method's steps;
//! - `close`: closing the window;
//! - `compare`: compare and blend screens, loading their files, the reveal;
//! - `blend`: the team blend saved, or opened as the recipe on screen;
//! - `budget`: the points budget, and edits capped at what is left.
//! - `display`: theme, zoom, grouping small slices, the chart as a table;
//! - `present`: entering and leaving presentation mode;
//! - `export`: the chart, the CSV and the spreadsheet exported;
//! - `clipboard`: the summary and the chart copied;
//! - `room`, `room_blend`, `room_form`: the participants' room opened and
//!   closed, its blend followed live, its form exported;
//! - `work`: exports and blends too large for a frame, on a worker thread.

mod answers;
mod blend;
mod budget;
mod clipboard;
mod close;
mod compare;
mod display;
mod edit;
mod export;
mod files;
mod present;
mod recover;
mod room;
mod room_blend;
mod room_form;
mod strategy;
mod work;

use super::command::{Command, DialogCommand, FileCommand};
use super::dialog::{ExportKind, Pending};
use super::message::Said;
use super::recovery;
use super::state::CxApp;
use super::ui_state::Rows;
use crate::i18n::Arg;

impl CxApp {
    /// The message `key`, worded in the window's language when shown.
    fn text(&self, key: &str) -> Said {
        Said::new(key)
    }

    /// The message `key` with its placeholders, worded when shown.
    fn text_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> Said {
        Said::with_args(key, args)
    }
}

impl CxApp {
    /// Carries out one command.
    pub fn execute(&mut self, ctx: &egui::Context, command: Command) {
        if self.dialog.is_some() && command.needs_free_window() {
            return;
        }
        if !compare::allowed_on(self.screen, &command) {
            return;
        }
        let command = self.within_budget(command);
        let discrete = command.is_discrete_edit();
        if discrete {
            self.doc.commit();
        }
        let before = self.doc.revision();
        match command {
            Command::File(file) => self.file(ctx, file),
            Command::Edit(edit) => self.edit(edit),
            Command::Method(method) => self.method(method),
            Command::Workshop(workshop) => {
                self.room_blend_left(&workshop);
                self.workshop(ctx, workshop);
            }
            Command::Room(room) => self.room(ctx, room),
            Command::View(view) => self.view(ctx, view),
            Command::Dialog(DialogCommand::Answer(answer)) => self.answer(ctx, answer),
            Command::Dialog(DialogCommand::SetPathText(text)) => self.set_path_text(text),
        }
        if discrete {
            self.doc.commit();
        }
        if self.doc.revision() != before {
            self.doc.sync_rows();
            self.ui.clamp(Rows {
                ingredients: self.doc.recipe().ingredients.len(),
                steps: self.doc.recipe().steps.len(),
            });
            let now = ctx.input(|i| i.time);
            self.recovery_due = Some(now + recovery::DELAY_S);
        }
    }

    /// The document's life and what leaves the window.
    fn file(&mut self, ctx: &egui::Context, command: FileCommand) {
        match command {
            FileCommand::New => self.guard(ctx, Pending::New),
            FileCommand::NewFromTemplate(id) => self.guard(ctx, Pending::Template(id)),
            FileCommand::Open => self.guard(ctx, Pending::Open),
            FileCommand::OpenPath(path) => self.guard(ctx, Pending::OpenPath(path)),
            FileCommand::Save => self.save(None),
            FileCommand::SaveAs => self.save_as(None),
            FileCommand::ExportChart => self.export(ExportKind::Chart),
            FileCommand::ExportCsv => self.export(ExportKind::Csv),
            FileCommand::ExportSpreadsheet => self.export(ExportKind::Spreadsheet),
            FileCommand::ToggleExportBalance => {
                self.settings.export_with_balance = !self.settings.export_with_balance;
            }
            FileCommand::CopySummary => self.copy_summary(ctx),
            FileCommand::CopyChart => self.copy_chart(ctx),
            FileCommand::Quit => self.guard(ctx, Pending::Quit),
        }
    }
}
