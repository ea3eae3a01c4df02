//! Work that can take longer than a frame at the file limits — rendering a
//! large chart to PNG, reading many participants' files — runs on a worker
//! thread; a later frame picks up its result (the worker asks egui for
//! that frame). Small jobs, far below a frame's budget, run in the frame
//! itself, so that their result shows at once.

use std::sync::mpsc::{Receiver, Sender, channel};

use crate::app::message::Message;
use crate::app::state::CxApp;
use crate::app::workshop::LoadedRecipe;

/// Up to this many ingredients a chart is exported in the frame.
pub(super) const IN_FRAME_INGREDIENTS: usize = 100;
/// Up to this many files a blend is read in the frame.
pub(super) const IN_FRAME_FILES: usize = 20;

/// What a worker hands back.
pub(in crate::app) enum Done {
    /// An export was written (or not): the banner's message.
    Exported(Message),
    /// A blend's files were read.
    Read {
        /// The files that loaded.
        loaded: Vec<LoadedRecipe>,
        /// Why each other one did not.
        failed: Vec<String>,
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
}

impl CxApp {
    /// Runs `job` on a worker thread; its result is carried out by the
    /// first frame after it is done.
    pub(super) fn off_frame(&mut self, job: impl FnOnce() -> Done + Send + 'static) {
        let sender = self.work.sender.clone();
        let ctx = self.work.ctx.clone();
        self.work.running += 1;
        let spawned = std::thread::Builder::new()
            .name("cx-recipe-work".to_owned())
            .spawn(move || {
                let _ = sender.send(job());
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            self.work.running -= 1;
            let e = e.to_string();
            self.message = Some(Message::Error(e));
        }
    }

    /// Carries out what the workers finished.
    pub(in crate::app) fn poll_work(&mut self) {
        while let Ok(done) = self.work.receiver.try_recv() {
            self.finished(done);
        }
    }

    /// Waits for every worker, and carries out what they did (for tests
    /// and benchmarks, which need the result before the next frame).
    pub fn finish_work(&mut self) {
        while self.work.running > 0 {
            match self.work.receiver.recv() {
                Ok(done) => self.finished(done),
                Err(_) => break,
            }
        }
    }

    fn finished(&mut self, done: Done) {
        self.work.running = self.work.running.saturating_sub(1);
        match done {
            Done::Exported(message) => self.message = Some(message),
            Done::Read { loaded, failed } => self.show_blend(loaded, failed),
        }
    }

    /// Whether a worker is still at it.
    pub fn is_busy(&self) -> bool {
        self.work.running > 0
    }
}
