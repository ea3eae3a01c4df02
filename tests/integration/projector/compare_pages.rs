//! The projected compare a page at a time where its two pies do not fit
//! one screen (20 ingredients at 1280×800): a line names the page and how
//! many there are, ←/→ and Page Up/Down step through them (never past the
//! first or the last), the key help names those keys, and keys pressed
//! while the help is open do not turn the page. Where the pies fit (5
//! ingredients), one screen and no pages.

use cx_recipe::app::command::{Command, WorkshopCommand};
use cx_recipe::app::{CxApp, Screen};
use egui::Key;
use egui_kittest::Harness;

use super::{other_recipe, texts, workshop_recipe, write_recipe};
use crate::gui::{Window, english};
use crate::presentation::window_sized;

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

/// The page line drawn, if any.
fn page_line(harness: &Harness<'static, CxApp>) -> Option<String> {
    drawn(harness).into_iter().find(|t| t.starts_with("Page "))
}

fn compare_projected(n: usize, size: egui::Vec2) -> (Window, tempfile::TempDir) {
    let folder = tempfile::tempdir().unwrap();
    let a = write_recipe(folder.path(), "a.ron", &workshop_recipe(n));
    let b = write_recipe(folder.path(), "b.ron", &other_recipe(n));
    let mut w = window_sized(size, english(), Some(a));
    let ctx = w.harness.ctx.clone();
    w.harness
        .state_mut()
        .execute(&ctx, Command::Workshop(WorkshopCommand::ComparePath(b)));
    w.harness.run();
    press(&mut w.harness, Key::F5);
    assert!(w.harness.state().presenting());
    (w, folder)
}

#[test]
fn a_compare_too_large_for_one_screen_is_shown_a_page_at_a_time() {
    let (Window { mut harness, .. }, _folder) = compare_projected(20, egui::vec2(1280.0, 800.0));
    let first = page_line(&harness).expect("no page line at 1280×800 with 20 ingredients");
    assert!(
        first.starts_with("Page 1 of ") && first.contains("A · Our recipe, 20 ingredients"),
        "{first}"
    );
    assert!(first.ends_with("Left / Right"), "{first}");
    let pages: usize = first["Page 1 of ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(pages >= 3, "{first}");
    // Not before the first.
    press(&mut harness, Key::ArrowLeft);
    assert_eq!(page_line(&harness).as_deref(), Some(first.as_str()));
    press(&mut harness, Key::ArrowRight);
    let second = page_line(&harness).unwrap();
    assert!(
        second.starts_with(&format!("Page 2 of {pages} · B · Their recipe")),
        "{second}"
    );
    press(&mut harness, Key::PageDown);
    let third = page_line(&harness).unwrap();
    assert!(
        third.starts_with(&format!(
            "Page 3 of {pages} · Every ingredient: A, B and the change"
        )),
        "{third}"
    );
    press(&mut harness, Key::PageUp);
    assert_eq!(page_line(&harness), Some(second.clone()));

    // The key help names the page keys; while it is open they do nothing.
    press(&mut harness, Key::F1);
    let help = drawn(&harness);
    assert!(
        help.iter().any(|t| t == "the previous or the next page"),
        "the key help does not name the page keys: {help:?}"
    );
    assert!(help.iter().any(|t| t == "Left / Right"), "{help:?}");
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::Escape);
    assert!(harness.state().presenting(), "Esc closing the help left");
    assert_eq!(page_line(&harness), Some(second));

    // Never past the last.
    for _ in 0..pages + 2 {
        press(&mut harness, Key::ArrowRight);
    }
    let last = page_line(&harness).unwrap();
    assert!(
        last.starts_with(&format!("Page {pages} of {pages} · ")),
        "{last}"
    );
    press(&mut harness, Key::Escape);
    assert!(!harness.state().presenting());
    assert_eq!(harness.state().screen(), Screen::Compare);
}

#[test]
fn a_compare_that_fits_one_screen_has_no_pages() {
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(1920.0, 1080.0)] {
        let (Window { harness, .. }, _folder) = compare_projected(5, size);
        assert_eq!(page_line(&harness), None, "{size:?}");
        let help = drawn(&harness);
        assert!(!help.iter().any(|t| t == "the previous or the next page"));
    }
}
