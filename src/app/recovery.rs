//! Crash recovery: while the recipe has unsaved changes, a copy is written
//! to the app's data folder a few seconds after the last edit; after a crash
//! the next start offers it back. A save or a clean quit removes it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::recipe::{Recipe, format, write_atomically};

/// Seconds after the last edit before the copy is written.
pub const DELAY_S: f64 = 3.0;

/// The recovery files in one folder.
#[derive(Clone, Debug)]
pub struct Recovery {
    folder: PathBuf,
}

/// What a recovery file holds.
#[derive(Debug)]
pub struct Recovered {
    /// The unsaved recipe.
    pub recipe: Recipe,
    /// The file it belonged to, if it had one.
    pub origin: Option<PathBuf>,
}

impl Recovery {
    /// Recovery files in `folder` (created when first needed).
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }

    /// The platform's data folder for the app: `~/.local/share/cx-recipe`
    /// on Linux, `~/Library/Application Support/cx-recipe` on macOS,
    /// `%APPDATA%\cx-recipe\data` on Windows.
    pub fn default_folder() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "cx-recipe").map(|d| d.data_dir().to_path_buf())
    }

    /// The recipe copy.
    pub fn recipe_path(&self) -> PathBuf {
        self.folder.join("recovery.ron")
    }

    fn origin_path(&self) -> PathBuf {
        self.folder.join("recovery-origin.txt")
    }

    /// Writes the copy atomically.
    ///
    /// # Errors
    /// When the folder or the files cannot be written.
    pub fn write(&self, recipe: &Recipe, origin: Option<&Path>) -> io::Result<()> {
        fs::create_dir_all(&self.folder)?;
        let text = format::to_ron(recipe).map_err(io::Error::other)?;
        let origin = origin
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        write_atomically(&self.origin_path(), origin.as_bytes())?;
        write_atomically(&self.recipe_path(), text.as_bytes())
    }

    /// The copy left by a run that did not end cleanly, if any. A copy that
    /// cannot be read is reported as an error and left in place.
    ///
    /// # Errors
    /// The load error of a damaged copy.
    pub fn find(&self) -> Result<Option<Recovered>, format::LoadError> {
        let path = self.recipe_path();
        if !path.exists() {
            return Ok(None);
        }
        let recipe = format::load(&path)?;
        let origin = fs::read_to_string(self.origin_path())
            .ok()
            .filter(|s| !s.trim().is_empty())
            .map(PathBuf::from);
        Ok(Some(Recovered { recipe, origin }))
    }

    /// Removes the copy (after a save, a clean quit, or a discard).
    pub fn remove(&self) {
        // Missing files are fine: there was nothing to recover.
        let _ = fs::remove_file(self.recipe_path());
        let _ = fs::remove_file(self.origin_path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recipe::{Colour, Ingredient, Unit};

    #[test]
    fn write_find_remove() {
        let dir = tempfile::tempdir().unwrap();
        let rec = Recovery::new(dir.path().join("data"));
        assert!(rec.find().unwrap().is_none());
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
        rec.write(&recipe, Some(Path::new("/x/y.ron"))).unwrap();
        let found = rec.find().unwrap().unwrap();
        assert_eq!(found.recipe, recipe);
        assert_eq!(found.origin, Some(PathBuf::from("/x/y.ron")));
        rec.remove();
        assert!(rec.find().unwrap().is_none());
    }
}
