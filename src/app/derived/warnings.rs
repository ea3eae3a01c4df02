//! The warnings about the ingredients' names, in the window's words: two
//! ingredients with one name ("technology" beside "Technology") and an
//! ingredient without one — the very cases `cx-recipe check` warns about
//! (`recipe::checks::warnings`), found from the name index built once per
//! revision. The order check's warnings are the method tab's
//! (`derived::method`).

use super::names::NameIndex;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::Recipe;

/// One warning about the names, as the window shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameWarning {
    /// The sentence, in the window's language.
    pub text: String,
    /// The ingredients it is about, counted from 0.
    pub rows: Vec<usize>,
}

/// The warnings about `recipe`'s names, in the order `checks::warnings`
/// gives them: by the ingredient where each first appears.
pub fn name_warnings(recipe: &Recipe, names: &NameIndex, lang: Lang) -> Vec<NameWarning> {
    let n = recipe.ingredients.len();
    // Each key number's rows; numbers are given in order of first appearance.
    let mut rows_of: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        if let Some(id) = names.key_id(i) {
            if rows_of.len() <= id {
                rows_of.resize(id + 1, Vec::new());
            }
            if let Some(rows) = rows_of.get_mut(id) {
                rows.push(i);
            }
        }
    }
    let mut found = Vec::new();
    for i in 0..n {
        if names.key(i).is_some_and(str::is_empty) {
            found.push(NameWarning {
                text: tr_args(lang, "warning-empty-name", &[("number", Arg::from(i + 1))]),
                rows: vec![i],
            });
            continue;
        }
        let Some(rows) = names.key_id(i).and_then(|id| rows_of.get(id)) else {
            continue;
        };
        if rows.len() > 1 && rows.first() == Some(&i) {
            let spelt: Vec<String> = rows
                .iter()
                .filter_map(|&j| recipe.ingredients.get(j))
                .map(|g| format!("“{}”", g.name.trim()))
                .collect();
            let numbers: Vec<String> = rows.iter().map(|j| (j + 1).to_string()).collect();
            found.push(NameWarning {
                text: tr_args(
                    lang,
                    "warning-duplicate-name",
                    &[
                        ("spellings", Arg::Text(&listed(lang, &dedup(spelt)))),
                        ("rows", Arg::Text(&listed(lang, &numbers))),
                    ],
                ),
                rows: rows.clone(),
            });
        }
    }
    found
}

/// The items once each, in order.
fn dedup(items: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

/// "2 and 5", "2, 5 and 7" in `lang`.
fn listed(lang: Lang, items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), tr(lang, "list-and"))
        }
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::checks::{self, WarningKind};
    use crate::recipe::{Colour, Ingredient, Unit};

    fn recipe(names: &[&str]) -> Recipe {
        Recipe {
            ingredients: names
                .iter()
                .map(|&n| Ingredient::new(n, 1.0, Unit::Part, Colour::from_rgb(0, 0, 0)))
                .collect(),
            ..Recipe::default()
        }
    }

    #[test]
    fn the_window_warns_where_check_warns() {
        for names in [
            &["Technology", "Speed", "technology"][..],
            &["a", " A ", "b", "", "B", "a"],
            &["Speed"],
            &[],
        ] {
            let r = recipe(names);
            let index = NameIndex::new(&r);
            let ours = name_warnings(&r, &index, Lang::En);
            let theirs: Vec<_> = checks::warnings(&r)
                .into_iter()
                .filter(|w| matches!(w.kind, WarningKind::DuplicateName | WarningKind::EmptyName))
                .collect();
            assert_eq!(ours.len(), theirs.len(), "{names:?}");
        }
    }

    #[test]
    fn a_duplicate_names_both_spellings_and_rows() {
        let r = recipe(&["technology", "Speed", "Technology"]);
        let found = name_warnings(&r, &NameIndex::new(&r), Lang::En);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rows, [0, 2]);
        assert!(
            found[0].text.contains("“technology” and “Technology”"),
            "{}",
            found[0].text
        );
        assert!(found[0].text.contains("1 and 3"), "{}", found[0].text);
        let de = name_warnings(&r, &NameIndex::new(&r), Lang::De);
        assert!(de[0].text.contains("1 und 3"), "{}", de[0].text);
    }
}
