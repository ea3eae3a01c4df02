//! The team blend in the window: three participants' recipes blended (a
//! broken fourth listed with its place, the others kept, the open recipe
//! untouched), the reveal, and the blend saved or opened as a recipe.

use std::fs;

use cx_recipe::app::Screen;
use cx_recipe::app::dialogs::{Picked, PickedMany};
use cx_recipe::recipe::{Unit, format};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui::Window;
use crate::gui_facilitation::{
    blended, click, key, menu, participants, parts, window_on_as_is, write,
};

#[test]
fn a_blend_of_three_gives_means_and_spreads_and_lists_the_broken_fourth() {
    let (w, a) = blended();
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Blend);
    let team = app.team_blend().unwrap();
    assert_eq!(team.blend.participants, ["ann.ron", "bo.ron", "cy.ron"]);
    assert_eq!(team.failed.len(), 1);
    let at = format!("{}:3:5:", w.data.path().join("broken.ron").display());
    assert!(team.failed[0].starts_with(&at), "{:?}", team.failed);
    w.harness.get_by_label_contains(&at);
    assert!(
        matches!(crate::gui::shown(app), Some(crate::gui::Shown::Error(e)) if e.contains("1 file"))
    );
    // Shares: Ann .5/.5/0, Bo .2/.6/.2, Cy .8/0/.2; the most disputed first.
    let close = |x: f64, y: f64| (x - y).abs() < 1e-12;
    let sd = |xs: [f64; 3]| {
        let m = xs.iter().sum::<f64>() / 3.0;
        (xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / 3.0).sqrt()
    };
    let rows: Vec<&str> = team.blend.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(rows, ["Data", "Speed", "Culture"]);
    let expected = [
        ([0.5, 0.6, 0.0], 1.1 / 3.0),
        ([0.5, 0.2, 0.8], 0.5),
        ([0.0, 0.2, 0.2], 0.4 / 3.0),
    ];
    for (row, (shares, mean)) in team.blend.rows.iter().zip(expected) {
        assert!(close(row.mean, mean), "{}: {}", row.name, row.mean);
        let (lo, hi) = (
            shares.iter().copied().fold(1.0, f64::min),
            shares.iter().copied().fold(0.0, f64::max),
        );
        assert!(close(row.min, lo) && close(row.max, hi), "{}", row.name);
        assert!(close(row.std_dev, sd(shares)), "{}", row.name);
    }
    for shown in [
        "36.7 %",
        "50.0 %",
        "13.3 %",
        "26.2 pp",
        "24.5 pp",
        "9.4 pp",
        "0.0–60.0 %",
    ] {
        w.harness.get_by_label(shown);
    }
    // Nothing the facilitator had open is lost.
    assert!(app.is_dirty());
    assert_eq!(app.path(), Some(a.as_path()));
    assert_eq!(app.recipe().ingredients.len(), 2);
}

#[test]
fn the_reveal_steps_through_the_participants_then_the_team() {
    let (mut w, _) = blended();
    let step = |w: &Window| {
        w.harness
            .state()
            .team_blend()
            .unwrap()
            .step_name(cx_recipe::i18n::Lang::En)
    };
    assert_eq!(step(&w), "Ann");
    w.harness.get_by_label("Ann");
    w.harness.get_by_label("Participant 1 of 3");
    key(&mut w, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(step(&w), "bo.ron");
    w.harness.get_by_label("Bo's mix");
    click(&mut w, "Next ▶");
    assert_eq!(step(&w), "cy.ron");
    key(&mut w, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(step(&w), "The team");
    w.harness.get_by_label("Everyone together");
    w.harness.get_by_label("Blend of 3 recipes");
    key(&mut w, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(step(&w), "The team");
    let team = w
        .harness
        .state()
        .team_blend()
        .unwrap()
        .step_recipe(cx_recipe::i18n::Lang::En);
    assert!((team.total() - 100.0).abs() < 1e-9);
    click(&mut w, "◀ Previous");
    assert_eq!(step(&w), "cy.ron");
    key(&mut w, Modifiers::NONE, Key::ArrowLeft);
    key(&mut w, Modifiers::NONE, Key::ArrowLeft);
    key(&mut w, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(step(&w), "Ann");
    click(&mut w, "⬅ Back to the editor");
    assert_eq!(w.harness.state().screen(), Screen::Editor);
}

#[test]
fn saving_the_blend_writes_a_recipe_of_100_parts_and_keeps_the_open_one() {
    let (mut w, a) = blended();
    let before = w.harness.state().recipe().clone();
    let path = w.data.path().join("team.ron");
    w.dialogs.answer(Picked::Path(path.clone()));
    click(&mut w, "Save blend as…");
    let saved = format::load(&path).unwrap();
    let names: Vec<&str> = saved.ingredients.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Speed", "Data", "Culture"]);
    let amounts: Vec<f64> = saved.ingredients.iter().map(|i| i.amount).collect();
    assert_eq!(amounts, [50.0, 36.7, 13.3]);
    assert!(saved.ingredients.iter().all(|i| i.unit == Unit::Part));
    assert!((saved.total() - 100.0).abs() < 1e-9);
    assert!(
        saved
            .notes
            .starts_with("Blend of 3 recipes: ann.ron, bo.ron, cy.ron.")
    );
    assert!(
        saved
            .notes
            .contains("- Data: 0.0–60.0 %, sd 26.2 pp, named by 2 of 3")
    );
    let app = w.harness.state();
    assert_eq!(app.recipe(), &before);
    assert!(app.is_dirty());
    assert_eq!(app.path(), Some(a.as_path()));
    assert_eq!(app.screen(), Screen::Blend);
    w.harness.get_by_label_contains("Saved the team blend to");
}

#[test]
fn where_no_dialog_opens_the_blend_is_saved_to_a_typed_path() {
    let (mut w, _) = blended();
    w.dialogs.answer(Picked::Unavailable);
    click(&mut w, "Save blend as…");
    let path = w.data.path().join("typed-blend.ron");
    let field = w.harness.get_by_label("File path");
    field.click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    w.harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    w.harness.run();
    click(&mut w, "Save");
    let saved = format::load(&path).unwrap();
    assert!((saved.total() - 100.0).abs() < 1e-9);
}

#[test]
fn opening_the_blend_as_a_recipe_asks_about_unsaved_changes_first() {
    let (mut w, _) = blended();
    click(&mut w, "Open blend as recipe");
    w.harness.get_by_label("Unsaved changes");
    click(&mut w, "Don't save");
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Editor);
    assert_eq!(app.recipe().title, "Team blend");
    assert!((app.recipe().total() - 100.0).abs() < 1e-9);
    assert_eq!(app.path(), None);
    assert!(app.is_dirty(), "a blend never saved must not close unasked");
}

#[test]
fn where_no_dialog_opens_a_typed_folder_blends_every_recipe_in_it() {
    let (mut w, _) = window_on_as_is();
    let folder = w.data.path().join("workshop");
    fs::create_dir(&folder).unwrap();
    participants(&folder);
    w.dialogs.answer_many(PickedMany::Unavailable);
    click(&mut w, "File");
    // The path field opens where the menu was: the hover settles in a few
    // more frames than `run` allows.
    w.harness.get_by_label("Blend… ").click();
    w.harness.run_steps(6);
    w.harness
        .get_by_label_contains("Type the folder that holds the recipes");
    click(&mut w, "File path");
    w.harness
        .get_by_label("File path")
        .type_text(&folder.display().to_string());
    w.harness.run();
    click(&mut w, "Blend");
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Blend);
    let team = app.team_blend().unwrap();
    assert_eq!(team.blend.participants, ["ann.ron", "bo.ron", "cy.ron"]);
    assert_eq!(team.failed.len(), 1);
}

/// The window's blend and the command line's read files alike
/// (`recipe::inputs`): files that share a name are labelled by their
/// folders, and a file named twice — through a link or another spelling —
/// counts once.
#[test]
fn files_that_share_a_name_are_told_apart_and_a_file_named_twice_counts_once() {
    let (mut w, _) = window_on_as_is();
    let (a, b) = (w.data.path().join("a"), w.data.path().join("b"));
    fs::create_dir(&a).unwrap();
    fs::create_dir(&b).unwrap();
    let ann_a = write(&a, "ann.ron", &parts("A's", "", &[("Speed", 1.0)]));
    let ann_b = write(&b, "ann.ron", &parts("B's", "", &[("Data", 1.0)]));
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut files = vec![
        ann_a.clone(),
        ann_b,
        // The first file again, spelt another way.
        a.join("..").join("a").join("ann.ron"),
    ];
    #[cfg(unix)]
    {
        let link = w.data.path().join("link-to-ann.ron");
        std::os::unix::fs::symlink(&ann_a, &link).unwrap();
        files.push(link);
    }
    w.dialogs.answer_many(PickedMany::Paths(files));
    menu(&mut w, "Blend… ");
    let app = w.harness.state();
    assert_eq!(app.screen(), Screen::Blend);
    let team = app.team_blend().unwrap();
    assert_eq!(team.blend.participants, ["a/ann.ron", "b/ann.ron"]);
    assert_eq!(team.participants.len(), 2);
    assert!(team.failed.is_empty(), "{:?}", team.failed);
    // The reveal names the first by its label, large.
    assert_eq!(team.step_name(cx_recipe::i18n::Lang::En), "a/ann.ron");
    w.harness.get_by_label("a/ann.ron");
    w.harness.get_by_label("Participant 1 of 2");
    key(&mut w, Modifiers::NONE, Key::ArrowRight);
    w.harness.get_by_label("b/ann.ron");
}
