//! The index's choice, over faces each test names: egui's bundled fonts,
//! the fixtures (subsets of real fonts), made-up Windows and macOS sets, and
//! Debian's Noto files where they are installed.

use super::*;
use crate::chart::fonts::{fixture, needed, skip_without_fonts};

/// An index of egui's bundled Hack and Ubuntu Light.
fn bundled_system() -> FontIndex {
    let mut db = fontdb::Database::new();
    for bytes in [
        epaint_default_fonts::HACK_REGULAR,
        epaint_default_fonts::UBUNTU_LIGHT,
    ] {
        db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
    }
    FontIndex::from_database(db)
}

fn set(s: &str) -> BTreeSet<char> {
    s.chars().collect()
}

fn families(fallbacks: &Fallbacks) -> Vec<&str> {
    fallbacks.fonts.iter().map(|f| f.family.as_str()).collect()
}

#[test]
fn faces_are_listed_by_family_and_described() {
    let system = bundled_system();
    let faces: Vec<(&str, u16, bool)> = system
        .faces()
        .map(|f| (f.family.as_str(), f.weight, f.monospaced))
        .collect();
    assert_eq!(faces, vec![("Hack", 400, true), ("Ubuntu", 300, false)]);
}

#[test]
fn the_better_tier_is_chosen_and_the_worse_fills_in() {
    let system = bundled_system();
    // Hack is a regular monospaced face; Ubuntu Light (300) is light.
    let both = system.fallbacks(&set("A─"));
    assert_eq!(families(&both), vec!["Hack"]);
    assert!(both.missing.is_empty());
    // The schwa is in Ubuntu, not in Hack.
    let schwa = system.fallbacks(&set("AƏ"));
    assert_eq!(families(&schwa), vec!["Hack", "Ubuntu"]);
    let data = schwa.fonts.first().map(|f| f.data.as_ref().as_ref().len());
    assert_eq!(data, Some(epaint_default_fonts::HACK_REGULAR.len()));
    let missing = system.fallbacks(&set("\u{378}"));
    assert!(missing.fonts.is_empty());
    assert_eq!(missing.missing, set("\u{378}"));
}

#[test]
fn each_face_is_read_once_however_many_look_ups() {
    let system = bundled_system();
    for text in ["A", "Ə", "品", "\u{378}", "A─"] {
        let _ = system.fallbacks(&set(text));
    }
    assert_eq!(system.reads(), 2);
}

#[test]
fn faces_a_window_has_need_no_other() {
    let system = bundled_system();
    let installed = BTreeSet::from(["system:Ubuntu-Light".to_owned()]);
    // Hack would be chosen for A; Ubuntu, already there, has it.
    let fallbacks = system.fallbacks_beside(&set("AƏ"), &installed);
    assert!(fallbacks.fonts.is_empty());
    assert!(fallbacks.missing.is_empty());
}

#[test]
fn a_face_that_could_not_be_read_is_tried_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jp.otf");
    let bytes = std::fs::read(fixture("NotoSansCJKjp-Regular-subset.otf")).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let index = FontIndex::from_files(&[&path]).unwrap();
    // The file goes away before the first look-up (a package being
    // upgraded, too many files open): nothing has 品 for now…
    std::fs::remove_file(&path).unwrap();
    let first = index.fallbacks(&set("品"));
    assert!(first.fonts.is_empty());
    assert_eq!(first.missing, set("品"));
    // …but the face is not taken for one that covers nothing.
    std::fs::write(&path, &bytes).unwrap();
    std::thread::sleep(RETRY_AFTER + Duration::from_millis(20));
    let again = index.fallbacks(&set("品"));
    assert_eq!(families(&again), vec!["Noto Sans CJK JP"]);
    assert!(again.missing.is_empty());
}

#[test]
fn a_face_that_never_reads_is_given_up_after_a_few_tries() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jp.otf");
    std::fs::copy(fixture("NotoSansCJKjp-Regular-subset.otf"), &path).unwrap();
    let index = FontIndex::from_files(&[&path]).unwrap();
    std::fs::write(&path, b"not a font").unwrap();
    for _ in 0..5 {
        assert!(index.fallbacks(&set("品")).fonts.is_empty());
        std::thread::sleep(RETRY_AFTER + Duration::from_millis(5));
    }
    assert_eq!(index.reads(), usize::from(MAX_TRIES));
}

/// Made-up faces: regular, unless `weight` says otherwise.
fn synthetic(faces: &[(&str, u16, &str)]) -> FontIndex {
    let described: Vec<(FaceDescription, &str)> = faces
        .iter()
        .map(|(family, weight, covers)| {
            let name = format!("{}-{weight}", family.replace(' ', ""));
            let description = FaceDescription {
                weight: *weight,
                ..FaceDescription::regular(family, &name)
            };
            (description, *covers)
        })
        .collect();
    FontIndex::synthetic(&described)
}

const JAPANESE: &str = "品質ひらがな";
const HAN: &str = "品質";
const KOREAN: &str = "품질";
const ARABIC: &str = "خدمة";
const HEBREW: &str = "שירות";
const THAI: &str = "บริการ";
const DEVANAGARI: &str = "सेवा";
const ETHIOPIC: &str = "ሰላም";
const TIBETAN: &str = "བོད";
const MYANMAR: &str = "မြန်";
const PHOENICIAN: &str = "𐤀𐤁";

/// What a Windows 11 machine has, as far as these characters go: each
/// script's UI font, and the wide fonts that sort before them by name.
fn windows() -> FontIndex {
    let all_cjk = [JAPANESE, KOREAN].concat();
    synthetic(&[
        ("Arial", 400, &[ARABIC, HEBREW].concat()),
        (
            "Arial Unicode MS",
            400,
            &[JAPANESE, KOREAN, ARABIC, HEBREW, THAI, DEVANAGARI].concat(),
        ),
        ("Ebrima", 400, ETHIOPIC),
        ("Leelawadee UI", 400, THAI),
        ("Malgun Gothic", 400, &[KOREAN, HAN].concat()),
        ("Meiryo", 400, JAPANESE),
        ("Microsoft Himalaya", 400, TIBETAN),
        ("Microsoft JhengHei", 400, JAPANESE),
        ("Microsoft YaHei", 400, JAPANESE),
        ("MS Gothic", 400, JAPANESE),
        ("Myanmar Text", 400, MYANMAR),
        ("Nirmala UI", 400, DEVANAGARI),
        ("Segoe UI", 400, &[ARABIC, HEBREW].concat()),
        ("Segoe UI Historic", 400, PHOENICIAN),
        ("SimSun", 400, &all_cjk),
        ("Tahoma", 400, &[ARABIC, HEBREW, THAI].concat()),
        ("Yu Gothic UI", 300, JAPANESE),
        ("Yu Gothic UI", 400, JAPANESE),
        ("Yu Gothic UI", 700, JAPANESE),
    ])
}

#[test]
fn windows_own_fonts_are_chosen_for_each_script_and_region() {
    let windows = windows();
    for (text, family) in [
        (JAPANESE, "Yu Gothic UI"),
        (HAN, "Yu Gothic UI"),
        (KOREAN, "Malgun Gothic"),
        (ARABIC, "Segoe UI"),
        (HEBREW, "Segoe UI"),
        (THAI, "Leelawadee UI"),
        (DEVANAGARI, "Nirmala UI"),
        (ETHIOPIC, "Ebrima"),
        (TIBETAN, "Microsoft Himalaya"),
        (MYANMAR, "Myanmar Text"),
        (PHOENICIAN, "Segoe UI Historic"),
    ] {
        let chosen = windows.fallbacks(&set(text));
        assert_eq!(families(&chosen), vec![family], "{text}");
        assert!(chosen.missing.is_empty(), "{text}");
    }
    let regular = windows.fallbacks(&set(JAPANESE));
    assert_eq!(
        regular.fonts.first().map(|f| f.name.as_str()),
        Some("YuGothicUI-400")
    );
    // A recipe in several scripts: one UI font per script.
    let mixed = windows.fallbacks(&set(&[JAPANESE, ARABIC, DEVANAGARI].concat()));
    let mut chosen = families(&mixed);
    chosen.sort_unstable();
    assert_eq!(chosen, vec!["Nirmala UI", "Segoe UI", "Yu Gothic UI"]);
}

#[test]
fn the_region_s_font_is_taken_first_another_fills_in() {
    // Yu Gothic lacks a Han character the Chinese font has: the Japanese
    // text stays in Yu Gothic, the one character comes from Microsoft YaHei.
    let index = synthetic(&[
        ("Microsoft YaHei", 400, "品質ひ龘"),
        ("Yu Gothic UI", 400, "品質ひ"),
    ]);
    let chosen = index.fallbacks(&set("品質ひ龘"));
    assert_eq!(families(&chosen), vec!["Yu Gothic UI", "Microsoft YaHei"]);
}

/// A Mac's fonts, as far as these characters go.
fn macos() -> FontIndex {
    synthetic(&[
        ("Apple SD Gothic Neo", 400, &[KOREAN, HAN].concat()),
        ("Arial Hebrew", 400, HEBREW),
        (
            "Arial Unicode MS",
            400,
            &[JAPANESE, KOREAN, ARABIC, HEBREW, THAI, DEVANAGARI].concat(),
        ),
        ("Geeza Pro", 400, ARABIC),
        ("Hiragino Sans", 300, JAPANESE),
        ("Hiragino Sans", 600, JAPANESE),
        ("Kohinoor Devanagari", 400, DEVANAGARI),
        ("Kefa", 400, ETHIOPIC),
        ("PingFang HK", 400, JAPANESE),
        ("PingFang SC", 400, JAPANESE),
        ("PingFang TC", 400, JAPANESE),
        ("Thonburi", 400, THAI),
    ])
}

#[test]
fn macos_own_fonts_are_chosen_for_each_script_and_region() {
    let macos = macos();
    for (text, family) in [
        (JAPANESE, "Hiragino Sans"),
        (KOREAN, "Apple SD Gothic Neo"),
        (ARABIC, "Geeza Pro"),
        (HEBREW, "Arial Hebrew"),
        (THAI, "Thonburi"),
        (DEVANAGARI, "Kohinoor Devanagari"),
        (ETHIOPIC, "Kefa"),
    ] {
        let chosen = macos.fallbacks(&set(text));
        assert_eq!(families(&chosen), vec![family], "{text}");
    }
    // W3, the weight macOS draws its UI with, not W6.
    let jp = macos.fallbacks(&set(JAPANESE));
    assert_eq!(
        jp.fonts.first().map(|f| f.name.as_str()),
        Some("HiraginoSans-300")
    );
}

#[test]
fn without_a_japanese_font_chinese_ones_come_in_region_order() {
    let index = synthetic(&[
        ("PingFang HK", 400, HAN),
        ("PingFang TC", 400, HAN),
        ("PingFang SC", 400, HAN),
    ]);
    assert_eq!(families(&index.fallbacks(&set(HAN))), vec!["PingFang SC"]);
}

#[test]
fn unknown_families_go_by_name_after_the_known_ones() {
    let index = synthetic(&[("Zeta Sans", 400, ARABIC), ("Alpha Sans", 400, ARABIC)]);
    assert_eq!(families(&index.fallbacks(&set(ARABIC))), vec!["Alpha Sans"]);
}

#[test]
fn the_fixtures_choose_noto_sans_over_dejavu_sans() {
    let index = FontIndex::from_files(&[
        fixture("DejaVuSans-subset.ttf"),
        fixture("NotoSansArabic-Regular-subset.ttf"),
        fixture("NotoSansCJKjp-Regular-subset.otf"),
    ])
    .unwrap();
    let chosen = index.fallbacks(&needed("خدمة 品質"));
    let mut chosen = families(&chosen);
    chosen.sort_unstable();
    assert_eq!(chosen, vec!["Noto Sans Arabic", "Noto Sans CJK JP"]);
    let line = index.covering_all(&needed("CX خدمة")).map(|f| f.family);
    assert_eq!(line.as_deref(), Some("DejaVu Sans"));
}

/// Debian's Noto files (fonts-noto-cjk, fonts-noto-core) and `DejaVu Sans`,
/// which has Arabic and Hebrew too.
const DEBIAN_FONTS: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
];

#[test]
fn regular_noto_sans_faces_are_chosen_from_debian_s_files() {
    let absent: Vec<&&str> = DEBIAN_FONTS
        .iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if !absent.is_empty() {
        skip_without_fonts(&format!(
            "{absent:?} are not installed (Debian: fonts-noto-cjk, fonts-noto-core, fonts-dejavu-core)"
        ));
        return;
    }
    let index = FontIndex::from_files(DEBIAN_FONTS).unwrap();
    for (text, noto) in [
        ("品質", "Noto Sans CJK JP"),
        ("品質ひらがな", "Noto Sans CJK JP"),
        ("품질", "Noto Sans CJK KR"),
        ("خدمة العملاء", "Noto Sans Arabic"),
        ("שירות", "Noto Sans Hebrew"),
        ("บริการ", "Noto Sans Thai"),
        ("सेवा", "Noto Sans Devanagari"),
    ] {
        let chosen = index.fallbacks(&needed(text));
        assert_eq!(families(&chosen), vec![noto], "{text}");
        assert!(chosen.fonts.iter().all(|f| f.name.ends_with("-Regular")));
    }
}
