//! The first window fits the monitor it opens on. eframe asks for the
//! window's size before any monitor is known, and only keeps it within the
//! monitor's whole size: with the title bar and the taskbar, a 1280×800
//! window runs off a 1366×768 screen, or off a 1920×1080 laptop at 150 %
//! (1280×720 points). On the first frame, when the monitor is known, a
//! window that does not fit is made smaller and moved onto the screen.

use egui::{Pos2, Rect, Vec2, ViewportCommand};

/// Room kept for a taskbar or a dock along one edge, in points (Windows
/// 11's taskbar is 48).
const TASKBAR_PT: f32 = 48.0;
/// Space left around a window that had to be fitted.
const MARGIN_PT: f32 = 8.0;

/// Where and how big the window should be to fit: its new inner size and
/// outer top-left, or None when it fits already.
///
/// `monitor` is the monitor's size, `outer` and `inner` the window with and
/// without its frame; all in points. The monitor is taken to start at the
/// origin when the window's top-left lies within it (the usual single
/// screen); otherwise the window is only made smaller, not moved.
pub fn fitted(monitor: Vec2, outer: Rect, inner: Rect) -> Option<(Vec2, Pos2)> {
    let frame = outer.size() - inner.size();
    let room = Vec2::new(monitor.x, monitor.y - TASKBAR_PT);
    let fits = outer.width() <= room.x && outer.height() <= room.y;
    let inside = Rect::from_min_size(Pos2::ZERO, monitor).contains(outer.min);
    let on_screen = !inside || Rect::from_min_size(Pos2::ZERO, room).contains_rect(outer);
    if fits && on_screen {
        return None;
    }
    let size = Vec2::new(
        inner.width().min(room.x - frame.x - 2.0 * MARGIN_PT),
        inner.height().min(room.y - frame.y - 2.0 * MARGIN_PT),
    )
    .max(Vec2::splat(1.0));
    let outer_size = size + frame;
    let position = if inside {
        Pos2::new(
            ((room.x - outer_size.x) * 0.5).max(0.0),
            ((room.y - outer_size.y) * 0.5).max(0.0),
        )
    } else {
        outer.min
    };
    Some((size, position))
}

/// Checks once, on the first frame that knows the monitor and the window.
#[derive(Debug, Default)]
pub struct FitFirstWindow {
    done: bool,
}

impl egui::Plugin for FitFirstWindow {
    fn debug_name(&self) -> &'static str {
        "fit the first window to its monitor"
    }

    fn on_begin_pass(&mut self, ui: &mut egui::Ui) {
        if self.done {
            return;
        }
        let ctx = ui.ctx().clone();
        let known = ctx.input(|i| {
            let viewport = i.viewport();
            Some((
                viewport.monitor_size?,
                viewport.outer_rect?,
                viewport.inner_rect?,
            ))
        });
        let Some((monitor, outer, inner)) = known else {
            return;
        };
        self.done = true;
        if let Some((size, position)) = fitted(monitor, outer, inner) {
            ctx.send_viewport_cmd(ViewportCommand::MinInnerSize(
                size.min(super::MIN_INNER_SIZE),
            ));
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(ViewportCommand::OuterPosition(position));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A window of `inner` points with Windows 10's frame (8 each side,
    /// a 31-point title bar) whose outer top-left is at `at`.
    fn window(at: [f32; 2], inner: [f32; 2]) -> (Rect, Rect) {
        let inner_rect = Rect::from_min_size(Pos2::new(at[0] + 8.0, at[1] + 31.0), inner.into());
        let outer = Rect::from_min_max(at.into(), inner_rect.max + Vec2::new(8.0, 8.0));
        (outer, inner_rect)
    }

    fn assert_on_screen(monitor: Vec2, at: [f32; 2], inner: [f32; 2]) {
        let (outer, inner) = window(at, inner);
        let (size, position) = fitted(monitor, outer, inner).unwrap();
        let frame = outer.size() - inner.size();
        let new_outer = Rect::from_min_size(position, size + frame);
        let room = Rect::from_min_size(Pos2::ZERO, monitor - Vec2::new(0.0, TASKBAR_PT));
        assert!(room.contains_rect(new_outer), "{new_outer:?} off {room:?}");
        // Not needlessly small either.
        assert!(size.x >= 900.0 && size.y >= 560.0, "{size:?}");
    }

    #[test]
    fn a_1366_by_768_screen_shows_the_whole_window() {
        assert_on_screen(Vec2::new(1366.0, 768.0), [26.0, 26.0], [1280.0, 768.0]);
    }

    #[test]
    fn a_1920_by_1080_screen_at_150_percent_shows_the_whole_window() {
        // 1280×720 points; eframe has already clamped 800 to 720.
        assert_on_screen(Vec2::new(1280.0, 720.0), [17.0, 17.0], [1280.0, 720.0]);
    }

    #[test]
    fn a_window_that_fits_is_left_alone() {
        let (outer, inner) = window([100.0, 100.0], [1280.0, 800.0]);
        assert_eq!(fitted(Vec2::new(1920.0, 1080.0), outer, inner), None);
    }

    #[test]
    fn a_window_on_another_monitor_is_only_made_smaller() {
        let (outer, inner) = window([2000.0, 10.0], [1280.0, 800.0]);
        let (size, position) = fitted(Vec2::new(1366.0, 768.0), outer, inner).unwrap();
        assert_eq!(position, outer.min);
        assert!(size.y < 768.0 - TASKBAR_PT);
        let (outer, inner) = window([2000.0, 10.0], [1000.0, 600.0]);
        assert_eq!(fitted(Vec2::new(1366.0, 768.0), outer, inner), None);
    }
}
