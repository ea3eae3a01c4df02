//! The strategy layer's edits: ingredients from the library, tags, the
//! organisation profile and the method's steps. The logic lives in
//! `recipe/`; this keeps the selection and the keyboard focus in step.

use crate::app::command::{Command, EditorTab};
use crate::app::state::{CxApp, Message};
use crate::chart::palette;
use crate::i18n::{Arg, tr_args};
use crate::recipe::format::{MAX_INGREDIENTS, MAX_STEPS};
use crate::recipe::{Colour, Ingredient, Step, library, matching};

use super::edit::new_ingredient;

impl CxApp {
    /// Carries out a command of the strategy layer.
    pub(super) fn strategy(&mut self, command: Command) {
        match command {
            Command::AddFromLibrary(id) => self.add_from_library(id),
            Command::ToggleLibrary => self.settings.show_library = !self.settings.show_library,
            Command::SetLibraryQuery(query) => self.library_query = query,
            Command::ShowTab(tab) => self.tab = tab,
            Command::SetTag(i, tag) => {
                if let Some(ing) = self.doc.recipe.ingredients.get_mut(i) {
                    ing.tag = tag;
                }
            }
            Command::SetProfile(profile) => self.doc.recipe.profile = profile,
            Command::SelectStep(i) => self.selected_step = i,
            Command::AddStep => self.add_step(),
            Command::RemoveStep(i) => self.remove_step(i),
            Command::MoveStep { from, to } => self.move_step(from, to),
            Command::SetStepTitle(i, title) => {
                if let Some(step) = self.doc.recipe.steps.get_mut(i) {
                    step.title = title;
                }
            }
            Command::SetStepDetail(i, detail) => {
                if let Some(step) = self.doc.recipe.steps.get_mut(i) {
                    step.detail = detail;
                }
            }
            Command::ToggleStepIngredient(i, name) => {
                if let Some(step) = self.doc.recipe.steps.get_mut(i) {
                    let key = matching::key(&name);
                    let before = step.ingredients.len();
                    step.ingredients.retain(|n| matching::key(n) != key);
                    if step.ingredients.len() == before {
                        step.ingredients.push(name);
                    }
                }
            }
            // The rest are not the strategy layer's.
            _ => {}
        }
    }

    /// Adds a library ingredient with its tag, the next free colour and an
    /// average amount; one already in the recipe is selected instead.
    fn add_from_library(&mut self, id: &str) {
        let Some(known) = library::by_id(id) else {
            return;
        };
        let lang = self.lang;
        let limit_text = self.text_args(
            "edit-max-ingredients",
            &[("count", Arg::from(MAX_INGREDIENTS))],
        );
        let recipe = &mut self.doc.recipe;
        // In any language: "Eficiencia" is the library's Efficiency.
        if let Some(at) = recipe
            .ingredients
            .iter()
            .position(|i| library::find(&i.name).is_some_and(|k| k.id == known.id))
        {
            self.selected = Some(at);
            self.scroll_to_selected = true;
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
        recipe.ingredients.push(ingredient);
        self.selected = Some(recipe.ingredients.len() - 1);
        self.scroll_to_selected = true;
        self.tab = EditorTab::Ingredients;
    }

    fn add_step(&mut self) {
        let steps = &mut self.doc.recipe.steps;
        if steps.len() >= MAX_STEPS {
            let text = tr_args(
                self.lang,
                "edit-max-steps",
                &[("count", Arg::from(MAX_STEPS))],
            );
            self.message = Some(Message::Error(text));
            return;
        }
        // A new step uses the selected ingredient, a likely start.
        let ingredients = self
            .selected
            .and_then(|i| self.doc.recipe.ingredients.get(i))
            .map(|i| vec![i.name.clone()])
            .unwrap_or_default();
        let steps = &mut self.doc.recipe.steps;
        steps.push(Step {
            title: tr_args(
                self.lang,
                "edit-new-step",
                &[("number", Arg::from(steps.len() + 1))],
            ),
            detail: String::new(),
            ingredients,
        });
        self.selected_step = Some(steps.len() - 1);
        self.focus_step = self.selected_step;
        self.tab = EditorTab::Method;
    }

    fn remove_step(&mut self, i: usize) {
        let steps = &mut self.doc.recipe.steps;
        if i < steps.len() {
            steps.remove(i);
        }
        self.selected_step = match self.selected_step {
            Some(s) if s == i => None,
            Some(s) if s > i => Some(s - 1),
            other => other,
        };
    }

    pub(super) fn move_step(&mut self, from: usize, to: usize) {
        let steps = &mut self.doc.recipe.steps;
        if from >= steps.len() || to >= steps.len() || from == to {
            return;
        }
        let step = steps.remove(from);
        steps.insert(to, step);
        self.selected_step = Some(to);
    }

    /// Keeps the step selection within the method (after undo, a new file).
    pub(super) fn clamp_step_selection(&mut self) {
        let n = self.doc.recipe.steps.len();
        if self.selected_step.is_some_and(|i| i >= n) {
            self.selected_step = None;
        }
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
