//! Whatever the window can make, what is written reads back (proptest):
//! names and notes at their limits, quotes, backslashes, control
//! characters, every script, a thousand ingredients, two hundred steps,
//! tags, a profile and a budget. Saving gives the same recipe when loaded,
//! or, for a recipe over the 1 MiB total, a clear refusal and no file; the
//! same holds for the text inside an exported SVG or PNG, and for the
//! window's crash-recovery copy, which therefore always loads.

use std::fs;

use cx_recipe::app::recovery::Recovery;
use cx_recipe::recipe::format::image::{embed_in_png, parse_file, svg_metadata};
use cx_recipe::recipe::format::{
    self, FileKind, MAX_FILE_BYTES, MAX_INGREDIENTS, MAX_NAME_CHARS, MAX_STEPS, MAX_TEXT_CHARS,
};
use cx_recipe::recipe::{Ingredient, Recipe, Step, Tag, Unit};
use proptest::prelude::*;

use crate::properties::{amount, colour, profile};

/// Pieces of text people type or paste: every script (combining marks,
/// right-to-left, wide, outside the Basic Multilingual Plane, joined emoji),
/// and what has tripped up text formats: quotes, backslashes, RON's raw
/// string and comment marks, control characters, line ends, invisible
/// marks and non-characters.
const PIECES: &[&str] = &[
    "Speed",
    "Ünïcödé ß",
    "Ελληνικά",
    "Русский",
    "العربية",
    "עִבְרִית",
    "हिन्दी",
    "ไทย",
    "中文",
    "日本語のテキスト",
    "한국어",
    "👩\u{200d}👩\u{200d}👧",
    "🇪🇸",
    "e\u{301}\u{302}",
    "\u{200f}\u{202e}\u{2066}",
    "\u{feff}",
    "\u{fffe}\u{ffff}",
    "\u{10ffff}",
    "\u{1b}[2J",
    "\0",
    "\u{7f}\u{85}",
    "\r\n",
    "\n",
    "\t",
    "\u{2028}",
    "\\",
    "\\\\\"",
    "\"",
    "'",
    "r#\"",
    "\"#",
    "/*",
    "*/",
    "//",
    "&<>",
    "]]>",
    " ",
    "\u{a0}",
];

/// Text of at most `max_chars` characters: mostly short mixes of the
/// pieces and of any characters, often one piece repeated up to the limit
/// exactly.
fn text(max_chars: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    let limited = move |s: String| s.chars().take(max_chars).collect::<String>();
    prop_oneof![
        3 => prop::collection::vec(piece, 0..12).prop_map(move |p| limited(p.concat())),
        1 => prop::sample::select(PIECES)
            .prop_map(move |p| limited(p.repeat(max_chars.div_ceil(p.chars().count())))),
    ]
}

fn tag() -> impl Strategy<Value = Option<Tag>> {
    prop::option::of(prop::sample::select(vec![Tag::Baking, Tag::Cooking]))
}

fn ingredient(units: &'static [Unit], note_chars: usize) -> impl Strategy<Value = Ingredient> {
    (
        text(MAX_NAME_CHARS),
        amount(),
        prop::sample::select(units),
        colour(),
        text(note_chars),
        any::<bool>(),
        tag(),
    )
        .prop_map(
            |(name, amount, unit, colour, note, locked, tag)| Ingredient {
                name,
                amount,
                unit,
                colour,
                note,
                locked,
                tag,
            },
        )
}

fn step(detail_chars: usize) -> impl Strategy<Value = Step> {
    (
        text(MAX_NAME_CHARS),
        text(detail_chars),
        prop::collection::vec(text(MAX_NAME_CHARS), 0..4),
    )
        .prop_map(|(title, detail, ingredients)| Step {
            title,
            detail,
            ingredients,
        })
}

/// A recipe the window can make: all its units of one system; either up to
/// a dozen ingredients and steps whose texts often reach their limits (and
/// the total with them, about half the time), or many of each with shorter
/// texts.
fn recipe() -> impl Strategy<Value = Recipe> {
    let parts: &'static [Unit] = &[Unit::Part];
    let volumes: &'static [Unit] = &Unit::VOLUMES;
    let shape = prop_oneof![
        // (ingredients, steps, longest note or detail)
        Just((0..=12_usize, 0..=12_usize, MAX_TEXT_CHARS)),
        Just((0..=MAX_INGREDIENTS, 0..=MAX_STEPS, 60)),
    ];
    (prop::sample::select(vec![parts, volumes]), shape).prop_flat_map(
        |(units, (ingredients, steps, long))| {
            (
                text(MAX_NAME_CHARS),
                text(long),
                text(long),
                prop::collection::vec(ingredient(units, long), ingredients),
                prop::option::of(profile()),
                prop::collection::vec(step(long), steps),
                prop::option::of(amount().prop_filter("a budget is over 0", |b| *b > 0.0)),
            )
                .prop_map(
                    |(title, author, notes, ingredients, profile, steps, budget)| Recipe {
                        title,
                        author,
                        notes,
                        ingredients,
                        profile,
                        steps,
                        budget,
                    },
                )
        },
    )
}

/// The smallest PNG: one grey pixel.
fn tiny_png() -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
    encoder.set_color(png::ColorType::Grayscale);
    encoder
        .write_header()
        .unwrap()
        .write_image_data(&[128])
        .unwrap();
    bytes
}

/// A refusal says why: the size, the limit, and what to shorten.
fn assert_clear_refusal(e: &str) -> Result<(), TestCaseError> {
    prop_assert!(e.starts_with("the recipe would be "), "{}", e);
    prop_assert!(
        e.contains("over the limit of 1,048,576 bytes (1 MiB)"),
        "{}",
        e
    );
    prop_assert!(e.contains("its largest text is "), "{}", e);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn what_the_window_can_make_is_written_so_that_it_reads_back(recipe in recipe()) {
        // Everything generated keeps the per-field limits: only the total
        // may stop the writer.
        prop_assert!(format::validate(&recipe).is_ok());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("saved.ron");
        match format::to_ron(&recipe) {
            Ok(text) => {
                prop_assert!(text.len() as u64 <= MAX_FILE_BYTES);
                format::save(&path, &recipe).unwrap();
                prop_assert_eq!(fs::read_to_string(&path).unwrap(), text.clone());
                let back = format::load(&path).unwrap_or_else(|e| panic!("{e}"));
                prop_assert_eq!(&back, &recipe);
                prop_assert_eq!(format::to_ron(&back).unwrap(), text.clone());
                // Inside an exported picture, the same text reads back.
                let metadata = svg_metadata(&text);
                prop_assert!(metadata.is_some(), "no SVG could carry the text");
                let svg = format!(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\">{}</svg>",
                    metadata.unwrap_or_default()
                );
                let from_svg = parse_file(svg.as_bytes(), FileKind::Svg, "chart.svg");
                prop_assert_eq!(&from_svg.unwrap_or_else(|e| panic!("{e}")), &recipe);
                let png = embed_in_png(&tiny_png(), &text).unwrap();
                let from_png = parse_file(&png, FileKind::Png, "chart.png");
                prop_assert_eq!(&from_png.unwrap_or_else(|e| panic!("{e}")), &recipe);
            }
            Err(e) => {
                assert_clear_refusal(&e)?;
                let refused = format::save(&path, &recipe).unwrap_err().to_string();
                prop_assert!(refused.contains(&e), "{}", refused);
                prop_assert!(!path.exists(), "a refused save wrote a file");
            }
        }
    }

    #[test]
    fn the_recovery_copy_always_loads(recipe in recipe()) {
        let dir = tempfile::tempdir().unwrap();
        let mut recovery = Recovery::new(dir.path().to_path_buf());
        // An earlier copy, from before the last edits.
        let earlier = Recipe { title: "Earlier".to_owned(), ..Recipe::default() };
        recovery.write(&earlier, None).unwrap();
        match recovery.write(&recipe, None) {
            Ok(()) => {
                let copy = format::load(&recovery.recipe_path());
                prop_assert_eq!(&copy.unwrap_or_else(|e| panic!("{e}")), &recipe);
            }
            Err(e) => {
                assert_clear_refusal(&e.to_string())?;
                // The earlier copy is still there, and loads.
                let copy = format::load(&recovery.recipe_path());
                prop_assert_eq!(&copy.unwrap_or_else(|e| panic!("{e}")), &earlier);
            }
        }
    }
}
