//! Frame cost of the real window, headless: `Context::run_ui` with a fixed
//! 1280×800 input, then `tessellate`, per iteration — the way egui's own
//! `demo_with_tessellate__realistic` benchmark measures — with egui's demo
//! windows measured by the same harness in the same run as the baseline.
//!
//! `cargo bench --bench frame` prints criterion's figures, then a table of
//! mean and p99 per case and the ratio to the demo frame.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use cx_recipe::app::command::WorkshopCommand;
use cx_recipe::app::command::{Command, FileCommand, ViewCommand};
use cx_recipe::app::dialogs::{FileDialogs, Picked};
use cx_recipe::app::settings::Settings;
use cx_recipe::app::ui_state::EditorTab;
use cx_recipe::app::{AppConfig, CxApp};
use cx_recipe::chart::palette;
use cx_recipe::recipe::{Colour, Ingredient, Recipe, Step, Tag, Unit, format};

/// Dialogs never open in a benchmark.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self, _: Option<&std::path::Path>) -> Picked {
        Picked::Cancelled
    }
    fn pick_save(&mut self, _: Option<&std::path::Path>, _: &str) -> Picked {
        Picked::Cancelled
    }
}

/// A recipe of `n` ingredients in parts, with distinct amounts.
fn recipe_of(n: usize) -> Recipe {
    Recipe {
        title: format!("{n} ingredients"),
        ingredients: (0..n)
            .map(|i| {
                Ingredient::new(
                    format!("Ingredient number {}", i + 1),
                    (1 + (i * 7) % 23) as f64,
                    Unit::Part,
                    Colour::from(palette::colour_for(i)),
                )
            })
            .collect(),
        ..Recipe::default()
    }
}

/// A recipe of `n` ingredients, some tagged, and `steps` method steps of
/// six ingredients each: the method tab's case.
fn method_recipe(n: usize, steps: usize) -> Recipe {
    let mut recipe = recipe_of(n);
    for (i, ing) in recipe.ingredients.iter_mut().enumerate() {
        ing.tag = match i % 3 {
            0 => Some(Tag::Baking),
            1 => Some(Tag::Cooking),
            _ => None,
        };
    }
    recipe.steps = (0..steps)
        .map(|s| Step {
            title: format!("Step {}", s + 1),
            detail: "Who does what, by when".to_owned(),
            ingredients: (0..6)
                .map(|k| format!("Ingredient number {}", (s * 5 + k * 37) % n + 1))
                .collect(),
        })
        .collect();
    recipe
}

/// Where the pointer rests in the hover cases: just left of the pie's centre,
/// on a slice at every recipe size here (each hover case asserts it).
const ON_THE_PIE: egui::Pos2 = egui::pos2(960.0, 330.0);

/// One frame's UI, as a closure over its state.
type UiFn = Box<dyn FnMut(&mut egui::Ui)>;

/// One view to measure: builds its UI closure for a context.
struct Case {
    name: &'static str,
    hover: bool,
    make: Box<dyn Fn(&egui::Context) -> UiFn>,
}

fn app_case(name: &'static str, recipe: Option<Recipe>, hover: bool) -> Case {
    window_case(name, recipe, hover, false)
}

/// The window in presentation mode (entered as F5 does).
fn presenting_case(name: &'static str, recipe: Option<Recipe>, hover: bool) -> Case {
    window_case(name, recipe, hover, true)
}

fn window_case(name: &'static str, recipe: Option<Recipe>, hover: bool, present: bool) -> Case {
    let setup = if present {
        Setup::Present
    } else {
        Setup::Editor
    };
    setup_case(name, recipe, hover, setup)
}

/// What a case does after opening its recipe.
#[derive(Clone)]
enum Setup {
    /// The editor as it opens.
    Editor,
    /// Presentation mode (F5).
    Present,
    /// The method tab.
    Method,
    /// The method tab, its first step selected (every ingredient a chip).
    MethodSelected,
    /// Compared with this recipe.
    Compare(Recipe),
    /// Blended: these participants' recipes.
    Blend(Vec<Recipe>),
}

fn setup_case(name: &'static str, recipe: Option<Recipe>, hover: bool, setup: Setup) -> Case {
    Case {
        name,
        hover,
        make: Box::new(move |ctx| {
            let dir = std::env::temp_dir().join("cx-recipe-bench");
            let mut app = CxApp::with_settings(
                ctx,
                AppConfig {
                    dialogs: Box::new(NoDialogs),
                    recovery_folder: None,
                    open_at_start: None,
                    frame_log: None,
                },
                Settings::default(),
            );
            if let Some(recipe) = &recipe {
                let path = dir.join(format!("{name}.ron"));
                std::fs::create_dir_all(&dir).unwrap();
                format::save(&path, recipe).unwrap();
                app.execute(ctx, Command::File(FileCommand::OpenPath(path)));
            }
            let save = |file: String, recipe: &Recipe| {
                let path = dir.join(file);
                format::save(&path, recipe).unwrap();
                path
            };
            match &setup {
                Setup::Editor => {}
                Setup::Present => app.execute(ctx, Command::View(ViewCommand::EnterPresentation)),
                Setup::Method => app.ui_mut().show_tab(EditorTab::Method),
                Setup::MethodSelected => {
                    app.ui_mut().show_tab(EditorTab::Method);
                    app.ui_mut().select_step(Some(0));
                }
                Setup::Compare(other) => {
                    let path = save(format!("{name} B.ron"), other);
                    app.execute(ctx, Command::Workshop(WorkshopCommand::ComparePath(path)));
                }
                Setup::Blend(participants) => {
                    let paths = participants
                        .iter()
                        .enumerate()
                        .map(|(i, r)| save(format!("{name} {i}.ron"), r))
                        .collect();
                    app.execute(ctx, Command::Workshop(WorkshopCommand::BlendPaths(paths)));
                    // Many files are read on a worker: the screen is the
                    // blend once they are.
                    app.finish_work();
                }
            }
            let mut frames = 0;
            Box::new(move |ui| {
                app.frame_ui(ui);
                frames += 1;
                // The hover cases really hover a slice (the pie is drawn by frame 2).
                if hover && frames == 3 {
                    assert!(
                        app.hovered().is_some(),
                        "{name}: the pointer misses the pie"
                    );
                }
            })
        }),
    }
}

/// The cases, in report order. A later view is one more entry here.
fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "egui demo windows (baseline)",
            hover: false,
            make: Box::new(|_| {
                let mut demo = egui_demo_lib::DemoWindows::default();
                Box::new(move |ui| demo.ui(ui))
            }),
        },
        app_case("ideal-cx", None, false),
        app_case("ideal-cx, hovering a slice", None, true),
        app_case("20 ingredients", Some(recipe_of(20)), false),
        app_case(
            "20 ingredients, hovering a slice",
            Some(recipe_of(20)),
            true,
        ),
        app_case("200 ingredients", Some(recipe_of(200)), false),
        app_case(
            "200 ingredients, hovering a slice",
            Some(recipe_of(200)),
            true,
        ),
        presenting_case("presenting ideal-cx", None, false),
        presenting_case("presenting ideal-cx, hovering", None, true),
        presenting_case("presenting 20 ingredients", Some(recipe_of(20)), false),
        // At the file limits.
        app_case("1,000 ingredients", Some(recipe_of(1000)), false),
        presenting_case("presenting 1,000 ingredients", Some(recipe_of(1000)), false),
        setup_case(
            "method: 1,000 ingredients × 200 steps",
            Some(method_recipe(1000, 200)),
            false,
            Setup::Method,
        ),
        setup_case(
            "method 1,000 × 200, a step selected",
            Some(method_recipe(1000, 200)),
            false,
            Setup::MethodSelected,
        ),
        setup_case(
            "compare 1,000 with 1,000",
            Some(recipe_of(1000)),
            false,
            Setup::Compare(shuffled(1000)),
        ),
        setup_case(
            "blend 200 files × 20",
            None,
            false,
            Setup::Blend((0..200).map(|p| participant(p, 20)).collect()),
        ),
        setup_case(
            "blend 10 files × 1,000",
            None,
            false,
            Setup::Blend((0..10).map(|p| participant(p, 1000)).collect()),
        ),
    ]
}

/// `recipe_of(n)` with other amounts and half the names spelt otherwise.
fn shuffled(n: usize) -> Recipe {
    let mut r = recipe_of(n);
    for (i, ing) in r.ingredients.iter_mut().enumerate() {
        ing.amount = (1 + (i * 13) % 29) as f64;
        if i % 2 == 0 {
            ing.name = ing.name.to_uppercase();
        }
    }
    r
}

/// Participant `p`'s recipe of `n` ingredients, amounts varying by person.
fn participant(p: usize, n: usize) -> Recipe {
    let mut r = recipe_of(n);
    r.title = format!("Participant {}", p + 1);
    for (i, ing) in r.ingredients.iter_mut().enumerate() {
        ing.amount = (1 + (i * 7 + p * 11) % 31) as f64;
    }
    r
}

fn raw_input(hover: bool) -> egui::RawInput {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    if hover {
        input.events.push(egui::Event::PointerMoved(ON_THE_PIE));
    }
    input
}

/// A context with the case running, warmed up (fonts, layout caches).
fn warmed(case: &Case) -> (egui::Context, UiFn) {
    let ctx = egui::Context::default();
    let mut ui_fn = (case.make)(&ctx);
    for _ in 0..5 {
        frame(&ctx, &mut ui_fn, case.hover);
    }
    (ctx, ui_fn)
}

fn frame(ctx: &egui::Context, ui_fn: &mut UiFn, hover: bool) {
    let mut output = ctx.run_ui(raw_input(hover), |ui| ui_fn(ui));
    let primitives = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
    black_box(primitives);
    output.textures_delta.clear();
}

fn criterion_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group
        .sample_size(60)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_secs(1));
    // CX_BENCH_ONLY=NAME sets up one case alone (for a clean profile).
    let only = std::env::var("CX_BENCH_ONLY").ok();
    for case in cases() {
        if only.as_deref().is_some_and(|o| o != case.name) {
            continue;
        }
        let (ctx, mut ui_fn) = warmed(&case);
        group.bench_function(case.name, |b| {
            b.iter(|| frame(&ctx, &mut ui_fn, case.hover));
        });
    }
    group.finish();
    // Skipped when profiling one case (`--profile-time`, callgrind).
    if std::env::var_os("CX_BENCH_NO_TABLE").is_none() {
        percentile_table();
    }
}

/// Mean and p99 of single frames, all cases interleaved round by round so
/// that a busy moment of the machine hits every case alike.
fn percentile_table() {
    let cases = cases();
    let mut running: Vec<_> = cases.iter().map(warmed).collect();
    let rounds = 400;
    let mut times: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); cases.len()];
    for _ in 0..rounds {
        for (i, (ctx, ui_fn)) in running.iter_mut().enumerate() {
            let case = &cases[i];
            let start = Instant::now();
            frame(ctx, ui_fn, case.hover);
            times[i].push(start.elapsed());
        }
    }
    let stats: Vec<(f64, f64)> = times
        .iter_mut()
        .map(|t| {
            t.sort();
            let mean = t.iter().sum::<Duration>().as_secs_f64() / t.len() as f64;
            let p99 = t[(t.len() * 99 / 100).min(t.len() - 1)].as_secs_f64();
            (mean * 1e3, p99 * 1e3)
        })
        .collect();
    let baseline = stats[0].0;
    println!("\nframe cost, 1280x800, run_ui + tessellate, {rounds} interleaved rounds");
    println!(
        "{:<36} {:>10} {:>10} {:>12}",
        "case", "mean ms", "p99 ms", "x demo mean"
    );
    for (case, (mean, p99)) in cases.iter().zip(&stats) {
        println!(
            "{:<36} {mean:>10.3} {p99:>10.3} {:>12.2}",
            case.name,
            mean / baseline
        );
    }
}

criterion_group!(benches, criterion_frames);
criterion_main!(benches);
