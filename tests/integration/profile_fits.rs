//! The Profile tab (Ctrl+3) keeps every text inside its panel: at 1280×800
//! in English, Spanish and German, on the shipped templates in that
//! language, with the library open and closed and "how the range is worked
//! out" closed and open, no text egui drew runs past its clip at the left
//! or right side (German "Zwischen schwach und stark reguliert" ran 36 pt
//! under the library panel, and the explanation below it 25 pt).

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::{Lang, tr};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::Window;
use crate::presentation::window_sized;

/// Every text or icon cut at a side by its clip rect: the text and by how
/// many points (the shared check in `side_cut`).
fn cut_at_a_side(output: &egui::FullOutput) -> Vec<(String, f32)> {
    crate::side_cut::cut_at_a_side(output, &[])
        .into_iter()
        .map(|(text, _, over)| (text, over))
        .collect()
}

#[test]
fn the_profile_tab_keeps_its_text_inside_its_panel() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes");
    let mut failures = Vec::new();
    for (lang, folder) in [(Lang::En, ""), (Lang::Es, "es"), (Lang::De, "de")] {
        for template in ["ideal-cx.ron", "star-chef.ron"] {
            let file = root.join(folder).join(template);
            for library in [false, true] {
                let settings = Settings {
                    language: Some(lang),
                    ..Settings::default()
                };
                let size = egui::vec2(1280.0, 800.0);
                let Window { mut harness, .. } = window_sized(size, settings, Some(file.clone()));
                harness.run();
                if library {
                    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
                    harness.run();
                }
                harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
                harness.run();
                for how in [false, true] {
                    if how {
                        harness.get_by_label(&tr(lang, "profile-how")).click();
                        harness.run();
                        harness.run();
                        let text = tr(lang, "profile-how-text");
                        let first = text.split_whitespace().next().unwrap().to_owned();
                        assert!(
                            crate::blend_projected::placed_texts(harness.output())
                                .iter()
                                .any(|(t, ..)| t.starts_with(&first)),
                            "{lang:?}: how the range is worked out did not open"
                        );
                    }
                    for (text, over) in cut_at_a_side(harness.output()) {
                        failures.push(format!(
                            "{lang:?} {folder}/{template}, library {library}, how {how}: \
                             {text:?} cut by {over:.0} pt"
                        ));
                    }
                }
            }
        }
    }
    failures.dedup();
    assert!(
        failures.is_empty(),
        "cut at a side:\n{}",
        failures.join("\n")
    );
}
