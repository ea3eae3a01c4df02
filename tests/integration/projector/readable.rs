//! Readable on any projector: presentation and compare, projected with F5,
//! at 1280×800, 1366×768 and 1920×1080 with 5, 13 and 20 ingredients, in
//! every theme — every legend name whole, no legend row cut off, slice
//! labels apart and whole, every slice of at least 1 % labelled, and every
//! glyph at least 28 px and 4.5:1 (`assert_projectable`). Where compare's
//! two pies do not fit one screen, each of its pages passes the check.

use cx_recipe::app::command::{Command, WorkshopCommand};
use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::app::{CxApp, Screen};
use cx_recipe::recipe::Recipe;
use egui::{Key, ViewportCommand};
use egui_kittest::Harness;

use super::{
    COUNTS, SIZES, Wanted, assert_projectable, assert_table_projectable, labels_wanted,
    legend_rows, other_recipe, texts, workshop_recipe, write_recipe,
};
use crate::gui::Window;
use crate::presentation::window_sized;

fn names(recipes: &[&Recipe]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for r in recipes {
        for i in &r.ingredients {
            if !names.contains(&i.name) {
                names.push(i.name.clone());
            }
        }
    }
    names
}

fn press(harness: &mut Harness<'static, CxApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// The themes of a case: all three at the most common projector, the
/// default elsewhere (the text colours are the themes' tokens, the same at
/// every size).
fn themes(size: egui::Vec2) -> Vec<ThemeChoice> {
    if size.x < 1300.0 {
        ThemeChoice::ALL.to_vec()
    } else {
        vec![ThemeChoice::Light]
    }
}

#[test]
fn presentation_reads_on_every_projector() {
    let folder = tempfile::tempdir().unwrap();
    for n in COUNTS {
        let recipe = workshop_recipe(n);
        let file = write_recipe(folder.path(), &format!("r{n}.ron"), &recipe);
        for size in SIZES {
            for theme in themes(size) {
                let settings = Settings {
                    theme,
                    ..Settings::default()
                };
                let Window { mut harness, .. } = window_sized(size, settings, Some(file.clone()));
                press(&mut harness, Key::F5);
                harness.run();
                assert_eq!(harness.state().screen(), Screen::Presentation);
                let case = format!("presentation, {n} ingredients, {size:?}, {theme:?}");
                let wanted = Wanted {
                    names: &names(&[&recipe]),
                    labels: &labels_wanted(&recipe),
                };
                assert_projectable(&harness, &case, &wanted);
            }
        }
    }
}

fn viewport_commands(harness: &Harness<'static, CxApp>) -> Vec<ViewportCommand> {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.commands.clone())
        .unwrap_or_default()
}

/// Where the projected compare shows a page at a time: the page shown and
/// how many there are, from its line "Page 1 of 3 · …".
fn page_of(harness: &Harness<'static, CxApp>) -> Option<(usize, usize)> {
    let screen = harness.ctx.content_rect();
    texts(harness.output(), screen).iter().find_map(|t| {
        let rest = t.text.strip_prefix("Page ")?;
        let (page, rest) = rest.split_once(" of ")?;
        let (pages, _) = rest.split_once(' ')?;
        Some((page.parse().ok()?, pages.parse().ok()?))
    })
}

/// The projected compare as the room reads it: both pies on one screen,
/// or — where they do not fit — A's page, B's page and the changes, each
/// stepped to with → and each passing the same check.
fn assert_compare_projectable(
    harness: &mut Harness<'static, CxApp>,
    case: &str,
    a: &Recipe,
    b: &Recipe,
) {
    let Some((1, pages)) = page_of(harness) else {
        let mut labels = labels_wanted(a);
        labels.extend(labels_wanted(b));
        let wanted = Wanted {
            names: &names(&[a, b]),
            labels: &labels,
        };
        assert!(page_of(harness).is_none(), "{case}: not on the first page");
        assert_projectable(harness, case, &wanted);
        return;
    };
    for (page, recipe) in [("A", a), ("B", b)] {
        let wanted = Wanted {
            names: &names(&[recipe]),
            labels: &labels_wanted(recipe),
        };
        assert_projectable(harness, &format!("{case}, page {page}"), &wanted);
        press(harness, Key::ArrowRight);
    }
    // The changes, on as many pages as they take: every name on one of
    // them, whole.
    let all = names(&[a, b]);
    let mut seen: Vec<String> = Vec::new();
    for page in 3..=pages {
        assert_eq!(page_of(harness), Some((page, pages)), "{case}");
        let rows = legend_rows(harness);
        let here: Vec<String> = all
            .iter()
            .filter(|n| rows.iter().any(|(l, _)| l.starts_with(&format!("{n}, "))))
            .cloned()
            .collect();
        assert!(!here.is_empty(), "{case}: page {page} shows no changes");
        assert_table_projectable(harness, &format!("{case}, changes page {page}"), &here);
        seen.extend(here);
        press(harness, Key::ArrowRight);
    }
    assert_eq!(
        page_of(harness),
        Some((pages, pages)),
        "{case}: past the last"
    );
    for name in &all {
        assert!(
            seen.contains(name),
            "{case}: {name:?} on no page of changes"
        );
    }
    // Back to A's page.
    for _ in 1..pages {
        press(harness, Key::ArrowLeft);
    }
    assert_eq!(page_of(harness), Some((1, pages)), "{case}");
}

#[test]
fn f5_projects_compare_and_it_reads_on_every_projector() {
    let folder = tempfile::tempdir().unwrap();
    for n in COUNTS {
        let (a, b) = (workshop_recipe(n), other_recipe(n));
        let a_file = write_recipe(folder.path(), &format!("a{n}.ron"), &a);
        let b_file = write_recipe(folder.path(), &format!("b{n}.ron"), &b);
        for size in SIZES {
            for theme in themes(size) {
                let settings = Settings {
                    theme,
                    ..Settings::default()
                };
                let Window { mut harness, .. } = window_sized(size, settings, Some(a_file.clone()));
                let ctx = harness.ctx.clone();
                harness.state_mut().execute(
                    &ctx,
                    Command::Workshop(WorkshopCommand::ComparePath(b_file.clone())),
                );
                harness.run();
                assert_eq!(harness.state().screen(), Screen::Compare);
                harness.key_down(Key::F5);
                harness.step();
                assert!(harness.state().presenting(), "F5 does not project compare");
                assert!(viewport_commands(&harness).contains(&ViewportCommand::Fullscreen(true)));
                harness.key_up(Key::F5);
                harness.run();
                let case = format!("compare, {n} ingredients, {size:?}, {theme:?}");
                assert_compare_projectable(&mut harness, &case, &a, &b);
                // Esc leaves the projection for the compare screen; a second
                // Esc goes back to the editor.
                harness.key_down(Key::Escape);
                harness.step();
                assert!(!harness.state().presenting());
                assert_eq!(harness.state().screen(), Screen::Compare);
                assert!(viewport_commands(&harness).contains(&ViewportCommand::Fullscreen(false)));
                harness.key_up(Key::Escape);
                harness.run();
                press(&mut harness, Key::Escape);
                assert_eq!(harness.state().screen(), Screen::Editor);
            }
        }
    }
}
