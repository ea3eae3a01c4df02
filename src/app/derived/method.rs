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
