//! The limits every recipe file keeps, for files from strangers: size,
//! counts, text lengths and amounts; and the check of a whole recipe.

use crate::recipe::Recipe;

/// A file over this size is refused before it is parsed.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The most ingredients one recipe may have.
pub const MAX_INGREDIENTS: usize = 1000;
/// The longest ingredient name or recipe title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note or author, in characters.
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
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(format!(
            "{what} is {chars} characters long, over the limit of {MAX_NAME_CHARS}"
        ));
    }
    Ok(())
}

pub(super) fn check_text(text: &str, what: &str) -> Result<(), String> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(format!(
            "{what} is {chars} characters long, over the limit of {MAX_TEXT_CHARS}"
        ));
    }
    Ok(())
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
