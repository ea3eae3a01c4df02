//! The clipboard: the summary as text for an email (Edit ▸ Copy summary,
//! Ctrl+Shift+C) and the chart as a picture for slides (Edit ▸ Copy chart:
//! the pixels of the PNG export, through egui's image copy). A large chart
//! is rendered on a worker, as its export is.

use super::work::{Done, IN_FRAME_INGREDIENTS};
use crate::app::message::{Message, Said, Value};
use crate::app::state::CxApp;
use crate::chart::{self, ExportOptions};
use crate::i18n::summary_text;
use crate::recipe::Recipe;

impl CxApp {
    /// Puts the summary of the recipe on screen on the clipboard.
    pub(super) fn copy_summary(&mut self, ctx: &egui::Context) {
        let text = summary_text::copy_summary(self.doc.recipe(), self.settings.decimals, self.lang);
        ctx.copy_text(text);
        self.message = Some(Message::Info(Said::new("export-copied")));
    }

    /// Puts the chart on the clipboard as a picture: what Export chart…
    /// would write as a PNG, in the same language and with the same
    /// options.
    pub(super) fn copy_chart(&mut self, ctx: &egui::Context) {
        let options = self.export_options();
        if self.doc.recipe().ingredients.len() <= IN_FRAME_INGREDIENTS {
            let picture = chart_picture(self.doc.recipe(), &options);
            self.copied_chart(ctx, picture);
            return;
        }
        let recipe = self.doc.recipe().clone();
        self.message = Some(Message::Info(Said::new("work-copying-chart")));
        self.off_frame(move || Done::Pictured(Box::new(chart_picture(&recipe, &options))));
    }

    /// The chart rendered (or why not): on the clipboard, and the banner
    /// says so.
    pub(super) fn copied_chart(
        &mut self,
        ctx: &egui::Context,
        picture: Result<egui::ColorImage, Said>,
    ) {
        match picture {
            Ok(image) => {
                ctx.copy_image(image);
                self.message = Some(Message::Info(Said::new("export-copied-chart")));
            }
            Err(why) => self.message = Some(Message::Error(why)),
        }
    }
}

/// The chart's pixels as egui's image.
fn chart_picture(recipe: &Recipe, options: &ExportOptions) -> Result<egui::ColorImage, Said> {
    let pixels = chart::export::to_pixels(recipe, options).map_err(|e| {
        Said::new("export-copy-chart-failed").arg("reason", Value::Text(e.to_string()))
    })?;
    let size = [
        usize::try_from(pixels.size.width_px).unwrap_or_default(),
        usize::try_from(pixels.size.height_px).unwrap_or_default(),
    ];
    Ok(egui::ColorImage::from_rgba_premultiplied(
        size,
        &pixels.rgba_premultiplied,
    ))
}
