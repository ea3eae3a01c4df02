//! The compare screen: the open recipe (A) and another (B) as two pies side
//! by side, each ingredient in the same colour on both, and a table of what
//! changed in percentage points, the largest change first. What it shows is
//! derived once (`derived::workshop::CompareView`); the table draws only
//! the rows in view.

use egui::{RichText, Ui};

use super::AppView;
use super::banner::banner_ui;
use super::widgets::{TABLE_PT, bar_ui, cell, header_cell, swatch_ui, titled_pie_ui};
use crate::app::command::Command;
use crate::app::derived::workshop::{CompareView, DiffLine};
use crate::app::words::title_or_untitled;
use crate::app::workshop::Comparison;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::Recipe;
use crate::recipe::diff::Diff;

/// The space between table rows.
const ROW_GAP_PT: f32 = 8.0;
/// The width of the heading beside the table of changes.
const TABLE_SIDE_PT: f32 = 460.0;
/// The table's columns: name, A, B, change, presence.
const COLUMN_PT: [f32; 5] = [300.0, 110.0, 110.0, 130.0, 120.0];

/// The compare screen's bar and banner, then what is compared — or, with
/// nothing to compare, a line saying so (and `None`). The wide and the
/// narrow screen both start here.
pub fn compare_head_ui<'v>(
    ui: &mut Ui,
    view: &'v AppView<'_>,
    out: &mut Vec<Command>,
) -> Option<(&'v Comparison, &'v CompareView)> {
    let lang = view.lang;
    egui::Panel::top("compare-bar").show(ui, |ui| {
        bar_ui(ui, &tr(lang, "compare-title"), lang, out, |_, _| {});
    });
    banner_ui(ui, view.message, view.lang, out);
    let (Some(comparison), Some(shown)) = (view.compare, view.derived.compare.as_ref()) else {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(tr(lang, "compare-nothing"));
        });
        return None;
    };
    Some((comparison, shown))
}

/// Draws the compare screen.
pub fn compare_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    if view.presenting
        && let (Some(comparison), Some(shown)) = (view.compare, view.derived.compare.as_ref())
    {
        super::compare_projected::compare_projected_ui(ui, view, comparison, shown, out);
        return;
    }
    let Some((comparison, shown)) = compare_head_ui(ui, view, out) else {
        return;
    };
    let current = view.recipe;
    // Below the pies, as tall as the rows need, up to 45 % of the window:
    // the pies keep their size whatever the number of ingredients.
    let row_pt = row_height();
    let wanted = row_pt * (shown.lines.len() + 1) as f32 + 40.0;
    egui::Panel::bottom("compare-table")
        .resizable(true)
        .default_size(wanted.min(ui.available_height() * 0.45))
        .min_size(120.0)
        .show(ui, |ui| {
            ui.add_space(10.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(TABLE_SIDE_PT);
                    ui.add(
                        egui::Label::new(RichText::new(tr(lang, "compare-changes")).heading())
                            .wrap(),
                    );
                    ui.add(
                        egui::Label::new(RichText::new(tr(lang, "compare-changes-how")).weak())
                            .wrap(),
                    );
                    zero_total_notes_ui(ui, &shown.diff, lang);
                });
                ui.separator();
                ui.vertical(|ui| diff_table_ui(ui, shown, lang, true));
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let a_file = view.derived.facts.display_name.as_str();
        let b_file = comparison.other.file_name();
        let [a_pie, b_pie] = &shown.pies;
        // One radius for both, so that neither looks bigger than it is.
        let fit = [a_pie.reach(), b_pie.reach()];
        ui.columns_const(|[a, b]| {
            let a_title = format!("A · {}", title_of(current, lang));
            let b_title = format!("B · {}", title_of(&shown.other, lang));
            titled_pie_ui(a, &a_title, a_file, a_pie, &fit);
            titled_pie_ui(b, &b_title, &b_file, b_pie, &fit);
        });
    });
}

/// A recipe's title, or what stands for a missing one.
pub fn title_of(recipe: &Recipe, lang: Lang) -> String {
    title_or_untitled(lang, recipe.title.trim())
}

/// The height of a table row, its gap included.
fn row_height() -> f32 {
    TABLE_PT * 1.3 + ROW_GAP_PT
}

/// The table of changes: one row per ingredient, each share rounded so a
/// column adds up to 100, the change being the difference of the shown
/// numbers (so the table adds up when read). Only the rows in view are
/// drawn, where `in_view_only`.
pub fn diff_table_ui(ui: &mut Ui, shown: &CompareView, lang: Lang, in_view_only: bool) {
    if shown.lines.is_empty() {
        ui.label(tr(lang, "compare-empty"));
        return;
    }
    let headers = [
        tr(lang, "table-ingredient"),
        "A".to_owned(),
        "B".to_owned(),
        tr(lang, "compare-change"),
        String::new(),
    ];
    ui.horizontal(|ui| {
        for (header, width) in headers.iter().zip(COLUMN_PT) {
            sized(ui, width, |ui| {
                ui.label(header_cell(header));
            });
        }
    });
    if !in_view_only {
        // In a column that scrolls as a whole (a narrow window): every row.
        for (i, line) in shown.lines.iter().enumerate() {
            line_ui(ui, line, i % 2 == 1);
        }
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("compare-rows")
        .auto_shrink([false, true])
        .show_rows(ui, row_height(), shown.lines.len(), |ui, range| {
            for (i, line) in shown.lines.iter().enumerate().skip(range.start) {
                if i >= range.end {
                    break;
                }
                line_ui(ui, line, i % 2 == 1);
            }
        });
}

/// One row of the table of changes, striped every other row. Each cell is
/// placed at its column's rect (one child `Ui` a cell, none for the row).
fn line_ui(ui: &mut Ui, line: &DiffLine, stripe: bool) {
    let height = row_height();
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(COLUMN_PT.iter().sum::<f32>() + 40.0, height),
        egui::Sense::hover(),
    );
    if stripe {
        ui.painter()
            .rect_filled(rect, 0.0, ui.visuals().faint_bg_color);
    }
    let cell_height = ui.spacing().interact_size.y;
    let gap = ui.spacing().item_spacing.x;
    let mut x = rect.left();
    let mut cell_ui = |ui: &mut Ui, width: f32, add: &mut dyn FnMut(&mut Ui)| {
        let cell = egui::Rect::from_min_size(
            egui::pos2(x, rect.center().y - cell_height / 2.0),
            egui::vec2(width, cell_height),
        );
        x += width + gap;
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(cell)
                .layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
        add(&mut child);
    };
    let [name_w, a_w, b_w, change_w, presence_w] = COLUMN_PT;
    cell_ui(ui, name_w, &mut |ui| {
        swatch_ui(ui, line.colour);
        ui.add(egui::Label::new(cell(&line.name)).truncate());
    });
    for (text, width) in [
        (&line.a, a_w),
        (&line.b, b_w),
        (&line.change, change_w),
        (&line.presence, presence_w),
    ] {
        cell_ui(ui, width, &mut |ui| {
            ui.label(cell(text));
        });
    }
}

/// A cell of a fixed width.
fn sized(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}

/// What a zero total means for the table, when a recipe has one.
pub fn zero_total_notes_ui(ui: &mut Ui, diff: &Diff, lang: Lang) {
    for (has_shares, side) in [(diff.a_has_shares, "A"), (diff.b_has_shares, "B")] {
        if !has_shares {
            let note = tr_args(lang, "compare-zero-total", &[("side", Arg::Text(side))]);
            ui.add(egui::Label::new(note).wrap());
        }
    }
}
