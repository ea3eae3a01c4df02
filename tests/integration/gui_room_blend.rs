//! The blend screen reading the window's room live: "Show the blend"
//! blends the room's answers, new ones appear as they come (read on a
//! worker when there are many), the reveal stays where it was, and the
//! team recipe is the one `cx-recipe blend ROOM_FOLDER/*.ron` writes.

use std::process::Command;

use cx_recipe::app::Screen;
use cx_recipe::i18n::Lang;
use cx_recipe::recipe::format;
use egui_kittest::kittest::Queryable as _;

use crate::gui::Window;
use crate::gui_facilitation::click;
use crate::gui_room::{open_room, ron_files, send, window_on_question};

fn participants(w: &Window) -> usize {
    w.harness
        .state()
        .team_blend()
        .map_or(0, |t| t.participants.len())
}

/// Runs frames (and waits for the window's workers) until the blend has
/// `n` participants; at most a few seconds.
fn wait_for(w: &mut Window, n: usize) {
    for _ in 0..200 {
        w.harness.state_mut().finish_work();
        w.harness.run();
        if participants(w) == n {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("the blend has {} participants, not {n}", participants(w));
}

#[test]
fn the_blend_follows_the_room_keeps_the_reveal_and_is_the_clis_blend() {
    let (mut w, _) = window_on_question();
    open_room(&mut w);
    send(&w, 1, "Bo", &[50.0, 30.0, 20.0]);
    send(&w, 2, "Cy", &[10.0, 10.0, 80.0]);
    send(&w, 3, "Di", &[40.0, 60.0, 0.0]);
    click(&mut w, "Show the blend");
    assert_eq!(w.harness.state().screen(), Screen::Blend);
    assert_eq!(participants(&w), 3);
    w.harness
        .get_by_label("Room open: 3 answers. New answers appear as they come.");
    click(&mut w, "Next ▶");
    let step = |w: &Window| w.harness.state().team_blend().unwrap().step_name(Lang::En);
    assert_eq!(step(&w), "Cy");

    // Ann answers: she sorts first, and Cy stays on screen.
    send(&w, 4, "Ann", &[20.0, 20.0, 60.0]);
    wait_for(&mut w, 4);
    assert_eq!(step(&w), "Cy");
    w.harness
        .get_by_label("Room open: 4 answers. New answers appear as they come.");
    // A resubmission changes the blend, not the count.
    send(&w, 4, "Ann", &[100.0, 0.0, 0.0]);
    let before = w.harness.state().team_blend().unwrap().blend.clone();
    for _ in 0..5 {
        w.harness.run();
    }
    assert_eq!(participants(&w), 4);
    assert_ne!(w.harness.state().team_blend().unwrap().blend, before);

    // The team recipe is the command line's blend of the folder's files.
    let folder = w
        .harness
        .state()
        .room_handle()
        .unwrap()
        .folder()
        .to_path_buf();
    let files = ron_files(&folder);
    assert_eq!(files.len(), 4);
    let out = tempfile::tempdir().unwrap();
    let team = out.path().join("team.ron");
    let status = Command::new(env!("CARGO_BIN_EXE_cx-recipe"))
        .arg("blend")
        .args(&files)
        .arg("-o")
        .arg(&team)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let cli = format::load(&team).unwrap();
    let window = w
        .harness
        .state()
        .team_blend()
        .unwrap()
        .team_recipe()
        .clone();
    assert_eq!(
        format::to_ron(&window).unwrap(),
        format::to_ron(&cli).unwrap()
    );

    // Back to the room, and the blend follows it no more once left.
    click(&mut w, "Back to the room");
    assert_eq!(w.harness.state().screen(), Screen::Room);
    click(&mut w, "⬅ Back");
    assert_eq!(w.harness.state().screen(), Screen::Blend);
    click(&mut w, "⬅ Back to the editor");
    send(&w, 5, "Eve", &[1.0, 1.0, 1.0]);
    w.harness.run();
    assert!(w.harness.state().team_blend().is_none());
}

#[test]
fn many_answers_are_read_and_blended_off_the_frame_as_they_come() {
    let (mut w, _) = window_on_question();
    open_room(&mut w);
    for i in 0..25 {
        send(&w, i, &format!("P{i:02}"), &[i as f64, 10.0, 5.0]);
    }
    click(&mut w, "Show the blend");
    wait_for(&mut w, 25);
    assert_eq!(w.harness.state().screen(), Screen::Blend);
    for i in 25..30 {
        send(&w, i, &format!("P{i:02}"), &[i as f64, 10.0, 5.0]);
    }
    wait_for(&mut w, 30);
    let team = w.harness.state().team_blend().unwrap();
    assert!(team.failed.is_empty(), "{:?}", team.failed);
    assert_eq!(team.step_name(Lang::En), "P00");
}
