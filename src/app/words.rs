//! The core's words in the window's language: tags, library groups, profile
//! factors and levels, units, the advice and the order check. The core
//! keeps its English texts for the command line; the window words the same
//! parts through the catalogue instead.

use crate::app::theme::ThemeChoice;
use crate::app::ui_state::EditorTab;
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::advice::{Advice, Factor, Level, Push, Verdict};
use crate::recipe::library::Group;
use crate::recipe::method::{OrderWarning, Rule};
use crate::recipe::{Ingredient, RecipeError, Tag, Unit, UnitSystem, human_amount};

/// "Baking" or "Cooking", as a label.
pub fn tag_label(lang: Lang, tag: Tag) -> String {
    tr(
        lang,
        match tag {
            Tag::Baking => "tag-baking",
            Tag::Cooking => "tag-cooking",
        },
    )
}

/// "baking" or "cooking", inside a sentence.
pub fn tag_lower(lang: Lang, tag: Tag) -> String {
    tr(
        lang,
        match tag {
            Tag::Baking => "tag-baking-lower",
            Tag::Cooking => "tag-cooking-lower",
        },
    )
}

/// What a tag means, for a tooltip.
pub fn tag_meaning(lang: Lang, tag: Tag) -> String {
    tr(
        lang,
        match tag {
            Tag::Baking => "tag-baking-meaning",
            Tag::Cooking => "tag-cooking-meaning",
        },
    )
}

/// A library section's heading.
pub fn group_label(lang: Lang, group: Group) -> String {
    tr(
        lang,
        match group {
            Group::Base => "group-base",
            Group::Baking => "group-baking",
            Group::Cooking => "group-cooking",
            Group::More => "group-more",
        },
    )
}

/// The catalogue's name for a factor, used in its keys.
fn factor_id(factor: Factor) -> &'static str {
    match factor {
        Factor::Personality => "personality",
        Factor::Products => "products",
        Factor::Size => "size",
        Factor::Industry => "industry",
    }
}

/// A profile factor's name.
pub fn factor_label(lang: Lang, factor: Factor) -> String {
    tr(lang, &format!("factor-{}", factor_id(factor)))
}

/// Why a factor matters, for a tooltip.
pub fn factor_hint(lang: Lang, factor: Factor) -> String {
    tr(lang, &format!("factor-{}-hint", factor_id(factor)))
}

/// What a level means for a factor, e.g. "Very formal".
pub fn level_label(lang: Lang, factor: Factor, level: Level) -> String {
    let level = match level {
        Level::VeryLow => "very-low",
        Level::Low => "low",
        Level::Middle => "middle",
        Level::High => "high",
        Level::VeryHigh => "very-high",
    };
    tr(lang, &format!("factor-{}-{level}", factor_id(factor)))
}

/// How one factor moved the range, e.g. "Formal brand personality: +5
/// points".
pub fn push_text(lang: Lang, push: &Push) -> String {
    let level = match push.level {
        Level::VeryLow => "very-low",
        Level::Low => "low",
        Level::Middle => "middle",
        Level::High => "high",
        Level::VeryHigh => "very-high",
    };
    let reason = tr(lang, &format!("push-{}-{level}", factor_id(push.factor)));
    let points = format!("{:+}", push.points);
    tr_args(
        lang,
        "advice-push",
        &[
            ("reason", Arg::Text(&reason)),
            ("points", Arg::Text(&points)),
            ("count", Arg::Number(f64::from(push.points.abs()))),
        ],
    )
}

/// "under", "inside" or "over".
pub fn verdict_word(lang: Lang, verdict: Verdict) -> String {
    tr(
        lang,
        match verdict {
            Verdict::Under => "verdict-under",
            Verdict::Inside => "verdict-inside",
            Verdict::Over => "verdict-over",
        },
    )
}

/// The advice's sentence: where the baking share stands and, outside the
/// range, the least change that brings it inside; the share at `decimals`,
/// as the balance beside it writes it.
pub fn advice_sentence(lang: Lang, advice: &Advice, baking_share: f64, decimals: u8) -> String {
    let figures = advice.figures_with(baking_share, decimals);
    let key = match figures.verdict {
        Verdict::Inside => "advice-inside",
        Verdict::Under => "advice-under",
        Verdict::Over => "advice-over",
    };
    let gap = figures.gap.unwrap_or_default();
    let count = gap.parse::<f64>().unwrap_or_default();
    // The figures in the window's number format ("49,0" in es and de).
    let [share, low, high, gap] =
        [&figures.share, &figures.low, &figures.high, &gap].map(|f| number::localise(lang, f));
    tr_args(
        lang,
        key,
        &[
            ("share", Arg::Text(&share)),
            ("low", Arg::Text(&low)),
            ("high", Arg::Text(&high)),
            ("gap", Arg::Text(&gap)),
            ("count", Arg::Number(count)),
        ],
    )
}

/// An order rule's short name.
pub fn rule_name(lang: Lang, rule: Rule) -> String {
    tr(
        lang,
        match rule {
            Rule::BakeBeforeCook => "rule-bake-before-cook",
            Rule::CleanDataBeforePersonalising => "rule-clean-data",
        },
    )
}

/// Why an order rule holds, for a tooltip.
pub fn rule_explanation(lang: Lang, rule: Rule) -> String {
    tr(
        lang,
        match rule {
            Rule::BakeBeforeCook => "rule-bake-before-cook-why",
            Rule::CleanDataBeforePersonalising => "rule-clean-data-why",
        },
    )
}

/// An order warning in words, steps counted from 1.
pub fn warning_text(lang: Lang, warning: &OrderWarning) -> String {
    let key = match warning.rule {
        Rule::BakeBeforeCook => "warning-bake-before-cook",
        Rule::CleanDataBeforePersonalising => "warning-clean-data",
    };
    let rule = rule_name(lang, warning.rule);
    tr_args(
        lang,
        key,
        &[
            ("rule", Arg::Text(&rule)),
            ("step", Arg::from(warning.step + 1)),
            ("waits", Arg::Text(&warning.waits)),
            ("later", Arg::from(warning.later_step + 1)),
            ("first", Arg::Text(&warning.first)),
        ],
    )
}

/// The catalogue's name for a unit, used in its keys.
fn unit_id(unit: Unit) -> &'static str {
    match unit {
        Unit::Part => "part",
        Unit::Millilitre => "ml",
        Unit::Cc => "cc",
        Unit::Litre => "litre",
        Unit::MetricTeaspoon => "teaspoon",
        Unit::MetricTablespoon => "tablespoon",
        Unit::MetricCup => "cup",
        Unit::UsTeaspoon => "us-teaspoon",
        Unit::UsTablespoon => "us-tablespoon",
        Unit::UsCup => "us-cup",
    }
}

/// A unit's name for `amount` of it ("1 cup", "2 cups").
pub fn unit_label(lang: Lang, unit: Unit, amount: f64) -> String {
    tr_args(
        lang,
        &format!("unit-{}", unit_id(unit)),
        &[("count", Arg::Number(amount))],
    )
}

/// An amount with its unit, and its size in millilitres for a kitchen
/// volume other than ml itself: "2 cups (500 ml)".
pub fn amount_text(lang: Lang, ing: &Ingredient) -> String {
    let mut text = format!(
        "{} {}",
        human_amount(ing.amount),
        unit_label(lang, ing.unit, ing.amount)
    );
    if let Some(ml) = ing.amount_ml()
        && ing.unit != Unit::Millilitre
        && ing.unit != Unit::Cc
    {
        text.push_str(&format!(" ({} ml)", human_amount(ml)));
    }
    text
}

/// An editor tab's name.
pub fn tab_label(lang: Lang, tab: EditorTab) -> String {
    tr(
        lang,
        match tab {
            EditorTab::Ingredients => "tab-ingredients",
            EditorTab::Method => "tab-method",
            EditorTab::Profile => "tab-profile",
            EditorTab::Notes => "tab-notes",
        },
    )
}

/// A theme's name.
pub fn theme_label(lang: Lang, theme: ThemeChoice) -> String {
    tr(
        lang,
        match theme {
            ThemeChoice::Light => "theme-light",
            ThemeChoice::Dark => "theme-dark",
            ThemeChoice::HighContrast => "theme-high-contrast",
        },
    )
}

/// The start of `text`, at most `max_chars` characters, with "…" where it
/// was cut: what a tooltip or an accessible name shows of a long note.
pub fn preview(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => {
            let cut = text.get(..at).unwrap_or(text);
            std::borrow::Cow::Owned(format!("{}…", cut.trim_end()))
        }
    }
}

/// An ingredient's name for people: its own, or "ingredient 3" for an
/// unnamed one (`i` counted from 0).
pub fn ingredient_name(lang: Lang, i: usize, name: &str) -> String {
    if name.is_empty() {
        tr_args(lang, "ingredient-unnamed", &[("number", Arg::from(i + 1))])
    } else {
        name.to_owned()
    }
}

/// A recipe's title as written, or what stands for a blank one.
pub fn title_or_untitled(lang: Lang, title: &str) -> String {
    if title.trim().is_empty() {
        tr(lang, "recipe-untitled")
    } else {
        title.to_owned()
    }
}

/// A recipe error in words, as the core's message is: lower case first,
/// no full stop (the banner makes a sentence of it).
pub fn recipe_error(lang: Lang, error: &RecipeError) -> String {
    match error {
        RecipeError::MixedUnits { part, volume } => tr_args(
            lang,
            "error-mixed-units",
            &[("part", Arg::Text(part)), ("volume", Arg::Text(volume))],
        ),
        RecipeError::WrongSystem { unit, system } => {
            let system = match *system {
                s if s == UnitSystem::Volume.label() => tr(lang, "system-volume"),
                _ => tr(lang, "system-parts"),
            };
            let unit = unit_label(lang, *unit, 1.0);
            tr_args(
                lang,
                "error-wrong-system",
                &[("unit", Arg::Text(&unit)), ("system", Arg::Text(&system))],
            )
        }
        RecipeError::BadAmount(amount) => {
            let amount = amount.to_string();
            tr_args(lang, "error-bad-amount", &[("amount", Arg::Text(&amount))])
        }
        RecipeError::NoSuchIngredient(n) => tr_args(
            lang,
            "error-no-such-ingredient",
            &[("number", Arg::from(*n))],
        ),
        RecipeError::TooLarge {
            name,
            amount,
            unit,
            limit,
        } => {
            let (amount, limit) = (format!("{amount:e}"), format!("{limit:e}"));
            let unit = unit_label(lang, *unit, 1.0);
            tr_args(
                lang,
                "error-too-large",
                &[
                    ("name", Arg::Text(name)),
                    ("amount", Arg::Text(&amount)),
                    ("unit", Arg::Text(&unit)),
                    ("limit", Arg::Text(&limit)),
                ],
            )
        }
        RecipeError::TooSmall { name, unit } => {
            let unit = unit_label(lang, *unit, 1.0);
            tr_args(
                lang,
                "error-too-small",
                &[("name", Arg::Text(name)), ("unit", Arg::Text(&unit))],
            )
        }
        RecipeError::ZeroTotal => tr(lang, "error-zero-total"),
        RecipeError::AllOthersLocked => tr(lang, "error-all-others-locked"),
    }
}
