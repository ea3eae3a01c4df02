//! The edits of the recipe and of its method, as commands: what the
//! table, the library, the budget, the notes and the method tab send, and
//! which of them are a whole step of undo.

use crate::recipe::{Colour, Profile, Tag, Unit, UnitSystem};

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
    /// Change who wrote the recipe.
    SetAuthor(String),
    /// Change the recipe's notes.
    SetNotes(String),
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
    /// Scale every amount so that the total is the budget (turned on at
    /// 100 points if it is off), keeping the shares.
    ScaleToBudget,
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

impl EditCommand {
    /// A click that is a whole step of undo (see [`Command::is_discrete_edit`]).
    pub(super) fn is_discrete(&self) -> bool {
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
            | Self::ToggleBudget
            | Self::ScaleToBudget => true,
            // Undo and redo make their own steps; the rest are typed or
            // dragged, and end with the gesture.
            Self::Undo
            | Self::Redo
            | Self::SetTitle(_)
            | Self::SetAuthor(_)
            | Self::SetNotes(_)
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
    pub(super) fn is_discrete(&self) -> bool {
        match self {
            Self::AddStep
            | Self::RemoveStep(_)
            | Self::MoveStep { .. }
            | Self::ToggleStepIngredient(..) => true,
            Self::SetStepTitle(..) | Self::SetStepDetail(..) => false,
        }
    }
}
