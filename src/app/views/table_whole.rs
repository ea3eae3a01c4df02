//! A row of the ingredient table replayed whole from its first cell
//! (`table_cache`): whether its shots fit the columns as they are now, and
//! its background across the row.

use egui::emath::GuiRounding as _;
use egui::{Rangef, Rect, Ui};

use super::table_shot::CellShot;

/// The table's columns.
pub const CELLS: usize = 10;

/// How a row's background is painted (as `egui_extras` paints it).
#[derive(Clone, Copy)]
pub struct Band {
    pub striped: bool,
    pub hovered: bool,
}

/// Whether `old`'s every cell fits the columns as the header has them now,
/// in a row whose first cell is `cell`.
pub(super) fn fits_whole(old: &[Option<CellShot>], columns: &[Rangef], cell: Rect) -> bool {
    let Some(left) = columns.first().map(|c| c.min) else {
        return false;
    };
    let near = |a: f32, b: f32| (a - b).abs() < 0.01;
    old.len() == CELLS
        && columns.len() == CELLS
        && old.iter().zip(columns).all(|(shot, column)| {
            shot.as_ref().is_some_and(|s| {
                near(s.at.x, column.min - left)
                    && s.at.y == 0.0
                    && near(s.size.x, column.span())
                    && s.size.y == cell.height()
            })
        })
}

/// Widens the background `egui_extras` painted under the first cell of a
/// row replayed whole (the stripe, then the hover, each over the cell and
/// half the gaps around it) to the row's last cell, as the other cells'
/// would have painted it: the same colours under the same clip. False
/// where a background `band` asks for is not found.
pub(super) fn widen_band(ui: &Ui, columns: &[Rangef], cell: Rect, band: Band) -> bool {
    let (Some(first), Some(last)) = (columns.first(), columns.last()) else {
        return false;
    };
    let gap = ui.spacing().item_spacing.x * 0.5;
    let right = (cell.left() + (last.max - first.min) + gap).round_ui();
    let visuals = ui.visuals();
    let fills: Vec<_> = [
        (band.striped, visuals.faint_bg_color),
        (band.hovered, visuals.widgets.hovered.bg_fill),
    ]
    .into_iter()
    .filter_map(|(on, fill)| on.then_some(fill))
    .collect();
    let layer = ui.layer_id();
    ui.ctx().graphics_mut(|g| {
        let list = g.entry(layer);
        let end = list.next_idx().0;
        let Some(from) = end.checked_sub(fills.len()) else {
            return false;
        };
        let found = list.all_entries().skip(from).zip(&fills).all(|(c, fill)| {
            matches!(&c.shape, egui::Shape::Rect(rect)
                if rect.fill == *fill
                    && rect.rect.x_range().contains(cell.center().x)
                    && rect.rect.right() <= cell.right() + gap + 0.5)
        });
        if found {
            for idx in from..end {
                list.mutate_shape(egui::layers::ShapeIdx(idx), |c| {
                    if let egui::Shape::Rect(rect) = &mut c.shape {
                        rect.rect.max.x = right;
                    }
                });
            }
        }
        found
    })
}
