//! Zoom on the workshop screens (issue 15 §7): presentation at 1280×800,
//! Ctrl+plus to 150 % and 200 % — nothing cut with "…" and every
//! ingredient's name drawn whole inside the window, where there is no room
//! once scrolled to it. Measured on what egui drew. (The compare and blend
//! screens under zoom are not covered yet.)

use cx_recipe::app::settings::Settings;
use cx_recipe::app::{CxApp, Screen};
use cx_recipe::recipe::Recipe;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::Window;
use crate::presentation::window_sized;
use crate::projector::{texts, workshop_recipe, write_recipe};
use crate::zoom::zoom_to;

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// Nothing drawn is cut with "…".
fn assert_nothing_elided(harness: &Harness<'static, CxApp>, case: &str) {
    for t in texts(harness.output(), harness.ctx.content_rect()) {
        assert!(!t.elided, "{case}: {:?} is cut with …", t.text);
    }
}

/// Scrolls with the mouse wheel over `at` until something names `name`
/// (a list that draws only the rows in view); whether it was found.
fn wheel_to(harness: &mut Harness<'static, CxApp>, at: egui::Pos2, name: &str) -> bool {
    for down in [true, false] {
        for _ in 0..80 {
            if harness.query_all_by_label_contains(name).next().is_some() {
                return true;
            }
            harness.hover_at(at);
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, if down { -2.0 } else { 2.0 }),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            });
            harness.run();
        }
    }
    harness.query_all_by_label_contains(name).next().is_some()
}

/// `name` is drawn whole inside the window once scrolled to: one of the
/// nodes naming it, scrolled into view, shows it whole (a list that draws
/// only the rows in view is scrolled with the wheel over `list` first).
fn assert_name_reachable(
    harness: &mut Harness<'static, CxApp>,
    case: &str,
    name: &str,
    list: egui::Pos2,
) {
    assert!(
        wheel_to(harness, list, name),
        "{case}: nothing names {name:?}"
    );
    let count = harness.query_all_by_label_contains(name).count();
    let mut seen = Vec::new();
    for k in 0..count {
        let Some(node) = harness.query_all_by_label_contains(name).nth(k) else {
            break;
        };
        node.scroll_to_me();
        harness.run();
        let drawn = texts(harness.output(), harness.ctx.content_rect());
        if drawn
            .iter()
            .any(|t| t.text.contains(name) && t.whole && !t.elided)
        {
            assert_nothing_elided(harness, case);
            return;
        }
        seen.extend(drawn.into_iter().filter(|t| t.text.contains(name)));
    }
    // Where scrolling to the node does nothing (a label), the wheel over
    // the part of its scroll area in view.
    let screen = harness.ctx.content_rect().shrink(4.0);
    let at = harness
        .query_all_by_label_contains(name)
        .next()
        .map(|n| n.rect().center().clamp(screen.min, screen.max));
    if let Some(at) = at {
        harness
            .input_mut()
            .events
            .push(egui::Event::PointerMoved(at));
        harness.run_steps(2);
        for down in [true, false] {
            for _ in 0..40 {
                harness.input_mut().events.push(egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, if down { -60.0 } else { 60.0 }),
                    modifiers: egui::Modifiers::NONE,
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Wheel,
                });
                harness.run_steps(4);
                let drawn = texts(harness.output(), harness.ctx.content_rect());
                if drawn
                    .iter()
                    .any(|t| t.text.contains(name) && t.whole && !t.elided)
                {
                    harness.run();
                    assert_nothing_elided(harness, case);
                    return;
                }
            }
        }
    }
    let nodes: Vec<String> = harness
        .query_all_by_label_contains(name)
        .map(|n| format!("{:?} {:?}", n.accesskit_node().role(), n.rect()))
        .collect();
    panic!("{case}: {name:?} is not drawn whole anywhere: {seen:?}, nodes naming it {nodes:?}");
}

fn check_names(harness: &mut Harness<'static, CxApp>, what: &str, recipes: &[&Recipe]) {
    for zoom in [1.5, 2.0] {
        zoom_to(harness, zoom);
        let case = format!("{what} at {:.0} %", zoom * 100.0);
        assert_nothing_elided(harness, &case);
        // The list of a screen: where its first ingredient is named.
        let first = &recipes[0].ingredients[0].name;
        let list = harness
            .query_all_by_label_contains(first)
            .next()
            .map_or(harness.ctx.content_rect().center(), |n| n.rect().center());
        for r in recipes {
            for ing in &r.ingredients {
                assert_name_reachable(harness, &case, &ing.name, list);
            }
        }
    }
}

#[test]
fn zoom_keeps_presentation_whole() {
    let folder = tempfile::tempdir().unwrap();
    let recipe = workshop_recipe(13);
    let path = write_recipe(folder.path(), "p.ron", &recipe);
    let Window { mut harness, .. } = window_sized(SIZE, Settings::default(), Some(path));
    harness.key_press(Key::F5);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Presentation);
    check_names(&mut harness, "presentation, 13", &[&recipe]);
}
