//! The ingredient table by keyboard alone, through rows at rest (shown from
//! the shapes their controls drew until a row is used, `table_cache`): Tab
//! and Shift+Tab reach the next and the previous row's fields, and typed
//! text lands in the field Tab reached.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use cx_recipe::app::CxApp;

use crate::gui::english;
use crate::presentation::window_sized;
use crate::projector::{workshop_recipe, write_recipe};

fn focused(harness: &Harness<'static, CxApp>, label: &str) -> bool {
    harness
        .query_by_label(label)
        .is_some_and(|n| n.is_focused())
}

/// Presses `key` (with `modifiers`) until `label` has the keyboard.
fn tab_to(harness: &mut Harness<'static, CxApp>, modifiers: Modifiers, label: &str) {
    for _ in 0..60 {
        if focused(harness, label) {
            return;
        }
        harness.key_press_modifiers(modifiers, Key::Tab);
        harness.run();
    }
    panic!("Tab never reached {label}");
}

#[test]
fn tab_and_shift_tab_reach_the_fields_of_rows_at_rest_and_typing_lands_there() {
    let folder = tempfile::tempdir().unwrap();
    let file = write_recipe(folder.path(), "r.ron", &workshop_recipe(5));
    let mut w = window_sized(egui::vec2(1280.0, 800.0), english(), Some(file));
    // Frames at rest: every row is shown from its shapes from now on.
    w.harness.run();
    w.harness.run();
    w.harness.get_by_label("Name of Efficiency").click();
    w.harness.run();
    assert!(focused(&w.harness, "Name of Efficiency"));
    // One press a field: the table's cells are no Tab stops of their own.
    w.harness.key_press(Key::Tab);
    w.harness.run();
    assert!(focused(&w.harness, "Amount of Efficiency: drag or type"));
    // On through the first row's fields into the second row's name.
    tab_to(&mut w.harness, Modifiers::NONE, "Name of Speed");
    w.harness.get_by_label("Name of Speed").type_text(" pace");
    w.harness.run();
    let name = w.harness.state().recipe().ingredients[1].name.clone();
    assert!(
        name.contains("pace"),
        "the typed text went elsewhere: {name:?}"
    );
    assert_eq!(w.harness.state().recipe().ingredients[0].name, "Efficiency");
    // The third row's amount, then back to the first row's name.
    tab_to(
        &mut w.harness,
        Modifiers::NONE,
        "Amount of Personalised attention: drag or type",
    );
    tab_to(&mut w.harness, Modifiers::SHIFT, "Name of Efficiency");
}
