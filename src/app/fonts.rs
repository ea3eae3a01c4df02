//! Fallback fonts for the window: when the recipe has characters egui's
//! bundled fonts lack (CJK, Arabic, Hebrew, Thai, Devanagari…), the
//! installed fonts that have them (found by `chart::fonts`) are added after
//! egui's own, and what no installed font has is said once.
//!
//! What was added and said is kept in egui's memory, per context; the shell
//! calls [`ensure`] every frame, which costs one hash of the recipe's text
//! while it is unchanged. A recipe in Latin script never reads the system's
//! fonts.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash as _, Hasher as _};

use egui::{Context, FontData, FontFamily, FontInsert, FontPriority, Id, InsertFontFamily};

use crate::chart::fonts;
use crate::i18n::{Arg, Lang, tr_args};
use crate::recipe::Recipe;

/// At most this many of the characters no font has are named.
const NAMED_CHARS: usize = 8;

/// What this context has been given and told.
#[derive(Clone, Default)]
struct Installed {
    /// egui's names of the fonts added.
    fonts: BTreeSet<String>,
    /// The characters already said to show as boxes.
    reported: BTreeSet<char>,
}

fn hash_id() -> Id {
    Id::unique("cx-recipe::fonts::text_hash")
}

fn installed_id() -> Id {
    Id::unique("cx-recipe::fonts::installed")
}

/// Makes sure the window can draw `recipe`'s text: adds the installed
/// fonts that have the characters egui's bundled fonts lack (after them,
/// in the proportional and monospace families) and asks for a repaint.
///
/// Returns a notice, once per character, for what no installed font has.
/// While the recipe's text is unchanged this only hashes it.
pub fn ensure(ctx: &Context, recipe: &Recipe, lang: Lang) -> Option<String> {
    let hash = text_hash(recipe);
    let unchanged = ctx.data_mut(|d| {
        let last = d.get_temp_mut_or_default::<Option<u64>>(hash_id());
        last.replace(hash) == Some(hash)
    });
    if unchanged {
        return None;
    }
    let text = recipe_text(recipe);
    if fonts::uncovered(&text).is_empty() {
        return None;
    }
    let fallbacks = fonts::fallbacks_for(&text);
    let mut installed: Installed = ctx.data_mut(|d| d.get_temp(installed_id()).unwrap_or_default());
    let mut added = false;
    for font in fallbacks.fonts {
        if installed.fonts.insert(font.name.clone()) {
            ctx.add_font(FontInsert::new(
                &font.name,
                FontData::from_blob(font.data, font.index),
                [FontFamily::Proportional, FontFamily::Monospace]
                    .into_iter()
                    .map(|family| InsertFontFamily {
                        family,
                        priority: FontPriority::Lowest,
                    })
                    .collect(),
            ));
            added = true;
        }
    }
    let news: BTreeSet<char> = fallbacks
        .missing
        .difference(&installed.reported)
        .copied()
        .collect();
    installed.reported.extend(&news);
    ctx.data_mut(|d| d.insert_temp(installed_id(), installed));
    if added {
        ctx.request_repaint();
    }
    (!news.is_empty()).then(|| notice(&news, recipe, lang))
}

/// The names of the fallback fonts added to this context so far.
pub fn installed(ctx: &Context) -> Vec<String> {
    ctx.data_mut(|d| d.get_temp::<Installed>(installed_id()))
        .map(|i| i.fonts.into_iter().collect())
        .unwrap_or_default()
}

/// "No installed font can show 𝔊 in “…”; it shows as boxes."
fn notice(missing: &BTreeSet<char>, recipe: &Recipe, lang: Lang) -> String {
    let mut chars: Vec<String> = missing
        .iter()
        .take(NAMED_CHARS)
        .map(char::to_string)
        .collect();
    if missing.len() > NAMED_CHARS {
        chars.push("…".to_owned());
    }
    let chars = chars.join(" ");
    let place = texts(recipe).find(|t| t.chars().any(|c| missing.contains(&c)));
    let count = Arg::from(missing.len());
    match place {
        Some(place) => {
            let place = shortened(place.trim());
            tr_args(
                lang,
                "fonts-missing-in",
                &[
                    ("chars", Arg::Text(&chars)),
                    ("place", Arg::Text(&place)),
                    ("count", count),
                ],
            )
        }
        None => tr_args(
            lang,
            "fonts-missing",
            &[("chars", Arg::Text(&chars)), ("count", count)],
        ),
    }
}

/// `text`, cut to 40 characters.
fn shortened(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    if text.chars().count() <= MAX_CHARS {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Every piece of text the window shows of the recipe.
fn texts(recipe: &Recipe) -> impl Iterator<Item = &str> {
    let ingredients = recipe
        .ingredients
        .iter()
        .flat_map(|i| [i.name.as_str(), i.note.as_str()]);
    let steps = recipe.steps.iter().flat_map(|s| {
        [s.title.as_str(), s.detail.as_str()]
            .into_iter()
            .chain(s.ingredients.iter().map(String::as_str))
    });
    [
        recipe.title.as_str(),
        recipe.author.as_str(),
        recipe.notes.as_str(),
    ]
    .into_iter()
    .chain(ingredients)
    .chain(steps)
}

fn recipe_text(recipe: &Recipe) -> String {
    texts(recipe).collect::<Vec<_>>().join("\n")
}

fn text_hash(recipe: &Recipe) -> u64 {
    let mut hasher = DefaultHasher::new();
    for text in texts(recipe) {
        text.hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Ingredient, Unit, palette_colour};

    fn recipe(title: &str, names: &[&str]) -> Recipe {
        Recipe {
            title: title.to_owned(),
            ingredients: names
                .iter()
                .enumerate()
                .map(|(i, n)| Ingredient::new(*n, 1.0, Unit::Part, palette_colour(i)))
                .collect(),
            ..Recipe::default()
        }
    }

    #[test]
    fn the_notice_names_the_characters_and_where_they_are() {
        let r = recipe("Ideal CX", &["Speed", "Odd \u{378} name"]);
        let one: BTreeSet<char> = ['\u{378}'].into();
        assert_eq!(
            notice(&one, &r, Lang::En),
            "No installed font can show \u{378} in “Odd \u{378} name”; it shows as boxes."
        );
        let many: BTreeSet<char> = ('\u{e000}'..='\u{e009}').collect();
        let text = notice(&many, &recipe("T", &[]), Lang::En);
        assert!(
            text.starts_with("No installed font can show \u{e000} \u{e001}"),
            "{text}"
        );
        assert!(text.ends_with("\u{e007} …; they show as boxes."), "{text}");
    }

    #[test]
    fn long_texts_are_shortened() {
        assert_eq!(shortened("short"), "short");
        let long = "x".repeat(50);
        assert_eq!(shortened(&long).chars().count(), 40);
        assert!(shortened(&long).ends_with('…'));
    }

    #[test]
    fn the_hash_follows_every_text() {
        let a = recipe("品質", &["A"]);
        let mut b = a.clone();
        b.notes = "x".to_owned();
        assert_ne!(text_hash(&a), text_hash(&b));
        assert_eq!(text_hash(&a), text_hash(&a.clone()));
    }
}
