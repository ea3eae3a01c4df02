//! The ingredient table at the default 1280×800 window with the library
//! open, in English, Spanish and German: the panel is narrower than the
//! table's fixed columns and the name's least width, so the table scrolls
//! sideways ("scroll where there is no room, never clip") — every row's
//! lock, note and remove buttons are inside the window once scrolled to,
//! their icons drawn whole, and no icon or cell of the table is drawn cut
//! by its clip at a side. (A name longer than its field is the field's own
//! matter and not checked here.)

use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::Lang;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::Window;
use crate::presentation::window_sized;
use crate::projector::texts;

/// Every text or icon cut at a side by its clip rect: the text and by how
/// many points (the shared check in `side_cut`).
fn cut_at_a_side(output: &egui::FullOutput) -> Vec<(String, f32)> {
    crate::side_cut::cut_at_a_side(output, &[])
        .into_iter()
        .map(|(text, _, over)| (text, over))
        .collect()
}

/// The table's icons and the words of its cells that are not a name.
const TABLE_WORDS: [&str; 6] = ["☰", "🔒", "🔓", "🗋", "📝", "🗑"];

#[test]
fn every_rows_buttons_are_reachable_and_whole_at_1280_by_800_with_the_library_open() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("recipes");
    let mut failures = Vec::new();
    for (lang, folder) in [(Lang::En, ""), (Lang::Es, "es"), (Lang::De, "de")] {
        let file = root.join(folder).join("star-chef.ron");
        let settings = Settings {
            language: Some(lang),
            ..Settings::default()
        };
        let Window { mut harness, .. } =
            window_sized(egui::vec2(1280.0, 800.0), settings, Some(file));
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
        harness.run();
        harness.run();
        let names: Vec<String> = harness
            .state()
            .recipe()
            .ingredients
            .iter()
            .map(|i| i.name.clone())
            .collect();
        let about = |key: &str, name: &str| {
            cx_recipe::i18n::tr_args(lang, key, &[("name", cx_recipe::i18n::Arg::Text(name))])
        };
        let case = format!("{lang:?} {folder}/star-chef.ron");
        for (text, over) in cut_at_a_side(harness.output()) {
            if TABLE_WORDS.contains(&text.as_str()) {
                failures.push(format!("{case}: {text:?} cut by {over:.0} pt"));
            }
        }
        for name in &names {
            for key in ["table-remove", "table-note-on", "table-lock"] {
                let label = about(key, name);
                let Some(node) = harness
                    .get_all_by_role_and_label(Role::Button, &label)
                    .next()
                else {
                    failures.push(format!("{case}: no button {label:?}"));
                    continue;
                };
                node.scroll_to_me();
                harness.run();
                harness.run();
                let screen = harness.ctx.content_rect();
                let rect = harness.get_by_role_and_label(Role::Button, &label).rect();
                if !screen.contains_rect(rect) {
                    failures.push(format!("{case}: {label:?} at {rect:?} outside the window"));
                }
                let drawn = texts(harness.output(), screen);
                let icon = drawn
                    .iter()
                    .find(|t| TABLE_WORDS.contains(&t.text.as_str()) && rect.intersects(t.ink));
                match icon {
                    Some(t) if t.whole => {}
                    other => failures.push(format!(
                        "{case}: {label:?}'s icon at {rect:?} not drawn whole: {other:?}"
                    )),
                }
                for (text, over) in cut_at_a_side(harness.output()) {
                    if TABLE_WORDS.contains(&text.as_str()) {
                        failures.push(format!(
                            "{case}, {label:?} scrolled to: {text:?} cut by {over:.0} pt"
                        ));
                    }
                }
            }
        }
    }
    failures.dedup();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
