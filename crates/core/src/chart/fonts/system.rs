//! The system's installed fonts, read once on first need (never at start-up
//! for text egui's own fonts cover): which faces have which characters, and
//! their bytes for egui and resvg.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use resvg::usvg::fontdb;

use super::choose::{Candidate, choose};
use super::{Fallbacks, FontBytes, FontFile, has_glyph};

/// The index, built by the first [`index`] call.
static SYSTEM: OnceLock<SystemFonts> = OnceLock::new();

/// Whether the system's fonts have been read in this process.
pub(super) fn loaded() -> bool {
    SYSTEM.get().is_some()
}

/// The system's fonts, read on the first call.
pub(super) fn index() -> &'static SystemFonts {
    SYSTEM.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        SystemFonts::new(db)
    })
}

/// Installed font faces in order of preference, with what has been learnt
/// about them so far.
pub(super) struct SystemFonts {
    db: fontdb::Database,
    /// Every face, best first (see [`tier`]).
    faces: Vec<Face>,
    cache: Mutex<Cache>,
}

/// One face of the database.
struct Face {
    id: fontdb::ID,
    /// A name unique among the faces: egui keys its fonts by name.
    name: String,
    family: String,
    tier: u8,
}

#[derive(Default)]
struct Cache {
    /// For each character looked up so far, the faces (indices into
    /// `faces`) that have it; an empty list if none does.
    covering: BTreeMap<char, Vec<usize>>,
    /// File contents read so far, shared by every face of a collection.
    bytes: BTreeMap<PathBuf, FontBytes>,
}

impl SystemFonts {
    /// The faces of `db`, ordered for choosing.
    pub(super) fn new(db: fontdb::Database) -> Self {
        let mut faces: Vec<(Face, String)> = db
            .faces()
            .map(|info| {
                let family = info
                    .families
                    .first()
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default();
                let name = if info.post_script_name.is_empty() {
                    format!("system:{family}#{}", info.index)
                } else {
                    format!("system:{}", info.post_script_name)
                };
                let source = match &info.source {
                    fontdb::Source::File(path) | fontdb::Source::SharedFile(path, _) => {
                        path.display().to_string()
                    }
                    fontdb::Source::Binary(_) => String::new(),
                };
                let face = Face {
                    id: info.id,
                    tier: tier(info, &family),
                    name,
                    family,
                };
                (face, source)
            })
            .collect();
        // Deterministic whatever order the folders were read in.
        faces.sort_by(|(a, a_source), (b, b_source)| {
            (a.tier, &a.family, &a.name, a_source).cmp(&(b.tier, &b.family, &b.name, b_source))
        });
        // The same font installed twice (say, system-wide and for the user)
        // is one candidate.
        faces.dedup_by(|(a, _), (b, _)| a.name == b.name);
        Self {
            db,
            faces: faces.into_iter().map(|(face, _)| face).collect(),
            cache: Mutex::new(Cache::default()),
        }
    }

    /// The fewest faces, of the best tiers, that have the characters of
    /// `needed`, and the characters none has.
    pub(super) fn fallbacks(&self, needed: &BTreeSet<char>) -> Fallbacks {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        self.learn(&mut cache, needed);
        let mut covers: BTreeMap<usize, BTreeSet<char>> = BTreeMap::new();
        for c in needed {
            for &face in cache.covering.get(c).into_iter().flatten() {
                covers.entry(face).or_default().insert(*c);
            }
        }
        // A face whose file cannot be read is dropped and the choice made again.
        loop {
            let mut ranked: Vec<(u8, usize, Candidate)> = covers
                .iter()
                .filter_map(|(&i, chars)| {
                    let face = self.faces.get(i)?;
                    let candidate = Candidate {
                        tier: face.tier,
                        covers: chars.clone(),
                    };
                    Some((cjk_rank(&face.family, needed), i, candidate))
                })
                .collect();
            ranked.sort_by_key(|(rank, i, c)| (c.tier, *rank, *i));
            let (indices, candidates): (Vec<usize>, Vec<Candidate>) =
                ranked.into_iter().map(|(_, i, c)| (i, c)).unzip();
            let choice = choose(needed, &candidates);
            let mut fonts = Vec::new();
            let mut unreadable = None;
            for face in choice.picked.iter().filter_map(|p| indices.get(*p)) {
                match self.file(*face, &mut cache.bytes) {
                    Some(file) => fonts.push(file),
                    None => {
                        unreadable = Some(*face);
                        break;
                    }
                }
            }
            match unreadable {
                Some(face) => {
                    covers.remove(&face);
                }
                None => {
                    return Fallbacks {
                        fonts,
                        missing: choice.missing,
                    };
                }
            }
        }
    }

    /// Looks up, once, which faces have each of `chars` not looked up yet.
    fn learn(&self, cache: &mut Cache, chars: &BTreeSet<char>) {
        let unknown: Vec<char> = chars
            .iter()
            .copied()
            .filter(|c| !cache.covering.contains_key(c))
            .collect();
        if !unknown.is_empty() {
            self.look_up(&unknown, &mut cache.covering);
        }
    }

    /// The best face that has every one of `chars`, if one does.
    pub(super) fn covering_all(&self, chars: &BTreeSet<char>) -> Option<FontFile> {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        self.learn(&mut cache, chars);
        // Faces are listed best first, and each character's list in face order.
        let mut lists = chars.iter().map(|c| cache.covering.get(c));
        let first: Vec<usize> = lists.next().flatten().cloned().unwrap_or_default();
        let common: Vec<usize> = lists.fold(first, |common, list| {
            common
                .into_iter()
                .filter(|face| list.is_some_and(|l| l.binary_search(face).is_ok()))
                .collect()
        });
        let face = common.first().copied()?;
        self.file(face, &mut cache.bytes)
    }

    /// Which faces have each of `chars`: every face is opened once.
    fn look_up(&self, chars: &[char], covering: &mut BTreeMap<char, Vec<usize>>) {
        for c in chars {
            covering.entry(*c).or_default();
        }
        for (i, face) in self.faces.iter().enumerate() {
            let has = self
                .db
                .with_face_data(face.id, |data, index| {
                    ttf_parser::Face::parse(data, index).map_or_else(
                        |_| Vec::new(),
                        |parsed| {
                            chars
                                .iter()
                                .copied()
                                .filter(|c| has_glyph(&parsed, *c))
                                .collect()
                        },
                    )
                })
                .unwrap_or_default();
            for c in has {
                covering.entry(c).or_default().push(i);
            }
        }
    }

    /// Face `i` with its file's bytes (read once per file).
    fn file(&self, i: usize, bytes: &mut BTreeMap<PathBuf, FontBytes>) -> Option<FontFile> {
        let face = self.faces.get(i)?;
        let (source, index) = self.db.face_source(face.id)?;
        let data = match source {
            fontdb::Source::Binary(data) | fontdb::Source::SharedFile(_, data) => data,
            fontdb::Source::File(path) => match bytes.get(&path) {
                Some(data) => Arc::clone(data),
                None => {
                    let data: FontBytes = Arc::new(std::fs::read(&path).ok()?);
                    bytes.insert(path, Arc::clone(&data));
                    data
                }
            },
        };
        Some(FontFile {
            name: face.name.clone(),
            family: face.family.clone(),
            data,
            index,
        })
    }
}

/// How good a fallback a face is, lower being better: regular Noto Sans
/// faces (made to sit together, one per script), other regular sans faces,
/// other regular faces (serif, monospace), then the rest (bold, italic,
/// condensed).
fn tier(info: &fontdb::FaceInfo, family: &str) -> u8 {
    let regular = info.style == fontdb::Style::Normal
        && info.stretch == fontdb::Stretch::Normal
        && (350..=450).contains(&info.weight.0);
    let sans = !info.monospaced && !family.contains("Serif") && !family.contains("Mono");
    match (regular, sans) {
        (true, true) if family.starts_with("Noto Sans ") => 0,
        (true, true) => 1,
        (true, false) => 2,
        (false, _) => 3,
    }
}

/// Among the faces of a CJK collection, which have the same characters
/// but each its region's forms: Korean for text with Hangul, else Japanese
/// (the one example the issue gives), then Chinese. 0 for other families.
fn cjk_rank(family: &str, needed: &BTreeSet<char>) -> u8 {
    let hangul = needed
        .iter()
        .any(|c| matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7a3}'));
    let kana = needed.iter().any(|c| matches!(c, '\u{3040}'..='\u{30ff}'));
    let order: [&str; 5] = if hangul && !kana {
        ["KR", "JP", "SC", "TC", "HK"]
    } else {
        ["JP", "KR", "SC", "TC", "HK"]
    };
    family
        .rsplit(' ')
        .next()
        .and_then(|region| order.iter().position(|o| *o == region))
        .and_then(|p| u8::try_from(p).ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database of egui's bundled fonts, standing in for a system.
    fn bundled_system() -> SystemFonts {
        let mut db = fontdb::Database::new();
        for bytes in [
            epaint_default_fonts::HACK_REGULAR,
            epaint_default_fonts::UBUNTU_LIGHT,
        ] {
            db.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
        }
        SystemFonts::new(db)
    }

    #[test]
    fn faces_are_ordered_by_tier_then_name() {
        let system = bundled_system();
        let names: Vec<(u8, &str)> = system
            .faces
            .iter()
            .map(|f| (f.tier, f.family.as_str()))
            .collect();
        // Hack is a regular monospaced face; Ubuntu Light (300) is light.
        assert_eq!(names, vec![(2, "Hack"), (3, "Ubuntu")]);
    }

    fn families(fallbacks: &Fallbacks) -> Vec<&str> {
        fallbacks.fonts.iter().map(|f| f.family.as_str()).collect()
    }

    #[test]
    fn the_better_tier_is_chosen_and_the_worse_fills_in() {
        let system = bundled_system();
        let both = system.fallbacks(&"A─".chars().collect());
        assert_eq!(families(&both), vec!["Hack"]);
        assert!(both.missing.is_empty());
        // The schwa is in Ubuntu, not in Hack.
        let schwa = system.fallbacks(&"AƏ".chars().collect());
        assert_eq!(families(&schwa), vec!["Hack", "Ubuntu"]);
        let data = schwa.fonts.first().map(|f| f.data.as_ref().as_ref().len());
        assert_eq!(data, Some(epaint_default_fonts::HACK_REGULAR.len()));
        let missing = system.fallbacks(&"\u{378}".chars().collect());
        assert!(missing.fonts.is_empty());
        assert_eq!(missing.missing, "\u{378}".chars().collect());
    }

    #[test]
    fn cjk_regions_follow_the_script() {
        let han: BTreeSet<char> = "品質".chars().collect();
        let hangul: BTreeSet<char> = "품질".chars().collect();
        assert!(cjk_rank("Noto Sans CJK JP", &han) < cjk_rank("Noto Sans CJK HK", &han));
        assert!(cjk_rank("Noto Sans CJK KR", &hangul) < cjk_rank("Noto Sans CJK JP", &hangul));
        assert_eq!(cjk_rank("Noto Sans Arabic", &han), 0);
    }

    #[test]
    fn regular_noto_sans_faces_are_chosen_where_installed() {
        let system = index();
        for (text, noto) in [
            ("品質", "Noto Sans CJK JP"),
            ("품질", "Noto Sans CJK KR"),
            ("خدمة العملاء", "Noto Sans Arabic"),
            ("שירות", "Noto Sans Hebrew"),
            ("บริการ", "Noto Sans Thai"),
            ("सेवा", "Noto Sans Devanagari"),
        ] {
            if !system.faces.iter().any(|f| f.family == noto) {
                eprintln!("skipped: {noto} is not installed (fonts-noto-cjk, fonts-noto-core)");
                continue;
            }
            let chosen = system.fallbacks(&super::super::needed(text));
            assert_eq!(families(&chosen), vec![noto], "{text}");
            assert!(chosen.fonts.iter().all(|f| f.name.ends_with("-Regular")));
        }
    }
}
