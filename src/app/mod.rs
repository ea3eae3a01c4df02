//! The eframe window: views that draw and emit commands, one layer (`exec`)
//! that carries them out, and a thin frame loop (`shell`). The only part of
//! the crate that uses egui and rfd.
//!
//! The rooms, and what may import what (checked by
//! `tests/integration/app_rooms.rs`: no import circle):
//! - vocabulary, importing no other room: `command` (with its labels and
//!   keys, `command::bindings`), `ui_state`, `dialog`, `message`, `screen`,
//!   `theme`, `settings`, `words`;
//! - data: `document` (with `history` and `rows`), `workshop`, `recovery`,
//!   `room` (the participants' room's handle and plan);
//! - `derived`: what the views read, computed once per revision;
//! - `views`: draw from vocabulary and derived data, never from `state` or
//!   `exec`;
//! - `exec`: carries out commands; `state`, `shell`, `input`: the window.

pub mod command;
pub mod derived;
pub mod dialog;
pub mod dialogs;
pub mod document;
mod exec;
pub mod fonts;
pub mod history;
mod input;
pub mod message;
pub mod recovery;
pub mod room;
pub mod rows;
pub mod screen;
pub mod settings;
mod shell;
mod state;
pub mod theme;
pub mod ui_state;
mod views;
pub mod window_fit;
pub mod words;
mod work;
pub mod workshop;

use std::path::PathBuf;

pub use message::Message;
pub use screen::Screen;
pub use state::{AppConfig, CxApp};

use crate::outcome::Outcome;

/// The app's id: names its settings and data folders.
pub const APP_ID: &str = "cx-recipe";

/// The window's size at first start, in points; smaller where the monitor
/// is ([`window_fit`]).
const FIRST_INNER_SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// The smallest the window may be made, in points.
const MIN_INNER_SIZE: egui::Vec2 = egui::vec2(900.0, 560.0);

/// Opens the window, with `file` if given.
pub fn run(file: Option<PathBuf>) -> Outcome {
    let recovery_folder = recovery::Recovery::default_folder();
    let frame_log = std::env::var_os("CX_RECIPE_FRAME_LOG").map(PathBuf::from);
    // Where a room listens instead of the default route's interface: for
    // measuring the window on loopback (scripts/measure-room.sh).
    let room_bind = std::env::var("CX_RECIPE_ROOM_BIND")
        .ok()
        .and_then(|a| a.trim().parse::<std::net::IpAddr>().ok());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Ideal CX — CX Recipe Designer")
            .with_app_id(APP_ID)
            .with_inner_size(FIRST_INNER_SIZE)
            .with_min_inner_size(MIN_INNER_SIZE)
            .with_drag_and_drop(true)
            // Decoding is tested (tests/integration/install.rs); an empty icon means none.
            .with_icon(
                eframe::icon_data::from_png_bytes(include_bytes!(
                    "../../assets/icons/cx-recipe-256.png"
                ))
                .unwrap_or_default(),
            ),
        event_loop_builder: event_loop_hook(),
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(|cc| {
            cc.egui_ctx
                .add_plugin(window_fit::FitFirstWindow::default());
            let config = AppConfig {
                // Owned by the window, so that they stay in front of it.
                dialogs: Box::new(dialogs::NativeDialogs::owned_by(cc)),
                recovery_folder,
                open_at_start: file,
                frame_log,
            };
            let mut app = CxApp::new(cc, config);
            if let Some(bind) = room_bind {
                app.set_room_bind(bind);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => Outcome::Ok,
        Err(e) => {
            let message = format!(
                "error: could not open the window: {e}\n\
                 The command line works without one: see `cx-recipe --help`."
            );
            eprintln!("{message}");
            // Windows' window program has no console to read that in.
            #[cfg(windows)]
            dialogs::show_error("CX Recipe Designer", &message);
            Outcome::Error
        }
    }
}

/// On macOS, winit's default menu binds Cmd+Q to end the app at once, without
/// asking about unsaved changes. Without that menu Cmd+Q reaches the window
/// as its own Quit shortcut, which asks.
#[cfg(target_os = "macos")]
fn event_loop_hook() -> Option<eframe::EventLoopBuilderHook> {
    use winit::platform::macos::EventLoopBuilderExtMacOS as _;
    Some(Box::new(
        |builder: &mut eframe::EventLoopBuilder<eframe::UserEvent>| {
            builder.with_default_menu(false);
        },
    ))
}

/// Other systems send the close request through the window.
#[cfg(not(target_os = "macos"))]
fn event_loop_hook() -> Option<eframe::EventLoopBuilderHook> {
    None
}
