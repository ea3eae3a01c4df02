//! The editor panel: the recipe's title, the ingredient table and, below it,
//! the footer (add, total, unit system, problems).

use egui::Ui;

use super::AppView;
use super::footer::footer_ui;
use super::table::{TableOutput, TableView, table_ui};
use crate::app::command::Command;
use crate::recipe::format;

/// Draws the editor panel.
pub fn editor_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> TableOutput {
    let recipe = &view.doc.recipe;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label("Recipe");
        let mut title = recipe.title.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut title)
                    .hint_text("Recipe title")
                    .desired_width(f32::INFINITY)
                    .font(egui::TextStyle::Heading)
                    .char_limit(format::MAX_NAME_CHARS),
            )
            .labelled_by(label.id);
        if response.changed() {
            out.push(Command::SetTitle(title));
        }
    });
    ui.add_space(4.0);
    egui::Panel::bottom("table-footer").show(ui, |ui| {
        ui.add_space(6.0);
        footer_ui(ui, recipe, out);
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
    };
    table_ui(ui, &table, out)
}
