//! The blend projected (F5 on the blend screen), measured for the back of
//! the room from what egui drew: at 1280×800, 1366×768 and 1920×1080, with
//! 5, 13 and 20 ingredients, on a participant's step and the team's, every
//! glyph is at least 28 px and 4.5:1 against what is under it, every
//! legend name is drawn whole, and every slice of at least 1 % has its
//! label, none overlapping another or the legend, none clipped. Esc comes
//! back to the blend.
//!
//! The measuring helpers are small and local (`measure` for the glyphs),
//! to be swapped for the projector's shared module once it lands.

use cx_recipe::app::Screen;
use cx_recipe::app::dialogs::PickedMany;
use cx_recipe::app::settings::Settings;
use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::PieChart;
use cx_recipe::chart::contrast::TEXT_MIN;
use cx_recipe::chart::palette::contrast_ratio;
use cx_recipe::i18n::Lang;
use egui::accesskit::Role;
use egui::epaint::{ClippedShape, Shape};
use egui::{Key, Rect, ViewportCommand};
use egui_kittest::kittest::Queryable as _;

use crate::blend_files::workshop;
use crate::gui::Window;
use crate::measure;
use crate::presentation::window_sized;

/// A window of `size` in `theme` showing the blend of `count` ingredients.
fn blended(size: egui::Vec2, theme: ThemeChoice, count: usize) -> (Window, tempfile::TempDir) {
    let folder = tempfile::tempdir().unwrap();
    let w = blend_of(size, theme, workshop(folder.path(), count));
    assert_eq!(
        w.harness.state().team_blend().unwrap().blend.rows.len(),
        count
    );
    (w, folder)
}

/// A window of `size` in `theme` showing the blend of `files`.
pub fn blend_of(size: egui::Vec2, theme: ThemeChoice, files: Vec<std::path::PathBuf>) -> Window {
    let settings = Settings {
        theme,
        ..Settings::default()
    };
    let mut w = window_sized(size, settings, None);
    w.dialogs.answer_many(PickedMany::Paths(files));
    let ctx = w.harness.ctx.clone();
    w.harness.state_mut().execute(
        &ctx,
        cx_recipe::app::command::Command::Workshop(cx_recipe::app::command::WorkshopCommand::Blend),
    );
    w.harness.run();
    w
}

fn press(w: &mut Window, key: Key) {
    w.harness.key_press(key);
    w.harness.run();
}

/// Every text shape drawn: its text, where it shows, what clips it, and
/// whether it was cut short ("…").
pub fn placed_texts(output: &egui::FullOutput) -> Vec<(String, Rect, Rect, bool)> {
    fn walk(clip: Rect, shape: &Shape, out: &mut Vec<(String, Rect, Rect, bool)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(clip, s, out)),
            Shape::Text(text) => out.push((
                text.galley.text().to_owned(),
                text.visual_bounding_rect(),
                clip,
                text.galley.elided,
            )),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape {
        clip_rect, shape, ..
    } in &output.shapes
    {
        walk(*clip_rect, shape, &mut out);
    }
    out
}

/// What the room sees now, measured, every slice of the step in the
/// legend; `what` names the case in failures.
fn assert_projected(w: &Window, theme: ThemeChoice, what: &str) {
    let team = w.harness.state().team_blend().unwrap();
    let recipe = team.step_recipe(Lang::En);
    let chart = PieChart::from_recipe_in(&recipe, 1, Lang::En);
    assert_projected_as(w, theme, what, &chart);
}

/// What the room sees now, measured, `chart` (the step's, or its smallest
/// slices grouped) in the legend and on the pie.
pub fn assert_projected_as(w: &Window, theme: ThemeChoice, what: &str, chart: &PieChart) {
    let app = w.harness.state();
    let team = app.team_blend().unwrap();
    let screen = w.harness.ctx.content_rect();

    // Large enough and in contrast, every glyph.
    let glyphs = measure::glyphs(w.harness.output());
    assert!(glyphs.len() > 50, "{what}: too few glyphs");
    for g in &glyphs {
        g.assert_projected(&format!("{what} {theme:?}"));
        assert!(screen.contains(g.at), "{what}: {:?} off the screen", g.text);
        assert_ne!(g.chr, '…', "{what}: {:?} is cut", g.text);
    }
    // The name in large type.
    let name = team.step_name(Lang::En);
    assert!(
        glyphs.iter().any(|g| g.text == name && g.size_px >= 50.0),
        "{what}: {name} not in large type"
    );

    // Every legend name whole, in the legend: not cut short, not clipped.
    let texts = placed_texts(w.harness.output());
    let rows: Vec<Rect> = w
        .harness
        .query_all_by_role(Role::ListItem)
        .map(|n| n.rect())
        .collect();
    assert_eq!(rows.len(), chart.items.len(), "{what}: legend rows");
    // Wrapped between words, never inside one.
    crate::blend_projected_many::assert_words_whole(w.harness.output(), &chart.items, &rows, what);
    for item in &chart.items {
        let drawn: Vec<_> = texts
            .iter()
            .filter(|(t, rect, ..)| *t == item.name && rows.iter().any(|r| r.contains_rect(*rect)))
            .collect();
        assert_eq!(drawn.len(), 1, "{what}: {:?} not in the legend", item.name);
        let (_, rect, clip, elided) = drawn[0];
        assert!(!elided, "{what}: {:?} is cut short", item.name);
        assert!(
            clip.contains_rect(*rect) && screen.contains_rect(*rect),
            "{what}: {:?} at {rect:?} is clipped by {clip:?}",
            item.name
        );
        w.harness
            .get_by_label(&format!("{}, {}", item.name, item.percent_label));
    }
    for row in &rows {
        assert!(screen.contains_rect(*row), "{what}: a legend row is cut");
    }

    // Every slice of 1 % or more labelled; labels apart, whole, clear of
    // the legend.
    let labels: Vec<&(String, Rect, Rect, bool)> = texts
        .iter()
        .filter(|(t, rect, ..)| {
            chart.items.iter().any(|i| &i.percent_label == t)
                && !rows.iter().any(|r| r.intersects(*rect))
        })
        .collect();
    for item in chart.items.iter().filter(|i| i.share >= 0.01) {
        let count = chart
            .items
            .iter()
            .filter(|i| i.percent_label == item.percent_label && i.share >= 0.01)
            .count();
        let shown = labels
            .iter()
            .filter(|(t, ..)| *t == item.percent_label)
            .count();
        assert!(
            shown >= count,
            "{what}: {} ({}) has no label on the pie",
            item.name,
            item.percent_label
        );
    }
    for (i, (text, rect, clip, _)) in labels.iter().enumerate() {
        assert!(
            clip.contains_rect(*rect) && screen.contains_rect(*rect),
            "{what}: label {text} at {rect:?} is clipped by {clip:?}"
        );
        for (other, other_rect, ..) in labels.iter().skip(i + 1) {
            assert!(
                !rect.shrink(0.5).intersects(other_rect.shrink(0.5)),
                "{what}: labels {text} {rect:?} and {other} {other_rect:?} overlap"
            );
        }
    }
}

#[test]
fn f5_projects_the_blend_and_esc_comes_back_to_it() {
    let (mut w, _folder) = blended(egui::vec2(1920.0, 1080.0), ThemeChoice::Light, 5);
    let commands = |w: &Window| {
        w.harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.commands.clone())
            .unwrap_or_default()
    };
    // Key down alone: the frame that reads it is the last one stepped.
    w.harness.key_down(Key::F5);
    w.harness.step();
    assert_eq!(w.harness.state().screen(), Screen::PresentBlend);
    assert!(commands(&w).contains(&ViewportCommand::Fullscreen(true)));
    w.harness.key_up(Key::F5);
    w.harness.run();
    // The participant's author, not their file.
    w.harness.get_by_label("Ana García");
    w.harness
        .get_by_label_contains("Participant 1 of 5 · Mine · p0.ron");
    press(&mut w, Key::ArrowRight);
    w.harness.get_by_label("Ben Okafor");
    for _ in 0..5 {
        press(&mut w, Key::PageDown);
    }
    w.harness.get_by_label("The team");
    w.harness
        .get_by_label_contains("Everyone together · Blend of 5 recipes");
    assert_projected(&w, ThemeChoice::Light, "team at 1920");
    w.harness.key_down(Key::Escape);
    w.harness.step();
    assert_eq!(w.harness.state().screen(), Screen::Blend);
    assert!(commands(&w).contains(&ViewportCommand::Fullscreen(false)));
    w.harness.key_up(Key::Escape);
    w.harness.run();
    assert!(w.harness.state().team_blend().unwrap().is_team_step());
    // The button does it too.
    w.harness.get_by_label("Present (F5)").click();
    w.harness.run();
    assert_eq!(w.harness.state().screen(), Screen::PresentBlend);
    w.harness.get_by_label("Back to the blend (Esc)").click();
    w.harness.run();
    assert_eq!(w.harness.state().screen(), Screen::Blend);
}

#[test]
fn the_projected_blend_reads_from_the_back_of_the_room() {
    let sizes = [(1280.0, 800.0), (1366.0, 768.0), (1920.0, 1080.0)];
    for (width, height) in sizes {
        for count in [5, 13, 20] {
            let size = egui::vec2(width, height);
            let (mut w, _folder) = blended(size, ThemeChoice::Light, count);
            press(&mut w, Key::F5);
            let what = |step: &str| format!("{width}×{height}, {count} ingredients, {step}");
            assert_projected(&w, ThemeChoice::Light, &what("the first participant"));
            for _ in 0..5 {
                press(&mut w, Key::ArrowRight);
            }
            assert!(w.harness.state().team_blend().unwrap().is_team_step());
            assert_projected(&w, ThemeChoice::Light, &what("the team"));
        }
    }
}

#[test]
fn the_projected_blend_reads_in_every_theme() {
    for theme in [ThemeChoice::Dark, ThemeChoice::HighContrast] {
        let (mut w, _folder) = blended(egui::vec2(1280.0, 800.0), theme, 20);
        press(&mut w, Key::F5);
        assert_projected(&w, theme, "20 at 1280, a participant");
        for _ in 0..5 {
            press(&mut w, Key::ArrowRight);
        }
        assert_projected(&w, theme, "20 at 1280, the team");
    }
}

#[test]
fn the_blend_screen_names_its_pie_and_reads_in_every_theme() {
    // Not projected, the blend screen's captions too ("Range", the
    // spellings merged, how a tag was decided, the balance's parts) are
    // 4.5:1 against what is under them — the stripes included.
    for theme in [
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ] {
        let (w, _folder) = blended(egui::vec2(1280.0, 800.0), theme, 13);
        // The reveal's pie is named: every slice's name and share under it.
        let recipe = w
            .harness
            .state()
            .team_blend()
            .unwrap()
            .step_recipe(Lang::En);
        for item in &PieChart::from_recipe_in(&recipe, 1, Lang::En).items {
            w.harness
                .get_by_label(&format!("{} {}", item.name, item.percent_label));
        }
        // The reveal's Previous is disabled on the first step: a disabled
        // control may be quieter (WCAG 1.4.3 exempts it).
        let disabled = ["◀ Previous"];
        let glyphs = measure::glyphs(w.harness.output());
        assert!(glyphs.len() > 300, "{theme:?}: too few glyphs");
        for g in glyphs
            .iter()
            .filter(|g| !disabled.contains(&g.text.as_str()))
        {
            let ratio = contrast_ratio(g.colour, g.background);
            assert!(
                ratio >= TEXT_MIN,
                "{theme:?}: '{}' of {:?}: {ratio:.2}:1 ({:?} on {:?} at {:?})",
                g.chr,
                g.text,
                g.colour,
                g.background,
                g.at
            );
        }
    }
}
