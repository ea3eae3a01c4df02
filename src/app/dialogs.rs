//! Native file dialogs: the only module that calls rfd.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use super::dialog::ExportKind;
use crate::i18n::{Lang, tr};

/// What a file dialog gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// A file was chosen.
    Path(PathBuf),
    /// The person closed the dialog.
    Cancelled,
    /// No dialog could be shown on this system; the window asks for a path
    /// itself.
    Unavailable,
}

/// Opens file dialogs. The window holds one; tests give it a fake.
pub trait FileDialogs {
    /// Asks for a recipe to open.
    fn pick_open(&mut self, folder: Option<&Path>) -> Picked;
    /// Asks where to save, suggesting `file_name`.
    fn pick_save(&mut self, folder: Option<&Path>, file_name: &str) -> Picked;
    /// Asks for a recipe to compare with the open one; by default the same
    /// question as [`FileDialogs::pick_open`].
    fn pick_compare(&mut self, folder: Option<&Path>) -> Picked {
        self.pick_open(folder)
    }
    /// Asks for several recipes at once (participants' recipes to blend).
    /// By default none can be shown, and the window asks for typed paths.
    fn pick_open_many(&mut self, folder: Option<&Path>) -> PickedMany {
        let _ = folder;
        PickedMany::Unavailable
    }
    /// Asks where to export, suggesting `file_name`, the dialog's words in
    /// `lang`; by default the same question as [`FileDialogs::pick_save`].
    fn pick_export(
        &mut self,
        folder: Option<&Path>,
        file_name: &str,
        kind: ExportKind,
        lang: Lang,
    ) -> Picked {
        let _ = (kind, lang);
        self.pick_save(folder, file_name)
    }
    /// Asks for a folder (where a room's answers go), starting in
    /// `folder`. By default none can be shown, and the window asks for a
    /// typed path.
    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked {
        let _ = folder;
        Picked::Unavailable
    }
    /// Asks where to write the participant form (HTML), suggesting
    /// `file_name`; by default the same question as [`FileDialogs::pick_save`].
    fn pick_form(&mut self, folder: Option<&Path>, file_name: &str, lang: Lang) -> Picked {
        let _ = lang;
        self.pick_save(folder, file_name)
    }
    /// The language the dialogs' titles are in; by default they have none.
    fn set_lang(&mut self, lang: Lang) {
        let _ = lang;
    }
}

/// What a file dialog that picks several files gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PickedMany {
    /// The files chosen (at least one).
    Paths(Vec<PathBuf>),
    /// The person closed the dialog.
    Cancelled,
    /// No dialog could be shown on this system; the window asks for paths
    /// itself.
    Unavailable,
}

/// The system's dialogs, through rfd, titled in the window's language and
/// owned by the main window.
#[derive(Debug, Default)]
pub struct NativeDialogs {
    lang: Lang,
    /// Every dialog starts from this one, which knows its owner window: on
    /// Windows an unowned dialog can fall behind the (frozen) main window.
    base: rfd::FileDialog,
}

/// A dialog that "returns" faster than a person can click has not been
/// shown: rfd answers `None` both for a cancel and for "no dialog could
/// open" (no desktop portal, no zenity).
const FASTER_THAN_A_PERSON: Duration = Duration::from_millis(150);

impl NativeDialogs {
    /// Dialogs owned by the window eframe has just opened.
    pub fn owned_by(window: &eframe::CreationContext<'_>) -> Self {
        Self {
            lang: Lang::default(),
            base: rfd::FileDialog::new().set_parent(window),
        }
    }

    /// A dialog for saving a recipe: `.ron` files only.
    fn dialog(&self, folder: Option<&Path>) -> rfd::FileDialog {
        let filter = tr(self.lang, "file-dialog-filter");
        let dialog = self.base.clone().add_filter(filter, &["ron"]);
        match folder {
            Some(folder) if folder.is_dir() => dialog.set_directory(folder),
            _ => dialog,
        }
    }

    /// A dialog for reading recipes, titled `title_key`: recipe files and
    /// the exported charts that carry one (shown first), or recipe files
    /// alone.
    fn reading_dialog(&self, folder: Option<&Path>, title_key: &str) -> rfd::FileDialog {
        let dialog = self
            .base
            .clone()
            .set_title(tr(self.lang, title_key))
            .add_filter(
                tr(self.lang, "file-dialog-filter-any"),
                &["ron", "png", "svg"],
            )
            .add_filter(tr(self.lang, "file-dialog-filter"), &["ron"]);
        match folder {
            Some(folder) if folder.is_dir() => dialog.set_directory(folder),
            _ => dialog,
        }
    }

    /// Asks for one file to read.
    fn pick_one(&self, folder: Option<&Path>, title_key: &str) -> Picked {
        if !Self::available() {
            return Picked::Unavailable;
        }
        let started = Instant::now();
        let picked = self.reading_dialog(folder, title_key).pick_file();
        Self::answer(started, picked)
    }

    fn answer(started: Instant, picked: Option<PathBuf>) -> Picked {
        match picked {
            Some(path) => Picked::Path(path),
            None if cfg!(target_os = "linux") && started.elapsed() < FASTER_THAN_A_PERSON => {
                Picked::Unavailable
            }
            None => Picked::Cancelled,
        }
    }

    /// Whether a dialog can be shown at all. On Linux rfd needs the desktop
    /// portal (over D-Bus) or `zenity`; Windows and macOS always have one.
    fn available() -> bool {
        if cfg!(target_os = "linux") || cfg!(target_os = "freebsd") {
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() || in_path("zenity")
        } else {
            true
        }
    }
}

fn in_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, folder: Option<&Path>) -> Picked {
        self.pick_one(folder, "file-dialog-open")
    }

    fn pick_save(&mut self, folder: Option<&Path>, file_name: &str) -> Picked {
        if !Self::available() {
            return Picked::Unavailable;
        }
        let started = Instant::now();
        let picked = self
            .dialog(folder)
            .set_title(tr(self.lang, "file-dialog-save"))
            .set_file_name(file_name)
            .save_file();
        Self::answer(started, picked).map_path(|p| with_ron_extension(&p))
    }

    fn pick_compare(&mut self, folder: Option<&Path>) -> Picked {
        self.pick_one(folder, "file-dialog-compare")
    }

    fn pick_open_many(&mut self, folder: Option<&Path>) -> PickedMany {
        if !Self::available() {
            return PickedMany::Unavailable;
        }
        let started = Instant::now();
        let picked = self
            .reading_dialog(folder, "file-dialog-blend")
            .pick_files();
        match picked {
            Some(paths) if !paths.is_empty() => PickedMany::Paths(paths),
            _ => match Self::answer(started, None) {
                Picked::Unavailable => PickedMany::Unavailable,
                _ => PickedMany::Cancelled,
            },
        }
    }

    fn pick_export(
        &mut self,
        folder: Option<&Path>,
        file_name: &str,
        kind: ExportKind,
        lang: Lang,
    ) -> Picked {
        if !Self::available() {
            return Picked::Unavailable;
        }
        let started = Instant::now();
        let picked = self
            .export_dialog(folder, kind, lang)
            .set_file_name(file_name)
            .save_file();
        Self::answer(started, picked)
    }

    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked {
        if !Self::available() {
            return Picked::Unavailable;
        }
        let started = Instant::now();
        let mut dialog = self
            .base
            .clone()
            .set_title(tr(self.lang, "room-path-folder-title"));
        // The default folder may not exist yet: start from the nearest one.
        if let Some(existing) = folder.and_then(|f| f.ancestors().find(|a| a.is_dir())) {
            dialog = dialog.set_directory(existing);
        }
        Self::answer(started, dialog.pick_folder())
    }

    fn pick_form(&mut self, folder: Option<&Path>, file_name: &str, lang: Lang) -> Picked {
        if !Self::available() {
            return Picked::Unavailable;
        }
        let started = Instant::now();
        let mut dialog = self
            .base
            .clone()
            .set_title(tr(lang, "room-path-form-title"))
            .add_filter(tr(lang, "room-form-filter"), &["html", "htm"])
            .set_file_name(file_name);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        Self::answer(started, dialog.save_file())
    }

    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }
}

impl NativeDialogs {
    /// The export dialog: the kind's filters and title, in `lang`. A chart's
    /// first filter holds both picture types, so that a typed `chart.svg`
    /// keeps its extension (with the PNG filter selected Windows' dialog
    /// adds `.png` to it; `export` undoes that too).
    fn export_dialog(
        &self,
        folder: Option<&Path>,
        kind: ExportKind,
        lang: Lang,
    ) -> rfd::FileDialog {
        let dialog = match kind {
            ExportKind::Chart => self
                .base
                .clone()
                .set_title(tr(lang, "export-dialog-chart"))
                .add_filter(tr(lang, "export-filter-chart"), &["png", "svg"])
                .add_filter(tr(lang, "export-filter-png"), &["png"])
                .add_filter(tr(lang, "export-filter-svg"), &["svg"]),
            ExportKind::Csv => self
                .base
                .clone()
                .set_title(tr(lang, "export-dialog-csv"))
                .add_filter(tr(lang, "export-filter-csv"), &["csv"]),
            ExportKind::Spreadsheet => self
                .base
                .clone()
                .set_title(tr(lang, "export-dialog-spreadsheet"))
                .add_filter(tr(lang, "export-filter-spreadsheet"), &["xlsx"]),
        };
        match folder {
            Some(folder) if folder.is_dir() => dialog.set_directory(folder),
            _ => dialog,
        }
    }
}

/// Shows `message` in the system's message box and waits for OK.
#[cfg(windows)]
pub fn show_error(title: &str, message: &str) {
    let _ = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(title)
        .set_description(message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

impl Picked {
    fn map_path(self, f: impl FnOnce(PathBuf) -> PathBuf) -> Self {
        match self {
            Self::Path(p) => Self::Path(f(p)),
            other => other,
        }
    }
}

/// Adds `.ron` to a name typed without it.
pub fn with_ron_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension("ron")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ron_extension_is_added_only_when_missing() {
        assert_eq!(with_ron_extension(Path::new("a")), PathBuf::from("a.ron"));
        assert_eq!(
            with_ron_extension(Path::new("a.ron")),
            PathBuf::from("a.ron")
        );
        assert_eq!(
            with_ron_extension(Path::new("a.txt")),
            PathBuf::from("a.txt")
        );
    }
}
