//! The participants' room: its screen shown, the room opened for the
//! recipe on screen (on the interface with the default route, or the one
//! set for tests), closed at once, reopened on the same folder (with the
//! same code and port while the question is the same, so the pages
//! participants hold keep working), and closed when the window closes or
//! another recipe replaces this one. The server's hook wakes the window;
//! a frame then reads the room's events, nothing more.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use cx_recipe_room::{
    MAX_POINTS, Mode, Notify, Room, RoomConfig, RoomError, RoomEvent, default_interface,
};

use crate::app::command::RoomCommand;
use crate::app::dialog::{Dialog, PathNote, PathPurpose};
use crate::app::dialogs::Picked;
use crate::app::message::{Message, Said, Value};
use crate::app::room::{Closed, OpenRoom, Question, RoomPlan, default_folder};
use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::i18n::Arg;

impl CxApp {
    /// Carries out a command of the room.
    pub(super) fn room(&mut self, ctx: &egui::Context, command: RoomCommand) {
        match command {
            RoomCommand::Show => self.show_room(),
            RoomCommand::SetMode(mode) => self.room.plan.mode = within_limits(mode),
            RoomCommand::ChooseFolder => self.choose_room_folder(),
            RoomCommand::Open => self.open_room(ctx),
            RoomCommand::Close => self.close_room(),
            RoomCommand::ShowBlend => self.show_room_blend(ctx),
            RoomCommand::CopyAddress => {
                if let Some(room) = self.room.room() {
                    let address = room.address().to_owned();
                    ctx.copy_text(address.clone());
                    self.message = Some(Message::Info(
                        self.text_args("room-copied", &[("address", Arg::Text(&address))]),
                    ));
                }
            }
            RoomCommand::Leave => self.leave_room(),
            RoomCommand::ExportForm => self.export_form(),
        }
    }

    /// Shows the room screen; the plan's folder and address looked up now.
    fn show_room(&mut self) {
        if self.screen != Screen::Room {
            self.room.came_from = self.screen;
            self.screen = Screen::Room;
        }
        self.refresh_plan();
        self.room.plan.reach = self.room.bind.or_else(default_interface);
    }

    /// The default folder follows the recipe's file until one is chosen.
    fn refresh_plan(&mut self) {
        if !self.room.plan.chosen {
            let name = self.doc.suggested_file_name();
            self.room.plan.folder = default_folder(self.doc.path.as_deref(), &name);
        }
    }

    /// Back to where the room screen was shown from; the room stays open.
    fn leave_room(&mut self) {
        if self.screen != Screen::Room {
            return;
        }
        self.screen = match self.room.came_from {
            Screen::Blend if self.team.is_some() => Screen::Blend,
            Screen::Compare if self.compare.is_some() => Screen::Compare,
            Screen::Presentation => Screen::Presentation,
            _ => Screen::Editor,
        };
    }

    fn choose_room_folder(&mut self) {
        let folder = self.room.plan.folder.clone();
        match self.dialogs.pick_folder(Some(&folder)) {
            Picked::Path(path) => self.room_folder_chosen(path),
            Picked::Cancelled => {}
            Picked::Unavailable => {
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::RoomFolder,
                    text: folder.display().to_string(),
                    note: PathNote::NoDialog,
                });
            }
        }
    }

    /// The answers go to `folder` (created when the room opens).
    pub(super) fn room_folder_chosen(&mut self, folder: PathBuf) {
        self.room.plan.folder = folder;
        self.room.plan.chosen = true;
    }

    /// Opens the room for the recipe on screen, as it is now (it need not
    /// be saved: what participants answer is what the room shows).
    fn open_room(&mut self, ctx: &egui::Context) {
        if self.room.open.is_some() {
            return;
        }
        let recipe = self.doc.recipe().clone();
        if recipe.ingredients.is_empty() {
            self.message = Some(Message::Error(self.text("room-recipe-empty")));
            return;
        }
        self.refresh_plan();
        let Some(bind) = self.room.bind.or_else(default_interface) else {
            self.message = Some(Message::Error(self.text("room-no-network")));
            return;
        };
        let RoomPlan { mode, folder, .. } = self.room.plan.clone();
        let question = Question::of(&recipe, mode);
        // The same question in the same folder: the same code and port.
        let (code, port) = match &self.room.closed {
            Some(c) if c.question == question && c.folder == folder => {
                (Some(c.code.clone()), c.port)
            }
            _ => (None, 0),
        };
        let woken = self.room.woken();
        let repaint = ctx.clone();
        let notify: Notify = Arc::new(move || {
            woken.store(true, Ordering::Release);
            repaint.request_repaint();
        });
        let recipe_path = self
            .doc
            .path
            .as_deref()
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
        let config = |code, port| RoomConfig {
            recipe_path: recipe_path.clone(),
            port,
            mode,
            code,
            notify: Some(Arc::clone(&notify)),
            ..RoomConfig::new(recipe.clone(), folder.clone(), bind)
        };
        let opened = match Room::open(config(code.clone(), port)) {
            // The old port is taken meanwhile: any free one.
            Err(RoomError::Listen { .. }) if port != 0 => Room::open(config(code, 0)),
            other => other,
        };
        match opened {
            Ok(room) => {
                self.room.open = Some(OpenRoom::new(room, question));
                self.room.closed = None;
                self.room.plan.reach = Some(bind);
                if self.screen != Screen::Room {
                    self.room.came_from = self.screen;
                    self.screen = Screen::Room;
                }
                self.message = None;
            }
            Err(e) => {
                let e = e.to_string();
                self.message = Some(Message::Error(
                    self.text_args("room-open-failed", &[("error", Arg::Text(&e))]),
                ));
            }
        }
    }

    /// Closes the room: nothing listens from here on. Returns the banner's
    /// words for what it leaves (`key`: which sentence).
    fn stop_room(&mut self, key: &str) -> Option<Said> {
        let open = self.room.open.take()?;
        self.room.live = None;
        let room = open.room;
        let answers = room.answer_count();
        let folder = room.folder().to_path_buf();
        self.room.closed = Some(Closed {
            code: room.code().clone(),
            port: room.local_addr().port(),
            folder: folder.clone(),
            question: open.question,
            answers,
        });
        room.close();
        // Worded when shown, so a language switch re-words it.
        let count = u32::try_from(answers).map_or(f64::MAX, f64::from);
        let answers = Said::new("room-answers").arg("count", Value::Count(count));
        Some(
            Said::new(key)
                .arg("answers", answers)
                .arg("folder", Value::Text(folder.display().to_string())),
        )
    }

    fn close_room(&mut self) {
        if let Some(said) = self.stop_room("room-closed-message") {
            self.message = Some(Message::Info(said));
        }
    }

    /// Another recipe replaces this one: its room closes (nothing is lost:
    /// the answers are in their folder, and reopening picks them up), and
    /// the next room is planned afresh. The banner says so on the next
    /// frame, after what replaced the recipe has set its own.
    pub(super) fn close_room_for_new_document(&mut self) {
        let said = self.stop_room("room-closed-by-document");
        self.room.plan = RoomPlan {
            mode: self.room.plan.mode,
            ..RoomPlan::default()
        };
        self.room.closed = None;
        self.room.notice = said;
    }

    /// The window is closing: so is the room.
    pub(in crate::app) fn close_room_on_exit(&mut self) {
        let _ = self.stop_room("room-closed-message");
    }

    /// Each frame: what the server reported since it woke the window (an
    /// answer not saved goes to the banner), and the live blend. While
    /// nothing happens this reads one atomic flag and one counter.
    pub(in crate::app) fn room_tick(&mut self) {
        if let Some(notice) = self.room.notice.take() {
            self.message = Some(match self.message.take() {
                Some(Message::Info(before)) => Message::Info(
                    Said::new("message-then")
                        .arg("first", before)
                        .arg("then", notice),
                ),
                _ => Message::Info(notice),
            });
        }
        if self.room.take_woken() {
            let mut failed = None;
            if let Some(room) = self.room.room() {
                while let Some(event) = room.try_event() {
                    if let RoomEvent::NotSaved { message } = event {
                        failed = Some(message);
                    }
                }
            }
            if let Some(e) = failed {
                self.message = Some(Message::Error(
                    self.text_args("room-not-saved", &[("error", Arg::Text(&e))]),
                ));
            }
        }
        self.follow_room_blend();
    }
}

impl CxApp {
    /// Rooms listen on `bind` instead of the interface with the default
    /// route: 127.0.0.1 for tests and measurements.
    pub fn set_room_bind(&mut self, bind: IpAddr) {
        self.room.bind = Some(bind);
    }

    /// The open room.
    pub fn room_handle(&self) -> Option<&Room> {
        self.room.room()
    }

    /// How the next room opens.
    pub fn room_plan(&self) -> &RoomPlan {
        &self.room.plan
    }
}

/// Points within what a room shares out (1–10,000).
fn within_limits(mode: Mode) -> Mode {
    match mode {
        Mode::Points(points) => Mode::Points(points.clamp(1, MAX_POINTS)),
        Mode::Free => Mode::Free,
    }
}
