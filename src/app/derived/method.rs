//! What the method tab shows, derived once per revision: the order check's
//! warnings in the window's words, which steps they flag, and for each step
//! which of the recipe's ingredients it uses (by key) and which names it
//! mentions that the recipe no longer has.

use super::names::NameIndex;
use crate::app::words::{rule_explanation, tag_lower, warning_text};
use crate::i18n::Lang;
use crate::recipe::Recipe;
use crate::recipe::method::OrderWarning;

/// One order warning, as the window shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct OrderLine {
    /// The warning.
    pub warning: OrderWarning,
    /// Its sentence in the window's language.
    pub text: String,
    /// Why the rule holds (the hover text).
    pub explanation: String,
}

/// What one step uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepUses {
    /// The key numbers of the recipe's ingredients it names, sorted.
    keys: Vec<usize>,
    /// The recipe's ingredients it uses (every one whose name it names,
    /// blank names left out), in the recipe's order: its ticked chips,
    /// found without a pass over the whole recipe.
    pub used: Vec<usize>,
    /// Names it mentions that no ingredient of the recipe has, as written,
    /// each with its library tag in words ("" if none).
    pub gone: Vec<(String, String)>,
    /// Whether an order warning is about it.
    pub flagged: bool,
}

impl StepUses {
    /// Whether the step uses the ingredient whose key number is `key`.
    pub fn uses_key(&self, key: Option<usize>) -> bool {
        key.is_some_and(|k| self.keys.binary_search(&k).is_ok())
    }

    /// How many of the recipe's ingredients (by name) it uses.
    pub fn used_count(&self) -> usize {
        self.keys.len()
    }
}

/// The method, derived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MethodView {
    /// The order check's warnings, in step order.
    pub order: Vec<OrderLine>,
    /// One per step.
    pub steps: Vec<StepUses>,
    /// Each ingredient's tag in words for its chip's hover text ("" if none).
    pub chip_tags: Vec<String>,
}

impl MethodView {
    /// The method of `recipe`, its names looked up in `names`.
    pub fn new(recipe: &Recipe, names: &NameIndex, lang: Lang) -> Self {
        let warnings = crate::recipe::method::order_check(&recipe.steps, |n| names.tag_of(n));
        // Key number → the ingredients with that key, in order.
        let mut with_key: Vec<Vec<usize>> = Vec::new();
        for (j, ingredient) in recipe.ingredients.iter().enumerate() {
            if ingredient.name.trim().is_empty() {
                continue;
            }
            if let Some(k) = names.key_id(j) {
                if with_key.len() <= k {
                    with_key.resize_with(k + 1, Vec::new);
                }
                if let Some(list) = with_key.get_mut(k) {
                    list.push(j);
                }
            }
        }
        let mut steps: Vec<StepUses> = recipe
            .steps
            .iter()
            .map(|step| {
                let mut uses = StepUses::default();
                for name in &step.ingredients {
                    match names.key_id_of(name) {
                        Some(k) => uses.keys.push(k),
                        None => {
                            let tag = names
                                .tag_of(name)
                                .map_or_else(String::new, |t| tag_lower(lang, t));
                            uses.gone.push((name.clone(), tag));
                        }
                    }
                }
                uses.keys.sort_unstable();
                uses.keys.dedup();
                uses.used = uses
                    .keys
                    .iter()
                    .filter_map(|&k| with_key.get(k))
                    .flatten()
                    .copied()
                    .collect();
                uses.used.sort_unstable();
                uses
            })
            .collect();
        for w in &warnings {
            for at in [w.step, w.later_step] {
                if let Some(s) = steps.get_mut(at) {
                    s.flagged = true;
                }
            }
        }
        let order = warnings
            .into_iter()
            .map(|warning| OrderLine {
                text: warning_text(lang, &warning),
                explanation: rule_explanation(lang, warning.rule),
                warning,
            })
            .collect();
        let chip_tags = (0..recipe.ingredients.len())
            .map(|i| {
                names
                    .tag(i)
                    .map_or_else(String::new, |t| tag_lower(lang, t))
            })
            .collect();
        Self {
            order,
            steps,
            chip_tags,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::method::Step;
    use crate::recipe::{Colour, Ingredient, Unit};

    fn ingredient(name: &str) -> Ingredient {
        Ingredient::new(name, 1.0, Unit::Part, Colour::from([10, 20, 30]))
    }

    #[test]
    fn a_step_lists_the_ingredients_it_uses_in_the_recipes_order() {
        let recipe = Recipe {
            ingredients: vec![
                ingredient("Speed"),
                ingredient("Metrics"),
                ingredient("  "),
                ingredient("speed"),
                ingredient("Trust"),
            ],
            steps: vec![Step {
                title: "One".to_owned(),
                detail: String::new(),
                ingredients: vec!["Trust".to_owned(), "SPEED".to_owned(), "Gone".to_owned()],
            }],
            ..Recipe::default()
        };
        let names = NameIndex::new(&recipe);
        let method = MethodView::new(&recipe, &names, Lang::En);
        let step = &method.steps[0];
        // Both spellings of Speed, then Trust: the chips the step shows,
        // as the whole-recipe pass found them (blank names left out).
        assert_eq!(step.used, vec![0, 3, 4]);
        let by_scan: Vec<usize> = (0..recipe.ingredients.len())
            .filter(|&j| {
                step.uses_key(names.key_id(j)) && !recipe.ingredients[j].name.trim().is_empty()
            })
            .collect();
        assert_eq!(step.used, by_scan);
        assert_eq!(step.gone.len(), 1);
    }
}
