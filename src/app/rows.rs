//! The identity of the open recipe's rows: one id per ingredient and per
//! method step that stays with its row through moves, removals and undo,
//! so that what egui keeps for a field (focus, cursor) follows its row.

use crate::recipe::Recipe;

/// A row's identity: stays with its ingredient (or step) through moves,
/// so that what egui keeps for a field (focus, cursor) follows the row and
/// never lands in another row's field.
pub type RowId = u64;

/// The identities of the rows, in the order of the ingredients and steps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowIds {
    /// One per ingredient.
    pub ingredients: Vec<RowId>,
    /// One per method step.
    pub steps: Vec<RowId>,
    next: RowId,
}

impl RowIds {
    /// One fresh identity per row of `recipe`.
    pub fn for_recipe(recipe: &Recipe) -> Self {
        let mut ids = Self::default();
        ids.sync(recipe);
        ids
    }

    fn fresh(&mut self) -> RowId {
        self.next += 1;
        self.next
    }

    /// Keeps one id per row: rows added at the end get new ones, rows
    /// gone from the end lose theirs.
    pub fn sync(&mut self, recipe: &Recipe) {
        let (n, m) = (recipe.ingredients.len(), recipe.steps.len());
        self.ingredients.truncate(n);
        while self.ingredients.len() < n {
            let id = self.fresh();
            self.ingredients.push(id);
        }
        self.steps.truncate(m);
        while self.steps.len() < m {
            let id = self.fresh();
            self.steps.push(id);
        }
    }
}

/// A change of the rows' order that their identities follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowMove {
    /// Ingredient `from` moved to `to`.
    Ingredient {
        /// Where it was.
        from: usize,
        /// Where it is.
        to: usize,
    },
    /// Ingredient `at` removed.
    RemoveIngredient(usize),
    /// Step `from` moved to `to`.
    Step {
        /// Where it was.
        from: usize,
        /// Where it is.
        to: usize,
    },
    /// Step `at` removed.
    RemoveStep(usize),
}

/// Moves the identity at `from` to `to`.
pub(in crate::app) fn move_in(ids: &mut Vec<RowId>, from: usize, to: usize) {
    if from < ids.len() && to < ids.len() {
        let id = ids.remove(from);
        ids.insert(to, id);
    }
}
