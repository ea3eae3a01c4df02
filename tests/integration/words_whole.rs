//! No word in the window is broken across two lines (issue 15: "whole
//! names while there is room"): at 1280×800, in English, Spanish and
//! German, on the shipped template in that language, with the library
//! open and closed, on every editor tab, each text egui drew on more than
//! one line wraps between words, never inside one ("Zutatenbibliothe / k"
//! in a narrow library panel was the case that found it).

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::Lang;
use egui::epaint::ClippedShape;
use egui::{Key, Modifiers, Shape};

use cx_recipe::app::CxApp;
use egui_kittest::Harness;

use crate::gui::Window;
use crate::presentation::window_sized;

/// Every text drawn on more than one line whose lines, put back together,
/// split a word: (the text, its lines).
fn broken_words(output: &egui::FullOutput) -> Vec<(String, Vec<String>)> {
    fn walk(shape: &Shape, out: &mut Vec<(String, Vec<String>)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(text) if text.galley.rows.len() > 1 => {
                let lines: Vec<String> = text
                    .galley
                    .rows
                    .iter()
                    .map(|r| r.row.glyphs.iter().map(|g| g.chr).collect())
                    .collect();
                let words: Vec<&str> = text.galley.text().split_whitespace().collect();
                let on_lines: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
                if on_lines != words {
                    out.push((text.galley.text().to_owned(), lines));
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape { shape, .. } in &output.shapes {
        walk(shape, &mut out);
    }
    out
}

/// Every editor view of the default window: at 1280×800, in English,
/// Spanish and German, on two shipped templates in that language, with the
/// library closed and open, on each of `tabs` (Ctrl+1…). `check` reports
/// what is wrong with one view; the lines come back named by their case.
pub fn each_editor_view(
    tabs: &[Key],
    mut check: impl FnMut(&mut Harness<'static, CxApp>) -> Vec<String>,
) -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes");
    let mut failures = Vec::new();
    for (lang, folder) in [(Lang::En, ""), (Lang::Es, "es"), (Lang::De, "de")] {
        for template in ["ideal-cx.ron", "star-chef.ron"] {
            let file = root.join(folder).join(template);
            for library in [false, true] {
                for &tab in tabs {
                    let settings = Settings {
                        language: Some(lang),
                        ..Settings::default()
                    };
                    let size = egui::vec2(1280.0, 800.0);
                    let Window { mut harness, .. } =
                        window_sized(size, settings, Some(file.clone()));
                    harness.run();
                    if library {
                        harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
                        harness.run();
                    }
                    harness.key_press_modifiers(Modifiers::COMMAND, tab);
                    harness.run();
                    for line in check(&mut harness) {
                        failures.push(format!(
                            "{lang:?} {folder}/{template}, library {library}, {tab:?}: {line}"
                        ));
                    }
                }
            }
        }
    }
    failures.dedup();
    failures
}

/// The editor's four tabs, by their shortcuts.
pub const TABS: [Key; 4] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];

#[test]
fn no_word_is_broken_across_lines_at_1280_by_800_in_any_language() {
    let failures = each_editor_view(&TABS, |harness| {
        broken_words(harness.output())
            .into_iter()
            .map(|(text, lines)| format!("{text:?} drawn as {lines:?}"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "broken inside a word:\n{}",
        failures.join("\n")
    );
}
