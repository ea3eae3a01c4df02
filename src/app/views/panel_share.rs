//! A side panel that keeps its share of the window. egui remembers a panel's
//! width in points, so a wider window (or a smaller zoom) would leave it
//! narrow, and zooming in would squeeze the chart beside it. Here the share
//! is remembered instead: when the window's width in points changes (a
//! resize, or zoom), the panel is set to the same share of the new width;
//! dragging its edge sets a new share.

use egui::{Id, Panel, Ui};
use serde::{Deserialize, Serialize};

/// What is remembered (with egui's memory, so across starts too).
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
struct Remembered {
    /// The panel's width as a share of the window's.
    fraction: f32,
    /// The window's width in points when it was measured.
    window_pt: f32,
}

/// A panel's share of the window this frame.
#[derive(Clone, Copy, Debug)]
pub struct PanelShare {
    id: Id,
    fraction: f32,
    window_pt: f32,
    /// The window changed width since the share was measured.
    resized: bool,
}

impl PanelShare {
    /// The share of the panel named `salt` in a window `window_pt` wide
    /// (`default_fraction` at first).
    pub fn load(ui: &Ui, salt: &str, default_fraction: f32, window_pt: f32) -> Self {
        let id = Id::unique(("panel-share", salt));
        let remembered = ui.ctx().data_mut(|d| d.get_persisted::<Remembered>(id));
        match remembered {
            Some(r) if r.fraction.is_finite() && r.fraction > 0.0 => Self {
                id,
                fraction: r.fraction,
                window_pt,
                resized: (r.window_pt - window_pt).abs() > 0.5,
            },
            _ => Self {
                id,
                fraction: default_fraction,
                window_pt,
                resized: true,
            },
        }
    }

    /// `panel` set to take its share: exactly on a frame where the window
    /// changed width, else resizable between `min_pt` and `max_fraction` of
    /// the window (the minimum gives way to the maximum on a narrow window).
    pub fn apply(&self, panel: Panel, min_pt: f32, max_fraction: f32) -> Panel {
        let max_pt = (self.window_pt * max_fraction).max(1.0);
        let min_pt = min_pt.min(max_pt);
        let width = (self.fraction * self.window_pt).clamp(min_pt, max_pt);
        if self.resized {
            panel.exact_size(width)
        } else {
            panel.default_size(width).size_range(min_pt..=max_pt)
        }
    }

    /// After the panel is shown: remembers the share it took.
    pub fn store(&self, ui: &Ui, panel_width_pt: f32) {
        if self.window_pt <= 0.0 || !panel_width_pt.is_finite() {
            return;
        }
        let remembered = Remembered {
            fraction: panel_width_pt / self.window_pt,
            window_pt: self.window_pt,
        };
        ui.ctx()
            .data_mut(|d| d.insert_persisted(self.id, remembered));
    }
}
