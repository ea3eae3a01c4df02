//! The projected blend's "Other (N)" says what it holds: its legend row is
//! a button, and O opens a page of its own listing every member with its
//! share in large type (at least 28 px and 4.5:1), each name whole and
//! wrapped between words, every row inside the window, in columns and as
//! many pages as it takes (←/→ turn them); Esc closes it and the reveal is
//! where it was. The key help names O in the window's language. Checked
//! at 1280×800, 1366×768 and 1920×1080 on every step of the five shipped
//! templates' blend (27 ingredients) and of a blend of 40.

use std::collections::BTreeSet;

use cx_recipe::app::Screen;
use cx_recipe::app::dialogs::PickedMany;
use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::{ChartItem, PieChart};
use cx_recipe::i18n::Lang;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::blend_projected::{blend_of, placed_texts};
use crate::blend_projected_many::{assert_words_whole, forty, templates};
use crate::gui::Window;
use crate::measure;
use crate::presentation::window_sized;
use crate::projector::texts;

const SIZES: [(f32, f32); 3] = [(1280.0, 800.0), (1366.0, 768.0), (1920.0, 1080.0)];

fn press(w: &mut Window, key: Key) {
    w.harness.key_press(key);
    w.harness.run();
}

/// The legend's rows (or the list's): label and rect.
fn rows(w: &Window) -> Vec<(String, egui::Rect)> {
    w.harness
        .query_all_by_role(Role::ListItem)
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .collect()
}

/// The step's slices that the legend does not name: what "Other" holds.
/// None where the legend has no "Other" row.
fn held(w: &Window) -> Option<(String, Vec<ChartItem>)> {
    let legend = rows(w);
    let other = legend
        .iter()
        .map(|(l, _)| l)
        .find(|l| l.starts_with("Other ("))?
        .clone();
    let team = w.harness.state().team_blend().unwrap();
    let chart = PieChart::from_recipe_in(&team.step_recipe(Lang::En), 1, Lang::En);
    let named: BTreeSet<&str> = legend
        .iter()
        .filter_map(|(l, _)| l.rsplit_once(", ").map(|(n, _)| n))
        .collect();
    let items: Vec<ChartItem> = chart
        .items
        .into_iter()
        .filter(|i| !named.contains(i.name.as_str()))
        .collect();
    Some((other, items))
}

/// Checks one page of the list as the room reads it; returns the members
/// it shows.
fn page_shown(w: &Window, held: &[ChartItem], what: &str) -> Vec<String> {
    let screen = w.harness.ctx.content_rect();
    let listed = rows(w);
    assert!(!listed.is_empty(), "{what}: the list shows nobody");
    let drawn = texts(w.harness.output(), screen);
    let mut shown = Vec::new();
    for (label, rect) in &listed {
        let item = held
            .iter()
            .find(|i| *label == format!("{}, {}", i.name, i.percent_label))
            .unwrap_or_else(|| panic!("{what}: {label:?} is not one of Other's members"));
        assert!(
            screen.contains_rect(*rect),
            "{what}: {label:?} at {rect:?} is outside the window {screen:?}"
        );
        for part in [&item.name, &item.percent_label] {
            let text = drawn
                .iter()
                .find(|t| t.text == *part && rect.expand(1.0).contains_rect(t.ink))
                .unwrap_or_else(|| panic!("{what}: {part:?} not drawn in its row"));
            assert!(
                !text.elided && text.whole,
                "{what}: {part:?} is cut ({text:?})"
            );
        }
        shown.push(item.name.clone());
    }
    let rects: Vec<egui::Rect> = listed.iter().map(|(_, r)| *r).collect();
    assert_words_whole(w.harness.output(), held, &rects, what);
    for g in measure::glyphs(w.harness.output()) {
        g.assert_projected(what);
        assert!(screen.contains(g.at), "{what}: {:?} off the screen", g.text);
        assert_ne!(g.chr, '…', "{what}: {:?} is cut", g.text);
    }
    shown
}

/// Opens the list (a click on the row, or O), reads every page, closes it.
fn check_list(w: &mut Window, other: &str, held: &[ChartItem], click: bool, what: &str) {
    let step = w.harness.state().team_blend().unwrap().step();
    if click {
        w.harness.get_by_label(other).click();
        w.harness.run();
        w.harness.run();
    } else {
        press(w, Key::O);
    }
    let title = format!("What “{}” holds", other.split(", ").next().unwrap());
    let titled = |w: &Window| {
        placed_texts(w.harness.output())
            .iter()
            .any(|(t, ..)| *t == title)
    };
    assert!(titled(w), "{what}: no list titled {title:?}");
    let mut seen: Vec<String> = Vec::new();
    for page in 0..10 {
        let at = format!("{what}, page {}", page + 1);
        let shown = page_shown(w, held, &at);
        if seen.contains(&shown[0]) {
            break;
        }
        seen.extend(shown);
        press(w, Key::ArrowRight);
    }
    let mut want: Vec<&str> = held.iter().map(|i| i.name.as_str()).collect();
    let mut got: Vec<&str> = seen.iter().map(String::as_str).collect();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(
        got, want,
        "{what}: the list does not hold every member once"
    );
    let step_now = w.harness.state().team_blend().unwrap().step();
    assert_eq!(step_now, step, "{what}: the arrows stepped the reveal");
    press(w, Key::Escape);
    assert!(!titled(w), "{what}: Esc does not close the list");
    assert_eq!(w.harness.state().screen(), Screen::PresentBlend, "{what}");
    assert!(held_now(w), "{what}: the legend's Other row is not back");
}

fn held_now(w: &Window) -> bool {
    rows(w).iter().any(|(l, _)| l.starts_with("Other ("))
}

/// Every step of the reveal; where the legend has "Other", its list.
/// Returns how many steps had one.
fn every_step(w: &mut Window, what: &str) -> usize {
    press(w, Key::F5);
    let mut listed = 0;
    loop {
        let step = w.harness.state().team_blend().unwrap().step();
        let at = format!("{what}, step {step}");
        if let Some((other, items)) = held(w) {
            assert!(items.len() >= 2, "{at}: {other:?} holds {items:?}");
            check_list(w, &other, &items, listed % 2 == 0, &at);
            listed += 1;
        }
        if w.harness.state().team_blend().unwrap().is_team_step() {
            return listed;
        }
        press(w, Key::ArrowRight);
    }
}

#[test]
fn other_lists_what_it_holds_for_the_five_templates() {
    for (width, height) in SIZES {
        let mut w = blend_of(egui::vec2(width, height), ThemeChoice::Light, templates());
        let what = format!("templates at {width}×{height}");
        let listed = every_step(&mut w, &what);
        if height < 1000.0 {
            assert!(listed > 0, "{what}: no step grouped into Other");
        }
    }
}

#[test]
fn other_lists_what_it_holds_for_a_blend_of_forty() {
    for (width, height) in SIZES {
        let folder = tempfile::tempdir().unwrap();
        let theme = ThemeChoice::HighContrast;
        let mut w = blend_of(egui::vec2(width, height), theme, forty(folder.path()));
        let what = format!("40 at {width}×{height}");
        let listed = every_step(&mut w, &what);
        if height < 1000.0 {
            assert!(listed > 0, "{what}: no step grouped into Other");
        }
    }
}

#[test]
fn the_key_help_names_o_in_every_language() {
    for (lang, line) in [
        (Lang::En, "list what “Other” holds"),
        (Lang::Es, "ver qué reúne «Otros»"),
        (Lang::De, "zeigen, was „Sonstige“ enthält"),
    ] {
        let settings = Settings {
            language: Some(lang),
            ..Settings::default()
        };
        let mut w = window_sized(egui::vec2(1280.0, 800.0), settings, None);
        w.dialogs.answer_many(PickedMany::Paths(templates()));
        let ctx = w.harness.ctx.clone();
        w.harness.state_mut().execute(
            &ctx,
            cx_recipe::app::command::Command::Workshop(
                cx_recipe::app::command::WorkshopCommand::Blend,
            ),
        );
        w.harness.run();
        press(&mut w, Key::F5);
        press(&mut w, Key::F1);
        let drawn = placed_texts(w.harness.output());
        assert!(
            drawn.iter().any(|(t, ..)| t == "O"),
            "{lang:?}: O not in the key help"
        );
        assert!(
            drawn.iter().any(|(t, ..)| t.starts_with(line)),
            "{lang:?}: {line:?} not in the key help"
        );
        // Inside the window, however long the language's lines.
        let screen = w.harness.ctx.content_rect();
        for t in texts(w.harness.output(), screen) {
            assert!(!t.elided && t.whole, "{lang:?}: {:?} is cut", t.text);
        }
    }
}
