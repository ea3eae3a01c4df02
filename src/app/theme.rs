//! Design tokens: every size and colour of the window in one place, chosen to
//! read from the back of a room on a projector.

use egui::{Color32, FontFamily, FontId, TextStyle};

/// Body text size in points: larger than egui's 12.5 so a projected window
/// reads from the back of a room.
pub const BODY_PT: f32 = 17.0;
/// Headings (the recipe title over the chart).
pub const HEADING_PT: f32 = 26.0;
/// Small print (the status line).
pub const SMALL_PT: f32 = 14.0;
/// Labels on the pie slices.
pub const SLICE_LABEL_PT: f32 = 18.0;
/// A table row's height in points.
pub const ROW_HEIGHT_PT: f32 = 32.0;
/// Width of the ingredient panel, as a fraction of the window at first.
pub const TABLE_FRACTION: f32 = 0.56;
/// The least width the chart panel keeps beside the editor.
pub const CHART_MIN_PT: f32 = 400.0;
/// Width of the ingredient library, as a fraction of the window at first.
pub const LIBRARY_FRACTION: f32 = 0.17;
/// The colour swatch in the legend.
pub const SWATCH_PT: f32 = 18.0;
/// How far a selected slice moves out of the pie, as a fraction of the radius.
pub const EXPLODE_FRACTION: f64 = 0.06;

/// Text on light slices and outside labels.
pub const DARK_TEXT: Color32 = Color32::from_rgb(0x1a, 0x1a, 0x1a);
/// Lines between slices.
pub const SLICE_EDGE: Color32 = Color32::WHITE;
/// Errors.
pub const ERROR: Color32 = Color32::from_rgb(0xb0, 0x1c, 0x1c);
/// The background of an error banner.
pub const ERROR_FILL: Color32 = Color32::from_rgb(0xfd, 0xec, 0xea);
/// Notices that are not errors.
pub const NOTICE_FILL: Color32 = Color32::from_rgb(0xe8, 0xf1, 0xfb);
/// A row or slice that is selected.
pub const SELECTED_FILL: Color32 = Color32::from_rgb(0xcf, 0xe2, 0xf7);
/// A row or slice under the pointer.
pub const HOVER_FILL: Color32 = Color32::from_rgb(0xea, 0xf1, 0xf9);

/// Converts a model colour.
pub fn colour32(rgb: [u8; 3]) -> Color32 {
    let [r, g, b] = rgb;
    Color32::from_rgb(r, g, b)
}

/// Applies the app's look: light theme (projectors wash out dark themes),
/// large text, roomy controls.
pub fn apply(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(HEADING_PT, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(BODY_PT, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(BODY_PT, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(SMALL_PT, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(BODY_PT, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = 28.0;
        // Square corners: flat controls read as well on a projector, and a
        // square rectangle tessellates to 4 points instead of dozens (the
        // table's frame cost is mostly its widgets' rectangles).
        for widget in [
            &mut style.visuals.widgets.noninteractive,
            &mut style.visuals.widgets.inactive,
            &mut style.visuals.widgets.hovered,
            &mut style.visuals.widgets.active,
            &mut style.visuals.widgets.open,
        ] {
            widget.corner_radius = egui::CornerRadius::ZERO;
        }
        style.visuals.selection.bg_fill = SELECTED_FILL;
        style.visuals.selection.stroke.color = DARK_TEXT;
    });
}

/// Baking in the balance bar: a warm crust brown.
pub const BAKING: Color32 = Color32::from_rgb(0x8c, 0x51, 0x0a);
/// Cooking in the balance bar: a pan's teal.
pub const COOKING: Color32 = Color32::from_rgb(0x01, 0x66, 0x5e);
/// Untagged in the balance bar.
pub const UNTAGGED: Color32 = Color32::from_rgb(0xbd, 0xbd, 0xbd);
/// Advice that the recipe is inside the suggested range.
pub const GOOD: Color32 = Color32::from_rgb(0x1b, 0x5e, 0x20);
/// Warnings that are not errors (the order check, advice outside the range).
pub const WARNING: Color32 = Color32::from_rgb(0x8a, 0x4b, 0x00);
