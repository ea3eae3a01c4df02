//! The strategy layer on a whole recipe: its baking/cooking balance, the
//! advice from its organisation profile, the order check of its method, and
//! the edits that keep the method's ingredient names in step with the list.

use super::advice::{Advice, advise};
use super::method::{OrderWarning, order_check};
use super::tag::{Balance, Tag, balance};
use super::{Recipe, RecipeError};
use super::{library, matching};

impl Recipe {
    /// Whether the recipe uses anything version 1 files cannot hold (tags,
    /// a profile, steps, a budget): then it is written as version 2.
    pub fn uses_new_fields(&self) -> bool {
        self.profile.is_some()
            || !self.steps.is_empty()
            || self.budget.is_some()
            || self.ingredients.iter().any(|i| i.tag.is_some())
    }

    /// The tag of an ingredient named `name`: its own in this recipe (names
    /// matched as the library matches them), else the library's.
    pub fn tag_of(&self, name: &str) -> Option<Tag> {
        let key = matching::key(name);
        match self
            .ingredients
            .iter()
            .find(|i| matching::key(&i.name) == key)
        {
            Some(ingredient) => ingredient.tag,
            None => library::tag_of(name),
        }
    }

    /// The baking, cooking and untagged parts of the whole recipe (all zero
    /// when the total is zero).
    pub fn balance(&self) -> Balance {
        let Some(shares) = self.shares() else {
            return Balance::default();
        };
        balance(
            shares
                .into_iter()
                .zip(self.ingredients.iter().map(|i| i.tag)),
        )
    }

    /// The suggested baking range for the recipe's profile, if it has one.
    pub fn advice(&self) -> Option<Advice> {
        self.profile.as_ref().map(advise)
    }

    /// The order check of the method's steps.
    pub fn order_warnings(&self) -> Vec<OrderWarning> {
        // The recipe's own tags by key, built once: `tag_of` scans the
        // ingredients, and the check asks for every name of every step.
        let mut own: std::collections::HashMap<String, Option<Tag>> =
            std::collections::HashMap::with_capacity(self.ingredients.len());
        for ingredient in &self.ingredients {
            own.entry(matching::key(&ingredient.name))
                .or_insert(ingredient.tag);
        }
        order_check(&self.steps, |name| match own.get(&matching::key(name)) {
            Some(tag) => *tag,
            None => library::tag_of(name),
        })
    }

    /// Renames ingredient `i`, and the method's mentions of it with it.
    ///
    /// # Errors
    /// When there is no ingredient `i`.
    pub fn rename_ingredient(&mut self, i: usize, name: String) -> Result<(), RecipeError> {
        let old = matching::key(
            &self
                .ingredients
                .get(i)
                .ok_or(RecipeError::NoSuchIngredient(i))?
                .name,
        );
        // A duplicate name keeps the mentions: they may mean the other one.
        let others_share_it = self
            .ingredients
            .iter()
            .enumerate()
            .any(|(j, o)| j != i && matching::key(&o.name) == old);
        if !old.is_empty() && !others_share_it {
            for step in &mut self.steps {
                for used in &mut step.ingredients {
                    if matching::key(used) == old {
                        used.clone_from(&name);
                    }
                }
            }
        }
        if let Some(ingredient) = self.ingredients.get_mut(i) {
            ingredient.name = name;
        }
        Ok(())
    }

    /// Removes ingredient `i`, and the method's mentions of it.
    ///
    /// # Errors
    /// When there is no ingredient `i`.
    pub fn remove_ingredient(&mut self, i: usize) -> Result<(), RecipeError> {
        if i >= self.ingredients.len() {
            return Err(RecipeError::NoSuchIngredient(i));
        }
        let removed = self.ingredients.remove(i);
        let key = matching::key(&removed.name);
        let still_named = self
            .ingredients
            .iter()
            .any(|o| matching::key(&o.name) == key);
        if !still_named {
            for step in &mut self.steps {
                step.ingredients.retain(|used| matching::key(used) != key);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::advice::{Level, Profile, Verdict};
    use crate::recipe::{Colour, Ingredient, Step, Unit};

    fn recipe() -> Recipe {
        let mut metrics = Ingredient::new("Metrics", 30.0, Unit::Part, Colour::from_rgb(0, 0, 0));
        metrics.tag = Some(Tag::Baking);
        let mut story =
            Ingredient::new("Storytelling", 50.0, Unit::Part, Colour::from_rgb(1, 1, 1));
        story.tag = Some(Tag::Cooking);
        let speed = Ingredient::new("Speed", 20.0, Unit::Part, Colour::from_rgb(2, 2, 2));
        Recipe {
            title: "Mix".into(),
            ingredients: vec![metrics, story, speed],
            ..Recipe::default()
        }
    }

    #[test]
    fn balance_is_of_the_whole_recipe() {
        let b = recipe().balance();
        assert!((b.baking - 0.3).abs() < 1e-12);
        assert!((b.cooking - 0.5).abs() < 1e-12);
        assert!((b.untagged - 0.2).abs() < 1e-12);
    }

    #[test]
    fn advice_needs_a_profile() {
        let mut r = recipe();
        assert!(r.advice().is_none());
        r.profile = Some(Profile::default());
        let advice = r.advice().unwrap();
        assert_eq!(advice.verdict(r.balance().baking), Verdict::Under);
        r.profile = Some(Profile {
            personality: Level::VeryLow,
            products: Level::VeryLow,
            size: Level::Middle,
            industry: Level::Middle,
        });
        let advice = r.advice().unwrap();
        assert_eq!(advice.verdict(r.balance().baking), Verdict::Inside);
    }

    #[test]
    fn own_tags_win_over_the_library() {
        let mut r = recipe();
        assert_eq!(r.tag_of(" metrics "), Some(Tag::Baking));
        if let Some(m) = r.ingredients.get_mut(0) {
            m.tag = None;
        }
        assert_eq!(r.tag_of("Metrics"), None);
        // Not in the recipe: the library says.
        assert_eq!(r.tag_of("Customer research"), Some(Tag::Baking));
    }

    #[test]
    fn a_step_names_an_ingredient_in_any_language() {
        // The recipe's own Eficiencia (untagged here) is the step's
        // Efficiency: its tag wins over the library's.
        let mut r = recipe();
        r.ingredients.push(Ingredient::new(
            "Eficiencia",
            10.0,
            Unit::Part,
            Colour::from_rgb(3, 3, 3),
        ));
        assert_eq!(r.tag_of("Efficiency"), None);
        r.steps = vec![Step {
            title: "Medir".into(),
            ingredients: vec!["Efficiency".into()],
            ..Step::default()
        }];
        r.remove_ingredient(3).unwrap();
        assert!(r.steps[0].ingredients.is_empty());
    }

    #[test]
    fn the_method_follows_renames_and_removals() {
        let mut r = recipe();
        r.steps = vec![Step {
            title: "Tell it".into(),
            ingredients: vec!["storytelling".into(), "Metrics".into()],
            ..Step::default()
        }];
        r.rename_ingredient(1, "Stories".into()).unwrap();
        assert_eq!(r.steps[0].ingredients, ["Stories", "Metrics"]);
        r.remove_ingredient(0).unwrap();
        assert_eq!(r.steps[0].ingredients, ["Stories"]);
        assert!(r.remove_ingredient(9).is_err());
    }

    #[test]
    fn new_fields_are_noticed() {
        let mut r = recipe();
        r.ingredients.iter_mut().for_each(|i| i.tag = None);
        assert!(!r.uses_new_fields());
        r.budget = Some(100.0);
        assert!(r.uses_new_fields());
    }
}
