//! The menu bar: File, Edit and View, each item a [`Command`] with its
//! shortcut shown beside it. View also holds presentation mode, the theme,
//! zoom and the chart's readability options.

use egui::Ui;

use super::AppView;
use crate::app::command::Command;
use crate::app::theme::ThemeChoice;
use crate::i18n::tr;
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
        ui.menu_button("File", |ui| {
            item(ui, "New", Command::New, true, out);
            ui.menu_button("New from template", |ui| {
                for template in templates::TEMPLATES {
                    if ui
                        .button(template.title)
                        .on_hover_text(template.summary)
                        .clicked()
                    {
                        out.push(Command::NewFromTemplate(template.id));
                    }
                }
            });
            item(ui, "Open…", Command::Open, true, out);
            ui.add_enabled_ui(!settings.recent.is_empty(), |ui| {
                ui.menu_button("Open recent", |ui| {
                    for path in &settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            out.push(Command::OpenPath(path.clone()));
                        }
                    }
                });
            });
            ui.separator();
            item(ui, "Save", Command::Save, true, out);
            item(ui, "Save as…", Command::SaveAs, true, out);
            ui.separator();
            item(
                ui,
                &tr(lang, "export-menu-chart"),
                Command::ExportChart,
                true,
                out,
            );
            item(
                ui,
                &tr(lang, "export-menu-csv"),
                Command::ExportCsv,
                true,
                out,
            );
            ui.separator();
            item(ui, "Compare with…", Command::CompareWith, true, out);
            item(ui, "Blend…", Command::Blend, true, out);
            ui.separator();
            item(ui, "Quit", Command::Quit, true, out);
        });
        ui.menu_button("Edit", |ui| {
            let can_undo = doc.history.can_undo(&doc.recipe);
            item(ui, "Undo", Command::Undo, can_undo, out);
            item(ui, "Redo", Command::Redo, doc.history.can_redo(), out);
            ui.separator();
            item(ui, "Add ingredient", Command::AddIngredient, true, out);
            let has_selection = selected.is_some();
            item(ui, "Move up", Command::MoveSelectedUp, has_selection, out);
            item(
                ui,
                "Move down",
                Command::MoveSelectedDown,
                has_selection,
                out,
            );
            item(
                ui,
                "Remove ingredient",
                Command::RemoveSelected,
                has_selection,
                out,
            );
            ui.separator();
            item(ui, "Add step", Command::AddStep, true, out);
            ui.separator();
            item(
                ui,
                &tr(lang, "export-menu-copy"),
                Command::CopySummary,
                true,
                out,
            );
        });
        ui.menu_button("View", |ui| {
            let library = if settings.show_library {
                "Hide ingredient library"
            } else {
                "Ingredient library"
            };
            item(ui, library, Command::ToggleLibrary, true, out);
            ui.separator();
            ui.label("Decimals in percentages");
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
    ui.separator();
    item(ui, "Present", Command::EnterPresentation, true, out);
    ui.separator();
    ui.label("Theme");
    for choice in ThemeChoice::ALL {
        if ui.radio(settings.theme == choice, choice.label()).clicked() {
            out.push(Command::SetTheme(choice));
        }
    }
    ui.separator();
    egui::gui_zoom::zoom_menu_buttons(ui);
    ui.separator();
    let mut group = settings.group_small_slices;
    if ui
        .checkbox(&mut group, "Group slices under 3 % as “Other”")
        .changed()
    {
        out.push(Command::ToggleGroupSmallSlices);
    }
    let mut table = settings.chart_as_table;
    if ui
        .checkbox(&mut table, "Show the chart as a table")
        .changed()
    {
        out.push(Command::ToggleChartTable);
    }
}
