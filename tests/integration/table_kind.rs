//! The ingredient table's Kind column at the most common projector size
//! (1280×800): each kind's word shows whole in every language, never cut
//! to "Cook…".

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::{Lang, tr};

use crate::presentation::window_sized;
use crate::projector::{texts, workshop_recipe, write_recipe};

#[test]
fn at_1280_by_800_the_kind_column_shows_each_kind_whole_in_every_language() {
    let folder = tempfile::tempdir().unwrap();
    // Baking, cooking and neither, in turn.
    let file = write_recipe(folder.path(), "r.ron", &workshop_recipe(6));
    for lang in [Lang::En, Lang::Es, Lang::De] {
        let settings = Settings {
            language: Some(lang),
            ..Settings::default()
        };
        let mut window = window_sized(egui::vec2(1280.0, 800.0), settings, Some(file.clone()));
        window.harness.run();
        let drawn = texts(window.harness.output(), window.harness.ctx.content_rect());
        for key in ["tag-baking", "tag-cooking"] {
            let word = tr(lang, key);
            let cells: Vec<_> = drawn.iter().filter(|t| t.text == word).collect();
            assert!(!cells.is_empty(), "{lang:?}: no {word} drawn whole");
            for cell in cells {
                assert!(
                    !cell.elided && cell.whole,
                    "{lang:?}: {word} is cut in its cell ({cell:?})"
                );
            }
            let cut: Vec<_> = drawn
                .iter()
                .filter(|t| t.elided && word.starts_with(t.text.trim_end_matches('…')))
                .collect();
            assert!(cut.is_empty(), "{lang:?}: {word} is cut: {cut:?}");
        }
    }
}
