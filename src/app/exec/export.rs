//! Sharing the recipe on screen: the chart exported as PNG or SVG, the
//! table as CSV and the whole as a spreadsheet — the very bytes `cx-recipe
//! export` (`chart::export`, with the window's language and the chosen
//! balance option) and `cx-recipe summary --format csv` write, so the window
//! and the command line agree — and the summary or the chart put on the
//! clipboard (`exec::clipboard`). Files are written atomically: a failure
//! leaves whatever was there.

use std::path::{Path, PathBuf};

use super::answers::confirmed;
use super::work::{Done, IN_FRAME_INGREDIENTS};
use crate::app::dialog::{Dialog, ExportKind, PathNote, PathPurpose};
use crate::app::dialogs::Picked;
use crate::app::message::{Message, Said, Value};
use crate::app::state::CxApp;
use crate::chart::{self, ExportFormat, ExportOptions};
use crate::i18n::table_text::csv_in;
use crate::recipe::{self, Recipe, format, table_text};

impl CxApp {
    /// Asks where to export (the save dialog, or the typed path where none
    /// opens), then exports.
    pub(super) fn export(&mut self, kind: ExportKind) {
        let folder = self.doc_folder();
        let name = export_file_name(&self.doc.suggested_file_name(), kind);
        match self
            .dialogs
            .pick_export(folder.as_deref(), &name, kind, self.lang)
        {
            Picked::Path(path) => {
                match typed_picture(&path).filter(|_| kind == ExportKind::Chart) {
                    // The typed name's own extension decides; replacing a file
                    // under that name asks first, as the dialog asked for the other.
                    Some(typed) => {
                        let text = typed.display().to_string();
                        self.submit_export_path(&typed, kind, text, &PathNote::NoDialog);
                    }
                    None => self.export_to(&with_export_extension(&path, kind), kind),
                }
            }
            Picked::Cancelled => {}
            Picked::Unavailable => self.ask_export_path(kind, name, PathNote::NoDialog),
        }
    }

    /// Exports to a typed path; replacing another file asks once, as a file
    /// dialog would.
    pub(super) fn submit_export_path(
        &mut self,
        path: &Path,
        kind: ExportKind,
        text: String,
        note: &PathNote,
    ) {
        let path = with_export_extension(path, kind);
        if path.exists() && !confirmed(note, &path) {
            self.ask_replace(PathPurpose::Export { kind }, text, path);
        } else {
            self.export_to(&path, kind);
        }
    }

    /// How the window exports a chart: in its language, with the balance
    /// and verdict as the person chose (File ▸ Export options), otherwise
    /// as `cx-recipe export` does by default.
    pub(super) fn export_options(&self) -> ExportOptions {
        ExportOptions {
            lang: self.lang,
            with_balance: self.settings.export_with_balance,
            ..ExportOptions::default()
        }
    }

    /// The path field for an export.
    fn ask_export_path(&mut self, kind: ExportKind, text: String, note: PathNote) {
        self.dialog = Some(Dialog::PathEntry {
            purpose: PathPurpose::Export { kind },
            text,
            note,
        });
    }

    /// Writes the export to `path`; the banner says where, or why not.
    /// A large chart is rendered and written on a worker (the banner says
    /// so meanwhile); the open recipe is copied for it, so editing goes on.
    fn export_to(&mut self, path: &Path, kind: ExportKind) {
        let job = Export {
            kind,
            options: self.export_options(),
        };
        if self.doc.recipe().ingredients.len() <= IN_FRAME_INGREDIENTS {
            self.message = Some(job.write(self.doc.recipe(), path));
            return;
        }
        let recipe = self.doc.recipe().clone();
        let path = path.to_path_buf();
        let shown = path.display().to_string();
        self.message = Some(Message::Info(
            Said::new("work-exporting").arg("path", shown),
        ));
        self.off_frame(move || Done::Exported(job.write(&recipe, &path)));
    }
}

/// One export: what it writes, and how.
#[derive(Clone, Copy, Debug)]
struct Export {
    kind: ExportKind,
    options: ExportOptions,
}

impl Export {
    /// Exports `recipe` to `path`; the banner's message says where, or why
    /// not, and when a picture could not carry the recipe inside.
    fn write(self, recipe: &Recipe, path: &Path) -> Message {
        let shown = path.display().to_string();
        let written = self.bytes(recipe, path).and_then(|bytes| {
            recipe::write_atomically(path, &bytes).map_err(|e| failed(&shown, Value::io_error(&e)))
        });
        if let Err(why) = written {
            return Message::Error(why);
        }
        let key = match self.kind {
            // A recipe over a file's limits cannot travel inside its picture.
            ExportKind::Chart if format::to_ron(recipe).is_err() => "export-saved-chart-alone",
            ExportKind::Chart => "export-saved-chart",
            ExportKind::Csv => "export-saved-csv",
            ExportKind::Spreadsheet => "export-saved-spreadsheet",
        };
        Message::Info(Said::new(key).arg("path", shown))
    }

    /// The bytes of an export of `recipe` to `path`: the chart or the
    /// spreadsheet as `cx-recipe export` writes them (`chart::export`), or
    /// the CSV of `cx-recipe summary --format csv` (with `;` and decimal
    /// commas in Spanish and German, `csv_in`). The error is the banner's.
    fn bytes(self, recipe: &Recipe, path: &Path) -> Result<Vec<u8>, Said> {
        let shown = path.display().to_string();
        let format = match self.kind {
            ExportKind::Csv => {
                return csv_in(recipe, table_text::SUMMARY_DECIMALS, self.options.lang)
                    .map(String::into_bytes)
                    .map_err(|e| failed(&shown, Value::Text(e.to_string())));
            }
            ExportKind::Spreadsheet => ExportFormat::Xlsx,
            ExportKind::Chart => match picture_of(path) {
                Some(format) => format,
                None => return Err(Said::new("export-bad-extension").arg("path", shown)),
            },
        };
        chart::export(recipe, format, &self.options)
            .map_err(|e| failed(&shown, Value::Text(e.to_string())))
    }
}

/// "Could not export to PATH: why. Nothing was changed."
fn failed(shown: &str, reason: Value) -> Said {
    Said::new("export-failed")
        .arg("path", shown)
        .arg("reason", reason)
}

/// The picture format of `path`'s extension, in any case.
fn picture_of(path: &Path) -> Option<ExportFormat> {
    ExportFormat::from_path(path).filter(|f| *f != ExportFormat::Xlsx)
}

/// The name typed in a save dialog that added its filter's extension to
/// it: `chart.svg.png` (typed `chart.svg`, PNG filter selected) is
/// `chart.svg`. None for any other name.
fn typed_picture(path: &Path) -> Option<PathBuf> {
    picture_of(path)?;
    let typed = path.with_extension("");
    picture_of(&typed).map(|_| typed)
}

/// The name offered for an export: the recipe's file name (or its title
/// as a slug) with the export's extension, `ideal-cx.png`.
fn export_file_name(suggested: &str, kind: ExportKind) -> String {
    Path::new(suggested)
        .with_extension(default_extension(kind))
        .to_string_lossy()
        .into_owned()
}

/// The extension an export gets when none is typed.
fn default_extension(kind: ExportKind) -> &'static str {
    match kind {
        ExportKind::Chart => ExportFormat::Png.extension(),
        ExportKind::Csv => "csv",
        ExportKind::Spreadsheet => ExportFormat::Xlsx.extension(),
    }
}

/// Adds the export's extension to a name typed without one.
fn with_export_extension(path: &Path, kind: ExportKind) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension(default_extension(kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn names_take_the_exports_extension() {
        assert_eq!(
            export_file_name("ideal-cx.ron", ExportKind::Chart),
            "ideal-cx.png"
        );
        assert_eq!(
            export_file_name("ideal-cx.ron", ExportKind::Csv),
            "ideal-cx.csv"
        );
        assert_eq!(
            export_file_name("ideal-cx.ron", ExportKind::Spreadsheet),
            "ideal-cx.xlsx"
        );
        assert_eq!(
            with_export_extension(Path::new("/t/a"), ExportKind::Chart),
            PathBuf::from("/t/a.png")
        );
        assert_eq!(
            with_export_extension(Path::new("/t/a.SVG"), ExportKind::Chart),
            PathBuf::from("/t/a.SVG")
        );
        assert_eq!(picture_of(Path::new("a.SVG")), Some(ExportFormat::Svg));
        assert_eq!(picture_of(Path::new("a.png")), Some(ExportFormat::Png));
        assert_eq!(picture_of(Path::new("a.jpg")), None);
        assert_eq!(picture_of(Path::new("a.xlsx")), None);
    }

    #[test]
    fn the_typed_extension_decides_the_format() {
        assert_eq!(
            typed_picture(Path::new("/t/chart.svg.png")),
            Some(PathBuf::from("/t/chart.svg"))
        );
        assert_eq!(
            typed_picture(Path::new("/t/chart.PNG.svg")),
            Some(PathBuf::from("/t/chart.PNG"))
        );
        assert_eq!(typed_picture(Path::new("/t/chart.png")), None);
        assert_eq!(typed_picture(Path::new("/t/chart.v2.png")), None);
        assert_eq!(typed_picture(Path::new("/t/chart.svg.csv")), None);
    }

    #[test]
    fn a_failure_says_the_systems_words_in_the_language() {
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        let said = failed("/t/x.png", Value::io_error(&gone));
        assert!(said.text(Lang::En).contains(&gone.to_string()));
        assert!(!said.text(Lang::De).contains(&gone.to_string()));
    }
}
