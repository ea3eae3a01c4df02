//! The pie chart without a window: slice geometry, the palette, and export to
//! SVG and PNG. Nothing here imports egui; callers hand in plain [`PieChart`]
//! data, so the window and the exported files draw from the same
//! [`geometry`]. The recipe model comes in only through
//! [`PieChart::from_recipe`] (the window's, every frame) and
//! [`PieChart::for_export`], which also keeps the recipe so that exported
//! pictures carry it and reopen as the recipe.

pub mod contrast;
pub mod export;
pub mod fonts;
pub mod geometry;
pub mod group;
pub mod palette;
mod png;
mod svg;
pub mod xlsx;

pub use export::{ExportFormat, ExportOptions, Pixels, export};

use crate::recipe::{Recipe, format};

/// One slice's input: an ingredient's name, share and colour.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartItem {
    /// Name shown in the legend and in the slice's tooltip.
    pub name: String,
    /// Fraction of the whole, `0.0..=1.0`. Shares that do not add up to 1
    /// exactly are scaled; zero, negative or non-finite shares get no slice.
    pub share: f64,
    /// Percentage text already rounded by the caller, e.g. `"24.8 %"`.
    pub percent_label: String,
    /// Slice and swatch colour as sRGB bytes.
    pub colour: [u8; 3],
}

/// Everything the chart shows: a title and the items in legend order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PieChart {
    /// Heading drawn above the pie.
    pub title: String,
    /// One entry per legend row; the order is kept in the legend and in the
    /// clockwise order of the slices, starting at 12 o'clock.
    pub items: Vec<ChartItem>,
    /// The recipe drawn, if the chart comes from one: SVG and PNG exports
    /// carry its canonical text (`format::to_ron`), so that opening the
    /// picture opens the recipe. `None` for a chart of plain data.
    pub source: Option<Recipe>,
}

impl PieChart {
    /// The canonical text of [`Self::source`] to embed in an export; `None`
    /// without a source, or for a recipe no file could hold.
    fn embedded_text(&self) -> Option<String> {
        self.source.as_ref().and_then(|r| format::to_ron(r).ok())
    }
}

/// Decimals of an exported chart's percentages unless asked otherwise:
/// `export`'s default, and the window's Export chart….
pub const EXPORT_DECIMALS: u8 = 1;

/// Pixel size of an exported image.
///
/// The default, 1200 × 800, suits a slide. [`ExportSize::validate`] rejects
/// sizes outside [`ExportSize::MIN`]..=[`ExportSize::MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportSize {
    /// Image width in pixels.
    pub width_px: u32,
    /// Image height in pixels.
    pub height_px: u32,
}

impl ExportSize {
    /// Smallest size at which the title, pie and legend still fit.
    pub const MIN: Self = Self {
        width_px: 200,
        height_px: 150,
    };
    /// Largest size; keeps the PNG pixel buffer below 256 MB.
    pub const MAX: Self = Self {
        width_px: 8000,
        height_px: 8000,
    };

    /// Returns the size unchanged if both sides lie within [`Self::MIN`] and
    /// [`Self::MAX`].
    ///
    /// # Errors
    /// [`ExportError::SizeOutOfRange`] otherwise.
    pub fn validate(self) -> Result<Self, ExportError> {
        let width_ok = (Self::MIN.width_px..=Self::MAX.width_px).contains(&self.width_px);
        let height_ok = (Self::MIN.height_px..=Self::MAX.height_px).contains(&self.height_px);
        if width_ok && height_ok {
            Ok(self)
        } else {
            Err(ExportError::SizeOutOfRange {
                width_px: self.width_px,
                height_px: self.height_px,
            })
        }
    }

    /// The nearest size within [`Self::MIN`]..=[`Self::MAX`].
    #[must_use]
    pub fn clamped(self) -> Self {
        Self {
            width_px: self.width_px.clamp(Self::MIN.width_px, Self::MAX.width_px),
            height_px: self
                .height_px
                .clamp(Self::MIN.height_px, Self::MAX.height_px),
        }
    }
}

impl Default for ExportSize {
    fn default() -> Self {
        Self {
            width_px: 1200,
            height_px: 800,
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The requested image size is outside the supported range.
    #[error(
        "image size {width_px} × {height_px} px is out of range: width must be 200 to 8000 px, height 150 to 8000 px"
    )]
    SizeOutOfRange {
        /// Requested width.
        width_px: u32,
        /// Requested height.
        height_px: u32,
    },
    /// The generated SVG could not be parsed for rendering (a bug if it
    /// happens).
    #[error("could not render the chart")]
    Render(#[source] resvg::usvg::Error),
    /// No pixel buffer of the requested size could be allocated.
    #[error("could not allocate a {width_px} × {height_px} px image")]
    Allocate {
        /// Requested width.
        width_px: u32,
        /// Requested height.
        height_px: u32,
    },
    /// The spreadsheet could not be written (a bug if it happens).
    #[error("could not write the spreadsheet: {reason}")]
    Spreadsheet {
        /// The writer's message.
        reason: String,
    },
    /// The rendered pixels could not be encoded as PNG, or the recipe not
    /// added to it.
    #[error("could not encode the chart as PNG: {reason}")]
    Encode {
        /// The encoder's message.
        reason: String,
    },
}

/// The chart as a standalone SVG document of the given size, carrying
/// [`PieChart::source`] in its `<metadata>`.
///
/// Sizes outside [`ExportSize::MIN`]..=[`ExportSize::MAX`] are clamped into
/// range; call [`ExportSize::validate`] first to reject them instead. The
/// output is deterministic: the same chart and size give the same bytes.
#[must_use]
pub fn to_svg(chart: &PieChart, size: ExportSize) -> String {
    svg::document(chart, size.clamped(), chart.embedded_text().as_deref())
}

/// The chart rendered as a PNG image, drawn from the same SVG as [`to_svg`]
/// with the Ubuntu font that egui ships, so it looks alike on every machine
/// (for scripts Ubuntu lacks, with the fonts [`fonts`] finds, their glyphs
/// drawn into the image); it carries [`PieChart::source`] in an `iTXt` chunk.
///
/// # Errors
/// [`ExportError::SizeOutOfRange`] for a size outside the supported range, and
/// the other variants if rendering or encoding fails.
pub fn to_png(chart: &PieChart, size: ExportSize) -> Result<Vec<u8>, ExportError> {
    let size = size.validate()?;
    let text = chart.embedded_text();
    // The recipe travels in the PNG's own chunk; the SVG drawn needs none.
    let picture = png::render(&svg::document(chart, size, None), size, chart)?;
    match text {
        Some(text) => png::with_recipe(&picture, &text),
        None => Ok(picture),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_validation_accepts_bounds_and_rejects_outside() {
        assert!(ExportSize::MIN.validate().is_ok());
        assert!(ExportSize::MAX.validate().is_ok());
        assert!(ExportSize::default().validate().is_ok());
        for bad in [(199, 800), (1200, 149), (8001, 800), (1200, 8001), (0, 0)] {
            let size = ExportSize {
                width_px: bad.0,
                height_px: bad.1,
            };
            assert!(matches!(
                size.validate(),
                Err(ExportError::SizeOutOfRange { .. })
            ));
        }
    }

    #[test]
    fn png_rejects_bad_size() {
        let size = ExportSize {
            width_px: 10,
            height_px: 10,
        };
        assert!(matches!(
            to_png(&PieChart::default(), size),
            Err(ExportError::SizeOutOfRange { .. })
        ));
    }

    #[test]
    fn svg_clamps_bad_size() {
        let size = ExportSize {
            width_px: 10,
            height_px: 99_999,
        };
        let svg = to_svg(&PieChart::default(), size);
        assert!(svg.contains(r#"width="200" height="8000""#));
    }
}
mod recipe_chart;
