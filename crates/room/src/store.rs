//! The room's folder: one recipe file per participant, each written at
//! once and atomically, and a small index (`.cx-room-index`) saying which
//! token wrote which file, so a resubmission replaces its own answer even
//! after the room was closed and reopened. No name from a request is ever a
//! path here: file names are made by [`crate::names`], and every name read
//! back from the index is checked to be one of ours.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use cx_recipe_core::recipe::write_atomically;

use crate::code::Token;
use crate::names;

/// The index's file name: hidden, and not `*.ron`, so that
/// `cx-recipe blend FOLDER/*.ron` never sees it.
pub const INDEX: &str = ".cx-room-index";
/// The largest index read back (500 participants take 25 KiB).
const MAX_INDEX_BYTES: u64 = 1024 * 1024;
/// The most folder entries looked at when the room opens.
const MAX_SCAN: usize = 100_000;

/// What storing an answer did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The answer's file name in the folder.
    pub file: String,
    /// Whether it replaced this participant's earlier answer.
    pub replaced: bool,
}

/// The folder and what is in it.
#[derive(Debug)]
pub struct Store {
    folder: PathBuf,
    /// Token → the file it wrote.
    index: BTreeMap<Token, String>,
    /// The answers: `.ron` files in the folder (those there before too).
    answers: BTreeSet<String>,
    /// Every name in the folder, lower case (answers, the recipe, the rest):
    /// a new answer never takes one, whatever the file system's case rules.
    taken: BTreeSet<String>,
}

impl Store {
    /// Opens (creating if need be) a room's folder and picks up what is
    /// there. `recipe` is the room's own recipe file: never an answer.
    ///
    /// # Errors
    /// When the folder cannot be created or read.
    pub fn open(folder: &Path, recipe: Option<&Path>) -> io::Result<Self> {
        fs::create_dir_all(folder)?;
        let own = recipe.and_then(|r| fs::canonicalize(r).ok());
        let mut answers = BTreeSet::new();
        let mut taken = BTreeSet::new();
        for entry in fs::read_dir(folder)?.take(MAX_SCAN).flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            taken.insert(name.to_lowercase());
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            let is_recipe = !name.starts_with('.')
                && Path::new(&name)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
            let is_own = own
                .as_ref()
                .is_some_and(|own| fs::canonicalize(entry.path()).is_ok_and(|p| &p == own));
            if is_file && is_recipe && !is_own {
                answers.insert(name);
            }
        }
        let index = read_index(&folder.join(INDEX))
            .into_iter()
            .filter(|(_, file)| answers.contains(file))
            .collect();
        Ok(Self {
            folder: folder.to_path_buf(),
            index,
            answers,
            taken,
        })
    }

    /// The number of answers (participants) in the folder.
    pub fn participants(&self) -> usize {
        self.answers.len()
    }

    /// Whether an answer with this token would make a new file.
    pub fn is_new(&self, token: &Token) -> bool {
        !self.index.contains_key(token)
    }

    /// The answer files, by name.
    pub fn files(&self) -> Vec<PathBuf> {
        self.answers.iter().map(|f| self.folder.join(f)).collect()
    }

    /// The path of an answer file in the folder.
    pub fn path_of(&self, file: &str) -> PathBuf {
        self.folder.join(file)
    }

    /// Writes an answer: the token's own file when it has one (renamed if
    /// the participant's name changed), else a new file named after the
    /// participant. The index is written first, then the answer, then an
    /// old file of the same token is removed: a crash at any point loses no
    /// answer that was confirmed.
    ///
    /// # Errors
    /// An I/O error; the folder then holds what it held before, or the new
    /// answer beside the old one.
    pub fn submit(&mut self, token: &Token, name: &str, bytes: &[u8]) -> io::Result<Stored> {
        let stem = names::stem(name);
        let previous = self.index.get(token).cloned();
        let file = match &previous {
            Some(prev) if derives_from(prev, &stem) => prev.clone(),
            _ => self.free_name(&stem),
        };
        if previous.as_ref() != Some(&file) {
            self.index.insert(token.clone(), file.clone());
            if let Err(e) = self.write_index() {
                self.restore(token, previous);
                return Err(e);
            }
        }
        if let Err(e) = write_atomically(&self.folder.join(&file), bytes) {
            self.restore(token, previous);
            return Err(e);
        }
        self.taken.insert(file.to_lowercase());
        self.answers.insert(file.clone());
        if let Some(prev) = &previous
            && prev != &file
        {
            // The old name is ours (from the index, checked): remove it.
            let _ = fs::remove_file(self.folder.join(prev));
            self.answers.remove(prev);
            self.taken.remove(&prev.to_lowercase());
        }
        Ok(Stored {
            file,
            replaced: previous.is_some(),
        })
    }

    /// Puts a token's index entry back after a failed write.
    fn restore(&mut self, token: &Token, previous: Option<String>) {
        match previous {
            Some(prev) => self.index.insert(token.clone(), prev),
            None => self.index.remove(token),
        };
        let _ = self.write_index();
    }

    /// The first of `stem.ron`, `stem-2.ron`, … that is nobody's.
    fn free_name(&self, stem: &str) -> String {
        (1..)
            .map(|n| names::file_name(stem, n))
            .find(|f| !self.taken.contains(&f.to_lowercase()) && !self.folder.join(f).exists())
            .unwrap_or_else(|| names::file_name(stem, usize::MAX))
    }

    fn write_index(&self) -> io::Result<()> {
        let mut text = String::from("# cx-recipe room: which answer token wrote which file\n");
        for (token, file) in &self.index {
            text.push_str(token.as_str());
            text.push(' ');
            text.push_str(file);
            text.push('\n');
        }
        write_atomically(&self.folder.join(INDEX), text.as_bytes())
    }
}

/// Whether `file` is `stem.ron` or `stem-N.ron`.
fn derives_from(file: &str, stem: &str) -> bool {
    let Some(rest) = file.strip_suffix(".ron").and_then(|f| f.strip_prefix(stem)) else {
        return false;
    };
    rest.is_empty()
        || rest
            .strip_prefix('-')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The index's entries that are well formed; anything else is ignored (a
/// broken index costs only the link to earlier answers, never an answer).
fn read_index(path: &Path) -> Vec<(Token, String)> {
    let Ok(file) = fs::File::open(path) else {
        return Vec::new();
    };
    let mut text = String::new();
    if file
        .take(MAX_INDEX_BYTES)
        .read_to_string(&mut text)
        .is_err()
    {
        return Vec::new();
    }
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| {
            let (token, file) = line.split_once(' ')?;
            let token = Token::parse(token)?;
            names::is_answer_file_name(file).then(|| (token, file.to_owned()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(n: u8) -> Token {
        Token::parse(&format!("{n:032x}")).unwrap()
    }

    #[test]
    fn answers_are_named_by_participant_and_collisions_numbered() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), None).unwrap();
        let a = store.submit(&token(1), "Ann", b"a1").unwrap();
        assert_eq!((a.file.as_str(), a.replaced), ("ann.ron", false));
        let b = store.submit(&token(2), "ANN", b"b1").unwrap();
        assert_eq!(b.file, "ann-2.ron");
        let c = store.submit(&token(3), "", b"c1").unwrap();
        assert_eq!(c.file, "participant.ron");
        // The same token replaces its own file, whatever it is called now.
        let a2 = store.submit(&token(1), "Ann", b"a2").unwrap();
        assert_eq!((a2.file.as_str(), a2.replaced), ("ann.ron", true));
        assert_eq!(fs::read(dir.path().join("ann.ron")).unwrap(), b"a2");
        let c2 = store.submit(&token(3), "Cy", b"c2").unwrap();
        assert_eq!((c2.file.as_str(), c2.replaced), ("cy.ron", true));
        assert!(!dir.path().join("participant.ron").exists());
        assert_eq!(store.participants(), 3);
    }

    #[test]
    fn a_reopened_room_picks_up_what_is_there() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("earlier.ron"), "x").unwrap();
        fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let recipe = dir.path().join("room.ron");
        fs::write(&recipe, "the room's own recipe").unwrap();
        {
            let mut store = Store::open(dir.path(), Some(&recipe)).unwrap();
            assert_eq!(store.participants(), 1);
            store.submit(&token(1), "Ann", b"a1").unwrap();
            // Never over another file, the room's recipe included.
            let room = store.submit(&token(2), "Room", b"r").unwrap();
            assert_eq!(room.file, "room-2.ron");
            let earlier = store.submit(&token(3), "earlier", b"e").unwrap();
            assert_eq!(earlier.file, "earlier-2.ron");
        }
        assert_eq!(fs::read(&recipe).unwrap(), b"the room's own recipe");
        assert_eq!(fs::read(dir.path().join("earlier.ron")).unwrap(), b"x");
        let mut store = Store::open(dir.path(), Some(&recipe)).unwrap();
        assert_eq!(store.participants(), 4);
        assert!(!store.is_new(&token(1)));
        let again = store.submit(&token(1), "Ann", b"a2").unwrap();
        assert_eq!((again.file.as_str(), again.replaced), ("ann.ron", true));
        assert_eq!(store.participants(), 4);
    }

    #[test]
    fn a_tampered_index_points_nowhere_outside() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.ron");
        fs::write(&outside, "keep").unwrap();
        let folder = dir.path().join("room");
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("ann.ron"), "a").unwrap();
        let t = token(1).as_str().to_owned();
        fs::write(
            folder.join(INDEX),
            format!(
                "{t} ../outside.ron\n{t} ann.ron\nnonsense\n{} ann.ron\n",
                "z".repeat(32)
            ),
        )
        .unwrap();
        let mut store = Store::open(&folder, None).unwrap();
        let stored = store.submit(&token(1), "Bo", b"b").unwrap();
        assert_eq!((stored.file.as_str(), stored.replaced), ("bo.ron", true));
        assert_eq!(fs::read(&outside).unwrap(), b"keep");
        assert!(!folder.join("ann.ron").exists());
    }

    #[test]
    fn derived_names() {
        assert!(derives_from("ann.ron", "ann"));
        assert!(derives_from("ann-12.ron", "ann"));
        assert!(!derives_from("ann-marie.ron", "ann"));
        assert!(!derives_from("anna.ron", "ann"));
        assert!(!derives_from("ann-.ron", "ann"));
    }
}
