//! A team blend in a language: the name each row goes by, which spellings
//! were counted as it, how the team's tag was decided, its spread, and the
//! team recipe with its title and notes — all in the window's words and
//! number format ("9,1–36,4 %" in Spanish and German). The blend screen
//! and the team recipe it saves say the same sentences with the same
//! figures, since both come from here. The command line keeps the core's
//! English (`recipe::blend`).

use std::collections::BTreeMap;

use super::{Arg, Lang, number, tr, tr_args, words};
use crate::recipe::advice::Advice;
use crate::recipe::blend::{Blend, BlendRow, TagSource, fit_notes};
use crate::recipe::shown::{self, BalanceNumbers};
use crate::recipe::{Recipe, library, matching};

/// The name a row goes by in `lang`: where the participants spelled it
/// several ways ("Efficiency", "Eficiencia", "Effizienz") and one of them
/// is the library's name in `lang`, that one; otherwise the name as
/// written (the first spelling seen). Never a name nobody wrote.
pub fn row_name(row: &BlendRow, lang: Lang) -> String {
    library::find(&row.name)
        .map(|known| known.name_in(lang))
        .filter(|name| row.spellings.contains(name))
        .unwrap_or_else(|| row.name.clone())
}

/// Which spellings were counted as the row, besides the name it goes by:
/// "counted as Efficiency: “Eficiencia”, “Effizienz”"; `None` when everyone
/// spelled it alike.
pub fn merged(row: &BlendRow, lang: Lang) -> Option<String> {
    let name = row_name(row, lang);
    let others: Vec<String> = row
        .spellings
        .iter()
        .filter(|s| **s != name)
        .map(|s| tr_args(lang, "blend-quoted", &[("text", Arg::Text(s))]))
        .collect();
    if others.is_empty() {
        return None;
    }
    let spellings = others.join(", ");
    Some(tr_args(
        lang,
        "blend-merged",
        &[
            ("name", Arg::Text(&name)),
            ("spellings", Arg::Text(&spellings)),
        ],
    ))
}

/// How the team's tag was decided, in a sentence that starts with the
/// tag: "Baking, as in the library: tagged baking by 4, cooking by 1".
pub fn tag_decision(row: &BlendRow, lang: Lang) -> String {
    let votes = row.tag_votes;
    let tag = words::tag_label(lang, row.tag);
    let (baking, cooking) = (votes.baking.to_string(), votes.cooking.to_string());
    let counts = [
        ("tag", Arg::Text(&tag)),
        ("baking", Arg::Text(&baking)),
        ("cooking", Arg::Text(&cooking)),
    ];
    match row.tag_source {
        TagSource::Untagged => tr(lang, "blend-tag-nobody"),
        TagSource::Agreed if votes.untagged == 0 => tr_args(lang, "blend-tag-agreed", &counts),
        TagSource::Agreed => {
            let tagged = (votes.baking + votes.cooking).to_string();
            let untagged = votes.untagged.to_string();
            tr_args(
                lang,
                "blend-tag-agreed-some",
                &[
                    ("tag", Arg::Text(&tag)),
                    ("tagged", Arg::Text(&tagged)),
                    ("untagged", Arg::Text(&untagged)),
                ],
            )
        }
        TagSource::Library => tr_args(lang, "blend-tag-library", &counts),
        TagSource::Majority => tr_args(lang, "blend-tag-majority", &counts),
        TagSource::Tie => tr_args(lang, "blend-tag-tie", &counts),
    }
}

/// The row's mean share: "24,1 %".
pub fn mean(row: &BlendRow, decimals: u8, lang: Lang) -> String {
    number::percent(lang, row.mean, decimals)
}

/// The smallest to the largest share: "9,1–36,4 %".
pub fn range(row: &BlendRow, decimals: u8, lang: Lang) -> String {
    let low = shown::percent_number(row.min, decimals);
    let high = shown::percent(row.max, decimals);
    number::localise(lang, &format!("{low}–{high}"))
}

/// The standard deviation in percentage points: "9,3 Pp.".
pub fn sd(row: &BlendRow, decimals: u8, lang: Lang) -> String {
    let value = number::decimal(lang, row.std_dev * 100.0, decimals);
    tr_args(lang, "unit-pp", &[("value", Arg::Text(&value))])
}

/// What the team recipe's words depend on besides the blend.
#[derive(Clone, Copy, Debug)]
pub struct TeamWords<'a> {
    /// The language.
    pub lang: Lang,
    /// The decimals of the percentages.
    pub decimals: u8,
    /// The advice the team's balance is judged by, if any (the baking
    /// figure then reads as the balance bar's does).
    pub advice: Option<&'a Advice>,
    /// How each participant counted is named, in the order of
    /// `Blend::participants` (their author, else their file); the labels
    /// themselves where this is empty.
    pub names: &'a [String],
}

/// The team recipe's notes in a language: who took part (and who was left
/// out), the team's balance when anyone tagged anything, and each row's
/// spread, merged spellings and disputed tag, the largest mean first;
/// within what a file may hold.
pub fn team_notes(blend: &Blend, words: TeamWords<'_>) -> String {
    let TeamWords {
        lang,
        decimals,
        advice,
        names,
    } = words;
    let count = blend.participants.len();
    let who = if names.len() == count {
        names.join(", ")
    } else {
        blend.participants.join(", ")
    };
    let mut lines = vec![if count == 0 {
        tr(lang, "blend-notes-none")
    } else {
        tr_args(
            lang,
            "blend-notes-participants",
            &[("count", Arg::from(count)), ("names", Arg::Text(&who))],
        )
    }];
    if !blend.skipped_zero_total.is_empty() {
        let skipped = blend.skipped_zero_total.join(", ");
        lines.push(tr_args(
            lang,
            "blend-notes-skipped",
            &[("names", Arg::Text(&skipped))],
        ));
    }
    if blend.rows.iter().any(|r| r.tag.is_some()) {
        let b = BalanceNumbers::of(&blend.balance, 1, advice);
        let [baking, cooking, untagged] =
            [b.baking, b.cooking, b.untagged].map(|n| number::localise(lang, &n));
        lines.push(tr_args(
            lang,
            "blend-notes-balance",
            &[
                ("baking", Arg::Text(&baking)),
                ("cooking", Arg::Text(&cooking)),
                ("untagged", Arg::Text(&untagged)),
            ],
        ));
    }
    if !blend.rows.is_empty() {
        lines.push(tr(lang, "blend-notes-intro"));
    }
    for row in blend.rows_by_mean() {
        let (name, range, sd) = (
            row_name(row, lang),
            range(row, decimals, lang),
            sd(row, decimals, lang),
        );
        let mut line = tr_args(
            lang,
            "blend-notes-row",
            &[
                ("name", Arg::Text(&name)),
                ("range", Arg::Text(&range)),
                ("sd", Arg::Text(&sd)),
                ("named", Arg::from(row.named_by)),
                ("count", Arg::from(count)),
            ],
        );
        if let Some(merged) = merged(row, lang) {
            line.push_str("; ");
            line.push_str(&merged);
        }
        if row.tag_disputed() {
            line.push_str("; ");
            line.push_str(&tag_decision(row, lang));
        }
        lines.push(line);
    }
    fit_notes(lines, |left| {
        tr_args(lang, "blend-notes-more", &[("count", Arg::from(left))])
    })
}

/// The team recipe in a language: [`Blend::to_recipe`] (parts of 100, the
/// team's tags and colours, the participants' notes on each ingredient)
/// titled in `lang`, each ingredient under [`row_name`], with
/// [`team_notes`].
pub fn team_recipe(blend: &Blend, words: TeamWords<'_>) -> Recipe {
    let mut recipe = blend.to_recipe(&tr(words.lang, "blend-team-title"));
    let by_key: BTreeMap<&str, &BlendRow> =
        blend.rows.iter().map(|r| (r.key.as_str(), r)).collect();
    for ingredient in &mut recipe.ingredients {
        if let Some(row) = by_key.get(matching::key(&ingredient.name).as_str()) {
            ingredient.name = row_name(row, words.lang);
        }
    }
    recipe.notes = team_notes(blend, words);
    recipe
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::blend::{Participant, blend};
    use crate::recipe::{Colour, Ingredient, Tag, Unit, format};

    fn recipe(items: &[(&str, f64, Option<Tag>)]) -> Recipe {
        Recipe {
            ingredients: items
                .iter()
                .map(|&(name, amount, tag)| {
                    let mut i =
                        Ingredient::new(name, amount, Unit::Part, Colour::from_rgb(0, 0, 0));
                    i.tag = tag;
                    i
                })
                .collect(),
            ..Recipe::default()
        }
    }

    fn team() -> Blend {
        let (b, c) = (Some(Tag::Baking), Some(Tag::Cooking));
        let recipes = [
            recipe(&[("Efficiency", 3.0, b), ("Speed", 1.0, c)]),
            recipe(&[("Eficiencia", 1.0, c), ("Speed", 1.0, c)]),
            recipe(&[("Effizienz", 1.0, b), ("Mine", 2.0, None)]),
        ];
        let labels = ["ana.ron", "ben.ron", "cy.ron"];
        let taking_part: Vec<Participant<'_>> = recipes
            .iter()
            .zip(labels)
            .map(|(recipe, label)| Participant {
                label: label.to_owned(),
                recipe,
            })
            .collect();
        blend(&taking_part)
    }

    fn row<'a>(blend: &'a Blend, name: &str) -> &'a BlendRow {
        blend.rows.iter().find(|r| r.name == name).unwrap()
    }

    #[test]
    fn a_row_merged_from_three_languages_goes_by_the_windows_name() {
        let b = team();
        let eff = row(&b, "Efficiency");
        assert_eq!(row_name(eff, Lang::De), "Effizienz");
        assert_eq!(row_name(eff, Lang::Es), "Eficiencia");
        assert_eq!(
            merged(eff, Lang::En).unwrap(),
            "counted as Efficiency: “Eficiencia”, “Effizienz”"
        );
        assert_eq!(
            merged(eff, Lang::De).unwrap(),
            "gezählt als Effizienz: „Efficiency“, „Eficiencia“"
        );
        // Everyone spelled Speed alike: it is as written, nothing merged.
        let speed = row(&b, "Speed");
        assert_eq!(row_name(speed, Lang::De), "Speed");
        assert!(merged(speed, Lang::De).is_none());
    }

    #[test]
    fn how_each_tag_was_decided() {
        let b = team();
        assert_eq!(
            tag_decision(row(&b, "Efficiency"), Lang::En),
            "Baking, as in the library: tagged baking by 2, cooking by 1"
        );
        assert_eq!(
            tag_decision(row(&b, "Speed"), Lang::En),
            "Cooking: everyone who tagged it"
        );
        assert_eq!(
            tag_decision(row(&b, "Mine"), Lang::De),
            "Ohne Art: niemand hat eine vergeben"
        );
    }

    #[test]
    fn the_team_recipe_in_german_keeps_tags_and_says_everything_in_german() {
        let b = team();
        let names = ["Ana".to_owned(), "Ben".to_owned(), "cy.ron".to_owned()];
        let words = TeamWords {
            lang: Lang::De,
            decimals: 1,
            advice: None,
            names: &names,
        };
        let r = team_recipe(&b, words);
        assert_eq!(r.title, "Team-Mischung");
        let eff = r
            .ingredients
            .iter()
            .find(|i| i.name == "Effizienz")
            .unwrap();
        assert_eq!(eff.tag, Some(Tag::Baking));
        assert!(
            r.notes
                .starts_with("Mischung aus 3 Rezepten: Ana, Ben, cy.ron.\nTeam-Balance: Backen "),
            "{}",
            r.notes
        );
        assert!(
            r.notes
                .contains("- Effizienz: 33,3–75,0 %, SA 17,1 Pp., genannt von 3 von 3"),
            "{}",
            r.notes
        );
        assert!(r.notes.contains("gezählt als Effizienz"), "{}", r.notes);
        assert!(
            r.notes.contains("Backen, wie in der Bibliothek"),
            "{}",
            r.notes
        );
        let text = format::to_ron(&r).unwrap();
        assert_eq!(format::parse(text.as_bytes(), "team.ron").unwrap(), r);
        // English says what the command line says, figure for figure.
        let en = team_notes(
            &b,
            TeamWords {
                lang: Lang::En,
                names: &[],
                ..words
            },
        );
        let cli = b.to_recipe("x").notes;
        let figures = |s: &str| -> Vec<String> {
            s.split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .filter(|t| t.contains('.') && t.len() > 1)
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(figures(&en), figures(&cli));
    }
}
