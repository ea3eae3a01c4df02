//! The ingredient library: a searchable side panel of the CX ingredients the
//! articles name, grouped Base / Baking / Cooking / More. Click, Enter or
//! drag onto the table adds one, tagged and coloured; one already in the
//! recipe is marked ✔.

use egui::{RichText, Ui};

use super::AppView;
use super::a11y::named;
use crate::app::command::Command;
use crate::app::theme;
use crate::recipe::library::{self, Group, LibraryIngredient};

/// What a library row carries while it is dragged onto the table.
#[derive(Clone, Copy, Debug)]
pub struct LibraryPick(pub &'static str);

/// Draws the library.
pub fn library_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let recipe = &view.doc.recipe;
    ui.add_space(6.0);
    ui.heading("Ingredient library");
    let label = ui.label("Search");
    let mut query = view.library_query.to_owned();
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut query)
                .hint_text("e.g. data, baking, voice")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if field.changed() {
        out.push(Command::SetLibraryQuery(query.clone()));
    }
    let found = library::search(&query);
    // Enter in the search field adds the best match.
    if field.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && let Some(first) = found.first()
    {
        out.push(Command::AddFromLibrary(first.id));
    }
    if found.is_empty() {
        ui.label(RichText::new("Nothing matches: add your own with ➕ Add ingredient.").weak());
    }
    let in_recipe: Vec<String> = recipe
        .ingredients
        .iter()
        .map(|i| library::key(&i.name))
        .collect();
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("library")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for group in Group::ALL {
                let mut items = found.iter().filter(|i| i.group == group).peekable();
                if items.peek().is_none() {
                    continue;
                }
                ui.add_space(4.0);
                ui.label(RichText::new(group.label()).strong().size(theme::SMALL_PT));
                for item in items {
                    let present = in_recipe.contains(&library::key(item.name));
                    row_ui(ui, item, present, out);
                }
            }
        });
}

/// One library ingredient: its name, its tag, ✔ when in the recipe.
fn row_ui(ui: &mut Ui, item: &'static LibraryIngredient, present: bool, out: &mut Vec<Command>) {
    // The Baking and Cooking groups say their tag already; the others name it.
    let tag = match (item.group, item.tag) {
        (Group::Base | Group::More, Some(tag)) => format!(" · {}", tag.lowercase()),
        _ => String::new(),
    };
    let mark = if present { "✔ " } else { "" };
    let text = format!("{mark}{}{tag}", item.name);
    let button = egui::Button::new(text)
        .frame_when_inactive(false)
        .sense(egui::Sense::click_and_drag())
        .min_size(egui::vec2(ui.available_width(), 0.0));
    let response = ui.add(button);
    // Dragged onto the table, it is added there.
    response.dnd_set_drag_payload(LibraryPick(item.id));
    let action = if present {
        format!("{} is in the recipe: select it", item.name)
    } else {
        format!("Add {}", item.name)
    };
    let response = named(response, &action).on_hover_text(format!(
        "{}\n{action} (click, Enter, or drag onto the table)",
        item.description
    ));
    let clicked = response.clicked();
    if clicked {
        out.push(Command::AddFromLibrary(item.id));
    }
}
