//! The questions the window can put in front of the person, as values: what
//! waits for an answer about unsaved changes, what a typed path is for, and
//! the dialogs themselves. Views draw them; `exec` opens and answers them.

use std::path::PathBuf;

use super::recovery::Recovered;

/// What an export writes, which decides the save dialog's filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The chart as a picture: PNG or SVG, told by the extension chosen.
    Chart,
    /// The table as CSV.
    Csv,
    /// The table, the balance and a pie chart as an `.xlsx` spreadsheet.
    Spreadsheet,
}

/// What waits for an answer about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Start a new recipe.
    New,
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Start a new recipe from a shipped template (by its id).
    Template(&'static str),
    /// Close the window.
    Quit,
    /// Replace the open recipe by the team blend.
    OpenBlend,
}

/// What a path field is for, when no file dialog can be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum PathPurpose {
    /// Open the typed file.
    Open,
    /// Save to the typed file, then carry on with `then`.
    Save {
        /// What waited for the save.
        then: Option<Pending>,
    },
    /// Compare the open recipe with the typed file.
    Compare,
    /// Blend the typed files (separated by `;`), or every recipe in a
    /// typed folder.
    Blend,
    /// Save the team blend to the typed file.
    SaveBlend,
    /// Export the chart or the table to the typed file.
    Export {
        /// Chart or CSV.
        kind: ExportKind,
    },
    /// The room's answers go to the typed folder.
    RoomFolder,
    /// Write the participant form to the typed file.
    ExportForm,
}

/// A question in front of the window.
#[derive(Debug)]
pub enum Dialog {
    /// Save / Don't save / Cancel, before `then` drops unsaved changes.
    ConfirmDiscard {
        /// What waits for the answer.
        then: Pending,
    },
    /// Type a path: the fallback where no file dialog can open.
    PathEntry {
        /// Open or save.
        purpose: PathPurpose,
        /// What is typed so far.
        text: String,
        /// Why the field is there.
        note: PathNote,
    },
    /// Restore the edits a crashed session left?
    Restore(Recovered),
}

/// Why the path field shows, as state (the words are the view's, in the
/// window's language at the time it is drawn).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathNote {
    /// No file dialog could open: type the path of the file.
    NoDialog,
    /// No dialog that picks several files could open: type their paths.
    NoDialogMany,
    /// The typed file exists: pressing Save again replaces it. The
    /// confirmation holds for this path only.
    ConfirmReplace(PathBuf),
}
