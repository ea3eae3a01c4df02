//! The editor panel: the recipe's title, the tabs (ingredients, method,
//! profile) and the chosen tab's view; under the ingredient table, the
//! footer (add, total, unit system, problems).

use egui::Ui;

use super::footer::footer_ui;
use super::library::LibraryPick;
use super::method::method_ui;
use super::profile::profile_ui;
use super::table::{TableView, table_ui};
use super::{AppView, UiState};
use crate::app::command::bindings::{is_mac, shortcut_text, ui_shortcut_of};
use crate::app::command::{Command, EditCommand};
use crate::app::theme;
use crate::app::ui_state::{EditorTab, UiAction};
use crate::app::words::tab_label;
use crate::i18n::tr;
use crate::recipe::format;

/// The table rows a short (zoomed) panel keeps in view at least.
const TABLE_MIN_ROWS: f32 = 6.5;
/// The least height of the footer (it scrolls).
const FOOTER_MIN_PT: f32 = 48.0;

/// Draws the editor panel; returns the row under the pointer.
pub fn editor_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    let recipe = view.recipe;
    let lang = view.lang;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "editor-recipe"));
        let mut title = recipe.title.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut title)
                    .hint_text(tr(lang, "editor-title-hint"))
                    .desired_width(f32::INFINITY)
                    .font(egui::TextStyle::Heading)
                    .char_limit(format::MAX_NAME_CHARS),
            )
            .labelled_by(label.id);
        if response.changed() {
            out.push(Command::Edit(EditCommand::SetTitle(title)));
        }
    });
    ui.add_space(2.0);
    let mac = is_mac(ui.ctx());
    // The tabs wrap onto a second line in a narrow (zoomed) panel.
    ui.horizontal_wrapped(|ui| {
        for tab in EditorTab::ALL {
            let text = match tab {
                EditorTab::Method if !recipe.steps.is_empty() => {
                    format!("{} ({})", tab_label(lang, tab), recipe.steps.len())
                }
                _ => tab_label(lang, tab),
            };
            let keys = ui_shortcut_of(UiAction::ShowTab(tab))
                .map(|s| shortcut_text(&s, lang, mac))
                .unwrap_or_default();
            let response = ui
                .selectable_label(state.tab() == tab, text)
                .on_hover_text(keys);
            if response.clicked() {
                state.show_tab(tab);
            }
        }
    });
    ui.separator();
    match state.tab() {
        EditorTab::Ingredients => {
            // In a short (zoomed) panel the footer takes at most half the
            // height (less where the table needs it) and scrolls, so none of it falls off the window. (The
            // scrolled height is also its least, so that the panel, sized
            // by last frame, grows when a line is added.)
            // The table keeps room for at least TABLE_MIN_ROWS rows (and its
            // header): a short panel's footer scrolls instead.
            let table_h = (TABLE_MIN_ROWS + 1.0) * theme::ROW_HEIGHT_PT;
            let cap = (ui.available_height() * 0.5)
                .min(ui.available_height() - table_h)
                .max(FOOTER_MIN_PT);
            egui::Panel::bottom("table-footer").show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("table-footer-scroll")
                    .auto_shrink([false, true])
                    .max_height(cap)
                    .min_scrolled_height(cap)
                    .show(ui, |ui| {
                        ui.add_space(6.0);
                        footer_ui(ui, view, state, out);
                        ui.add_space(4.0);
                    });
            });
            let table = TableView {
                recipe,
                rows: view.rows,
                derived: view.derived,
                decimals: view.settings.decimals,
                lang,
            };
            // A library ingredient dropped anywhere on the table is added.
            // A panel narrower than the table (zoomed in) scrolls it
            // sideways rather than growing over the chart.
            let (drop, pick) = ui.dnd_drop_zone::<LibraryPick, _>(egui::Frame::NONE, |ui| {
                egui::ScrollArea::horizontal()
                    .id_salt("table-sideways")
                    .auto_shrink([false, true])
                    .show(ui, |ui| table_ui(ui, &table, state, out))
                    .inner
            });
            if let Some(pick) = pick {
                out.push(Command::Edit(EditCommand::AddFromLibrary(pick.0)));
            }
            drop.inner
        }
        EditorTab::Method => {
            method_ui(ui, view, state, out);
            None
        }
        EditorTab::Profile => {
            profile_ui(ui, view, out);
            None
        }
        EditorTab::Notes => {
            super::notes::notes_ui(ui, view, state, out);
            None
        }
    }
}
