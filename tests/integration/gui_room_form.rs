//! File ▸ Export participant form…: the self-contained HTML form, written
//! through the save dialog or a typed path, byte for byte what `cx-recipe
//! room RECIPE --form OUT.html` writes.

use std::fs;
use std::process::Command;

use cx_recipe::app::dialogs::Picked;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::gui_facilitation::menu;
use crate::gui_room::window_on_question;

#[test]
fn the_participant_form_is_the_command_lines_bytes_by_dialog_or_typed_path() {
    let (mut w, recipe) = window_on_question();
    let dir = recipe.parent().unwrap().to_path_buf();
    let cli = dir.join("cli.html");
    let status = Command::new(env!("CARGO_BIN_EXE_cx-recipe"))
        .arg("room")
        .arg(&recipe)
        .arg("--form")
        .arg(&cli)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let expected = fs::read(&cli).unwrap();

    let chosen = dir.join("pre-work.html");
    w.dialogs.answer(Picked::Path(chosen.clone()));
    menu(&mut w, "Export participant form…");
    assert_eq!(fs::read(&chosen).unwrap(), expected);
    w.harness.get_by_label_contains("Participant form saved to");

    // No dialog: the typed path, `.html` added to a name typed without it.
    w.dialogs.answer(Picked::Unavailable);
    menu(&mut w, "Export participant form…");
    w.harness.get_by_label("File path").click();
    w.harness.run();
    w.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    let typed = dir.join("typed");
    w.harness
        .get_by_label("File path")
        .type_text(&typed.display().to_string());
    w.harness.run();
    w.harness.key_press(Key::Enter);
    w.harness.run();
    assert_eq!(fs::read(dir.join("typed.html")).unwrap(), expected);

    // A failed write keeps what was there and says why.
    let blocked = dir.join("blocked.html");
    fs::create_dir(&blocked).unwrap();
    w.dialogs.answer(Picked::Path(blocked.clone()));
    menu(&mut w, "Export participant form…");
    w.harness
        .get_by_label_contains("Could not write the form to");
    assert!(blocked.is_dir());
}
