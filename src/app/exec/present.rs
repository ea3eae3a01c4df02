//! Presentation mode: entering it (full screen, large type) and leaving it
//! (the window put back as it was). From the editor, F5 shows the
//! presentation screen; on the compare and blend screens it projects that
//! screen (`CxApp::presenting`). Presentation's keys are read in
//! `views::present`; the edits they make are the ordinary commands.

use egui::ViewportCommand;

use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::app::theme;

impl CxApp {
    /// Shows the chart full screen for an audience, projects the compare
    /// screen, or the blend's reveal (`Screen::PresentBlend`).
    pub(super) fn enter_presentation(&mut self, ctx: &egui::Context) {
        match self.screen {
            // The room screen is drawn at projector size already.
            Screen::Presentation | Screen::Room | Screen::PresentBlend => return,
            Screen::Editor => self.screen = Screen::Presentation,
            Screen::Blend => self.screen = Screen::PresentBlend,
            Screen::Compare => {
                if self.presenting {
                    return;
                }
                self.presenting = true;
            }
        }
        self.was_fullscreen = ctx.input(|i| i.viewport().fullscreen).unwrap_or(false);
        theme::apply(ctx, self.settings.theme, true);
        ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
    }

    /// Back to the editor (or to the compare or blend screen), the window
    /// as it was before.
    pub(super) fn leave_presentation(&mut self, ctx: &egui::Context) {
        match self.screen {
            Screen::Presentation => self.screen = Screen::Editor,
            Screen::PresentBlend => self.screen = Screen::Blend,
            Screen::Compare if self.presenting => self.presenting = false,
            Screen::Editor | Screen::Compare | Screen::Blend | Screen::Room => return,
        }
        theme::apply(ctx, self.settings.theme, false);
        if !self.was_fullscreen {
            ctx.send_viewport_cmd(ViewportCommand::Fullscreen(false));
        }
    }
}
