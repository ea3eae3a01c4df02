//! How a room opens, shown before it does (and after it closed): the
//! question (the recipe on screen), points to share out or free amounts,
//! the folder the answers go to, the address phones will reach, the
//! firewall's question named, and Open (Enter) — or Reopen, which picks up
//! the folder's answers and keeps the old address while the question is the
//! same.

use egui::{RichText, Ui};

use super::{AppView, firewall_key};
use crate::app::command::{Command, RoomCommand};
use crate::app::theme;
use crate::app::words::title_or_untitled;
use crate::i18n::{Arg, tr, tr_args};
use cx_recipe_room::{MAX_POINTS, Mode};

/// The points offered when free amounts were chosen before.
const DEFAULT_POINTS: u32 = 100;

/// Draws how the room opens.
pub fn setup_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let t = |key: &str| tr(lang, key);
    let plan = &view.room.plan;
    let tokens = theme::tokens(ui.ctx());
    let title = title_or_untitled(lang, &view.recipe.title);
    ui.heading(
        RichText::new(tr_args(
            lang,
            "room-setup-heading",
            &[("title", Arg::Text(&title))],
        ))
        .strong(),
    );
    ui.add(egui::Label::new(t("room-setup-intro")).wrap());
    if let Some(closed) = &view.room.closed {
        let answers = tr_args(
            lang,
            "room-answers",
            &[("count", Arg::from(closed.answers))],
        );
        let folder = closed.folder.display().to_string();
        let note = tr_args(
            lang,
            "room-closed-note",
            &[
                ("answers", Arg::Text(&answers)),
                ("folder", Arg::Text(&folder)),
            ],
        );
        ui.add(egui::Label::new(RichText::new(note).strong()).wrap());
    }
    ui.add_space(12.0);
    ui.label(RichText::new(t("room-setup-how")).strong());
    let points = match plan.mode {
        Mode::Points(points) => Some(points),
        Mode::Free => None,
    };
    ui.horizontal(|ui| {
        if ui.radio(points.is_some(), t("room-mode-points")).clicked() && points.is_none() {
            out.push(Command::Room(RoomCommand::SetMode(Mode::Points(
                DEFAULT_POINTS,
            ))));
        }
        let label = ui.label(t("room-points-label"));
        let mut shown = points.unwrap_or(DEFAULT_POINTS);
        let field = ui
            .add_enabled(
                points.is_some(),
                egui::DragValue::new(&mut shown).range(1..=MAX_POINTS),
            )
            .labelled_by(label.id);
        if field.changed() {
            out.push(Command::Room(RoomCommand::SetMode(Mode::Points(shown))));
        }
    });
    if ui.radio(points.is_none(), t("room-mode-free")).clicked() {
        out.push(Command::Room(RoomCommand::SetMode(Mode::Free)));
    }
    ui.add_space(12.0);
    ui.label(RichText::new(t("room-setup-folder")).strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(plan.folder.display().to_string()).monospace());
        if ui.button(t("room-choose-folder")).clicked() {
            out.push(Command::Room(RoomCommand::ChooseFolder));
        }
    });
    ui.add_space(12.0);
    match plan.reach {
        Some(ip) => {
            let ip = ip.to_string();
            ui.label(tr_args(lang, "room-network", &[("ip", Arg::Text(&ip))]));
        }
        None => {
            ui.add(
                egui::Label::new(RichText::new(t("room-no-network")).color(tokens.error)).wrap(),
            );
        }
    }
    ui.add(egui::Label::new(t(firewall_key(ui.ctx().os()))).wrap());
    ui.add_space(16.0);
    let open = if view.room.closed.is_some() {
        t("room-reopen")
    } else {
        t("room-open")
    };
    let enter = crate::app::command::bindings::key_name(egui::Key::Enter, lang);
    let can_open = plan.reach.is_some() && !view.recipe.ingredients.is_empty();
    let heading_pt = egui::TextStyle::Heading.resolve(ui.style()).size;
    let button = egui::Button::new(RichText::new(open).size(heading_pt).strong());
    if ui
        .add_enabled(can_open, button)
        .on_hover_text(tr_args(
            lang,
            "room-open-hint",
            &[("key", Arg::Text(&enter))],
        ))
        .clicked()
    {
        out.push(Command::Room(RoomCommand::Open));
    }
}
