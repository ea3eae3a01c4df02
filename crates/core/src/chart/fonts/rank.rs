//! How good a fallback a face is for some characters: its style first
//! (regular faces of the families each system makes for its scripts' UI
//! text, then other regular sans faces, then the rest), then, among CJK
//! faces, the region whose letter forms the text wants, then the family's
//! place in [`KNOWN`], then alphabetical order. Pure: tested with made-up
//! faces.

use std::collections::BTreeSet;

/// What ranking needs to know of a face: its names and style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FaceDescription {
    /// The family it declares, e.g. "Yu Gothic UI".
    pub family: String,
    /// A name unique among faces (its PostScript name, e.g. "YuGothicUI-Regular").
    pub name: String,
    /// 100 (thin) to 900 (black); 400 is regular.
    pub weight: u16,
    /// Italic or oblique.
    pub italic: bool,
    /// Narrower or wider than normal.
    pub stretched: bool,
    /// Every glyph the same width.
    pub monospaced: bool,
}

impl FaceDescription {
    /// A regular, upright, proportional face (made-up faces in tests).
    pub fn regular(family: &str, name: &str) -> Self {
        Self {
            family: family.to_owned(),
            name: name.to_owned(),
            weight: 400,
            italic: false,
            stretched: false,
            monospaced: false,
        }
    }
}

/// A CJK region: the same characters, each region's letter forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Region {
    Japanese,
    Korean,
    SimplifiedChinese,
    TraditionalChinese,
    HongKong,
}

use Region::{HongKong, Japanese, Korean, SimplifiedChinese, TraditionalChinese};

/// The families made for the UI text of a script on Windows and macOS (and
/// the CJK region each is drawn for), best first where two have the same
/// characters. Regular "Noto Sans …" faces (one per script, made to sit
/// together) come before all of them; families not listed come after, in
/// alphabetical order.
pub(super) const KNOWN: &[(&str, Option<Region>)] = &[
    // Windows (10 and 11).
    ("Segoe UI", None), // Latin, Greek, Cyrillic, Arabic, Hebrew, Armenian, Georgian
    ("Nirmala UI", None), // the Indic scripts, Sinhala, Ol Chiki
    ("Leelawadee UI", None), // Thai, Lao, Khmer, Buginese
    ("Myanmar Text", None),
    ("Javanese Text", None),
    ("Mongolian Baiti", None),
    ("Microsoft Himalaya", None), // Tibetan
    ("Ebrima", None),             // Ethiopic, N'Ko, Vai, Tifinagh, Osmanya, Adlam
    ("Gadugi", None),             // Cherokee, Canadian syllabics
    ("Microsoft Yi Baiti", None),
    ("Microsoft New Tai Lue", None),
    ("Microsoft Tai Le", None),
    ("Microsoft PhagsPa", None),
    ("Segoe UI Historic", None),
    ("Segoe UI Symbol", None),
    ("Segoe UI Emoji", None),
    ("Sylfaen", None), // Armenian, Georgian before Windows 8
    ("Khmer UI", None),
    ("Lao UI", None),
    ("Yu Gothic UI", Some(Japanese)),
    ("Yu Gothic", Some(Japanese)),
    ("Meiryo UI", Some(Japanese)),
    ("Meiryo", Some(Japanese)),
    ("MS UI Gothic", Some(Japanese)),
    ("MS PGothic", Some(Japanese)),
    ("MS Gothic", Some(Japanese)),
    ("Microsoft YaHei UI", Some(SimplifiedChinese)),
    ("Microsoft YaHei", Some(SimplifiedChinese)),
    ("DengXian", Some(SimplifiedChinese)),
    ("SimHei", Some(SimplifiedChinese)),
    ("SimSun", Some(SimplifiedChinese)),
    ("NSimSun", Some(SimplifiedChinese)),
    ("Microsoft JhengHei UI", Some(TraditionalChinese)),
    ("Microsoft JhengHei", Some(TraditionalChinese)),
    ("PMingLiU", Some(TraditionalChinese)),
    ("MingLiU", Some(TraditionalChinese)),
    ("MingLiU_HKSCS", Some(HongKong)),
    ("Malgun Gothic", Some(Korean)),
    ("Gulim", Some(Korean)),
    ("Dotum", Some(Korean)),
    ("Batang", Some(Korean)),
    // macOS.
    ("Geeza Pro", None), // Arabic
    ("SF Arabic", None),
    ("SF Hebrew", None),
    ("Arial Hebrew", None),
    ("Thonburi", None), // Thai
    ("Lao Sangam MN", None),
    ("Khmer Sangam MN", None),
    ("Myanmar Sangam MN", None),
    ("Kohinoor Devanagari", None),
    ("Kohinoor Bangla", None),
    ("Kohinoor Gujarati", None),
    ("Kohinoor Telugu", None),
    ("Devanagari Sangam MN", None),
    ("Bangla Sangam MN", None),
    ("Gurmukhi MN", None),
    ("Gujarati Sangam MN", None),
    ("Oriya Sangam MN", None),
    ("Tamil Sangam MN", None),
    ("Telugu Sangam MN", None),
    ("Kannada Sangam MN", None),
    ("Malayalam Sangam MN", None),
    ("Sinhala Sangam MN", None),
    ("Mshtakan", None), // Armenian
    ("Kefa", None),     // Ethiopic
    ("Kailasa", None),  // Tibetan
    ("Plantagenet Cherokee", None),
    ("Euphemia UCAS", None), // Canadian syllabics
    ("Apple Symbols", None),
    ("Apple Color Emoji", None),
    ("Hiragino Sans", Some(Japanese)),
    ("Hiragino Kaku Gothic ProN", Some(Japanese)),
    ("Hiragino Kaku Gothic Pro", Some(Japanese)),
    ("Hiragino Maru Gothic ProN", Some(Japanese)),
    ("PingFang SC", Some(SimplifiedChinese)),
    ("Hiragino Sans GB", Some(SimplifiedChinese)),
    ("Heiti SC", Some(SimplifiedChinese)),
    ("STHeiti", Some(SimplifiedChinese)),
    ("PingFang TC", Some(TraditionalChinese)),
    ("Heiti TC", Some(TraditionalChinese)),
    ("PingFang HK", Some(HongKong)),
    ("Apple SD Gothic Neo", Some(Korean)),
    ("AppleGothic", Some(Korean)),
];

/// Where `family` stands among the known families: 0 for a "Noto Sans …"
/// family, then [`KNOWN`]'s order; `None` for families not known.
fn known_rank(family: &str) -> Option<u16> {
    if family.starts_with("Noto Sans ") && !family.contains("Mono") {
        return Some(0);
    }
    KNOWN
        .iter()
        .position(|(known, _)| known.eq_ignore_ascii_case(family))
        .and_then(|i| u16::try_from(i + 1).ok())
}

/// The CJK region `family` is drawn for: a "JP", "KR", "SC", "TC" or "HK"
/// at the end of its name (Noto Sans CJK, Source Han Sans), or [`KNOWN`]'s.
pub(super) fn region(family: &str) -> Option<Region> {
    let by_suffix = match family.rsplit(' ').next() {
        Some("JP") => Some(Japanese),
        Some("KR") => Some(Korean),
        Some("SC") => Some(SimplifiedChinese),
        Some("TC") => Some(TraditionalChinese),
        Some("HK") => Some(HongKong),
        _ => None,
    };
    by_suffix.or_else(|| {
        KNOWN
            .iter()
            .find(|(known, _)| known.eq_ignore_ascii_case(family))
            .and_then(|(_, region)| *region)
    })
}

/// The regions in the order `needed` wants them: Korean first for text
/// with Hangul and no kana, else Japanese (Han alone could be any; kana
/// is Japanese), then Korean, then the Chinese ones.
fn region_order(needed: &BTreeSet<char>) -> [Region; 5] {
    let hangul = needed.iter().any(|c| {
        matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7a3}')
    });
    let kana = needed
        .iter()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}'));
    if hangul && !kana {
        [
            Korean,
            Japanese,
            SimplifiedChinese,
            TraditionalChinese,
            HongKong,
        ]
    } else {
        [
            Japanese,
            Korean,
            SimplifiedChinese,
            TraditionalChinese,
            HongKong,
        ]
    }
}

/// The style tier, lower being better: 0 a regular face of a known
/// family; 1 another regular sans face; 2 another regular face (serif,
/// monospace); 3 the rest (bold, italic, condensed). Known families' light
/// and medium faces count as regular (macOS's Hiragino Sans W3 is 300).
pub(super) fn tier(face: &FaceDescription) -> u8 {
    let known = known_rank(&face.family).is_some();
    let weights = if known { 300..=500 } else { 350..=450 };
    let regular = !face.italic && !face.stretched && weights.contains(&face.weight);
    let sans = !face.monospaced && !face.family.contains("Serif") && !face.family.contains("Mono");
    match (regular, known, sans) {
        (true, true, _) => 0,
        (true, false, true) => 1,
        (true, false, false) => 2,
        (false, _, _) => 3,
    }
}

/// The order in which faces are offered for `needed`, best first.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Rank {
    /// What the greedy choice takes strictly in order (see
    /// `choose::Candidate::tier`): the style tier, then the CJK region's
    /// place for `needed` (0 for faces of no region).
    pub(super) tier: u8,
    family_rank: u16,
    family: String,
    /// How far from regular (400) the weight is: Regular before Light.
    weight_distance: u16,
    name: String,
}

/// `face`'s rank for the characters `needed`.
pub(super) fn rank(face: &FaceDescription, needed: &BTreeSet<char>) -> Rank {
    let region_rank = region(&face.family)
        .and_then(|r| region_order(needed).iter().position(|o| *o == r))
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(0);
    Rank {
        tier: tier(face) * 8 + region_rank,
        family_rank: known_rank(&face.family).unwrap_or(u16::MAX),
        family: face.family.to_lowercase(),
        weight_distance: face.weight.abs_diff(400),
        name: face.name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(s: &str) -> BTreeSet<char> {
        s.chars().collect()
    }

    fn face(family: &str) -> FaceDescription {
        FaceDescription::regular(family, &format!("{}-Regular", family.replace(' ', "")))
    }

    fn styled(family: &str, weight: u16, italic: bool) -> FaceDescription {
        FaceDescription {
            weight,
            italic,
            ..face(family)
        }
    }

    #[test]
    fn tiers_follow_style_and_known_families() {
        assert_eq!(tier(&face("Noto Sans Arabic")), 0);
        assert_eq!(tier(&face("Yu Gothic UI")), 0);
        assert_eq!(tier(&face("yu gothic ui")), 0, "names match in any case");
        assert_eq!(tier(&face("Hiragino Sans")), 0);
        assert_eq!(tier(&styled("Hiragino Sans", 300, false)), 0, "W3");
        assert_eq!(tier(&face("DejaVu Sans")), 1);
        assert_eq!(tier(&styled("DejaVu Sans", 300, false)), 3);
        assert_eq!(tier(&face("Noto Serif CJK JP")), 2);
        let mono = FaceDescription {
            monospaced: true,
            ..face("Hack")
        };
        assert_eq!(tier(&mono), 2);
        assert_eq!(tier(&face("Noto Sans Mono")), 2);
        assert_eq!(tier(&styled("Segoe UI", 700, false)), 3);
        assert_eq!(tier(&styled("Segoe UI", 400, true)), 3);
    }

    #[test]
    fn regions_come_from_the_suffix_or_the_known_families() {
        for (family, expected) in [
            ("Noto Sans CJK JP", Some(Japanese)),
            ("Noto Sans CJK HK", Some(HongKong)),
            ("Source Han Sans KR", Some(Korean)),
            ("Yu Gothic UI", Some(Japanese)),
            ("Meiryo", Some(Japanese)),
            ("MS Gothic", Some(Japanese)),
            ("Hiragino Sans", Some(Japanese)),
            ("Microsoft YaHei", Some(SimplifiedChinese)),
            ("SimSun", Some(SimplifiedChinese)),
            ("PingFang SC", Some(SimplifiedChinese)),
            ("Microsoft JhengHei", Some(TraditionalChinese)),
            ("PMingLiU", Some(TraditionalChinese)),
            ("PingFang TC", Some(TraditionalChinese)),
            ("PingFang HK", Some(HongKong)),
            ("Malgun Gothic", Some(Korean)),
            ("Apple SD Gothic Neo", Some(Korean)),
            ("Noto Sans Arabic", None),
            ("Segoe UI", None),
        ] {
            assert_eq!(region(family), expected, "{family}");
        }
    }

    #[test]
    fn cjk_regions_follow_the_script() {
        let han = set("品質");
        let kana = set("品質ひらがな");
        let hangul = set("품질");
        let rank_of = |family: &str, needed: &BTreeSet<char>| rank(&face(family), needed).tier;
        assert!(rank_of("Noto Sans CJK JP", &han) < rank_of("Noto Sans CJK HK", &han));
        assert!(rank_of("Noto Sans CJK KR", &hangul) < rank_of("Noto Sans CJK JP", &hangul));
        assert!(rank_of("Yu Gothic UI", &kana) < rank_of("Microsoft YaHei", &kana));
        assert!(rank_of("Malgun Gothic", &hangul) < rank_of("Yu Gothic UI", &hangul));
        assert!(rank_of("Microsoft YaHei", &han) < rank_of("Microsoft JhengHei", &han));
        assert_eq!(rank_of("Noto Sans Arabic", &han), 0);
    }

    #[test]
    fn known_families_before_unknown_ones_then_alphabetical() {
        let needed = set("خدمة");
        let mut faces = [
            face("Zeta Sans"),
            face("Segoe UI"),
            face("Alpha Sans"),
            face("Noto Sans Arabic"),
            face("Geeza Pro"),
        ];
        faces.sort_by_key(|f| rank(f, &needed));
        let order: Vec<&str> = faces.iter().map(|f| f.family.as_str()).collect();
        assert_eq!(
            order,
            [
                "Noto Sans Arabic",
                "Segoe UI",
                "Geeza Pro",
                "Alpha Sans",
                "Zeta Sans"
            ]
        );
    }

    #[test]
    fn a_family_s_regular_face_before_its_light_one() {
        let needed = set("品");
        let mut faces = [
            styled("Yu Gothic UI", 300, false),
            styled("Yu Gothic UI", 350, false),
            face("Yu Gothic UI"),
        ];
        faces.sort_by_key(|f| rank(f, &needed));
        assert_eq!(faces.first().map(|f| f.weight), Some(400));
    }
}
