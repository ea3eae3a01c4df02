//! One way to write a recipe's chart to a file, for both shells: the
//! format told by the file's extension, and the options the window and the
//! command line share (size, decimals, language, the balance and verdict).
//! `cx-recipe export FILE -o OUT` and the window's exports call
//! [`export`] with the same options, so they write the same bytes.

use std::path::Path;

use super::{ExportError, ExportSize, PieChart, png, svg, xlsx};
use crate::i18n::summary_text::{advice_line, balance_line};
use crate::i18n::{Lang, tr};
use crate::recipe::Recipe;

/// The file formats a chart is exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A scalable picture (`.svg`), carrying the recipe.
    Svg,
    /// A picture (`.png`), carrying the recipe.
    Png,
    /// A spreadsheet (`.xlsx`): the table, the balance and a native pie
    /// chart (see [`super::xlsx`]).
    Xlsx,
}

impl ExportFormat {
    /// Every format, in the order a menu or a message lists them.
    pub const ALL: [Self; 3] = [Self::Svg, Self::Png, Self::Xlsx];

    /// The format a file name asks for by its extension (any letter case);
    /// `None` for any other.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == ext)
    }

    /// The extension, without the dot: `svg`, `png`, `xlsx`.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Xlsx => "xlsx",
        }
    }
}

/// How a chart is exported. The default is what `cx-recipe export` always
/// wrote: 1200 × 800, one decimal, English, no balance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// The picture's size (PNG and SVG; a spreadsheet's chart keeps its own).
    pub size: ExportSize,
    /// Decimals of the percentages shown.
    pub decimals: u8,
    /// The language of the words the export adds (the balance, the verdict,
    /// a spreadsheet's headings) and the format of its numbers ("24,8 %").
    /// A spreadsheet's numbers are real numbers, shown in the reader's own
    /// format by their spreadsheet program whatever this is.
    pub lang: Lang,
    /// Whether a PNG or SVG shows the recipe's baking/cooking balance and
    /// the advice's verdict under the chart (where the recipe has tags, and
    /// a profile). A spreadsheet always has them.
    pub with_balance: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            size: ExportSize::default(),
            decimals: super::EXPORT_DECIMALS,
            lang: Lang::En,
            with_balance: false,
        }
    }
}

/// The bytes of `recipe`'s chart in `format`.
///
/// # Errors
/// [`ExportError::SizeOutOfRange`] for a PNG of a size out of range (an SVG
/// is clamped), and the other variants if rendering or encoding fails.
pub fn export(
    recipe: &Recipe,
    format: ExportFormat,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ExportFormat::Svg => Ok(to_svg(recipe, options).into_bytes()),
        ExportFormat::Png => to_png(recipe, options),
        ExportFormat::Xlsx => xlsx::workbook(recipe, options),
    }
}

/// The chart as an SVG document, carrying the recipe.
pub fn to_svg(recipe: &Recipe, options: &ExportOptions) -> String {
    let chart = PieChart::for_export_in(recipe, options.decimals, options.lang);
    svg::document_with(
        &chart,
        options.size.clamped(),
        chart.embedded_text().as_deref(),
        &words(recipe, options),
    )
}

/// The chart as a PNG image, carrying the recipe.
///
/// # Errors
/// As [`super::to_png`].
pub fn to_png(recipe: &Recipe, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let size = options.size.validate()?;
    let chart = PieChart::for_export_in(recipe, options.decimals, options.lang);
    let document = svg::document_with(&chart, size, None, &words(recipe, options));
    let picture = png::render(&document, size, &chart)?;
    match chart.embedded_text() {
        Some(text) => png::with_recipe(&picture, &text),
        None => Ok(picture),
    }
}

/// The pixels of the PNG [`to_png`] writes, without the recipe it carries:
/// for a clipboard, which takes a picture rather than a file.
///
/// # Errors
/// As [`to_png`].
pub fn to_pixels(recipe: &Recipe, options: &ExportOptions) -> Result<Pixels, ExportError> {
    let size = options.size.validate()?;
    let chart = PieChart::for_export_in(recipe, options.decimals, options.lang);
    let document = svg::document_with(&chart, size, None, &words(recipe, options));
    Ok(Pixels {
        size,
        rgba_premultiplied: png::pixels(&document, size, &chart)?,
    })
}

/// A picture's pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pixels {
    /// Its size.
    pub size: ExportSize,
    /// Four bytes a pixel (red, green, blue, alpha; the colours multiplied
    /// by the alpha), row by row from the top.
    pub rgba_premultiplied: Vec<u8>,
}

/// The lines an export with the balance shows under its chart: the
/// balance, then the advice's verdict, each where the recipe has it.
pub fn balance_notes(recipe: &Recipe, decimals: u8, lang: Lang) -> Vec<String> {
    [
        balance_line(recipe, decimals, lang),
        advice_line(recipe, lang),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn words(recipe: &Recipe, options: &ExportOptions) -> svg::Words {
    svg::Words {
        no_shares: tr(options.lang, "chart-export-no-shares"),
        notes: if options.with_balance {
            balance_notes(recipe, options.decimals, options.lang)
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::format;

    fn ideal_cx() -> Recipe {
        let text = include_str!("../../../../recipes/ideal-cx.ron");
        format::parse(text.as_bytes(), "ideal-cx.ron").unwrap()
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(
            ExportFormat::from_path(Path::new("a.SVG")),
            Some(ExportFormat::Svg)
        );
        assert_eq!(
            ExportFormat::from_path(Path::new("a.b.png")),
            Some(ExportFormat::Png)
        );
        assert_eq!(
            ExportFormat::from_path(Path::new("t.xlsx")),
            Some(ExportFormat::Xlsx)
        );
        assert_eq!(ExportFormat::from_path(Path::new("t.csv")), None);
        assert_eq!(ExportFormat::from_path(Path::new("xlsx")), None);
    }

    #[test]
    fn the_default_is_the_old_export() {
        let recipe = ideal_cx();
        let old = super::super::to_svg(
            &PieChart::for_export(&recipe, super::super::EXPORT_DECIMALS),
            ExportSize::default(),
        );
        assert_eq!(to_svg(&recipe, &ExportOptions::default()), old);
    }

    #[test]
    fn the_balance_and_the_verdict_go_under_the_chart() {
        let recipe = ideal_cx();
        let options = ExportOptions {
            with_balance: true,
            ..ExportOptions::default()
        };
        let svg = to_svg(&recipe, &options);
        assert!(svg.contains(r#"<g id="notes""#), "{svg}");
        assert!(
            svg.contains(">Baking 75.2 % · Cooking 12.4 % · untagged 12.4 %</text>"),
            "{svg}"
        );
        assert!(svg.contains(">Suggested baking: 60–80 % — inside the range</text>"));
        roxmltree::Document::parse(&svg).unwrap();
        assert!(!to_svg(&recipe, &ExportOptions::default()).contains("id=\"notes\""));
        // Nothing to say for a recipe without tags or a profile.
        let mut plain = recipe.clone();
        plain.profile = None;
        plain.ingredients.iter_mut().for_each(|i| i.tag = None);
        assert!(balance_notes(&plain, 1, Lang::En).is_empty());
    }

    #[test]
    fn labels_and_words_in_the_language() {
        let recipe = ideal_cx();
        let options = ExportOptions {
            lang: Lang::De,
            with_balance: true,
            ..ExportOptions::default()
        };
        let svg = to_svg(&recipe, &options);
        assert!(svg.contains(">24,8 %</text>"), "{svg}");
        assert!(!svg.contains(">24.8 %</text>"), "{svg}");
        assert!(svg.contains("Backen 75,2 %"), "{svg}");
        let mut zero = recipe;
        zero.ingredients.iter_mut().for_each(|i| i.amount = 0.0);
        let svg = to_svg(
            &zero,
            &ExportOptions {
                lang: Lang::Es,
                ..options
            },
        );
        assert!(
            svg.contains(&tr(Lang::Es, "chart-export-no-shares")),
            "{svg}"
        );
    }

    #[test]
    fn the_pixels_are_the_pngs() {
        let options = ExportOptions {
            size: ExportSize {
                width_px: 300,
                height_px: 200,
            },
            ..ExportOptions::default()
        };
        let pixels = to_pixels(&ideal_cx(), &options).unwrap();
        assert_eq!(pixels.rgba_premultiplied.len(), 300 * 200 * 4);
        let png = to_png(&ideal_cx(), &options).unwrap();
        let decoded = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!(decoded.data(), pixels.rgba_premultiplied.as_slice());
    }

    #[test]
    fn png_with_the_balance_renders() {
        let options = ExportOptions {
            with_balance: true,
            lang: Lang::Es,
            ..ExportOptions::default()
        };
        let bytes = export(&ideal_cx(), ExportFormat::Png, &options).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"));
    }
}
