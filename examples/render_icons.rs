//! Renders the app icon's PNG sizes from its hand-drawn SVG source:
//! `cargo run --example render_icons` rewrites `assets/icons/cx-recipe-N.png`
//! for every size desktops use, and `assets/icons/cx-recipe.ico` (Windows'
//! icon, built into the programs and the installer) from those PNGs.
//! `cargo run --example render_icons -- --iconset DIR.iconset` renders a
//! macOS icon set instead, which `iconutil` turns into the app's .icns
//! (scripts/macos/make-app.sh). A test (`tests/integration/install.rs`)
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

/// The sizes in Windows' icon: Explorer's and the taskbar's at every
/// scaling up to 256 pixels, the largest an .ico holds.
pub const ICO_SIZES: [u32; 6] = [16, 32, 48, 64, 128, 256];

/// Where Windows' icon is kept.
pub fn ico_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/cx-recipe.ico")
}

/// An .ico of the committed PNGs of [`ICO_SIZES`], each encoded as the
/// `ico` crate chooses (PNG for soft edges, which Windows Vista on reads).
///
/// # Errors
/// If a PNG cannot be read or decoded.
pub fn ico() -> Result<Vec<u8>, String> {
    let mut dir = ico::IconDir::new(ico::ResourceType::Icon);
    for size_px in ICO_SIZES {
        let path = png_path(size_px);
        let png = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let image = ico::IconImage::read_png(std::io::Cursor::new(png))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        dir.add_entry(ico::IconDirEntry::encode(&image).map_err(|e| e.to_string())?);
    }
    let mut bytes = Vec::new();
    dir.write(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

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

/// The PNGs of a macOS `.iconset`: each point size at 1× and 2×, up to
/// 1024 pixels, named as `iconutil` wants them.
fn write_iconset(svg: &[u8], folder: &Path) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for points in [16, 32, 128, 256, 512] {
        for (scale, suffix) in [(1, ""), (2, "@2x")] {
            let path = folder.join(format!("icon_{points}x{points}{suffix}.png"));
            let png = render(svg, points * scale)?;
            std::fs::write(&path, png).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    println!("wrote the icon set {}", folder.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, folder] = args.as_slice()
        && flag == "--iconset"
    {
        let written = std::fs::read(source_path())
            .map_err(|e| e.to_string())
            .and_then(|svg| write_iconset(&svg, Path::new(folder)));
        return match written {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
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
        })
        .and_then(|()| {
            let path = ico_path();
            std::fs::write(&path, ico()?).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {}", path.display());
            Ok(())
        });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
