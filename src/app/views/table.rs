//! The ingredient table: one row per ingredient, every cell an edit that is
//! sent back as a [`Command`].

use egui::{Align, Layout, RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder};

use super::UiState;
use super::a11y::{described, icon_named};
use super::library::LibraryPick;
use super::widgets::select_all;
use crate::app::command::{Command, EditCommand};
use crate::app::derived::Derived;
use crate::app::document::{RowId, RowIds};
use crate::app::theme;
use crate::app::words::{ingredient_name, tag_label, tag_meaning, unit_label};
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::Tag;
use crate::recipe::format::{MAX_AMOUNT, MAX_NAME_CHARS};
use crate::recipe::{Ingredient, Recipe, Unit, UnitSystem};

/// What the table shows.
pub struct TableView<'a> {
    /// The recipe.
    pub recipe: &'a Recipe,
    /// Its rows' identities: every field of a row is keyed by its row's.
    pub rows: &'a RowIds,
    /// Percentages and unit system, derived once per revision.
    pub derived: &'a Derived,
    /// Decimals of the percentages.
    pub decimals: u8,
    /// The window's language.
    pub lang: Lang,
}

/// Shows the table; returns the row under the pointer.
pub fn table_ui(
    ui: &mut Ui,
    view: &TableView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    let TableView {
        recipe,
        rows,
        derived,
        decimals,
        lang,
    } = *view;
    let system = derived.unit_system.unwrap_or(UnitSystem::Parts);
    let shares = derived.shares.as_deref().unwrap_or_default();
    let (selected, hovered, focus_name) = (state.selected(), state.hovered(), state.focus_name());
    let scroll_to = state.take_scroll_to_selected();
    let mut hovered_now = None;
    let mut name_focused = false;
    ui.spacing_mut().item_spacing.x = 4.0;
    let mut table = TableBuilder::new(ui)
        .id_salt("ingredients")
        .striped(true)
        .sense(Sense::click())
        .auto_shrink([false, true])
        // Never taller than its room (egui_extras asks 200 pt by default),
        // so in a short, zoomed panel it scrolls instead of covering the
        // footer.
        .min_scrolled_height(0.0)
        .cell_layout(Layout::left_to_right(Align::Center))
        // Narrow enough that at the default 1280×800 window every column
        // (the remove icon too) fits and the name keeps about 180 pt; a
        // narrower panel (zoomed in) scrolls the table sideways.
        .column(Column::exact(22.0)) // handle
        .column(Column::exact(34.0)) // colour
        .column(Column::remainder().at_least(120.0).clip(true)) // name
        .column(Column::exact(68.0)) // amount
        .column(Column::exact(126.0)) // unit
        .column(Column::exact(78.0)) // share
        .column(Column::exact(84.0)) // tag
        .column(Column::exact(30.0)) // lock
        .column(Column::exact(30.0)) // note
        .column(Column::exact(30.0)); // remove
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, None);
    }
    table
        .header(theme::ROW_HEIGHT_PT, |mut header| {
            for key in [
                "",
                "",
                "table-ingredient",
                "table-amount",
                "table-unit",
                "table-share",
                "table-kind",
                "",
                "",
                "",
            ] {
                let title = if key.is_empty() {
                    String::new()
                } else {
                    tr(lang, key)
                };
                header.col(|ui| {
                    // A long word in another language is cut, not spilled
                    // over the next column; the whole shows on hover.
                    ui.add(egui::Label::new(RichText::new(title).strong()).truncate());
                });
            }
        })
        .body(|body| {
            body.rows(theme::ROW_HEIGHT_PT, recipe.ingredients.len(), |mut row| {
                let i = row.index();
                let Some(ing) = recipe.ingredients.get(i) else {
                    return;
                };
                row.set_selected(selected == Some(i));
                row.set_hovered(hovered == Some(i));
                let percent = shares.get(i).copied().zip(derived.percent_texts.get(i));
                let colour = derived
                    .display_colours
                    .get(i)
                    .copied()
                    .unwrap_or(ing.colour);
                if focus_name == Some(i) {
                    name_focused = true;
                }
                let cells = RowCells {
                    i,
                    id: rows.ingredients.get(i).copied().unwrap_or_default(),
                    ing,
                    percent,
                    colour,
                    system,
                    decimals,
                    focus_name: focus_name == Some(i),
                    lang,
                };
                if row_ui(&mut row, &cells, out) {
                    state.select(Some(i));
                }
                let response = row.response();
                if response.clicked() {
                    state.select(Some(i));
                }
                if response.hovered() {
                    hovered_now = Some(i);
                }
                if let Some(from) = response.dnd_release_payload::<usize>() {
                    out.push(Command::Edit(EditCommand::Move { from: *from, to: i }));
                }
                if let Some(pick) = response.dnd_release_payload::<LibraryPick>() {
                    out.push(Command::Edit(EditCommand::AddFromLibrary(pick.0)));
                }
            });
        });
    // The name field asked for was drawn and took the keyboard (a
    // virtualised row may be drawn only after scrolling).
    if name_focused {
        state.name_focused();
    }
    hovered_now
}

/// What one row's cells show.
struct RowCells<'a> {
    i: usize,
    /// The row's identity: what its widgets' ids are made of.
    id: RowId,
    ing: &'a Ingredient,
    /// The exact share and how it is shown (rounded on its own, as the
    /// pie and the verdict show it).
    percent: Option<(f64, &'a String)>,
    /// The colour the pie draws it in (`Derived::display_colours`).
    colour: crate::recipe::Colour,
    system: UnitSystem,
    decimals: u8,
    focus_name: bool,
    lang: Lang,
}

/// One row's cells; returns whether a field of it took the keyboard (which
/// selects the row).
fn row_ui(
    row: &mut egui_extras::TableRow<'_, '_>,
    cells: &RowCells<'_>,
    out: &mut Vec<Command>,
) -> bool {
    let RowCells {
        i,
        id: row_id,
        ing,
        percent,
        colour,
        system,
        decimals,
        focus_name,
        lang,
    } = *cells;
    let name_for_people = || ingredient_name(lang, i, &ing.name);
    // A sentence about this ingredient, from the catalogue.
    let about = |key: &str| tr_args(lang, key, &[("name", Arg::Text(&name_for_people()))]);
    let edit = |e: EditCommand| Command::Edit(e);
    let mut focused = false;
    row.col(|ui| {
        let id = egui::Id::unique(("drag-ingredient", row_id));
        let response = ui
            .dnd_drag_source(id, i, |ui| {
                ui.label("☰");
            })
            .response;
        icon_named(
            response,
            || about("table-move-of"),
            || about("table-move-hint"),
        );
    });
    row.col(|ui| {
        let mut rgb = colour.rgb();
        let response = described(ui.color_edit_button_srgb(&mut rgb), || {
            about("table-colour-of")
        });
        if response.changed() {
            out.push(edit(EditCommand::SetColour(i, rgb.into())));
        }
    });
    row.col(|ui| {
        let mut name = ing.name.clone();
        let id = egui::Id::unique(("ingredient-name", row_id));
        let response = ui.add(
            egui::TextEdit::singleline(&mut name)
                .id(id)
                .hint_text(tr(lang, "table-name-hint"))
                .desired_width(f32::INFINITY)
                .char_limit(MAX_NAME_CHARS),
        );
        let response = described(response, || about("table-name-of"));
        if focus_name {
            // A new ingredient's placeholder name is selected, so that
            // typing replaces it.
            response.request_focus();
            select_all(ui, id, &name);
        }
        if response.changed() {
            out.push(edit(EditCommand::SetName(i, name)));
        }
        focused |= response.gained_focus();
    });
    row.col(|ui| {
        let mut amount = ing.amount;
        let speed = (ing.amount.abs() * 0.01).max(0.01);
        let response = ui.add(
            egui::DragValue::new(&mut amount)
                .range(0.0..=MAX_AMOUNT)
                .speed(speed)
                .max_decimals(3)
                .custom_formatter(|v, _| number::amount(lang, v))
                .custom_parser(|typed| number::parse_number(lang, typed).ok()),
        );
        let response = described(response, || about("table-amount-of"));
        if response.changed() {
            out.push(edit(EditCommand::SetAmount(i, amount)));
        }
        focused |= response.gained_focus();
    });
    row.col(|ui| {
        let response = egui::ComboBox::new(("unit", row_id), "")
            .selected_text(unit_label(lang, ing.unit, ing.amount))
            .width(118.0)
            .height(440.0)
            .show_ui(ui, |ui| {
                for &unit in system.units() {
                    if ui
                        .selectable_label(ing.unit == unit, unit_menu_label(lang, unit))
                        .clicked()
                        && unit != ing.unit
                    {
                        out.push(edit(EditCommand::SetUnit(i, unit)));
                    }
                }
            })
            .response;
        described(response, || about("table-unit-of"));
    });
    row.col(|ui| match percent {
        Some((share, text)) => {
            // The share at the decimals shown: the field never writes back
            // a value of its own rounding as an edit.
            let scale = 10f64.powi(i32::from(decimals));
            let shown = (share * 100.0 * scale).round() / scale;
            let mut value = shown;
            let response = ui.add(
                egui::DragValue::new(&mut value)
                    .range(0.0..=100.0)
                    .speed(0.1)
                    .fixed_decimals(usize::from(decimals))
                    .custom_formatter(|v, _| {
                        if (v - shown).abs() < 1e-9 {
                            // Already in the language's format.
                            text.clone()
                        } else {
                            number::localise(lang, &format!("{v:.*} %", usize::from(decimals)))
                        }
                    })
                    .custom_parser(|typed| {
                        number::parse_number(lang, typed.trim().trim_end_matches('%')).ok()
                    }),
            );
            let response = described(response, || about("table-share-of"));
            if response.changed() {
                out.push(edit(EditCommand::SetPercent(i, value)));
            }
        }
        None => {
            ui.label("–").on_hover_text(tr(lang, "table-no-shares"));
        }
    });
    row.col(|ui| tag_ui(ui, (i, row_id), ing, lang, out));
    row.col(|ui| {
        let icon = if ing.locked { "🔒" } else { "🔓" };
        let hint = || {
            if ing.locked {
                about("table-unlock")
            } else {
                about("table-lock")
            }
        };
        let button = egui::Button::selectable(ing.locked, icon).frame_when_inactive(false);
        if icon_named(ui.add(button), hint, hint).clicked() {
            out.push(edit(EditCommand::ToggleLock(i)));
        }
    });
    row.col(|ui| {
        let name = name_for_people();
        super::notes::note_button_ui(ui, (i, row_id), &name, &ing.note, lang, out);
    });
    row.col(|ui| {
        let label = || about("table-remove");
        let button = egui::Button::new("🗑").frame_when_inactive(false);
        if icon_named(ui.add(button), label, label).clicked() {
            out.push(edit(EditCommand::Remove(i)));
        }
    });
    focused
}

/// The tag cell: baking, cooking or neither, from a small menu.
fn tag_ui(
    ui: &mut Ui,
    (i, row_id): (usize, RowId),
    ing: &Ingredient,
    lang: Lang,
    out: &mut Vec<Command>,
) {
    let (text, colour) = match ing.tag {
        Some(Tag::Baking) => (tag_label(lang, Tag::Baking), theme::tokens(ui.ctx()).baking),
        Some(Tag::Cooking) => (
            tag_label(lang, Tag::Cooking),
            theme::tokens(ui.ctx()).cooking,
        ),
        None => ("–".to_owned(), ui.visuals().weak_text_color()),
    };
    let response = egui::ComboBox::new(("tag", row_id), "")
        .selected_text(RichText::new(text).color(colour).size(theme::SMALL_PT))
        .width(76.0)
        .show_ui(ui, |ui| {
            for tag in [Some(Tag::Baking), Some(Tag::Cooking), None] {
                let (label, hint) = match tag {
                    Some(tag) => (tag_label(lang, tag), tag_meaning(lang, tag)),
                    None => (tr(lang, "tag-neither"), tr(lang, "tag-neither-meaning")),
                };
                if ui
                    .selectable_label(ing.tag == tag, label)
                    .on_hover_text(hint)
                    .clicked()
                    && ing.tag != tag
                {
                    out.push(Command::Edit(EditCommand::SetTag(i, tag)));
                }
            }
        })
        .response;
    described(response, || {
        let name = ingredient_name(lang, i, &ing.name);
        tr_args(lang, "table-kind-of", &[("name", Arg::Text(&name))])
    });
}

/// The unit's name in the menu, with its size for the kitchen volumes.
fn unit_menu_label(lang: Lang, unit: Unit) -> String {
    let label = unit_label(lang, unit, 1.0);
    match unit.ml_per_unit() {
        Some(ml) if unit != Unit::Millilitre && unit != Unit::Cc => {
            format!("{label} ({} ml)", crate::recipe::human_amount(ml))
        }
        _ => label,
    }
}
