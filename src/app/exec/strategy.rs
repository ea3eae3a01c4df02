//! The strategy layer's edits: ingredients from the library and the
//! method's steps. The logic lives in
//! `recipe/`; this keeps the selection and the keyboard focus in step.

use crate::app::command::MethodCommand;
use crate::app::document::RowMove;
use crate::app::message::Message;
use crate::app::state::CxApp;
use crate::app::ui_state::EditorTab;
use crate::chart::palette;
use crate::i18n::{Arg, tr_args};
use crate::recipe::format::{MAX_INGREDIENTS, MAX_STEPS};
use crate::recipe::{Colour, Ingredient, Step, library, matching};

use super::edit::new_ingredient;

impl CxApp {
    /// Carries out an edit of the method.
    pub(super) fn method(&mut self, command: MethodCommand) {
        match command {
            MethodCommand::AddStep => self.add_step(),
            MethodCommand::RemoveStep(i) => self.remove_step(i),
            MethodCommand::MoveStep { from, to } => self.move_step(from, to),
            MethodCommand::SetStepTitle(i, title) => {
                if let Some(step) = self.doc.recipe_mut().steps.get_mut(i) {
                    step.title = title;
                }
            }
            MethodCommand::SetStepDetail(i, detail) => {
                if let Some(step) = self.doc.recipe_mut().steps.get_mut(i) {
                    step.detail = detail;
                }
            }
            MethodCommand::ToggleStepIngredient(i, name) => {
                if let Some(step) = self.doc.recipe_mut().steps.get_mut(i) {
                    let key = matching::key(&name);
                    let before = step.ingredients.len();
                    step.ingredients.retain(|n| matching::key(n) != key);
                    if step.ingredients.len() == before {
                        step.ingredients.push(name);
                    }
                }
            }
        }
    }

    /// Adds a library ingredient with its tag, the next free colour and an
    /// average amount; one already in the recipe is selected instead.
    pub(super) fn add_from_library(&mut self, id: &str) {
        let Some(known) = library::by_id(id) else {
            return;
        };
        let lang = self.lang;
        let limit_text = self.text_args(
            "edit-max-ingredients",
            &[("count", Arg::from(MAX_INGREDIENTS))],
        );
        // In any language: "Eficiencia" is the library's Efficiency.
        self.refresh_derived();
        let names = &self.derived.names;
        let recipe = self.doc.recipe();
        if let Some(at) = (0..recipe.ingredients.len())
            .find(|&i| names.library_entry(i).is_some_and(|k| k.id == known.id))
        {
            self.ui.select_and_show(Some(at));
            return;
        }
        if recipe.ingredients.len() >= MAX_INGREDIENTS {
            self.message = Some(Message::Error(limit_text));
            return;
        }
        let used: Vec<[u8; 3]> = recipe.ingredients.iter().map(|i| i.colour.rgb()).collect();
        let template = new_ingredient(recipe, lang);
        let mut ingredient = Ingredient::new(
            known.name_in(lang),
            template.amount,
            template.unit,
            Colour::from(palette::next_unused(&used)),
        );
        ingredient.tag = known.tag;
        let name = ingredient.name.clone();
        let got = self.doc.recipe_mut().add_within_budget(ingredient);
        self.tell_points_given(&name, got);
        let at = self.doc.recipe().ingredients.len() - 1;
        self.ui.select_and_show(Some(at));
        self.ui.show_tab(EditorTab::Ingredients);
    }

    /// A name typed that is a library ingredient's takes its tag, in the
    /// same step of undo as the typing; a tag the person set (the one the
    /// ingredient had when the typing began) is never replaced. Typing on
    /// past the library's name takes the tag off again.
    pub(super) fn tag_from_library(&mut self, i: usize) {
        let set_before = self
            .doc
            .committed()
            .ingredients
            .get(i)
            .is_some_and(|before| before.tag.is_some());
        if set_before {
            return;
        }
        let Some(ingredient) = self.doc.recipe().ingredients.get(i) else {
            return;
        };
        let tag = library::find(&ingredient.name).and_then(|known| known.tag);
        if tag != ingredient.tag
            && let Some(ingredient) = self.doc.recipe_mut().ingredients.get_mut(i)
        {
            ingredient.tag = tag;
        }
    }

    fn add_step(&mut self) {
        if self.doc.recipe().steps.len() >= MAX_STEPS {
            let text = self.text_args("edit-max-steps", &[("count", Arg::from(MAX_STEPS))]);
            self.message = Some(Message::Error(text));
            return;
        }
        // A new step uses the selected ingredient, a likely start.
        let ingredients = self
            .ui
            .selected()
            .and_then(|i| self.doc.recipe().ingredients.get(i))
            .map(|i| vec![i.name.clone()])
            .unwrap_or_default();
        let steps = &mut self.doc.recipe_mut().steps;
        steps.push(Step {
            title: tr_args(
                self.lang,
                "edit-new-step",
                &[("number", Arg::from(steps.len() + 1))],
            ),
            detail: String::new(),
            ingredients,
        });
        let at = steps.len() - 1;
        self.ui.ask_focus_step(at);
        self.ui.show_tab(EditorTab::Method);
    }

    pub(super) fn remove_step(&mut self, i: usize) {
        if i >= self.doc.recipe().steps.len() {
            return;
        }
        self.doc.recipe_mut().steps.remove(i);
        self.doc.rows_moved(RowMove::RemoveStep(i));
        self.ui.select_step(match self.ui.selected_step() {
            Some(s) if s == i => None,
            Some(s) if s > i => Some(s - 1),
            other => other,
        });
    }

    pub(super) fn move_step(&mut self, from: usize, to: usize) {
        let n = self.doc.recipe().steps.len();
        if from >= n || to >= n || from == to {
            return;
        }
        let steps = &mut self.doc.recipe_mut().steps;
        let step = steps.remove(from);
        steps.insert(to, step);
        self.doc.rows_moved(RowMove::Step { from, to });
        self.ui.select_step_and_show(Some(to));
    }
}

impl CxApp {
    /// Switches the window's language now, and remembers the choice.
    pub(super) fn set_language(&mut self, language: Option<crate::i18n::Lang>) {
        self.settings.language = language;
        self.lang = self.settings.lang();
        self.dialogs.set_lang(self.lang);
    }
}
