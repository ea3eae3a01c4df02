//! Renders the app icon's PNG sizes from its hand-drawn SVG source:
//! `cargo run --example render_icons` rewrites `assets/icons/cx-recipe-N.png`
//! for every size desktops use. A test (`tests/integration/install.rs`)
//! renders them again and fails when the committed files are out of date.

#![allow(
    clippy::print_stdout,
    reason = "a developer's tool that says what it wrote"
)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

/// The sizes in pixels, as in `/usr/share/icons/hicolor/NxN/apps`.
pub const SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

/// The hand-drawn source.
pub fn source_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/cx-recipe.svg")
}

/// Where the icon of `size_px` pixels is kept.
pub fn png_path(size_px: u32) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/icons/cx-recipe-{size_px}.png"))
}

/// `svg` rendered as a square PNG of `size_px` pixels.
///
/// # Errors
/// If the SVG does not parse or the image cannot be made.
pub fn render(svg: &[u8], size_px: u32) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = Pixmap::new(size_px, size_px).ok_or("no pixmap of that size")?;
    let scale = size_px as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let written = std::fs::read(source_path())
        .map_err(|e| e.to_string())
        .and_then(|svg| {
            SIZES.iter().try_for_each(|&size_px| {
                let png = render(&svg, size_px)?;
                let path = png_path(size_px);
                std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))?;
                println!("wrote {}", path.display());
                Ok(())
            })
        });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
