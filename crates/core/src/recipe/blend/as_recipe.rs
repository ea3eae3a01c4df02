//! A blend as a recipe of its own, in parts of 100, whose notes say who took
//! part and how far they disagreed; each ingredient keeps the team's tag
//! and the participants' notes on it.

use super::{Blend, BlendRow, TagSource, by_mean};
use crate::recipe::report;
use crate::recipe::shares::RoundedPercent;
use crate::recipe::{Ingredient, Recipe, Unit, format};

impl Blend {
    /// The blend as a recipe: one ingredient in [`Unit::Part`]s per row, the
    /// largest mean first, each amount the mean share rounded to a tenth of a
    /// part so that the parts add up to exactly 100 (largest remainders, see
    /// [`crate::recipe::shares::rounded_percentages`]). Each ingredient has
    /// the row's colour (the participants' where they agree and it stays
    /// distinct), the team's tag (so a tagged blend is saved as version 2)
    /// and the participants' notes on it; the recipe's notes name the
    /// participants, each ingredient's spread and the tags in dispute.
    ///
    /// The title is used as given; a blend of more than
    /// [`format::MAX_INGREDIENTS`] ingredients, or a title over
    /// [`format::MAX_NAME_CHARS`], is refused when saved. The notes are kept
    /// within [`format::MAX_TEXT_CHARS`].
    pub fn to_recipe(&self, title: &str) -> Recipe {
        let rounded = self.rounded_means();
        let mut order: Vec<(&BlendRow, Option<&RoundedPercent>)> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| (row, rounded.get(i)))
            .collect();
        order.sort_by(|(a, _), (b, _)| by_mean(a, b));
        let ingredients = order
            .into_iter()
            .map(|(row, parts)| {
                let tenths = parts.map_or(0, |p| p.steps());
                let mut ingredient = Ingredient::new(
                    row.name.clone(),
                    tenths as f64 / 10.0,
                    Unit::Part,
                    row.colour,
                );
                ingredient.tag = row.tag;
                ingredient.note = super::voices::team_note(&row.voices)
                    .chars()
                    .take(format::MAX_TEXT_CHARS)
                    .collect();
                ingredient
            })
            .collect();
        Recipe {
            title: title.to_owned(),
            author: String::new(),
            notes: self.notes(),
            ingredients,
            ..Recipe::default()
        }
    }

    /// The recipe's notes: who took part, and each ingredient's spread.
    fn notes(&self) -> String {
        let mut lines = vec![self.participants_line()];
        if !self.skipped_zero_total.is_empty() {
            lines.push(self.skipped_line());
        }
        lines.extend(self.balance_line());
        if !self.rows.is_empty() {
            lines.push(
                "Each amount is the mean share, in parts of 100. \
                 The spread across the participants (smallest–largest share, \
                 standard deviation):"
                    .to_owned(),
            );
        }
        let mut by_mean_order: Vec<&BlendRow> = self.rows.iter().collect();
        by_mean_order.sort_by(|a, b| by_mean(a, b));
        for row in by_mean_order {
            let mut line = format!("- {}: {}", row.name, self.spread(row));
            if !row.spellings.is_empty() {
                let quoted: Vec<String> = row.spellings.iter().map(|s| format!("{s:?}")).collect();
                line.push_str(&format!("; merged from {}", quoted.join(", ")));
            }
            if let Some(dispute) = tag_dispute(row) {
                line.push_str("; ");
                line.push_str(&dispute);
            }
            lines.push(line);
        }
        fit_notes(lines, |left| format!("… and {left} more lines left out."))
    }

    /// "Blend of 3 recipes: a.ron, b.ron, c.ron."
    pub(super) fn participants_line(&self) -> String {
        match self.participants.len() {
            0 => "Blend of no recipes.".to_owned(),
            1 => format!("Blend of 1 recipe: {}.", self.participants.join(", ")),
            n => format!("Blend of {n} recipes: {}.", self.participants.join(", ")),
        }
    }

    /// "Left out, as their total is zero: d.ron."
    pub(super) fn skipped_line(&self) -> String {
        format!(
            "Left out, as their total is zero: {}.",
            self.skipped_zero_total.join(", ")
        )
    }

    /// The team's balance: "Team balance: baking 60.0 %, cooking 30.0 %,
    /// untagged 10.0 %."; `None` when nobody tagged anything.
    pub fn balance_line(&self) -> Option<String> {
        if self.rows.iter().all(|r| r.tag.is_none()) {
            return None;
        }
        let b = &self.balance;
        Some(format!(
            "Team balance: baking {}, cooking {}, untagged {}.",
            report::percent_1(b.baking),
            report::percent_1(b.cooking),
            report::percent_1(b.untagged)
        ))
    }

    /// "12.0–30.0 %, sd 6.1 pp, named by 3 of 4".
    fn spread(&self, row: &BlendRow) -> String {
        format!(
            "{}–{}, sd {}, named by {} of {}",
            report::percent_1(row.min).trim_end_matches(" %"),
            report::percent_1(row.max),
            report::pp_1(row.std_dev * 100.0),
            row.named_by,
            self.participants.len()
        )
    }
}

/// `lines` as a recipe's notes, one a line, within what a file may hold
/// ([`format::MAX_TEXT_CHARS`]): a huge blend loses its tail, and the last
/// line says how many lines were left out (`more`, given that count).
/// Shared by the English notes here and the notes in a language
/// (`i18n::blend_text`).
pub(crate) fn fit_notes(lines: Vec<String>, more: impl Fn(usize) -> String) -> String {
    let limit = format::MAX_TEXT_CHARS - 100;
    let mut notes = String::new();
    let mut used = 0;
    let total = lines.len();
    for (i, line) in lines.into_iter().enumerate() {
        let chars = line.chars().count() + 1;
        if used + chars > limit {
            notes.push_str(&more(total - i));
            return notes;
        }
        used += chars;
        notes.push_str(&line);
        notes.push('\n');
    }
    notes.trim_end().to_owned()
}

/// "tagged baking by 3, cooking by 2: baking, as in the library"; `None`
/// when the participants did not disagree.
pub(super) fn tag_dispute(row: &BlendRow) -> Option<String> {
    if !row.tag_disputed() {
        return None;
    }
    let v = row.tag_votes;
    let outcome = match (row.tag_source, row.tag) {
        (TagSource::Library, Some(tag)) => format!("{}, as in the library", tag.lowercase()),
        (TagSource::Majority, Some(tag)) => format!("{}, the majority", tag.lowercase()),
        _ => "left untagged, a tie".to_owned(),
    };
    Some(format!(
        "tagged baking by {}, cooking by {}: {outcome}",
        v.baking, v.cooking
    ))
}

#[cfg(test)]
mod tests {
    use super::super::Participant;
    use super::super::blend;
    use super::super::tests::{recipe, take_part, workshop};
    use crate::recipe::{Recipe, Unit, format};
    use proptest::prelude::*;

    #[test]
    fn nothing_to_blend() {
        let empty = blend(&[]);
        assert!(empty.rows.is_empty() && empty.participants.is_empty());
        let zero = recipe(&[("Speed", 0.0, Unit::Part)]);
        let recipes = vec![("z", zero)];
        let b = blend(&take_part(&recipes));
        assert_eq!(b.skipped_zero_total, ["z"]);
        assert!(b.rows.is_empty());
        let r = b.to_recipe("Nothing");
        assert!(r.ingredients.is_empty());
        assert!(format::to_ron(&r).is_ok());
    }

    #[test]
    fn the_blend_is_a_recipe_of_100_parts() {
        let recipes = workshop();
        let b = blend(&take_part(&recipes));
        let r = b.to_recipe("Team blend");
        let names: Vec<&str> = r.ingredients.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Data", "Speed", "Culture"]);
        let amounts: Vec<f64> = r.ingredients.iter().map(|i| i.amount).collect();
        // 41.66…, 38.33…, 20.0: the last tenth goes to the largest remainder.
        assert_eq!(amounts, [41.7, 38.3, 20.0]);
        assert!(r.ingredients.iter().all(|i| i.unit == Unit::Part));
        let shown: Vec<String> = r
            .rounded_percentages(1)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown, ["41.7", "38.3", "20.0"]);
        assert!((r.total() - 100.0).abs() < 1e-9);
        // Culture's orange was data's already: it gets a colour of its own.
        assert_eq!(r.ingredients[0].colour, crate::recipe::palette_colour(1));
        assert_ne!(r.ingredients[2].colour, r.ingredients[0].colour);
        assert!(
            r.ingredients.iter().all(|i| i.tag.is_none()),
            "nobody tagged"
        );
        assert!(!r.uses_new_fields(), "an untagged blend stays version 1");
    }

    #[test]
    fn the_blend_survives_a_save_and_load() {
        let recipes = workshop();
        let r = blend(&take_part(&recipes)).to_recipe("Team blend");
        let text = format::to_ron(&r).unwrap();
        let back = format::parse(text.as_bytes(), "blend.ron").unwrap();
        assert_eq!(back, r);
        assert_eq!(
            r.notes,
            "Blend of 3 recipes: ann.ron, bo.ron, cy.ron.\n\
             Left out, as their total is zero: di.ron.\n\
             Each amount is the mean share, in parts of 100. The spread across the \
             participants (smallest–largest share, standard deviation):\n\
             - Data: 0.0–75.0 %, sd 31.2 pp, named by 2 of 3\n\
             - Speed: 25.0–50.0 %, sd 10.3 pp, named by 3 of 3; \
             merged from \"Speed\", \"speed \", \"SPEED\"\n\
             - Culture: 0.0–60.0 %, sd 28.3 pp, named by 1 of 3"
        );
    }

    #[test]
    fn huge_notes_stay_within_the_file_limit() {
        let long = "x".repeat(190);
        let names: Vec<String> = (0..1000).map(|i| format!("{long} {i}")).collect();
        let items: Vec<(&str, f64, Unit)> = names
            .iter()
            .map(|n| (n.as_str(), 1.0, Unit::Part))
            .collect();
        let recipes = vec![("big", recipe(&items))];
        let r = blend(&take_part(&recipes)).to_recipe("Big");
        assert!(r.notes.chars().count() <= format::MAX_TEXT_CHARS);
        assert!(r.notes.ends_with("more lines left out."));
        let total: u64 = r.rounded_percentages(1).iter().map(|p| p.steps()).sum();
        assert_eq!(total, 1000);
        assert!(format::to_ron(&r).is_ok());
    }

    proptest! {
        #[test]
        fn any_blend_is_a_valid_recipe_of_100_parts(
            amounts in prop::collection::vec(
                prop::collection::vec((0usize..8, 0.0f64..1e6), 0..12),
                0..8,
            ),
        ) {
            const NAMES: [&str; 8] = ["a", "B", " b", "c", "C ", "d", "e", "f"];
            let recipes: Vec<Recipe> = amounts
                .iter()
                .map(|items| {
                    let items: Vec<(&str, f64, Unit)> =
                        items.iter().map(|&(n, a)| (NAMES[n], a, Unit::Part)).collect();
                    recipe(&items)
                })
                .collect();
            let participants: Vec<Participant<'_>> = recipes
                .iter()
                .enumerate()
                .map(|(p, recipe)| Participant { label: format!("p{p}"), recipe })
                .collect();
            let b = blend(&participants);
            prop_assert_eq!(b.participants.len() + b.skipped_zero_total.len(), recipes.len());
            let r = b.to_recipe("Any");
            prop_assert_eq!(r.ingredients.len(), b.rows.len());
            prop_assert!(r.ingredients.iter().all(|i| i.amount >= 0.0));
            if !r.ingredients.is_empty() {
                let tenths: f64 = r.ingredients.iter().map(|i| i.amount * 10.0).sum();
                prop_assert!((tenths - 1000.0).abs() < 1e-6);
                let mean_total: f64 = b.rows.iter().map(|row| row.mean).sum();
                prop_assert!((mean_total - 1.0).abs() < 1e-9);
            }
            for row in &b.rows {
                prop_assert!(row.min <= row.mean + 1e-15 && row.mean <= row.max + 1e-15);
                prop_assert!(row.named_by >= 1 && row.named_by <= b.participants.len());
            }
            let text = format::to_ron(&r).unwrap();
            prop_assert_eq!(format::parse(text.as_bytes(), "any.ron").unwrap(), r);
        }
    }
}
