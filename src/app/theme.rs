//! Design tokens: every size and colour of the window in one place, chosen to
//! read from the back of a room on a projector. Colours come per theme
//! (light, dark, high contrast) through [`tokens`]; the constants below keep
//! the light theme's values under their old names.

use egui::{Color32, FontFamily, FontId, TextStyle};
use serde::{Deserialize, Serialize};

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
pub const TABLE_FRACTION: f32 = 0.58;
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

/// Applies the app's look: the chosen theme, large text (larger still while
/// presenting), roomy controls.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice, presenting: bool) {
    let sizes = text_sizes(presenting);
    ctx.data_mut(|d| d.insert_temp(theme_id(), choice));
    let egui_theme = egui_theme(choice);
    ctx.set_theme(egui_theme);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(sizes.heading_pt, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(sizes.body_pt, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(sizes.body_pt, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(sizes.small_pt, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(sizes.body_pt, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 5.0);
        style.spacing.interact_size.y = sizes.body_pt + 11.0;
    });
    ctx.style_mut_of(egui_theme, |style| {
        style.visuals = visuals(choice);
    });
}

/// Applies the app's look again if something other than the app changed
/// egui's theme since (a host that sets its own theme on the context after
/// the app was made, as `egui_kittest`'s harness does): the theme the person
/// chose holds. One comparison a frame.
pub fn keep(ctx: &egui::Context, choice: ThemeChoice, presenting: bool) {
    if ctx.theme() != egui_theme(choice) {
        apply(ctx, choice, presenting);
    }
}

fn egui_theme(choice: ThemeChoice) -> egui::Theme {
    match choice {
        ThemeChoice::Light => egui::Theme::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::Theme::Dark,
    }
}

/// egui's visuals for a theme, with the app's square corners and colours.
fn visuals(choice: ThemeChoice) -> egui::Visuals {
    let t = choice.tokens();
    let mut v = match choice {
        ThemeChoice::Light => egui::Visuals::light(),
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::Visuals::dark(),
    };
    v.panel_fill = t.background;
    v.window_fill = t.background;
    v.selection.bg_fill = t.selected_fill;
    v.selection.stroke.color = t.selection_stroke;
    // Hints and captions (egui's weak text) lighter than the text but at
    // least 4.5:1 on the panel, the fields and the faint rows; egui's own
    // (the text at reduced alpha) is #939393 on #F8F8F8, 2.9:1.
    v.weak_text_color = Some(match choice {
        ThemeChoice::Light => Color32::from_gray(0x5e),
        ThemeChoice::Dark => Color32::from_gray(150),
        ThemeChoice::HighContrast => Color32::from_gray(200),
    });
    if choice != ThemeChoice::Light {
        // Body text brighter than egui's dark grey: projectors dim it.
        v.widgets.noninteractive.fg_stroke.color = t.text;
    }
    if choice == ThemeChoice::HighContrast {
        v.override_text_color = Some(t.text);
        v.extreme_bg_color = Color32::BLACK;
        v.faint_bg_color = Color32::from_gray(24);
        v.window_stroke = egui::Stroke::new(2.0, Color32::WHITE);
        v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, Color32::WHITE);
        v.widgets.inactive.weak_bg_fill = Color32::from_gray(24);
        v.widgets.inactive.bg_fill = Color32::from_gray(24);
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, Color32::WHITE);
        v.widgets.inactive.fg_stroke.color = Color32::WHITE;
        v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, t.selection_stroke);
        v.widgets.active.bg_stroke = egui::Stroke::new(2.0, t.selection_stroke);
        v.selection.stroke = egui::Stroke::new(2.0, t.selection_stroke);
    }
    // Square corners: flat controls read as well on a projector, and a
    // square rectangle tessellates to 4 points instead of dozens (the
    // table's frame cost is mostly its widgets' rectangles).
    for widget in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        widget.corner_radius = egui::CornerRadius::ZERO;
    }
    v
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

/// The room's QR code: dark modules on a light square in every theme, as
/// phones' cameras read codes best (a code in inverted colours is missed
/// by many readers).
pub const QR_DARK: Color32 = Color32::BLACK;
/// The QR code's light modules and its quiet zone.
pub const QR_LIGHT: Color32 = Color32::WHITE;

/// Where the chosen theme is kept in egui's memory, for [`tokens`].
fn theme_id() -> egui::Id {
    egui::Id::unique("cx-recipe-theme")
}

/// The themes a person can choose (View menu), persisted in the settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on light grey: the default, and what projectors show best.
    #[default]
    Light,
    /// Light text on dark grey.
    Dark,
    /// White on black, yellow for what is selected.
    HighContrast,
}

impl ThemeChoice {
    /// Every theme, in menu order.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    /// The theme's colours.
    pub fn tokens(self) -> &'static Tokens {
        match self {
            Self::Light => &LIGHT,
            Self::Dark => &DARK,
            Self::HighContrast => &HIGH_CONTRAST,
        }
    }
}

/// The colours of one theme. Text tokens have at least 4.5:1 against the
/// background and fills they are drawn on (checked in the tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tokens {
    /// The panels' background.
    pub background: Color32,
    /// Text and lines on the chart (outside labels, leader lines) and body
    /// text in the dark themes.
    pub text: Color32,
    /// Emphasised text: legend rows, headings, selected items.
    pub strong_text: Color32,
    /// A row or slice that is selected.
    pub selected_fill: Color32,
    /// A row or slice under the pointer.
    pub hover_fill: Color32,
    /// The outline of a selected slice or step.
    pub selection_stroke: Color32,
    /// Error text.
    pub error: Color32,
    /// The background of an error banner.
    pub error_fill: Color32,
    /// The background of a notice banner.
    pub notice_fill: Color32,
    /// The text of a notice banner.
    pub notice_text: Color32,
    /// Advice that the recipe is inside the suggested range.
    pub good: Color32,
    /// Warnings that are not errors.
    pub warning: Color32,
    /// Baking in the balance bar and the table.
    pub baking: Color32,
    /// Cooking in the balance bar and the table.
    pub cooking: Color32,
    /// Untagged in the balance bar.
    pub untagged: Color32,
}

/// The light theme: the constants above.
pub const LIGHT: Tokens = Tokens {
    background: Color32::from_gray(248),
    text: DARK_TEXT,
    strong_text: Color32::BLACK,
    selected_fill: SELECTED_FILL,
    hover_fill: HOVER_FILL,
    selection_stroke: DARK_TEXT,
    error: ERROR,
    error_fill: ERROR_FILL,
    notice_fill: NOTICE_FILL,
    notice_text: DARK_TEXT,
    good: GOOD,
    warning: WARNING,
    baking: BAKING,
    cooking: COOKING,
    untagged: UNTAGGED,
};

/// The dark theme.
pub const DARK: Tokens = Tokens {
    background: Color32::from_gray(27),
    text: Color32::from_gray(200),
    strong_text: Color32::WHITE,
    selected_fill: Color32::from_rgb(0x27, 0x47, 0x6e),
    hover_fill: Color32::from_rgb(0x30, 0x36, 0x3f),
    selection_stroke: Color32::WHITE,
    error: Color32::from_rgb(0xff, 0x8a, 0x80),
    error_fill: Color32::from_rgb(0x4a, 0x1c, 0x1a),
    notice_fill: Color32::from_rgb(0x1d, 0x35, 0x50),
    notice_text: Color32::from_gray(235),
    good: Color32::from_rgb(0x8b, 0xd4, 0x8e),
    warning: Color32::from_rgb(0xff, 0xb8, 0x6b),
    baking: Color32::from_rgb(0xd9, 0x9a, 0x4e),
    cooking: Color32::from_rgb(0x3f, 0xb8, 0xa8),
    untagged: Color32::from_gray(130),
};

/// The high-contrast theme: white on black, yellow for the selection.
pub const HIGH_CONTRAST: Tokens = Tokens {
    background: Color32::BLACK,
    text: Color32::WHITE,
    strong_text: Color32::WHITE,
    selected_fill: Color32::from_rgb(0x00, 0x3d, 0x99),
    hover_fill: Color32::from_gray(42),
    selection_stroke: Color32::from_rgb(0xff, 0xff, 0x00),
    error: Color32::from_rgb(0xff, 0x9e, 0x9e),
    error_fill: Color32::from_rgb(0x3a, 0x00, 0x00),
    notice_fill: Color32::from_rgb(0x00, 0x2a, 0x55),
    notice_text: Color32::WHITE,
    good: Color32::from_rgb(0x7d, 0xff, 0x7d),
    warning: Color32::from_rgb(0xff, 0xd2, 0x4d),
    baking: Color32::from_rgb(0xff, 0xb3, 0x47),
    cooking: Color32::from_rgb(0x40, 0xe0, 0xd0),
    untagged: Color32::from_gray(192),
};

/// The colours of the theme in use (set by [`apply`]).
pub fn tokens(ctx: &egui::Context) -> &'static Tokens {
    ctx.data(|d| d.get_temp::<ThemeChoice>(theme_id()))
        .unwrap_or_default()
        .tokens()
}

/// Text sizes in points, for the editor or for presentation mode.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextSizes {
    /// Body text, buttons, legend rows.
    pub body_pt: f32,
    /// Headings: the recipe title.
    pub heading_pt: f32,
    /// Small print.
    pub small_pt: f32,
    /// Percentages on the pie.
    pub slice_label_pt: f32,
}

/// The smallest text presentation mode draws: 28 px on a 1920×1080
/// projector reads from the back of a room.
pub const PRESENT_MIN_TEXT_PT: f32 = 28.0;

/// The text sizes of the editor, or of presentation mode (none under
/// [`PRESENT_MIN_TEXT_PT`]).
pub fn text_sizes(presenting: bool) -> TextSizes {
    if presenting {
        TextSizes {
            body_pt: 32.0,
            heading_pt: 56.0,
            small_pt: PRESENT_MIN_TEXT_PT,
            slice_label_pt: 32.0,
        }
    } else {
        TextSizes {
            body_pt: BODY_PT,
            heading_pt: HEADING_PT,
            small_pt: SMALL_PT,
            slice_label_pt: SLICE_LABEL_PT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::contrast::text_reads;

    fn rgb(c: Color32) -> [u8; 3] {
        [c.r(), c.g(), c.b()]
    }

    #[test]
    fn every_theme_keeps_its_text_readable() {
        for choice in ThemeChoice::ALL {
            let t = choice.tokens();
            let pairs = [
                (t.text, t.background, "text"),
                (t.strong_text, t.background, "strong text"),
                (t.strong_text, t.selected_fill, "selected row"),
                (t.strong_text, t.hover_fill, "hovered row"),
                (t.error, t.error_fill, "error banner"),
                (t.error, t.background, "error"),
                (t.notice_text, t.notice_fill, "notice banner"),
                (t.good, t.background, "good advice"),
                (t.warning, t.background, "warning"),
                (t.baking, t.background, "baking tag"),
                (t.cooking, t.background, "cooking tag"),
            ];
            for (fg, bg, what) in pairs {
                assert!(text_reads(rgb(fg), rgb(bg)), "{choice:?}: {what}");
            }
        }
    }

    #[test]
    fn presentation_text_is_never_under_the_floor() {
        let s = text_sizes(true);
        for size in [s.body_pt, s.heading_pt, s.small_pt, s.slice_label_pt] {
            assert!(size >= PRESENT_MIN_TEXT_PT);
        }
        assert!(text_sizes(false).body_pt < PRESENT_MIN_TEXT_PT);
    }
}
