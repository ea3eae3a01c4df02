//! The frame loop: bring the derived data up to date, read input, draw the
//! current screen, carry out the commands, end the undo step, tick the
//! recovery copy, set the title. What the window holds is in `state`, what
//! it shows in `views/`, how commands are carried out in `exec/`.

use std::io::Write as _;
use std::time::Instant;

use egui::{Ui, ViewportCommand};

use super::input;
use super::screen::Screen;
use super::settings::STORAGE_KEY;
use super::state::CxApp;
use super::ui_state::Rows;
use super::views::{self, AppView};

impl eframe::App for CxApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
    }

    /// The window is going without having asked (the system ended the app,
    /// a logout): keep the unsaved changes for the next start.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_unsaved_on_exit();
        // Closing the window closes the room: nothing listens after it.
        self.close_room_on_exit();
    }
}

impl CxApp {
    /// One frame of the whole window: what `eframe::App::ui` runs, callable
    /// without eframe (the frame-cost benchmark drives it headless).
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let started = Instant::now();
        let ctx = ui.ctx().clone();
        super::theme::keep(
            &ctx,
            self.settings.theme,
            self.screen.is_presenting() || self.presenting,
        );
        if let Some(notice) = super::fonts::ensure(&ctx, self.doc.recipe(), self.message.as_ref()) {
            self.message = Some(super::message::Message::Info(notice));
        }
        self.poll_work();
        self.room_tick();
        let mut out = Vec::new();
        self.handle_close(&ctx);
        let dialog_open = self.dialog.is_some();
        self.refresh_derived();
        let rows = Rows {
            ingredients: self.doc.recipe().ingredients.len(),
            steps: self.doc.recipe().steps.len(),
        };
        let projected = self.screen.is_presenting() || self.presenting;
        if projected && !dialog_open {
            views::projected::read_help_keys(&ctx);
            if self.presenting {
                // Esc ends the compare's or the blend's projection first.
                views::projected::read_leave_key(&ctx, &mut out);
            }
        }
        input::screen_keys(&ctx, self.screen, dialog_open, &mut out);
        if self.screen == Screen::Presentation && !dialog_open {
            views::present::read_keys(&ctx, self.doc.recipe(), &mut self.ui, &mut out);
        }
        if !dialog_open {
            views::room::read_keys(&ctx, self.screen, &self.room, &mut out);
        }
        input::read_keys(&ctx, self.screen, dialog_open, rows, &mut self.ui, &mut out);
        input::files_dropped(&ctx, &mut out);

        let view = AppView {
            recipe: self.doc.recipe(),
            rows: self.doc.rows(),
            derived: &self.derived,
            settings: &self.settings,
            message: self.message.as_ref(),
            lang: self.lang,
            compare: self.compare.as_ref(),
            team: self.team.as_ref(),
            presenting: self.presenting,
            room: &self.room,
        };
        let hovered_before = self.ui.hovered();
        views::screens::screen_ui(ui, self.screen, &view, &mut self.ui, &mut out);
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            views::drop_overlay(&ctx, self.lang);
        }
        let mut answers = Vec::new();
        views::dialog_ui(
            &ctx,
            self.dialog.as_ref(),
            &view.derived.facts.display_name,
            self.lang,
            &mut answers,
        );
        if self.ui.hovered() != hovered_before {
            ctx.request_repaint();
        }
        let had_commands = !out.is_empty() || !answers.is_empty();
        // The answer to a question first, so that what waited behind it
        // finds the window free.
        for command in answers.into_iter().chain(out) {
            self.execute(&ctx, command);
        }
        if had_commands && projected {
            // A facilitator's key shows in the frame it was pressed in: this
            // pass is drawn again with the change (events are not re-read).
            ctx.request_discard("a change while presenting");
        }
        // A gesture ends when the pointer is released and no text is being
        // typed, or when the keyboard moves to another field: then it becomes
        // one step of undo.
        let focus = ctx.memory(egui::Memory::focused);
        let gesture_on = ctx.input(|i| i.pointer.any_down()) || ctx.text_edit_focused();
        if !gesture_on || focus != self.last_focus {
            self.doc.commit();
        }
        self.last_focus = focus;
        if had_commands {
            ctx.request_repaint();
        }
        self.recovery_tick(&ctx);
        self.follow_zoom(&ctx);
        self.refresh_derived();
        let title = &self.derived.facts.window_title;
        if *title != self.title_sent {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title_sent.clone_from(title);
        }
        super::fonts::look_up(&ctx);
        if let Some(log) = &mut self.frame_log {
            // egui's input time and what this frame took (the frame log's
            // line; ARCHITECTURE.md).
            let frame_ms = started.elapsed().as_secs_f64() * 1000.0;
            let _ = writeln!(log, "{:.3} {frame_ms:.3}", ctx.input(|i| i.time));
        }
    }

    /// Brings what is derived from the document up to date.
    pub(in crate::app) fn refresh_derived(&mut self) {
        self.derived.refresh(
            &self.doc,
            &self.settings,
            self.lang,
            self.compare.as_ref(),
            self.team.as_ref(),
        );
    }
}
