//! The names under the blend reveal's pie, drawn without a screen reader
//! (only the names in view, from where the flow last put them), land
//! exactly where egui's wrapping layout puts every name when one listens,
//! before and after scrolling the list.

use cx_recipe::chart::PieChart;
use cx_recipe::i18n::Lang;
use egui::Rect;

use cx_recipe::app::command::{Command, WorkshopCommand};
use cx_recipe::app::{AppConfig, CxApp};

use crate::gui::{FakeDialogs, english};
use crate::projector::texts;

/// A participant's file of `n` ingredients, in a folder kept for the test.
fn many(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let rows: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "        (name: \"Ingredient {i}\", amount: {}.0, unit: Millilitre),",
                1 + (i * 7) % 50
            )
        })
        .collect();
    let text = format!(
        "(\n    version: 1,\n    title: \"Many\",\n    ingredients: [\n{}\n    ],\n)\n",
        rows.join("\n")
    );
    let path = dir.join("many.ron");
    std::fs::write(&path, text).unwrap();
    path
}

/// One frame of `app` at 1280×800 (`wheel`: the pointer at `at` turns
/// the wheel); the names drawn, by text, with where their ink is.
fn frame(
    ctx: &egui::Context,
    app: &mut CxApp,
    chips: &[String],
    wheel: Option<(egui::Pos2, f32)>,
) -> Vec<(String, Rect)> {
    let screen = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    let mut input = egui::RawInput {
        screen_rect: Some(screen),
        ..Default::default()
    };
    if let Some((at, dy)) = wheel {
        input.events.push(egui::Event::PointerMoved(at));
        input.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, dy),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
    }
    let mut output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    output.textures_delta.clear();
    let mut names: Vec<(String, Rect)> = texts(&output, screen)
        .into_iter()
        .filter(|t| chips.contains(&t.text))
        .map(|t| (t.text, t.ink))
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names
}

#[test]
fn the_reveal_names_in_view_are_drawn_where_the_wrapping_flow_puts_them() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![many(dir.path(), 300), many_other(dir.path())];
    let ctx = egui::Context::default();
    // As egui_kittest sets it: a wheel's scroll lands in one frame.
    ctx.all_styles_mut(|style| {
        style.scroll_animation = egui::style::ScrollAnimation::none();
        style.animation_time = 0.0;
    });
    let config = AppConfig {
        dialogs: Box::new(FakeDialogs::default()),
        recovery_folder: Some(dir.path().to_path_buf()),
        open_at_start: None,
        frame_log: None,
    };
    let mut app = CxApp::with_settings(&ctx, config, english());
    app.execute(&ctx, Command::Workshop(WorkshopCommand::BlendPaths(files)));
    app.finish_work();
    let team = app.team_blend().unwrap();
    let chart = PieChart::from_recipe_in(&team.step_recipe(Lang::En), 1, Lang::En);
    let chips: Vec<String> = chart
        .items
        .iter()
        .map(|i| format!("{} {}", i.name, i.percent_label))
        .collect();
    assert!(chips.len() >= 300, "{}", chips.len());
    for _ in 0..4 {
        frame(&ctx, &mut app, &chips, None);
    }
    let mut wheel = None;
    for scroll in [0.0, -400.0] {
        if scroll != 0.0 {
            let first: Vec<(String, Rect)> = frame(&ctx, &mut app, &chips, None);
            let at = first.first().map(|(_, r)| r.center()).unwrap();
            wheel = Some((at, scroll));
        }
        // Alone, scrolled (or not), until the scroll has settled.
        let mut alone = frame(&ctx, &mut app, &chips, wheel.take());
        for _ in 0..200 {
            let next = frame(&ctx, &mut app, &chips, None);
            if next == alone {
                break;
            }
            alone = next;
        }
        // A screen reader listens: every name placed by egui's wrapping
        // layout (the first frame of it settles by a pixel, as egui does).
        ctx.enable_accesskit();
        frame(&ctx, &mut app, &chips, None);
        let listening = frame(&ctx, &mut app, &chips, None);
        assert!(listening.len() > 10, "{}", listening.len());
        // Alone again: only the names in view, from where the flow put them.
        ctx.disable_accesskit();
        for _ in 0..2 {
            let again = frame(&ctx, &mut app, &chips, None);
            assert_eq!(again, listening, "scrolled {scroll}");
        }
        assert!(!alone.is_empty());
    }
}

/// A second participant, so the reveal has a first step of its own.
fn many_other(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("other.ron");
    std::fs::write(
        &path,
        "(\n    version: 1,\n    title: \"Other\",\n    ingredients: [\n        (name: \"Speed\", amount: 1.0, unit: Litre),\n    ],\n)\n",
    )
    .unwrap();
    path
}
