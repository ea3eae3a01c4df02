//! The window's worker threads, as data: what a worker hands back, and
//! where it arrives. `exec::work` starts them and carries out their
//! results.

use std::sync::mpsc::{Receiver, Sender, channel};

use super::message::Message;
use super::workshop::TeamBlend;

/// What a worker hands back.
pub(in crate::app) enum Done {
    /// A save finished (or failed).
    Saved {
        /// Where.
        path: std::path::PathBuf,
        /// The recipe as it was written.
        saved: Box<crate::recipe::Recipe>,
        /// Whether it was, or why not.
        result: Result<(), super::message::Value>,
        /// What waited for the save.
        then: Option<crate::app::dialog::Pending>,
    },
    /// An export was written (or not): the banner's message.
    Exported(Message),
    /// A blend's files were read and blended.
    Blended(Box<TeamBlend>),
    /// The chart was rendered for the clipboard (or why not).
    Pictured(Box<Result<egui::ColorImage, super::message::Said>>),
    /// The room's answers were read and blended again, as of the room's
    /// revision `revision`.
    RoomBlended {
        /// The blend.
        team: Box<TeamBlend>,
        /// `Room::revision` before the files were listed.
        revision: u64,
    },
}

/// The window's workers: where their results arrive.
pub(in crate::app) struct Work {
    sender: Sender<Done>,
    receiver: Receiver<Done>,
    running: usize,
    ctx: egui::Context,
}

impl Work {
    /// Workers that wake `ctx` when they are done.
    pub(in crate::app) fn new(ctx: &egui::Context) -> Self {
        let (sender, receiver) = channel();
        Self {
            sender,
            receiver,
            running: 0,
            ctx: ctx.clone(),
        }
    }

    /// Where a worker sends its result.
    pub(in crate::app) fn sender(&self) -> Sender<Done> {
        self.sender.clone()
    }

    /// The context a worker wakes.
    pub(in crate::app) fn ctx(&self) -> egui::Context {
        self.ctx.clone()
    }

    /// A worker was started.
    pub(in crate::app) fn started(&mut self) {
        self.running += 1;
    }

    /// A worker's result was taken (or it never started).
    pub(in crate::app) fn finished(&mut self) {
        self.running = self.running.saturating_sub(1);
    }

    /// Whether a worker is still at it.
    pub(in crate::app) fn is_running(&self) -> bool {
        self.running > 0
    }

    /// A finished worker's result, if there is one.
    pub(in crate::app) fn try_recv(&self) -> Option<Done> {
        self.receiver.try_recv().ok()
    }

    /// The next worker's result, waiting for it.
    pub(in crate::app) fn recv(&self) -> Option<Done> {
        self.receiver.recv().ok()
    }
}
