//! The pure core of CX Recipe Designer: everything that is true of a recipe
//! whatever shows it. The window (`cx-recipe`'s `app`) and the command line
//! (`cli`) sit on top; this crate imports neither, nor egui, eframe or rfd —
//! its `Cargo.toml` does not list them, so the compiler holds the line.
//!
//! - [`recipe`]: the model — recipe, ingredients, kitchen units, shares, the
//!   RON file format with its limits, the atomic save, library, advice,
//!   blend and diff.
//! - [`chart`]: pie-chart geometry, the palette, contrast, SVG and PNG.
//! - [`i18n`]: the product's words in English, Spanish and German (Fluent).

pub mod chart;
pub mod i18n;
pub mod recipe;
