//! Colours that tell a recipe's ingredients apart: the colour a new
//! ingredient gets, and the colours to show for ingredients whose files
//! chose theirs (hand-written files, blends, the library, added one by
//! one), so that no two of up to 24 share one. Differences are CIEDE2000
//! ([`super::delta_e`]).

use super::delta_e::{Lab, ciede2000};
use super::{Colour, PALETTE, palette_colour};

/// The palette colour for the `i`-th item, repeating after the last.
fn colour_for(i: usize) -> [u8; 3] {
    palette_colour(i).rgb()
}

/// The least CIEDE2000 difference (ΔE₀₀, see [`super::delta_e`]) between
/// any two of the palette's first [`DISTINCT_COLOURS`] colours, and the
/// least between the colours [`distinct_colours`] gives a recipe of up to
/// that many ingredients whose colours come from the palette (files
/// without colours, the library, ingredients added one by one, blends).
/// A colour this close to an earlier one is not kept.
pub const MIN_DELTA_E: f64 = 13.0;

/// How many ingredients [`distinct_colours`] keeps apart: the palette's
/// length. Past that, ingredients keep their own colours.
pub const DISTINCT_COLOURS: usize = PALETTE.len();

/// The least ΔE₀₀ [`distinct_colours`] guarantees between any two of up to
/// [`DISTINCT_COLOURS`] ingredients whatever colours a file gave them
/// (their own may crowd the palette out; a colour is then found on a fine
/// grid of sRGB).
pub const MIN_DELTA_E_ANY: f64 = 10.0;

/// The colour a newly added ingredient gets, given the colours `used`
/// already: the first palette colour at least [`MIN_DELTA_E`] from every
/// used one (so a recipe built from the palette gets it in order); else the
/// unused palette colour farthest from them; when every palette colour is
/// taken, the palette repeats: the palette colour for position `used.len()`.
#[must_use]
pub fn next_unused(used: &[[u8; 3]]) -> [u8; 3] {
    let used_labs: Vec<Lab> = used.iter().map(|c| Lab::from_srgb(*c)).collect();
    let nearest = |colour: &[u8; 3]| nearest_distance(Lab::from_srgb(*colour), &used_labs);
    if let Some(colour) = PALETTE.iter().find(|c| nearest(c) >= MIN_DELTA_E) {
        return *colour;
    }
    PALETTE
        .iter()
        .filter(|c| !used.contains(c))
        .map(|c| (nearest(c), *c))
        .max_by(|(a, _), (b, _)| a.total_cmp(b))
        .map_or_else(|| colour_for(used.len()), |(_, c)| c)
}

/// The colours to show for ingredients that want `wanted` (in order; `None`
/// where there is no preference): for display and export, so that no two
/// of up to [`DISTINCT_COLOURS`] ingredients share a colour, whatever their
/// file says.
///
/// Each keeps its wanted colour when that is at least [`MIN_DELTA_E`] from
/// every colour given before it; otherwise (or with no preference) it gets
/// the free palette colour farthest from those (the first in palette order
/// among equals); if no palette colour is [`MIN_DELTA_E`] away, the
/// farthest colour of a fine sRGB grid. Any two of the first
/// [`DISTINCT_COLOURS`] are then at least [`MIN_DELTA_E_ANY`] apart, and at
/// least [`MIN_DELTA_E`] when the wanted colours are palette colours. Past
/// [`DISTINCT_COLOURS`], each keeps its wanted colour (or the palette's for
/// its position).
///
/// The file is not changed: the window shows these and saves what the file
/// had, unless the person chooses to take them
/// ([`crate::recipe::Recipe::take_display_colours`]).
#[must_use]
pub fn distinct_colours(wanted: &[Option<[u8; 3]>]) -> Vec<[u8; 3]> {
    let mut given: Vec<[u8; 3]> = Vec::with_capacity(wanted.len());
    let mut labs: Vec<Lab> = Vec::with_capacity(DISTINCT_COLOURS);
    for (i, want) in wanted.iter().enumerate() {
        if i >= DISTINCT_COLOURS {
            given.push(want.unwrap_or_else(|| colour_for(i)));
            continue;
        }
        let keep = want.filter(|c| nearest_distance(Lab::from_srgb(*c), &labs) >= MIN_DELTA_E);
        let colour = keep.unwrap_or_else(|| farthest_free(&given, &labs));
        labs.push(Lab::from_srgb(colour));
        given.push(colour);
    }
    given
}

/// The free palette colour farthest from `labs` (the first among equals),
/// or, when none is [`MIN_DELTA_E`] away, the farthest colour of the sRGB
/// grid.
fn farthest_free(given: &[[u8; 3]], labs: &[Lab]) -> [u8; 3] {
    let best = |colours: &mut dyn Iterator<Item = [u8; 3]>| {
        colours
            .map(|c| (nearest_distance(Lab::from_srgb(c), labs), c))
            .fold(None, |best: Option<(f64, [u8; 3])>, next| match best {
                Some(b) if b.0 >= next.0 => Some(b),
                _ => Some(next),
            })
    };
    let from_palette = best(&mut PALETTE.iter().copied().filter(|c| !given.contains(c)));
    match from_palette {
        Some((d, c)) if d >= MIN_DELTA_E => c,
        _ => {
            // 13 levels a channel: 2197 colours, searched only when a
            // file's own colours crowd the palette out.
            let level = |v: u16| u8::try_from(v * 255 / 12).unwrap_or(u8::MAX);
            let mut grid = (0..=12u16).flat_map(|r| {
                (0..=12u16)
                    .flat_map(move |g| (0..=12u16).map(move |b| [level(r), level(g), level(b)]))
            });
            let from_grid = best(&mut grid);
            match (from_palette, from_grid) {
                (Some(p), Some(g)) if p.0 >= g.0 => p.1,
                (_, Some(g)) => g.1,
                (Some(p), None) => p.1,
                (None, None) => colour_for(given.len()),
            }
        }
    }
}

/// The smallest ΔE₀₀ from `lab` to any of `others` (infinite for none).
fn nearest_distance(lab: Lab, others: &[Lab]) -> f64 {
    others
        .iter()
        .map(|o| ciede2000(lab, *o))
        .fold(f64::INFINITY, f64::min)
}

impl crate::recipe::Recipe {
    /// Gives every ingredient the colour [`display_colours`] shows it in,
    /// and returns how many changed: what the window does when a person
    /// chooses to keep the colours they see (an edit, undone like any
    /// other). Saving never does it by itself: a file keeps the colours it
    /// was written with.
    pub fn take_display_colours(&mut self) -> usize {
        let shown = display_colours(self);
        let mut changed = 0;
        for (ingredient, colour) in self.ingredients.iter_mut().zip(shown) {
            if ingredient.colour != colour {
                ingredient.colour = colour;
                changed += 1;
            }
        }
        changed
    }
}

/// The colours to show for `recipe`'s ingredients: [`distinct_colours`]
/// of their own.
#[must_use]
pub fn display_colours(recipe: &crate::recipe::Recipe) -> Vec<Colour> {
    let wanted: Vec<Option<[u8; 3]>> = recipe
        .ingredients
        .iter()
        .map(|i| Some(i.colour.rgb()))
        .collect();
    distinct_colours(&wanted)
        .into_iter()
        .map(Colour::from)
        .collect()
}

#[cfg(test)]
#[path = "distinct_tests.rs"]
mod tests;
