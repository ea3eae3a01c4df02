//! What only changes how the window is looked at, not what it holds: the
//! editor's tab, the selected ingredient and step, what the pointer is over,
//! which field takes the keyboard, what to scroll to, the library's search
//! text. Views change it directly through `&mut UiState` (no command, no
//! undo step, no unsaved mark); `exec` changes it too when an edit moves
//! things (a new row is selected, a removed one is not).

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
    /// The recipe's author and notes, and the selected ingredient's note.
    Notes,
}

impl EditorTab {
    /// Every tab, in order.
    pub const ALL: [Self; 4] = [Self::Ingredients, Self::Method, Self::Profile, Self::Notes];
}

/// A change of the UI state that a key makes (see `command::bindings`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiAction {
    /// Show a tab of the editor panel.
    ShowTab(EditorTab),
    /// Select the next ingredient (the next step on the method tab).
    SelectNext,
    /// Select the previous ingredient (the previous step on the method tab).
    SelectPrevious,
    /// Select nothing.
    SelectNone,
}

/// How many rows there are to select from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    /// Ingredients.
    pub ingredients: usize,
    /// Method steps.
    pub steps: usize,
}

/// The window's UI-only state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UiState {
    tab: EditorTab,
    selected: Option<usize>,
    hovered: Option<usize>,
    focus_name: Option<usize>,
    scroll_to_selected: bool,
    selected_step: Option<usize>,
    focus_step: Option<usize>,
    scroll_to_step: bool,
    library_query: String,
    /// The revision of the recipe when it was converted to parts: while
    /// it is the one on screen, the footer offers to scale it to the
    /// budget.
    scale_offer: Option<u64>,
}

impl UiState {
    /// The editor panel's tab.
    pub fn tab(&self) -> EditorTab {
        self.tab
    }

    /// Shows a tab of the editor panel.
    pub fn show_tab(&mut self, tab: EditorTab) {
        self.tab = tab;
    }

    /// The selected ingredient.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// Selects an ingredient (or none).
    pub fn select(&mut self, i: Option<usize>) {
        self.selected = i;
    }

    /// Selects an ingredient and scrolls the table to it next frame.
    pub fn select_and_show(&mut self, i: Option<usize>) {
        self.selected = i;
        self.scroll_to_selected = true;
    }

    /// The ingredient under the pointer last frame (table, pie or legend).
    pub fn hovered(&self) -> Option<usize> {
        self.hovered
    }

    /// Records what the pointer is over; returns whether it changed.
    pub fn hover(&mut self, i: Option<usize>) -> bool {
        let changed = self.hovered != i;
        self.hovered = i;
        changed
    }

    /// A row whose name field takes the keyboard (a new ingredient).
    pub fn focus_name(&self) -> Option<usize> {
        self.focus_name
    }

    /// Gives row `i`'s name field the keyboard next frame (a new row).
    pub fn ask_focus_name(&mut self, i: usize) {
        self.focus_name = Some(i);
    }

    /// The name field asked for took the keyboard.
    pub fn name_focused(&mut self) {
        self.focus_name = None;
    }

    /// The row to scroll into view this frame, taken once.
    pub fn take_scroll_to_selected(&mut self) -> Option<usize> {
        std::mem::take(&mut self.scroll_to_selected)
            .then_some(self.selected)
            .flatten()
    }

    /// The selected method step.
    pub fn selected_step(&self) -> Option<usize> {
        self.selected_step
    }

    /// Selects a step (or none).
    pub fn select_step(&mut self, i: Option<usize>) {
        self.selected_step = i;
    }

    /// Selects a step and scrolls the method to it next frame.
    pub fn select_step_and_show(&mut self, i: Option<usize>) {
        self.selected_step = i;
        self.scroll_to_step = true;
    }

    /// A step whose title field takes the keyboard (a new step).
    pub fn focus_step(&self) -> Option<usize> {
        self.focus_step
    }

    /// Gives step `i`'s title the keyboard next frame (a new step).
    pub fn ask_focus_step(&mut self, i: usize) {
        self.focus_step = Some(i);
        self.select_step_and_show(Some(i));
    }

    /// The step title asked for took the keyboard.
    pub fn step_focused(&mut self) {
        self.focus_step = None;
    }

    /// The step to scroll into view this frame, taken once.
    pub fn take_scroll_to_step(&mut self) -> Option<usize> {
        std::mem::take(&mut self.scroll_to_step)
            .then_some(self.selected_step)
            .flatten()
    }

    /// The step to scroll into view, until [`Self::step_shown`]: the list
    /// keeps scrolling to it while the heights of the steps it passes are
    /// still being learnt.
    pub fn step_to_show(&self) -> Option<usize> {
        self.scroll_to_step.then_some(self.selected_step).flatten()
    }

    /// The step asked for is in view, at its real height.
    pub fn step_shown(&mut self) {
        self.scroll_to_step = false;
    }

    /// What is typed in the library's search field.
    pub fn library_query(&self) -> &str {
        &self.library_query
    }

    /// Sets what is typed in the library's search field.
    pub fn set_library_query(&mut self, query: String) {
        self.library_query = query;
    }

    /// Offers to scale the recipe to its budget while it stays at
    /// `revision` (just converted to parts).
    pub fn offer_scale(&mut self, revision: u64) {
        self.scale_offer = Some(revision);
    }

    /// Whether the offer to scale stands for the recipe at `revision`.
    pub fn scale_offered(&self, revision: u64) -> bool {
        self.scale_offer == Some(revision)
    }

    /// The offer to scale was answered.
    pub fn dismiss_scale_offer(&mut self) {
        self.scale_offer = None;
    }

    /// Forgets the selection and focus requests (another document).
    pub fn forget_rows(&mut self) {
        self.scale_offer = None;
        self.selected = None;
        self.hovered = None;
        self.focus_name = None;
        self.selected_step = None;
        self.focus_step = None;
    }

    /// Keeps the selections within `rows` (after undo, a removal).
    pub fn clamp(&mut self, rows: Rows) {
        if self.selected.is_some_and(|i| i >= rows.ingredients) {
            self.selected = None;
        }
        if self.hovered.is_some_and(|i| i >= rows.ingredients) {
            self.hovered = None;
        }
        if self.selected_step.is_some_and(|i| i >= rows.steps) {
            self.selected_step = None;
        }
    }

    /// Carries out a key's action. On the method tab the keys that move
    /// through ingredients move through the steps.
    pub fn apply(&mut self, action: UiAction, rows: Rows) {
        match action {
            UiAction::ShowTab(tab) => self.tab = tab,
            UiAction::SelectNext | UiAction::SelectPrevious => {
                let next = action == UiAction::SelectNext;
                if self.tab == EditorTab::Method {
                    let to = step(self.selected_step, rows.steps, next);
                    self.select_step_and_show(to);
                } else {
                    let to = step(self.selected, rows.ingredients, next);
                    self.select_and_show(to);
                }
            }
            UiAction::SelectNone => self.selected = None,
        }
    }
}

/// The row after (or before) `at` among `n`, staying within them; from
/// nothing, the first (or the last).
fn step(at: Option<usize>, n: usize, next: bool) -> Option<usize> {
    match at {
        _ if n == 0 => None,
        None if next => Some(0),
        None => Some(n - 1),
        Some(i) if next => Some((i + 1).min(n - 1)),
        Some(i) => Some(i.saturating_sub(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_within_the_rows() {
        let rows = Rows {
            ingredients: 3,
            steps: 2,
        };
        let mut ui = UiState::default();
        ui.apply(UiAction::SelectPrevious, rows);
        assert_eq!(ui.selected(), Some(2));
        ui.apply(UiAction::SelectNext, rows);
        assert_eq!(ui.selected(), Some(2));
        assert_eq!(ui.take_scroll_to_selected(), Some(2));
        assert_eq!(ui.take_scroll_to_selected(), None);
        ui.show_tab(EditorTab::Method);
        ui.apply(UiAction::SelectNext, rows);
        assert_eq!((ui.selected(), ui.selected_step()), (Some(2), Some(0)));
        ui.clamp(Rows::default());
        assert_eq!((ui.selected(), ui.selected_step()), (None, None));
    }
}
