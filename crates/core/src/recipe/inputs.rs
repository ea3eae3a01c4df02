//! Many input files, as the command line's `blend` and the window's blend
//! both read them: one rule for when two paths are one file, one way to
//! label each file for people, one order (the order given).
//!
//! Two paths are one file when they are the same path made absolute
//! (`a.ron` and `./x/../a.ron`), the same path with links followed (a
//! symbolic link), or the same file on disk (a hard link): on Unix its
//! device and inode, read from the file's metadata; on Windows its volume
//! serial number and file index, which the `same-file` crate reads (the
//! standard library has them only on nightly). A path that names no file
//! yet (an output to be written) is compared by its path.

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::report::terminal_safe;

/// What tells one file from another: its path, the path with links
/// followed, and the file's identity on disk.
#[derive(Debug)]
pub struct FileId {
    absolute: Option<PathBuf>,
    canonical: Option<PathBuf>,
    on_disk: Option<OnDisk>,
}

/// A file's identity on disk: device and inode.
#[cfg(unix)]
type OnDisk = (u64, u64);

/// A file's identity on disk: volume serial number and file index, held
/// by an open handle (Windows has no shortage of them).
#[cfg(windows)]
type OnDisk = same_file::Handle;

/// Elsewhere no identity on disk: the two paths decide.
#[cfg(not(any(unix, windows)))]
type OnDisk = ();

impl FileId {
    /// Looks the file up once, so that many files compare cheaply.
    pub fn of(path: &Path) -> Self {
        Self {
            absolute: std::path::absolute(path).ok(),
            canonical: fs::canonicalize(path).ok(),
            on_disk: on_disk(path),
        }
    }

    /// Whether both name the same file; a file that does not exist yet is
    /// compared by its path.
    pub fn is(&self, other: &Self) -> bool {
        known_and_equal(self.absolute.as_ref(), other.absolute.as_ref())
            || known_and_equal(self.canonical.as_ref(), other.canonical.as_ref())
            || known_and_equal(self.on_disk.as_ref(), other.on_disk.as_ref())
    }
}

fn known_and_equal<T: PartialEq>(a: Option<&T>, b: Option<&T>) -> bool {
    a.is_some() && a == b
}

/// Device and inode from the metadata: no file is held open, so a blend of
/// thousands of files cannot run out of file descriptors.
#[cfg(unix)]
fn on_disk(path: &Path) -> Option<OnDisk> {
    use std::os::unix::fs::MetadataExt as _;
    fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(windows)]
fn on_disk(path: &Path) -> Option<OnDisk> {
    same_file::Handle::from_path(path).ok()
}

#[cfg(not(any(unix, windows)))]
fn on_disk(_: &Path) -> Option<OnDisk> {
    None
}

/// For each path, the position of an earlier one that names the same file,
/// if any: the first naming of a file is the one that counts.
pub fn earlier_twins(paths: &[PathBuf]) -> Vec<Option<usize>> {
    let ids: Vec<FileId> = paths.iter().map(|p| FileId::of(p)).collect();
    ids.iter()
        .enumerate()
        .map(|(i, id)| {
            ids.get(..i)
                .and_then(|before| before.iter().position(|other| other.is(id)))
        })
        .collect()
}

/// The paths with each file once, in the order given: a file named again
/// (through a link, another spelling, a hard link) counts once, under the
/// path that named it first.
pub fn distinct(paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .zip(earlier_twins(paths))
        .filter(|(_, twin)| twin.is_none())
        .map(|(path, _)| path.clone())
        .collect()
}

/// A label per file, in order: its file name, or, where two files share a
/// name, as many parent folders as it takes to tell them apart
/// ("team-a/ann.ron", "team-b/ann.ron"). Control characters are replaced, as
/// the labels are printed, shown and kept in a blend's notes.
pub fn labels(paths: &[PathBuf]) -> Vec<String> {
    // Each path's names, the file's own first.
    let names: Vec<Vec<String>> = paths
        .iter()
        .map(|p| {
            let full = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            let mut names: Vec<String> = full
                .components()
                .filter_map(|c| match c {
                    Component::Normal(name) => Some(terminal_safe(&name.to_string_lossy())),
                    _ => None,
                })
                .collect();
            names.reverse();
            if names.is_empty() {
                names.push(terminal_safe(&p.display().to_string()));
            }
            names
        })
        .collect();
    let mut depths = vec![1_usize; paths.len()];
    loop {
        let shown: Vec<String> = names
            .iter()
            .zip(&depths)
            .map(|(names, &depth)| label(names, depth))
            .collect();
        let mut grew = false;
        for ((depth, this), names) in depths.iter_mut().zip(&shown).zip(&names) {
            let twins = shown.iter().filter(|s| *s == this).count();
            if twins > 1 && *depth < names.len() {
                *depth += 1;
                grew = true;
            }
        }
        if !grew {
            return numbered(shown);
        }
    }
}

/// The last `depth` names of a path, outermost first, joined by "/".
fn label(names: &[String], depth: usize) -> String {
    let mut parts: Vec<&str> = names.iter().take(depth).map(String::as_str).collect();
    parts.reverse();
    parts.join("/")
}

/// Labels still equal (names that differ only in bytes that are not text)
/// get " (2)", " (3)"…, so that every participant stays distinct.
fn numbered(mut shown: Vec<String>) -> Vec<String> {
    for i in 1..shown.len() {
        let (before, rest) = shown.split_at_mut(i);
        let Some(this) = rest.first_mut() else {
            continue;
        };
        let seen = before
            .iter()
            .filter(|s| s.as_str() == this.as_str())
            .count();
        if seen > 0 {
            this.push_str(&format!(" ({})", seen + 1));
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(paths: &[&str]) -> Vec<String> {
        let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
        labels(&paths)
    }

    #[test]
    fn file_names_label_participants() {
        assert_eq!(
            shown(&["in/ann.ron", "in/bo.ron", "cy.ron"]),
            ["ann.ron", "bo.ron", "cy.ron"]
        );
    }

    #[test]
    fn shared_names_are_told_apart_by_their_folders() {
        assert_eq!(
            shown(&["/w/team-a/ann.ron", "/w/team-b/ann.ron", "/w/bo.ron"]),
            ["team-a/ann.ron", "team-b/ann.ron", "bo.ron"]
        );
        assert_eq!(
            shown(&["/x/a/ann.ron", "/y/a/ann.ron"]),
            ["x/a/ann.ron", "y/a/ann.ron"]
        );
        assert_eq!(
            shown(&["/p/ann.ron", "/p/ann.ron"]),
            ["p/ann.ron", "p/ann.ron (2)"]
        );
        assert_eq!(shown(&["/w/a\u{1b}.ron"]), ["a\u{fffd}.ron"]);
    }

    #[test]
    fn the_same_file_is_found_under_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        fs::write(&file, "x").unwrap();
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        let same = |a: &Path, b: &Path| FileId::of(a).is(&FileId::of(b));
        assert!(same(&file, &sub.join("..").join("a.ron")));
        assert!(same(&file, &file));
        assert!(!same(&file, &sub));
        let missing = dir.path().join("new.ron");
        assert!(same(&missing, &dir.path().join(".").join("new.ron")));
        assert!(!same(&missing, &file));
        assert!(!same(&missing, &dir.path().join("other.ron")));
        #[cfg(unix)]
        {
            let link = dir.path().join("hard.ron");
            fs::hard_link(&file, &link).unwrap();
            assert!(same(&file, &link));
            let soft = dir.path().join("soft.ron");
            std::os::unix::fs::symlink(&file, &soft).unwrap();
            assert!(same(&file, &soft));
        }
    }

    #[test]
    fn each_file_counts_once_under_its_first_name_in_the_order_given() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        fs::write(&a, "x").unwrap();
        fs::write(&b, "y").unwrap();
        let again = dir.path().join(".").join("a.ron");
        let paths = vec![b.clone(), a.clone(), again, b.clone()];
        assert_eq!(earlier_twins(&paths), [None, None, Some(1), Some(0)]);
        assert_eq!(distinct(&paths), [b, a]);
        assert!(distinct(&[]).is_empty());
    }
}
