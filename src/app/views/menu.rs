//! The menu bar: File, Edit and View, each item a [`Command`] with its
//! shortcut shown beside it. View also holds presentation mode, the theme,
//! zoom, the chart's readability options and the language.

use egui::Ui;

use super::AppView;
use crate::app::command::Command;
use crate::app::theme::ThemeChoice;
use crate::app::words::theme_label;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::templates;

/// Draws the menu bar.
pub fn menu_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let AppView {
        doc,
        settings,
        selected,
        lang,
        ..
    } = *view;
    let t = |key: &str| tr(lang, key);
    let ctx = ui.ctx().clone();
    let shortcut_text = |c: &Command| {
        c.shortcut()
            .map(|s| ctx.format_shortcut(&s))
            .unwrap_or_default()
    };
    let item =
        |ui: &mut Ui, label: &str, command: Command, enabled: bool, out: &mut Vec<Command>| {
            let button = egui::Button::new(label).shortcut_text(shortcut_text(&command));
            if ui.add_enabled(enabled, button).clicked() {
                out.push(command);
            }
        };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t("menu-file"), |ui| {
            item(ui, &t("menu-file-new"), Command::New, true, out);
            ui.menu_button(t("menu-file-new-from-template"), |ui| {
                for template in templates::TEMPLATES {
                    let key = format!("template-{}", template.id);
                    if ui
                        .button(t(&key))
                        .on_hover_text(t(&format!("{key}-summary")))
                        .clicked()
                    {
                        out.push(Command::NewFromTemplate(template.id));
                    }
                }
            });
            item(ui, &t("menu-file-open"), Command::Open, true, out);
            ui.add_enabled_ui(!settings.recent.is_empty(), |ui| {
                ui.menu_button(t("menu-file-open-recent"), |ui| {
                    for path in &settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            out.push(Command::OpenPath(path.clone()));
                        }
                    }
                });
            });
            ui.separator();
            item(ui, &t("menu-file-save"), Command::Save, true, out);
            item(ui, &t("menu-file-save-as"), Command::SaveAs, true, out);
            ui.separator();
            item(ui, &t("export-menu-chart"), Command::ExportChart, true, out);
            item(ui, &t("export-menu-csv"), Command::ExportCsv, true, out);
            ui.separator();
            item(ui, &t("menu-file-compare"), Command::CompareWith, true, out);
            item(ui, &t("menu-file-blend"), Command::Blend, true, out);
            ui.separator();
            item(ui, &t("menu-file-quit"), Command::Quit, true, out);
        });
        ui.menu_button(t("menu-edit"), |ui| {
            let can_undo = doc.history.can_undo(&doc.recipe);
            item(ui, &t("menu-edit-undo"), Command::Undo, can_undo, out);
            let can_redo = doc.history.can_redo();
            item(ui, &t("menu-edit-redo"), Command::Redo, can_redo, out);
            ui.separator();
            let add = t("menu-edit-add-ingredient");
            item(ui, &add, Command::AddIngredient, true, out);
            let has_selection = selected.is_some();
            for (key, command) in [
                ("menu-edit-move-up", Command::MoveSelectedUp),
                ("menu-edit-move-down", Command::MoveSelectedDown),
                ("menu-edit-remove-ingredient", Command::RemoveSelected),
            ] {
                item(ui, &t(key), command, has_selection, out);
            }
            ui.separator();
            item(ui, &t("menu-edit-add-step"), Command::AddStep, true, out);
            ui.separator();
            item(ui, &t("export-menu-copy"), Command::CopySummary, true, out);
        });
        ui.menu_button(t("menu-view"), |ui| {
            let library = if settings.show_library {
                t("menu-view-hide-library")
            } else {
                t("menu-view-library")
            };
            item(ui, &library, Command::ToggleLibrary, true, out);
            ui.separator();
            ui.label(t("menu-view-decimals"));
            for d in 0..=2u8 {
                if ui.radio(settings.decimals == d, d.to_string()).clicked() {
                    out.push(Command::SetDecimals(d));
                }
            }
            readability_items_ui(ui, view, out, &item);
        });
    });
}

/// A menu item: label, command, whether enabled.
type MenuItem<'a> = &'a dyn Fn(&mut Ui, &str, Command, bool, &mut Vec<Command>);

/// The View menu's readability items: presentation mode, theme, zoom,
/// small slices, the chart as a table.
fn readability_items_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    out: &mut Vec<Command>,
    item: MenuItem<'_>,
) {
    let settings = view.settings;
    let t = |key: &str| tr(view.lang, key);
    ui.separator();
    item(
        ui,
        &t("menu-view-present"),
        Command::EnterPresentation,
        true,
        out,
    );
    ui.separator();
    ui.label(t("menu-view-theme"));
    for choice in ThemeChoice::ALL {
        let label = theme_label(view.lang, choice);
        if ui.radio(settings.theme == choice, label).clicked() {
            out.push(Command::SetTheme(choice));
        }
    }
    ui.separator();
    egui::gui_zoom::zoom_menu_buttons(ui);
    ui.separator();
    let mut group = settings.group_small_slices;
    if ui
        .checkbox(&mut group, t("menu-view-group-small"))
        .changed()
    {
        out.push(Command::ToggleGroupSmallSlices);
    }
    let mut table = settings.chart_as_table;
    if ui
        .checkbox(&mut table, t("menu-view-chart-as-table"))
        .changed()
    {
        out.push(Command::ToggleChartTable);
    }
    ui.separator();
    language_menu_ui(ui, view, out);
}

/// View ▸ Language: the system's language (named in itself), then each
/// language by its own name. The choice applies at once and is kept.
fn language_menu_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let chosen = view.settings.language;
    ui.menu_button(tr(view.lang, "menu-view-language"), |ui| {
        let system = tr_args(
            view.lang,
            "menu-view-language-system",
            &[("language", Arg::Text(Lang::system().native_name()))],
        );
        if ui.radio(chosen.is_none(), system).clicked() {
            out.push(Command::SetLanguage(None));
        }
        ui.separator();
        for lang in Lang::ALL {
            if ui.radio(chosen == Some(lang), lang.native_name()).clicked() {
                out.push(Command::SetLanguage(Some(lang)));
            }
        }
    });
}
