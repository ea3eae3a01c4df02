//! The blend screen reading the room live: "Show the blend" blends the
//! room's answer files (`Room::answer_files`, the very files `cx-recipe
//! blend FOLDER/*.ron` reads, through the same `read_participants`), and
//! while the blend screen shows them, each frame compares the room's
//! revision with the one the blend was read at; when it moved, the files
//! are read and blended again — on a worker when there are more than a
//! frame's worth, one worker at a time — and the reveal goes on where it
//! was. The blend screen itself is unchanged: it draws whatever
//! `TeamBlend` it is given.

use super::compare::read_participants;
use super::work::{Done, IN_FRAME_FILES};
use crate::app::command::WorkshopCommand;
use crate::app::room::Live;
use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::app::workshop::TeamBlend;

impl CxApp {
    /// Shows the blend of the room's answers, and follows them.
    pub(super) fn show_room_blend(&mut self, ctx: &egui::Context) {
        let Some(room) = self.room.room() else {
            return;
        };
        // The revision first: an answer stored between the two readings
        // is read again on the next frame, never missed.
        let revision = room.revision();
        let files = room.answer_files();
        if self.screen == Screen::Room && self.room.came_from == Screen::Presentation {
            // The blend is no presentation: the window is put back first.
            self.screen = Screen::Presentation;
            self.leave_presentation(ctx);
            self.screen = Screen::Room;
        }
        self.room.came_from = Screen::Editor;
        self.room.live = Some(Live {
            seen: revision,
            reading: false,
        });
        self.read_room_blend(files, revision);
    }

    /// Reads and blends the room's files, in this frame or on a worker.
    fn read_room_blend(&mut self, files: Vec<std::path::PathBuf>, revision: u64) {
        let lang = self.lang;
        if files.len() <= IN_FRAME_FILES {
            let (loaded, failed) = read_participants(&files, lang);
            self.room_blend_read(TeamBlend::new(loaded, failed), revision);
            return;
        }
        if let Some(live) = &mut self.room.live {
            live.reading = true;
        }
        self.off_frame(move || {
            let (loaded, failed) = read_participants(&files, lang);
            Done::RoomBlended {
                team: Box::new(TeamBlend::new(loaded, failed)),
                revision,
            }
        });
    }

    /// The room's answers as of `revision`, blended: shown, the reveal
    /// where it was. Dropped when the blend screen stopped following the
    /// room meanwhile.
    pub(super) fn room_blend_read(&mut self, mut team: TeamBlend, revision: u64) {
        let Some(live) = &mut self.room.live else {
            return;
        };
        live.reading = false;
        live.seen = revision;
        // Projected (F5 on the blend), a new answer joins the projected
        // reveal: the room keeps seeing it.
        let projected = self.screen == Screen::PresentBlend;
        if matches!(self.screen, Screen::Blend | Screen::PresentBlend)
            && let Some(before) = &self.team
        {
            team.continue_reveal(before);
        }
        self.show_blend(team);
        if projected {
            self.screen = Screen::PresentBlend;
        }
    }

    /// Each frame: reads the answers again when the room has new ones and
    /// the blend screen shows them; stops following when it no longer does.
    pub(super) fn follow_room_blend(&mut self) {
        let Some(live) = self.room.live else {
            return;
        };
        let Some(room) = self.room.room() else {
            self.room.live = None;
            return;
        };
        if live.reading {
            return;
        }
        let on_blend = matches!(self.screen, Screen::Blend | Screen::PresentBlend);
        if !on_blend || self.team.is_none() {
            self.room.live = None;
            return;
        }
        let revision = room.revision();
        if revision != live.seen {
            let files = room.answer_files();
            self.read_room_blend(files, revision);
        }
    }

    /// A workshop command that puts other recipes on the blend screen (or
    /// leaves it) ends following the room.
    pub(super) fn room_blend_left(&mut self, command: &WorkshopCommand) {
        match command {
            WorkshopCommand::CompareWith
            | WorkshopCommand::ComparePath(_)
            | WorkshopCommand::Blend
            | WorkshopCommand::BlendPaths(_)
            | WorkshopCommand::ShowEditor
            | WorkshopCommand::OpenBlend => self.room.live = None,
            WorkshopCommand::RevealPrevious
            | WorkshopCommand::RevealNext
            | WorkshopCommand::SaveBlendAs => {}
        }
    }
}
