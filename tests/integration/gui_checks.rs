//! What the editor tells and does beside the edit itself (issue 15 §12–§14):
//! duplicate and empty names warned in the footer as `cx-recipe check` warns,
//! a typed library name taking its tag (undoable, never over the person's
//! own), ticked method chips readable on the selected step, a new step
//! scrolled into view, and profile sliders that take the keyboard on click
//! beside a level in plain text.

use std::fs;

use cx_recipe::app::command::{Command, MethodCommand};
use cx_recipe::app::ui_state::EditorTab;
use cx_recipe::recipe::Tag;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::{Window, window, window_with};
use crate::measure;

fn window_on(text: &str) -> Window {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join("r.ron");
    fs::write(&path, text).unwrap();
    let mut w = window_with(Some(path), data);
    w.harness.run();
    w
}

fn type_into(w: &mut Window, label: &str, text: &str) {
    w.harness.get_by_label(label).click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    w.harness.get_by_label(label).type_text(text);
    w.harness.key_press(Key::Enter);
    w.harness.run();
}

fn undo(w: &mut Window) {
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    w.harness.run();
}

fn warnings(w: &Window) -> Vec<String> {
    w.harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Label)
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .filter(|l| l.starts_with('⚠'))
        .collect()
}

const TWO: &str = "(title: \"Two\", ingredients: [
    (name: \"Technology\", amount: 1, unit: Part),
    (name: \"Speed\", amount: 1, unit: Part),
    (name: \"Thing\", amount: 1, unit: Part, tag: Cooking),
])";

#[test]
fn a_duplicate_and_an_empty_name_are_warned_in_the_footer() {
    let mut w = window_on(TWO);
    assert!(warnings(&w).is_empty(), "{:?}", warnings(&w));
    type_into(&mut w, "Name of Speed", "technology");
    let shown = warnings(&w);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].contains("“Technology” and “technology”") && shown[0].contains("1 and 2"),
        "{shown:?}"
    );
    undo(&mut w);
    assert!(warnings(&w).is_empty(), "{:?}", warnings(&w));
    w.harness.get_by_label("Name of Thing").click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    w.harness.key_press(Key::Backspace);
    w.harness.key_press(Key::Enter);
    w.harness.run();
    assert_eq!(w.harness.state().recipe().ingredients[2].name, "");
    let shown = warnings(&w);
    assert!(
        shown
            .iter()
            .any(|s| s.contains("Ingredient 3 has no name.")),
        "{shown:?}"
    );
}

#[test]
fn a_typed_library_name_takes_its_tag_unless_one_was_set() {
    let mut w = window_on(TWO);
    assert_eq!(w.harness.state().recipe().ingredients[1].tag, None);
    type_into(&mut w, "Name of Speed", "Metrics");
    let typed = &w.harness.state().recipe().ingredients[1];
    assert_eq!(
        (typed.name.as_str(), typed.tag),
        ("Metrics", Some(Tag::Baking))
    );
    // One undo takes back the name and the tag it brought.
    undo(&mut w);
    let back = &w.harness.state().recipe().ingredients[1];
    assert_eq!((back.name.as_str(), back.tag), ("Speed", None));
    // A tag the person chose stays.
    type_into(&mut w, "Name of Thing", "Metrics");
    let kept = &w.harness.state().recipe().ingredients[2];
    assert_eq!(
        (kept.name.as_str(), kept.tag),
        ("Metrics", Some(Tag::Cooking))
    );
}

const STEPS: &str = "(version: 2, title: \"Steps\", ingredients: [
    (name: \"Speed\", amount: 1, unit: Part),
    (name: \"Metrics\", amount: 1, unit: Part),
], steps: [(title: \"First\", ingredients: [\"Speed\"])])";

fn method_tab(w: &mut Window) {
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    w.harness.run();
    assert_eq!(w.harness.state().tab(), EditorTab::Method);
}

#[test]
fn ticked_chips_read_on_the_selected_step() {
    let mut w = window_on(STEPS);
    method_tab(&mut w);
    w.harness.state_mut().ui_mut().select_step(Some(0));
    w.harness.run();
    w.harness.run();
    // Both chips are there on the selected step, the ticked one marked.
    w.harness.get_by_label("Stop using Speed in step 1");
    w.harness.get_by_label("Use Metrics in step 1");
    let glyphs = measure::glyphs(w.harness.output());
    let under = |text: &str| {
        glyphs
            .iter()
            .find(|g| g.text == text)
            .map_or_else(|| panic!("{text} is not drawn"), |g| g.background)
    };
    // A ticked chip stands out from an unticked one (a filled step had
    // the ticked chips' fill all over).
    assert_ne!(under("✔ Speed"), under("Metrics"));
}

/// A window on the Method tab of a recipe of 14 steps, the last out of view.
fn fourteen_steps() -> Window {
    let steps: Vec<String> = (1..=14)
        .map(|i| format!("(title: \"Step {i}\", detail: \"What is done, by whom and when.\")"))
        .collect();
    let mut w = window_on(&format!(
        "(version: 2, title: \"Long\", ingredients: [(name: \"Speed\", amount: 1, unit: Part)], \
         steps: [{}])",
        steps.join(", ")
    ));
    method_tab(&mut w);
    w
}

#[test]
fn a_moved_step_is_scrolled_into_view() {
    let mut w = fourteen_steps();
    assert!(w.harness.query_by_label("Title of step 14").is_none());
    let ctx = w.harness.ctx.clone();
    w.harness.state_mut().execute(
        &ctx,
        Command::Method(MethodCommand::MoveStep { from: 0, to: 13 }),
    );
    w.harness.run_steps(12);
    w.harness.run();
    assert_eq!(w.harness.state().recipe().steps[13].title, "Step 1");
    let moved = w.harness.get_by_label("Title of step 14").rect();
    assert!(moved.bottom() <= 800.0 && moved.top() >= 0.0, "{moved:?}");
}

#[test]
fn a_new_step_is_scrolled_into_view() {
    let mut w = fourteen_steps();
    assert!(
        w.harness.query_by_label("Title of step 14").is_none(),
        "step 14 is in view before the test"
    );
    w.harness.get_by_label("➕ Add step").click();
    // The scroll is animated: let it settle.
    w.harness.run_steps(12);
    w.harness.run();
    let new = w.harness.get_by_label("Title of step 15").rect();
    assert!(new.bottom() <= 800.0 && new.top() >= 0.0, "{new:?}");
}

#[test]
fn a_profile_slider_takes_the_keyboard_on_click_and_shows_its_level_as_text() {
    let mut w = window();
    w.harness.run();
    w.harness.get_by_label("Profile").click();
    w.harness.run();
    let before = w.harness.state().recipe().profile.clone();
    assert!(before.is_some(), "the starter gives advice");
    let slider = w.harness.get_by_role_and_label(Role::Slider, "Products");
    slider.click();
    w.harness.run();
    assert!(
        w.harness
            .get_by_role_and_label(Role::Slider, "Products")
            .is_focused(),
        "the slider did not take the keyboard"
    );
    w.harness.key_press(Key::ArrowLeft);
    w.harness.run();
    assert_ne!(w.harness.state().recipe().profile, before);
    // No value box that looks typeable: the level is plain text.
    assert_eq!(w.harness.query_all_by_role(Role::SpinButton).count(), 0);
    assert_eq!(
        w.harness
            .query_all_by_role(Role::TextInput)
            .filter(|n| n
                .accesskit_node()
                .label()
                .is_some_and(|l| l.contains("Products")))
            .count(),
        0
    );
}
