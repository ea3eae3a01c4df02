//! The editor panel: the recipe's title, the tabs (ingredients, method,
//! profile) and the chosen tab's view; under the ingredient table, the
//! footer (add, total, unit system, problems).

use egui::Ui;

use super::AppView;
use super::footer::footer_ui;
use super::library::LibraryPick;
use super::method::method_ui;
use super::profile::profile_ui;
use super::table::{TableView, table_ui};
use crate::app::command::{Command, EditorTab};
use crate::app::words::tab_label;
use crate::i18n::tr;
use crate::recipe::format;

/// What the editor reports back besides commands.
#[derive(Debug, Default)]
pub struct EditorOutput {
    /// The row under the pointer.
    pub hovered: Option<usize>,
    /// The name field asked for took the keyboard.
    pub name_focused: bool,
    /// The step title asked for took the keyboard.
    pub step_focused: bool,
}

/// Draws the editor panel.
pub fn editor_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> EditorOutput {
    let recipe = &view.doc.recipe;
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
            out.push(Command::SetTitle(title));
        }
    });
    ui.add_space(2.0);
    ui.horizontal(|ui| {
        for (n, tab) in EditorTab::ALL.into_iter().enumerate() {
            let text = match tab {
                EditorTab::Method if !recipe.steps.is_empty() => {
                    format!("{} ({})", tab_label(lang, tab), recipe.steps.len())
                }
                _ => tab_label(lang, tab),
            };
            let response = ui
                .selectable_label(view.tab == tab, text)
                .on_hover_text(format!("Ctrl+{}", n + 1));
            if response.clicked() {
                out.push(Command::ShowTab(tab));
            }
        }
    });
    ui.separator();
    let mut result = EditorOutput::default();
    match view.tab {
        EditorTab::Ingredients => {
            egui::Panel::bottom("table-footer").show(ui, |ui| {
                ui.add_space(6.0);
                footer_ui(ui, recipe, view.settings.show_library, lang, out);
                ui.add_space(4.0);
            });
            let percents = recipe.rounded_percentages(view.settings.decimals);
            let table = TableView {
                recipe,
                percents: &percents,
                selected: view.selected,
                hovered: view.hovered,
                decimals: view.settings.decimals,
                focus_name: view.focus_name,
                scroll_to: view.scroll_to,
                lang,
            };
            // A library ingredient dropped anywhere on the table is added.
            // A panel narrower than the table (zoomed in) scrolls it
            // sideways rather than growing over the chart.
            let (drop, pick) = ui.dnd_drop_zone::<LibraryPick, _>(egui::Frame::NONE, |ui| {
                egui::ScrollArea::horizontal()
                    .id_salt("table-sideways")
                    .auto_shrink([false, true])
                    .show(ui, |ui| table_ui(ui, &table, out))
                    .inner
            });
            if let Some(pick) = pick {
                out.push(Command::AddFromLibrary(pick.0));
            }
            result.hovered = drop.inner.hovered;
            result.name_focused = drop.inner.name_focused;
        }
        EditorTab::Method => result.step_focused = method_ui(ui, view, out),
        EditorTab::Profile => profile_ui(ui, recipe, lang, out),
    }
    result
}
