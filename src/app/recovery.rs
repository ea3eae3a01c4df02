//! Crash recovery: while the recipe has unsaved changes, a copy is written
//! to the app's data folder a few seconds after the last edit; after a crash
//! the next start offers it back. A save or a clean quit removes it.
//!
//! Every window keeps its own copy (`recovery-ID.ron`) and holds a lock on
//! `recovery-ID.lock` while it runs, so several windows never take each
//! other's copies: a copy is offered at start only when no running window
//! holds its lock (the system drops the lock of a crashed process).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::recipe::{Recipe, format, write_atomically};

/// Seconds after the last edit before the copy is written.
pub const DELAY_S: f64 = 3.0;

const PREFIX: &str = "recovery-";

/// This window's recovery copy, and the search for copies left by others.
#[derive(Debug)]
pub struct Recovery {
    folder: PathBuf,
    id: String,
    /// Held for the life of the window once a copy has been written.
    lock: Option<fs::File>,
}

/// A copy left by a window that did not close cleanly.
#[derive(Debug)]
pub struct Recovered {
    /// Which copy.
    pub id: String,
    /// The unsaved recipe.
    pub recipe: Recipe,
    /// The file it belonged to, if it had one.
    pub origin: Option<PathBuf>,
}

impl Recovery {
    /// Recovery files in `folder` (created when first needed).
    pub fn new(folder: PathBuf) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Self {
            folder,
            id: format!("{}-{nanos}", std::process::id()),
            lock: None,
        }
    }

    /// The platform's data folder for the app: `~/.local/share/cx-recipe`
    /// on Linux, `~/Library/Application Support/cx-recipe` on macOS,
    /// `%APPDATA%\cx-recipe\data` on Windows.
    pub fn default_folder() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "cx-recipe").map(|d| d.data_dir().to_path_buf())
    }

    fn path(&self, id: &str, ext: &str) -> PathBuf {
        self.folder.join(format!("{PREFIX}{id}.{ext}"))
    }

    /// This window's copy.
    pub fn recipe_path(&self) -> PathBuf {
        self.path(&self.id, "ron")
    }

    /// Writes this window's copy atomically, taking its lock first.
    ///
    /// # Errors
    /// When the folder or the files cannot be written.
    pub fn write(&mut self, recipe: &Recipe, origin: Option<&Path>) -> io::Result<()> {
        if self.lock.is_none() {
            fs::create_dir_all(&self.folder)?;
            let lock = fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(self.path(&self.id, "lock"))?;
            lock.try_lock().map_err(io::Error::other)?;
            self.lock = Some(lock);
        }
        let text = format::to_ron(recipe).map_err(io::Error::other)?;
        let origin = origin
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        write_atomically(&self.path(&self.id, "origin"), origin.as_bytes())?;
        write_atomically(&self.recipe_path(), text.as_bytes())
    }

    /// Removes this window's copy (after a save, a clean quit, a discard).
    pub fn remove(&self) {
        remove_copy(&self.folder, &self.id);
    }

    /// Copies left by windows that are no longer running, newest first. A
    /// copy that cannot be read is returned as its error, and left in place.
    pub fn find_orphans(&self) -> Vec<Result<Recovered, format::LoadError>> {
        let Ok(entries) = fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut found: Vec<(SystemTime, String)> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let id = name.strip_prefix(PREFIX)?.strip_suffix(".ron")?.to_owned();
                let modified = e.metadata().and_then(|m| m.modified()).ok()?;
                (id != self.id && !self.is_running(&id)).then_some((modified, id))
            })
            .collect();
        found.sort_by(|a, b| b.cmp(a));
        found
            .into_iter()
            .map(|(_, id)| {
                let recipe = format::load(&self.path(&id, "ron"))?;
                let origin = fs::read_to_string(self.path(&id, "origin"))
                    .ok()
                    .filter(|s| !s.trim().is_empty())
                    .map(PathBuf::from);
                Ok(Recovered { id, recipe, origin })
            })
            .collect()
    }

    /// Whether a running window holds the lock of copy `id`.
    fn is_running(&self, id: &str) -> bool {
        let Ok(lock) = fs::OpenOptions::new()
            .write(true)
            .open(self.path(id, "lock"))
        else {
            return false;
        };
        // Taking the lock succeeds only when its window has gone; it is
        // released again when `lock` is dropped here.
        matches!(lock.try_lock(), Err(fs::TryLockError::WouldBlock))
    }

    /// Removes a copy left by another window (restored or discarded).
    pub fn remove_orphan(&self, id: &str) {
        if id != self.id {
            remove_copy(&self.folder, id);
            let _ = fs::remove_file(self.path(id, "lock"));
        }
    }
}

fn remove_copy(folder: &Path, id: &str) {
    // Missing files are fine: there was nothing to recover.
    for ext in ["ron", "origin"] {
        let _ = fs::remove_file(folder.join(format!("{PREFIX}{id}.{ext}")));
    }
}

impl Drop for Recovery {
    /// A window that ends normally gives up its lock file; its copy stays if
    /// it still has unsaved changes (then it is offered at the next start).
    fn drop(&mut self) {
        if self.lock.take().is_some() {
            let _ = fs::remove_file(self.path(&self.id, "lock"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Unit};

    fn unsaved() -> Recipe {
        let mut recipe = Recipe {
            title: "Unsaved".into(),
            ..Recipe::default()
        };
        recipe.ingredients.push(Ingredient::new(
            "a",
            1.0,
            Unit::Part,
            Colour::from_rgb(1, 2, 3),
        ));
        recipe
    }

    #[test]
    fn a_running_window_keeps_its_copy_to_itself() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Recovery::new(dir.path().join("data"));
        let second = Recovery::new(dir.path().join("data"));
        first
            .write(&unsaved(), Some(Path::new("/x/y.ron")))
            .unwrap();
        // The first window still runs: the second is not offered its copy.
        assert!(second.find_orphans().is_empty());
        // The first window crashes (its lock goes with it, its copy stays).
        drop(first);
        let found = second.find_orphans();
        assert_eq!(found.len(), 1);
        let found = found.into_iter().next().unwrap().unwrap();
        assert_eq!(found.recipe, unsaved());
        assert_eq!(found.origin, Some(PathBuf::from("/x/y.ron")));
        second.remove_orphan(&found.id);
        assert!(second.find_orphans().is_empty());
    }

    #[test]
    fn remove_takes_only_this_windows_copy() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Recovery::new(dir.path().to_path_buf());
        let mut b = Recovery::new(dir.path().to_path_buf());
        a.write(&unsaved(), None).unwrap();
        b.write(&unsaved(), None).unwrap();
        a.remove();
        assert!(!a.recipe_path().exists());
        assert!(b.recipe_path().exists());
    }
}
