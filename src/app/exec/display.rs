//! Display preferences, kept in the settings: decimals, the library panel,
//! the language, the theme, grouping small slices, the chart as a table,
//! and egui's zoom (changed by its own Ctrl +/−/0 and remembered here);
//! presentation mode; the message banner.

use crate::app::command::{ViewCommand, ZoomChange};
use crate::app::state::CxApp;
use crate::app::theme;

impl CxApp {
    /// Carries out a display command.
    pub(super) fn view(&mut self, ctx: &egui::Context, command: ViewCommand) {
        match command {
            ViewCommand::SetDecimals(d) => self.settings.decimals = d.min(3),
            ViewCommand::ToggleLibrary => self.settings.show_library = !self.settings.show_library,
            ViewCommand::SetLanguage(language) => self.set_language(language),
            ViewCommand::EnterPresentation => self.enter_presentation(ctx),
            ViewCommand::LeavePresentation => self.leave_presentation(ctx),
            ViewCommand::SetTheme(choice) => {
                self.settings.theme = choice;
                theme::apply(ctx, choice, self.screen.is_presenting() || self.presenting);
            }
            ViewCommand::ToggleGroupSmallSlices => {
                self.settings.group_small_slices = !self.settings.group_small_slices;
            }
            ViewCommand::ToggleChartTable => {
                self.settings.chart_as_table = !self.settings.chart_as_table;
            }
            ViewCommand::DismissMessage => self.message = None,
            ViewCommand::Zoom(change) => {
                match change {
                    ZoomChange::In => egui::gui_zoom::zoom_in(ctx),
                    ZoomChange::Out => egui::gui_zoom::zoom_out(ctx),
                    ZoomChange::Reset => ctx.set_zoom_factor(1.0),
                }
                self.follow_zoom(ctx);
            }
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
