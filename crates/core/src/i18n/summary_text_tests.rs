//! The copied summary: the whole text for ideal-cx, bars at 0 and 100 %,
//! rounding, and names that are long or wide.

use unicode_width::UnicodeWidthStr as _;

use super::*;
use crate::recipe::{Colour, Ingredient, Unit, format};

fn ideal_cx() -> Recipe {
    let text = include_str!("../../../../recipes/ideal-cx.ron");
    format::parse(text.as_bytes(), "ideal-cx.ron").unwrap()
}

fn parts(title: &str, items: &[(&str, f64)]) -> Recipe {
    Recipe {
        title: title.to_owned(),
        ingredients: items
            .iter()
            .map(|(name, amount)| {
                Ingredient::new(*name, *amount, Unit::Part, Colour::from_rgb(0, 0, 0))
            })
            .collect(),
        ..Recipe::default()
    }
}

/// The bar lines of a summary: the lines with a bar in them.
fn bars(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.contains('█') || l.contains('░'))
        .collect()
}

/// The column where a line's bar starts.
fn bar_column(line: &str) -> usize {
    let at = line.find(['█', '░']).unwrap();
    line[..at].width()
}

#[test]
fn ideal_cx_in_english() {
    assert_eq!(
        copy_summary(&ideal_cx(), 1, Lang::En),
        "Ideal CX\n\
         \n\
         | Ingredient | Amount | Unit | Share |\n\
         |---|---:|---|---:|\n\
         | Efficiency | 1 | litre | 24.8 % |\n\
         | Speed | 2 | cups | 12.4 % |\n\
         | Personalised attention | 500 | cc | 12.4 % |\n\
         | Consistency | 2 | tablespoons | 0.7 % |\n\
         | Technology | 2 | litres | 49.6 % |\n\
         | **Total** | 4030 | ml | 100.0 % |\n\
         \n\
         Efficiency              ██░░░░░░░░  24.8 %\n\
         Speed                   █░░░░░░░░░  12.4 %\n\
         Personalised attention  █░░░░░░░░░  12.4 %\n\
         Consistency             ░░░░░░░░░░   0.7 %\n\
         Technology              █████░░░░░  49.6 %\n\
         \n\
         Baking 75.2 % · Cooking 12.4 % · untagged 12.4 %\n\
         Suggested baking: 60–80 % — inside the range\n"
    );
}

#[test]
fn the_words_follow_the_language() {
    let text = copy_summary(&ideal_cx(), 1, Lang::De);
    assert!(
        text.contains("| Zutat | Menge | Einheit | Anteil |\n"),
        "{text}"
    );
    assert!(
        text.contains("| **Summe** | 4030 | ml | 100,0 % |\n"),
        "{text}"
    );
    assert!(
        text.contains("Empfohlener Backanteil: 60–80 % — im Bereich\n"),
        "{text}"
    );
    let untitled = copy_summary(&parts("", &[("A", 1.0)]), 0, Lang::Es);
    assert!(untitled.starts_with("Receta sin título\n\n"), "{untitled}");
}

#[test]
fn nothing_and_everything() {
    let text = copy_summary(
        &parts("All", &[("Only", 5.0), ("Nothing", 0.0)]),
        1,
        Lang::En,
    );
    assert_eq!(
        bars(&text),
        [
            "Only     ██████████  100.0 %",
            "Nothing  ░░░░░░░░░░    0.0 %"
        ]
    );
    // No tags, no profile: no balance or advice lines.
    assert!(text.ends_with("0.0 %\n"), "{text}");
    // A zero total has no shares: empty bars and a dash.
    let zero = copy_summary(&parts("Zero", &[("A", 0.0), ("B", 0.0)]), 1, Lang::En);
    assert_eq!(bars(&zero), ["A  ░░░░░░░░░░  –", "B  ░░░░░░░░░░  –"]);
    assert!(zero.contains("| **Total** | 0 | parts | – |\n"), "{zero}");
}

#[test]
fn cells_round_to_the_nearest_tenth() {
    assert_eq!(filled_cells(0.0), 0);
    assert_eq!(filled_cells(0.049), 0);
    assert_eq!(filled_cells(0.051), 1);
    assert_eq!(filled_cells(0.25), 3);
    assert_eq!(filled_cells(0.949), 9);
    assert_eq!(filled_cells(1.0), 10);
    assert_eq!(filled_cells(1.5), 10);
    assert_eq!(filled_cells(-0.2), 0);
    assert_eq!(filled_cells(f64::NAN), 0);
}

#[test]
fn equal_shares_read_alike() {
    // Each share is rounded on its own (recipe::shown): three thirds are
    // 33.3 % each, where largest remainders made one of them 33.4 %.
    let text = copy_summary(
        &parts("Thirds", &[("A", 1.0), ("B", 1.0), ("C", 1.0)]),
        1,
        Lang::En,
    );
    assert!(
        bars(&text).iter().all(|l| l.ends_with("  33.3 %")),
        "{text}"
    );
    assert_eq!(text.matches("| 33.3 % |").count(), 3, "{text}");
    // Each bar shows its own share: a third is three cells.
    assert!(
        bars(&text).iter().all(|l| l.contains("███░░░░░░░")),
        "{text}"
    );
}

#[test]
fn wide_and_long_names_keep_the_bars_in_one_column() {
    let long = "A very long ingredient name that goes on and on";
    let recipe = parts(
        "Wide",
        &[("効率", 2.0), ("Speed", 1.0), (long, 1.0), ("Ünïcödé", 1.0)],
    );
    let text = copy_summary(&recipe, 1, Lang::En);
    let lines = bars(&text);
    assert_eq!(lines.len(), 4);
    let column = bar_column(lines[0]);
    assert!(lines.iter().all(|l| bar_column(l) == column), "{text}");
    // The long name is cut to the limit, with an ellipsis.
    assert_eq!(column, NAME_MAX_COLUMNS + 2, "{text}");
    assert!(
        lines[2].starts_with("A very long ingredient name t…  █"),
        "{text}"
    );
    // The Markdown table keeps the name whole.
    assert!(text.contains(&format!("| {long} |")), "{text}");
    // "効率" takes four columns, so two spaces fewer than "Speed" + 1.
    assert!(lines[0].starts_with("効率 "), "{text}");
}

#[test]
fn names_cannot_break_a_line() {
    let text = copy_summary(&parts("T\nitle", &[("a|b\nc", 1.0)]), 0, Lang::En);
    assert!(text.starts_with("T\u{fffd}itle\n\n"), "{text}");
    assert!(
        text.contains("| a\\|b\u{fffd}c | 1 | part | 100 % |\n"),
        "{text}"
    );
}

#[test]
fn spanish_and_german_write_their_own_numbers_and_units() {
    let es = copy_summary(&ideal_cx(), 1, Lang::Es);
    assert!(es.contains("| Efficiency | 1 | litro | 24,8 % |\n"), "{es}");
    assert!(es.contains("| **Total** | 4030 | ml | 100,0 % |\n"), "{es}");
    assert!(es.contains("  24,8 %\n"), "{es}");
    assert!(es.contains("Hornear 75,2 %"), "{es}");
    assert!(!es.contains("24.8"), "{es}");
    let de = copy_summary(
        &parts("Teile", &[("Web 2.0", 1.5), ("B", 1.0)]),
        2,
        Lang::De,
    );
    // A name keeps its own point; the numbers take the German comma.
    assert!(de.contains("| Web 2.0 | 1,5 | Teile | 60,00 % |\n"), "{de}");
    assert!(
        de.contains("| **Summe** | 2,5 | Teile | 100,00 % |\n"),
        "{de}"
    );
}
