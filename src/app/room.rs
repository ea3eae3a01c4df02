//! The participants' room in the window, as data: how the next room opens
//! (points or free amounts, its folder), the open room's handle with its QR
//! code as the runs the view paints, what a closed room leaves for
//! reopening, and whether the blend screen follows the room's answers. The
//! server is `cx_recipe_room`'s; `exec::room` opens and closes it, and no
//! view does more than read the handle's counters (atomics).

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use cx_recipe_room::{Mode, QUIET_ZONE, QrMatrix, Room, RoomCode};

use super::screen::Screen;
use crate::recipe::Recipe;

/// How the next room opens; kept while the document stays.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoomPlan {
    /// Points to share out, or free amounts.
    pub mode: Mode,
    /// The answers' folder: the default beside the recipe, or the one chosen.
    pub folder: PathBuf,
    /// Whether the folder was chosen (else it follows the recipe's file).
    pub chosen: bool,
    /// The address phones will reach, looked up when the room screen is
    /// shown; `None` when there is no network.
    pub reach: Option<IpAddr>,
}

/// What the room asked, to tell whether a reopened room asks the same:
/// the pages participants still hold send amounts in this order.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    title: String,
    names: Vec<String>,
    mode: Mode,
}

impl Question {
    /// The question a room on `recipe` asks in `mode`.
    pub fn of(recipe: &Recipe, mode: Mode) -> Self {
        Self {
            title: recipe.title.clone(),
            names: recipe.ingredients.iter().map(|i| i.name.clone()).collect(),
            mode,
        }
    }
}

/// What a closed room leaves, so that reopening keeps the participants'
/// pages working when the question is the same.
#[derive(Clone, Debug)]
pub struct Closed {
    /// Its code.
    pub code: RoomCode,
    /// Its port.
    pub port: u16,
    /// Its folder.
    pub folder: PathBuf,
    /// What it asked.
    pub question: Question,
    /// The answers in its folder when it closed.
    pub answers: usize,
}

/// An open room and what the window drew from it.
pub struct OpenRoom {
    /// The server's handle.
    pub room: Room,
    /// What it asks.
    pub question: Question,
    /// The QR code's dark modules as runs along each row: `(row, first
    /// column, columns)`, counted from the quiet zone's corner.
    pub qr_runs: Vec<(usize, usize, usize)>,
    /// Modules on a side, the quiet zone included.
    pub qr_side: usize,
}

impl OpenRoom {
    /// The room, its QR code laid out once.
    pub fn new(room: Room, question: Question) -> Self {
        let (qr_side, qr_runs) = qr_runs(room.qr());
        Self {
            room,
            question,
            qr_runs,
            qr_side,
        }
    }
}

/// The blend screen following the room: the revision of the answers it
/// shows, and whether a newer one is being read on a worker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Live {
    /// `Room::revision` when the blend on screen was read.
    pub seen: u64,
    /// A worker is reading the answers again.
    pub reading: bool,
}

/// The room's part of the window.
#[derive(Default)]
pub struct WindowRoom {
    /// How the next room opens.
    pub plan: RoomPlan,
    /// The open room.
    pub open: Option<OpenRoom>,
    /// The last room closed (for Reopen).
    pub closed: Option<Closed>,
    /// Where the room screen was shown from, and goes back to.
    pub came_from: Screen,
    /// The blend screen follows the room's answers.
    pub live: Option<Live>,
    /// The interface to listen on instead of the one with the default
    /// route: tests and measurements set 127.0.0.1 (`CX_RECIPE_ROOM_BIND`).
    pub bind: Option<IpAddr>,
    /// What the banner says on the next frame (the room closed because
    /// another recipe replaced this one).
    pub notice: Option<crate::app::message::Said>,
    /// Set by the server's notify hook: something happened since the
    /// window last looked.
    woken: Arc<AtomicBool>,
}

impl WindowRoom {
    /// The flag the server's hook sets.
    pub fn woken(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.woken)
    }

    /// Whether the server woke the window since it last asked (and forgets it).
    pub fn take_woken(&self) -> bool {
        self.woken.swap(false, Ordering::AcqRel)
    }

    /// The open room's handle.
    pub fn room(&self) -> Option<&Room> {
        self.open.as_ref().map(|o| &o.room)
    }
}

/// The folder a room's answers go to by default: `NAME-answers` beside the
/// recipe's file, or beside where an unsaved recipe would be saved (the
/// documents folder).
pub fn default_folder(recipe_path: Option<&Path>, suggested_name: &str) -> PathBuf {
    match recipe_path {
        Some(path) => cx_recipe_room::default_folder(path),
        None => {
            let dirs = directories::UserDirs::new();
            let base = dirs
                .as_ref()
                .and_then(|d| d.document_dir().or(Some(d.home_dir())))
                .map(Path::to_path_buf)
                .unwrap_or_default();
            cx_recipe_room::default_folder(&base.join(suggested_name))
        }
    }
}

/// The QR code's side with its quiet zone, and its dark modules as runs
/// along each row (a few hundred rectangles to paint, not a thousand).
pub fn qr_runs(qr: &QrMatrix) -> (usize, Vec<(usize, usize, usize)>) {
    let width = qr.width();
    let mut runs = Vec::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if qr.is_dark(x, y) {
                let start = x;
                while x < width && qr.is_dark(x, y) {
                    x += 1;
                }
                runs.push((y + QUIET_ZONE, start + QUIET_ZONE, x - start));
            } else {
                x += 1;
            }
        }
    }
    (width + 2 * QUIET_ZONE, runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runs_cover_exactly_the_dark_modules() {
        let qr = QrMatrix::encode("http://127.0.0.1:1/k7m2-x9pq/").unwrap();
        let (side, runs) = qr_runs(&qr);
        assert_eq!(side, qr.width() + 2 * QUIET_ZONE);
        let mut dark = vec![false; side * side];
        for &(y, x, n) in &runs {
            for cell in &mut dark[y * side + x..y * side + x + n] {
                assert!(!*cell, "runs overlap");
                *cell = true;
            }
        }
        for y in 0..side {
            for x in 0..side {
                let inside = |v: usize| v.checked_sub(QUIET_ZONE);
                let expected = match (inside(x), inside(y)) {
                    (Some(mx), Some(my)) => qr.is_dark(mx, my),
                    _ => false,
                };
                assert_eq!(dark[y * side + x], expected, "({x}, {y})");
            }
        }
    }

    #[test]
    fn a_question_is_its_title_names_and_mode() {
        let mut recipe = Recipe {
            title: "t".into(),
            ..Recipe::default()
        };
        let a = Question::of(&recipe, Mode::Points(100));
        assert_ne!(a, Question::of(&recipe, Mode::Free));
        recipe.title = "u".into();
        assert_ne!(a, Question::of(&recipe, Mode::Points(100)));
    }
}
