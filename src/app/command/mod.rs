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
mod edit;

pub use edit::{EditCommand, MethodCommand};

use std::path::PathBuf;

use super::theme::ThemeChoice;
use crate::i18n::Lang;

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
    /// Export the table, the balance and a pie chart as an `.xlsx`
    /// spreadsheet (the save dialog).
    ExportSpreadsheet,
    /// Whether exported pictures show the balance and the verdict under
    /// the chart (a setting, kept).
    ToggleExportBalance,
    /// Put the summary on the clipboard, ready for an email (Ctrl+Shift+C).
    CopySummary,
    /// Put the chart on the clipboard as a picture, for slides.
    CopyChart,
    /// Close the window.
    Quit,
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
    /// Zoom the window in or out, or back to 100 % (what Ctrl +, Ctrl −
    /// and Ctrl 0 do through egui).
    Zoom(ZoomChange),
}

/// A change of the window's zoom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoomChange {
    /// Larger, by a tenth.
    In,
    /// Smaller, by a tenth.
    Out,
    /// Back to 100 %.
    Reset,
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
            | Self::DismissMessage
            | Self::Zoom(_) => false,
        }
    }
}
