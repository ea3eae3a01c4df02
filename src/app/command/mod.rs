//! Everything a person can ask of the window that changes the document, its
//! files or the settings, as values, nested by concern: views emit commands
//! and `exec` carries them out after the frame. What only changes how the
//! window is looked at (the tab, the selection, the search text) is not a
//! command: views change it through `UiState`.
//!
//! Every match on a command is exhaustive (no wildcard arm), so a new
//! command cannot be forgotten by the executor, the undo grouping, the
//! dialog guard or the screens that refuse it.

pub mod bindings;

use std::path::PathBuf;

use super::theme::ThemeChoice;
use crate::i18n::Lang;
use crate::recipe::{Colour, Profile, Tag, Unit, UnitSystem};

/// One request from the UI.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// The document's life and what leaves the window: new, open, save,
    /// export, quit.
    File(FileCommand),
    /// Edits of the recipe's ingredients, title, profile and budget.
    Edit(EditCommand),
    /// Edits of the method's steps.
    Method(MethodCommand),
    /// The compare and blend screens.
    Workshop(WorkshopCommand),
    /// The participants' room: opening, closing, its screen, its blend.
    Room(RoomCommand),
    /// Display preferences kept in the settings, presentation mode, the
    /// message banner.
    View(ViewCommand),
    /// Answers to the question in front of the window.
    Dialog(DialogCommand),
}

/// The document's life and what leaves the window.
#[derive(Clone, Debug, PartialEq)]
pub enum FileCommand {
    /// Start a new, empty recipe.
    New,
    /// Start a new recipe from a shipped template (by its id).
    NewFromTemplate(&'static str),
    /// Choose a recipe to open.
    Open,
    /// Open this file (recent files, drag and drop, the path field).
    OpenPath(PathBuf),
    /// Save to the current file, or ask where.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the chart as a PNG or SVG picture (the save dialog).
    ExportChart,
    /// Export the table as CSV (the save dialog).
    ExportCsv,
    /// Put the summary on the clipboard, ready for an email (Ctrl+Shift+C).
    CopySummary,
    /// Close the window.
    Quit,
}

/// Edits of the recipe (everything but the method's steps).
#[derive(Clone, Debug, PartialEq)]
pub enum EditCommand {
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Add an ingredient at the end.
    AddIngredient,
    /// Add an ingredient from the library (by its id), tagged and coloured.
    AddFromLibrary(&'static str),
    /// Remove an ingredient.
    Remove(usize),
    /// Remove the selected ingredient (or step, on the method tab).
    RemoveSelected,
    /// Move an ingredient to another position.
    Move {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Move the selected ingredient (or step) up one row.
    MoveSelectedUp,
    /// Move the selected ingredient (or step) down one row.
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
    /// Tag an ingredient as baking, cooking or neither.
    SetTag(usize, Option<Tag>),
    /// Convert the whole recipe to parts or volumes, keeping the shares.
    ConvertTo(UnitSystem),
    /// Set or clear the organisation profile.
    SetProfile(Option<Profile>),
    /// Turn the points budget on (at 100 points) or off.
    ToggleBudget,
    /// Set the points budget.
    SetBudget(f64),
}

/// Edits of the method's steps.
#[derive(Clone, Debug, PartialEq)]
pub enum MethodCommand {
    /// Add a step at the end.
    AddStep,
    /// Remove a step.
    RemoveStep(usize),
    /// Move a step to another position.
    MoveStep {
        /// Where it is.
        from: usize,
        /// Where it goes.
        to: usize,
    },
    /// Rename a step.
    SetStepTitle(usize, String),
    /// Change a step's detail.
    SetStepDetail(usize, String),
    /// Add an ingredient to a step, or take it off.
    ToggleStepIngredient(usize, String),
}

/// The compare and blend screens.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopCommand {
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
}

/// The participants' room (`cx_recipe_room`) in the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomCommand {
    /// Show the room screen: the open room, or how to open one (File ▸
    /// Open a room…, or its key in presentation).
    Show,
    /// Points to share out, or free amounts, for the room about to open.
    SetMode(cx_recipe_room::Mode),
    /// Choose the answers' folder (a folder dialog, or a typed path).
    ChooseFolder,
    /// Open the room, or reopen the one closed.
    Open,
    /// Close the room: the server stops at once.
    Close,
    /// The blend of the room's answers, following them as they come.
    ShowBlend,
    /// Put the participants' address on the clipboard.
    CopyAddress,
    /// Back to where the room screen was shown from (the room stays open).
    Leave,
    /// File ▸ Export participant form…: the page as one HTML file.
    ExportForm,
}

/// Display preferences (kept in the settings), presentation mode and the
/// message banner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ViewCommand {
    /// Decimals of the percentages shown.
    SetDecimals(u8),
    /// Show or hide the ingredient library.
    ToggleLibrary,
    /// The window's language; `None` follows the system.
    SetLanguage(Option<Lang>),
    /// Light, dark or high contrast.
    SetTheme(ThemeChoice),
    /// Group slices under 3 % into "Other" in the chart, or stop.
    ToggleGroupSmallSlices,
    /// Show the chart as a table (its text alternative), or as a pie again.
    ToggleChartTable,
    /// Show the chart full screen for an audience (F5).
    EnterPresentation,
    /// Back to the editor from presentation mode (Esc).
    LeavePresentation,
    /// Close the message banner.
    DismissMessage,
}

/// Answers to the question in front of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogCommand {
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

impl From<FileCommand> for Command {
    fn from(c: FileCommand) -> Self {
        Self::File(c)
    }
}

impl From<EditCommand> for Command {
    fn from(c: EditCommand) -> Self {
        Self::Edit(c)
    }
}

impl From<MethodCommand> for Command {
    fn from(c: MethodCommand) -> Self {
        Self::Method(c)
    }
}

impl From<WorkshopCommand> for Command {
    fn from(c: WorkshopCommand) -> Self {
        Self::Workshop(c)
    }
}

impl From<RoomCommand> for Command {
    fn from(c: RoomCommand) -> Self {
        Self::Room(c)
    }
}

impl From<ViewCommand> for Command {
    fn from(c: ViewCommand) -> Self {
        Self::View(c)
    }
}

impl From<DialogCommand> for Command {
    fn from(c: DialogCommand) -> Self {
        Self::Dialog(c)
    }
}

impl Command {
    /// Whether this edit is one whole step of undo by itself (a click), as
    /// opposed to a part of a gesture (a drag, typing).
    pub fn is_discrete_edit(&self) -> bool {
        match self {
            Self::Edit(edit) => edit.is_discrete(),
            Self::Method(method) => method.is_discrete(),
            Self::File(_) | Self::Workshop(_) | Self::Room(_) | Self::View(_) | Self::Dialog(_) => {
                false
            }
        }
    }

    /// Whether the command changes or replaces the recipe on screen; such
    /// commands wait while a dialog asks a question.
    pub fn needs_free_window(&self) -> bool {
        match self {
            // A room's commands open dialogs or change the screen.
            Self::File(_) | Self::Edit(_) | Self::Method(_) | Self::Room(_) => true,
            Self::Workshop(w) => w.needs_free_window(),
            Self::View(v) => (*v).needs_free_window(),
            Self::Dialog(DialogCommand::Answer(_) | DialogCommand::SetPathText(_)) => false,
        }
    }
}

impl EditCommand {
    /// A click that is a whole step of undo (see [`Command::is_discrete_edit`]).
    fn is_discrete(&self) -> bool {
        match self {
            Self::AddIngredient
            | Self::AddFromLibrary(_)
            | Self::Remove(_)
            | Self::RemoveSelected
            | Self::Move { .. }
            | Self::MoveSelectedUp
            | Self::MoveSelectedDown
            | Self::SetUnit(..)
            | Self::ToggleLock(_)
            | Self::SetTag(..)
            | Self::ConvertTo(_)
            | Self::ToggleBudget => true,
            // Undo and redo make their own steps; the rest are typed or
            // dragged, and end with the gesture.
            Self::Undo
            | Self::Redo
            | Self::SetTitle(_)
            | Self::SetName(..)
            | Self::SetAmount(..)
            | Self::SetPercent(..)
            | Self::SetColour(..)
            | Self::SetNote(..)
            | Self::SetProfile(_)
            | Self::SetBudget(_) => false,
        }
    }
}

impl MethodCommand {
    /// A click that is a whole step of undo (see [`Command::is_discrete_edit`]).
    fn is_discrete(&self) -> bool {
        match self {
            Self::AddStep
            | Self::RemoveStep(_)
            | Self::MoveStep { .. }
            | Self::ToggleStepIngredient(..) => true,
            Self::SetStepTitle(..) | Self::SetStepDetail(..) => false,
        }
    }
}

impl WorkshopCommand {
    /// Whether it waits while a dialog asks (see [`Command::needs_free_window`]).
    fn needs_free_window(&self) -> bool {
        match self {
            Self::CompareWith
            | Self::ComparePath(_)
            | Self::Blend
            | Self::BlendPaths(_)
            | Self::RevealPrevious
            | Self::RevealNext
            | Self::ShowEditor
            | Self::SaveBlendAs
            | Self::OpenBlend => true,
        }
    }
}

impl ViewCommand {
    /// Whether it waits while a dialog asks (see [`Command::needs_free_window`]).
    fn needs_free_window(self) -> bool {
        match self {
            Self::SetDecimals(_)
            | Self::ToggleLibrary
            | Self::SetLanguage(_)
            | Self::SetTheme(_)
            | Self::ToggleGroupSmallSlices
            | Self::ToggleChartTable
            | Self::EnterPresentation
            | Self::LeavePresentation
            | Self::DismissMessage => false,
        }
    }
}
