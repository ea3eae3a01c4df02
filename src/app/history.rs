//! Undo and redo as snapshots of the whole recipe: recipes are small, and a
//! snapshot cannot get out of step with the edit that made it.

use super::rows::RowIds;
use crate::recipe::Recipe;

/// The most steps kept; the oldest are dropped first.
pub const MAX_STEPS: usize = 500;

/// One state of the document: the recipe and its rows' identities, so
/// that an undone move or removal brings each row back as itself.
type Snapshot = (Recipe, RowIds);

/// The undo and redo stacks around the last committed state.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    committed: Snapshot,
}

impl History {
    /// A history that starts at `recipe`, with nothing to undo.
    pub fn new(recipe: &Recipe, rows: &RowIds) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            committed: (recipe.clone(), rows.clone()),
        }
    }

    /// Records `current` as one step if it differs from the last committed
    /// state. Called when a gesture ends (a drag released, a field left), so
    /// one drag is one step. Returns whether a step was recorded.
    pub fn commit(&mut self, current: &Recipe, rows: &RowIds) -> bool {
        if *current == self.committed.0 {
            return false;
        }
        let before = std::mem::replace(&mut self.committed, (current.clone(), rows.clone()));
        self.undo.push(before);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        true
    }

    /// The state at the last commit: where the current gesture started.
    pub fn committed(&self) -> &Recipe {
        &self.committed.0
    }

    /// Whether there is a step to undo (counting an uncommitted change).
    pub fn can_undo(&self, current: &Recipe) -> bool {
        !self.undo.is_empty() || *current != self.committed.0
    }

    /// Whether there is a committed step to undo (an uncommitted change
    /// not counted).
    pub fn has_steps(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Steps back once; an uncommitted change counts as a step.
    pub fn undo(&mut self, current: &mut Recipe, rows: &mut RowIds) -> bool {
        self.commit(current, rows);
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        let now = std::mem::replace(&mut self.committed, previous);
        self.redo.push(now);
        current.clone_from(&self.committed.0);
        rows.clone_from(&self.committed.1);
        true
    }

    /// Steps forward once.
    pub fn redo(&mut self, current: &mut Recipe, rows: &mut RowIds) -> bool {
        self.commit(current, rows);
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let now = std::mem::replace(&mut self.committed, next);
        self.undo.push(now);
        current.clone_from(&self.committed.0);
        rows.clone_from(&self.committed.1);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(t: &str) -> Recipe {
        Recipe {
            title: t.to_owned(),
            ..Recipe::default()
        }
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut r = titled("a");
        let ids = RowIds::default();
        let mut h = History::new(&r, &ids);
        assert!(!h.can_undo(&r));
        r.title = "b".into();
        h.commit(&r, &ids);
        r.title = "c".into();
        assert!(h.can_undo(&r));
        // The uncommitted "c" is a step of its own.
        assert!(h.undo(&mut r, &mut ids.clone()));
        assert_eq!(r.title, "b");
        assert!(h.undo(&mut r, &mut ids.clone()));
        assert_eq!(r.title, "a");
        assert!(!h.undo(&mut r, &mut ids.clone()));
        assert!(h.redo(&mut r, &mut ids.clone()));
        assert!(h.redo(&mut r, &mut ids.clone()));
        assert_eq!(r.title, "c");
        assert!(!h.redo(&mut r, &mut ids.clone()));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut r = titled("a");
        let ids = RowIds::default();
        let mut h = History::new(&r, &ids);
        r.title = "b".into();
        h.commit(&r, &ids);
        h.undo(&mut r, &mut ids.clone());
        assert!(h.can_redo());
        r.title = "x".into();
        h.commit(&r, &ids);
        assert!(!h.can_redo());
    }

    #[test]
    fn keeps_at_least_a_hundred_steps() {
        let mut r = titled("0");
        let ids = RowIds::default();
        let mut h = History::new(&r, &ids);
        for i in 1..=150 {
            r.title = i.to_string();
            h.commit(&r, &ids);
        }
        for _ in 0..150 {
            assert!(h.undo(&mut r, &mut ids.clone()));
        }
        assert_eq!(r.title, "0");
    }
}
