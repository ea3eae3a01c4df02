//! The strategy sections of `summary`: the baking/cooking balance, the
//! advice from the recipe's profile, and the method with its order warnings.
//! Each appears only where the recipe has it, so a version 1 recipe's
//! summary is what it always was.

use std::fmt::Write as _;

use serde::Serialize;

use super::super::terminal_safe;
use crate::recipe::advice::{Advice, BASE_HIGH_PCT, BASE_LOW_PCT};
use crate::recipe::method::OrderWarning;
use crate::recipe::shown::BalanceNumbers;
use crate::recipe::tag::Balance;
use crate::recipe::{Recipe, Tag};

/// What the strategy sections show, worked out once for every format.
pub(super) struct Strategy {
    /// Baking, cooking and untagged as rounded percentages; `None` when no
    /// ingredient is tagged or the total is zero.
    balance_line: Option<String>,
    /// The whole-recipe balance, for the advice and the JSON.
    balance: Balance,
    /// The decimals of the figures shown.
    decimals: u8,
    /// The advice, when the recipe has a profile.
    advice: Option<Advice>,
    /// The order check's warnings, in step order.
    order: Vec<OrderWarning>,
}

impl Strategy {
    pub(super) fn of(recipe: &Recipe, decimals: u8) -> Self {
        let balance = recipe.balance();
        let tagged = recipe.ingredients.iter().any(|i| i.tag.is_some());
        let advice = recipe.advice();
        // Each figure rounded on its own, the baking share as the verdict
        // below gives it (recipe::shown).
        let numbers = BalanceNumbers::of(&balance, decimals, advice.as_ref());
        let has_shares = recipe.shares().is_some();
        let balance_line = (tagged && has_shares).then(|| {
            let mut line = format!(
                "{} {} % · {} {} %",
                Tag::Baking.label(),
                numbers.baking,
                Tag::Cooking.label(),
                numbers.cooking
            );
            if balance.untagged > 0.0 {
                let _ = write!(line, " · untagged {} %", numbers.untagged);
            }
            line
        });
        Self {
            balance_line,
            balance,
            decimals,
            advice,
            order: recipe.order_warnings(),
        }
    }

    /// The order warnings about step `step` (counted from 0).
    fn warnings_of(&self, step: usize) -> impl Iterator<Item = &str> {
        self.order
            .iter()
            .filter(move |w| w.step == step)
            .map(|w| w.message.as_str())
    }

    /// The sections as plain text, each after a blank line.
    pub(super) fn text(&self, recipe: &Recipe, out: &mut String) {
        if let Some(line) = &self.balance_line {
            let _ = writeln!(out, "\n{line}");
        }
        if let Some(advice) = &self.advice {
            let _ = writeln!(
                out,
                "\nSuggested baking: {} — {}",
                range(advice),
                advice.verdict(self.balance.baking).as_str()
            );
            let _ = writeln!(
                out,
                "{}",
                advice.explain_with(self.balance.baking, self.decimals)
            );
            if advice.pushes.is_empty() {
                let _ = writeln!(out, "The profile is in the middle on every factor.");
            } else {
                let _ = writeln!(out, "Moved from {BASE_LOW_PCT}–{BASE_HIGH_PCT} % by:");
                for push in &advice.pushes {
                    let _ = writeln!(out, "  {}", push.describe());
                }
            }
        }
        if !recipe.steps.is_empty() {
            let _ = writeln!(out, "\nMethod:");
            let width = recipe.steps.len().to_string().len();
            let indent = " ".repeat(width + 3);
            for (i, step) in recipe.steps.iter().enumerate() {
                let _ = write!(out, " {:>width$}. {}", i + 1, terminal_safe(&step.title));
                let names = ingredient_list(&step.ingredients);
                if names.is_empty() {
                    let _ = writeln!(out);
                } else {
                    let _ = writeln!(out, " ({})", terminal_safe(&names));
                }
                for line in step.detail.lines().filter(|l| !l.trim().is_empty()) {
                    let _ = writeln!(out, "{indent}{}", terminal_safe(line.trim()));
                }
                for warning in self.warnings_of(i) {
                    let _ = writeln!(out, "{indent}warning: {}", terminal_safe(warning));
                }
            }
        }
    }

    /// The sections as Markdown, each after a blank line.
    pub(super) fn markdown(&self, recipe: &Recipe, out: &mut String) {
        if let Some(line) = &self.balance_line {
            let _ = writeln!(out, "\n**{line}**");
        }
        if let Some(advice) = &self.advice {
            let _ = writeln!(
                out,
                "\n### Advice\n\nSuggested baking: **{}** — {}.\n\n{}",
                range(advice),
                advice.verdict(self.balance.baking).as_str(),
                advice.explain_with(self.balance.baking, self.decimals)
            );
            if advice.pushes.is_empty() {
                let _ = writeln!(out, "\nThe profile is in the middle on every factor.");
            } else {
                let _ = writeln!(out, "\nMoved from {BASE_LOW_PCT}–{BASE_HIGH_PCT} % by:\n");
                for push in &advice.pushes {
                    let _ = writeln!(out, "- {}", push.describe());
                }
            }
        }
        if !recipe.steps.is_empty() {
            let _ = writeln!(out, "\n### Method\n");
            for (i, step) in recipe.steps.iter().enumerate() {
                let _ = write!(out, "{}. **{}**", i + 1, inline(&step.title));
                let names = ingredient_list(&step.ingredients);
                if !names.is_empty() {
                    let _ = write!(out, " — {}", inline(&names));
                }
                let _ = writeln!(out);
                let detail = inline(&step.detail);
                if !detail.trim().is_empty() {
                    let _ = writeln!(out, "   {}", detail.trim());
                }
                for warning in self.warnings_of(i) {
                    let _ = writeln!(out, "   - ⚠ warning: {}", inline(warning));
                }
            }
        }
    }

    /// The JSON fields a recipe in version 2 adds.
    pub(super) fn json(&self, recipe: &Recipe) -> JsonStrategy {
        JsonStrategy {
            balance: JsonBalance {
                baking: self.balance.baking,
                cooking: self.balance.cooking,
                untagged: self.balance.untagged,
            },
            advice: self.advice.as_ref().map(|advice| JsonAdvice {
                low: advice.low,
                high: advice.high,
                verdict: advice.verdict(self.balance.baking).as_str(),
            }),
            steps: recipe
                .steps
                .iter()
                .enumerate()
                .map(|(i, step)| JsonStep {
                    title: step.title.clone(),
                    detail: step.detail.clone(),
                    ingredients: step.ingredients.clone(),
                    warnings: self.warnings_of(i).map(str::to_owned).collect(),
                })
                .collect(),
        }
    }
}

/// The suggested range in whole percent: "60–80 %".
fn range(advice: &Advice) -> String {
    format!(
        "{}–{} %",
        (advice.low * 100.0).round(),
        (advice.high * 100.0).round()
    )
}

/// A step's ingredient names, as written, joined: "Metrics, Storytelling".
fn ingredient_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Text from a file made safe for one line of Markdown: no control
/// characters or line breaks, and the characters Markdown would read as
/// formatting escaped.
fn inline(text: &str) -> String {
    let mut out = String::new();
    for c in terminal_safe(text).chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The fields `summary --format json` adds for a recipe in version 2: a
/// contract for scripts, like the rest.
#[derive(Serialize)]
pub(super) struct JsonStrategy {
    /// Baking, cooking and untagged as fractions 0–1 of the whole.
    balance: JsonBalance,
    /// Left out when the recipe has no profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    advice: Option<JsonAdvice>,
    /// The method, in order; empty when there is none.
    steps: Vec<JsonStep>,
}

#[derive(Serialize)]
struct JsonBalance {
    baking: f64,
    cooking: f64,
    untagged: f64,
}

#[derive(Serialize)]
struct JsonAdvice {
    /// The suggested baking share's low end, 0–1.
    low: f64,
    /// Its high end, 0–1.
    high: f64,
    /// "under", "inside" or "over".
    verdict: &'static str,
}

#[derive(Serialize)]
struct JsonStep {
    title: String,
    /// Empty when the step has none.
    detail: String,
    /// The names as written in the step.
    ingredients: Vec<String>,
    /// The order check's messages about this step.
    warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::advice::{Level, Profile};
    use crate::recipe::{Colour, Ingredient, Step, Unit};

    fn recipe() -> Recipe {
        let ingredient = |name: &str, amount: f64, tag: Option<Tag>| Ingredient {
            tag,
            ..Ingredient::new(name, amount, Unit::Part, Colour::from_rgb(0, 0, 0))
        };
        Recipe {
            title: "Mix".to_owned(),
            ingredients: vec![
                ingredient("Metrics", 45.0, Some(Tag::Baking)),
                ingredient("Storytelling", 30.0, Some(Tag::Cooking)),
                ingredient("Speed", 25.0, None),
            ],
            profile: Some(Profile {
                personality: Level::High,
                ..Profile::default()
            }),
            steps: vec![
                Step {
                    title: "Tell *stories*".to_owned(),
                    detail: "Line one.\nLine two.".to_owned(),
                    ingredients: vec!["Storytelling".to_owned()],
                },
                Step {
                    title: "Measure".to_owned(),
                    detail: String::new(),
                    ingredients: vec!["Metrics".to_owned(), " ".to_owned()],
                },
            ],
            ..Recipe::default()
        }
    }

    #[test]
    fn text_shows_balance_advice_and_method() {
        let r = recipe();
        let mut out = String::new();
        Strategy::of(&r, 1).text(&r, &mut out);
        assert_eq!(
            out,
            "\nBaking 45.0 % · Cooking 30.0 % · untagged 25.0 %\n\
             \nSuggested baking: 45–65 % — inside\n\
             Baking is 45.0 % of the mix, inside the suggested 45–65 %.\n\
             Moved from 40–60 % by:\n  Formal brand personality: +5 points\n\
             \nMethod:\n 1. Tell *stories* (Storytelling)\n    Line one.\n    Line two.\n\
             \u{20}   warning: bake before you cook: step 1 uses Storytelling (cooking) before \
             step 2 builds Metrics (baking)\n 2. Measure (Metrics)\n"
        );
    }

    #[test]
    fn markdown_escapes_what_it_quotes() {
        let r = recipe();
        let mut out = String::new();
        Strategy::of(&r, 2).markdown(&r, &mut out);
        assert!(out.starts_with("\n**Baking 45.00 % · Cooking 30.00 % · untagged 25.00 %**\n"));
        assert!(out.contains("1. **Tell \\*stories\\*** — Storytelling\n   Line one. Line two.\n"));
        assert!(
            out.contains("   - ⚠ warning: bake before you cook: step 1"),
            "{out}"
        );
        assert!(
            out.contains("- Formal brand personality: +5 points\n"),
            "{out}"
        );
    }

    #[test]
    fn nothing_to_show_shows_nothing() {
        let mut r = recipe();
        r.profile = None;
        r.steps.clear();
        r.ingredients.iter_mut().for_each(|i| i.tag = None);
        let mut out = String::new();
        let strategy = Strategy::of(&r, 2);
        strategy.text(&r, &mut out);
        strategy.markdown(&r, &mut out);
        assert_eq!(out, "");
    }

    #[test]
    fn untagged_is_left_out_when_everything_is_tagged() {
        let mut r = recipe();
        r.ingredients.truncate(2);
        let line = Strategy::of(&r, 0).balance_line;
        assert_eq!(line.as_deref(), Some("Baking 60 % · Cooking 40 %"));
        // A zero total has no balance to show.
        r.ingredients.iter_mut().for_each(|i| i.amount = 0.0);
        assert_eq!(Strategy::of(&r, 0).balance_line, None);
    }

    #[test]
    fn a_profile_in_the_middle_says_so() {
        let mut r = recipe();
        r.profile = Some(Profile::default());
        let mut out = String::new();
        Strategy::of(&r, 2).text(&r, &mut out);
        assert!(out.contains("40–60 % — inside\n"), "{out}");
        assert!(out.contains("in the middle on every factor"), "{out}");
        assert!(!out.contains("Moved from"), "{out}");
    }
}
