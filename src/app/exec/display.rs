//! Display preferences, kept in the settings: the theme, grouping small
//! slices, the chart as a table, and egui's zoom (changed by its own
//! Ctrl +/−/0 and remembered here).

use crate::app::command::Command;
use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::app::theme;

impl CxApp {
    /// Carries out a display command.
    pub(super) fn display(&mut self, ctx: &egui::Context, command: &Command) {
        match *command {
            Command::EnterPresentation => self.enter_presentation(ctx),
            Command::LeavePresentation => self.leave_presentation(ctx),
            Command::SetTheme(choice) => {
                self.settings.theme = choice;
                theme::apply(ctx, choice, self.screen == Screen::Presentation);
            }
            Command::ToggleGroupSmallSlices => {
                self.settings.group_small_slices = !self.settings.group_small_slices;
            }
            Command::ToggleChartTable => {
                self.settings.chart_as_table = !self.settings.chart_as_table;
            }
            _ => {}
        }
    }

    /// Remembers the zoom egui's shortcuts set, for the next start.
    pub(in crate::app) fn follow_zoom(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        if zoom != self.settings.zoom {
            self.settings.zoom = zoom;
        }
    }
}
