//! The limits every recipe file keeps, for files from strangers: size,
//! counts, text lengths and amounts; and the check of a whole recipe.
//!
//! The reader and the writer keep the same limits, so that whatever is
//! written can be read back: [`validate`] checks the fields, and the writer
//! checks the size of the text it would write ([`check_written_size`]).
//! An editor that limits what is typed uses the same constants:
//! [`MAX_NAME_CHARS`] for a one-line name, [`MAX_TEXT_CHARS`] for a longer
//! text. Those alone do not keep a recipe within [`MAX_FILE_BYTES`] (a
//! thousand notes at their limit are far more), so the writer's check of the
//! total stays the last word.

use crate::recipe::Recipe;

/// The largest recipe file, in bytes (1 MiB): a file over it is refused
/// before it is parsed, and a recipe whose text would be larger is not
/// written. Characters outside ASCII take 2–4 bytes, and quotes,
/// backslashes, line breaks and combining marks are written as escapes
/// (`\"`, `\n`, `\u{301}`), so a text's size in a file can be several
/// times its length in characters.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most ingredients one recipe may have.
pub const MAX_INGREDIENTS: usize = 1000;
/// The longest one-line name, in characters (Unicode scalar values, as
/// `str::chars` counts them): the recipe's title, an ingredient's name, a
/// step's title, and each ingredient name a step lists.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest free text, in characters (as `str::chars` counts them): the
/// recipe's notes, its author, an ingredient's note, a step's detail.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The most method steps one recipe may have.
pub const MAX_STEPS: usize = 200;
/// The largest amount, in any unit: far beyond any real recipe, and small
/// enough that a thousand of them still add up to a finite total.
pub const MAX_AMOUNT: f64 = 1e12;

/// Checks the rules every recipe file keeps: the limits, finite amounts of 0
/// or more, and one unit system.
///
/// # Errors
/// A message naming the ingredient and the limit it breaks.
pub fn validate(recipe: &Recipe) -> Result<(), String> {
    check_name(&recipe.title, "the title")?;
    check_text(&recipe.author, "the author")?;
    check_text(&recipe.notes, "the notes")?;
    if recipe.ingredients.len() > MAX_INGREDIENTS {
        return Err(too_many(recipe.ingredients.len()));
    }
    for (i, ing) in recipe.ingredients.iter().enumerate() {
        let which = format!("ingredient {} ({:?})", i + 1, ing.name);
        check_name(&ing.name, &which)?;
        check_amount(ing.amount).map_err(|e| format!("{which}: {e}"))?;
        check_text(&ing.note, &format!("the note of {which}"))?;
    }
    recipe.unit_system().map_err(|e| e.to_string())?;
    if let Some(budget) = recipe.budget {
        check_amount(budget).map_err(|e| format!("the budget: {e}"))?;
        if budget <= 0.0 {
            return Err("the budget must be more than 0 points".to_owned());
        }
    }
    if recipe.steps.len() > MAX_STEPS {
        return Err(format!(
            "the recipe has {} steps, over the limit of {MAX_STEPS}",
            recipe.steps.len()
        ));
    }
    for (i, step) in recipe.steps.iter().enumerate() {
        let which = format!("step {}", i + 1);
        check_name(&step.title, &format!("the title of {which}"))?;
        check_text(&step.detail, &format!("the detail of {which}"))?;
        if step.ingredients.len() > MAX_INGREDIENTS {
            return Err(format!(
                "{which} names {} ingredients, over the limit of {MAX_INGREDIENTS}",
                step.ingredients.len()
            ));
        }
        for name in &step.ingredients {
            check_name(name, &format!("an ingredient of {which}"))?;
        }
    }
    Ok(())
}

pub(super) fn check_name(name: &str, what: &str) -> Result<(), String> {
    check_chars(name, what, MAX_NAME_CHARS)
}

pub(super) fn check_text(text: &str, what: &str) -> Result<(), String> {
    check_chars(text, what, MAX_TEXT_CHARS)
}

fn check_chars(text: &str, what: &str, limit: usize) -> Result<(), String> {
    let chars = text.chars().count();
    if chars > limit {
        return Err(format!(
            "{what} is {} characters long, over the limit of {}",
            grouped(chars as u64),
            grouped(limit as u64)
        ));
    }
    Ok(())
}

/// Checks the size of a recipe's text as written (`bytes`), against
/// [`MAX_FILE_BYTES`]: a file the reader would refuse is not written.
///
/// # Errors
/// A message with the size, the limit, and the text that takes the most
/// room, e.g. "the recipe would be 1,176,713 bytes as a file, over the limit
/// of 1,048,576 bytes (1 MiB); its largest text is the detail of step 3
/// (196,002 bytes written out): shorten it".
pub(super) fn check_written_size(recipe: &Recipe, bytes: usize) -> Result<(), String> {
    if bytes as u64 <= MAX_FILE_BYTES {
        return Ok(());
    }
    let mut message = format!(
        "the recipe would be {} bytes as a file, over the limit of {} bytes (1 MiB)",
        grouped(bytes as u64),
        grouped(MAX_FILE_BYTES)
    );
    if let Some((what, size)) = largest_text(recipe) {
        message.push_str(&format!(
            "; its largest text is {what} ({} bytes written out): shorten it",
            grouped(size as u64)
        ));
    }
    Err(message)
}

/// The text of a recipe that takes the most bytes in its file, named as the
/// messages name it, with those bytes. Only for the message: it names every
/// field to find the largest.
fn largest_text(recipe: &Recipe) -> Option<(String, usize)> {
    let mut texts: Vec<(String, &str)> = vec![
        ("the title".to_owned(), &recipe.title),
        ("the author".to_owned(), &recipe.author),
        ("the notes".to_owned(), &recipe.notes),
    ];
    for (i, ing) in recipe.ingredients.iter().enumerate() {
        let which = format!("ingredient {} ({:?})", i + 1, ing.name);
        texts.push((format!("the name of {which}"), &ing.name));
        texts.push((format!("the note of {which}"), &ing.note));
    }
    for (i, step) in recipe.steps.iter().enumerate() {
        texts.push((format!("the title of step {}", i + 1), &step.title));
        texts.push((format!("the detail of step {}", i + 1), &step.detail));
    }
    texts
        .into_iter()
        .map(|(what, text)| (what, written_len(text)))
        .filter(|(_, size)| *size > 0)
        // The first of equals: `max_by_key` would keep the last.
        .rev()
        .max_by_key(|(_, size)| *size)
}

/// The bytes a text takes between the quotes of a file: RON writes it with
/// `char::escape_debug`, so quotes and backslashes take two bytes, a line
/// break two, a combining mark or an invisible character up to ten.
fn written_len(text: &str) -> usize {
    text.chars()
        .flat_map(char::escape_debug)
        .map(char::len_utf8)
        .sum()
}

/// A count with its thousands grouped for reading: 1,048,576.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

pub(super) fn check_amount(amount: f64) -> Result<(), String> {
    if amount.is_nan() {
        Err("expected an amount of 0 or more, found NaN (not a number)".to_owned())
    } else if amount.is_infinite() {
        Err("expected a finite amount, found infinity".to_owned())
    } else if amount < 0.0 {
        Err(format!("expected an amount of 0 or more, found {amount}"))
    } else if amount > MAX_AMOUNT {
        Err(format!(
            "the amount {amount} is over the limit of {MAX_AMOUNT:e} for one ingredient"
        ))
    } else {
        Ok(())
    }
}

fn too_many(count: usize) -> String {
    format!("the recipe has {count} ingredients, over the limit of {MAX_INGREDIENTS}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::Step;

    #[test]
    fn counts_are_grouped_in_thousands() {
        let shown: Vec<String> = [0, 7, 999, 1000, 65_536, 1_048_576, 12_345_678]
            .map(grouped)
            .into();
        assert_eq!(
            shown,
            [
                "0",
                "7",
                "999",
                "1,000",
                "65,536",
                "1,048,576",
                "12,345,678"
            ]
        );
    }

    #[test]
    fn a_texts_written_size_is_what_ron_writes() {
        for text in [
            "",
            "plain",
            "\"quoted\"",
            "a\\b\n\t\r",
            "e\u{301}",
            "中文😀",
            "\u{7}\u{fffe}",
        ] {
            let written = ron::to_string(text).unwrap();
            assert_eq!(written_len(text) + 2, written.len(), "{text:?} → {written}");
        }
    }

    #[test]
    fn the_largest_text_is_named_the_first_of_equals() {
        let mut recipe = Recipe {
            notes: "n".repeat(10),
            ..Recipe::default()
        };
        recipe.steps = vec![
            Step {
                detail: "\"".repeat(10),
                ..Step::default()
            },
            Step {
                detail: "\"".repeat(10),
                ..Step::default()
            },
        ];
        assert_eq!(
            largest_text(&recipe),
            Some(("the detail of step 1".to_owned(), 20))
        );
        assert_eq!(largest_text(&Recipe::default()), None);
        assert!(check_written_size(&recipe, 1_048_576).is_ok());
        let e = check_written_size(&recipe, 1_048_577).unwrap_err();
        assert_eq!(
            e,
            "the recipe would be 1,048,577 bytes as a file, over the limit of 1,048,576 \
             bytes (1 MiB); its largest text is the detail of step 1 (20 bytes written \
             out): shorten it"
        );
    }
}
