//! One cell of the ingredient table as drawn at rest: its shapes and its
//! control, recorded from the real control and replayed (`table_cache`).

use egui::epaint::ClippedShape;
use egui::{Id, Rect, Response, Sense, Ui, Vec2, WidgetInfo};

/// One control of a cell, as the real one registered it.
#[derive(Clone)]
pub(super) struct Slot {
    pub(super) id: Id,
    /// Relative to the cell's top left.
    rect: Rect,
    sense: Sense,
}

/// One cell as drawn at rest.
#[derive(Clone)]
pub(super) struct CellShot {
    pub(super) size: Vec2,
    /// Where the cell's top left was, from its row's first cell's.
    pub(super) at: Vec2,
    /// Shapes and their clip rects, relative to the cell's top left.
    shapes: Vec<ClippedShape>,
    /// What the cell used, relative to its top left.
    used: Rect,
    pub(super) slot: Slot,
}

/// The cells that show an icon: the handle, colour, lock, note and remove.
const ICON_CELLS: [usize; 5] = [0, 1, 7, 8, 9];

/// An icon cell's control cut by the table's sideways scroll area (at its
/// edge, part scrolled away) is not drawn at all rather than drawn cut: a
/// half lock reads as another symbol. It still answers to Tab, AccessKit
/// and the pointer, and shows whole once scrolled to.
pub(super) fn whole_or_nothing(ui: &Ui, k: usize, start: usize, (cell, clip): (Rect, Rect)) {
    // The cell's clip is its column's rect (as it was before the control
    // grew it) within the scroll area's view: narrower than the column
    // where part of it is scrolled away.
    let clip = clip.x_range().expand(0.5);
    let x = cell.x_range();
    if !ICON_CELLS.contains(&k) || (clip.contains(x.min) && clip.contains(x.max)) {
        return;
    }
    let layer = ui.layer_id();
    ui.ctx().graphics_mut(|g| {
        let list = g.entry(layer);
        let end = list.next_idx().0;
        for idx in start..end {
            list.set(
                egui::layers::ShapeIdx(idx),
                Rect::NOTHING,
                egui::Shape::Noop,
            );
        }
    });
}

/// Records the shapes `ui` drew on `layer` since `start` as the cell at
/// `origin` (`at` from its row's first cell) of `size`.
pub(super) fn record(
    ui: &Ui,
    layer: egui::LayerId,
    start: usize,
    (origin, at): (egui::Pos2, Vec2),
    size: Vec2,
    response: &Response,
) -> CellShot {
    let back = -origin.to_vec2();
    let shapes = ui.ctx().graphics(|g| {
        g.get(layer).map_or_else(Vec::new, |list| {
            list.all_entries()
                .skip(start)
                .map(|c| ClippedShape {
                    clip_rect: c.clip_rect.translate(back),
                    shape: moved(&c.shape, back),
                    ..c.clone()
                })
                .collect()
        })
    });
    CellShot {
        size,
        at,
        shapes,
        used: ui.min_rect().translate(back),
        slot: Slot {
            id: response.id,
            rect: response.rect.translate(back),
            sense: response.sense,
        },
    }
}

/// Replays `shot` as the cell at `origin` under `clip`; `advance` moves
/// `ui`'s cursor past what the cell used (not for a cell placed beside
/// `ui`'s own).
pub(super) fn replay(
    ui: &mut Ui,
    (origin, clip): (egui::Pos2, Rect),
    shot: &CellShot,
    advance: bool,
    info: Option<impl Fn() -> WidgetInfo>,
) -> Response {
    let to = origin.to_vec2();
    let layer = ui.layer_id();
    ui.ctx().graphics_mut(|g| {
        let list = g.entry(layer);
        for c in &shot.shapes {
            list.add(
                c.clip_rect.translate(to).intersect(clip),
                moved(&c.shape, to),
            );
        }
    });
    if advance {
        ui.advance_cursor_after_rect(shot.used.translate(to));
    }
    // The interaction is clipped as the drawing is (`ui`'s own clip is
    // another cell's where the row is replayed whole).
    let own = ui.clip_rect();
    ui.set_clip_rect(clip);
    let response = ui.interact(shot.slot.rect.translate(to), shot.slot.id, shot.slot.sense);
    ui.set_clip_rect(own);
    if let Some(info) = info {
        response.widget_info(info);
    }
    response
}

/// `shape` moved by `by`. A text is moved by its position alone:
/// `Shape::translate` would deep-copy its shared galley to move the rows
/// inside it (`TextShape::transform`), which a move leaves as they are.
fn moved(shape: &egui::Shape, by: Vec2) -> egui::Shape {
    if let egui::Shape::Text(text) = shape {
        let mut text = text.clone();
        text.pos += by;
        return egui::Shape::Text(text);
    }
    let mut shape = shape.clone();
    shape.translate(by);
    shape
}

/// A hash of anything hashable.
pub fn hash(value: &impl std::hash::Hash) -> u64 {
    use std::hash::Hasher as _;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}
