//! How each screen lays out its views: which views go in which panel. A new
//! screen is a variant of `app::screen::Screen`, an arm in [`screen_ui`],
//! and its views in files of their own.

use egui::Ui;

use super::{AppView, UiState};
use crate::app::command::Command;
use crate::app::screen::Screen;
use crate::app::theme;

/// Draws the current screen from read-only data; edits go into `out`, UI
/// changes into `state`.
pub fn screen_ui(
    ui: &mut Ui,
    screen: Screen,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let hovered = match screen {
        Screen::Editor => editor_screen_ui(ui, view, state, out),
        Screen::Compare => {
            // A narrow (zoomed) window: one scrolling column.
            if !view.presenting && ui.available_width() < super::compare_narrow::NARROW_PT {
                super::compare_narrow::compare_narrow_screen_ui(ui, view, out);
            } else {
                super::compare::compare_screen_ui(ui, view, out);
            }
            None
        }
        Screen::Blend => {
            // Above the blend's own bar while it follows the room.
            super::room::live_strip_ui(ui, view, out);
            super::blend::blend_screen_ui(ui, view, out);
            None
        }
        Screen::Room => {
            super::room::room_screen_ui(ui, view, out);
            None
        }
        Screen::Presentation => super::present::present_ui(ui, view, state, out),
        Screen::PresentBlend => {
            super::blend_present::present_blend_ui(ui, view, out);
            None
        }
    };
    // What the pointer is over this frame, so that the table, the pie and
    // the legend all highlight it next frame.
    state.hover(hovered);
}

/// The menu, the message banner, the editor on the left, the chart on the
/// right. Returns the ingredient under the pointer.
fn editor_screen_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    egui::Panel::top("menu").show(ui, |ui| super::menu::menu_ui(ui, view, state, out));
    super::banner::banner_ui(ui, view.message, view.lang, out);
    let width = ui.available_width();
    if view.settings.show_library {
        egui::Panel::left("library")
            .resizable(true)
            .default_size((width * theme::LIBRARY_FRACTION).max(220.0))
            .min_size(200.0)
            .show(ui, |ui| super::library::library_ui(ui, view, state, out));
    }
    // The editor keeps its share of the room beside the library through
    // resizes, zoom and the library coming and going, so the chart keeps
    // the rest.
    let room = ui.available_width();
    let share = super::panel_share::PanelShare::load(ui, "editor", theme::TABLE_FRACTION, room);
    // In a narrow (zoomed) window the chart keeps half and stacks.
    let narrow = super::chart_narrow::is_narrow(ui.ctx());
    let max_fraction = if narrow {
        super::chart_narrow::EDITOR_MAX_FRACTION
    } else {
        0.62
    };
    let editor_panel = share.apply(
        egui::Panel::left("editor").resizable(true),
        480.0,
        max_fraction,
    );
    let mut hovered = None;
    let shown = editor_panel.show(ui, |ui| {
        hovered = super::editor::editor_ui(ui, view, state, out);
    });
    if !narrow {
        // The share narrowing took is not the one to come back to.
        share.store(ui, shown.response.rect.width());
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if narrow {
            hovered = super::chart_narrow::narrow_chart_ui(ui, view, state, out).or(hovered);
            return;
        }
        egui::Panel::bottom("balance").show(ui, |ui| {
            ui.add_space(6.0);
            super::balance::balance_ui(ui, view);
            ui.add_space(4.0);
        });
        if let Some(h) = super::chart::chart_ui(ui, view, state, out) {
            hovered = Some(h);
        }
    });
    hovered
}
