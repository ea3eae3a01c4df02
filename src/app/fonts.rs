//! Fallback fonts for everything the window shows. egui asks a font
//! provider for each character its fonts lack, as it lays text out — the
//! recipe, paths in the status line and Open recent, messages, the recovery
//! prompt, menus, dialogs — so no text is scanned for it, the recipe never.
//! The provider only notes the character; at the end of the frame a worker
//! thread looks it up (`chart::fonts::Lookup`: the system's font index on
//! first need, what each face covers, the ranking), and when it is done it
//! asks for a repaint, at whose start the faces found are added after
//! egui's own. The frame never waits: until then the text shows with what
//! egui has. What no installed font has is said once.
//!
//! Per frame, while nothing is missing: two short locks. A window whose
//! text is all Latin, Greek, Cyrillic or emoji never reads the system's
//! fonts.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use egui::{Context, FontData, FontFamily, FontInsert, FontPriority, Id, InsertFontFamily};

use super::message::{self, Message};
use crate::chart::fonts::{FontIndex, Lookup};
use crate::i18n::Arg;
use crate::recipe::Recipe;

/// At most this many of the characters no font has are named.
const NAMED_CHARS: usize = 8;

/// One window's fallback fonts, kept in egui's memory for its context.
struct WindowFonts {
    lookup: Lookup,
    said: Mutex<Said>,
}

#[derive(Default)]
struct Said {
    /// egui's names of the fonts added.
    installed: BTreeSet<String>,
    /// The characters already said to show as boxes.
    reported: BTreeSet<char>,
    /// Characters no font has, still to be said (while an error message
    /// is up, the notice waits rather than replace it).
    unreported: BTreeSet<char>,
}

/// Notes each character egui lacks, for the look-up after the frame.
struct Provider(Lookup);

impl egui::FontProvider for Provider {
    fn font_for(&self, request: &egui::FallbackRequest<'_>) -> Option<FontInsert> {
        // Called inside text layout, with egui's context locked: only note.
        if let Some(c) = request.cluster.chars().next() {
            self.0.want(c);
        }
        None
    }
}

fn fonts_id() -> Id {
    Id::unique("cx-recipe::fonts::window")
}

fn index_id() -> Id {
    Id::unique("cx-recipe::fonts::index")
}

/// Makes the window choose its fallbacks among `index`'s faces instead of
/// the system's: call it before the first frame (tests name their faces).
pub fn use_index(ctx: &Context, index: Arc<FontIndex>) {
    ctx.data_mut(|d| d.insert_temp(index_id(), Some(index)));
}

/// Puts the window's font set-up in before the first frame (Hack in the
/// proportional family, the provider), so that the first frame builds
/// egui's fonts once, with it, rather than once without and again with.
pub fn setup(ctx: &Context) {
    window_fonts(ctx);
}

/// egui's monospace face: it has the arrows and triangles of the window's
/// own words (← → ▸) that its proportional fonts lack.
const HACK: &str = "Hack";

/// This context's fallback fonts; the first call puts the provider in, and
/// Hack last in the proportional family, so that the window's own words
/// never need the system's fonts (`chart::fonts` counts it as bundled).
fn window_fonts(ctx: &Context) -> Arc<WindowFonts> {
    if let Some(fonts) = ctx.data(|d| d.get_temp::<Arc<WindowFonts>>(fonts_id())) {
        return fonts;
    }
    // egui's own set: this runs once per context, before any font of ours
    // is added, and before the first frame has built any (`setup`).
    let mut definitions = egui::FontDefinitions::default();
    if definitions.font_data.contains_key(HACK)
        && let Some(family) = definitions.families.get_mut(&FontFamily::Proportional)
        && !family.iter().any(|name| name == HACK)
    {
        family.push(HACK.to_owned());
        ctx.set_fonts(definitions);
    }
    let index = ctx.data(|d| d.get_temp::<Option<Arc<FontIndex>>>(index_id()).flatten());
    let fonts = Arc::new(WindowFonts {
        lookup: Lookup::new(index),
        said: Mutex::new(Said::default()),
    });
    ctx.data_mut(|d| d.insert_temp(fonts_id(), Arc::clone(&fonts)));
    ctx.add_font_provider(Arc::new(Provider(fonts.lookup.clone())));
    fonts
}

/// At the start of a frame: adds the fonts found since the last frame
/// (after egui's own, in the proportional and monospace families) and asks
/// for a repaint if there were any. Returns a notice, once per character,
/// for what no installed font has, unless an error is on show.
pub fn ensure(ctx: &Context, recipe: &Recipe, on_show: Option<&Message>) -> Option<message::Said> {
    let fonts = window_fonts(ctx);
    let mut said = fonts.said.lock().unwrap_or_else(PoisonError::into_inner);
    let mut added = false;
    for answer in fonts.lookup.take_ready() {
        for font in answer.fonts {
            if said.installed.insert(font.name.clone()) {
                fonts.lookup.installed(&font.name);
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
        let news: Vec<char> = answer.missing.difference(&said.reported).copied().collect();
        said.unreported.extend(news);
    }
    if added {
        // Popups and dialogs open now were sized with the boxes: measure
        // them again, or a wider path wraps in the old width.
        ctx.memory_mut(egui::Memory::reset_areas);
        ctx.request_repaint();
    }
    if said.unreported.is_empty() || on_show.is_some_and(Message::is_error) {
        return None;
    }
    let news = std::mem::take(&mut said.unreported);
    said.reported.extend(&news);
    Some(notice(&news, recipe))
}

/// At the end of a frame: starts the look-up of what the frame lacked, if
/// anything; a repaint is asked for when it is done.
pub fn look_up(ctx: &Context) {
    let fonts = window_fonts(ctx);
    if !fonts.lookup.is_idle() {
        let ctx = ctx.clone();
        fonts.lookup.start(move || ctx.request_repaint());
    }
}

/// The names of the fallback fonts added to this context so far.
pub fn installed(ctx: &Context) -> Vec<String> {
    let fonts = ctx.data(|d| d.get_temp::<Arc<WindowFonts>>(fonts_id()));
    fonts
        .map(|f| {
            let said = f.said.lock().unwrap_or_else(PoisonError::into_inner);
            said.installed.iter().cloned().collect()
        })
        .unwrap_or_default()
}

/// Waits, at most `timeout`, for the look-ups this context started; whether
/// they are done. For tests and measuring, never for the frame.
pub fn wait(ctx: &Context, timeout: Duration) -> bool {
    let fonts = ctx.data(|d| d.get_temp::<Arc<WindowFonts>>(fonts_id()));
    fonts.is_none_or(|f| f.lookup.wait(timeout))
}

/// "No installed font can show 𝔊 in “…”; it shows as boxes."
fn notice(missing: &BTreeSet<char>, recipe: &Recipe) -> message::Said {
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
            message::Said::with_args(
                "fonts-missing-in",
                &[
                    ("chars", Arg::Text(&chars)),
                    ("place", Arg::Text(&place)),
                    ("count", count),
                ],
            )
        }
        None => message::Said::with_args(
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

/// Every piece of text the window shows of the recipe (read only to name
/// where a character no font has is, which is rare).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
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
            notice(&one, &r).text(Lang::En),
            "No installed font can show \u{378} in “Odd \u{378} name”; it shows as boxes."
        );
        let many: BTreeSet<char> = ('\u{e000}'..='\u{e009}').collect();
        let text = notice(&many, &recipe("T", &[])).text(Lang::En);
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
}
