//! Two recipes compared ingredient by ingredient (as-is against to-be, or one
//! team against another), by share, so that litres compare with points.

use std::fmt::Write as _;

use serde::Serialize;

use super::Recipe;
use super::matching::NameGroups;
use super::report::{self, Align};

/// Where an ingredient appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// In both recipes.
    Both,
    /// Only in the first recipe, A.
    OnlyA,
    /// Only in the second recipe, B.
    OnlyB,
}

/// One ingredient compared.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DiffRow {
    /// The name shown: the first spelling seen, in A before B.
    pub name: String,
    /// Its share of A (0–1); `None` when A does not name it, 0 when A's total
    /// is zero.
    #[serde(rename = "a")]
    pub a_share: Option<f64>,
    /// Its share of B (0–1); `None` when B does not name it, 0 when B's total
    /// is zero.
    #[serde(rename = "b")]
    pub b_share: Option<f64>,
    /// B's share minus A's, in percentage points; a missing side counts as 0.
    pub delta_pp: f64,
    /// Which recipes name it.
    pub presence: Presence,
}

/// Two recipes compared: what the JSON of `cx-recipe diff` holds.
///
/// Names are matched by [`super::matching::key`]; an ingredient named twice
/// in one recipe counts once, with the shares added together.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diff {
    /// Whether A has shares; when its total is zero every share of A counts
    /// as 0.
    pub a_has_shares: bool,
    /// Whether B has shares; when its total is zero every share of B counts
    /// as 0.
    pub b_has_shares: bool,
    /// One row per ingredient, the largest change first (ties by name).
    pub rows: Vec<DiffRow>,
}

/// Compares recipe `a` with recipe `b` (the change is B − A).
pub fn diff(a: &Recipe, b: &Recipe) -> Diff {
    let mut groups = NameGroups::default();
    let mut sides: Vec<Sides> = Vec::new();
    let a_has_shares = add_side(&mut groups, &mut sides, a, |s| &mut s.a);
    let b_has_shares = add_side(&mut groups, &mut sides, b, |s| &mut s.b);

    let mut keyed: Vec<(String, DiffRow)> = groups
        .into_groups()
        .into_iter()
        .zip(sides)
        .filter_map(|(group, sides)| {
            let presence = match (sides.a, sides.b) {
                (Some(_), Some(_)) => Presence::Both,
                (Some(_), None) => Presence::OnlyA,
                (None, Some(_)) => Presence::OnlyB,
                (None, None) => return None,
            };
            let delta_pp = (sides.b.unwrap_or(0.0) - sides.a.unwrap_or(0.0)) * 100.0;
            let row = DiffRow {
                name: group.name,
                a_share: sides.a,
                b_share: sides.b,
                delta_pp,
                presence,
            };
            Some((group.key, row))
        })
        .collect();
    // To a billionth of a point: noise in the last bit must not beat the name.
    keyed.sort_by(|(ka, ra), (kb, rb)| {
        report::rank(rb.delta_pp.abs(), 1e9)
            .cmp(&report::rank(ra.delta_pp.abs(), 1e9))
            .then_with(|| ka.cmp(kb))
    });
    Diff {
        a_has_shares,
        b_has_shares,
        rows: keyed.into_iter().map(|(_, row)| row).collect(),
    }
}

/// An ingredient's summed share in each recipe; `None` where not named.
#[derive(Clone, Copy, Default)]
struct Sides {
    a: Option<f64>,
    b: Option<f64>,
}

/// Adds one recipe's ingredients to the groups; returns whether it has shares.
fn add_side(
    groups: &mut NameGroups,
    sides: &mut Vec<Sides>,
    recipe: &Recipe,
    side: fn(&mut Sides) -> &mut Option<f64>,
) -> bool {
    let shares = recipe.shares();
    for (i, ingredient) in recipe.ingredients.iter().enumerate() {
        let share = shares
            .as_ref()
            .and_then(|s| s.get(i))
            .copied()
            .unwrap_or(0.0);
        let at = groups.insert(&ingredient.name);
        if at == sides.len() {
            sides.push(Sides::default());
        }
        if let Some(slot) = sides.get_mut(at).map(side) {
            *slot = Some(slot.unwrap_or(0.0) + share);
        }
    }
    shares.is_some()
}

/// One row as people read it: name, A, B, change, note.
struct ShownRow {
    name: String,
    a: String,
    b: String,
    change: String,
    note: &'static str,
}

impl Diff {
    /// A plain-text table for a terminal or an email: percentages with one
    /// decimal (each rounded on its own), the change in signed
    /// percentage points.
    pub fn to_text(&self) -> String {
        let rows: Vec<Vec<String>> = self
            .shown_rows()
            .into_iter()
            .map(|r| {
                vec![
                    report::terminal_safe(&r.name),
                    r.a,
                    r.b,
                    r.change,
                    r.note.to_owned(),
                ]
            })
            .collect();
        let mut out = if rows.is_empty() {
            "Neither recipe has any ingredients.\n".to_owned()
        } else {
            report::text_table(
                &["Ingredient", "A", "B", "Change", "Note"],
                &[
                    Align::Left,
                    Align::Right,
                    Align::Right,
                    Align::Right,
                    Align::Left,
                ],
                &rows,
            )
        };
        for note in self.zero_total_notes() {
            let _ = write!(out, "\n{note}\n");
        }
        out
    }

    /// A Markdown table, for a wiki page or a workshop write-up.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        if self.rows.is_empty() {
            out.push_str("Neither recipe has any ingredients.\n");
        } else {
            out.push_str("| Ingredient | A | B | Change | Note |\n");
            out.push_str("|---|---:|---:|---:|---|\n");
            for r in self.shown_rows() {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} |",
                    report::markdown_cell(&r.name),
                    r.a,
                    r.b,
                    r.change,
                    r.note
                );
            }
        }
        for note in self.zero_total_notes() {
            let _ = write!(out, "\n{note}\n");
        }
        out
    }

    /// The rows as shown: each share and each change rounded on its own
    /// (see [`super::shown`]), the change being the true change (B − A of
    /// the exact shares) rounded, as the window's compare shows it.
    fn shown_rows(&self) -> Vec<ShownRow> {
        let shown = |share: Option<f64>| share.map_or_else(|| "–".to_owned(), report::percent_1);
        self.rows
            .iter()
            .map(|row| ShownRow {
                name: row.name.clone(),
                a: shown(row.a_share),
                b: shown(row.b_share),
                change: report::signed_pp_1(row.delta_pp),
                note: match row.presence {
                    Presence::Both => "",
                    Presence::OnlyA => "only in A",
                    Presence::OnlyB => "only in B",
                },
            })
            .collect()
    }

    fn zero_total_notes(&self) -> Vec<&'static str> {
        let mut notes = Vec::new();
        if !self.a_has_shares && self.rows.iter().any(|r| r.a_share.is_some()) {
            notes.push("A's total is zero, so it has no shares yet: its ingredients count as 0 %.");
        }
        if !self.b_has_shares && self.rows.iter().any(|r| r.b_share.is_some()) {
            notes.push("B's total is zero, so it has no shares yet: its ingredients count as 0 %.");
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Unit};

    fn recipe(items: &[(&str, f64, Unit)]) -> Recipe {
        Recipe {
            title: "t".into(),
            ingredients: items
                .iter()
                .map(|&(name, amount, unit)| {
                    Ingredient::new(name, amount, unit, Colour::from_rgb(1, 2, 3))
                })
                .collect(),
            ..Recipe::default()
        }
    }

    fn row<'a>(d: &'a Diff, name: &str) -> &'a DiffRow {
        d.rows.iter().find(|r| r.name == name).unwrap()
    }

    #[test]
    fn litres_compare_with_points_by_share() {
        // As-is: 1 L efficiency, 3 L technology. To-be: 50 / 30 / 20 points.
        let a = recipe(&[
            ("Efficiency", 1.0, Unit::Litre),
            ("Technology", 3.0, Unit::Litre),
        ]);
        let b = recipe(&[
            ("efficiency ", 50.0, Unit::Part),
            ("Technology", 30.0, Unit::Part),
            ("Speed", 20.0, Unit::Part),
        ]);
        let d = diff(&a, &b);
        assert!(d.a_has_shares && d.b_has_shares);
        let names: Vec<&str> = d.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Technology", "Efficiency", "Speed"]);
        let tech = row(&d, "Technology");
        assert_eq!((tech.a_share, tech.b_share), (Some(0.75), Some(0.3)));
        assert!((tech.delta_pp + 45.0).abs() < 1e-9);
        assert_eq!(row(&d, "Efficiency").presence, Presence::Both);
        let speed = row(&d, "Speed");
        assert_eq!(speed.presence, Presence::OnlyB);
        assert_eq!(speed.a_share, None);
        assert!((speed.delta_pp - 20.0).abs() < 1e-9);
    }

    #[test]
    fn a_name_twice_in_one_recipe_adds_up() {
        let a = recipe(&[
            ("Speed", 1.0, Unit::Part),
            ("Data", 2.0, Unit::Part),
            ("SPEED", 1.0, Unit::Part),
        ]);
        let d = diff(&a, &recipe(&[("Data", 1.0, Unit::Part)]));
        assert_eq!(d.rows.len(), 2);
        let speed = row(&d, "Speed");
        assert_eq!(speed.a_share, Some(0.5));
        assert_eq!(speed.presence, Presence::OnlyA);
        assert!((speed.delta_pp + 50.0).abs() < 1e-9);
    }

    #[test]
    fn a_zero_total_counts_as_zero_shares() {
        let a = recipe(&[("Speed", 0.0, Unit::Part), ("Data", 0.0, Unit::Part)]);
        let b = recipe(&[("Speed", 1.0, Unit::Part), ("Data", 3.0, Unit::Part)]);
        let d = diff(&a, &b);
        assert!(!d.a_has_shares && d.b_has_shares);
        assert_eq!(row(&d, "Speed").a_share, Some(0.0));
        assert_eq!(d.rows[0].name, "Data");
        assert!((d.rows[0].delta_pp - 75.0).abs() < 1e-9);
        assert!(d.to_text().contains("A's total is zero"));
        assert!(!d.to_text().contains("B's total is zero"));
    }

    #[test]
    fn equal_changes_are_ordered_by_name() {
        let a = recipe(&[("b", 1.0, Unit::Part), ("C", 1.0, Unit::Part)]);
        let b = recipe(&[("a", 1.0, Unit::Part), ("D", 1.0, Unit::Part)]);
        let names: Vec<String> = diff(&a, &b).rows.into_iter().map(|r| r.name).collect();
        assert_eq!(names, ["a", "b", "C", "D"]);
    }

    #[test]
    fn identical_recipes_show_no_change() {
        let a = recipe(&[("Speed", 1.0, Unit::Litre), ("Data", 2.0, Unit::Litre)]);
        let b = recipe(&[
            ("Speed", 1000.0, Unit::Millilitre),
            ("data", 2.0, Unit::Litre),
        ]);
        let d = diff(&a, &b);
        assert!(d.rows.iter().all(|r| r.delta_pp == 0.0));
        assert!(diff(&Recipe::default(), &Recipe::default()).rows.is_empty());
    }

    #[test]
    fn text_and_markdown_tables() {
        let a = recipe(&[("Speed", 1.0, Unit::Part), ("Data|X", 2.0, Unit::Part)]);
        let b = recipe(&[("speed", 1.0, Unit::Part), ("Tech", 1.0, Unit::Part)]);
        let d = diff(&a, &b);
        assert_eq!(
            d.to_text(),
            "Ingredient       A       B    Change  Note\n\
             -----------------------------------------------\n\
             Data|X      66.7 %       –  \u{2212}66.7 pp  only in A\n\
             Tech             –  50.0 %  +50.0 pp  only in B\n\
             Speed       33.3 %  50.0 %  +16.7 pp\n"
        );
        assert_eq!(
            d.to_markdown(),
            "| Ingredient | A | B | Change | Note |\n\
             |---|---:|---:|---:|---|\n\
             | Data\\|X | 66.7 % | – | \u{2212}66.7 pp | only in A |\n\
             | Tech | – | 50.0 % | +50.0 pp | only in B |\n\
             | Speed | 33.3 % | 50.0 % | +16.7 pp |  |\n"
        );
    }

    #[test]
    fn json_fields() {
        let a = recipe(&[("Speed", 1.0, Unit::Part)]);
        let b = recipe(&[("Tech", 1.0, Unit::Part)]);
        let json = serde_json::to_value(diff(&a, &b)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "a_has_shares": true,
                "b_has_shares": true,
                "rows": [
                    {"name": "Speed", "a": 1.0, "b": null, "delta_pp": -100.0, "presence": "only_a"},
                    {"name": "Tech", "a": null, "b": 1.0, "delta_pp": 100.0, "presence": "only_b"},
                ],
            })
        );
    }
}
