//! Zoom on the workshop screens (issue 15 §7): presentation at 1280×800,
//! Ctrl+plus to 150 % and 200 % — nothing cut with "…" and every
//! ingredient's name drawn whole inside the window, where there is no room
//! once scrolled to it. Measured on what egui drew. The blend screen at
//! 150 % and 200 %: one scrolling column (the reveal's pie first, as large
//! a share of the window as at 100 %, its slice labels over nothing else),
//! nothing cut with "…" or running off the window's sides at any scroll
//! position, and every name of the reveal and of the table drawn whole
//! once scrolled to with the mouse wheel. The compare screen likewise: one
//! scrolling column, nothing cut or off the window at any scroll position,
//! every ingredient of both recipes drawn whole once scrolled to.

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

/// Scrolls the column under `at` by `delta_pt` with the mouse wheel.
fn wheel(harness: &mut Harness<'static, CxApp>, at: egui::Pos2, delta_pt: f32) {
    harness
        .input_mut()
        .events
        .push(egui::Event::PointerMoved(at));
    harness.input_mut().events.push(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, delta_pt),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    // A tooltip under the pointer keeps repainting for a while.
    harness.run_steps(4);
}

/// The texts drawn now, each checked: none cut with "…", none running
/// past the window's left or right edge; returns those drawn whole.
fn whole_now(harness: &Harness<'static, CxApp>, case: &str) -> Vec<String> {
    let screen = harness.ctx.content_rect();
    let drawn = texts(harness.output(), screen);
    for t in &drawn {
        assert!(!t.elided, "{case}: {:?} is cut with …", t.text);
        assert!(
            t.ink.left() >= screen.left() - 1.0 && t.ink.right() <= screen.right() + 1.0,
            "{case}: {:?} at {:?} runs off the window {screen:?}",
            t.text,
            t.ink
        );
    }
    drawn
        .into_iter()
        .filter(|t| t.whole)
        .map(|t| t.text)
        .collect()
}

/// The pie's slice labels ("10.5 %") drawn now overlap neither each other
/// nor any other text (a pie squeezed by its labels draws them in a heap
/// over the reveal's name).
fn assert_labels_apart(harness: &Harness<'static, CxApp>, case: &str) {
    // What shows: a text scrolled under the bar is clipped away.
    let drawn: Vec<_> = texts(harness.output(), harness.ctx.content_rect())
        .into_iter()
        .filter(|t| t.whole)
        .collect();
    let is_label = |t: &str| {
        t.strip_suffix(" %")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
    };
    for (i, a) in drawn.iter().enumerate() {
        if !is_label(&a.text) {
            continue;
        }
        for (j, b) in drawn.iter().enumerate() {
            if i != j && a.ink.shrink(0.5).intersects(b.ink.shrink(0.5)) {
                panic!(
                    "{case}: the slice label {:?} at {:?} overlaps {:?} at {:?}",
                    a.text, a.ink, b.text, b.ink
                );
            }
        }
    }
}

#[test]
fn zoom_keeps_the_blend_screen_whole() {
    use crate::blend_projected::blend_of;
    use crate::blend_projected_many::templates;
    use cx_recipe::app::theme::ThemeChoice;
    use cx_recipe::i18n::{Lang, tr};

    let mut w = blend_of(SIZE, ThemeChoice::Light, templates());
    let harness = &mut w.harness;
    while !harness.state().team_blend().unwrap().is_team_step() {
        harness.key_press(Key::ArrowRight);
        harness.run();
    }
    let team = harness.state().team_blend().unwrap();
    let step_name = team.step_name(Lang::En);
    let names: Vec<String> = team
        .step_recipe(Lang::En)
        .ingredients
        .iter()
        .map(|i| i.name.clone())
        .collect();
    assert!(names.len() > 20, "{names:?}");
    let notes = tr(Lang::En, "blend-notes-title");
    // The pie's share of the window at 100 %: zoom must not shrink it.
    let share = |harness: &Harness<'static, CxApp>| {
        let screen = harness.ctx.content_rect();
        let pie = harness.get_by_label_contains("Pie chart").rect();
        pie.intersect(screen).area() / screen.area()
    };
    let at_100 = share(harness);
    for zoom in [1.5, 2.0] {
        zoom_to(harness, zoom);
        let case = format!("blend of the templates at {:.0} %", zoom * 100.0);
        let screen = harness.ctx.content_rect();
        let at = screen.center();
        for _ in 0..60 {
            wheel(harness, at, 400.0);
        }
        // At the top: the reveal's name whole, its pie large.
        let top = whole_now(harness, &case);
        assert_labels_apart(harness, &case);
        assert!(
            top.contains(&step_name),
            "{case}: {step_name:?} not whole at the top"
        );
        let seen = share(harness);
        assert!(
            seen >= at_100,
            "{case}: the reveal's pie takes {seen:.3} of the window, {at_100:.3} at 100 %"
        );
        // The table lies below: scrolling must bring what is not in view.
        let hidden = names.iter().filter(|n| !top.contains(n)).count();
        assert!(hidden > 0, "{case}: the whole table fits at the top?");
        let mut all: Vec<String> = top;
        let mut same = 0;
        for _ in 0..400 {
            let before = all.len();
            wheel(harness, at, -120.0);
            assert_labels_apart(harness, &case);
            for t in whole_now(harness, &case) {
                if !all.contains(&t) {
                    all.push(t);
                }
            }
            same = if all.len() == before { same + 1 } else { 0 };
            if same >= 8 {
                break;
            }
        }
        for name in &names {
            assert!(
                all.contains(name),
                "{case}: the table's {name:?} is never drawn whole"
            );
            assert!(
                all.iter().any(|t| t.starts_with(&format!("{name} "))),
                "{case}: {name:?} under the reveal's pie is never drawn whole"
            );
        }
        assert!(all.contains(&notes), "{case}: the notes are out of reach");
    }
}

#[test]
fn zoom_keeps_the_compare_screen_whole() {
    use cx_recipe::app::command::{Command, WorkshopCommand};

    let folder = tempfile::tempdir().unwrap();
    let (a, b) = (workshop_recipe(13), crate::projector::other_recipe(13));
    let a_file = write_recipe(folder.path(), "a.ron", &a);
    let b_file = write_recipe(folder.path(), "b.ron", &b);
    let Window { mut harness, .. } = window_sized(SIZE, Settings::default(), Some(a_file));
    let ctx = harness.ctx.clone();
    harness.state_mut().execute(
        &ctx,
        Command::Workshop(WorkshopCommand::ComparePath(b_file)),
    );
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Compare);
    let mut names: Vec<&str> = a.ingredients.iter().map(|i| i.name.as_str()).collect();
    for ing in &b.ingredients {
        if !names.contains(&ing.name.as_str()) {
            names.push(&ing.name);
        }
    }
    for zoom in [1.5, 2.0] {
        zoom_to(&mut harness, zoom);
        let case = format!("compare 13 with 13 at {:.0} %", zoom * 100.0);
        let at = harness.ctx.content_rect().center();
        for _ in 0..60 {
            wheel(&mut harness, at, 400.0);
        }
        // From the top down: nothing cut with "…" or off the window's
        // sides at any scroll position, every name drawn whole somewhere.
        let mut all: Vec<String> = whole_now(&harness, &case);
        let mut same = 0;
        for _ in 0..400 {
            let before = all.len();
            wheel(&mut harness, at, -120.0);
            for t in whole_now(&harness, &case) {
                if !all.contains(&t) {
                    all.push(t);
                }
            }
            same = if all.len() == before { same + 1 } else { 0 };
            if same >= 8 {
                break;
            }
        }
        for name in &names {
            assert!(
                all.iter().any(|t| t == name),
                "{case}: {name:?} is never drawn whole; drawn: {all:?}"
            );
        }
    }
}
