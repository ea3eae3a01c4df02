//! The views: each file draws one part of the window from read-only data
//! ([`AppView`]: the recipe, what is derived from it, the settings) and
//! returns what the person asked for as
//! [`Command`](super::command::Command)s; what only changes how the window
//! is looked at (tab, selection, search text) they change in the
//! [`UiState`] they are handed. No view changes the recipe, opens a file
//! or shows a system dialog, and none imports `state` or `exec`.

pub mod a11y;
pub mod balance;
pub mod banner;
pub mod blend;
pub mod blend_bar;
pub mod blend_legend;
pub mod blend_names;
pub mod blend_narrow;
pub mod blend_other;
pub mod blend_parts;
pub mod blend_present;
pub mod blend_table;
pub mod budget;
pub mod chart;
pub mod chart_model;
pub mod chart_narrow;
pub mod chart_table;
pub mod compare;
pub mod compare_fit;
pub mod compare_legend;
pub mod compare_narrow;
pub mod compare_pages;
pub mod compare_projected;
pub mod confirm;
pub mod editor;
pub mod footer;
pub mod legend;
pub mod library;
pub mod menu;
pub mod method;
pub mod method_chips;
pub mod method_warnings;
pub mod notes;
pub mod panel_share;
pub mod path_entry;
pub mod pie;
pub mod pie_layout;
pub mod pie_mesh;
pub mod present;
pub mod present_layout;
pub mod profile;
pub mod projected;
pub mod projected_pie;
pub mod restore;
pub mod room;
pub mod screens;
pub mod table;
pub mod table_a11y;
pub mod table_cache;
pub mod table_menus;
pub mod table_row;
pub mod table_shot;
pub mod table_whole;
pub mod widgets;

use super::derived::Derived;
use super::dialog::Dialog;
use super::document::RowIds;
use super::message::Message;
use super::settings::Settings;
use super::theme;
use super::workshop::{Comparison, TeamBlend};
use crate::i18n::{Lang, tr};
use crate::recipe::Recipe;

pub use super::ui_state::UiState;

/// Everything a view may read this frame.
pub struct AppView<'a> {
    /// The open recipe.
    pub recipe: &'a Recipe,
    /// Its rows' identities (what the fields are keyed by).
    pub rows: &'a RowIds,
    /// What is derived from it (and from the compare and blend files).
    pub derived: &'a Derived,
    /// Persisted preferences (recent files, decimals).
    pub settings: &'a Settings,
    /// The message banner's text.
    pub message: Option<&'a Message>,
    /// The window's language.
    pub lang: Lang,
    /// The recipe compared with the open one (the compare screen).
    pub compare: Option<&'a Comparison>,
    /// The participants' blend and its reveal (the blend screen).
    pub team: Option<&'a TeamBlend>,
    /// The compare or blend screen is projected for the room (F5).
    pub presenting: bool,
    /// The participants' room (the room screen).
    pub room: &'a super::room::WindowRoom,
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

/// Draws the question in front of the window, if any; `name` is the open
/// recipe's.
pub fn dialog_ui(
    ctx: &egui::Context,
    dialog: Option<&Dialog>,
    name: &str,
    lang: Lang,
    out: &mut Vec<super::command::Command>,
) {
    match dialog {
        None => {}
        Some(Dialog::ConfirmDiscard { then }) => {
            confirm::confirm_ui(ctx, then, name, lang, out);
        }
        Some(Dialog::PathEntry {
            purpose,
            text,
            note,
        }) => path_entry::path_entry_ui(ctx, purpose, text, note, lang, out),
        Some(Dialog::Restore(found)) => restore::restore_ui(ctx, found, lang, out),
    }
}
