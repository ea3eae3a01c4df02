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
//! - `export`: the chart and the CSV exported, the summary copied.

mod answers;
mod blend;
mod budget;
mod close;
mod compare;
mod display;
mod edit;
mod export;
mod files;
mod present;
mod recover;
mod strategy;

use super::command::Command;
use super::dialogs::ExportKind;
use super::recovery;
use super::state::{CxApp, Pending};
use crate::i18n::{Arg, tr, tr_args};

impl CxApp {
    /// The message `key` in the window's language.
    fn text(&self, key: &str) -> String {
        tr(self.lang, key)
    }

    /// The message `key` in the window's language, placeholders filled.
    fn text_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        tr_args(self.lang, key, args)
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
            self.doc.history.commit(&self.doc.recipe);
        }
        let before_edit = self.doc.recipe.clone();
        match command {
            Command::New => self.guard(ctx, Pending::New),
            Command::Open => self.guard(ctx, Pending::Open),
            Command::OpenPath(path) => self.guard(ctx, Pending::OpenPath(path)),
            Command::Quit => self.guard(ctx, Pending::Quit),
            Command::Save => {
                self.save(None);
            }
            Command::SaveAs => {
                self.save_as(None);
            }
            Command::SetDecimals(d) => self.settings.decimals = d.min(3),
            Command::DismissMessage => self.message = None,
            Command::Answer(answer) => self.answer(ctx, answer),
            Command::SetPathText(text) => self.set_path_text(text),
            Command::NewFromTemplate(id) => self.guard(ctx, Pending::Template(id)),
            Command::AddFromLibrary(_)
            | Command::ToggleLibrary
            | Command::SetLibraryQuery(_)
            | Command::ShowTab(_)
            | Command::SetTag(..)
            | Command::SetProfile(_)
            | Command::AddStep
            | Command::RemoveStep(_)
            | Command::MoveStep { .. }
            | Command::SetStepTitle(..)
            | Command::SetStepDetail(..)
            | Command::ToggleStepIngredient(..)
            | Command::SelectStep(_) => self.strategy(command),
            Command::SetLanguage(language) => self.set_language(language),
            Command::CompareWith
            | Command::ComparePath(_)
            | Command::Blend
            | Command::BlendPaths(_)
            | Command::RevealPrevious
            | Command::RevealNext
            | Command::ShowEditor
            | Command::SaveBlendAs => self.workshop(command),
            Command::OpenBlend => {
                if self.team.is_some() {
                    self.guard(ctx, Pending::OpenBlend);
                }
            }
            Command::ToggleBudget | Command::SetBudget(_) => self.budget(&command),
            Command::EnterPresentation
            | Command::LeavePresentation
            | Command::SetTheme(_)
            | Command::ToggleGroupSmallSlices
            | Command::ToggleChartTable => self.display(ctx, &command),
            Command::ExportChart => self.export(ExportKind::Chart),
            Command::ExportCsv => self.export(ExportKind::Csv),
            Command::CopySummary => self.copy_summary(ctx),
            edit => self.edit(edit),
        }
        if discrete {
            self.doc.history.commit(&self.doc.recipe);
        }
        if self.doc.recipe != before_edit {
            let now = ctx.input(|i| i.time);
            self.recovery_due = Some(now + recovery::DELAY_S);
        }
    }
}
