//! The views: each file draws one part of the window from read-only state
//! ([`AppView`]) and returns what the person asked for as
//! [`Command`](super::command::Command)s. No view changes the recipe, opens a
//! file or shows a system dialog.

pub mod a11y;
pub mod balance;
pub mod banner;
pub mod blend;
pub mod budget;
pub mod chart;
pub mod chart_model;
pub mod chart_table;
pub mod compare;
pub mod confirm;
pub mod editor;
pub mod footer;
pub mod legend;
pub mod library;
pub mod menu;
pub mod method;
pub mod panel_share;
pub mod path_entry;
pub mod pie;
pub mod pie_edges;
pub mod present;
pub mod profile;
pub mod restore;
pub mod table;

use egui::Ui;

use super::command::EditorTab;
use super::document::Document;
use super::settings::Settings;
use super::state::{Dialog, Message};
use super::theme;
use super::workshop::{Comparison, TeamBlend};
use crate::i18n::{Lang, tr};

/// Everything a view may read this frame.
pub struct AppView<'a> {
    /// The open recipe, its file and its history.
    pub doc: &'a Document,
    /// Persisted preferences (recent files, decimals).
    pub settings: &'a Settings,
    /// The selected ingredient.
    pub selected: Option<usize>,
    /// The ingredient under the pointer last frame (table, pie or legend).
    pub hovered: Option<usize>,
    /// A row whose name field takes the keyboard (a new ingredient).
    pub focus_name: Option<usize>,
    /// A row to scroll into view (moved to by the keyboard).
    pub scroll_to: Option<usize>,
    /// The message banner's text.
    pub message: Option<&'a Message>,
    /// The editor panel's tab.
    pub tab: EditorTab,
    /// The selected method step.
    pub selected_step: Option<usize>,
    /// A step whose title field takes the keyboard (a new step).
    pub focus_step: Option<usize>,
    /// What is typed in the library's search field.
    pub library_query: &'a str,
    /// The window's language.
    pub lang: Lang,
    /// The recipe compared with the open one (the compare screen).
    pub compare: Option<&'a Comparison>,
    /// The participants' blend and its reveal (the blend screen).
    pub team: Option<&'a TeamBlend>,
}

/// A dialog button that its key presses too (Enter, Escape); the key is
/// named in its tooltip.
pub fn key_button(ui: &mut Ui, label: &str, key: egui::Key) -> bool {
    let clicked = ui.button(label).on_hover_text(key.name()).clicked();
    clicked || ui.input(|i| i.key_pressed(key))
}

/// The shade over the window while a file is dragged over it.
pub fn drop_overlay(ctx: &egui::Context, lang: Lang) {
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        tr(lang, "drop-open"),
        egui::FontId::proportional(theme::HEADING_PT),
        egui::Color32::WHITE,
    );
    painter.text(
        rect.center() + egui::vec2(0.0, theme::HEADING_PT * 1.6),
        egui::Align2::CENTER_CENTER,
        tr(lang, "drop-hint"),
        egui::FontId::proportional(theme::BODY_PT),
        egui::Color32::WHITE,
    );
}

/// Draws the question in front of the window, if any.
pub fn dialog_ui(
    ctx: &egui::Context,
    dialog: Option<&Dialog>,
    doc: &Document,
    lang: Lang,
    out: &mut Vec<super::command::Command>,
) {
    match dialog {
        None => {}
        Some(Dialog::ConfirmDiscard { then }) => {
            confirm::confirm_ui(ctx, then, &doc.display_name_in(lang), lang, out);
        }
        Some(Dialog::PathEntry {
            purpose,
            text,
            note,
        }) => path_entry::path_entry_ui(ctx, purpose, text, note, lang, out),
        Some(Dialog::Restore(found)) => restore::restore_ui(ctx, found, lang, out),
    }
}
