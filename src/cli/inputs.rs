//! The input files of `blend`: whether two paths are one file (so that the
//! output never overwrites an input, and nobody counts twice), and the
//! participants' labels.

use std::fs;
use std::path::{Component, Path, PathBuf};

use super::report::one_line;

/// What tells one file from another: its path, the path with links
/// followed, and (on Unix) its device and inode, for hard links.
#[derive(Debug)]
pub(super) struct FileId {
    absolute: Option<PathBuf>,
    canonical: Option<PathBuf>,
    inode: Option<(u64, u64)>,
}

impl FileId {
    /// Looks the file up once, so that many files compare cheaply.
    pub(super) fn of(path: &Path) -> Self {
        Self {
            absolute: std::path::absolute(path).ok(),
            canonical: fs::canonicalize(path).ok(),
            inode: inode(path),
        }
    }

    /// Whether both name the same file; a file that does not exist yet is
    /// compared by its path.
    pub(super) fn is(&self, other: &Self) -> bool {
        known_and_equal(self.absolute.as_ref(), other.absolute.as_ref())
            || known_and_equal(self.canonical.as_ref(), other.canonical.as_ref())
            || known_and_equal(self.inode.as_ref(), other.inode.as_ref())
    }
}

fn known_and_equal<T: PartialEq>(a: Option<&T>, b: Option<&T>) -> bool {
    a.is_some() && a == b
}

#[cfg(unix)]
fn inode(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt as _;
    fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn inode(_: &Path) -> Option<(u64, u64)> {
    None
}

/// A label per file, in order: its file name, or, where two files share a
/// name, as many parent folders as it takes to tell them apart
/// ("team-a/ann.ron", "team-b/ann.ron"). Control characters are replaced, as
/// the labels are printed and kept in the blend's notes.
pub(super) fn labels(paths: &[PathBuf]) -> Vec<String> {
    // Each path's names, the file's own first.
    let names: Vec<Vec<String>> = paths
        .iter()
        .map(|p| {
            let full = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            let mut names: Vec<String> = full
                .components()
                .filter_map(|c| match c {
                    Component::Normal(name) => Some(one_line(&name.to_string_lossy())),
                    _ => None,
                })
                .collect();
            names.reverse();
            if names.is_empty() {
                names.push(one_line(&p.display().to_string()));
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
        }
    }
}
