//! What the window shows, and how each screen lays out its views. A new
//! screen (presentation, compare, blend) is a variant here, a match arm in
//! [`screen_ui`], and its views in files of their own under `views/`.

use egui::Ui;

use super::command::Command;
use super::theme;
use super::views::{self, AppView};

/// The screens the window can show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// The table beside the live pie: where a recipe is made.
    #[default]
    Editor,
    /// Two recipes side by side, and what changed between them.
    Compare,
    /// Participants' recipes blended, and the reveal for the room.
    Blend,
    /// The chart alone, full screen and in large type, for an audience;
    /// driven from the keyboard.
    Presentation,
}

/// What the views report back this frame, besides commands.
#[derive(Debug, Default)]
pub struct ScreenOutput {
    /// The ingredient under the pointer (table, pie or legend).
    pub hovered: Option<usize>,
    /// The name field asked for took the keyboard.
    pub name_focused: bool,
    /// The step title asked for took the keyboard.
    pub step_focused: bool,
}

/// Draws the current screen from read-only state; edits go into `out`.
pub fn screen_ui(
    ui: &mut Ui,
    screen: Screen,
    view: &AppView<'_>,
    out: &mut Vec<Command>,
) -> ScreenOutput {
    match screen {
        Screen::Editor => editor_screen_ui(ui, view, out),
        Screen::Compare => views::compare::compare_screen_ui(ui, view, out),
        Screen::Blend => views::blend::blend_screen_ui(ui, view, out),
        Screen::Presentation => views::present::present_ui(ui, view, out),
    }
}

/// The menu, the message banner, the editor on the left, the chart on the right.
fn editor_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> ScreenOutput {
    egui::Panel::top("menu").show(ui, |ui| views::menu::menu_ui(ui, view, out));
    views::banner::banner_ui(ui, view.message, view.lang, out);
    let width = ui.available_width();
    let mut result = ScreenOutput::default();
    if view.settings.show_library {
        egui::Panel::left("library")
            .resizable(true)
            .default_size((width * theme::LIBRARY_FRACTION).max(220.0))
            .min_size(200.0)
            .show(ui, |ui| views::library::library_ui(ui, view, out));
    }
    // The editor keeps its share of the room beside the library through
    // resizes, zoom and the library coming and going, so the chart keeps
    // the rest.
    let room = ui.available_width();
    let share = views::panel_share::PanelShare::load(ui, "editor", theme::TABLE_FRACTION, room);
    let editor_panel = share.apply(egui::Panel::left("editor").resizable(true), 480.0, 0.62);
    let shown = editor_panel.show(ui, |ui| {
        let editor = views::editor::editor_ui(ui, view, out);
        result.hovered = editor.hovered;
        result.name_focused = editor.name_focused;
        result.step_focused = editor.step_focused;
    });
    share.store(ui, shown.response.rect.width());
    egui::CentralPanel::default().show(ui, |ui| {
        egui::Panel::bottom("balance").show(ui, |ui| {
            ui.add_space(6.0);
            views::balance::balance_ui(ui, &view.doc.recipe, view.lang);
            ui.add_space(4.0);
        });
        if let Some(h) = views::chart::chart_ui(ui, view, out) {
            result.hovered = Some(h);
        }
    });
    result
}
