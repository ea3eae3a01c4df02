//! The message banner across the top of the window: an error (what failed
//! and what was kept) or a notice, with a button to dismiss it.

use egui::{RichText, Ui};

use super::a11y::named;
use crate::app::command::{Command, ViewCommand};
use crate::app::message::Message;
use crate::app::theme;
use crate::i18n::{Lang, tr};

/// Draws the banner, if there is a message.
pub fn banner_ui(ui: &mut Ui, message: Option<&Message>, lang: Lang, out: &mut Vec<Command>) {
    let Some(message) = message else {
        return;
    };
    let tokens = theme::tokens(ui.ctx());
    let (text, fill, colour) = match message {
        Message::Error(text) => (text, tokens.error_fill, tokens.error),
        Message::Info(text) => (text, tokens.notice_fill, tokens.notice_text),
    };
    egui::Panel::top("message")
        .frame(
            egui::Frame::new()
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(12, 8)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let dismiss = tr(lang, "banner-dismiss");
                let close = named(ui.button("✖"), &dismiss);
                if close.on_hover_text(dismiss).clicked() {
                    out.push(Command::View(ViewCommand::DismissMessage));
                }
                let text = text.text(lang);
                ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
            });
        });
}
