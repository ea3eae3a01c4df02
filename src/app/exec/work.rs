//! Work that can take longer than a frame at the file limits — saving a
//! large recipe (two fsyncs), rendering a large chart to PNG, reading and
//! blending many participants' files — runs on a worker
//! thread; a later frame picks up its result (the worker asks egui for
//! that frame). Small jobs, far below a frame's budget, run in the frame
//! itself, so that their result shows at once.

use crate::app::message::{Message, Said, Value};
use crate::app::state::CxApp;
pub(in crate::app) use crate::app::work::Done;

/// Up to this many ingredients a chart is exported in the frame.
pub(super) const IN_FRAME_INGREDIENTS: usize = 100;
/// Up to this many files a blend is read in the frame.
pub(super) const IN_FRAME_FILES: usize = 20;

impl CxApp {
    /// Runs `job` on a worker thread; its result is carried out by the
    /// first frame after it is done.
    pub(super) fn off_frame(&mut self, job: impl FnOnce() -> Done + Send + 'static) {
        let sender = self.work.sender();
        let ctx = self.work.ctx();
        self.work.started();
        let spawned = std::thread::Builder::new()
            .name("cx-recipe-work".to_owned())
            .spawn(move || {
                let _ = sender.send(job());
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            self.work.finished();
            self.message = Some(Message::Error(Said::worded(Value::io_error(&e))));
        }
    }

    /// Carries out what the workers finished.
    pub(in crate::app) fn poll_work(&mut self) {
        while let Some(done) = self.work.try_recv() {
            self.finished(done);
        }
    }

    /// Waits for every worker, and carries out what they did (for tests
    /// and benchmarks, which need the result before the next frame).
    pub fn finish_work(&mut self) {
        while self.work.is_running() {
            match self.work.recv() {
                Some(done) => self.finished(done),
                None => break,
            }
        }
    }

    fn finished(&mut self, done: Done) {
        self.work.finished();
        match done {
            Done::Saved {
                path,
                saved,
                result,
                then,
            } => self.finish_save(&path, *saved, result, then),
            Done::Exported(message) => self.message = Some(message),
            Done::Blended(team) => self.show_blend(*team),
            Done::Pictured(picture) => {
                let ctx = self.work_ctx();
                self.copied_chart(&ctx, *picture);
            }
            Done::RoomBlended { team, revision } => self.room_blend_read(*team, revision),
        }
    }

    /// The context the workers wake (for what a result sets going).
    pub(super) fn work_ctx(&self) -> egui::Context {
        self.work.ctx()
    }

    /// Whether a worker is still at it.
    pub fn is_busy(&self) -> bool {
        self.work.is_running()
    }
}
