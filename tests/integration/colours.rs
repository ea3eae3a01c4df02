//! Colours that tell ingredients apart on every background the window
//! uses: no two of up to 24 ingredients share a colour however the file
//! chose them, and every slice stands out from every theme's background
//! (3:1 by its fill, or a rim that has it).

use cx_recipe::app::theme::ThemeChoice;
use cx_recipe::chart::contrast::{GRAPHIC_MIN, boundary_contrast, rim_against};
use cx_recipe::chart::group::OTHER_COLOUR;
use cx_recipe::chart::palette::{MIN_DELTA_E, PALETTE, contrast_ratio, delta_e, display_colours};
use cx_recipe::recipe::format;

/// Every background the window draws a pie or a swatch on, from its themes.
fn theme_backgrounds() -> Vec<(ThemeChoice, [u8; 3])> {
    ThemeChoice::ALL
        .into_iter()
        .map(|theme| {
            let bg = theme.tokens().background;
            (theme, [bg.r(), bg.g(), bg.b()])
        })
        .collect()
}

#[test]
fn every_slice_stands_out_from_every_theme_background() {
    let steps = [0u8, 0x40, 0x80, 0xc0, 0xff];
    let mut colours: Vec<[u8; 3]> = PALETTE.to_vec();
    colours.push(OTHER_COLOUR);
    for r in steps {
        for g in steps {
            for b in steps {
                colours.push([r, g, b]);
            }
        }
    }
    for (theme, bg) in theme_backgrounds() {
        for colour in &colours {
            let shows = match rim_against(*colour, bg) {
                None => contrast_ratio(*colour, bg),
                Some(edge) => boundary_contrast(*colour, bg, edge),
            };
            assert!(shows >= GRAPHIC_MIN, "{theme:?}: {colour:?} on {bg:?}");
        }
    }
}

#[test]
fn the_black_slice_has_a_rim_in_the_high_contrast_theme() {
    let bg = ThemeChoice::HighContrast.tokens().background;
    let bg = [bg.r(), bg.g(), bg.b()];
    let black = PALETTE[7];
    assert_eq!(black, [0, 0, 0]);
    let rim = rim_against(black, bg).expect("black on black needs a rim");
    assert!(boundary_contrast(black, bg, rim) >= GRAPHIC_MIN);
}

#[test]
fn a_hand_written_file_of_18_shows_18_colours() {
    // Colours written by an app that had 16: Technology and Customer
    // research both #0072b2, the 17th and 18th repeating the first two.
    let names = [
        "Technology",
        "Speed",
        "Efficiency",
        "Consistency",
        "Metrics",
        "Storytelling",
        "Passion",
        "Context",
        "Real-time",
        "Predictability",
        "Omni-channel",
        "Customer support",
        "User experience",
        "Fresh data",
        "Test & learn",
        "Company culture",
        "Customer research",
        "Voice of the customer",
    ];
    let items: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let [r, g, b] = PALETTE[i % 16];
            format!(
                "(name: \"{n}\", amount: {}, unit: parts, colour: \"#{r:02x}{g:02x}{b:02x}\"),",
                i + 1
            )
        })
        .collect();
    let text = format!("(title: \"Hand\", ingredients: [{items}])");
    let recipe = format::parse(text.as_bytes(), "hand.ron").unwrap();
    assert_eq!(recipe.ingredients[0].colour, recipe.ingredients[16].colour);
    let shown = display_colours(&recipe);
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            assert!(delta_e(a.rgb(), b.rgb()) >= MIN_DELTA_E, "{a} and {b}");
        }
    }
    // The first 16 keep the colours their file gave them.
    for (ingredient, colour) in recipe.ingredients.iter().zip(&shown).take(16) {
        assert_eq!(ingredient.colour, *colour, "{}", ingredient.name);
    }
}
