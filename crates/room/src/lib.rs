//! The room: participants answer a recipe's question from their phones'
//! browsers, with no install, no account and no internet. The facilitator's
//! machine serves one small page on the local network; each answer is
//! written at once, atomically, as a normal recipe file in the room's
//! folder, so `cx-recipe blend FOLDER/*.ron` gives the team's blend.
//!
//! - [`Room`]: the handle — [`Room::open`] starts the server on its own
//!   thread and returns at once; the window or the command line asks it
//!   for the address, the code, the QR matrix and the answer count, and
//!   polls its events (or its revision counter) without blocking a frame;
//!   [`Room::close`] (or dropping it) stops the server at once.
//! - [`RoomConfig`], [`Mode`] and [`Limits`]: what a room is opened with,
//!   and the hard limits on everything a client sends.
//! - [`write_form`]: the same page as one self-contained HTML file, for
//!   pre-work by email: it saves the participant's answer as a recipe file.
//!
//! Nothing here knows a window or the command line: this crate depends on
//! the core (`cx-recipe-core`) and on its server, QR and address crates.
//!
//! ```no_run
//! use std::net::Ipv4Addr;
//! use std::sync::Arc;
//! use cx_recipe_room::{Room, RoomConfig, RoomEvent, default_folder, default_interface};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let path = std::path::Path::new("workshop.ron");
//! let recipe = cx_recipe_core::recipe::format::load(path)?;
//! let bind = default_interface().unwrap_or(Ipv4Addr::LOCALHOST.into());
//! let config = RoomConfig {
//!     recipe_path: Some(path.to_path_buf()),
//!     // A window would ask egui for a repaint here.
//!     notify: Some(Arc::new(|| {})),
//!     ..RoomConfig::new(recipe, default_folder(path), bind)
//! };
//! let room = Room::open(config)?;
//! println!("{} — code {}", room.address(), room.code().shown());
//! let qr = room.qr(); // qr.width(), qr.is_dark(x, y): draw it
//! # let _ = qr;
//! // Each frame: cheap, never blocking.
//! let mut seen = 0;
//! if room.revision() != seen {
//!     seen = room.revision();
//!     let files = room.answer_files(); // blend these
//! #   let _ = (seen, files);
//! }
//! while let Some(RoomEvent::Answer(answer)) = room.try_event() {
//!     println!("{} answered ({} in the room)", answer.name, answer.participants);
//! }
//! room.close(); // stops listening at once
//! # Ok(())
//! # }
//! ```

mod address;
mod answer;
mod code;
mod config;
mod names;
mod page;
mod qr;
mod questions;
mod quota;
mod server;
mod store;

pub use address::{default_interface, participant_url};
pub use code::RoomCode;
pub use config::{Limits, MAX_POINTS, Mode, Notify, RoomConfig, default_folder};
pub use page::{form_html, write_form};
pub use qr::{QUIET_ZONE, QrMatrix};
pub use questions::MAX_QUESTIONS;
pub use server::{AnswerEvent, Refusal, Room, RoomError, RoomEvent};
