//! Input that is not a widget's: keyboard shortcuts (from
//! `command::bindings`), keys for the selected row, and files dropped on
//! the window. Commands go into `out`; keys that only change what is shown
//! change the UI state at once.

use egui::{Key, Modifiers};

use super::command::bindings::{Action, BINDINGS, is_window_shortcut};
use super::command::{Command, EditCommand, FileCommand, ViewCommand, WorkshopCommand};
use super::screen::Screen;
use super::ui_state::{Rows, UiAction, UiState};

/// Whether the window's keys may change the selection and the tab: on the
/// editor and in presentation (the compare and blend screens show other
/// recipes), with no question open.
fn ui_keys_allowed(screen: Screen, dialog_open: bool) -> bool {
    !dialog_open && matches!(screen, Screen::Editor | Screen::Presentation)
}

/// Keyboard shortcuts, and keys for the selected row.
pub fn read_keys(
    ctx: &egui::Context,
    screen: Screen,
    dialog_open: bool,
    rows: Rows,
    ui_state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let typing = ctx.text_edit_focused();
    let popup_open = egui::Popup::is_any_open(ctx);
    let mut actions = Vec::new();
    ctx.input_mut(|input| {
        // AltGr is Ctrl+Alt on Windows: typing ż or ś must not undo or
        // save, so a shortcut's Alt must match exactly.
        let alt = input.modifiers.alt;
        for binding in BINDINGS.iter().filter(|b| is_window_shortcut(b)) {
            let Some(shortcut) = &binding.shortcut else {
                continue;
            };
            if typing && keeps_to_the_field(&binding.action) {
                continue;
            }
            if shortcut.modifiers.alt == alt && input.consume_shortcut(shortcut) {
                actions.push(binding.action.clone());
            }
        }
        if !typing && !dialog_open {
            let mut keys = vec![
                (Key::ArrowDown, Action::Ui(UiAction::SelectNext)),
                (Key::ArrowUp, Action::Ui(UiAction::SelectPrevious)),
                (
                    Key::Delete,
                    Action::Command(Command::Edit(EditCommand::RemoveSelected)),
                ),
            ];
            if !popup_open {
                // Escape closes an open menu first.
                keys.push((Key::Escape, Action::Ui(UiAction::SelectNone)));
            }
            for (key, action) in keys {
                if input.consume_key(Modifiers::NONE, key) {
                    actions.push(action);
                }
            }
        }
    });
    for action in actions {
        match action {
            Action::Command(command) => out.push(command),
            Action::Ui(action) if ui_keys_allowed(screen, dialog_open) => {
                ui_state.apply(action, rows);
            }
            Action::Ui(_) => {}
        }
    }
}

/// Keys a text field keeps while it is being typed in: Ctrl+Delete
/// deletes a word there, and Alt+Up / Alt+Down would move the row under
/// the text being typed.
fn keeps_to_the_field(action: &Action) -> bool {
    matches!(
        action,
        Action::Command(Command::Edit(
            EditCommand::RemoveSelected
                | EditCommand::MoveSelectedUp
                | EditCommand::MoveSelectedDown
        ))
    )
}

/// A file dropped on the window opens (after the unsaved-changes question).
pub fn files_dropped(ctx: &egui::Context, out: &mut Vec<Command>) {
    if workshop_drop(ctx, out) {
        return;
    }
    let dropped = ctx.input(|i| {
        i.raw.dropped_files.iter().find_map(|f| {
            let path = f.path();
            (!path.as_os_str().is_empty()).then(|| path.to_path_buf())
        })
    });
    if let Some(path) = dropped {
        out.push(Command::File(FileCommand::OpenPath(path)));
    }
}

/// The keys of the compare and blend screens, read before the shortcuts:
/// Escape goes back to the editor (from the projected blend, back to the
/// blend); on the blend, ←/→ (and a presenter remote's Page Up/Down) step
/// through the reveal.
pub fn screen_keys(ctx: &egui::Context, screen: Screen, dialog_open: bool, out: &mut Vec<Command>) {
    // The editor's keys are the shortcuts; presentation and the room read
    // their own.
    if dialog_open || matches!(screen, Screen::Editor | Screen::Presentation | Screen::Room) {
        return;
    }
    let back = if screen == Screen::PresentBlend {
        Command::View(ViewCommand::LeavePresentation)
    } else {
        Command::Workshop(WorkshopCommand::ShowEditor)
    };
    let mut keys = vec![(Key::Escape, back)];
    if matches!(screen, Screen::Blend | Screen::PresentBlend) {
        let reveal = |c| Command::Workshop(c);
        keys.extend([
            (Key::ArrowLeft, reveal(WorkshopCommand::RevealPrevious)),
            (Key::ArrowRight, reveal(WorkshopCommand::RevealNext)),
            (Key::PageUp, reveal(WorkshopCommand::RevealPrevious)),
            (Key::PageDown, reveal(WorkshopCommand::RevealNext)),
        ]);
    }
    ctx.input_mut(|input| {
        for (key, command) in keys {
            if input.consume_key(Modifiers::NONE, key) {
                out.push(command);
            }
        }
    });
}

/// Dropped files for a workshop: two or more are blended; one dropped with
/// Shift held is compared with the open recipe. Returns whether it took
/// the drop.
fn workshop_drop(ctx: &egui::Context, out: &mut Vec<Command>) -> bool {
    let (paths, shift) = ctx.input(|i| {
        let paths: Vec<std::path::PathBuf> = i
            .raw
            .dropped_files
            .iter()
            .map(|f| f.path())
            .filter(|p| !p.as_os_str().is_empty())
            .map(std::path::Path::to_path_buf)
            .collect();
        (paths, i.modifiers.shift)
    });
    let command = match paths.as_slice() {
        [_, _, ..] => WorkshopCommand::BlendPaths(paths),
        [one] if shift => WorkshopCommand::ComparePath(one.clone()),
        _ => return false,
    };
    out.push(Command::Workshop(command));
    true
}
