//! What a room is opened with: the recipe asked about, where the answers
//! go, the interface and port, the question's mode, and the limits on
//! everything a client may send.

use std::fmt;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use cx_recipe_core::recipe::Recipe;

use crate::code::RoomCode;

/// Called (from a thread of the server) after each stored answer and each
/// answer that could not be written, e.g. to ask a window for a repaint.
/// It must return quickly.
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// How participants answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Share out this many points (1–10,000); the answer carries the budget.
    Points(u32),
    /// Free amounts: 0–100 for each ingredient, no budget.
    Free,
}

impl Default for Mode {
    fn default() -> Self {
        Self::Points(DEFAULT_POINTS)
    }
}

/// The points to share out unless the facilitator chooses otherwise.
pub const DEFAULT_POINTS: u32 = 100;
/// The most points a room may share out.
pub const MAX_POINTS: u32 = 10_000;
/// The highest amount for one ingredient in [`Mode::Free`].
pub const FREE_MAX: u32 = 100;

impl Mode {
    /// The highest amount one ingredient may get.
    pub fn max_amount(self) -> u32 {
        match self {
            Self::Points(points) => points,
            Self::Free => FREE_MAX,
        }
    }
}

/// Everything a client sends is bounded by these. [`Limits::default`] is
/// what a room uses; tests lower the timeouts or raise the caps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest request body, in bytes (an answer is well under 1 KiB).
    pub max_body_bytes: usize,
    /// The largest request line and headers together, in bytes.
    pub max_header_bytes: usize,
    /// The most headers one request may have.
    pub max_headers: usize,
    /// How long a client may take to send a request's line and headers.
    pub header_timeout: Duration,
    /// How long a client may take to send a request's body.
    pub body_timeout: Duration,
    /// The longest a connection may live, writing the answer included: a
    /// client that stops reading cannot hold it longer.
    pub connection_timeout: Duration,
    /// The most connections open at once.
    pub max_connections: usize,
    /// The most connections open at once from one client.
    pub max_connections_per_client: usize,
    /// The most clients the room counts one by one; all further ones are
    /// counted together, as one client.
    pub max_clients: usize,
    /// The most answers (resubmissions included) one client may send.
    pub max_answers_per_client: usize,
    /// The most participants (answer files) one client may create.
    pub max_participants_per_client: usize,
    /// The most participants (answer files) in the room.
    pub max_participants: usize,
    /// The most answers (resubmissions included) the room accepts.
    pub max_answers: usize,
    /// Requests with a wrong room code one client may send; after that, all
    /// its requests are refused.
    pub max_wrong_codes_per_client: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 16 * 1024,
            max_header_bytes: 8 * 1024,
            max_headers: 40,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            connection_timeout: Duration::from_secs(30),
            max_connections: 256,
            max_connections_per_client: 16,
            max_clients: 1024,
            max_answers_per_client: 300,
            max_participants_per_client: 30,
            max_participants: 500,
            max_answers: 5000,
            max_wrong_codes_per_client: 100,
        }
    }
}

/// What [`crate::Room::open`] needs.
#[derive(Clone)]
pub struct RoomConfig {
    /// The recipe asked about: its title and its ingredients' names,
    /// colours and tags (its amounts are not shown).
    pub recipe: Recipe,
    /// Where the recipe is saved, if it is: never counted as an answer nor
    /// written over, even when it sits in `folder`.
    pub recipe_path: Option<PathBuf>,
    /// The room's folder: one recipe file per participant (created if
    /// missing; what is there already is picked up).
    pub folder: PathBuf,
    /// The interface to listen on: see [`crate::default_interface`];
    /// `127.0.0.1` for tests.
    pub bind: IpAddr,
    /// The port; 0 lets the system choose a free one.
    pub port: u16,
    /// Points to share out, or free amounts.
    pub mode: Mode,
    /// The limits on what clients send.
    pub limits: Limits,
    /// The room code; `None` draws a new one. Reopening a room with its
    /// old code keeps the participants' pages working.
    pub code: Option<RoomCode>,
    /// Called after each stored answer (and each that could not be saved).
    pub notify: Option<Notify>,
}

impl RoomConfig {
    /// A room for `recipe`, answers in `folder`, on `bind`, any free port,
    /// 100 points, the default limits, a new code.
    pub fn new(recipe: Recipe, folder: PathBuf, bind: IpAddr) -> Self {
        Self {
            recipe,
            recipe_path: None,
            folder,
            bind,
            port: 0,
            mode: Mode::default(),
            limits: Limits::default(),
            code: None,
            notify: None,
        }
    }
}

impl fmt::Debug for RoomConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RoomConfig")
            .field("recipe", &self.recipe.title)
            .field("recipe_path", &self.recipe_path)
            .field("folder", &self.folder)
            .field("bind", &self.bind)
            .field("port", &self.port)
            .field("mode", &self.mode)
            .field("limits", &self.limits)
            .field("notify", &self.notify.is_some())
            .finish_non_exhaustive()
    }
}

/// The room's folder for a recipe file: `NAME-answers` beside `NAME.ron`.
pub fn default_folder(recipe_path: &Path) -> PathBuf {
    let stem = recipe_path
        .file_stem()
        .map_or_else(|| "room".into(), |s| s.to_string_lossy().into_owned());
    let folder = format!("{stem}-answers");
    match recipe_path.parent() {
        Some(parent) => parent.join(folder),
        None => PathBuf::from(folder),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_sits_beside_the_recipe() {
        assert_eq!(
            default_folder(Path::new("/w/team.ron")),
            Path::new("/w/team-answers")
        );
        assert_eq!(
            default_folder(Path::new("team.ron")),
            Path::new("team-answers")
        );
    }

    #[test]
    fn the_default_limits_are_the_threat_models() {
        let limits = Limits::default();
        assert_eq!(limits.max_body_bytes, 16 * 1024);
        assert!(limits.connection_timeout >= limits.header_timeout + limits.body_timeout);
        assert_eq!(Mode::default(), Mode::Points(100));
        assert_eq!(Mode::Free.max_amount(), 100);
    }
}
