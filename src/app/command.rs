//! Everything a person can ask of the window, as values: views emit
//! commands, and `exec` carries them out after the frame.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::recipe::{Colour, Unit, UnitSystem};

/// One request from the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new, empty recipe.
    New,
    /// Choose a recipe to open.
    Open,
    /// Open this file (recent files, drag and drop, the path field).
    OpenPath(PathBuf),
    /// Save to the current file, or ask where.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close the window.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Add an ingredient at the end.
    AddIngredient,
    /// Remove an ingredient.
    Remove(usize),
    /// Remove the selected ingredient.
    RemoveSelected,
    /// Move an ingredient to another position.
    Move {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Move the selected ingredient up one row.
    MoveSelectedUp,
    /// Move the selected ingredient down one row.
    MoveSelectedDown,
    /// Rename the recipe.
    SetTitle(String),
    /// Rename an ingredient.
    SetName(usize, String),
    /// Change an amount (rebalancing when something is locked).
    SetAmount(usize, f64),
    /// Change a share, in percent, holding the total.
    SetPercent(usize, f64),
    /// Change a unit, keeping the share.
    SetUnit(usize, Unit),
    /// Change a colour.
    SetColour(usize, Colour),
    /// Change a note.
    SetNote(usize, String),
    /// Lock or unlock a share.
    ToggleLock(usize),
    /// Convert the whole recipe to parts or volumes, keeping the shares.
    ConvertTo(UnitSystem),
    /// Select an ingredient (or none).
    Select(Option<usize>),
    /// Select the next or previous ingredient.
    SelectNext,
    /// Select the previous ingredient.
    SelectPrevious,
    /// Decimals of the percentages shown.
    SetDecimals(u8),
    /// Close the message banner.
    DismissMessage,
    /// The answer to the question in front of the window.
    Answer(Answer),
    /// What is typed in the path field so far.
    SetPathText(String),
}

/// An answer to a question in front of the window. What each means depends
/// on the question: Save / Don't save / Cancel; Open or Save / Cancel;
/// Restore / Discard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The first, safe button (Save, Open, Restore).
    Accept,
    /// The second button (Don't save, Discard).
    Decline,
    /// Leave things as they were.
    Cancel,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// The keyboard shortcuts, each with its command. Checked in this order, so
/// the longer combinations (Ctrl+Shift+S) come before the shorter (Ctrl+S).
pub const SHORTCUTS: [(KeyboardShortcut, Command); 12] = [
    (KeyboardShortcut::new(CTRL_SHIFT, Key::S), Command::SaveAs),
    (KeyboardShortcut::new(CTRL_SHIFT, Key::Z), Command::Redo),
    (KeyboardShortcut::new(CTRL, Key::N), Command::New),
    (KeyboardShortcut::new(CTRL, Key::O), Command::Open),
    (KeyboardShortcut::new(CTRL, Key::S), Command::Save),
    (KeyboardShortcut::new(CTRL, Key::Q), Command::Quit),
    (KeyboardShortcut::new(CTRL, Key::Z), Command::Undo),
    (KeyboardShortcut::new(CTRL, Key::Y), Command::Redo),
    (KeyboardShortcut::new(CTRL, Key::I), Command::AddIngredient),
    (
        KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
        Command::MoveSelectedUp,
    ),
    (
        KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
        Command::MoveSelectedDown,
    ),
    (
        KeyboardShortcut::new(CTRL, Key::Delete),
        Command::RemoveSelected,
    ),
];

impl Command {
    /// The shortcut of this command, if it has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        SHORTCUTS
            .iter()
            .find(|(_, c)| c == self)
            .map(|(shortcut, _)| *shortcut)
    }

    /// Whether this edit is one whole step of undo by itself (a click), as
    /// opposed to a part of a gesture (a drag, typing).
    pub fn is_discrete_edit(&self) -> bool {
        matches!(
            self,
            Self::AddIngredient
                | Self::Remove(_)
                | Self::RemoveSelected
                | Self::Move { .. }
                | Self::MoveSelectedUp
                | Self::MoveSelectedDown
                | Self::SetUnit(..)
                | Self::ToggleLock(_)
                | Self::ConvertTo(_)
        )
    }

    /// Whether the command changes or replaces the recipe on screen; such
    /// commands wait while a dialog asks a question.
    pub fn needs_free_window(&self) -> bool {
        !matches!(
            self,
            Self::Select(_)
                | Self::SetDecimals(_)
                | Self::DismissMessage
                | Self::Answer(_)
                | Self::SetPathText(_)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_unique() {
        for (i, (a, _)) in SHORTCUTS.iter().enumerate() {
            for (b, _) in SHORTCUTS.iter().skip(i + 1) {
                assert_ne!(a, b);
            }
        }
        assert_eq!(
            Command::Save.shortcut(),
            Some(KeyboardShortcut::new(CTRL, Key::S))
        );
    }
}
