//! The recipe as text for an email body (the window's Edit ▸ Copy summary):
//! the title, the Markdown table, the same shares as text bars for mail
//! programs that show plain text, then the baking/cooking balance and the
//! advice's verdict, one line each, in the window's language. Pure: the
//! window puts it on the clipboard. Here, beside the catalogues, as its
//! words are theirs: `recipe/` uses nothing of them.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr as _;

use super::{Arg, Lang, number, tr, tr_args};
use crate::recipe::Recipe;
use crate::recipe::advice::Verdict;
use crate::recipe::report::terminal_safe;
use crate::recipe::shown::BalanceNumbers;
use crate::recipe::table_text::{TableWords, rows, share_cell};

/// Cells in a text bar: each one is a tenth of the whole.
pub const BAR_CELLS: usize = 10;

/// Names longer than this many columns are cut with "…" in the bars, so
/// one long name does not push every bar off the line.
pub const NAME_MAX_COLUMNS: usize = 30;

/// The summary of `recipe` in `lang`, percentages rounded to `decimals`,
/// numbers in the language's format ("24,8 %" in Spanish and German).
pub fn copy_summary(recipe: &Recipe, decimals: u8, lang: Lang) -> String {
    // An email line is one line: a name with a line break would split a
    // table row, so every name is made one line first.
    let mut recipe = recipe.clone();
    for ingredient in &mut recipe.ingredients {
        ingredient.name = terminal_safe(&ingredient.name);
    }
    let title = if recipe.title.trim().is_empty() {
        tr(lang, "export-copy-untitled")
    } else {
        terminal_safe(&recipe.title)
    };
    let words = TableWords {
        ingredient: tr(lang, "export-table-ingredient"),
        amount: tr(lang, "export-table-amount"),
        unit: tr(lang, "export-table-unit"),
        share: tr(lang, "export-table-share"),
        total: tr(lang, "export-table-total"),
    };
    let mut out = format!("{title}\n\n");
    out.push_str(&super::table_text::markdown_table_in(
        &recipe, decimals, &words, lang,
    ));
    out.push('\n');
    let bars: Vec<(String, Option<f64>, String)> = rows(&recipe, decimals)
        .into_iter()
        .map(|r| {
            let percent = number::localise(lang, &share_cell(r.shown.as_deref()));
            (r.name, r.share, percent)
        })
        .collect();
    out.push_str(&bar_lines(&bars));
    let strategy = [
        balance_line(&recipe, decimals, lang),
        advice_line(&recipe, lang),
    ];
    if strategy.iter().any(Option::is_some) {
        out.push('\n');
    }
    for line in strategy.into_iter().flatten() {
        let _ = writeln!(out, "{line}");
    }
    out
}

/// One line per ingredient: the name padded to the longest, a bar of
/// [`BAR_CELLS`] cells (█ filled, ░ empty; each cell a tenth, rounded) and
/// the percentage, right-aligned. Widths count terminal columns, so names
/// in wide scripts line up in a monospace font too.
pub fn bar_lines(rows: &[(String, Option<f64>, String)]) -> String {
    let names: Vec<String> = rows.iter().map(|(name, ..)| fit(name)).collect();
    let name_width = names.iter().map(|n| n.width()).max().unwrap_or(0);
    let percent_width = rows.iter().map(|(.., p)| p.width()).max().unwrap_or(0);
    let mut out = String::new();
    for (name, (_, share, percent)) in names.iter().zip(rows) {
        let filled = filled_cells(share.unwrap_or(0.0));
        let name_pad = " ".repeat(name_width.saturating_sub(name.width()));
        let percent_pad = " ".repeat(percent_width.saturating_sub(percent.width()));
        let _ = writeln!(
            out,
            "{name}{name_pad}  {}{}  {percent_pad}{percent}",
            "█".repeat(filled),
            "░".repeat(BAR_CELLS - filled)
        );
    }
    out
}

/// The filled cells for a share 0–1: the nearest tenth, halves up.
fn filled_cells(share: f64) -> usize {
    let cells = (share.clamp(0.0, 1.0) * BAR_CELLS as f64).round();
    // In 0..=10 after the clamp; NaN clamps to NaN, which `as` makes 0.
    (cells as usize).min(BAR_CELLS)
}

/// A name cut to [`NAME_MAX_COLUMNS`] columns, with "…" where it was cut.
fn fit(name: &str) -> String {
    if name.width() <= NAME_MAX_COLUMNS {
        return name.to_owned();
    }
    let mut out = String::new();
    for c in name.chars() {
        let next = format!("{out}{c}");
        if next.width() + 1 > NAME_MAX_COLUMNS {
            break;
        }
        out = next;
    }
    out.push('…');
    out
}

/// "Baking 60.0 % · Cooking 12.4 % · untagged 27.6 %"; `None` when no
/// ingredient is tagged or the total is zero.
pub fn balance_line(recipe: &Recipe, decimals: u8, lang: Lang) -> Option<String> {
    recipe.shares()?;
    if !recipe.ingredients.iter().any(|i| i.tag.is_some()) {
        return None;
    }
    let b = recipe.balance();
    let numbers = BalanceNumbers::of(&b, decimals, recipe.advice().as_ref());
    let shown = |n: &str| number::localise(lang, &format!("{n} %"));
    let (baking, cooking, untagged) = (
        shown(&numbers.baking),
        shown(&numbers.cooking),
        shown(&numbers.untagged),
    );
    let mut args = vec![
        ("baking", Arg::from(&baking)),
        ("cooking", Arg::from(&cooking)),
    ];
    let key = if b.untagged > 0.0 {
        args.push(("untagged", Arg::from(&untagged)));
        "export-copy-balance-untagged"
    } else {
        "export-copy-balance"
    };
    Some(tr_args(lang, key, &args))
}

/// "Suggested baking: 60–80 % — inside"; `None` without a profile.
pub fn advice_line(recipe: &Recipe, lang: Lang) -> Option<String> {
    let advice = recipe.advice()?;
    let range = format!(
        "{}–{} %",
        (advice.low * 100.0).round(),
        (advice.high * 100.0).round()
    );
    let verdict = tr(
        lang,
        match advice.verdict(recipe.balance().baking) {
            Verdict::Under => "export-verdict-under",
            Verdict::Inside => "export-verdict-inside",
            Verdict::Over => "export-verdict-over",
        },
    );
    Some(tr_args(
        lang,
        "export-copy-advice",
        &[
            ("range", Arg::from(&range)),
            ("verdict", Arg::from(&verdict)),
        ],
    ))
}

#[cfg(test)]
#[path = "summary_text_tests.rs"]
mod tests;
