//! Presentation mode: entering it (full screen, large type) and leaving it
//! (the window put back as it was). Its keys are read in
//! `views::present`; the edits they make are the ordinary commands.

use egui::ViewportCommand;

use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::app::theme;

impl CxApp {
    /// Shows the chart full screen for an audience (from the blend screen,
    /// the blend's reveal).
    pub(super) fn enter_presentation(&mut self, ctx: &egui::Context) {
        let presented = match self.screen {
            Screen::Editor => Screen::Presentation,
            Screen::Blend => Screen::PresentBlend,
            Screen::Compare | Screen::Room | Screen::Presentation | Screen::PresentBlend => return,
        };
        self.was_fullscreen = ctx.input(|i| i.viewport().fullscreen).unwrap_or(false);
        self.screen = presented;
        theme::apply(ctx, self.settings.theme, true);
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
    }

    /// Back to the editor (or the blend screen), the window as it was
    /// before.
    pub(super) fn leave_presentation(&mut self, ctx: &egui::Context) {
        self.screen = match self.screen {
            Screen::Presentation => Screen::Editor,
            Screen::PresentBlend => Screen::Blend,
            Screen::Editor | Screen::Compare | Screen::Blend | Screen::Room => return,
        };
        theme::apply(ctx, self.settings.theme, false);
        if !self.was_fullscreen {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
    }
}
