//! Notes and author: the Notes tab, where the recipe's author (who made
//! it: shown when presenting and in a blend's reveal), its notes (a
//! template's explanation, a team blend's spread and merged spellings) and
//! the selected ingredient's note are read and written; and the note
//! button of a table row, whose editor stays open while it is typed in
//! (it closes on a click outside it, or Esc).

use egui::{Popup, PopupCloseBehavior, RichText, Ui};

use super::a11y::icon_named;
use super::{AppView, UiState};
use crate::app::command::{Command, EditCommand};
use crate::app::document::RowId;
use crate::app::words::{ingredient_name, preview};
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::format::MAX_TEXT_CHARS;

/// Tooltips and accessible names show at most this much of a note.
pub const NOTE_PREVIEW_CHARS: usize = 200;

/// The Notes tab.
pub fn notes_ui(ui: &mut Ui, view: &AppView<'_>, state: &UiState, out: &mut Vec<Command>) {
    let (recipe, lang) = (view.recipe, view.lang);
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .id_salt("notes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let label = ui.strong(tr(lang, "notes-author"));
            let mut author = recipe.author.clone();
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut author)
                        .hint_text(tr(lang, "notes-author-hint"))
                        .desired_width(f32::INFINITY)
                        .char_limit(MAX_TEXT_CHARS),
                )
                .labelled_by(label.id)
                .on_hover_text(tr(lang, "notes-author-why"));
            if field.changed() {
                out.push(Command::Edit(EditCommand::SetAuthor(author)));
            }
            ui.add_space(10.0);
            let label = ui.strong(tr(lang, "notes-recipe"));
            let mut notes = recipe.notes.clone();
            let field = ui
                .add(
                    egui::TextEdit::multiline(&mut notes)
                        .id_salt("recipe-notes")
                        .hint_text(tr(lang, "notes-recipe-hint"))
                        .desired_rows(8)
                        .desired_width(f32::INFINITY)
                        .char_limit(MAX_TEXT_CHARS),
                )
                .labelled_by(label.id);
            if field.changed() {
                out.push(Command::Edit(EditCommand::SetNotes(notes)));
            }
            ui.add_space(10.0);
            ingredient_note_ui(ui, view, state, out);
        });
}

/// The selected ingredient's note, or how to choose one.
fn ingredient_note_ui(ui: &mut Ui, view: &AppView<'_>, state: &UiState, out: &mut Vec<Command>) {
    let lang = view.lang;
    let chosen = state
        .selected()
        .and_then(|i| Some((i, view.recipe.ingredients.get(i)?)));
    let Some((i, ingredient)) = chosen else {
        ui.label(RichText::new(tr(lang, "notes-select-ingredient")).weak());
        return;
    };
    let name = ingredient_name(lang, i, &ingredient.name);
    let label = ui.strong(tr_args(
        lang,
        "table-note-on",
        &[("name", Arg::Text(&name))],
    ));
    let row_id = view.rows.ingredients.get(i).copied().unwrap_or_default();
    let mut note = ingredient.note.clone();
    let field = ui
        .add(
            egui::TextEdit::multiline(&mut note)
                .id(egui::Id::unique(("notes-tab-ingredient-note", row_id)))
                .hint_text(tr(lang, "table-note-hint"))
                .desired_rows(4)
                .desired_width(f32::INFINITY)
                .char_limit(MAX_TEXT_CHARS),
        )
        .labelled_by(label.id);
    if field.changed() {
        out.push(Command::Edit(EditCommand::SetNote(i, note)));
    }
}

/// The note button's icon: a blank page, or a written one.
pub fn note_icon(note: &str) -> &'static str {
    if note.is_empty() { "🗋" } else { "📝" }
}

/// The note button's accessible name and tooltip.
pub fn note_button_named(
    button: egui::Response,
    name: &str,
    note: &str,
    lang: Lang,
) -> egui::Response {
    let about = |key: &str| tr_args(lang, key, &[("name", Arg::Text(name))]);
    icon_named(
        button,
        || about("table-note-on"),
        || {
            if note.is_empty() {
                about("table-add-note")
            } else {
                let shown = preview(note, NOTE_PREVIEW_CHARS);
                tr_args(lang, "table-note", &[("note", Arg::Text(&shown))])
            }
        },
    )
}

/// A table row's note button: 🗋 without a note, 📝 with one (its start as
/// the tooltip); a click opens the note's editor beside it.
pub fn note_button_ui(
    ui: &mut Ui,
    (i, row_id): (usize, RowId),
    name: &str,
    note: &str,
    lang: Lang,
    out: &mut Vec<Command>,
) -> egui::Response {
    let about = |key: &str| tr_args(lang, key, &[("name", Arg::Text(name))]);
    let button = ui.add(egui::Button::new(note_icon(note)).frame_when_inactive(false));
    let button = note_button_named(button, name, note, lang);
    let editor_id = egui::Id::unique(("ingredient-note", row_id));
    Popup::from_toggle_button_response(&button)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .width(340.0)
        .show(|ui| {
            let label = ui.label(about("table-note-on"));
            let mut text = note.to_owned();
            egui::ScrollArea::vertical()
                .id_salt(("note-editor", row_id))
                .max_height(320.0)
                .show(ui, |ui| {
                    let field = ui
                        .add(
                            egui::TextEdit::multiline(&mut text)
                                .id(editor_id)
                                .hint_text(tr(lang, "table-note-hint"))
                                .desired_rows(5)
                                .desired_width(320.0)
                                .char_limit(MAX_TEXT_CHARS),
                        )
                        .labelled_by(label.id);
                    if button.clicked() {
                        field.request_focus();
                    }
                    if field.changed() {
                        out.push(Command::Edit(EditCommand::SetNote(i, text)));
                    }
                });
        });
    button
}
