//! The compare and blend screens: choosing their files (a dialog, typed
//! paths, dropped files), reading them without touching the open recipe,
//! the reveal's steps, and which commands may run while they show.

use crate::i18n::Arg;
use std::path::{Path, PathBuf};

use super::answers::resolve_typed_path;
use super::work::{Done, IN_FRAME_FILES};
use crate::app::command::{Command, FileCommand, ViewCommand, WorkshopCommand};
use crate::app::dialog::{Dialog, PathNote, PathPurpose};
use crate::app::dialogs::{Picked, PickedMany};
use crate::app::message::{Message, Said, Value};
use crate::app::screen::Screen;
use crate::app::state::CxApp;
use crate::app::workshop::{Comparison, LoadedRecipe, TeamBlend};
use crate::i18n::{Lang, tr_args};
use crate::recipe::{format, inputs};

/// The most files one blend reads: a workshop's worth, many times over.
pub(super) const MAX_PARTICIPANTS: usize = 200;

impl CxApp {
    /// Carries out a command of the compare and blend screens.
    pub(super) fn workshop(&mut self, ctx: &egui::Context, command: WorkshopCommand) {
        match command {
            WorkshopCommand::CompareWith => self.choose_compare(),
            WorkshopCommand::ComparePath(path) => self.compare_file(&path),
            WorkshopCommand::Blend => self.choose_blend(),
            WorkshopCommand::BlendPaths(paths) => self.blend_files(&paths),
            WorkshopCommand::RevealPrevious | WorkshopCommand::RevealNext => {
                if let Some(team) = &mut self.team {
                    team.move_step(command == WorkshopCommand::RevealNext);
                }
            }
            WorkshopCommand::ShowEditor => {
                self.leave_presentation(ctx);
                self.screen = Screen::Editor;
                self.compare = None;
                self.team = None;
            }
            WorkshopCommand::SaveBlendAs => self.save_blend_as(),
            WorkshopCommand::OpenBlend => {
                if self.team.is_some() {
                    self.guard(ctx, crate::app::dialog::Pending::OpenBlend);
                }
            }
        }
    }

    /// The open recipe's folder, where the dialogs start.
    pub(super) fn doc_folder(&self) -> Option<PathBuf> {
        self.doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
    }

    /// Shows the path field, empty, for `purpose`.
    pub(super) fn ask_path(&mut self, purpose: PathPurpose, note: PathNote) {
        self.dialog = Some(Dialog::PathEntry {
            purpose,
            text: String::new(),
            note,
        });
    }

    fn choose_compare(&mut self) {
        let folder = self.doc_folder();
        match self.dialogs.pick_compare(folder.as_deref()) {
            Picked::Path(path) => self.compare_file(&path),
            Picked::Cancelled => {}
            Picked::Unavailable => self.ask_path(PathPurpose::Compare, PathNote::NoDialog),
        }
    }

    /// Shows `path` beside the open recipe; a file that does not load
    /// changes nothing but the banner.
    pub(super) fn compare_file(&mut self, path: &Path) {
        match format::load(path) {
            Ok(recipe) => {
                let path = path.to_path_buf();
                let label = inputs::labels(std::slice::from_ref(&path)).concat();
                let other = LoadedRecipe {
                    path,
                    recipe,
                    label,
                };
                self.compare = Some(Comparison::new(other));
                self.team = None;
                self.screen = Screen::Compare;
                self.message = None;
            }
            Err(e) => {
                self.message = Some(Message::Error(
                    Said::new("compare-open-failed").arg("error", Value::load_error(&e)),
                ));
            }
        }
    }

    fn choose_blend(&mut self) {
        let folder = self.doc_folder();
        match self.dialogs.pick_open_many(folder.as_deref()) {
            PickedMany::Paths(paths) => self.blend_files(&paths),
            PickedMany::Cancelled => {}
            PickedMany::Unavailable => self.ask_path(PathPurpose::Blend, PathNote::NoDialogMany),
        }
    }

    /// Blends the files that load and lists the others with their errors;
    /// the open recipe is not touched either way. Files are told apart and
    /// counted as the command line's `blend` does (`recipe::inputs`): a
    /// file named twice (a link, another spelling) counts once, and files
    /// that share a name are labelled with their folders.
    pub(super) fn blend_files(&mut self, paths: &[PathBuf]) {
        let lang = self.lang;
        if paths.len() <= IN_FRAME_FILES {
            let (loaded, failed) = read_participants(paths, lang);
            self.show_blend(TeamBlend::new(loaded, failed));
            return;
        }
        // Many files are read on a worker; the screen changes when they are.
        self.message = Some(Message::Info(self.text_args(
            "work-reading",
            &[("count", Arg::from(paths.len().min(MAX_PARTICIPANTS)))],
        )));
        let paths = paths.to_vec();
        self.off_frame(move || {
            let (loaded, failed) = read_participants(&paths, lang);
            Done::Blended(Box::new(TeamBlend::new(loaded, failed)))
        });
    }

    /// Shows the blend of the files read (and the files that were not).
    pub(super) fn show_blend(&mut self, team: TeamBlend) {
        self.message = match (team.failed.len(), team.participants.len()) {
            (0, _) => None,
            (_, 0) => Some(Message::Error(self.text("blend-none-read"))),
            (bad, n) => Some(Message::Error(self.text_args(
                "blend-some-unread",
                &[("count", Arg::from(bad)), ("total", Arg::from(n))],
            ))),
        };
        self.team = Some(team);
        self.compare = None;
        self.screen = Screen::Blend;
    }

    /// Blends typed paths: separated by `;`, each taken from the open
    /// recipe's folder; a folder stands for every recipe in it.
    pub(super) fn blend_typed(&mut self, text: &str) {
        let base = self.doc_folder();
        let mut paths = Vec::new();
        for typed in text.split(';').map(str::trim).filter(|t| !t.is_empty()) {
            let path = resolve_typed_path(typed, base.as_deref());
            if path.is_dir() {
                paths.extend(recipes_in(&path));
            } else {
                paths.push(path);
            }
        }
        if paths.is_empty() {
            self.message = Some(Message::Error(
                self.text_args("blend-no-recipes", &[("path", Arg::Text(text.trim()))]),
            ));
        } else {
            self.blend_files(&paths);
        }
    }
}

/// Reads the participants' files: the ones that load, in the order given
/// (each file once), and why each other one did not. The one place the
/// window reads a blend's files.
pub(super) fn read_participants(paths: &[PathBuf], lang: Lang) -> (Vec<LoadedRecipe>, Vec<String>) {
    let mut paths = inputs::distinct(paths);
    let mut failed = Vec::new();
    if paths.len() > MAX_PARTICIPANTS {
        paths.truncate(MAX_PARTICIPANTS);
        failed.push(tr_args(
            lang,
            "blend-too-many",
            &[("count", Arg::from(MAX_PARTICIPANTS))],
        ));
    }
    let mut loaded = Vec::new();
    for (path, label) in paths.iter().zip(inputs::labels(&paths)) {
        match format::load(path) {
            Ok(recipe) => loaded.push(LoadedRecipe {
                path: path.clone(),
                recipe,
                label,
            }),
            Err(e) => failed.push(e.to_string()),
        }
    }
    (loaded, failed)
}

/// The recipe files in a folder (by the `.ron` ending), in name order; the
/// folder itself when it cannot be listed, so that its error is shown.
fn recipes_in(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return vec![folder.to_path_buf()];
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        .collect();
    paths.sort();
    paths
}

/// Whether a command may run on `screen`. The compare and blend screens
/// show other recipes over the open one, so nothing there may change it
/// where it cannot be seen (Delete, undo, an arrow key): only saving,
/// quitting, answers, display settings and the workshop's own commands run
/// there.
pub(super) fn allowed_on(screen: Screen, command: &Command) -> bool {
    // Presentation shows the open recipe: its edits are seen as they happen.
    if matches!(screen, Screen::Editor | Screen::Presentation) {
        return true;
    }
    match command {
        Command::File(file) => match file {
            FileCommand::Save | FileCommand::SaveAs | FileCommand::Quit => true,
            FileCommand::New
            | FileCommand::NewFromTemplate(_)
            | FileCommand::Open
            | FileCommand::OpenPath(_)
            | FileCommand::ExportChart
            | FileCommand::ExportCsv
            | FileCommand::ExportSpreadsheet
            | FileCommand::ToggleExportBalance
            | FileCommand::CopySummary
            | FileCommand::CopyChart => false,
        },
        Command::Edit(_) | Command::Method(_) => false,
        Command::Workshop(_) | Command::Room(_) | Command::Dialog(_) => true,
        Command::View(view) => match view {
            ViewCommand::SetDecimals(_)
            | ViewCommand::SetLanguage(_)
            | ViewCommand::SetTheme(_)
            | ViewCommand::ToggleGroupSmallSlices
            | ViewCommand::ToggleChartTable
            | ViewCommand::DismissMessage
            | ViewCommand::Zoom(_)
            // F5 projects the compare and blend screens too; Esc ends it.
            | ViewCommand::EnterPresentation
            | ViewCommand::LeavePresentation => true,
            ViewCommand::ToggleLibrary => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::command::{DialogCommand, EditCommand, MethodCommand};

    #[test]
    fn nothing_changes_the_open_recipe_unseen() {
        let edit = |e| Command::Edit(e);
        assert!(allowed_on(
            Screen::Editor,
            &edit(EditCommand::RemoveSelected)
        ));
        for screen in [Screen::Compare, Screen::Blend] {
            assert!(!allowed_on(screen, &edit(EditCommand::RemoveSelected)));
            assert!(!allowed_on(screen, &edit(EditCommand::Undo)));
            assert!(!allowed_on(screen, &edit(EditCommand::SetAmount(0, 1.0))));
            assert!(!allowed_on(
                screen,
                &Command::Method(MethodCommand::AddStep)
            ));
            let show = Command::Workshop(WorkshopCommand::ShowEditor);
            assert!(allowed_on(screen, &show));
            assert!(allowed_on(screen, &Command::File(FileCommand::Quit)));
            let answer =
                Command::Dialog(DialogCommand::Answer(crate::app::command::Answer::Cancel));
            assert!(allowed_on(screen, &answer));
        }
    }

    #[test]
    fn a_folder_stands_for_its_recipes() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.ron", "a.RON", "notes.txt"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let names: Vec<String> = recipes_in(dir.path())
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.RON", "b.ron"]);
    }
}
