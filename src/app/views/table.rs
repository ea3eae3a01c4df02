//! The ingredient table: one row per ingredient, every cell an edit that is
//! sent back as a [`Command`].

use egui::{Align, Layout, RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder};

use super::UiState;
use super::library::LibraryPick;
use super::table_cache::Frame;
use super::table_menus::KIND_WIDTH_PT;
use super::table_row::{RowCells, row_ui};
use crate::app::command::{Command, EditCommand};
use crate::app::derived::Derived;
use crate::app::document::RowIds;
use crate::app::theme;
use crate::i18n::{Lang, tr};
use crate::recipe::{Recipe, UnitSystem};

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

/// The handle's and colour's columns, before the name.
const HANDLE_PT: f32 = 22.0;
const COLOUR_PT: f32 = 34.0;
/// The least the name column gets.
const NAME_MIN_PT: f32 = 120.0;
/// The columns after the name: amount, unit, share, kind, lock, note and
/// remove.
const FIXED_AFTER_NAME_PT: [f32; 7] = [68.0, 126.0, 78.0, KIND_WIDTH_PT, 30.0, 30.0, 30.0];

/// The table's least width: every column at its least, the spacing between
/// them, and the body's vertical scroll bar (as `egui_extras` counts it).
fn min_width(ui: &Ui) -> f32 {
    let columns = HANDLE_PT + COLOUR_PT + NAME_MIN_PT + FIXED_AFTER_NAME_PT.iter().sum::<f32>();
    // Ten columns, nine gaps.
    let gaps = ui.spacing().item_spacing.x * 9.0;
    columns + gaps + ui.spacing().scroll.allocated_width()
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
    let mut shots = Frame::new(ui);
    ui.spacing_mut().item_spacing.x = 4.0;
    // Never narrower than its columns: where the panel is narrower (the
    // library open at 1280×800, German words, zoom), the table keeps its
    // width and the sideways scroll area around it (editor.rs) reaches
    // its last columns; egui_extras would otherwise draw them past what
    // the scroll area knows of, cut at the panel's edge.
    ui.set_min_width(min_width(ui));
    let mut table = TableBuilder::new(ui)
        .id_salt("ingredients")
        .striped(true)
        // A click on a row selects it; its cells take no keyboard focus of
        // their own (`Sense::click` would make each cell a Tab stop of
        // its own, one that shows nothing, before its control).
        .sense(Sense::CLICK)
        .auto_shrink([false, true])
        // Never taller than its room (egui_extras asks 200 pt by default),
        // so in a short, zoomed panel it scrolls instead of covering the
        // footer.
        .min_scrolled_height(0.0)
        .cell_layout(Layout::left_to_right(Align::Center))
        // Narrow enough that at the default 1280×800 window every column
        // (the remove icon too) fits and the name keeps about 180 pt; a
        // narrower panel (zoomed in, or the library open) scrolls the
        // table sideways (`set_min_width` above).
        .column(Column::exact(HANDLE_PT)) // handle
        .column(Column::exact(COLOUR_PT)) // colour
        .column(Column::remainder().at_least(NAME_MIN_PT).clip(true)); // name
    for width in FIXED_AFTER_NAME_PT {
        table = table.column(Column::exact(width));
    }
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
                    shots.header_cell(ui);
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
                    used: selected == Some(i) || focus_name == Some(i),
                    striped: i % 2 == 0,
                    hovered: hovered == Some(i) && selected != Some(i),
                    lang,
                };
                if row_ui(&mut row, &cells, &mut shots, out) {
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
    shots.finish(ui);
    hovered_now
}
