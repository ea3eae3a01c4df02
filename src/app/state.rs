//! What the window holds: the open document, the settings, the screen, the
//! selection, the question in front of the window, and the side-effect
//! handles (file dialogs, crash recovery). Views read it; only `exec/`
//! changes it.

use std::fs;
use std::path::{Path, PathBuf};

use super::command::EditorTab;
use super::dialogs::FileDialogs;
use super::document::Document;
use super::recovery::{Recovered, Recovery};
use super::screen::Screen;
use super::settings::{STORAGE_KEY, Settings};
use super::theme;
use super::workshop::{Comparison, TeamBlend};
use crate::chart::{PieChart, geometry};
use crate::i18n::Lang;
use crate::recipe::Recipe;

/// How the window is set up: what differs between a real run and a test.
pub struct AppConfig {
    /// The file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// Where the crash-recovery copy goes; `None` turns recovery off.
    pub recovery_folder: Option<PathBuf>,
    /// A recipe to open at start (`cx-recipe FILE`).
    pub open_at_start: Option<PathBuf>,
    /// A file that gets one line per frame drawn (for measuring idle).
    pub frame_log: Option<PathBuf>,
}

/// What waits for an answer about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Start a new recipe.
    New,
    /// Choose a file to open.
    Open,
    /// Open this file.
    OpenPath(PathBuf),
    /// Start a new recipe from a shipped template (by its id).
    Template(&'static str),
    /// Close the window.
    Quit,
    /// Replace the open recipe by the team blend.
    OpenBlend,
}

/// What a path field is for, when no file dialog can be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum PathPurpose {
    /// Open the typed file.
    Open,
    /// Save to the typed file, then carry on with `then`.
    Save {
        /// What waited for the save.
        then: Option<Pending>,
    },
    /// Compare the open recipe with the typed file.
    Compare,
    /// Blend the typed files (separated by `;`), or every recipe in a
    /// typed folder.
    Blend,
    /// Save the team blend to the typed file.
    SaveBlend,
    /// Export the chart or the table to the typed file.
    Export {
        /// Chart or CSV.
        kind: super::dialogs::ExportKind,
        /// The field's heading, in the window's language.
        heading: String,
        /// The button's word, in the window's language.
        action: String,
    },
}

/// A question in front of the window.
pub enum Dialog {
    /// Save / Don't save / Cancel, before `then` drops unsaved changes.
    ConfirmDiscard {
        /// What waits for the answer.
        then: Pending,
    },
    /// Type a path: the fallback where no file dialog can open.
    PathEntry {
        /// Open or save.
        purpose: PathPurpose,
        /// What is typed so far.
        text: String,
        /// Why the field is there (and whether a replace was confirmed).
        note: String,
    },
    /// Restore the edits a crashed session left?
    Restore(Recovered),
}

/// A line at the top of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Something failed; says what and what was kept.
    Error(String),
    /// Something worth knowing.
    Info(String),
}

/// The CX Recipe Designer window.
pub struct CxApp {
    pub(in crate::app) doc: Document,
    pub(in crate::app) settings: Settings,
    /// What the window shows.
    pub(in crate::app) screen: Screen,
    pub(in crate::app) selected: Option<usize>,
    /// What the pointer was over last frame (table, pie or legend), so all
    /// three can highlight it this frame.
    pub(in crate::app) hovered: Option<usize>,
    /// A row whose name field takes the keyboard (a new ingredient).
    pub(in crate::app) focus_name: Option<usize>,
    /// Scroll the table to the selection next frame (keyboard moves).
    pub(in crate::app) scroll_to_selected: bool,
    /// The editor panel's tab.
    pub(in crate::app) tab: EditorTab,
    /// The selected method step.
    pub(in crate::app) selected_step: Option<usize>,
    /// A step whose title field takes the keyboard (a new step).
    pub(in crate::app) focus_step: Option<usize>,
    /// What is typed in the library's search field.
    pub(in crate::app) library_query: String,
    pub(in crate::app) dialog: Option<Dialog>,
    pub(in crate::app) message: Option<Message>,
    pub(in crate::app) dialogs: Box<dyn FileDialogs>,
    pub(in crate::app) recovery: Option<Recovery>,
    /// Copies left by crashed windows, still to be offered.
    pub(in crate::app) orphans: Vec<Recovered>,
    /// A file to open once the offer of a crashed window's copy is answered.
    pub(in crate::app) open_after_offer: Option<PathBuf>,
    /// When the recovery copy is due (egui time, seconds).
    pub(in crate::app) recovery_due: Option<f64>,
    /// The window may close: the person chose to, or nothing is unsaved.
    pub(in crate::app) allow_close: bool,
    /// The widget with keyboard focus last frame: an undo step ends when
    /// the focus moves on.
    pub(in crate::app) last_focus: Option<egui::Id>,
    pub(in crate::app) title_sent: String,
    pub(in crate::app) frame_log: Option<fs::File>,
    /// The window's language, resolved once from the settings or the system.
    pub(in crate::app) lang: Lang,
    /// The recipe compared with the open one (the compare screen).
    pub(in crate::app) compare: Option<Comparison>,
    /// The participants' blend and its reveal (the blend screen).
    pub(in crate::app) team: Option<TeamBlend>,
    /// Whether the window was full screen before presentation mode, so
    /// leaving it puts the window back as it was.
    pub(in crate::app) was_fullscreen: bool,
}

impl CxApp {
    /// The app as eframe creates it.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        let settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, STORAGE_KEY))
            .unwrap_or_default();
        Self::with_settings(&cc.egui_ctx, config, settings)
    }

    /// The app with the given settings (tests start from the defaults).
    pub fn with_settings(ctx: &egui::Context, config: AppConfig, settings: Settings) -> Self {
        theme::apply(ctx, settings.theme, false);
        ctx.set_zoom_factor(settings.start_zoom());
        let AppConfig {
            dialogs,
            recovery_folder,
            open_at_start,
            frame_log,
        } = config;
        let lang = settings.lang();
        let mut app = Self {
            doc: Document::starter(),
            settings,
            screen: Screen::default(),
            selected: None,
            hovered: None,
            focus_name: None,
            scroll_to_selected: false,
            tab: EditorTab::default(),
            selected_step: None,
            focus_step: None,
            library_query: String::new(),
            dialog: None,
            message: None,
            dialogs,
            recovery: recovery_folder.map(Recovery::new),
            orphans: Vec::new(),
            open_after_offer: None,
            recovery_due: None,
            allow_close: false,
            last_focus: None,
            title_sent: String::new(),
            frame_log: frame_log.and_then(|p| {
                fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .ok()
            }),
            lang,
            compare: None,
            team: None,
            was_fullscreen: false,
        };
        app.dialogs.set_lang(lang);
        app.start(open_at_start);
        app
    }

    /// The recipe on screen.
    pub fn recipe(&self) -> &Recipe {
        &self.doc.recipe
    }

    /// The file the recipe belongs to.
    pub fn path(&self) -> Option<&Path> {
        self.doc.path.as_deref()
    }

    /// Whether there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The message at the top of the window.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The selected ingredient.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The ingredient under the pointer (in the table, pie or legend).
    pub fn hovered(&self) -> Option<usize> {
        self.hovered
    }

    /// What the window shows.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The editor panel's tab.
    pub fn tab(&self) -> EditorTab {
        self.tab
    }

    /// The selected method step.
    pub fn selected_step(&self) -> Option<usize> {
        self.selected_step
    }

    /// The window title.
    pub fn window_title(&self) -> String {
        self.doc.window_title_in(self.lang)
    }

    /// The slices on screen, from the shared geometry.
    pub fn slices(&self) -> Vec<geometry::Slice> {
        geometry::slices(&PieChart::from_recipe(&self.doc.recipe, self.settings.decimals).items)
    }

    /// The window's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }
}
