//! The projected blend tells the facilitator what they can do, as
//! presentation does: F1 and ? open the key help (Esc closes it without
//! leaving the projection, a second Esc comes back to the blend), with a
//! Keys button where it fits beside the rest.

use cx_recipe::app::Screen;
use cx_recipe::app::theme::ThemeChoice;
use egui::Key;

use crate::blend_projected::{blend_of, placed_texts};
use crate::blend_projected_many::templates;
use crate::gui::Window;

fn press(w: &mut Window, key: Key) {
    w.harness.key_press(key);
    w.harness.run();
}

fn drawn(w: &Window) -> Vec<String> {
    placed_texts(w.harness.output())
        .into_iter()
        .map(|(t, ..)| t)
        .collect()
}

#[test]
fn f1_and_question_mark_open_the_projected_blend_s_key_help_and_esc_closes_it() {
    let mut w = blend_of(egui::vec2(1280.0, 800.0), ThemeChoice::Light, templates());
    press(&mut w, Key::F5);
    assert_eq!(w.harness.state().screen(), Screen::PresentBlend);
    let help_shown = |w: &Window| {
        drawn(w)
            .iter()
            .any(|t| t == "the previous or the next participant, then the team")
    };
    assert!(!help_shown(&w));
    press(&mut w, Key::F1);
    assert!(help_shown(&w), "F1 shows no key help");
    let texts = drawn(&w);
    for line in [
        "Left / Right, PageUp / PageDown",
        "F1 / ?",
        "Esc",
        "back to the blend",
    ] {
        assert!(texts.iter().any(|t| t == line), "{line:?} not in {texts:?}");
    }
    press(&mut w, Key::F1);
    assert!(!help_shown(&w), "F1 does not close the key help");
    press(&mut w, Key::Questionmark);
    assert!(help_shown(&w), "? shows no key help");
    press(&mut w, Key::Escape);
    assert!(!help_shown(&w), "Esc does not close the key help");
    assert_eq!(w.harness.state().screen(), Screen::PresentBlend);
    press(&mut w, Key::Escape);
    assert_eq!(w.harness.state().screen(), Screen::Blend);
}

#[test]
fn the_projected_blend_has_a_keys_button_where_it_fits() {
    let mut w = blend_of(egui::vec2(1920.0, 1080.0), ThemeChoice::Light, templates());
    press(&mut w, Key::F5);
    assert!(
        drawn(&w).iter().any(|t| t == "Keys (F1 / ?)"),
        "no Keys button on the projected blend"
    );
}
