//! Everything a person can ask of the window, as values: views emit
//! commands, and `exec` carries them out after the frame.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::theme::ThemeChoice;
use crate::i18n::Lang;
use crate::recipe::{Colour, Profile, Tag, Unit, UnitSystem};

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
    /// Start a new recipe from a shipped template (by its id).
    NewFromTemplate(&'static str),
    /// Add an ingredient from the library (by its id), tagged and coloured.
    AddFromLibrary(&'static str),
    /// Show or hide the ingredient library.
    ToggleLibrary,
    /// What is typed in the library's search field.
    SetLibraryQuery(String),
    /// Show a tab of the editor panel.
    ShowTab(EditorTab),
    /// Tag an ingredient as baking, cooking or neither.
    SetTag(usize, Option<Tag>),
    /// Set or clear the organisation profile.
    SetProfile(Option<Profile>),
    /// Add a method step at the end.
    AddStep,
    /// Remove a method step.
    RemoveStep(usize),
    /// Move a method step to another position.
    MoveStep {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Rename a method step.
    SetStepTitle(usize, String),
    /// Change a step's detail.
    SetStepDetail(usize, String),
    /// Add an ingredient to a step, or take it off.
    ToggleStepIngredient(usize, String),
    /// Select a method step (or none).
    SelectStep(Option<usize>),
    /// The window's language; `None` follows the system.
    SetLanguage(Option<Lang>),
    /// Choose a recipe to compare with the open one.
    CompareWith,
    /// Compare the open recipe with this file (a file dropped with Shift).
    ComparePath(PathBuf),
    /// Choose participants' recipes to blend.
    Blend,
    /// Blend these files (several files dropped at once).
    BlendPaths(Vec<PathBuf>),
    /// Show the reveal's previous step.
    RevealPrevious,
    /// Show the reveal's next step.
    RevealNext,
    /// Leave compare or blend for the editor.
    ShowEditor,
    /// Save the team blend as a recipe file.
    SaveBlendAs,
    /// Open the team blend as the recipe on screen (after the
    /// unsaved-changes question).
    OpenBlend,
    /// Turn the points budget on (at 100 points) or off.
    ToggleBudget,
    /// Set the points budget.
    SetBudget(f64),
    /// Show the chart full screen for an audience (F5).
    EnterPresentation,
    /// Back to the editor from presentation mode (Esc).
    LeavePresentation,
    /// Light, dark or high contrast.
    SetTheme(ThemeChoice),
    /// Group slices under 3 % into "Other" in the chart, or stop.
    ToggleGroupSmallSlices,
    /// Show the chart as a table (its text alternative), or as a pie again.
    ToggleChartTable,
    /// Export the chart as a PNG or SVG picture (the save dialog).
    ExportChart,
    /// Export the table as CSV (the save dialog).
    ExportCsv,
    /// Put the summary on the clipboard, ready for an email (Ctrl+Shift+C).
    CopySummary,
}

/// The tabs of the editor panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EditorTab {
    /// The ingredient table.
    #[default]
    Ingredients,
    /// The method: ordered steps and the order check.
    Method,
    /// The organisation profile and the baking advice.
    Profile,
}

impl EditorTab {
    /// Every tab, in order.
    pub const ALL: [Self; 3] = [Self::Ingredients, Self::Method, Self::Profile];
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
pub const SHORTCUTS: [(KeyboardShortcut, Command); 18] = [
    (KeyboardShortcut::new(CTRL_SHIFT, Key::S), Command::SaveAs),
    (KeyboardShortcut::new(CTRL_SHIFT, Key::Z), Command::Redo),
    (KeyboardShortcut::new(CTRL, Key::N), Command::New),
    (KeyboardShortcut::new(CTRL, Key::O), Command::Open),
    (KeyboardShortcut::new(CTRL, Key::S), Command::Save),
    (KeyboardShortcut::new(CTRL, Key::Q), Command::Quit),
    (KeyboardShortcut::new(CTRL, Key::Z), Command::Undo),
    (KeyboardShortcut::new(CTRL, Key::Y), Command::Redo),
    (KeyboardShortcut::new(CTRL, Key::I), Command::AddIngredient),
    (KeyboardShortcut::new(CTRL, Key::L), Command::ToggleLibrary),
    (
        KeyboardShortcut::new(CTRL, Key::Num1),
        Command::ShowTab(EditorTab::Ingredients),
    ),
    (
        KeyboardShortcut::new(CTRL, Key::Num2),
        Command::ShowTab(EditorTab::Method),
    ),
    (
        KeyboardShortcut::new(CTRL, Key::Num3),
        Command::ShowTab(EditorTab::Profile),
    ),
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
    (
        KeyboardShortcut::new(Modifiers::NONE, Key::F5),
        Command::EnterPresentation,
    ),
    (
        KeyboardShortcut::new(CTRL_SHIFT, Key::C),
        Command::CopySummary,
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
                | Self::AddFromLibrary(_)
                | Self::SetTag(..)
                | Self::AddStep
                | Self::RemoveStep(_)
                | Self::MoveStep { .. }
                | Self::ToggleStepIngredient(..)
                | Self::ToggleBudget
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
                | Self::ToggleLibrary
                | Self::SetLibraryQuery(_)
                | Self::ShowTab(_)
                | Self::SelectStep(_)
                | Self::SetLanguage(_)
                | Self::EnterPresentation
                | Self::LeavePresentation
                | Self::SetTheme(_)
                | Self::ToggleGroupSmallSlices
                | Self::ToggleChartTable
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
