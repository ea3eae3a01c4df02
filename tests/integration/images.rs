//! Charts that reopen as recipes: every exported PNG and SVG carries the
//! recipe, `format::load` reads it back, and so every command and the window
//! open pictures as they open `.ron` files. Run through the real binary.

use std::fs;
use std::io::{Cursor, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use cx_recipe::app::dialogs::Picked;
use cx_recipe::recipe::format::{self, LoadError, image};
use egui_kittest::kittest::Queryable as _;

use crate::gui::{Window, window, window_with};
use crate::repo_path;

const BIN: &str = env!("CARGO_BIN_EXE_cx-recipe");

pub fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `recipe` exported by the real binary to `dir/name` (.png or .svg).
pub fn export(recipe: &Path, dir: &Path, name: &str) -> PathBuf {
    let out_path = dir.join(name);
    let out = run(&[
        "export",
        &recipe.display().to_string(),
        "-o",
        &out_path.display().to_string(),
        "--width",
        "400",
        "--height",
        "300",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out_path
}

/// A canonical version-2 recipe (tags, a profile, steps), written to `dir`.
fn v2_recipe(dir: &Path) -> PathBuf {
    let text = r##"(version: 2, title: "Bake, then cook <&> \"quoted\"",
        notes: "line one\r\nline two\ttabbed ]]> done",
        profile: (personality: High, products: Middle, size: High, industry: VeryHigh),
        ingredients: [
            (name: "Metrics", amount: 20.0, unit: Part, colour: "#0072b2", tag: Baking),
            (name: "Empathy", amount: 30.5, unit: Part, colour: "#e69f00", tag: Cooking),
        ],
        steps: [(title: "Measure first", ingredients: ["Metrics"])])"##;
    let recipe = format::parse(text.as_bytes(), "v2").unwrap();
    let path = dir.join("v2.ron");
    fs::write(&path, format::to_ron(&recipe).unwrap()).unwrap();
    path
}

/// Every shipped recipe and a version-2 one: canonical files.
fn originals(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["ideal-cx", "bake-then-cook", "cx-kitchen"]
        .iter()
        .map(|name| repo_path(&format!("recipes/{name}.ron")))
        .collect();
    files.push(v2_recipe(dir));
    files
}

#[test]
fn export_writes_the_recipe_into_a_png_that_still_decodes() {
    let dir = tempfile::tempdir().unwrap();
    let png = export(&repo_path("recipes/ideal-cx.ron"), dir.path(), "chart.png");
    let bytes = fs::read(&png).unwrap();
    let decoder = png::Decoder::new(Cursor::new(&bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((frame.width, frame.height), (400, 300));
    let chunks = &reader.info().utf8_text;
    assert_eq!(chunks.len(), 1);
    assert_eq!(chunks[0].keyword, image::PNG_KEYWORD);
    assert!(!chunks[0].compressed);
    let original = fs::read_to_string(repo_path("recipes/ideal-cx.ron")).unwrap();
    assert_eq!(chunks[0].get_text().unwrap(), original);
}

#[test]
fn export_writes_the_recipe_into_an_svg_that_stays_valid_xml() {
    let dir = tempfile::tempdir().unwrap();
    let v2 = v2_recipe(dir.path());
    let svg = export(&v2, dir.path(), "chart.svg");
    let text = fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let metadata = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("metadata"))
        .unwrap();
    let recipe = metadata
        .children()
        .find(|n| n.has_tag_name((image::SVG_NAMESPACE, "recipe")))
        .unwrap();
    assert_eq!(
        recipe.text(),
        Some(fs::read_to_string(&v2).unwrap().as_str())
    );
    // The picture itself is still drawn the same way.
    assert!(text.contains(">Bake, then cook &lt;&amp;&gt; &quot;quoted&quot;</text>"));
    resvg::usvg::Tree::from_str(&text, &resvg::usvg::Options::default()).unwrap();
}

#[test]
fn png_and_svg_round_trip_to_the_same_recipe_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for (i, original) in originals(dir.path()).iter().enumerate() {
        let bytes = fs::read(original).unwrap();
        for kind in ["png", "svg"] {
            let picture = export(original, dir.path(), &format!("chart{i}.{kind}"));
            let recipe = format::load(&picture).unwrap();
            let saved = dir.path().join(format!("saved{i}-{kind}.ron"));
            format::save(&saved, &recipe).unwrap();
            assert_eq!(
                fs::read(&saved).unwrap(),
                bytes,
                "{} through {kind}",
                original.display()
            );
        }
    }
}

#[test]
fn check_and_summary_accept_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let ron = repo_path("recipes/ideal-cx.ron").display().to_string();
    let png = export(Path::new(&ron), dir.path(), "chart.png");
    let svg = export(Path::new(&ron), dir.path(), "chart.svg");
    let (png, svg) = (png.display().to_string(), svg.display().to_string());
    let out = run(&["check", &png, &svg]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("ok {png} (5 ingredients)\nok {svg} (5 ingredients)\n")
    );
    let from_ron = run(&["summary", &ron, "--format", "json"]);
    for picture in [&png, &svg] {
        let out = run(&["summary", picture, "--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(out.stdout, from_ron.stdout);
    }
    // `cx-recipe FILE.png` is the window with that file: see the window
    // tests below, which open through the same `format::load`.
}

#[test]
fn a_chart_can_be_exported_again_from_its_own_picture() {
    let dir = tempfile::tempdir().unwrap();
    let png = export(&repo_path("recipes/cx-kitchen.ron"), dir.path(), "a.png");
    let again = export(&png, dir.path(), "b.png");
    assert_eq!(fs::read(&png).unwrap(), fs::read(&again).unwrap());
}

#[test]
fn a_picture_without_a_recipe_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.svg");
    fs::write(
        &plain,
        r#"<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>"#,
    )
    .unwrap();
    let shown = plain.display().to_string();
    let out = run(&["check", &shown]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with(&format!("{shown}: no recipe in this image")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_recipe_is_never_saved_over_a_picture() {
    let dir = tempfile::tempdir().unwrap();
    let png = export(&repo_path("recipes/ideal-cx.ron"), dir.path(), "chart.PNG");
    let before = fs::read(&png).unwrap();
    let recipe = format::load(&png).unwrap();
    let e = format::save(&png, &recipe).unwrap_err();
    assert!(e.to_string().contains("this is a picture (PNG)"), "{e}");
    assert_eq!(fs::read(&png).unwrap(), before);
}

#[test]
fn a_picture_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.png");
    let file = fs::File::create(&path).unwrap();
    (&file).write_all(b"\x89PNG\r\n\x1a\n").unwrap();
    // Sparse: nothing is written past the signature.
    file.set_len(image::MAX_IMAGE_BYTES + 1).unwrap();
    let e = format::load(&path).unwrap_err();
    assert!(matches!(e, LoadError::Image { .. }), "{e}");
    assert!(e.to_string().contains("limit of 33554432 bytes"), "{e}");
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn the_window_opens_a_png_given_at_start_and_will_not_save_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let png = export(
        &repo_path("recipes/bake-then-cook.ron"),
        dir.path(),
        "chart.png",
    );
    let before = fs::read(&png).unwrap();
    let Window {
        mut harness,
        dialogs,
        ..
    } = window_with(Some(png.clone()), tempfile::tempdir().unwrap());
    assert_eq!(harness.state().recipe().title, "Bake, then cook");
    harness.get_by_label("Remove Customer research").click();
    harness.run();
    // Save asks where (a recipe is text, never written over the picture).
    // With the question cancelled nothing is written at all.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert_eq!(fs::read(&png).unwrap(), before);
    assert!(harness.state().is_dirty());
    let ron = dir.path().join("chart.ron");
    dialogs.answer(Picked::Path(ron.clone()));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert_eq!(fs::read(&png).unwrap(), before);
    assert!(!harness.state().is_dirty());
    assert_eq!(harness.state().path(), Some(ron.as_path()));
    let saved = format::load(&ron).unwrap();
    assert_eq!(&saved, harness.state().recipe());
}

#[test]
fn dropping_an_svg_chart_onto_the_window_opens_its_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let svg = export(
        &repo_path("recipes/cx-kitchen.ron"),
        dir.path(),
        "chart.svg",
    );
    let Window { mut harness, .. } = window();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(svg)));
    harness.run();
    assert_eq!(harness.state().recipe().title, "The CX kitchen");
    assert_eq!(harness.state().recipe().ingredients.len(), 12);
}
