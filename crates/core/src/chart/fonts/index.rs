//! An index of font faces: the system's installed ones (see `system`), or a
//! set that a test names. What each face covers is read from its file once
//! per index (the system's is one per process), on the first look-up, and
//! kept (see `coverage`); a face
//! that cannot be read then is tried again on a later look-up, a few times,
//! instead of being taken for a face that covers nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use resvg::usvg::fontdb;

use super::choose::{Candidate, choose};
use super::coverage::Coverage;
use super::rank::{FaceDescription, rank};
use super::{Fallbacks, FontBytes, FontFile};

/// How long a face that could not be read is left alone before it is tried
/// again (short in tests), and how often it is tried at most.
const RETRY_AFTER: Duration = if cfg!(test) {
    Duration::from_millis(50)
} else {
    Duration::from_secs(2)
};
const MAX_TRIES: u8 = 3;

/// Font faces to choose fallbacks from, and what has been learnt of them.
pub struct FontIndex {
    db: fontdb::Database,
    /// Every face, in a fixed order (family, name, file).
    faces: Vec<Entry>,
    state: Mutex<State>,
}

/// One face: how it ranks, and where its data is (none for a made-up face).
struct Entry {
    description: FaceDescription,
    id: Option<fontdb::ID>,
}

#[derive(Default)]
struct State {
    /// Per face (as `faces`), what it covers.
    coverage: Vec<Known>,
    /// File contents read for faces chosen so far, shared by every face of
    /// a collection.
    bytes: BTreeMap<PathBuf, FontBytes>,
    /// How many times a face's coverage was read (each face once, unless
    /// it could not be read).
    reads: usize,
}

/// What is known of a face's characters.
enum Known {
    NotRead,
    Covers(Coverage),
    /// The file could not be read or parsed `tries` times, last at `at`.
    Unreadable {
        tries: u8,
        at: Instant,
    },
}

impl FontIndex {
    /// The faces of `db`.
    pub(super) fn from_database(db: fontdb::Database) -> Self {
        let mut faces: Vec<(Entry, String)> = db
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
                let description = FaceDescription {
                    family,
                    name,
                    weight: info.weight.0,
                    italic: info.style != fontdb::Style::Normal,
                    stretched: info.stretch != fontdb::Stretch::Normal,
                    monospaced: info.monospaced,
                };
                let entry = Entry {
                    description,
                    id: Some(info.id),
                };
                (entry, source)
            })
            .collect();
        // Deterministic whatever order the folders were read in.
        faces.sort_by(|(a, a_source), (b, b_source)| {
            let (a, b) = (&a.description, &b.description);
            (&a.family, &a.name, a_source).cmp(&(&b.family, &b.name, b_source))
        });
        // The same font installed twice (say, system-wide and for the user)
        // is one candidate.
        faces.dedup_by(|(a, _), (b, _)| a.description.name == b.description.name);
        let faces: Vec<Entry> = faces.into_iter().map(|(entry, _)| entry).collect();
        let state = State {
            coverage: faces.iter().map(|_| Known::NotRead).collect(),
            ..State::default()
        };
        Self {
            db,
            faces,
            state: Mutex::new(state),
        }
    }

    /// The faces of the font files `paths` (collections: every face).
    ///
    /// # Errors
    /// The first file that cannot be read.
    pub fn from_files<P: AsRef<Path>>(paths: &[P]) -> std::io::Result<Self> {
        let mut db = fontdb::Database::new();
        for path in paths {
            db.load_font_file(path)?;
        }
        Ok(Self::from_database(db))
    }

    /// Made-up faces, each described and with the characters it covers: for
    /// testing the choice. A chosen face's font data is empty.
    pub fn synthetic(faces: &[(FaceDescription, &str)]) -> Self {
        let entries: Vec<Entry> = faces
            .iter()
            .map(|(description, _)| Entry {
                description: description.clone(),
                id: None,
            })
            .collect();
        let state = State {
            coverage: faces
                .iter()
                .map(|(_, covers)| Known::Covers(Coverage::of_chars(covers.chars())))
                .collect(),
            ..State::default()
        };
        Self {
            db: fontdb::Database::new(),
            faces: entries,
            state: Mutex::new(state),
        }
    }

    /// How many times a face's coverage has been read so far.
    #[cfg(test)]
    fn reads(&self) -> usize {
        self.state.lock().map_or(0, |s| s.reads)
    }

    /// Every face, in the index's fixed order.
    pub fn faces(&self) -> impl Iterator<Item = &FaceDescription> {
        self.faces.iter().map(|e| &e.description)
    }

    /// The fewest faces, best ranked first, that have the characters of
    /// `needed`, and the characters none has. Reads what the faces cover
    /// on first need (slow: call it off the frame).
    pub fn fallbacks(&self, needed: &BTreeSet<char>) -> Fallbacks {
        self.fallbacks_beside(needed, &BTreeSet::new())
    }

    /// As [`Self::fallbacks`], for a window that already has the faces
    /// named `installed`: what they cover needs no other face.
    pub fn fallbacks_beside(
        &self,
        needed: &BTreeSet<char>,
        installed: &BTreeSet<String>,
    ) -> Fallbacks {
        if needed.is_empty() {
            return Fallbacks::default();
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        self.read_coverage(&mut state);
        let needed: BTreeSet<char> = needed
            .iter()
            .copied()
            .filter(|c| {
                !self.covering(&state, *c).any(|i| {
                    self.faces
                        .get(i)
                        .is_some_and(|e| installed.contains(&e.description.name))
                })
            })
            .collect();
        if needed.is_empty() {
            return Fallbacks::default();
        }
        loop {
            let mut ranked: Vec<(_, usize, BTreeSet<char>)> = self
                .faces
                .iter()
                .enumerate()
                .filter_map(|(i, entry)| {
                    let Some(Known::Covers(coverage)) = state.coverage.get(i) else {
                        return None;
                    };
                    let covers = coverage.of(&needed);
                    (!covers.is_empty()).then(|| (rank(&entry.description, &needed), i, covers))
                })
                .collect();
            ranked.sort();
            let (indices, candidates): (Vec<usize>, Vec<Candidate>) = ranked
                .into_iter()
                .map(|(rank, i, covers)| {
                    let tier = rank.tier;
                    (i, Candidate { tier, covers })
                })
                .unzip();
            let choice = choose(&needed, &candidates);
            let mut fonts = Vec::new();
            let mut unreadable = false;
            for &face in choice.picked.iter().filter_map(|p| indices.get(*p)) {
                if let Some(file) = self.file(face, &mut state) {
                    fonts.push(file);
                } else {
                    // Dropped until it is tried again; choose without it.
                    mark_unreadable(&mut state, face);
                    unreadable = true;
                    break;
                }
            }
            if !unreadable {
                return Fallbacks {
                    fonts,
                    missing: choice.missing,
                };
            }
        }
    }

    /// The best face that has every one of `chars`, if one does.
    pub(super) fn covering_all(&self, chars: &BTreeSet<char>) -> Option<FontFile> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        self.read_coverage(&mut state);
        let best = self
            .faces
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                matches!(state.coverage.get(*i), Some(Known::Covers(c)) if chars.iter().all(|ch| c.has(*ch)))
            })
            .min_by_key(|(i, entry)| (rank(&entry.description, chars), *i))
            .map(|(i, _)| i)?;
        self.file(best, &mut state)
    }

    /// The faces known to cover `c`.
    fn covering<'a>(&self, state: &'a State, c: char) -> impl Iterator<Item = usize> + 'a {
        state
            .coverage
            .iter()
            .enumerate()
            .filter(move |(_, known)| matches!(known, Known::Covers(cov) if cov.has(c)))
            .map(|(i, _)| i)
    }

    /// Reads what each face covers where that is not known yet; faces that
    /// could not be read, again once [`RETRY_AFTER`] has passed. fontdb maps
    /// the files (no copy), so a collection's faces cost one parse each.
    fn read_coverage(&self, state: &mut State) {
        for (i, entry) in self.faces.iter().enumerate() {
            let due = match state.coverage.get(i) {
                Some(Known::NotRead) => true,
                Some(Known::Unreadable { tries, at }) => {
                    *tries < MAX_TRIES && at.elapsed() >= RETRY_AFTER
                }
                Some(Known::Covers(_)) | None => false,
            };
            let Some(id) = entry.id.filter(|_| due) else {
                continue;
            };
            state.reads += 1;
            match self.db.with_face_data(id, coverage_of).flatten() {
                Some(coverage) => {
                    if let Some(known) = state.coverage.get_mut(i) {
                        *known = Known::Covers(coverage);
                    }
                }
                None => mark_unreadable(state, i),
            }
        }
    }

    /// Face `i` with its file's bytes (read once per file).
    fn file(&self, i: usize, state: &mut State) -> Option<FontFile> {
        let entry = self.faces.get(i)?;
        let (data, index): (FontBytes, u32) = match entry.id {
            None => (Arc::new(Vec::<u8>::new()), 0),
            Some(id) => {
                let (source, index) = self.db.face_source(id)?;
                let data = match source {
                    fontdb::Source::Binary(data) | fontdb::Source::SharedFile(_, data) => data,
                    fontdb::Source::File(path) => match state.bytes.get(&path) {
                        Some(data) => Arc::clone(data),
                        None => {
                            let data: FontBytes = Arc::new(std::fs::read(&path).ok()?);
                            state.bytes.insert(path, Arc::clone(&data));
                            data
                        }
                    },
                };
                (data, index)
            }
        };
        Some(FontFile {
            name: entry.description.name.clone(),
            family: entry.description.family.clone(),
            data,
            index,
        })
    }
}

/// What face `index` of `data` covers; `None` if it does not parse.
fn coverage_of(data: &[u8], index: u32) -> Option<Coverage> {
    ttf_parser::Face::parse(data, index)
        .ok()
        .map(|face| Coverage::of_face(&face))
}

/// Face `i` could not be read (once more).
fn mark_unreadable(state: &mut State, i: usize) {
    if let Some(known) = state.coverage.get_mut(i) {
        let tries = match known {
            Known::Unreadable { tries, .. } => tries.saturating_add(1),
            Known::NotRead | Known::Covers(_) => 1,
        };
        *known = Known::Unreadable {
            tries,
            at: Instant::now(),
        };
    }
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
