//! What the window remembers between runs (through eframe's storage):
//! recent files and display preferences (decimals, the library panel). Recipes live only in their files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// How many recent files are kept.
pub const MAX_RECENT: usize = 10;

/// The key under which settings are stored.
pub const STORAGE_KEY: &str = "cx-recipe-settings";

/// Persisted preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first, at most [`MAX_RECENT`].
    pub recent: Vec<PathBuf>,
    /// Decimals of the percentages shown.
    pub decimals: u8,
    /// Whether the ingredient library is shown beside the table.
    pub show_library: bool,
    /// The language of the window; `None` follows the system's.
    pub language: Option<Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            decimals: 1,
            show_library: false,
            language: None,
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
    }

    /// The window's language: the chosen one, else the system's.
    pub fn lang(&self) -> Lang {
        self.language.unwrap_or_else(Lang::system)
    }

    /// Removes `path` from the recent files.
    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_capped() {
        let mut s = Settings::default();
        for i in 0..15 {
            s.remember(Path::new(&format!("{i}.ron")));
        }
        s.remember(Path::new("12.ron"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], PathBuf::from("12.ron"));
        assert_eq!(s.recent[1], PathBuf::from("14.ron"));
        s.forget(Path::new("12.ron"));
        assert_eq!(s.recent[0], PathBuf::from("14.ron"));
    }
}
