//! Installing like a desktop app: the Debian package's contents list, the
//! icons (up to date with their SVG source), the window icon, the desktop
//! entry and the MIME type that tells recipe files by their first line.
//! `scripts/check-desktop-files.sh` runs the system's validators on top.

use std::collections::BTreeMap;
use std::fs;

use cx_recipe::recipe::format;

use crate::repo_path;

#[expect(dead_code, reason = "the example's main is not called from the tests")]
#[path = "../../examples/render_icons.rs"]
mod render_icons;

/// `[package.metadata.deb]` from Cargo.toml.
fn deb_metadata() -> toml::Table {
    let manifest: toml::Table = fs::read_to_string(repo_path("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    manifest["package"]["metadata"]["deb"]
        .as_table()
        .unwrap()
        .clone()
}

/// The package's assets: installed path (as in `dpkg-deb -c`) → source.
fn deb_assets() -> BTreeMap<String, (String, String)> {
    let mut assets = BTreeMap::new();
    for asset in deb_metadata()["assets"].as_array().unwrap() {
        let [source, dest, mode] = asset.as_array().unwrap().as_slice() else {
            panic!("an asset is [source, destination, mode]: {asset}");
        };
        let (source, dest) = (source.as_str().unwrap(), dest.as_str().unwrap());
        let name = source.rsplit('/').next().unwrap();
        let installed = if dest.ends_with('/') {
            format!("/{dest}{name}")
        } else {
            format!("/{dest}")
        };
        let mode = mode.as_str().unwrap().to_owned();
        assert!(
            assets
                .insert(installed.clone(), (source.to_owned(), mode))
                .is_none(),
            "{installed} is installed twice"
        );
    }
    assets
}

#[test]
fn the_package_installs_binary_entry_mime_type_and_icons() {
    let assets = deb_assets();
    let mut expected: Vec<(String, &str)> = vec![
        ("/usr/bin/cx-recipe".to_owned(), "755"),
        (
            "/usr/share/applications/cx-recipe.desktop".to_owned(),
            "644",
        ),
        ("/usr/share/mime/packages/cx-recipe.xml".to_owned(), "644"),
        (
            "/usr/share/icons/hicolor/scalable/apps/cx-recipe.svg".to_owned(),
            "644",
        ),
        ("/usr/share/doc/cx-recipe/README.md".to_owned(), "644"),
    ];
    for size in render_icons::SIZES {
        expected.push((
            format!("/usr/share/icons/hicolor/{size}x{size}/apps/cx-recipe.png"),
            "644",
        ));
    }
    let listed: Vec<&String> = assets.keys().collect();
    let mut wanted: Vec<&String> = expected.iter().map(|(path, _)| path).collect();
    wanted.sort();
    assert_eq!(listed, wanted);
    for (installed, mode) in &expected {
        let (source, listed_mode) = &assets[installed];
        assert_eq!(listed_mode, mode, "{installed}");
        if installed == "/usr/bin/cx-recipe" {
            // cargo-deb maps this to wherever the release build is.
            assert_eq!(source, "target/release/cx-recipe");
        } else {
            assert!(repo_path(source).is_file(), "{source} is missing");
        }
    }
    // An icon of N pixels goes in the folder for N×N.
    for size in render_icons::SIZES {
        let (source, _) =
            &assets[&format!("/usr/share/icons/hicolor/{size}x{size}/apps/cx-recipe.png")];
        let bytes = fs::read(repo_path(source)).unwrap();
        let reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .unwrap();
        assert_eq!((reader.info().width, reader.info().height), (size, size));
    }
}

#[test]
fn the_package_depends_on_the_readme_run_time_libraries() {
    let meta = deb_metadata();
    for key in ["maintainer", "section", "depends"] {
        assert!(meta.contains_key(key), "{key} missing");
    }
    let depends = meta["depends"].as_str().unwrap();
    let readme = fs::read_to_string(repo_path("README.md")).unwrap();
    let section = readme
        .split("### Linux packages at run time")
        .nth(1)
        .unwrap();
    let install_line = section
        .lines()
        .skip_while(|l| !l.starts_with("sudo apt-get install libgl1"))
        .take_while(|l| !l.starts_with('#'))
        .collect::<String>();
    let libraries: Vec<&str> = install_line
        .split_whitespace()
        .filter(|w| w.starts_with("lib"))
        .collect();
    assert!(libraries.len() >= 8, "{libraries:?}");
    for lib in libraries {
        assert!(
            depends.split(", ").any(|d| d == lib),
            "{lib} not in {depends}"
        );
    }
}

#[test]
fn the_icons_are_rendered_from_their_svg_source() {
    let svg = fs::read(render_icons::source_path()).unwrap();
    for size in render_icons::SIZES {
        let fresh =
            resvg::tiny_skia::Pixmap::decode_png(&render_icons::render(&svg, size).unwrap())
                .unwrap();
        let kept =
            resvg::tiny_skia::Pixmap::decode_png(&fs::read(render_icons::png_path(size)).unwrap())
                .unwrap();
        assert_eq!((kept.width(), kept.height()), (size, size));
        // A tolerance for rounding on other machines; a changed drawing
        // differs by far more.
        let worst = fresh
            .data()
            .iter()
            .zip(kept.data())
            .map(|(a, b)| a.abs_diff(*b))
            .max()
            .unwrap();
        assert!(
            worst <= 2,
            "cx-recipe-{size}.png is out of date: run `cargo run --example render_icons`"
        );
    }
}

#[test]
fn the_windows_icon_holds_the_committed_pngs() {
    // Pixels, not bytes: the PNG encoder inside the .ico compresses
    // differently with the features other crates turn on, and what Windows
    // shows is the pixels.
    let kept = fs::read(render_icons::ico_path()).unwrap();
    let dir = ico::IconDir::read(std::io::Cursor::new(kept)).unwrap();
    let sizes: Vec<u32> = dir.entries().iter().map(ico::IconDirEntry::width).collect();
    assert_eq!(sizes, render_icons::ICO_SIZES);
    for (entry, size_px) in dir.entries().iter().zip(render_icons::ICO_SIZES) {
        let png = fs::read(render_icons::png_path(size_px)).unwrap();
        let committed = ico::IconImage::read_png(std::io::Cursor::new(png)).unwrap();
        let in_icon = entry.decode().unwrap();
        assert!(
            in_icon.rgba_data() == committed.rgba_data(),
            "cx-recipe.ico's {size_px} px image is out of date: run `cargo run --example render_icons`"
        );
    }
}

#[test]
fn the_window_icon_decodes_with_eframe() {
    let icon =
        eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/cx-recipe-256.png"))
            .unwrap();
    assert_eq!((icon.width, icon.height), (256, 256));
    assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    assert!(icon.rgba.chunks(4).any(|p| p[3] == 255), "all transparent");
}

#[test]
fn the_desktop_entry_opens_recipes_and_their_pictures() {
    let entry = fs::read_to_string(repo_path("assets/cx-recipe.desktop")).unwrap();
    let keys: BTreeMap<&str, &str> = entry.lines().filter_map(|l| l.split_once('=')).collect();
    assert_eq!(keys["Type"], "Application");
    assert_eq!(keys["Exec"], "cx-recipe %f");
    assert_eq!(keys["Icon"], "cx-recipe");
    assert_eq!(
        keys["MimeType"],
        "application/x-cx-recipe;image/png;image/svg+xml;"
    );
    // Wayland matches the window to its entry by the app id.
    assert_eq!(keys["StartupWMClass"], cx_recipe::app::APP_ID);
    for key in ["Name", "Comment", "Categories"] {
        assert!(!keys[key].is_empty(), "{key}");
    }
}

#[test]
fn the_mime_type_matches_what_every_saved_recipe_starts_with() {
    let xml = fs::read_to_string(repo_path("assets/cx-recipe.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mime = doc
        .descendants()
        .find(|n| n.has_tag_name("mime-type"))
        .unwrap();
    assert_eq!(mime.attribute("type"), Some("application/x-cx-recipe"));
    assert!(
        !mime.children().any(|n| n.has_tag_name("glob")),
        "no glob: other programs' .ron files are not claimed"
    );
    let matches: Vec<&str> = mime
        .descendants()
        .filter(|n| n.has_tag_name("match"))
        .map(|n| {
            assert_eq!(n.attribute("type"), Some("string"));
            assert_eq!(n.attribute("offset"), Some("0"));
            n.attribute("value").unwrap()
        })
        .collect();
    assert_eq!(matches.len(), 2);
    let saved = fs::read_to_string(repo_path("recipes/ideal-cx.ron")).unwrap();
    let written = format::to_ron(&format::parse(saved.as_bytes(), "ideal").unwrap()).unwrap();
    assert!(written.starts_with(matches[0]), "{written}");
    assert_eq!(matches[1], format!("\\xef\\xbb\\xbf{}", matches[0]));
}
