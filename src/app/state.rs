//! What the window holds: the open document, what is derived from it, the
//! settings, the screen, the UI state, the question in front of the
//! window, and the side-effect handles (file dialogs, crash recovery).
//! Views never import this module: the frame loop hands them what they
//! read (`views::AppView`) and the UI state; `exec/` changes the rest.

use std::fs;
use std::path::{Path, PathBuf};

use super::derived::Derived;
use super::dialog::Dialog;
use super::dialogs::FileDialogs;
use super::document::Document;
use super::message::Message;
use super::recovery::{Recovered, Recovery};
use super::screen::Screen;
use super::settings::{STORAGE_KEY, Settings};
use super::theme;
use super::ui_state::{EditorTab, UiState};
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

/// The CX Recipe Designer window.
pub struct CxApp {
    pub(in crate::app) doc: Document,
    pub(in crate::app) settings: Settings,
    /// What is derived from the document, once per revision.
    pub(in crate::app) derived: Derived,
    /// What the window shows.
    pub(in crate::app) screen: Screen,
    /// The tab, the selection, focus and scroll requests, the search text.
    pub(in crate::app) ui: UiState,
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
    /// The compare or blend screen projected for the room (F5): full
    /// screen, large type, the editing controls gone.
    pub(in crate::app) presenting: bool,
    /// Exports and blends too large for a frame, on worker threads.
    pub(in crate::app) work: super::work::Work,
    /// The participants' room: how it opens, the open one, the closed one.
    pub(in crate::app) room: super::room::WindowRoom,
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
        super::fonts::setup(ctx);
        ctx.set_zoom_factor(settings.start_zoom());
        let AppConfig {
            dialogs,
            recovery_folder,
            open_at_start,
            frame_log,
        } = config;
        let lang = settings.lang();
        let mut app = Self {
            doc: Document::starter_in(lang),
            settings,
            derived: Derived::default(),
            screen: Screen::default(),
            ui: UiState::default(),
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
            presenting: false,
            work: super::work::Work::new(ctx),
            room: super::room::WindowRoom::default(),
        };
        app.dialogs.set_lang(lang);
        app.start(open_at_start);
        app
    }

    /// The recipe on screen.
    pub fn recipe(&self) -> &Recipe {
        self.doc.recipe()
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
        self.ui.selected()
    }

    /// The ingredient under the pointer (in the table, pie or legend).
    pub fn hovered(&self) -> Option<usize> {
        self.ui.hovered()
    }

    /// The UI state (tab, selection), to change as a view would.
    pub fn ui_mut(&mut self) -> &mut UiState {
        &mut self.ui
    }

    /// What the window shows.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// Whether the compare or blend screen is projected (F5).
    pub fn presenting(&self) -> bool {
        self.presenting
    }

    /// The editor panel's tab.
    pub fn tab(&self) -> EditorTab {
        self.ui.tab()
    }

    /// The selected method step.
    pub fn selected_step(&self) -> Option<usize> {
        self.ui.selected_step()
    }

    /// The window title.
    pub fn window_title(&self) -> String {
        self.doc.window_title_in(self.lang)
    }

    /// The slices on screen, from the shared geometry.
    pub fn slices(&self) -> Vec<geometry::Slice> {
        geometry::slices(&PieChart::from_recipe(self.doc.recipe(), self.settings.decimals).items)
    }

    /// The window's language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The recipe compared with the open one, on the compare screen.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.compare.as_ref()
    }

    /// The participants' blend, on the blend screen.
    pub fn team_blend(&self) -> Option<&TeamBlend> {
        self.team.as_ref()
    }
}
