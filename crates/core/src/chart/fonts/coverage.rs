//! What a face has glyphs for, read once from its character map and kept
//! as sorted ranges of code points: a CJK face's tens of thousands of
//! characters are a few thousand ranges, and a look-up is a binary search.

use std::collections::BTreeSet;

use ttf_parser::cmap::Format;

/// Adds `point` to `ranges`: to the last range where it follows it (as a
/// character map's code points mostly do), else as a range of its own.
fn extend(ranges: &mut Vec<(u32, u32)>, point: u32) {
    match ranges.last_mut() {
        Some((_, end)) if end.checked_add(1) == Some(point) => *end = point,
        _ => ranges.push((point, point)),
    }
}

/// The characters a face has a real glyph (not the box) for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Coverage {
    /// Inclusive, sorted, neither overlapping nor touching.
    ranges: Vec<(u32, u32)>,
}

impl Coverage {
    /// The characters of `face`'s Unicode character map. Where it has a
    /// full-repertoire subtable (format 12 or 13: every CJK font), that one
    /// alone, whose groups map to consecutive glyphs: no character needs a
    /// look-up. Else each subtable's characters that map to a glyph other
    /// than the box (a few thousand at most).
    pub(super) fn of_face(face: &ttf_parser::Face<'_>) -> Self {
        let mut ranges = Vec::new();
        let Some(cmap) = face.tables().cmap else {
            return Self::default();
        };
        let unicode = || {
            cmap.subtables
                .into_iter()
                .filter(ttf_parser::cmap::Subtable::is_unicode)
        };
        let full = unicode().find(|s| {
            matches!(
                s.format,
                Format::SegmentedCoverage(_) | Format::ManyToOneRangeMappings(_)
            )
        });
        if let Some(subtable) = full {
            subtable.codepoints(|point| extend(&mut ranges, point));
        } else {
            for subtable in unicode() {
                subtable.codepoints(|point| {
                    if subtable.glyph_index(point).is_some_and(|g| g.0 != 0) {
                        extend(&mut ranges, point);
                    }
                });
            }
        }
        Self::from_ranges(ranges)
    }

    /// The coverage of exactly `chars` (made-up faces in tests).
    pub(super) fn of_chars(chars: impl IntoIterator<Item = char>) -> Self {
        Self::from_points(chars.into_iter().map(u32::from).collect())
    }

    fn from_points(points: Vec<u32>) -> Self {
        let mut ranges = Vec::new();
        for point in points {
            extend(&mut ranges, point);
        }
        Self::from_ranges(ranges)
    }

    /// `ranges` sorted, and those that overlap or touch made one.
    fn from_ranges(mut ranges: Vec<(u32, u32)>) -> Self {
        ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (start, end) in ranges {
            match merged.last_mut() {
                Some((_, last)) if start <= last.saturating_add(1) => *last = (*last).max(end),
                _ => merged.push((start, end)),
            }
        }
        merged.shrink_to_fit();
        Self { ranges: merged }
    }

    /// Whether the face has a glyph for `c`.
    pub(super) fn has(&self, c: char) -> bool {
        let point = u32::from(c);
        // The first range that ends at or after `point`.
        let i = self.ranges.partition_point(|(_, end)| *end < point);
        self.ranges.get(i).is_some_and(|(start, _)| *start <= point)
    }

    /// The characters of `chars` the face has.
    pub(super) fn of<'a>(&self, chars: impl IntoIterator<Item = &'a char>) -> BTreeSet<char> {
        chars
            .into_iter()
            .copied()
            .filter(|c| self.has(*c))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_join_neighbours_and_answer_look_ups() {
        let coverage = Coverage::of_chars("cabxz品".chars());
        assert_eq!(
            coverage.ranges,
            vec![(0x61, 0x63), (0x78, 0x78), (0x7a, 0x7a), (0x54c1, 0x54c1)]
        );
        for c in "abcxz品".chars() {
            assert!(coverage.has(c), "{c}");
        }
        for c in "`dy{質\u{0}".chars() {
            assert!(!coverage.has(c), "{c}");
        }
        assert!(!Coverage::default().has('a'));
    }

    #[test]
    fn a_real_face_covers_what_its_glyphs_cover() {
        let bytes = epaint_default_fonts::UBUNTU_LIGHT;
        let face = ttf_parser::Face::parse(bytes, 0).unwrap();
        let coverage = Coverage::of_face(&face);
        for c in ('!'..='~').chain("éßΩЖƏ→".chars()) {
            assert_eq!(
                coverage.has(c),
                face.glyph_index(c).is_some_and(|g| g.0 != 0),
                "{c}"
            );
        }
        assert!(!coverage.has('品'));
        // Far fewer ranges than characters.
        assert!(coverage.ranges.len() < 200, "{}", coverage.ranges.len());
    }
}
