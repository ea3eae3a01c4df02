//! What a facilitator sees of their own keys on the projected screen: a
//! lock shows on its legend row (L), F1 and ? open and close the key help
//! (Esc closes it without leaving), "Other (N)" lists what it holds; and
//! on the editor the table writes each share as the pie does.

use cx_recipe::app::{CxApp, Screen};
use cx_recipe::recipe::{Colour, Ingredient, Recipe, Unit};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use super::{texts, workshop_recipe, write_recipe};
use crate::gui::{Window, english};
use crate::presentation::window_sized;

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

fn press(harness: &mut Harness<'static, CxApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn drawn(harness: &Harness<'static, CxApp>) -> Vec<String> {
    texts(harness.output(), harness.ctx.content_rect())
        .into_iter()
        .map(|t| t.text)
        .collect()
}

fn presenting(recipe: &Recipe) -> (Window, tempfile::TempDir) {
    let folder = tempfile::tempdir().unwrap();
    let file = write_recipe(folder.path(), "r.ron", recipe);
    let mut window = window_sized(SIZE, english(), Some(file));
    press(&mut window.harness, Key::F5);
    assert_eq!(window.harness.state().screen(), Screen::Presentation);
    (window, folder)
}

#[test]
fn l_shows_the_lock_on_the_projected_legend() {
    let (Window { mut harness, .. }, _folder) = presenting(&workshop_recipe(5));
    assert!(!drawn(&harness).iter().any(|t| t.ends_with("· locked")));
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::L);
    let texts = drawn(&harness);
    assert!(
        texts.iter().any(|t| t == "Efficiency · locked"),
        "no lock on the legend: {texts:?}"
    );
    press(&mut harness, Key::L);
    assert!(!drawn(&harness).iter().any(|t| t.ends_with("· locked")));
}

#[test]
fn f1_and_question_mark_open_the_key_help_and_esc_closes_it() {
    let (Window { mut harness, .. }, _folder) = presenting(&workshop_recipe(5));
    let help_shown =
        |h: &Harness<'static, CxApp>| drawn(h).iter().any(|t| t == "lock or unlock its share");
    assert!(!help_shown(&harness));
    press(&mut harness, Key::F1);
    assert!(help_shown(&harness), "F1 shows no key help");
    press(&mut harness, Key::F1);
    assert!(!help_shown(&harness), "F1 does not close the key help");
    press(&mut harness, Key::Questionmark);
    assert!(help_shown(&harness), "? shows no key help");
    press(&mut harness, Key::Escape);
    assert!(!help_shown(&harness), "Esc does not close the key help");
    assert_eq!(harness.state().screen(), Screen::Presentation);
    press(&mut harness, Key::Escape);
    assert_eq!(harness.state().screen(), Screen::Editor);
}

#[test]
fn other_says_what_it_holds_on_the_projected_legend() {
    let (Window { mut harness, .. }, _folder) = presenting(&workshop_recipe(13));
    press(&mut harness, Key::G);
    let texts = drawn(&harness);
    // The 13-ingredient recipe's shares under 3 %: 2.8, 1.6 and 1.4.
    assert!(
        texts
            .iter()
            .any(|t| t == "Other (3): Understanding the why, Ideation & redesign, Storytelling"),
        "Other does not list what it holds: {texts:?}"
    );
}

#[test]
fn the_table_writes_each_share_as_the_pie_does() {
    let folder = tempfile::tempdir().unwrap();
    let ingredients = ["Efficiency", "Speed", "Consistency"]
        .into_iter()
        .map(|n| Ingredient::new(n.to_owned(), 1.0, Unit::Part, Colour::from([0, 114, 178])))
        .collect();
    let recipe = Recipe {
        title: "Thirds".to_owned(),
        ingredients,
        ..Recipe::default()
    };
    let file = write_recipe(folder.path(), "thirds.ron", &recipe);
    let Window { mut harness, .. } = window_sized(SIZE, english(), Some(file));
    harness.run();
    let texts = drawn(&harness);
    // Three equal thirds: 33.3 % each, in the table and on the pie alike;
    // never 33.4 % (rounded to add up to 100).
    assert!(
        !texts.iter().any(|t| t.contains("33.4")),
        "a third shows as 33.4 %: {texts:?}"
    );
    let thirds = texts.iter().filter(|t| t.as_str() == "33.3 %").count();
    assert!(thirds >= 6, "{thirds} × 33.3 % drawn: {texts:?}");
}

#[test]
fn at_1280_by_800_every_column_of_the_table_fits_its_panel() {
    let folder = tempfile::tempdir().unwrap();
    let file = write_recipe(folder.path(), "r.ron", &workshop_recipe(13));
    let Window { mut harness, .. } = window_sized(SIZE, english(), Some(file));
    harness.run();
    let edge = harness.get_by_label("Resize panel").rect().left();
    for name in ["Efficiency", "Personalised attention"] {
        let remove = harness.get_by_label(&format!("Remove {name}")).rect();
        assert!(
            remove.right() <= edge,
            "the remove icon of {name} ends at {} past the panel's edge at {edge}",
            remove.right()
        );
        let field = harness.get_by_label(&format!("Name of {name}")).rect();
        assert!(
            field.width() >= 160.0,
            "the name column is {} wide",
            field.width()
        );
    }
}

#[test]
fn weak_text_such_as_compare_s_caption_reads_in_every_theme() {
    use cx_recipe::app::command::{Command, WorkshopCommand};
    use cx_recipe::app::settings::Settings;
    use cx_recipe::app::theme::ThemeChoice;
    use cx_recipe::chart::contrast::TEXT_MIN;
    use cx_recipe::chart::palette::contrast_ratio;

    let folder = tempfile::tempdir().unwrap();
    let a = write_recipe(folder.path(), "a.ron", &workshop_recipe(5));
    let b = write_recipe(folder.path(), "b.ron", &super::other_recipe(5));
    for theme in ThemeChoice::ALL {
        let settings = Settings { theme, ..english() };
        let Window { mut harness, .. } = window_sized(SIZE, settings, Some(a.clone()));
        let ctx = harness.ctx.clone();
        harness.state_mut().execute(
            &ctx,
            Command::Workshop(WorkshopCommand::ComparePath(b.clone())),
        );
        harness.run();
        assert_eq!(harness.state().screen(), Screen::Compare);
        // The caption is weak text (RichText::weak) on the panel: egui
        // paints it in the visuals' weak colour, blended over the panel.
        let egui_theme = if theme == ThemeChoice::Light {
            egui::Theme::Light
        } else {
            egui::Theme::Dark
        };
        let visuals = harness.ctx.style_of(egui_theme).visuals.clone();
        let rgb = |c: egui::Color32| [c.r(), c.g(), c.b()];
        let over = |c: egui::Color32, bg: egui::Color32| {
            let a = f32::from(c.a()) / 255.0;
            let mix = |x: u8, y: u8| (f32::from(x) * a + f32::from(y) * (1.0 - a)).round() as u8;
            // Premultiplied: the colour's channels already carry its alpha.
            let unmul = |x: u8| {
                if a > 0.0 {
                    (f32::from(x) / a).min(255.0) as u8
                } else {
                    0
                }
            };
            [
                mix(unmul(c.r()), bg.r()),
                mix(unmul(c.g()), bg.g()),
                mix(unmul(c.b()), bg.b()),
            ]
        };
        let weak = visuals.weak_text_color();
        for bg in [visuals.panel_fill, visuals.window_fill] {
            let ratio = contrast_ratio(over(weak, bg), rgb(bg));
            assert!(
                ratio >= TEXT_MIN,
                "{theme:?}: weak text {weak:?} on {bg:?} is {ratio:.2}:1"
            );
        }
    }
}

#[test]
fn the_editor_s_banner_stays_off_the_projected_screen() {
    use cx_recipe::app::command::{Command, WorkshopCommand};

    let folder = tempfile::tempdir().unwrap();
    let file = write_recipe(folder.path(), "r.ron", &workshop_recipe(5));
    let Window { mut harness, .. } = window_sized(SIZE, english(), Some(file));
    let ctx = harness.ctx.clone();
    let missing = folder.path().join("missing.ron");
    harness.state_mut().execute(
        &ctx,
        Command::Workshop(WorkshopCommand::ComparePath(missing)),
    );
    harness.run();
    let banner = |h: &Harness<'static, CxApp>| drawn(h).iter().any(|t| t.contains("missing.ron"));
    assert!(
        banner(&harness),
        "no banner in the editor: {:?}",
        drawn(&harness)
    );
    press(&mut harness, Key::F5);
    assert_eq!(harness.state().screen(), Screen::Presentation);
    assert!(
        !banner(&harness),
        "the editor's banner is on the projected screen"
    );
    press(&mut harness, Key::Escape);
    assert!(banner(&harness), "the banner is lost after presenting");
}
