//! Sharing the recipe on screen: the chart exported as PNG or SVG and the
//! table as CSV — the very bytes `cx-recipe export` and `cx-recipe summary
//! --format csv` write with their defaults, so the window and the command
//! line agree — and the summary put on the clipboard for an email. Files
//! are written atomically: a failure leaves whatever was there.

use std::path::{Path, PathBuf};

use super::answers::confirmed;
use super::work::{Done, IN_FRAME_INGREDIENTS};
use crate::app::dialog::{Dialog, ExportKind, PathNote, PathPurpose};
use crate::app::dialogs::Picked;
use crate::app::message::Message;
use crate::app::state::CxApp;
use crate::chart::{self, ExportSize, PieChart};
use crate::i18n::summary_text;
use crate::i18n::{Lang, tr, tr_args};
use crate::recipe::{self, Recipe, table_text};

/// A picture's format, told by its file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Picture {
    Png,
    Svg,
}

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

    /// Puts the summary of the recipe on screen on the clipboard.
    pub(super) fn copy_summary(&mut self, ctx: &egui::Context) {
        let text = summary_text::copy_summary(self.doc.recipe(), self.settings.decimals, self.lang);
        ctx.copy_text(text);
        self.message = Some(Message::Info(tr(self.lang, "export-copied")));
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
        let lang = self.lang;
        if self.doc.recipe().ingredients.len() <= IN_FRAME_INGREDIENTS {
            self.message = Some(export_message(self.doc.recipe(), path, kind, lang));
            return;
        }
        let recipe = self.doc.recipe().clone();
        let path = path.to_path_buf();
        let shown = path.display().to_string();
        self.message = Some(Message::Info(tr_args(
            lang,
            "work-exporting",
            &[("path", (&shown).into())],
        )));
        self.off_frame(move || Done::Exported(export_message(&recipe, &path, kind, lang)));
    }
}

/// Exports `recipe` to `path`; the banner's message says where, or why not.
fn export_message(recipe: &Recipe, path: &Path, kind: ExportKind, lang: Lang) -> Message {
    let shown = path.display().to_string();
    let written = export_bytes(recipe, path, kind, lang).and_then(|bytes| {
        recipe::write_atomically(path, &bytes).map_err(|e| failed(lang, &shown, &e))
    });
    match written {
        Ok(()) => {
            let key = match kind {
                ExportKind::Chart => "export-saved-chart",
                ExportKind::Csv => "export-saved-csv",
            };
            Message::Info(tr_args(lang, key, &[("path", (&shown).into())]))
        }
        Err(why) => Message::Error(why),
    }
}

/// The bytes of an export of `recipe` to `path`: the chart as `cx-recipe
/// export` draws it by default, or the CSV of `cx-recipe summary --format
/// csv`. The error is the banner's text.
fn export_bytes(
    recipe: &Recipe,
    path: &Path,
    kind: ExportKind,
    lang: Lang,
) -> Result<Vec<u8>, String> {
    let shown = path.display().to_string();
    match kind {
        ExportKind::Csv => table_text::csv(recipe, table_text::SUMMARY_DECIMALS)
            .map(String::into_bytes)
            .map_err(|e| failed(lang, &shown, &e)),
        ExportKind::Chart => {
            let chart = PieChart::for_export(recipe, chart::EXPORT_DECIMALS);
            match picture_of(path) {
                Some(Picture::Svg) => Ok(chart::to_svg(&chart, ExportSize::default()).into_bytes()),
                Some(Picture::Png) => chart::to_png(&chart, ExportSize::default())
                    .map_err(|e| failed(lang, &shown, &e)),
                None => Err(tr_args(
                    lang,
                    "export-bad-extension",
                    &[("path", (&shown).into())],
                )),
            }
        }
    }
}

/// "Could not export to PATH: why. Nothing was changed."
fn failed(lang: Lang, shown: &str, why: &dyn std::fmt::Display) -> String {
    let reason = why.to_string();
    tr_args(
        lang,
        "export-failed",
        &[("path", shown.into()), ("reason", (&reason).into())],
    )
}

/// The picture format of `path`'s extension, in any case.
fn picture_of(path: &Path) -> Option<Picture> {
    let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match extension.as_str() {
        "png" => Some(Picture::Png),
        "svg" => Some(Picture::Svg),
        _ => None,
    }
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
        ExportKind::Chart => "png",
        ExportKind::Csv => "csv",
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
            with_export_extension(Path::new("/t/a"), ExportKind::Chart),
            PathBuf::from("/t/a.png")
        );
        assert_eq!(
            with_export_extension(Path::new("/t/a.SVG"), ExportKind::Chart),
            PathBuf::from("/t/a.SVG")
        );
        assert_eq!(picture_of(Path::new("a.SVG")), Some(Picture::Svg));
        assert_eq!(picture_of(Path::new("a.png")), Some(Picture::Png));
        assert_eq!(picture_of(Path::new("a.jpg")), None);
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
}
