//! The blend screen's reveal at the most common projector (1280×800): the
//! names under its pie are drawn whole inside the window on every step of
//! the reveal of the five shipped templates — none half cut at the
//! window's bottom or by the list's own clip, none cut with "…"; where
//! the team's names are more than the list shows, it scrolls whole lines
//! and each name scrolled to is drawn whole.

use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::PieChart;
use cx_recipe::i18n::Lang;
use egui::Key;
use egui_kittest::kittest::Queryable as _;

use crate::blend_projected::blend_of;
use crate::blend_projected_many::templates;
use crate::projector::texts;

#[test]
fn at_1280_by_800_every_name_under_the_reveal_is_drawn_whole() {
    let mut w = blend_of(egui::vec2(1280.0, 800.0), ThemeChoice::Light, templates());
    let screen = w.harness.ctx.content_rect();
    for step in 0..6 {
        let team = w.harness.state().team_blend().unwrap();
        assert_eq!(team.step(), step);
        let chart = PieChart::from_recipe_in(&team.step_recipe(Lang::En), 1, Lang::En);
        let chips: Vec<String> = chart
            .items
            .iter()
            .map(|i| format!("{} {}", i.name, i.percent_label))
            .collect();
        // What shows without scrolling: whole lines only.
        for t in texts(w.harness.output(), screen) {
            if chips.contains(&t.text) {
                assert!(
                    t.whole && !t.elided,
                    "step {step}: {:?} is cut: {t:?}",
                    t.text
                );
            }
        }
        // Every name, scrolled to where the list scrolls, is drawn whole.
        for chip in &chips {
            w.harness
                .get_by_role_and_label(egui::accesskit::Role::ListItem, chip)
                .scroll_to_me();
            w.harness.run();
            let drawn = texts(w.harness.output(), screen);
            let shown: Vec<_> = drawn.iter().filter(|t| &t.text == chip).collect();
            assert!(!shown.is_empty(), "step {step}: {chip:?} is not drawn");
            assert!(
                shown.iter().all(|t| t.whole && !t.elided),
                "step {step}: {chip:?} is cut: {shown:?}"
            );
        }
        w.harness.key_press(Key::ArrowRight);
        w.harness.run();
    }
}
