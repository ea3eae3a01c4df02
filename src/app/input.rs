//! Input that is not a widget's: keyboard shortcuts, keys for the selected
//! row, and files dropped on the window, all turned into commands.

use super::command::{Command, SHORTCUTS};
use super::screen::Screen;

/// Keyboard shortcuts, and keys for the selected row.
pub fn read_keys(ctx: &egui::Context, dialog_open: bool, out: &mut Vec<Command>) {
    let typing = ctx.text_edit_focused();
    let popup_open = egui::Popup::is_any_open(ctx);
    ctx.input_mut(|input| {
        // AltGr is Ctrl+Alt on Windows: typing ż or ś must not undo or
        // save, so a shortcut's Alt must match exactly.
        let alt = input.modifiers.alt;
        for (shortcut, command) in &SHORTCUTS {
            if *command == Command::RemoveSelected && typing {
                continue; // Ctrl+Delete deletes a word in a text field.
            }
            if shortcut.modifiers.alt == alt && input.consume_shortcut(shortcut) {
                out.push(command.clone());
            }
        }
        if !typing && !dialog_open {
            use egui::{Key, Modifiers};
            let mut keys = vec![
                (Key::ArrowDown, Command::SelectNext),
                (Key::ArrowUp, Command::SelectPrevious),
                (Key::Delete, Command::RemoveSelected),
            ];
            if !popup_open {
                // Escape closes an open menu first.
                keys.push((Key::Escape, Command::Select(None)));
            }
            for (key, command) in keys {
                if input.consume_key(Modifiers::NONE, key) {
                    out.push(command);
                }
            }
        }
    });
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
        out.push(Command::OpenPath(path));
    }
}

/// The keys of the compare and blend screens, read before the shortcuts:
/// Escape goes back to the editor; on the blend, ←/→ (and a presenter
/// remote's Page Up/Down) step through the reveal.
pub fn screen_keys(ctx: &egui::Context, screen: Screen, dialog_open: bool, out: &mut Vec<Command>) {
    use egui::{Key, Modifiers};
    // The editor's keys are the shortcuts; presentation reads its own.
    if dialog_open || matches!(screen, Screen::Editor | Screen::Presentation) {
        return;
    }
    let mut keys = vec![(Key::Escape, Command::ShowEditor)];
    if screen == Screen::Blend {
        keys.extend([
            (Key::ArrowLeft, Command::RevealPrevious),
            (Key::ArrowRight, Command::RevealNext),
            (Key::PageUp, Command::RevealPrevious),
            (Key::PageDown, Command::RevealNext),
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
    match paths.as_slice() {
        [_, _, ..] => out.push(Command::BlendPaths(paths)),
        [one] if shift => out.push(Command::ComparePath(one.clone())),
        _ => return false,
    }
    true
}
