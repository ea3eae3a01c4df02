//! No two ingredients share a colour, however the colours were chosen.

use proptest::prelude::*;

use super::super::delta_e::delta_e;
use super::*;
use crate::recipe::format;

/// The smallest ΔE₀₀ between any two colours.
fn closest_pair(colours: &[[u8; 3]]) -> f64 {
    let mut least = f64::INFINITY;
    for (i, a) in colours.iter().enumerate() {
        for b in colours.iter().skip(i + 1) {
            least = least.min(delta_e(*a, *b));
        }
    }
    least
}

#[test]
fn the_first_24_palette_colours_are_13_apart() {
    assert_eq!(PALETTE.len(), DISTINCT_COLOURS);
    let least = closest_pair(&PALETTE);
    assert!(least >= MIN_DELTA_E, "ΔE₀₀ {least}");
    // What the documentation says: 13.5 between reddish purple and magenta.
    assert!((least - 13.5).abs() < 0.05, "{least}");
    // And every one stays apart from the chart's "Other" grey.
    for c in PALETTE {
        assert!(delta_e(c, [0xa8, 0xa8, 0xa8]) >= MIN_DELTA_E, "{c:?}");
    }
}

#[test]
fn a_hand_written_file_without_colours_gets_24_distinct_ones() {
    let names: String = (0..24)
        .map(|i| format!("(name: \"Item {i}\", amount: 1, unit: parts),"))
        .collect();
    let text = format!("(title: \"Hand\", ingredients: [{names}])");
    let recipe = format::parse(text.as_bytes(), "hand.ron").unwrap();
    let colours: Vec<[u8; 3]> = recipe.ingredients.iter().map(|i| i.colour.rgb()).collect();
    assert!(closest_pair(&colours) >= MIN_DELTA_E);
    // Shown as they are: nothing to change.
    let shown: Vec<[u8; 3]> = display_colours(&recipe).iter().map(|c| c.rgb()).collect();
    assert_eq!(shown, colours);
}

#[test]
fn the_same_colour_twice_is_shown_apart_the_first_kept() {
    // Technology and Customer research both #0072b2 (a file from the days
    // of 16 colours), Efficiency and Voice of the customer both black.
    let blue = Some(PALETTE[0]);
    let black = Some(PALETTE[7]);
    let shown = distinct_colours(&[blue, black, blue, black, None]);
    assert_eq!(shown[0], PALETTE[0]);
    assert_eq!(shown[1], PALETTE[7]);
    assert!(closest_pair(&shown) >= MIN_DELTA_E, "{shown:?}");
    // Colours that are apart already are left alone.
    let own = [[0x12, 0x34, 0x56], [0xfe, 0xdc, 0xba], [0x80, 0x00, 0x00]];
    let shown = distinct_colours(&own.map(Some));
    assert_eq!(shown, own);
}

#[test]
fn twenty_four_of_one_colour_become_24_palette_colours() {
    let shown = distinct_colours(&[Some([0, 0x72, 0xb2]); 24]);
    assert!(closest_pair(&shown) >= MIN_DELTA_E, "{shown:?}");
    assert!(shown.iter().all(|c| PALETTE.contains(c)));
    // No preference: the farthest free colour each time, the whole palette.
    let mut none = distinct_colours(&[None; 24]);
    assert_eq!(none[0], PALETTE[0]);
    none.sort_unstable();
    let mut palette = PALETTE.to_vec();
    palette.sort_unstable();
    assert_eq!(none, palette);
}

#[test]
fn added_one_by_one_they_stay_apart() {
    let mut used: Vec<[u8; 3]> = Vec::new();
    for _ in 0..24 {
        used.push(next_unused(&used));
    }
    assert_eq!(used, PALETTE, "in palette order");
    // Next to a file's own colours, the new one keeps its distance.
    let own = vec![[0x00, 0x70, 0xb0], [0xe0, 0xa0, 0x00]];
    let new = next_unused(&own);
    assert!(
        own.iter().all(|c| delta_e(*c, new) >= MIN_DELTA_E),
        "{new:?}"
    );
}

#[test]
fn a_file_that_crowds_the_palette_still_gets_distinct_colours() {
    // 23 colours of the file's own, each as far as can be from the others
    // (so all are kept), then one more that repeats the first.
    let mut own: Vec<[u8; 3]> = vec![[0x80, 0x80, 0x80]];
    let grid: Vec<[u8; 3]> = (0..=8u16)
        .flat_map(|r| (0..=8u16).flat_map(move |g| (0..=8u16).map(move |b| [r, g, b])))
        .map(|c| c.map(|v| u8::try_from(v * 255 / 8).unwrap()))
        .collect();
    while own.len() < 23 {
        let far = grid
            .iter()
            .max_by(|a, b| {
                let d = |c: &[u8; 3]| own.iter().map(|o| delta_e(*o, *c)).fold(f64::MAX, f64::min);
                d(a).total_cmp(&d(b))
            })
            .unwrap();
        own.push(*far);
    }
    let mut wanted: Vec<Option<[u8; 3]>> = own.iter().copied().map(Some).collect();
    wanted.push(Some(own[0]));
    let shown = distinct_colours(&wanted);
    assert_eq!(
        &shown[..23],
        &own[..],
        "the file's distinct colours are kept"
    );
    assert!(
        closest_pair(&shown) >= MIN_DELTA_E_ANY,
        "{}",
        closest_pair(&shown)
    );
}

#[test]
fn past_24_the_files_colours_stay() {
    let wanted = vec![Some([1, 2, 3]); 30];
    let shown = distinct_colours(&wanted);
    assert_eq!(shown.len(), 30);
    assert!(shown[24..].iter().all(|c| *c == [1, 2, 3]));
    assert!(closest_pair(&shown[..24]) >= MIN_DELTA_E);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_colours_become_distinct(
        wanted in prop::collection::vec(prop::option::of(any::<[u8; 3]>()), 0..=24),
    ) {
        let shown = distinct_colours(&wanted);
        prop_assert_eq!(shown.len(), wanted.len());
        prop_assert!(closest_pair(&shown) >= MIN_DELTA_E_ANY, "{:?}", shown);
        // A wanted colour far enough from those before it is kept.
        for (i, w) in wanted.iter().enumerate() {
            if let Some(w) = w
                && shown[..i].iter().all(|s| delta_e(*s, *w) >= MIN_DELTA_E)
            {
                prop_assert_eq!(shown[i], *w);
            }
        }
    }
}

#[test]
fn taking_the_shown_colours_changes_only_the_clashing_ones() {
    let text = "(title: \"T\", ingredients: [\
        (name: \"Technology\", amount: 1, unit: parts, colour: \"#0072b2\"),\
        (name: \"Customer research\", amount: 1, unit: parts, colour: \"#0072b2\"),\
        (name: \"Speed\", amount: 1, unit: parts, colour: \"#e69f00\")])";
    let mut recipe = format::parse(text.as_bytes(), "t.ron").unwrap();
    let shown = display_colours(&recipe);
    assert_ne!(shown[0], shown[1]);
    assert_eq!(recipe.take_display_colours(), 1);
    assert_eq!(recipe.ingredients[0].colour.rgb(), PALETTE[0]);
    assert_eq!(recipe.ingredients[1].colour, shown[1]);
    assert_eq!(recipe.take_display_colours(), 0);
}
