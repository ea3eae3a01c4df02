//! A participant's answer: the request body (JSON) checked field by field,
//! then made into a recipe that goes through the file format's own
//! validation, writer and parser — what is stored is exactly what any
//! recipe file from a stranger would have to be.

use cx_recipe_core::recipe::{Ingredient, Recipe, Unit, format};
use serde::Deserialize;

use crate::code::Token;
use crate::config::Mode;
use crate::questions::Questions;

/// The longest participant name, in characters.
pub const MAX_PARTICIPANT_NAME_CHARS: usize = 60;
/// Rounding noise allowed when the points add up to the budget.
const SLACK: f64 = 1e-9;

/// The body of `POST /CODE/answer`; any other field is refused.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerIn {
    token: String,
    #[serde(default)]
    name: String,
    amounts: Vec<f64>,
}

/// A checked answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// Who sent it; the same token replaces its earlier answer.
    pub token: Token,
    /// The participant's name, cleaned; empty when none was given.
    pub name: String,
    /// The recipe file's bytes (canonical, already parsed back).
    pub file: Vec<u8>,
}

/// Why an answer was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// Not the JSON of an answer, or a bad token.
    Malformed,
    /// The amounts do not fit the question (count, range, budget, all 0).
    Amounts,
}

/// Checks a request body and makes the answer's recipe file.
///
/// # Errors
/// [`Invalid`] saying what was wrong, never echoing the body.
pub fn parse(body: &[u8], questions: &Questions) -> Result<Answer, Invalid> {
    let input: AnswerIn = serde_json::from_slice(body).map_err(|_| Invalid::Malformed)?;
    let token = Token::parse(&input.token).ok_or(Invalid::Malformed)?;
    let name = clean_name(&input.name);
    check_amounts(&input.amounts, questions)?;
    let recipe = to_recipe(questions, &name, &input.amounts);
    // The writer validates (the limits every file keeps); the parser reads
    // the bytes back as it reads any file.
    let text = format::to_ron(&recipe).map_err(|_| Invalid::Amounts)?;
    format::parse(text.as_bytes(), "answer").map_err(|_| Invalid::Amounts)?;
    Ok(Answer {
        token,
        name,
        file: text.into_bytes(),
    })
}

fn check_amounts(amounts: &[f64], questions: &Questions) -> Result<(), Invalid> {
    if amounts.len() != questions.items.len() {
        return Err(Invalid::Amounts);
    }
    let max = f64::from(questions.mode.max_amount());
    if amounts
        .iter()
        .any(|a| !a.is_finite() || *a < 0.0 || *a > max)
    {
        return Err(Invalid::Amounts);
    }
    let total: f64 = amounts.iter().sum();
    if total <= 0.0 {
        return Err(Invalid::Amounts);
    }
    if let Mode::Points(points) = questions.mode
        && total > f64::from(points) * (1.0 + SLACK)
    {
        return Err(Invalid::Amounts);
    }
    Ok(())
}

/// A name as text to keep: no control or bidirectional-override
/// characters (which could disguise another name in a list), spaces
/// collapsed, at most [`MAX_PARTICIPANT_NAME_CHARS`] characters. Markup is
/// kept as the characters it is: every place that shows a name shows text.
pub fn clean_name(name: &str) -> String {
    let kept: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .filter(|c| !is_bidi_control(*c))
        .collect();
    kept.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_PARTICIPANT_NAME_CHARS)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The answer as a recipe in parts: the room's title (and the name), the
/// author, each ingredient's name, colour and tag, and the budget.
fn to_recipe(questions: &Questions, name: &str, amounts: &[f64]) -> Recipe {
    let title = if name.is_empty() {
        questions.title.clone()
    } else {
        let room: String = questions
            .title
            .chars()
            .take(format::MAX_NAME_CHARS - MAX_PARTICIPANT_NAME_CHARS - 3)
            .collect();
        format!("{room} — {name}")
    };
    Recipe {
        title,
        author: name.to_owned(),
        ingredients: questions
            .items
            .iter()
            .zip(amounts)
            .map(|(q, &amount)| Ingredient {
                tag: q.tag,
                ..Ingredient::new(q.name.clone(), amount, Unit::Part, q.colour)
            })
            .collect(),
        budget: match questions.mode {
            Mode::Points(points) => Some(f64::from(points)),
            Mode::Free => None,
        },
        ..Recipe::default()
    }
}

#[cfg(test)]
mod tests {
    use cx_recipe_core::recipe::{Tag, palette_colour};

    use super::*;

    const TOKEN: &str = "0123456789abcdef0123456789abcdef";

    fn questions(mode: Mode) -> Questions {
        let mut recipe = Recipe {
            title: "Ideal CX".to_owned(),
            ..Recipe::default()
        };
        for (i, name) in ["Efficiency", "Speed", "Culture"].iter().enumerate() {
            recipe
                .ingredients
                .push(Ingredient::new(*name, 5.0, Unit::Litre, palette_colour(i)));
        }
        recipe.ingredients[0].tag = Some(Tag::Baking);
        Questions::new(&recipe, mode).unwrap()
    }

    fn body(name: &str, amounts: &[f64]) -> Vec<u8> {
        serde_json::json!({ "token": TOKEN, "name": name, "amounts": amounts })
            .to_string()
            .into_bytes()
    }

    #[test]
    fn an_answer_becomes_a_recipe_file_in_parts_with_the_budget() {
        let q = questions(Mode::default());
        let answer = parse(&body("  Ann \n", &[50.0, 30.0, 20.0]), &q).unwrap();
        assert_eq!(answer.name, "Ann");
        let recipe = format::parse(&answer.file, "a").unwrap();
        assert_eq!(recipe.title, "Ideal CX — Ann");
        assert_eq!(recipe.author, "Ann");
        assert_eq!(recipe.budget, Some(100.0));
        assert!(recipe.ingredients.iter().all(|i| i.unit == Unit::Part));
        let amounts: Vec<f64> = recipe.ingredients.iter().map(|i| i.amount).collect();
        assert_eq!(amounts, [50.0, 30.0, 20.0]);
        assert_eq!(recipe.ingredients[0].tag, Some(Tag::Baking));
        // Points left over are allowed; free amounts carry no budget.
        assert!(parse(&body("", &[10.0, 0.0, 0.0]), &q).is_ok());
        let free = parse(&body("", &[100.0, 100.0, 3.0]), &questions(Mode::Free)).unwrap();
        let free = format::parse(&free.file, "f").unwrap();
        assert_eq!((free.budget, free.title.as_str()), (None, "Ideal CX"));
    }

    #[test]
    fn amounts_that_do_not_fit_the_question_are_refused() {
        let q = questions(Mode::Points(100));
        for amounts in [
            &[50.0, 50.0][..],
            &[50.0, 50.0, 1.0, 0.0],
            &[-1.0, 50.0, 50.0],
            &[0.0, 0.0, 0.0],
            &[60.0, 30.0, 20.0],
            &[101.0, 0.0, 0.0],
        ] {
            assert_eq!(
                parse(&body("", amounts), &q),
                Err(Invalid::Amounts),
                "{amounts:?}"
            );
        }
        assert_eq!(
            parse(&body("", &[101.0, 0.0, 0.0]), &questions(Mode::Free)),
            Err(Invalid::Amounts)
        );
    }

    #[test]
    fn malformed_bodies_are_refused_without_detail() {
        let q = questions(Mode::default());
        for bad in [
            &b""[..],
            b"{",
            b"null",
            b"[1,2,3]",
            b"token=x&amounts=1",
            b"{\"token\":\"x\",\"amounts\":[1,1,1]}",
            b"{\"token\":\"0123456789abcdef0123456789abcdef\",\"amounts\":[1,1,1],\"path\":\"/etc\"}",
            b"{\"token\":\"0123456789abcdef0123456789abcdef\",\"amounts\":[1e999,1,1]}",
            b"{\"token\":\"0123456789abcdef0123456789abcdef\",\"amounts\":\"1,1,1\"}",
            b"{\"token\":\"0123456789abcdef0123456789abcdef\",\"amounts\":[1,1,1],\"name\":7}",
            b"\xff\xfe",
        ] {
            assert_eq!(parse(bad, &q), Err(Invalid::Malformed), "{}", String::from_utf8_lossy(bad));
        }
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(parse(deep.as_bytes(), &q), Err(Invalid::Malformed));
    }

    #[test]
    fn names_are_cleaned_text() {
        assert_eq!(
            clean_name("<script>alert(1)</script>"),
            "<script>alert(1)</script>"
        );
        assert_eq!(clean_name("a\u{202e}b\u{1b}[2Jc\td"), "ab [2Jc d");
        assert_eq!(
            clean_name(&"x".repeat(500)).chars().count(),
            MAX_PARTICIPANT_NAME_CHARS
        );
        let long = format!("{} y", "x".repeat(MAX_PARTICIPANT_NAME_CHARS - 1));
        assert_eq!(
            clean_name(&long),
            "x".repeat(MAX_PARTICIPANT_NAME_CHARS - 1)
        );
    }

    #[test]
    fn a_long_title_and_name_still_fit_the_title_limit() {
        let mut q = questions(Mode::default());
        q.title = "T".repeat(format::MAX_NAME_CHARS);
        let answer = parse(&body(&"N".repeat(80), &[1.0, 1.0, 1.0]), &q).unwrap();
        let recipe = format::parse(&answer.file, "a").unwrap();
        assert!(recipe.title.chars().count() <= format::MAX_NAME_CHARS);
    }
}
