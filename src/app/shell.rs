//! The frame loop: read input, draw the current screen, carry out the
//! commands, end the undo step, tick the recovery copy, set the title. What
//! the window holds is in `state`, what it shows in `screen` and `views/`,
//! how commands are carried out in `exec/`.

use std::io::Write as _;
use std::time::Instant;

use egui::{Ui, ViewportCommand};

use super::input;
use super::screen::{Screen, screen_ui};
use super::settings::STORAGE_KEY;
use super::state::{CxApp, Message};
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
    }
}

impl CxApp {
    /// One frame of the whole window: what `eframe::App::ui` runs, callable
    /// without eframe (the frame-cost benchmark drives it headless).
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let started = Instant::now();
        let ctx = ui.ctx().clone();
        if let Some(notice) = super::fonts::ensure(&ctx, self) {
            self.message = Some(Message::Info(notice));
        }
        let mut out = Vec::new();
        self.handle_close(&ctx);
        input::screen_keys(&ctx, self.screen, self.dialog.is_some(), &mut out);
        if self.screen == Screen::Presentation && self.dialog.is_none() {
            views::present::read_keys(&ctx, &self.doc.recipe, self.selected, &mut out);
        }
        input::read_keys(&ctx, self.dialog.is_some(), &mut out);
        input::files_dropped(&ctx, &mut out);

        let scroll = std::mem::take(&mut self.scroll_to_selected);
        let view = AppView {
            doc: &self.doc,
            settings: &self.settings,
            selected: self.selected,
            hovered: self.hovered,
            focus_name: self.focus_name,
            scroll_to: if scroll { self.selected } else { None },
            message: self.message.as_ref(),
            tab: self.tab,
            selected_step: self.selected_step,
            focus_step: self.focus_step,
            library_query: &self.library_query,
            lang: self.lang,
            compare: self.compare.as_ref(),
            team: self.team.as_ref(),
        };
        let shown = screen_ui(ui, self.screen, &view, &mut out);
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            views::drop_overlay(&ctx, self.lang);
        }
        let mut answers = Vec::new();
        views::dialog_ui(
            &ctx,
            self.dialog.as_ref(),
            &self.doc,
            self.lang,
            &mut answers,
        );

        if shown.name_focused {
            self.focus_name = None;
        }
        if shown.step_focused {
            self.focus_step = None;
        }
        if shown.hovered != self.hovered {
            self.hovered = shown.hovered;
            ctx.request_repaint();
        }
        let had_commands = !out.is_empty() || !answers.is_empty();
        // The answer to a question first, so that what waited behind it
        // finds the window free.
        for command in answers.into_iter().chain(out) {
            self.execute(&ctx, command);
        }
        if had_commands && self.screen == Screen::Presentation {
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
            self.doc.history.commit(&self.doc.recipe);
        }
        self.last_focus = focus;
        if had_commands {
            ctx.request_repaint();
        }
        self.recovery_tick(&ctx);
        self.follow_zoom(&ctx);
        let title = self.doc.window_title_in(self.lang);
        if title != self.title_sent {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
        super::fonts::look_up(&ctx);
        if let Some(log) = &mut self.frame_log {
            // egui's input time and what this frame took (the frame log's
            // line; ARCHITECTURE.md).
            let frame_ms = started.elapsed().as_secs_f64() * 1000.0;
            let _ = writeln!(log, "{:.3} {frame_ms:.3}", ctx.input(|i| i.time));
        }
    }
}
