//! The menu bar: File, Edit and View, each item a [`Command`] with its name
//! and shortcut from `command::bindings`. View also holds presentation
//! mode, the theme, zoom, the chart's readability options and the language.

use egui::Ui;

use super::{AppView, UiState};
use crate::app::command::bindings::{
    Action, PRESENT_ROOM, binding, command_keys, is_mac, shortcut_text,
};
use crate::app::command::{
    Command, EditCommand, FileCommand, MethodCommand, RoomCommand, ViewCommand, WorkshopCommand,
    ZoomChange,
};
use crate::app::theme::ThemeChoice;
use crate::app::words::theme_label;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::templates;

/// A menu item: its name and shortcut from the bindings, or `label`.
struct Items {
    lang: Lang,
    mac: bool,
}

impl Items {
    /// The item of `command`, enabled or not; named as its binding says.
    fn item(&self, ui: &mut Ui, command: Command, enabled: bool, out: &mut Vec<Command>) {
        let action = Action::Command(command.clone());
        let label = binding(&action).map_or_else(String::new, |b| tr(self.lang, b.label));
        self.named(ui, &label, command, enabled, out);
    }

    /// The item of `command` under another name (a toggle's other state).
    fn named(
        &self,
        ui: &mut Ui,
        label: &str,
        command: Command,
        enabled: bool,
        out: &mut Vec<Command>,
    ) {
        let keys = command_keys(&command, self.lang, self.mac);
        let button = egui::Button::new(label).shortcut_text(keys);
        if ui.add_enabled(enabled, button).clicked() {
            out.push(command);
        }
    }
}

/// Draws the menu bar.
pub fn menu_ui(ui: &mut Ui, view: &AppView<'_>, state: &UiState, out: &mut Vec<Command>) {
    let AppView {
        derived,
        settings,
        lang,
        ..
    } = *view;
    let t = |key: &str| tr(lang, key);
    let items = Items {
        lang,
        mac: is_mac(ui.ctx()),
    };
    let file = |c: FileCommand| Command::File(c);
    let edit = |c: EditCommand| Command::Edit(c);
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(t("menu-file"), |ui| {
            items.item(ui, file(FileCommand::New), true, out);
            ui.menu_button(t("menu-file-new-from-template"), |ui| {
                for template in templates::TEMPLATES {
                    let key = format!("template-{}", template.id);
                    if ui
                        .button(t(&key))
                        .on_hover_text(t(&format!("{key}-summary")))
                        .clicked()
                    {
                        out.push(file(FileCommand::NewFromTemplate(template.id)));
                    }
                }
            });
            items.item(ui, file(FileCommand::Open), true, out);
            ui.add_enabled_ui(!settings.recent.is_empty(), |ui| {
                ui.menu_button(t("menu-file-open-recent"), |ui| {
                    for path in &settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            out.push(file(FileCommand::OpenPath(path.clone())));
                        }
                    }
                });
            });
            ui.separator();
            items.item(ui, file(FileCommand::Save), true, out);
            items.item(ui, file(FileCommand::SaveAs), true, out);
            ui.separator();
            items.item(ui, file(FileCommand::ExportChart), true, out);
            items.item(ui, file(FileCommand::ExportCsv), true, out);
            items.item(ui, file(FileCommand::ExportSpreadsheet), true, out);
            let mut with_balance = settings.export_with_balance;
            if ui
                .checkbox(&mut with_balance, t("export-menu-with-balance"))
                .on_hover_text(t("export-menu-with-balance-hint"))
                .changed()
            {
                out.push(file(FileCommand::ToggleExportBalance));
            }
            let form = Command::Room(RoomCommand::ExportForm);
            if ui
                .button(t("room-menu-form"))
                .on_hover_text(t("room-menu-form-hint"))
                .clicked()
            {
                out.push(form);
            }
            ui.separator();
            let workshop = |c: WorkshopCommand| Command::Workshop(c);
            items.item(ui, workshop(WorkshopCommand::CompareWith), true, out);
            items.item(ui, workshop(WorkshopCommand::Blend), true, out);
            room_items_ui(ui, view, &items, out);
            ui.separator();
            items.item(ui, file(FileCommand::Quit), true, out);
        });
        ui.menu_button(t("menu-edit"), |ui| {
            let facts = &derived.facts;
            items.item(ui, edit(EditCommand::Undo), facts.can_undo, out);
            items.item(ui, edit(EditCommand::Redo), facts.can_redo, out);
            ui.separator();
            items.item(ui, edit(EditCommand::AddIngredient), true, out);
            let has_selection = state.selected().is_some();
            for command in [
                EditCommand::MoveSelectedUp,
                EditCommand::MoveSelectedDown,
                EditCommand::RemoveSelected,
            ] {
                items.item(ui, edit(command), has_selection, out);
            }
            ui.separator();
            items.item(ui, Command::Method(MethodCommand::AddStep), true, out);
            ui.separator();
            items.item(ui, file(FileCommand::CopySummary), true, out);
            items.item(ui, file(FileCommand::CopyChart), true, out);
        });
        ui.menu_button(t("menu-view"), |ui| {
            let library = if settings.show_library {
                t("menu-view-hide-library")
            } else {
                t("menu-view-library")
            };
            let toggle = Command::View(ViewCommand::ToggleLibrary);
            items.named(ui, &library, toggle, true, out);
            ui.separator();
            ui.label(t("menu-view-decimals"));
            for d in 0..=2u8 {
                if ui.radio(settings.decimals == d, d.to_string()).clicked() {
                    out.push(Command::View(ViewCommand::SetDecimals(d)));
                }
            }
            readability_items_ui(ui, view, &items, out);
        });
    });
}

/// File ▸ Open a room…, with its key in presentation named.
fn room_items_ui(ui: &mut Ui, view: &AppView<'_>, items: &Items, out: &mut Vec<Command>) {
    let key = shortcut_text(&PRESENT_ROOM, view.lang, items.mac);
    let hint = tr_args(view.lang, "room-menu-hint", &[("key", Arg::Text(&key))]);
    if ui
        .button(tr(view.lang, "room-menu"))
        .on_hover_text(hint)
        .clicked()
    {
        out.push(Command::Room(RoomCommand::Show));
    }
}

/// The View menu's readability items: presentation mode, theme, zoom,
/// small slices, the chart as a table.
fn readability_items_ui(ui: &mut Ui, view: &AppView<'_>, items: &Items, out: &mut Vec<Command>) {
    let settings = view.settings;
    let t = |key: &str| tr(view.lang, key);
    ui.separator();
    let present = Command::View(ViewCommand::EnterPresentation);
    items.item(ui, present, true, out);
    ui.separator();
    ui.label(t("menu-view-theme"));
    for choice in ThemeChoice::ALL {
        let label = theme_label(view.lang, choice);
        if ui.radio(settings.theme == choice, label).clicked() {
            out.push(Command::View(ViewCommand::SetTheme(choice)));
        }
    }
    ui.separator();
    zoom_items_ui(ui, items, out);
    ui.separator();
    let mut group = settings.group_small_slices;
    if ui
        .checkbox(&mut group, t("menu-view-group-small"))
        .changed()
    {
        out.push(Command::View(ViewCommand::ToggleGroupSmallSlices));
    }
    let mut table = settings.chart_as_table;
    if ui
        .checkbox(&mut table, t("menu-view-chart-as-table"))
        .changed()
    {
        out.push(Command::View(ViewCommand::ToggleChartTable));
    }
    ui.separator();
    language_menu_ui(ui, view, out);
}

/// View ▸ Zoom in, Zoom out, Reset zoom, in the window's language, with
/// egui's own keys (which egui reads itself) named as this system names them.
fn zoom_items_ui(ui: &mut Ui, items: &Items, out: &mut Vec<Command>) {
    use egui::gui_zoom::kb_shortcuts;
    let zoom = ui.ctx().zoom_factor();
    for (change, label, keys, enabled) in [
        (
            ZoomChange::In,
            "menu-view-zoom-in",
            kb_shortcuts::ZOOM_IN,
            zoom < 5.0,
        ),
        (
            ZoomChange::Out,
            "menu-view-zoom-out",
            kb_shortcuts::ZOOM_OUT,
            zoom > 0.2,
        ),
        (
            ZoomChange::Reset,
            "menu-view-zoom-reset",
            kb_shortcuts::ZOOM_RESET,
            zoom != 1.0,
        ),
    ] {
        let keys = shortcut_text(&keys, items.lang, items.mac);
        let button = egui::Button::new(tr(items.lang, label)).shortcut_text(keys);
        if ui.add_enabled(enabled, button).clicked() {
            out.push(Command::View(ViewCommand::Zoom(change)));
        }
    }
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
            out.push(Command::View(ViewCommand::SetLanguage(None)));
        }
        ui.separator();
        for lang in Lang::ALL {
            if ui.radio(chosen == Some(lang), lang.native_name()).clicked() {
                out.push(Command::View(ViewCommand::SetLanguage(Some(lang))));
            }
        }
    });
}
