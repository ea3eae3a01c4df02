//! The room screen, for the projector: the QR code as large as the window
//! allows, the participants' address, the room code and the answers so
//! far in large type, how they answer and where their answers go, the
//! firewall's question named before it is asked; Close room, Show the
//! blend, Copy address. Before a room opens (or after it closed), how it
//! opens: points or free amounts, the folder, Open or Reopen (`setup`).
//! It reads the room's handle (an atomic counter, the address, the code)
//! and the QR runs laid out when it opened; nothing is computed here.

mod qr;
mod setup;

use egui::{Align, Key, Layout, Modifiers, RichText, Ui};

use super::AppView;
use super::banner::banner_ui;
use crate::app::command::bindings::{PRESENT_ROOM, key_name};
use crate::app::command::{Command, RoomCommand};
use crate::app::room::{OpenRoom, WindowRoom};
use crate::app::screen::Screen;
use crate::app::theme;
use crate::i18n::{Arg, Lang, tr, tr_args};
use cx_recipe_room::Mode;

/// The space around the room screen's parts.
const MARGIN_PT: f32 = 32.0;
/// The QR code's largest share of the width; the text takes the rest.
const QR_WIDTH_FRACTION: f32 = 0.45;

/// The room's keys: in presentation its key shows the room screen; on the
/// room screen Escape goes back and Enter opens the room (with no field
/// taking the keyboard).
pub fn read_keys(ctx: &egui::Context, screen: Screen, room: &WindowRoom, out: &mut Vec<Command>) {
    let free = ctx.memory(|m| m.focused().is_none());
    ctx.input_mut(|input| match screen {
        Screen::Presentation => {
            if input.consume_shortcut(&PRESENT_ROOM) {
                out.push(Command::Room(RoomCommand::Show));
            }
        }
        Screen::Room => {
            if input.consume_key(Modifiers::NONE, Key::Escape) {
                out.push(Command::Room(RoomCommand::Leave));
            }
            if free && room.open.is_none() && input.consume_key(Modifiers::NONE, Key::Enter) {
                out.push(Command::Room(RoomCommand::Open));
            }
        }
        Screen::Editor | Screen::Compare | Screen::Blend | Screen::PresentBlend => {}
    });
}

/// Draws the room screen.
pub fn room_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let open = view.room.open.as_ref();
    egui::Panel::top("room-bar").show(ui, |ui| bar_ui(ui, open.is_some(), lang, out));
    banner_ui(ui, view.message, lang, out);
    let frame =
        egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::same(MARGIN_PT as i8));
    egui::CentralPanel::default()
        .frame(frame)
        .show(ui, |ui| match open {
            Some(open) => open_ui(ui, view.room, open, lang),
            None => setup::setup_ui(ui, view, out),
        });
}

/// Back (Esc), the screen's name, and the open room's buttons.
fn bar_ui(ui: &mut Ui, is_open: bool, lang: Lang, out: &mut Vec<Command>) {
    let t = |key: &str| tr(lang, key);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let esc = key_name(Key::Escape, lang);
        let hint = tr_args(lang, "room-back-hint", &[("key", Arg::Text(&esc))]);
        if ui.button(t("room-back")).on_hover_text(hint).clicked() {
            out.push(Command::Room(RoomCommand::Leave));
        }
        ui.separator();
        ui.heading(RichText::new(t("room-title")).strong());
        if is_open {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let buttons = [
                    ("room-close", "room-close-hint", RoomCommand::Close),
                    (
                        "room-show-blend",
                        "room-show-blend-hint",
                        RoomCommand::ShowBlend,
                    ),
                    ("room-copy", "room-copy", RoomCommand::CopyAddress),
                ];
                for (label, hint, command) in buttons {
                    if ui.button(t(label)).on_hover_text(t(hint)).clicked() {
                        out.push(Command::Room(command));
                    }
                }
            });
        }
    });
    ui.add_space(4.0);
}

/// The open room at presentation size: the code on the left, the words on
/// the right, each as large as the window allows.
fn open_ui(ui: &mut Ui, room: &WindowRoom, open: &OpenRoom, lang: Lang) {
    let handle = &open.room;
    let available = ui.available_size();
    let qr_side = available.y.min(available.x * QR_WIDTH_FRACTION);
    let text_w = (available.x - qr_side - MARGIN_PT).max(0.0);
    // Type scaled to the window: a 1080-line projector gets the largest.
    let big = (available.y * 0.09).clamp(40.0, 96.0);
    let body = (available.y * 0.035).clamp(theme::BODY_PT, 34.0);
    let strong = theme::tokens(ui.ctx()).strong_text;
    let address = handle.address();
    ui.horizontal_top(|ui| {
        let label = tr_args(lang, "room-qr", &[("address", Arg::Text(address))]);
        qr::qr_ui(ui, open, qr_side, &label);
        ui.add_space(MARGIN_PT);
        ui.vertical(|ui| {
            ui.set_width(text_w);
            ui.label(RichText::new(tr(lang, "room-join")).size(body));
            let address_pt = fitting_size(ui, address, text_w, big * 0.6);
            ui.label(
                RichText::new(address)
                    .size(address_pt)
                    .strong()
                    .color(strong),
            );
            ui.add_space(body);
            ui.label(RichText::new(tr(lang, "room-code")).size(body));
            ui.label(
                RichText::new(handle.code().shown())
                    .size(big)
                    .strong()
                    .color(strong),
            );
            ui.add_space(body);
            let count = tr_args(
                lang,
                "room-count",
                &[("count", Arg::from(handle.answer_count()))],
            );
            ui.label(RichText::new(count).size(big).strong().color(strong));
            ui.add_space(body);
            ui.label(RichText::new(mode_line(lang, room.plan.mode)).size(body));
            let folder = handle.folder().display().to_string();
            ui.add(
                egui::Label::new(
                    RichText::new(tr_args(
                        lang,
                        "room-folder-line",
                        &[("folder", Arg::Text(&folder))],
                    ))
                    .size(theme::BODY_PT),
                )
                .wrap(),
            );
            ui.add(
                egui::Label::new(
                    RichText::new(tr(lang, firewall_key(ui.ctx().os()))).size(theme::BODY_PT),
                )
                .wrap(),
            );
        });
    });
}

/// The largest size up to `largest` at which `text` fits `width` on one
/// line (egui caches the layout, so measuring it each frame is cheap).
fn fitting_size(ui: &Ui, text: &str, width: f32, largest: f32) -> f32 {
    let font = egui::FontId::proportional(largest);
    let measured = ui
        .painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    if measured <= width || measured <= 0.0 {
        largest
    } else {
        (largest * width / measured).floor().max(theme::SMALL_PT)
    }
}

/// How participants answer, in a line.
fn mode_line(lang: Lang, mode: Mode) -> String {
    match mode {
        Mode::Points(points) => tr_args(
            lang,
            "room-mode-points-line",
            &[("points", Arg::from(points as usize))],
        ),
        Mode::Free => tr(lang, "room-mode-free-line"),
    }
}

/// The line about the system's firewall: Windows asks the first time a
/// room listens, macOS may too; elsewhere, the one thing to check.
fn firewall_key(os: egui::os::OperatingSystem) -> &'static str {
    use egui::os::OperatingSystem;
    match os {
        OperatingSystem::Windows => "room-firewall-windows",
        OperatingSystem::Mac => "room-firewall-mac",
        OperatingSystem::Android
        | OperatingSystem::IOS
        | OperatingSystem::Nix
        | OperatingSystem::Unknown => "room-firewall-other",
    }
}

/// On the blend screen while it follows the room: the room's count, and
/// the way back to its screen.
pub fn live_strip_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let (Some(room), Some(_)) = (view.room.room(), view.room.live) else {
        return;
    };
    let lang = view.lang;
    egui::Panel::top("room-live").show(ui, |ui| {
        ui.horizontal(|ui| {
            let answers = tr_args(
                lang,
                "room-answers",
                &[("count", Arg::from(room.answer_count()))],
            );
            ui.label(
                RichText::new(tr_args(
                    lang,
                    "room-live",
                    &[("answers", Arg::Text(&answers))],
                ))
                .strong(),
            );
            if ui.button(tr(lang, "room-live-back")).clicked() {
                out.push(Command::Room(RoomCommand::Show));
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_firewall_is_named_for_the_system_that_asks() {
        use egui::os::OperatingSystem;
        assert_eq!(
            firewall_key(OperatingSystem::Windows),
            "room-firewall-windows"
        );
        assert_eq!(firewall_key(OperatingSystem::Mac), "room-firewall-mac");
        assert_eq!(firewall_key(OperatingSystem::Nix), "room-firewall-other");
    }
}
