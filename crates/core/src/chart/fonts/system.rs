//! The system's installed fonts: one index per process, built on the first
//! call (about 100 ms for a few hundred faces, far more for a desktop's full
//! Noto set — the window calls it from a worker thread, see `lookup`), never
//! at start-up, and never for text egui's own fonts cover.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

use super::FontIndex;

/// The index, built by the first [`index`] call.
static SYSTEM: OnceLock<Arc<FontIndex>> = OnceLock::new();

/// Whether the system's fonts have been read in this process.
pub(super) fn loaded() -> bool {
    SYSTEM.get().is_some()
}

/// The system's fonts, read on the first call; a call while another thread
/// reads them waits for that, so the work is done once.
pub(super) fn index() -> Arc<FontIndex> {
    Arc::clone(SYSTEM.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        Arc::new(FontIndex::from_database(db))
    }))
}
