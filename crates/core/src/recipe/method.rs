//! The method: a recipe's steps in order, and the check that the order makes
//! sense.
//!
//! A recipe is a sequence as well as a mix. The check knows two rules: bake
//! before you cook, and clean the data before personalising with it. Each
//! warning points at an earlier step and the first later step it should have
//! waited for.

use serde::{Deserialize, Serialize};

use super::Tag;
use super::library::{self, Role};

/// One step of the method.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// What happens, in a few words.
    pub title: String,
    /// More about it; empty when there is nothing more.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// The names of the ingredients the step works on, matched with
    /// [`library::key`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ingredients: Vec<String>,
}

/// A rule of order the check knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// Baking ingredients come before cooking ones.
    BakeBeforeCook,
    /// Data is cleaned before it is used to personalise.
    CleanDataBeforePersonalising,
}

impl Rule {
    /// Every rule, in the order warnings about one step are given.
    pub const ALL: [Self; 2] = [Self::BakeBeforeCook, Self::CleanDataBeforePersonalising];

    /// The rule's short name, e.g. "bake before you cook".
    pub fn name(self) -> &'static str {
        match self {
            Self::BakeBeforeCook => "bake before you cook",
            Self::CleanDataBeforePersonalising => "clean data before personalising",
        }
    }

    /// Why the rule holds, in one sentence (for a tooltip or the README).
    pub fn explanation(self) -> &'static str {
        match self {
            Self::BakeBeforeCook => {
                "Creative work needs something solid to stand on, so lay the precise \
                 groundwork (research, measures, dashboards) before improvising on top of it."
            }
            Self::CleanDataBeforePersonalising => {
                "A personal touch is only as good as what you know about the person, so clean \
                 and update customer data before using it to personalise."
            }
        }
    }

    /// Whether an ingredient is the kind that must wait (in the earlier step)
    /// or the kind that should have come first (in the later step).
    fn matches(self, side: Side, name: &str, tag_of: &impl Fn(&str) -> Option<Tag>) -> bool {
        match (self, side) {
            (Self::BakeBeforeCook, Side::Waits) => tag_of(name) == Some(Tag::Cooking),
            (Self::BakeBeforeCook, Side::First) => tag_of(name) == Some(Tag::Baking),
            (Self::CleanDataBeforePersonalising, Side::Waits) => {
                role_of(name) == Some(Role::Personalisation)
            }
            (Self::CleanDataBeforePersonalising, Side::First) => {
                role_of(name) == Some(Role::DataQuality)
            }
        }
    }

    /// The warning's text, with 1-based step numbers.
    fn message(self, step: usize, waits: &str, later_step: usize, first: &str) -> String {
        let (step, later_step) = (step + 1, later_step + 1);
        match self {
            Self::BakeBeforeCook => format!(
                "{}: step {step} uses {waits} ({}) before step {later_step} builds {first} ({})",
                self.name(),
                Tag::Cooking.lowercase(),
                Tag::Baking.lowercase(),
            ),
            Self::CleanDataBeforePersonalising => format!(
                "{}: step {step} uses {waits} before step {later_step} works on {first}",
                self.name(),
            ),
        }
    }
}

/// Which side of a rule an ingredient is on.
#[derive(Clone, Copy)]
enum Side {
    /// It should wait: cooking, or personalising.
    Waits,
    /// It should come first: baking, or data quality.
    First,
}

/// A step that comes too early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderWarning {
    /// The rule it breaks.
    pub rule: Rule,
    /// The early step, counted from 0.
    pub step: usize,
    /// The first later step it should have waited for, counted from 0.
    pub later_step: usize,
    /// The ingredient of the early step that should have waited, as the
    /// step names it (the window builds its own sentence from the parts).
    pub waits: String,
    /// The ingredient of the later step that should have come first.
    pub first: String,
    /// The warning in words, with steps counted from 1, e.g. "bake before
    /// you cook: step 2 uses Storytelling (cooking) before step 4 builds
    /// Metrics (baking)".
    pub message: String,
}

/// Checks the order of the steps against every [`Rule`].
///
/// `tag_of` gives the tag of an ingredient name as written in a step (the
/// caller matches it with [`library::key`]: the recipe's own ingredient
/// first, else the library's). Roles come from the library.
///
/// A step gets at most one warning per rule, naming the first later step that
/// should have come before it. Ingredients within one step are taken as done
/// together. Warnings come in step order, then rule order.
pub fn order_check(steps: &[Step], tag_of: impl Fn(&str) -> Option<Tag>) -> Vec<OrderWarning> {
    // Each step's first ingredient on each side of each rule, looked up once
    // (a recipe at the limits names a thousand ingredients in 200 steps),
    // and for each step the nearest step from it on that has a "first".
    let firsts: Vec<[Option<&str>; 2]> = steps
        .iter()
        .map(|s| Rule::ALL.map(|rule| first_match(s, rule, Side::First, &tag_of)))
        .collect();
    let mut next_first: Vec<[Option<(usize, &str)>; 2]> = vec![[None, None]; steps.len() + 1];
    for (j, found) in firsts.iter().enumerate().rev() {
        let [after_a, after_b] = next_first.get(j + 1).copied().unwrap_or([None, None]);
        let [a, b] = *found;
        let here = [a.map(|n| (j, n)).or(after_a), b.map(|n| (j, n)).or(after_b)];
        if let Some(slot) = next_first.get_mut(j) {
            *slot = here;
        }
    }
    let mut warnings = Vec::new();
    for (step, early) in steps.iter().enumerate() {
        for (r, rule) in Rule::ALL.into_iter().enumerate() {
            let Some(waits) = first_match(early, rule, Side::Waits, &tag_of) else {
                continue;
            };
            let later = next_first
                .get(step + 1)
                .and_then(|n| n.get(r).copied().flatten());
            if let Some((later_step, first)) = later {
                warnings.push(OrderWarning {
                    rule,
                    step,
                    later_step,
                    message: rule.message(step, waits, later_step, first),
                    waits: waits.to_owned(),
                    first: first.to_owned(),
                });
            }
        }
    }
    warnings
}

/// The first ingredient of `step` on `side` of `rule`, trimmed.
fn first_match<'a>(
    step: &'a Step,
    rule: Rule,
    side: Side,
    tag_of: &impl Fn(&str) -> Option<Tag>,
) -> Option<&'a str> {
    step.ingredients
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .find(|name| rule.matches(side, name, tag_of))
}

/// The library's role for a name or alias.
fn role_of(name: &str) -> Option<Role> {
    library::find(name).and_then(|ing| ing.role)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(title: &str, ingredients: &[&str]) -> Step {
        Step {
            title: title.to_owned(),
            detail: String::new(),
            ingredients: ingredients.iter().map(|&n| n.to_owned()).collect(),
        }
    }

    fn check(steps: &[Step]) -> Vec<OrderWarning> {
        order_check(steps, library::tag_of)
    }

    fn messages(steps: &[Step]) -> Vec<String> {
        check(steps).into_iter().map(|w| w.message).collect()
    }

    #[test]
    fn baking_then_cooking_is_fine() {
        let steps = [
            step("Listen", &["Customer research", "Voice of the customer"]),
            step("Measure", &["Metrics", "Scorecards & dashboards"]),
            step("Clean up", &["Fresh data"]),
            step("Improvise", &["Storytelling", "Test & learn"]),
            step("Personal touch", &["Personalised attention"]),
        ];
        assert!(check(&steps).is_empty(), "{:?}", check(&steps));
        assert!(check(&[]).is_empty());
    }

    #[test]
    fn cooking_before_baking_is_named() {
        let steps = [
            step("Kick-off", &["Efficiency"]),
            step("Tell stories", &["Storytelling"]),
            step("Workshop", &["Company culture"]),
            step("Measure", &["Metrics"]),
        ];
        let warnings = check(&steps);
        assert_eq!(
            warnings[0],
            OrderWarning {
                rule: Rule::BakeBeforeCook,
                step: 1,
                later_step: 3,
                waits: "Storytelling".to_owned(),
                first: "Metrics".to_owned(),
                message: "bake before you cook: step 2 uses Storytelling (cooking) before \
                          step 4 builds Metrics (baking)"
                    .to_owned(),
            }
        );
        // One warning per early step, each naming the first later baking step.
        assert_eq!(
            warnings
                .iter()
                .map(|w| (w.step, w.later_step))
                .collect::<Vec<_>>(),
            [(1, 3), (2, 3)]
        );
    }

    #[test]
    fn personalising_before_clean_data_is_named() {
        let steps = [
            step("Campaign", &["Personalised attention"]),
            step("Plan", &[]),
            step("Tidy the CRM", &["Fresh data", "Data & insights"]),
        ];
        // Without tags, only the data rule speaks.
        assert_eq!(
            order_check(&steps, |_| None),
            [OrderWarning {
                rule: Rule::CleanDataBeforePersonalising,
                step: 0,
                later_step: 2,
                waits: "Personalised attention".to_owned(),
                first: "Fresh data".to_owned(),
                message: "clean data before personalising: step 1 uses Personalised attention \
                          before step 3 works on Fresh data"
                    .to_owned(),
            }]
        );
        // With the library's tags, Personalised attention is also cooking.
        assert_eq!(check(&steps).len(), 2);
    }

    #[test]
    fn both_rules_on_one_step() {
        let steps = [
            step("Launch", &["Metrics", "Personalised attention"]),
            step("Segment", &["Personas & journeys"]),
            step("Fix the data", &["Fresh data"]),
        ];
        // Personalised attention is cooking and personalising; Personas &
        // journeys is baking and personalising; Fresh data is baking and data.
        assert_eq!(
            messages(&steps),
            [
                "bake before you cook: step 1 uses Personalised attention (cooking) before \
                 step 2 builds Personas & journeys (baking)",
                "clean data before personalising: step 1 uses Personalised attention before \
                 step 3 works on Fresh data",
                "clean data before personalising: step 2 uses Personas & journeys before \
                 step 3 works on Fresh data",
            ]
        );
    }

    #[test]
    fn names_match_ignoring_case_and_spaces() {
        let steps = [
            step("Ideas", &["  ideation and REDESIGN "]),
            step("Personal", &["personalized attention"]),
            step("Listen", &[" voc"]),
            step("Data", &["big  data "]),
        ];
        assert_eq!(
            messages(&steps),
            [
                "bake before you cook: step 1 uses ideation and REDESIGN (cooking) before \
                 step 3 builds voc (baking)",
                "bake before you cook: step 2 uses personalized attention (cooking) before \
                 step 3 builds voc (baking)",
                "clean data before personalising: step 2 uses personalized attention before \
                 step 4 works on big  data",
            ]
        );
    }

    #[test]
    fn steps_without_known_ingredients_are_ignored() {
        let steps = [
            step("Storytelling day", &[]),
            step("Something new", &["Unheard-of spice", "", "  "]),
            step("Measure", &["Metrics"]),
        ];
        assert!(check(&steps).is_empty());
    }

    #[test]
    fn the_callers_tag_wins() {
        let steps = [step("Our way", &["Metrics"]), step("Then", &["Speed"])];
        let flipped = |name: &str| match library::key(name).as_str() {
            "metrics" => Some(Tag::Cooking),
            "speed" => Some(Tag::Baking),
            _ => None,
        };
        assert_eq!(order_check(&steps, flipped).len(), 1);
        assert!(check(&steps).is_empty());
    }

    #[test]
    fn reordering_clears_the_warnings() {
        let mut steps = vec![
            step("Personalise", &["Personalised attention"]),
            step("Stories", &["Storytelling"]),
            step("Clean", &["Fresh data"]),
            step("Measure", &["Metrics"]),
        ];
        assert_eq!(check(&steps).len(), 3);
        steps.rotate_left(2);
        assert!(check(&steps).is_empty(), "{:?}", check(&steps));
    }

    #[test]
    fn steps_in_ron() {
        let bare = step("Listen", &[]);
        assert_eq!(ron::to_string(&bare).unwrap(), "(title:\"Listen\")");
        let full = Step {
            detail: "Two weeks of interviews.".to_owned(),
            ..step("Listen", &["VoC"])
        };
        let text = ron::to_string(&full).unwrap();
        assert_eq!(ron::from_str::<Step>(&text).unwrap(), full);
        assert_eq!(
            ron::from_str::<Step>("(title: \"x\")").unwrap(),
            step("x", &[])
        );
    }

    #[test]
    fn rules_explain_themselves() {
        for rule in Rule::ALL {
            assert!(rule.explanation().ends_with('.'));
            assert!(!rule.name().is_empty());
        }
    }
}
