//! Names in any script in exported PNGs: with the system's fonts for CJK,
//! Arabic and Hebrew installed (Debian: fonts-noto-cjk, fonts-noto-core),
//! they are drawn instead of boxes; a recipe in Latin script reads no system
//! font at all. Where the fonts are not installed the tests that need them
//! say so and pass — or fail, where `CX_REQUIRE_FONTS=1` (CI installs
//! them). The window's fonts are in `fonts_window`, among faces the tests
//! name.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use cx_recipe::chart::fonts;
use cx_recipe::chart::{ExportSize, PieChart, to_png};
use cx_recipe::recipe::format;
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use crate::gui::window_with;
use crate::images::export;
use crate::repo_path;

const TITLE: &str = "品質";
const ARABIC: &str = "خدمة العملاء";
const HEBREW: &str = "שירות";

/// Whether the system has fonts for `text`; if not, says why the test is
/// skipped, or fails it where `CX_REQUIRE_FONTS=1`.
fn installed_for(text: &str) -> bool {
    let missing = fonts::fallbacks_for(text).missing;
    if !missing.is_empty() {
        let why = format!(
            "no installed font has {missing:?}; install fonts-noto-cjk and fonts-noto-core"
        );
        assert!(
            std::env::var_os("CX_REQUIRE_FONTS").is_none_or(|v| v != "1"),
            "CX_REQUIRE_FONTS=1, but {why}"
        );
        eprintln!("skipped: {why}");
    }
    missing.is_empty()
}

/// A recipe file with `title` and `names`, in `dir`.
pub fn recipe_file(dir: &Path, title: &str, names: &[&str]) -> PathBuf {
    let ingredients: String = names
        .iter()
        .map(|n| format!("(name: {n:?}, amount: 1, unit: Part),"))
        .collect();
    let text = format!("(title: {title:?}, ingredients: [{ingredients}])");
    let recipe = format::parse(text.as_bytes(), "test").unwrap();
    let path = dir.join("names.ron");
    fs::write(&path, format::to_ron(&recipe).unwrap()).unwrap();
    path
}

/// The SVG drawn with Ubuntu Light alone: what the PNG looked like before
/// fallback fonts, boxes for every character Ubuntu lacks.
fn ubuntu_only(svg: &Path) -> Pixmap {
    let mut db = fontdb::Database::new();
    db.load_font_source(fontdb::Source::Binary(Arc::new(
        epaint_default_fonts::UBUNTU_LIGHT,
    )));
    db.set_sans_serif_family("Ubuntu");
    let options = usvg::Options {
        font_family: "Ubuntu".to_owned(),
        fontdb: Arc::new(db),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_data(&fs::read(svg).unwrap(), &options).unwrap();
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(&tree, Transform::identity(), &mut pixmap.as_mut());
    pixmap
}

fn is_dark(pixmap: &Pixmap, x: u32, y: u32) -> bool {
    pixmap
        .pixel(x, y)
        .is_some_and(|p| u16::from(p.red()) + u16::from(p.green()) + u16::from(p.blue()) < 300)
}

/// The glyphs of the title (the first band of rows with dark pixels), each
/// as its dark pixels relative to its left edge.
fn title_glyphs(pixmap: &Pixmap) -> Vec<Vec<(u32, u32)>> {
    let (w, h) = (pixmap.width(), pixmap.height());
    let row_dark = |y: u32| (0..w).any(|x| is_dark(pixmap, x, y));
    let top = (0..h).find(|y| row_dark(*y)).unwrap();
    let bottom = (top..h).find(|y| !row_dark(*y)).unwrap();
    let column_dark = |x: u32| (top..bottom).any(|y| is_dark(pixmap, x, y));
    let mut glyphs = Vec::new();
    let mut x = 0;
    while x < w {
        if !column_dark(x) {
            x += 1;
            continue;
        }
        let left = x;
        while x < w && column_dark(x) {
            x += 1;
        }
        let pixels = (left..x)
            .flat_map(|gx| (top..bottom).map(move |gy| (gx, gy)))
            .filter(|(gx, gy)| is_dark(pixmap, *gx, *gy))
            .map(|(gx, gy)| (gx - left, gy - top))
            .collect();
        glyphs.push(pixels);
    }
    glyphs
}

/// Whether two glyphs' pixels are the same but for anti-aliasing: fewer
/// than a fifth of them differ.
fn alike(a: &[(u32, u32)], b: &[(u32, u32)]) -> bool {
    let differ =
        a.iter().filter(|p| !b.contains(p)).count() + b.iter().filter(|p| !a.contains(p)).count();
    differ * 5 < a.len().max(b.len())
}

#[test]
fn an_exported_png_draws_cjk_arabic_and_hebrew_names_not_boxes() {
    if !installed_for(&[TITLE, ARABIC, HEBREW].concat()) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = recipe_file(dir.path(), TITLE, &[ARABIC, HEBREW, "Speed"]);
    let png = Pixmap::decode_png(&fs::read(export(&file, dir.path(), "c.png")).unwrap()).unwrap();
    let boxes = ubuntu_only(&export(&file, dir.path(), "c.svg"));

    // With Ubuntu alone both characters of the title are the same box; in
    // the export they are two different glyphs.
    let tofu = title_glyphs(&boxes);
    assert_eq!(tofu.len(), 2);
    assert!(alike(&tofu[0], &tofu[1]), "the control: boxes look alike");
    let drawn = title_glyphs(&png);
    assert_eq!(drawn.len(), 2, "品 and 質 are two glyphs");
    assert!(!alike(&drawn[0], &drawn[1]), "品 and 質 are drawn as boxes");

    // The legend's Arabic and Hebrew names differ from their boxes too.
    let differing = (0..png.height())
        .flat_map(|y| (0..png.width()).map(move |x| (x, y)))
        .filter(|(x, y)| png.pixel(*x, *y) != boxes.pixel(*x, *y))
        .count();
    assert!(differing > 500, "only {differing} pixels differ from boxes");
}

#[test]
fn a_latin_png_is_drawn_as_before_with_ubuntu_alone() {
    let dir = tempfile::tempdir().unwrap();
    let ideal = repo_path("recipes/ideal-cx.ron");
    let png = Pixmap::decode_png(&fs::read(export(&ideal, dir.path(), "i.png")).unwrap()).unwrap();
    let ubuntu = ubuntu_only(&export(&ideal, dir.path(), "i.svg"));
    assert!(png.data() == ubuntu.data(), "the Latin export changed");
}

/// Run in a process of its own by `a_latin_recipe_reads_no_system_font`:
/// the system's fonts are read once per process, so any other test could
/// have read them first.
#[test]
#[ignore = "run in a fresh process by a_latin_recipe_reads_no_system_font"]
fn latin_recipe_in_a_fresh_process() {
    assert!(!fonts::system_fonts_loaded());
    let ideal = repo_path("recipes/ideal-cx.ron");
    let mut w = window_with(Some(ideal.clone()), tempfile::tempdir().unwrap());
    w.harness.run();
    let recipe = format::load(&ideal).unwrap();
    to_png(&PieChart::for_export(&recipe, 1), ExportSize::default()).unwrap();
    assert!(
        !fonts::system_fonts_loaded(),
        "a Latin recipe read the system's fonts"
    );
    // The control: a Japanese name does read them.
    let _ = fonts::fallbacks_for(TITLE);
    assert!(fonts::system_fonts_loaded());
}

#[test]
fn a_latin_recipe_reads_no_system_font() {
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "fonts::latin_recipe_in_a_fresh_process",
            "--exact",
            "--ignored",
            "--test-threads=1",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
