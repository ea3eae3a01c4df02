//! The ingredient library: a searchable side panel of the CX ingredients the
//! articles name, grouped Base / Baking / Cooking / More. Click, Enter or
//! drag onto the table adds one, tagged and coloured; one already in the
//! recipe is marked ✔.

use egui::{RichText, Ui};

use super::a11y::named;
use super::{AppView, UiState};
use crate::app::command::{Command, EditCommand};
use crate::app::theme;
use crate::app::words::{group_label, tag_lower};
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::library::{self, Group, LibraryIngredient};

/// What a library row carries while it is dragged onto the table.
#[derive(Clone, Copy, Debug)]
pub struct LibraryPick(pub &'static str);

/// The panel's title on one line: a word longer than the panel is wide
/// ("Zutatenbibliothek" in a 220-point panel) is set smaller, down to the
/// body size, rather than broken inside the word.
fn heading_ui(ui: &mut Ui, title: &str) {
    let heading = egui::TextStyle::Heading.resolve(ui.style());
    let body = egui::TextStyle::Body.resolve(ui.style()).size;
    let colour = ui.visuals().strong_text_color();
    let wide = ui
        .painter()
        .layout_no_wrap(title.to_owned(), heading.clone(), colour)
        .size()
        .x;
    let room = ui.available_width();
    let size = if wide > room && wide > 0.0 {
        (heading.size * room / wide).floor().max(body)
    } else {
        heading.size
    };
    ui.label(RichText::new(title).heading().size(size));
}

/// Draws the library.
pub fn library_ui(ui: &mut Ui, view: &AppView<'_>, state: &mut UiState, out: &mut Vec<Command>) {
    let lang = view.lang;
    ui.add_space(6.0);
    heading_ui(ui, &tr(lang, "library-title"));
    let label = ui.label(tr(lang, "library-search"));
    let mut query = state.library_query().to_owned();
    let field = ui
        .add(
            egui::TextEdit::singleline(&mut query)
                .hint_text(tr(lang, "library-search-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if field.changed() {
        state.set_library_query(query.clone());
    }
    let found = search(&query, lang);
    // Enter in the search field adds the best match.
    if field.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && let Some(first) = found.first()
    {
        out.push(Command::Edit(EditCommand::AddFromLibrary(first.id)));
    }
    if found.is_empty() {
        ui.label(RichText::new(tr(lang, "library-nothing")).weak());
    }
    // In any language: "Eficiencia" in the recipe is the library's Efficiency.
    let in_recipe = &view.derived.library_ids;
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
                let heading = group_label(lang, group);
                ui.label(RichText::new(heading).strong().size(theme::SMALL_PT));
                for item in items {
                    let present = in_recipe.contains(&item.id);
                    row_ui(ui, item, present, lang, out);
                }
            }
        });
}

/// One library ingredient: its name, its tag, ✔ when in the recipe.
fn row_ui(
    ui: &mut Ui,
    item: &'static LibraryIngredient,
    present: bool,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    // The Baking and Cooking groups say their tag already; the others name it.
    let tag = match (item.group, item.tag) {
        (Group::Base | Group::More, Some(tag)) => format!(" · {}", tag_lower(lang, tag)),
        _ => String::new(),
    };
    let mark = if present { "✔ " } else { "" };
    let name = item.name_in(lang);
    let text = format!("{mark}{name}{tag}");
    let button = egui::Button::new(text)
        .frame_when_inactive(false)
        .sense(egui::Sense::click_and_drag())
        .min_size(egui::vec2(ui.available_width(), 0.0));
    let response = ui.add(button);
    // Dragged onto the table, it is added there.
    response.dnd_set_drag_payload(LibraryPick(item.id));
    let key = if present {
        "library-select"
    } else {
        "library-add"
    };
    let action = tr_args(lang, key, &[("name", Arg::Text(&name))]);
    let how = tr_args(lang, "library-how", &[("action", Arg::Text(&action))]);
    let response =
        named(response, &action).on_hover_text(format!("{}\n{how}", item.description_in(lang)));
    let clicked = response.clicked();
    if clicked {
        out.push(Command::Edit(EditCommand::AddFromLibrary(item.id)));
    }
}

/// The library ingredients that match a query, in the window's language as
/// well as in English (its names, aliases and descriptions): names in
/// `lang` that start with the query first, then the library order.
fn search(query: &str, lang: Lang) -> Vec<&'static LibraryIngredient> {
    let english = library::search(query);
    if lang == Lang::En {
        return english;
    }
    let query = library::key(query);
    let words: Vec<&str> = query.split_whitespace().collect();
    let mut found: Vec<&'static LibraryIngredient> = library::LIBRARY
        .iter()
        .filter(|ing| {
            let text = library::key(&format!(
                "{}\n{}\n{}",
                ing.name_in(lang),
                ing.description_in(lang),
                group_label(lang, ing.group)
            ));
            english.iter().any(|e| e.id == ing.id) || words.iter().all(|w| text.contains(w))
        })
        .collect();
    found.sort_by_key(|ing| !library::key(&ing.name_in(lang)).starts_with(&query));
    found
}
