//! One row of the ingredient table: its ten cells, each a real control
//! while the row is in use, replayed from its shot at rest
//! (`table_cache`).

use egui::{Role, Ui, WidgetInfo};

use super::a11y::{described, icon_named};
use super::table_a11y::{combo_info, drag_node};
use super::table_cache::{Band, CELLS, Frame, Row};
use super::table_menus::{tag_ui, tag_word, unit_menu_label};
use super::table_shot::hash;
use super::widgets::select_all;
use crate::app::command::{Command, EditCommand};
use crate::app::document::RowId;
use crate::app::words::{ingredient_name, unit_label};
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::format::{MAX_AMOUNT, MAX_NAME_CHARS};
use crate::recipe::{Ingredient, UnitSystem};

/// What one row's cells show.
pub struct RowCells<'a> {
    pub i: usize,
    /// The row's identity: what its widgets' ids are made of.
    pub id: RowId,
    pub ing: &'a Ingredient,
    /// The exact share and how it is shown (rounded on its own, as the
    /// pie and the verdict show it).
    pub percent: Option<(f64, &'a String)>,
    /// The colour the pie draws it in (`Derived::display_colours`).
    pub colour: crate::recipe::Colour,
    pub system: UnitSystem,
    pub decimals: u8,
    pub focus_name: bool,
    /// Selected or asked to take the keyboard: drawn live.
    pub used: bool,
    /// Its background: striped, and highlighted as hovered.
    pub striped: bool,
    pub hovered: bool,
    pub lang: Lang,
}

/// One row's cells; returns whether a field of it took the keyboard (which
/// selects the row). A row at rest is replayed (`table_cache`).
pub fn row_ui(
    row: &mut egui_extras::TableRow<'_, '_>,
    cells: &RowCells<'_>,
    shots: &mut Frame,
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
        used,
        lang,
        ..
    } = *cells;
    let name_for_people = || ingredient_name(lang, i, &ing.name);
    // A sentence about this ingredient, from the catalogue.
    let about = |key: &str| tr_args(lang, key, &[("name", Arg::Text(&name_for_people()))]);
    let edit = |e: EditCommand| Command::Edit(e);
    let content = hash(&(
        i,
        row_id,
        &ing.name,
        ing.amount.to_bits(),
        ing.unit,
        ing.tag,
        ing.locked,
        ing.note.is_empty(),
        colour.rgb(),
        percent.map(|(s, t)| (s.to_bits(), t)),
        (system, decimals, lang),
    ));
    let mut focused = false;
    // Cell `k` of the row, in `ui`: its own table cell's, or the first
    // cell's where the row is replayed whole.
    let mut cell_ui = |ui: &mut Ui, k: usize, r: &mut Row| {
        match k {
            0 => {
                let (response, _) = r.cell(
                    ui,
                    0,
                    |ui| {
                        let id = egui::Id::unique(("drag-ingredient", row_id));
                        ui.dnd_drag_source(id, i, |ui| {
                            ui.label("☰");
                        })
                        .response
                    },
                    None::<fn() -> WidgetInfo>,
                );
                icon_named(
                    response,
                    || about("table-move-of"),
                    || about("table-move-hint"),
                );
            }
            1 => {
                let mut rgb = colour.rgb();
                let (response, _) = r.cell(
                    ui,
                    1,
                    |ui| ui.color_edit_button_srgb(&mut rgb),
                    Some(|| {
                        let mut info = WidgetInfo::labeled(Role::ColorWell, true, "Color");
                        let [r, g, b] = colour.rgb();
                        info.current_text_value = Some(format!("#{r:02x}{g:02x}{b:02x}ff"));
                        info
                    }),
                );
                let response = described(response, || about("table-colour-of"));
                if response.changed() {
                    out.push(edit(EditCommand::SetColour(i, rgb.into())));
                }
                focused |= response.gained_focus();
            }
            2 => {
                let mut name = ing.name.clone();
                let id = egui::Id::unique(("ingredient-name", row_id));
                // Looked up only when drawn live or read, not when replayed.
                let hint = || tr(lang, "table-name-hint");
                let (response, _) = r.cell(
                    ui,
                    2,
                    |ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut name)
                                .id(id)
                                .hint_text(hint())
                                .desired_width(f32::INFINITY)
                                .char_limit(MAX_NAME_CHARS),
                        )
                    },
                    Some(|| {
                        WidgetInfo::text_edit(true, ing.name.as_str(), ing.name.as_str(), hint())
                    }),
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
            }
            3 => {
                let mut amount = ing.amount;
                let speed = (ing.amount.abs() * 0.01).max(0.01);
                let (response, real) = r.cell(
                    ui,
                    3,
                    |ui| {
                        ui.add(
                            egui::DragValue::new(&mut amount)
                                .range(0.0..=MAX_AMOUNT)
                                .speed(speed)
                                .max_decimals(3)
                                .custom_formatter(|v, _| number::amount(lang, v))
                                .custom_parser(|typed| number::parse_number(lang, typed).ok()),
                        )
                    },
                    Some(|| WidgetInfo::drag_value(true, ing.amount)),
                );
                if !real {
                    drag_node(ui, &response, (MAX_AMOUNT, speed, ing.amount), || {
                        number::amount(lang, ing.amount)
                    });
                }
                let response = described(response, || about("table-amount-of"));
                if response.changed() {
                    out.push(edit(EditCommand::SetAmount(i, amount)));
                }
                focused |= response.gained_focus();
            }
            4 => {
                let unit_text = || unit_label(lang, ing.unit, ing.amount);
                let (response, _) = r.cell(
                    ui,
                    4,
                    |ui| {
                        egui::ComboBox::new(("unit", row_id), "")
                            .selected_text(unit_text())
                            .width(118.0)
                            .height(440.0)
                            .show_ui(ui, |ui| {
                                for &unit in system.units() {
                                    if ui
                                        .selectable_label(
                                            ing.unit == unit,
                                            unit_menu_label(lang, unit),
                                        )
                                        .clicked()
                                        && unit != ing.unit
                                    {
                                        out.push(edit(EditCommand::SetUnit(i, unit)));
                                    }
                                }
                            })
                            .response
                    },
                    Some(|| combo_info(&unit_text())),
                );
                let response = described(response, || about("table-unit-of"));
                focused |= response.gained_focus();
            }
            5 => {
                match percent {
                    Some((share, text)) => {
                        // The share at the decimals shown: the field never writes
                        // back a value of its own rounding as an edit.
                        let scale = 10f64.powi(i32::from(decimals));
                        let shown = (share * 100.0 * scale).round() / scale;
                        let mut value = shown;
                        let (response, real) = r.cell(
                            ui,
                            5,
                            |ui| {
                                ui.add(
                                    egui::DragValue::new(&mut value)
                                        .range(0.0..=100.0)
                                        .speed(0.1)
                                        .fixed_decimals(usize::from(decimals))
                                        .custom_formatter(|v, _| {
                                            if (v - shown).abs() < 1e-9 {
                                                // Already in the language's format.
                                                text.clone()
                                            } else {
                                                number::localise(
                                                    lang,
                                                    &format!("{v:.*} %", usize::from(decimals)),
                                                )
                                            }
                                        })
                                        .custom_parser(|typed| {
                                            number::parse_number(
                                                lang,
                                                typed.trim().trim_end_matches('%'),
                                            )
                                            .ok()
                                        }),
                                )
                            },
                            Some(|| WidgetInfo::drag_value(true, shown)),
                        );
                        if !real {
                            drag_node(ui, &response, (100.0, 0.1, shown), || text.clone());
                        }
                        let response = described(response, || about("table-share-of"));
                        if response.changed() {
                            out.push(edit(EditCommand::SetPercent(i, value)));
                        }
                        focused |= response.gained_focus();
                    }
                    None => {
                        let (response, _) = r.cell(
                            ui,
                            5,
                            |ui| ui.label("–"),
                            Some(|| WidgetInfo::labeled(Role::Label, true, "–")),
                        );
                        response.on_hover_text(tr(lang, "table-no-shares"));
                    }
                }
            }
            6 => {
                let (response, _) = r.cell(
                    ui,
                    6,
                    |ui| tag_ui(ui, (i, row_id), ing, lang, out),
                    Some(|| combo_info(&tag_word(ing.tag, lang))),
                );
                let response = described(response, || about("table-kind-of"));
                focused |= response.gained_focus();
            }
            7 => {
                let icon = if ing.locked { "🔒" } else { "🔓" };
                let hint = || {
                    if ing.locked {
                        about("table-unlock")
                    } else {
                        about("table-lock")
                    }
                };
                let (response, _) = r.cell(
                    ui,
                    7,
                    |ui| {
                        ui.add(
                            egui::Button::selectable(ing.locked, icon).frame_when_inactive(false),
                        )
                    },
                    Some(|| WidgetInfo::selected(Role::Button, true, ing.locked, icon)),
                );
                let response = icon_named(response, hint, hint);
                if response.clicked() {
                    out.push(edit(EditCommand::ToggleLock(i)));
                }
                focused |= response.gained_focus();
            }
            8 => {
                let name = name_for_people();
                let icon = super::notes::note_icon(&ing.note);
                let (response, real) = r.cell(
                    ui,
                    8,
                    |ui| super::notes::note_button_ui(ui, (i, row_id), &name, &ing.note, lang, out),
                    Some(|| WidgetInfo::labeled(Role::Button, true, icon)),
                );
                if !real {
                    super::notes::note_button_named(response.clone(), &name, &ing.note, lang);
                }
                focused |= response.gained_focus();
            }
            9 => {
                let label = || about("table-remove");
                let (response, _) = r.cell(
                    ui,
                    9,
                    |ui| ui.add(egui::Button::new("🗑").frame_when_inactive(false)),
                    Some(|| WidgetInfo::labeled(Role::Button, true, "🗑")),
                );
                let response = icon_named(response, label, label);
                if response.clicked() {
                    out.push(edit(EditCommand::Remove(i)));
                }
                focused |= response.gained_focus();
            }
            _ => {}
        }
    };
    let band = Band {
        striped: cells.striped,
        hovered: cells.hovered,
    };
    let mut state: Option<Row> = None;
    let mut whole = false;
    row.col(|ui| {
        let r = state.insert(shots.row(ui, row_id, (content, used), band));
        whole = r.is_whole();
        let last = if whole { CELLS } else { 1 };
        for k in 0..last {
            cell_ui(ui, k, r);
        }
    });
    if !whole {
        for k in 1..CELLS {
            row.col(|ui| {
                if let Some(r) = state.as_mut() {
                    cell_ui(ui, k, r);
                }
            });
        }
    }
    if let Some(r) = state {
        shots.end_row(r);
    }
    focused
}
