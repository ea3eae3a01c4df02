//! The projected compare's legend: a header (A, B, the change) over the
//! rows of changes, column by column as `compare_fit` shaped them, every
//! name wrapped whole. Both the one-screen compare and its changes pages
//! draw it.

use egui::Ui;

use super::compare_fit::{COLUMN_GAP_PT, Shape};
use super::legend::{self, LegendEntry};
use crate::app::derived::workshop::DiffLine;
use crate::app::theme;
use crate::i18n::{Lang, tr};

/// The legend's header and `lines`, column by column.
pub fn legend_ui(ui: &mut Ui, lines: &[DiffLine], shape: &Shape, lang: Lang) {
    let widths = shape.value_widths();
    let headers: Vec<String> = if shape.full() {
        vec!["A".to_owned(), "B".to_owned(), tr(lang, "compare-change")]
    } else {
        vec![tr(lang, "compare-change")]
    };
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    ui.spacing_mut().item_spacing.y = legend::ROW_GAP_PT;
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = COLUMN_GAP_PT;
        for column in 0..shape.columns {
            ui.vertical(|ui| {
                ui.set_width(shape.column_width);
                header_ui(ui, &header_refs, &widths, shape.column_width);
                let rows = lines.iter().skip(column * shape.rows).take(shape.rows);
                for line in rows {
                    let all = [line.a.as_str(), line.b.as_str(), line.change.as_str()];
                    let values: &[&str] = if shape.full() { &all } else { &all[2..] };
                    ui.add(LegendEntry {
                        colour: line.colour.map_or([0x80; 3], crate::recipe::Colour::rgb),
                        name: &line.name,
                        values,
                        value_widths: &widths,
                        selected: false,
                        highlighted: false,
                        width: shape.column_width,
                        wrap: true,
                    });
                }
            });
        }
    });
}

/// The columns' names over the figures, right-aligned as they are.
fn header_ui(ui: &mut Ui, headers: &[&str], widths: &[f32], width: f32) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(width, legend::one_line(&font)),
        egui::Sense::hover(),
    );
    let painter = ui.painter();
    let colour = theme::tokens(ui.ctx()).text;
    let mut right = rect.right() - legend::PAD_PT;
    for (header, w) in headers.iter().zip(widths).rev() {
        let g = painter.layout_no_wrap((*header).to_owned(), font.clone(), colour);
        let at =
            egui::Align2::RIGHT_CENTER.anchor_size(egui::pos2(right, rect.center().y), g.size());
        painter.galley(at.min, g, colour);
        right -= w + legend::GAP_PT;
    }
}
