//! The ingredient table's rows at rest, drawn once and replayed: a row that
//! nobody is using (not selected, not under the pointer, no field of it
//! focused, no menu of it open) shows the shapes its real controls drew the
//! last time they were drawn at rest, and keeps one interaction per cell
//! with the same id, rect, sense and accessible role as the control — so
//! Tab and Shift+Tab, screen readers and tests find every cell as before.
//! The moment a row is used it is drawn with its real controls again, in
//! the same frame (the pointer's position and AccessKit's requests are
//! known when the frame starts). A row's shapes are kept until anything
//! they show changes (its key), or the cell's size, theme or fonts do.
//!
//! A row at rest whose every cell has a shot that fits the table's
//! columns as they are now (the header's) is replayed whole from its first
//! cell: one table cell (one child `Ui`, one stripe) instead of ten.
//!
//! Why: ten real controls a row cost about 30 µs a row each frame; a
//! replayed row costs its shapes' copy and ten interactions.

use std::collections::HashMap;

use egui::{Id, Pos2, Rangef, Rect, Response, Ui, WidgetInfo};

use super::table_shot::{CellShot, hash, record, replay, whole_or_nothing};
pub use super::table_whole::{Band, CELLS};
use super::table_whole::{fits_whole, widen_band};
use crate::app::document::RowId;

/// One row as drawn at rest.
#[derive(Clone)]
struct RowShot {
    key: u64,
    cells: Vec<Option<CellShot>>,
}

/// The table's replayable rows, kept in egui's memory between frames.
#[derive(Clone, Default)]
pub struct RowShots {
    rows: HashMap<RowId, RowShot>,
    /// The rows drawn live last frame.
    live: Vec<RowId>,
}

fn memory_id() -> Id {
    Id::unique("ingredient-table-row-shots")
}

impl RowShots {
    /// Takes the shots out of egui's memory for this frame.
    pub fn take(ui: &Ui) -> Self {
        ui.data_mut(|d| d.remove_temp::<Self>(memory_id()))
            .unwrap_or_default()
    }

    /// Puts this frame's shots back (only the rows drawn this frame).
    pub fn keep(self, ui: &Ui) {
        ui.data_mut(|d| d.insert_temp(memory_id(), self));
    }

    /// Whether `id`'s row has a control with `focused`.
    fn has_focus(&self, id: RowId, focused: Option<Id>) -> bool {
        let Some(focused) = focused else {
            return false;
        };
        self.rows
            .get(&id)
            .is_some_and(|r| r.cells.iter().flatten().any(|c| c.slot.id == focused))
    }
}

/// What decides whether a row is drawn live, read once per frame.
pub struct Frame {
    pointer: Option<Pos2>,
    table_x: Rangef,
    focused: Option<Id>,
    /// AccessKit asked something of a control this frame (a screen reader
    /// or a test): every row is live, so the control answers at once.
    accesskit: bool,
    /// A gesture or a menu that began on a live row goes on.
    sticky: bool,
    /// The controls AccessKit asked to scroll into view this frame.
    scroll_into_view: Vec<egui::accesskit::NodeId>,
    /// A control of the table that took the keyboard or was asked into
    /// view: the sideways scroll area around the table scrolls to it
    /// (`reveal`).
    reveal: Option<Rect>,
    /// What every row's look also depends on: theme, scale, fonts.
    look: u64,
    /// The header's cells this frame: where every column is.
    columns: Vec<Rangef>,
    /// What of the table is in view sideways.
    view_x: Rangef,
    old: RowShots,
    new: RowShots,
}

impl Frame {
    /// Reads this frame's input for the table in `ui`.
    pub fn new(ui: &Ui) -> Self {
        let ctx = ui.ctx();
        let (pointer, down, accesskit, scroll_into_view) = ctx.input(|i| {
            let into_view = i
                .events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::AccessKitActionRequest(r)
                        if r.action == egui::accesskit::Action::ScrollIntoView =>
                    {
                        Some(r.target_node)
                    }
                    _ => None,
                })
                .collect::<Vec<_>>();
            (
                i.pointer.hover_pos(),
                i.pointer.any_down(),
                i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::AccessKitActionRequest(_))),
                into_view,
            )
        });
        let sticky = down || egui::Popup::is_any_open(ctx);
        let visuals = ui.visuals();
        let fonts = ctx.fonts(|f| (f.font_image_size(), f.definitions().font_data.len()));
        let look = hash(&(
            visuals.dark_mode,
            visuals.text_color().to_array(),
            visuals.widgets.inactive.bg_fill.to_array(),
            visuals.extreme_bg_color.to_array(),
            ctx.pixels_per_point().to_bits(),
            fonts,
        ));
        Self {
            pointer,
            table_x: ui.max_rect().x_range(),
            focused: ctx.memory(egui::Memory::focused),
            accesskit,
            sticky,
            scroll_into_view,
            reveal: None,
            look,
            columns: Vec::with_capacity(CELLS),
            view_x: ui.clip_rect().x_range(),
            old: RowShots::take(ui),
            new: RowShots::default(),
        }
    }

    /// Ends the frame: keeps the rows drawn, and scrolls the table's
    /// sideways scroll area (around `ui`) to a control that took the
    /// keyboard or was asked into view. egui's own scroll to it is taken
    /// by the table body's vertical scroll area, which takes both axes'
    /// targets, so a column past the panel's edge would never be reached.
    pub fn finish(self, ui: &Ui) {
        if let Some(rect) = self.reveal {
            ui.scroll_to_rect(rect, None);
        }
        self.new.keep(ui);
    }

    /// Notes where a header cell is: call from each header cell's `ui`.
    pub fn header_cell(&mut self, ui: &Ui) {
        self.columns.push(ui.max_rect().x_range());
    }

    /// Starts row `id` whose content hashes to `content`; `used` is whether
    /// it is selected or otherwise in use. Call from its first cell; where
    /// the row is replayed whole (`Row::is_whole`), the background
    /// `egui_extras` painted under that cell is widened to the row here.
    pub fn row(
        &mut self,
        ui: &Ui,
        id: RowId,
        (content, used): (u64, bool),
        background: Band,
    ) -> Row {
        let band = ui.max_rect().y_range();
        let pointed = self
            .pointer
            .is_some_and(|p| band.contains(p.y) && self.table_x.contains(p.x));
        let live = used
            || pointed
            || self.accesskit
            || self.old.has_focus(id, self.focused)
            || (self.sticky && self.old.live.contains(&id));
        let key = hash(&(content, self.look));
        let old = self.old.rows.remove(&id).filter(|r| r.key == key);
        if live {
            self.new.live.push(id);
        }
        let cell = ui.max_rect();
        let whole = (!live
            && old
                .as_ref()
                .is_some_and(|old| fits_whole(&old.cells, &self.columns, cell))
            && widen_band(ui, &self.columns, cell, background))
        .then(|| Whole {
            first: cell.min,
            view_x: self.view_x,
            clip_y: ui.clip_rect().y_range(),
        });
        Row {
            id,
            key,
            live,
            whole,
            first: None,
            old,
            cells: Vec::with_capacity(CELLS),
            scroll_into_view: self.scroll_into_view.clone(),
            reveal: None,
        }
    }

    /// Ends row `row`: keeps what it can replay next frame.
    pub fn end_row(&mut self, row: Row) {
        let Row {
            id,
            key,
            live,
            old,
            cells,
            reveal,
            ..
        } = row;
        self.reveal = reveal.or(self.reveal);
        let shot = if live {
            old
        } else {
            Some(RowShot { key, cells })
        };
        if let Some(shot) = shot {
            self.new.rows.insert(id, shot);
        }
    }
}

/// Where a row replayed whole is.
#[derive(Clone, Copy)]
struct Whole {
    /// Its first cell's top left.
    first: Pos2,
    /// As the frame's.
    view_x: Rangef,
    /// What of the row is in view.
    clip_y: Rangef,
}

/// One row being drawn.
pub struct Row {
    id: RowId,
    key: u64,
    live: bool,
    /// Replayed whole from its first cell.
    whole: Option<Whole>,
    /// The first cell's top left, as drawn.
    first: Option<Pos2>,
    old: Option<RowShot>,
    cells: Vec<Option<CellShot>>,
    /// As the frame's.
    scroll_into_view: Vec<egui::accesskit::NodeId>,
    reveal: Option<Rect>,
}

impl Row {
    /// Whether every cell is replayed from the first cell's `ui`.
    pub fn is_whole(&self) -> bool {
        self.whole.is_some()
    }

    /// Cell `k`: replayed from its shot where the row is at rest and the
    /// shot fits, else drawn by `real` (and, at rest, recorded). `info` is
    /// the accessible role and value the real control gives itself. The
    /// bool says whether `real` ran.
    pub fn cell(
        &mut self,
        ui: &mut Ui,
        k: usize,
        real: impl FnOnce(&mut Ui) -> Response,
        info: Option<impl Fn() -> WidgetInfo>,
    ) -> (Response, bool) {
        // Beside the first cell where the row is replayed whole: its
        // column's rect within the view, as `egui_extras` clips a cell.
        let placed = self
            .whole
            .zip(self.old.as_ref().and_then(|r| r.cells.get(k)?.as_ref()))
            .map(|(whole, shot)| {
                let origin = whole.first + shot.at;
                let x = Rangef::new(origin.x, origin.x + shot.size.x);
                let clip = Rect::from_x_y_ranges(x.intersection(whole.view_x), whole.clip_y);
                (origin, shot.size, clip)
            });
        let (origin, size, clip) =
            placed.unwrap_or((ui.max_rect().min, ui.max_rect().size(), ui.clip_rect()));
        let first = *self.first.get_or_insert(origin);
        // Taken, not copied: a row at rest keeps only what it draws now.
        let shot = if self.live {
            None
        } else {
            self.old
                .as_mut()
                .and_then(|r| r.cells.get_mut(k))
                .filter(|s| s.as_ref().is_some_and(|s| s.size == size))
                .and_then(Option::take)
        };
        let layer = ui.layer_id();
        let start = ui
            .ctx()
            .graphics(|g| g.get(layer).map_or(0, |l| l.next_idx().0));
        if let Some(shot) = shot {
            let response = replay(ui, (origin, clip), &shot, placed.is_none() || k == 0, info);
            whole_or_nothing(ui, k, start, (Rect::from_min_size(origin, size), clip));
            self.push(k, Some(shot));
            self.note(&response);
            return (response, false);
        }
        let response = real(ui);
        if !self.live {
            // Only what a row at rest shows: the cell whole in view (its
            // column's rect, not what a control wider than its clipped
            // cell grew it to: that is cut the same every time), no
            // caret, no press.
            let (clip, cell, drawn) = (
                ui.clip_rect(),
                Rect::from_min_size(origin, size),
                ui.min_rect(),
            );
            let at_rest = clip.x_range().contains(cell.left())
                && clip.x_range().contains(cell.right())
                && clip.y_range().contains(drawn.top())
                && clip.y_range().contains(drawn.bottom())
                && !response.has_focus()
                && !response.is_pointer_button_down_on();
            let shot = at_rest
                .then(|| record(ui, layer, start, (origin, origin - first), size, &response));
            self.push(k, shot);
        }
        whole_or_nothing(ui, k, start, (Rect::from_min_size(origin, size), clip));
        self.note(&response);
        (response, true)
    }

    /// A control that took the keyboard or was asked into view is
    /// scrolled to sideways at the end of the frame (`Frame::finish`).
    fn note(&mut self, response: &Response) {
        if response.gained_focus() || self.scroll_into_view.contains(&response.id.accesskit_id()) {
            self.reveal = Some(response.rect);
        }
    }

    fn push(&mut self, k: usize, shot: Option<CellShot>) {
        if self.cells.len() <= k {
            self.cells.resize(k + 1, None);
        }
        if let Some(slot) = self.cells.get_mut(k) {
            *slot = shot;
        }
    }
}
