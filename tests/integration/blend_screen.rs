//! The blend screen keeps everything the participants said, in the window:
//! each row's kind (with the dispute and how it was decided), the team's
//! balance, who named what with what share, the spellings merged, the
//! team recipe's notes; the blend's colours on every pie; and a blend
//! refreshed with a new participant (the room) keeps the reveal, the open
//! rows and the scroll. Numbers and words in the window's language are in
//! `blend_screen_lang`, the projected blend (F5) in `blend_projected`.

use std::fs;
use std::path::{Path, PathBuf};

use cx_recipe::app::Screen;
use cx_recipe::app::dialogs::{Picked, PickedMany};
use cx_recipe::app::settings::Settings;
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::{Tag, format, matching, shown};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::gui::Window;
use crate::gui_facilitation::click;
use crate::presentation::window_sized;

/// The five participants of `blend_tags` with authors (one without): all
/// tag Efficiency (in three languages), Consistency and Technology baking;
/// Storytelling is cooking for three, baking for one, untagged for one.
pub fn five_tagged(folder: &Path) -> Vec<PathBuf> {
    let people = [
        (
            "ana",
            "Ana García",
            "Eficiencia",
            [30, 20, 20, 30],
            ", tag: cooking",
        ),
        (
            "ben",
            "Ben Okafor",
            "Efficiency",
            [40, 10, 30, 20],
            ", tag: cooking",
        ),
        ("chloe", "", "Effizienz", [20, 20, 20, 40], ""),
        (
            "dev",
            "Dev Patel",
            "efficiency",
            [25, 25, 25, 25],
            ", tag: baking",
        ),
        (
            "eve",
            "Eve Martin",
            "Efficiency",
            [10, 30, 30, 30],
            ", tag: cooking",
        ),
    ];
    people
        .iter()
        .map(|(file, author, efficiency, [eff, cons, tech, st], story)| {
            let text = format!(
                "(version: 2, title: \"Mine\", author: {author:?}, ingredients: [\n\
                 (name: \"{efficiency}\", amount: {eff}, unit: parts, tag: baking),\n\
                 (name: \"Consistency\", amount: {cons}, unit: parts, tag: Baking),\n\
                 (name: \"Technology\", amount: {tech}, unit: parts, tag: Baking, \
                 note: \"Self-service too.\"),\n\
                 (name: \"Storytelling\", amount: {st}, unit: parts{story}),\n\
                 ])"
            );
            let path = folder.join(format!("{file}.ron"));
            fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// A 1280 × 800 window in `lang` showing the blend of `files`.
pub fn blend_window(lang: Lang, files: Vec<PathBuf>) -> Window {
    let settings = Settings {
        language: Some(lang),
        ..Settings::default()
    };
    let mut w = window_sized(egui::vec2(1280.0, 800.0), settings, None);
    w.dialogs.answer_many(PickedMany::Paths(files));
    let ctx = w.harness.ctx.clone();
    w.harness.state_mut().execute(
        &ctx,
        cx_recipe::app::command::Command::Workshop(cx_recipe::app::command::WorkshopCommand::Blend),
    );
    w.harness.run();
    assert_eq!(w.harness.state().screen(), Screen::Blend);
    w
}

/// Every text egui drew this frame, each once per shape.
pub fn texts(w: &Window) -> Vec<String> {
    let mut out: Vec<String> = crate::measure::glyphs(w.harness.output())
        .into_iter()
        .map(|g| g.text)
        .collect();
    out.dedup();
    out
}

/// The balance bar's accessible label: "Baking 70.1 % · Cooking …".
pub fn balance_label(w: &Window) -> String {
    w.harness
        .get_by_role(Role::ProgressIndicator)
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

#[test]
fn nothing_a_participant_said_is_dropped() {
    let folder = tempfile::tempdir().unwrap();
    let mut w = blend_window(Lang::En, five_tagged(folder.path()));
    let team = w.harness.state().team_blend().unwrap().blend.clone();
    let b = team.balance;
    let expected = format!(
        "Baking {} · Cooking {} · Untagged {}",
        shown::percent(b.baking, 1),
        shown::percent(b.cooking, 1),
        shown::percent(b.untagged, 1)
    );
    assert_eq!(balance_label(&w), expected);
    assert!(b.baking > 0.6, "{b:?}");
    w.harness.get_by_label("The team's balance");
    // Each row's kind; Storytelling's dispute and how it was decided.
    w.harness.get_by_label("Kind");
    assert!(w.harness.query_all_by_label("Baking").count() >= 3);
    w.harness
        .get_by_label_contains("Cooking, as in the library: tagged baking by 1, cooking by 3");
    // The spellings counted as Efficiency.
    w.harness
        .get_by_label_contains("Counted as Efficiency: “Eficiencia”, “Effizienz”, “efficiency”");
    // Who named it, with what share, tag, spelling and note.
    assert!(
        w.harness
            .query_by_label_contains("Ana García — 30.0 %")
            .is_none()
    );
    click(&mut w, "Who named Efficiency: 5 of 5");
    w.harness
        .get_by_label("Ana García — 30.0 % · Baking · wrote “Eficiencia”");
    w.harness
        .get_by_label("chloe.ron — 20.0 % · Baking · wrote “Effizienz”");
    w.harness.get_by_label("Eve Martin — 10.0 % · Baking");
    click(&mut w, "Who named Technology: 5 of 5");
    w.harness
        .get_by_label("Ben Okafor — 30.0 % · Baking · note: Self-service too.");
    click(&mut w, "Who named Storytelling: 5 of 5");
    w.harness.get_by_label("chloe.ron — 40.0 % · Untagged");
    // The team recipe's notes, readable in the window.
    click(&mut w, "Notes of the team recipe");
    w.harness.get_by_label_contains(&format!(
        "Team balance: baking {}, cooking",
        shown::percent(b.baking, 1)
    ));
    w.harness
        .get_by_label_contains("; counted as Efficiency: “Eficiencia”");

    // Saved from the window: the tags (version 2), and reopened, the
    // team's balance — not "Untagged 100 %".
    let path = folder.path().join("team.ron");
    w.dialogs.answer(Picked::Path(path.clone()));
    click(&mut w, "Save blend as…");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("version: 2,"), "{text}");
    let saved = format::load(&path).unwrap();
    let tag = |name: &str| {
        saved
            .ingredients
            .iter()
            .find(|i| matching::key(&i.name) == matching::key(name))
            .and_then(|i| i.tag)
    };
    assert_eq!(tag("Efficiency"), Some(Tag::Baking));
    assert_eq!(tag("Technology"), Some(Tag::Baking));
    assert_eq!(tag("Storytelling"), Some(Tag::Cooking));
    let reopened = crate::gui::window_with(Some(path), tempfile::tempdir().unwrap());
    let mut reopened = reopened;
    reopened.harness.run();
    let label = balance_label(&reopened);
    assert!(!label.contains("Untagged 100.0 %"), "{label}");
    assert!(
        label.starts_with(&format!("Baking {}", shown::percent(b.baking, 1))),
        "{label} vs {expected}"
    );
}

#[test]
fn every_pie_of_the_blend_uses_the_blends_colours() {
    // The shipped templates: Efficiency and Voice of the customer were
    // both black in the window's blend of them.
    let files: Vec<PathBuf> = [
        "bake-then-cook",
        "brand-promise",
        "cx-kitchen",
        "ideal-cx",
        "star-chef",
    ]
    .iter()
    .map(|n| crate::repo_path(&format!("recipes/{n}.ron")))
    .collect();
    let mut w = blend_window(Lang::En, files);
    let colour_of = |w: &Window, name: &str| {
        let team = w.harness.state().team_blend().unwrap();
        let key = matching::key(name);
        team.blend
            .rows
            .iter()
            .find(|r| r.key == key)
            .unwrap()
            .colour
            .rgb()
    };
    assert_ne!(
        colour_of(&w, "Efficiency"),
        colour_of(&w, "Voice of the customer")
    );
    // Every slice of every step of the reveal is drawn in its row's colour,
    // and the table's swatches too.
    let steps = w.harness.state().team_blend().unwrap().steps();
    for step in 0..steps {
        let app = w.harness.state();
        let team = app.team_blend().unwrap();
        let recipe = team.step_recipe(Lang::En);
        let drawn = fill_colours(w.harness.output());
        for ingredient in &recipe.ingredients {
            let wanted = colour_of(&w, &ingredient.name);
            assert!(
                drawn.contains(&wanted),
                "step {step}: {} not drawn in {wanted:?}",
                ingredient.name
            );
        }
        // Where every participant who named it gave one colour, it keeps
        // it, unless a row before it (by mean) is too like it.
        let earlier: Vec<[u8; 3]> = Vec::new();
        let mut earlier = earlier;
        for row in team.blend.rows_by_mean().iter().take(24) {
            let first = row.voices[0].colour.rgb();
            let agreed = row.voices.iter().all(|v| v.colour.rgb() == first);
            let apart = earlier.iter().all(|c| {
                cx_recipe::recipe::colour::delta_e::delta_e(*c, first)
                    >= cx_recipe::recipe::colour::MIN_DELTA_E
            });
            if agreed && apart {
                assert_eq!(row.colour.rgb(), first, "{}", row.name);
            }
            earlier.push(row.colour.rgb());
        }
        if step + 1 < steps {
            click(&mut w, "Next ▶");
        }
    }
    // The first 24 rows by mean are pairwise apart.
    let team = w.harness.state().team_blend().unwrap();
    let mut colours: Vec<[u8; 3]> = team
        .blend
        .rows_by_mean()
        .iter()
        .take(24)
        .map(|r| r.colour.rgb())
        .collect();
    colours.sort_unstable();
    colours.dedup();
    assert_eq!(colours.len(), 24.min(team.blend.rows.len()));
}

#[test]
fn a_new_participant_keeps_the_reveal_the_open_rows_and_the_scroll() {
    let folder = tempfile::tempdir().unwrap();
    let mut files = crate::blend_files::workshop(folder.path(), 20);
    let late = files.pop().unwrap();
    let mut w = blend_window(Lang::En, files.clone());
    // On the second participant, the table scrolled, a row in view open.
    click(&mut w, "Next ▶");
    let table = w.harness.get_by_label("Kind").rect();
    w.harness.input_mut().events.push(egui::Event::PointerMoved(
        table.center() + egui::vec2(0.0, 200.0),
    ));
    w.harness.run_steps(2);
    for _ in 0..4 {
        w.harness.input_mut().events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        w.harness.run_steps(2);
    }
    w.harness.run_steps(10);
    let offset = |w: &Window| {
        w.harness
            .ctx
            .data(|d| d.get_temp::<f32>(egui::Id::unique("blend-rows-offset")))
            .unwrap_or_default()
    };
    let scrolled = offset(&w);
    assert!(scrolled > 100.0, "the table did not scroll: {scrolled}");
    // A button well inside the table's view (the first row drawn may be
    // half scrolled away).
    let header_bottom = w.harness.get_by_label("Kind").rect().bottom();
    let button = w
        .harness
        .query_all_by_role(Role::Button)
        .filter(|n| n.rect().top() > header_bottom + 80.0)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Who named "))
        .unwrap();
    click(&mut w, &button);
    let open = |w: &Window| {
        w.harness
            .ctx
            .data(|d| {
                d.get_temp::<std::collections::HashSet<String>>(egui::Id::unique("blend-open-rows"))
            })
            .unwrap_or_default()
    };
    let opened = open(&w);
    assert_eq!(opened.len(), 1);
    let step_name = w.harness.state().team_blend().unwrap().step_name(Lang::En);

    // The room brings a late answer, the first in file order: the blend is
    // made again from the new list.
    let mut now = files;
    now.insert(0, late);
    assert!(w.harness.state_mut().refresh_blend_files(&now));
    for _ in 0..3 {
        w.harness.run();
    }
    let team = w.harness.state().team_blend().unwrap();
    assert_eq!(team.participants.len(), 5);
    assert_eq!(team.step_name(Lang::En), step_name);
    assert_eq!(team.step(), 2, "the same participant, one place on");
    assert!(
        (offset(&w) - scrolled).abs() < 1.0,
        "the scroll moved: {scrolled} → {}",
        offset(&w)
    );
    assert_eq!(open(&w), opened, "the open row closed");
}

/// Every fill colour drawn this frame: slices (the pie's mesh), swatches,
/// dots.
fn fill_colours(output: &egui::FullOutput) -> Vec<[u8; 3]> {
    fn walk(shape: &egui::Shape, out: &mut Vec<[u8; 3]>) {
        let rgb = |c: egui::Color32| [c.r(), c.g(), c.b()];
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Path(p) if p.closed => out.push(rgb(p.fill)),
            egui::Shape::Rect(r) => out.push(rgb(r.fill)),
            egui::Shape::Circle(c) => out.push(rgb(c.fill)),
            // The pie is one mesh: its slices' colours are its vertices'.
            egui::Shape::Mesh(m) => out.extend(m.vertices.iter().map(|v| rgb(v.color))),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn every_name_on_the_blend_screen_is_whole_at_1280_by_800() {
    // The longest names of the library ("Cross-functional collaboration")
    // wrap to a second line in the table: never cut to "Cross-functional
    // co…".
    let folder = tempfile::tempdir().unwrap();
    let w = blend_window(Lang::En, crate::blend_files::workshop(folder.path(), 13));
    let texts = crate::blend_projected::placed_texts(w.harness.output());
    let screen = w.harness.ctx.content_rect();
    let team = w.harness.state().team_blend().unwrap();
    let mut seen = 0;
    for row in &team.blend.rows {
        let drawn: Vec<_> = texts.iter().filter(|(t, ..)| *t == row.name).collect();
        for (name, rect, clip, elided) in &drawn {
            assert!(!elided, "{name:?} is cut short");
            if screen.contains_rect(*rect) && clip.intersects(*rect) {
                assert!(clip.contains_rect(*rect), "{name:?} is clipped");
            }
        }
        seen += usize::from(!drawn.is_empty());
    }
    // The rows in view, at least: the table scrolls for the rest.
    assert!(seen >= 5, "only {seen} names drawn");
    assert!(
        texts
            .iter()
            .any(|(t, ..)| t == "Cross-functional collaboration")
    );
}
