//! What the window remembers between runs (through eframe's storage):
//! recent files and display preferences (decimals, the library panel, zoom,
//! theme, small slices, the chart as a table). Recipes live only in their
//! files.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::theme::ThemeChoice;
use crate::i18n::Lang;

/// How many recent files are kept.
pub const MAX_RECENT: usize = 10;

/// The least and most zoom egui's own shortcuts give.
const MIN_ZOOM: f32 = 0.2;
const MAX_ZOOM: f32 = 5.0;

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
    /// egui's zoom (Ctrl +/−/0), restored at start.
    pub zoom: f32,
    /// Light, dark or high contrast.
    pub theme: ThemeChoice,
    /// Whether slices under 3 % are grouped into "Other" in the chart.
    pub group_small_slices: bool,
    /// Whether the chart panel shows the chart as a table (its text
    /// alternative) instead of the pie.
    pub chart_as_table: bool,
    /// Whether exported and copied chart pictures show the balance and the
    /// verdict under the chart.
    pub export_with_balance: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            decimals: 1,
            show_library: false,
            language: None,
            zoom: 1.0,
            theme: ThemeChoice::default(),
            group_small_slices: false,
            chart_as_table: false,
            export_with_balance: false,
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

    /// The zoom to start with: the stored one if egui can use it.
    pub fn start_zoom(&self) -> f32 {
        if self.zoom.is_finite() {
            self.zoom.clamp(MIN_ZOOM, MAX_ZOOM)
        } else {
            1.0
        }
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

    #[test]
    fn settings_from_before_the_display_options_still_load() {
        let old: Settings = ron::from_str("(recent: [], decimals: 2, show_library: true)").unwrap();
        assert_eq!(old.decimals, 2);
        assert_eq!(old.zoom, 1.0);
        assert_eq!(old.theme, ThemeChoice::Light);
        let odd = Settings {
            zoom: f32::NAN,
            ..Settings::default()
        };
        assert_eq!(odd.start_zoom(), 1.0);
        let big = Settings {
            zoom: 40.0,
            ..Settings::default()
        };
        assert_eq!(big.start_zoom(), MAX_ZOOM);
    }
}
