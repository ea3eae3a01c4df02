//! The default window (issue 15 §8): at 1280×800, with the library open or
//! closed, on the Ingredients and Method tabs, the balance's verdict — the
//! longest advice there is, in every language — is drawn whole: wrapped
//! where it must be (or, beside a narrow pie, the short verdict on the
//! parts' line), never cut with "…" and never outside the window.

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::Tag;
use egui::{Key, Modifiers};

use crate::gui::Window;
use crate::presentation::window_sized;
use crate::projector::{texts, workshop_recipe, write_recipe};

/// A word every form of the verdict holds in each language ("suggested"),
/// and the word that says the share is over the range.
fn verdict_words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("suggested", "over"),
        Lang::Es => ("sugerido", "encima"),
        Lang::De => ("empfohlen", "über"),
    }
}

#[test]
fn the_whole_verdict_shows_at_1280_by_800_with_the_library_open_or_closed_on_either_tab() {
    let folder = tempfile::tempdir().unwrap();
    // Everything baking: "over the suggested range, move at least …" — the
    // longest of the verdicts.
    let mut recipe = workshop_recipe(13);
    for ing in &mut recipe.ingredients {
        ing.tag = Some(Tag::Baking);
    }
    let path = write_recipe(folder.path(), "all-baking.ron", &recipe);
    for lang in [Lang::En, Lang::Es, Lang::De] {
        let (marker, over) = verdict_words(lang);
        for library in [false, true] {
            for tab in [Key::Num1, Key::Num2] {
                let settings = Settings {
                    language: Some(lang),
                    ..Settings::default()
                };
                let size = egui::vec2(1280.0, 800.0);
                let Window { mut harness, .. } = window_sized(size, settings, Some(path.clone()));
                harness.run();
                if library {
                    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
                    harness.run();
                }
                harness.key_press_modifiers(Modifiers::COMMAND, tab);
                harness.run();
                let case = format!("{lang:?}, library open: {library}, tab {tab:?}");
                let drawn = texts(harness.output(), harness.ctx.content_rect());
                let verdicts: Vec<_> = drawn.iter().filter(|t| t.text.contains(marker)).collect();
                assert!(
                    !verdicts.is_empty(),
                    "{case}: no verdict among {:?}",
                    drawn.iter().map(|t| &t.text).collect::<Vec<_>>()
                );
                for v in verdicts {
                    assert!(
                        v.whole && !v.elided,
                        "{case}: the verdict {:?} is cut ({v:?})",
                        v.text
                    );
                    assert!(
                        v.text.contains(over),
                        "{case}: {:?} does not say {over:?}",
                        v.text
                    );
                }
            }
        }
    }
}
