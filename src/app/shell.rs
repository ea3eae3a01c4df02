//! The app shell: panels draw and emit [`Command`]s; this module carries them
//! out in one place, with every side effect (files, dialogs, the recovery
//! copy, the window) here and nowhere else.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use egui::{Align, Layout, RichText, Ui, ViewportCommand};

use super::command::{Command, SHORTCUTS};
use super::dialogs::{self, FileDialogs, Picked};
use super::document::Document;
use super::legend::LegendEntry;
use super::pie::{PieView, pie_ui};
use super::recovery::{self, Recovered, Recovery};
use super::settings::{STORAGE_KEY, Settings};
use super::table::{TableView, footer_ui, problem, table_ui};
use super::theme;
use crate::chart::{PieChart, geometry, palette};
use crate::recipe::format::MAX_INGREDIENTS;
use crate::recipe::human_amount;
use crate::recipe::{Colour, Ingredient, Recipe, Unit, format};

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
enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Quit,
}

/// What a path field is for, when no file dialog can be shown.
#[derive(Clone, Debug, PartialEq)]
enum PathPurpose {
    Open,
    Save { then: Option<Pending> },
}

/// A question in front of the window.
enum Dialog {
    /// Save / Don't save / Cancel, before `then` drops unsaved changes.
    ConfirmDiscard { then: Pending },
    /// Type a path: the fallback where no file dialog can open.
    PathEntry {
        purpose: PathPurpose,
        text: String,
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
    doc: Document,
    settings: Settings,
    selected: Option<usize>,
    /// What the pointer was over last frame (table, pie or legend), so all
    /// three can highlight it this frame.
    hovered: Option<usize>,
    focus_name: Option<usize>,
    /// Scroll the table to the selection next frame (keyboard moves).
    scroll_to_selected: bool,
    dialog: Option<Dialog>,
    message: Option<Message>,
    dialogs: Box<dyn FileDialogs>,
    recovery: Option<Recovery>,
    /// Copies left by crashed windows, still to be offered.
    orphans: Vec<Recovered>,
    /// A file to open once the offer of a crashed window's copy is answered.
    open_after_offer: Option<PathBuf>,
    /// The widget with keyboard focus last frame: an undo step ends when
    /// the focus moves on.
    last_focus: Option<egui::Id>,
    /// When the recovery copy is due (egui time, seconds).
    recovery_due: Option<f64>,
    allow_close: bool,
    title_sent: String,
    frame_log: Option<fs::File>,
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
        theme::apply(ctx);
        let AppConfig {
            dialogs,
            recovery_folder,
            open_at_start,
            frame_log,
        } = config;
        let mut app = Self {
            doc: Document::starter(),
            settings,
            selected: None,
            hovered: None,
            focus_name: None,
            scroll_to_selected: false,
            dialog: None,
            message: None,
            dialogs,
            recovery: recovery_folder.map(Recovery::new),
            orphans: Vec::new(),
            open_after_offer: None,
            last_focus: None,
            recovery_due: None,
            allow_close: false,
            title_sent: String::new(),
            frame_log: frame_log.and_then(|p| {
                fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .ok()
            }),
        };
        // Look for crashed windows' copies before opening anything, so that
        // a file given at start cannot push them aside.
        if let Some(recovery) = &app.recovery {
            for found in recovery.find_orphans() {
                match found {
                    Ok(found) => app.orphans.push(found),
                    Err(e) => {
                        app.message = Some(Message::Error(format!(
                            "Unsaved changes from an earlier session could not be read: {e}"
                        )));
                    }
                }
            }
        }
        if app.orphans.is_empty() {
            if let Some(path) = open_at_start {
                app.open_file(&path);
            }
        } else {
            app.open_after_offer = open_at_start;
            app.offer_next_orphan();
        }
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

    /// The window title.
    pub fn window_title(&self) -> String {
        self.doc.window_title()
    }

    /// The slices on screen, from the shared geometry.
    pub fn slices(&self) -> Vec<geometry::Slice> {
        geometry::slices(&PieChart::from_recipe(&self.doc.recipe, self.settings.decimals).items)
    }

    /// The persisted settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    // ------------------------------------------------------------------
    // Carrying out commands: the one place with side effects.

    /// Carries out one command.
    pub fn execute(&mut self, ctx: &egui::Context, command: Command) {
        if self.dialog.is_some() && command.needs_free_window() {
            return;
        }
        let discrete = command.is_discrete_edit();
        if discrete {
            self.doc.history.commit(&self.doc.recipe);
        }
        let before_edit = self.doc.recipe.clone();
        match command {
            Command::New => self.guard(ctx, Pending::New),
            Command::Open => self.guard(ctx, Pending::Open),
            Command::OpenPath(path) => self.guard(ctx, Pending::OpenPath(path)),
            Command::Quit => self.guard(ctx, Pending::Quit),
            Command::Save => {
                self.save(None);
            }
            Command::SaveAs => {
                self.save_as(None);
            }
            Command::Undo => {
                self.doc.history.undo(&mut self.doc.recipe);
                self.clamp_selection();
            }
            Command::Redo => {
                self.doc.history.redo(&mut self.doc.recipe);
                self.clamp_selection();
            }
            Command::Select(i) => self.selected = i,
            Command::SelectNext => {
                let n = self.doc.recipe.ingredients.len();
                self.selected = match self.selected {
                    _ if n == 0 => None,
                    None => Some(0),
                    Some(i) => Some((i + 1).min(n - 1)),
                };
                self.scroll_to_selected = true;
            }
            Command::SelectPrevious => {
                let n = self.doc.recipe.ingredients.len();
                self.selected = match self.selected {
                    _ if n == 0 => None,
                    None => Some(n - 1),
                    Some(i) => Some(i.saturating_sub(1)),
                };
                self.scroll_to_selected = true;
            }
            Command::SetDecimals(d) => self.settings.decimals = d.min(3),
            Command::AddIngredient | Command::MoveSelectedUp | Command::MoveSelectedDown => {
                self.scroll_to_selected = true;
                self.edit(command);
            }
            edit => self.edit(edit),
        }
        if discrete {
            self.doc.history.commit(&self.doc.recipe);
        }
        if self.doc.recipe != before_edit {
            let now = ctx.input(|i| i.time);
            self.recovery_due = Some(now + recovery::DELAY_S);
        }
    }

    /// Edits of the recipe itself.
    fn edit(&mut self, command: Command) {
        let recipe = &mut self.doc.recipe;
        if command == Command::AddIngredient && recipe.ingredients.len() >= MAX_INGREDIENTS {
            self.message = Some(Message::Error(format!(
                "A recipe holds at most {MAX_INGREDIENTS} ingredients."
            )));
            return;
        }
        let result = match command {
            Command::AddIngredient => {
                let ingredient = new_ingredient(recipe);
                recipe.ingredients.push(ingredient);
                let i = recipe.ingredients.len() - 1;
                self.selected = Some(i);
                self.focus_name = Some(i);
                Ok(())
            }
            Command::Remove(i) => {
                if i < recipe.ingredients.len() {
                    recipe.ingredients.remove(i);
                }
                self.selected = match self.selected {
                    Some(s) if s == i => None,
                    Some(s) if s > i => Some(s - 1),
                    other => other,
                };
                Ok(())
            }
            Command::RemoveSelected => {
                if let Some(i) = self.selected
                    && i < recipe.ingredients.len()
                {
                    recipe.ingredients.remove(i);
                    self.selected = None;
                }
                Ok(())
            }
            Command::Move { from, to } => {
                self.move_ingredient(from, to);
                Ok(())
            }
            Command::MoveSelectedUp => {
                if let Some(i) = self.selected
                    && i > 0
                {
                    self.move_ingredient(i, i - 1);
                }
                Ok(())
            }
            Command::MoveSelectedDown => {
                if let Some(i) = self.selected {
                    self.move_ingredient(i, i + 1);
                }
                Ok(())
            }
            Command::SetTitle(title) => {
                recipe.title = title;
                Ok(())
            }
            Command::SetName(i, name) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.name = name;
                }
                Ok(())
            }
            Command::SetNote(i, note) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.note = note;
                }
                Ok(())
            }
            Command::SetColour(i, colour) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.colour = colour;
                }
                Ok(())
            }
            Command::ToggleLock(i) => {
                if let Some(ing) = recipe.ingredients.get_mut(i) {
                    ing.locked = !ing.locked;
                }
                Ok(())
            }
            Command::SetAmount(i, amount) => {
                start_of_gesture(recipe, self.doc.history.committed());
                recipe.set_amount_rebalanced(i, amount)
            }
            Command::SetPercent(i, percent) => {
                start_of_gesture(recipe, self.doc.history.committed());
                recipe.set_share_rebalanced(i, percent / 100.0)
            }
            Command::SetUnit(i, unit) => recipe.set_unit_keeping_share(i, unit),
            Command::ConvertTo(system) => recipe.convert_to(system, Unit::Millilitre),
            // The rest are handled in `execute`.
            _ => Ok(()),
        };
        if let Err(e) = result {
            self.message = Some(Message::Error(sentence(&e.to_string())));
        }
    }

    fn move_ingredient(&mut self, from: usize, to: usize) {
        let list = &mut self.doc.recipe.ingredients;
        if from >= list.len() || to >= list.len() || from == to {
            return;
        }
        let item = list.remove(from);
        list.insert(to, item);
        self.selected = Some(to);
    }

    fn clamp_selection(&mut self) {
        let n = self.doc.recipe.ingredients.len();
        if self.selected.is_some_and(|i| i >= n) {
            self.selected = None;
        }
    }

    /// Runs `then` now, or asks first when it would drop unsaved changes.
    fn guard(&mut self, ctx: &egui::Context, then: Pending) {
        self.doc.history.commit(&self.doc.recipe);
        if self.doc.is_dirty() {
            self.dialog = Some(Dialog::ConfirmDiscard { then });
        } else {
            self.proceed(ctx, then);
        }
    }

    /// Runs an action whose unsaved changes are settled.
    fn proceed(&mut self, ctx: &egui::Context, action: Pending) {
        match action {
            Pending::New => {
                self.replace_document(Document::blank());
                self.message = None;
            }
            Pending::Open => {
                let folder = self
                    .doc
                    .path
                    .as_deref()
                    .and_then(Path::parent)
                    .map(Path::to_path_buf);
                match self.dialogs.pick_open(folder.as_deref()) {
                    Picked::Path(path) => self.open_file(&path),
                    Picked::Cancelled => {}
                    Picked::Unavailable => {
                        self.dialog = Some(Dialog::PathEntry {
                            purpose: PathPurpose::Open,
                            text: String::new(),
                            note: NO_DIALOG.to_owned(),
                        });
                    }
                }
            }
            Pending::OpenPath(path) => self.open_file(&path),
            Pending::Quit => {
                self.allow_close = true;
                if let Some(r) = &self.recovery {
                    r.remove();
                }
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.selected = None;
        self.focus_name = None;
        self.recovery_due = None;
        if let Some(r) = &self.recovery {
            r.remove();
        }
    }

    /// Opens a file; on failure the open recipe stays as it was.
    fn open_file(&mut self, path: &Path) {
        match format::load(path) {
            Ok(recipe) => {
                self.replace_document(Document::new(recipe, Some(path.to_path_buf())));
                self.settings.remember(path);
                self.message = None;
            }
            Err(e) => {
                let gone = matches!(&e, format::LoadError::Io { source, .. }
                    if source.kind() == std::io::ErrorKind::NotFound);
                if gone && self.settings.recent.iter().any(|p| p == path) {
                    self.settings.forget(path);
                    self.message = Some(Message::Error(format!(
                        "{} is no longer there, so it was removed from the recent files.",
                        path.display()
                    )));
                } else {
                    self.message = Some(Message::Error(format!(
                        "Could not open the recipe; the one on screen is unchanged. {e}"
                    )));
                }
            }
        }
    }

    /// Saves to the current file, or asks where. Returns whether it saved.
    fn save(&mut self, then: Option<Pending>) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(&path),
            None => self.save_as(then),
        }
    }

    /// Asks where to save, then saves. Returns whether it saved.
    fn save_as(&mut self, then: Option<Pending>) -> bool {
        let folder = self
            .doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let name = self.doc.suggested_file_name();
        match self.dialogs.pick_save(folder.as_deref(), &name) {
            Picked::Path(path) => self.save_to(&path),
            Picked::Cancelled => false,
            Picked::Unavailable => {
                self.dialog = Some(Dialog::PathEntry {
                    purpose: PathPurpose::Save { then },
                    text: name,
                    note: NO_DIALOG.to_owned(),
                });
                false
            }
        }
    }

    /// Saves to `path`; a failure leaves the file on disk and the unsaved
    /// changes as they were. Returns whether it saved.
    fn save_to(&mut self, path: &Path) -> bool {
        self.doc.history.commit(&self.doc.recipe);
        match format::save(path, &self.doc.recipe) {
            Ok(()) => {
                self.doc.mark_saved(path);
                self.settings.remember(path);
                self.recovery_due = None;
                if let Some(r) = &self.recovery {
                    r.remove();
                }
                self.message = Some(Message::Info(format!("Saved {}", path.display())));
                true
            }
            Err(e) => {
                self.message = Some(Message::Error(format!("{e}. Your changes are still here.")));
                false
            }
        }
    }

    // ------------------------------------------------------------------
    // Each frame.

    /// Keyboard shortcuts, and keys for the selected row.
    fn read_keys(&self, ctx: &egui::Context, out: &mut Vec<Command>) {
        let typing = ctx.text_edit_focused();
        let popup_open = egui::Popup::is_any_open(ctx);
        ctx.input_mut(|input| {
            // AltGr is Ctrl+Alt on Windows: typing ż or ś must not undo or
            // save, so a shortcut's Alt must match exactly.
            let alt = input.modifiers.alt;
            for (shortcut, command) in &SHORTCUTS {
                if *command == Command::RemoveSelected && typing {
                    continue; // Ctrl+Delete deletes a word in a text field.
                }
                if shortcut.modifiers.alt == alt && input.consume_shortcut(shortcut) {
                    out.push(command.clone());
                }
            }
            if !typing && self.dialog.is_none() {
                use egui::{Key, Modifiers};
                let mut keys = vec![
                    (Key::ArrowDown, Command::SelectNext),
                    (Key::ArrowUp, Command::SelectPrevious),
                    (Key::Delete, Command::RemoveSelected),
                ];
                if !popup_open {
                    // Escape closes an open menu first.
                    keys.push((Key::Escape, Command::Select(None)));
                }
                for (key, command) in keys {
                    if input.consume_key(Modifiers::NONE, key) {
                        out.push(command);
                    }
                }
            }
        });
    }

    fn menu_ui(&self, ui: &mut Ui, out: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let shortcut_text = |c: &Command| {
            c.shortcut()
                .map(|s| ctx.format_shortcut(&s))
                .unwrap_or_default()
        };
        let item =
            |ui: &mut Ui, label: &str, command: Command, enabled: bool, out: &mut Vec<Command>| {
                let button = egui::Button::new(label).shortcut_text(shortcut_text(&command));
                if ui.add_enabled(enabled, button).clicked() {
                    out.push(command);
                }
            };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, "New", Command::New, true, out);
                item(ui, "Open…", Command::Open, true, out);
                ui.add_enabled_ui(!self.settings.recent.is_empty(), |ui| {
                    ui.menu_button("Open recent", |ui| {
                        for path in &self.settings.recent {
                            if ui.button(path.display().to_string()).clicked() {
                                out.push(Command::OpenPath(path.clone()));
                            }
                        }
                    });
                });
                ui.separator();
                item(ui, "Save", Command::Save, true, out);
                item(ui, "Save as…", Command::SaveAs, true, out);
                ui.separator();
                item(ui, "Quit", Command::Quit, true, out);
            });
            ui.menu_button("Edit", |ui| {
                let can_undo = self.doc.history.can_undo(&self.doc.recipe);
                item(ui, "Undo", Command::Undo, can_undo, out);
                item(ui, "Redo", Command::Redo, self.doc.history.can_redo(), out);
                ui.separator();
                item(ui, "Add ingredient", Command::AddIngredient, true, out);
                let has_selection = self.selected.is_some();
                item(ui, "Move up", Command::MoveSelectedUp, has_selection, out);
                item(
                    ui,
                    "Move down",
                    Command::MoveSelectedDown,
                    has_selection,
                    out,
                );
                item(
                    ui,
                    "Remove ingredient",
                    Command::RemoveSelected,
                    has_selection,
                    out,
                );
            });
            ui.menu_button("View", |ui| {
                ui.label("Decimals in percentages");
                for d in 0..=2u8 {
                    if ui
                        .radio(self.settings.decimals == d, d.to_string())
                        .clicked()
                    {
                        out.push(Command::SetDecimals(d));
                    }
                }
            });
        });
    }

    /// The message banner, across the top of the window.
    fn message_ui(&mut self, ui: &mut Ui) {
        let Some(message) = &self.message else {
            return;
        };
        let (text, fill, colour) = match message {
            Message::Error(text) => (text.clone(), theme::ERROR_FILL, theme::ERROR),
            Message::Info(text) => (text.clone(), theme::NOTICE_FILL, theme::DARK_TEXT),
        };
        let mut dismiss = false;
        egui::Panel::top("message")
            .frame(
                egui::Frame::new()
                    .fill(fill)
                    .inner_margin(egui::Margin::symmetric(12, 8)),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let close = super::table::named(ui.button("✖"), "Dismiss this message");
                    if close.on_hover_text("Dismiss this message").clicked() {
                        dismiss = true;
                    }
                    ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
                });
            });
        if dismiss {
            self.message = None;
        }
    }

    fn editor_ui(&mut self, ui: &mut Ui, out: &mut Vec<Command>) -> Option<usize> {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let label = ui.label("Recipe");
            let mut title = self.doc.recipe.title.clone();
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut title)
                        .hint_text("Recipe title")
                        .desired_width(f32::INFINITY)
                        .font(egui::TextStyle::Heading)
                        .char_limit(format::MAX_NAME_CHARS),
                )
                .labelled_by(label.id);
            if response.changed() {
                out.push(Command::SetTitle(title));
            }
        });
        ui.add_space(4.0);
        egui::Panel::bottom("table-footer").show(ui, |ui| {
            ui.add_space(6.0);
            footer_ui(ui, &self.doc.recipe, out);
            ui.add_space(4.0);
        });
        let percents = self.doc.recipe.rounded_percentages(self.settings.decimals);
        let view = TableView {
            recipe: &self.doc.recipe,
            percents: &percents,
            selected: self.selected,
            hovered: self.hovered,
            decimals: self.settings.decimals,
            focus_name: self.focus_name,
            scroll_to: if std::mem::take(&mut self.scroll_to_selected) {
                self.selected
            } else {
                None
            },
        };
        let table = table_ui(ui, &view, out);
        if table.name_focused {
            self.focus_name = None;
        }
        table.hovered
    }

    fn chart_ui(&self, ui: &mut Ui, out: &mut Vec<Command>) -> Option<usize> {
        let recipe = &self.doc.recipe;
        let chart = PieChart::from_recipe(recipe, self.settings.decimals);
        let slices = geometry::slices(&chart.items);
        ui.vertical_centered(|ui| {
            let title = if recipe.title.trim().is_empty() {
                "Untitled recipe"
            } else {
                &recipe.title
            };
            ui.heading(RichText::new(title).strong());
        });
        if slices.is_empty() {
            ui.centered_and_justified(|ui| {
                ui.label(
                    RichText::new(problem(recipe).unwrap_or_default())
                        .size(theme::HEADING_PT * 0.8)
                        .weak(),
                );
            });
            return None;
        }
        let tooltips: Vec<String> = recipe
            .ingredients
            .iter()
            .zip(&chart.items)
            .map(|(ing, item)| tooltip(ing, &item.percent_label))
            .collect();
        let available = ui.available_size();
        let side_by_side = available.x > available.y * 1.25;
        let legend_width = if side_by_side {
            (available.x * 0.36).clamp(220.0, 380.0)
        } else {
            available.x.min(900.0)
        };
        let row_h =
            ui.spacing().interact_size.y.max(theme::BODY_PT * 1.5) + ui.spacing().item_spacing.y;
        let n = chart.items.len();
        // Below the pie, a long legend flows into two columns.
        let columns = if !side_by_side && n > 6 && legend_width >= 460.0 {
            2
        } else {
            1
        };
        let rows_per_column = n.div_ceil(columns);
        let pie_size = if side_by_side {
            egui::vec2(available.x - legend_width - 16.0, available.y)
        } else {
            let legend_h = (rows_per_column as f32 * row_h).min(available.y * 0.45);
            egui::vec2(available.x, (available.y - legend_h - 8.0).max(120.0))
        };
        let layout = if side_by_side {
            Layout::left_to_right(Align::Center)
        } else {
            Layout::top_down(Align::Center)
        };
        let mut hovered = None;
        ui.with_layout(layout, |ui| {
            let view = PieView {
                slices: &slices,
                tooltips: &tooltips,
                selected: self.selected,
                hovered: self.hovered,
            };
            let pie = pie_ui(ui, &view, pie_size);
            hovered = pie.hovered;
            if let Some(clicked) = pie.clicked {
                out.push(Command::Select(clicked));
            }
            let column_width = legend_width / columns as f32;
            ui.allocate_ui_with_layout(
                egui::vec2(legend_width, ui.available_height()),
                Layout::top_down(Align::Min),
                |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("legend")
                        .show(ui, |ui| {
                            ui.horizontal_top(|ui| {
                                for column in 0..columns {
                                    let first = column * rows_per_column;
                                    let last = (first + rows_per_column).min(n);
                                    ui.vertical(|ui| {
                                        for (i, item) in
                                            chart.items.iter().enumerate().take(last).skip(first)
                                        {
                                            let entry = LegendEntry {
                                                colour: item.colour,
                                                name: &item.name,
                                                percent: &item.percent_label,
                                                selected: self.selected == Some(i),
                                                highlighted: self.hovered == Some(i),
                                                width: column_width - 12.0,
                                            };
                                            let response = ui.add(entry);
                                            if response.clicked() {
                                                out.push(Command::Select(Some(i)));
                                            }
                                            if response.hovered() {
                                                hovered = Some(i);
                                            }
                                        }
                                    });
                                }
                            });
                        });
                },
            );
        });
        hovered
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        let mut keep = true;
        match dialog {
            Dialog::ConfirmDiscard { then } => {
                let mut choice = None;
                let question = match &then {
                    Pending::Quit => "before closing",
                    Pending::New => "before starting a new recipe",
                    Pending::Open | Pending::OpenPath(_) => "before opening another recipe",
                };
                let name = self.doc.display_name();
                egui::Modal::new(egui::Id::unique("confirm-discard")).show(ctx, |ui| {
                    ui.set_max_width(520.0);
                    ui.heading("Unsaved changes");
                    ui.label(format!("Save the changes to “{name}” {question}?"));
                    ui.label("If you don't save, they are lost.");
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if key_button(ui, "Save", egui::Key::Enter) {
                            choice = Some(Choice::Save);
                        }
                        if ui.button("Don't save").clicked() {
                            choice = Some(Choice::Discard);
                        }
                        if key_button(ui, "Cancel", egui::Key::Escape) {
                            choice = Some(Choice::Cancel);
                        }
                    });
                });
                match choice {
                    Some(Choice::Save) => {
                        keep = false;
                        if self.save(Some(then.clone())) {
                            self.proceed(ctx, then);
                        }
                    }
                    Some(Choice::Discard) => {
                        keep = false;
                        self.proceed(ctx, then);
                    }
                    Some(Choice::Cancel) => keep = false,
                    None => self.dialog = Some(Dialog::ConfirmDiscard { then }),
                }
            }
            Dialog::PathEntry {
                purpose,
                mut text,
                note,
            } => {
                let mut choice = None;
                let (heading, action) = match &purpose {
                    PathPurpose::Open => ("Open a recipe", "Open"),
                    PathPurpose::Save { .. } => ("Save the recipe", "Save"),
                };
                egui::Modal::new(egui::Id::unique("path-entry")).show(ctx, |ui| {
                    ui.set_max_width(640.0);
                    ui.heading(heading);
                    ui.label(note.as_str());
                    let label = ui.label("File path");
                    let response = ui
                        .add(egui::TextEdit::singleline(&mut text).desired_width(600.0))
                        .labelled_by(label.id);
                    // The field takes the keyboard when the dialog opens.
                    if ui.memory(|m| m.focused().is_none()) {
                        response.request_focus();
                    }
                    let entered = (response.has_focus() || response.lost_focus())
                        && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        if ui.button(action).clicked() || entered {
                            choice = Some(Choice::Save);
                        }
                        if key_button(ui, "Cancel", egui::Key::Escape) {
                            choice = Some(Choice::Cancel);
                        }
                    });
                });
                let mut note = note;
                match choice {
                    Some(Choice::Save) if !text.trim().is_empty() => {
                        let base = self.doc.path.as_deref().and_then(Path::parent);
                        let path = resolve_typed_path(text.trim(), base);
                        match purpose {
                            PathPurpose::Open => {
                                keep = false;
                                self.open_file(&path);
                            }
                            PathPurpose::Save { then } => {
                                let path = dialogs::with_ron_extension(&path);
                                let replacing = path.exists()
                                    && self.doc.path.as_deref() != Some(path.as_path());
                                let confirmed = note.starts_with(&replace_note(&path));
                                if replacing && !confirmed {
                                    // Ask once, as a file dialog would.
                                    note = format!("{} {NO_DIALOG}", replace_note(&path));
                                    self.dialog = Some(Dialog::PathEntry {
                                        purpose: PathPurpose::Save { then },
                                        text,
                                        note,
                                    });
                                } else {
                                    keep = false;
                                    if self.save_to(&path)
                                        && let Some(then) = then
                                    {
                                        self.proceed(ctx, then);
                                    }
                                }
                            }
                        }
                    }
                    Some(Choice::Cancel) => keep = false,
                    _ => {
                        self.dialog = Some(Dialog::PathEntry {
                            purpose,
                            text,
                            note,
                        });
                    }
                }
            }
            Dialog::Restore(found) => {
                let mut choice = None;
                egui::Modal::new(egui::Id::unique("restore")).show(ctx, |ui| {
                    ui.set_max_width(560.0);
                    ui.heading("Restore unsaved changes?");
                    let from = found.origin.as_ref().map_or_else(
                        || format!("“{}”", found.recipe.title),
                        |p| p.display().to_string(),
                    );
                    ui.label(format!(
                        "CX Recipe Designer did not close cleanly last time. \
                         It kept the unsaved changes to {from}."
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        // Enter restores: keeping work is the safe default.
                        if key_button(ui, "Restore", egui::Key::Enter) {
                            choice = Some(Choice::Save);
                        }
                        if ui.button("Discard").clicked() {
                            choice = Some(Choice::Discard);
                        }
                    });
                });
                match choice {
                    Some(Choice::Save) => {
                        keep = false;
                        self.restore(ctx, found);
                    }
                    Some(Choice::Discard) => {
                        keep = false;
                        if let Some(r) = &self.recovery {
                            r.remove_orphan(&found.id);
                        }
                        self.after_offer(ctx);
                    }
                    _ => self.dialog = Some(Dialog::Restore(found)),
                }
            }
        }
        if !keep && self.dialog.is_none() {
            ctx.request_repaint();
        }
    }

    fn restore(&mut self, ctx: &egui::Context, found: Recovered) {
        let Recovered { id, recipe, origin } = found;
        let saved = origin
            .as_deref()
            .and_then(|p| format::load(p).ok())
            .unwrap_or_default();
        self.doc = Document::recovered(recipe, origin, saved);
        self.selected = None;
        // The edits are this window's now: its own copy replaces the old one.
        if let Some(recovery) = &mut self.recovery {
            match recovery.write(&self.doc.recipe, self.doc.path.as_deref()) {
                Ok(()) => recovery.remove_orphan(&id),
                Err(e) => {
                    self.message = Some(Message::Error(format!(
                        "Could not keep a recovery copy of the restored changes: {e}"
                    )));
                    return;
                }
            }
        }
        self.message = Some(Message::Info(
            "Restored the unsaved changes. Save them to keep them.".to_owned(),
        ));
        self.after_offer(ctx);
    }

    /// Shows the next crashed window's copy, if any.
    fn offer_next_orphan(&mut self) {
        if self.dialog.is_none() && !self.orphans.is_empty() {
            let found = self.orphans.remove(0);
            self.dialog = Some(Dialog::Restore(found));
        }
    }

    /// After an offer is answered: the next offer, or the file given at start.
    fn after_offer(&mut self, ctx: &egui::Context) {
        self.offer_next_orphan();
        if self.dialog.is_none()
            && let Some(path) = self.open_after_offer.take()
        {
            self.guard(ctx, Pending::OpenPath(path));
        }
    }

    /// Writes the recovery copy once it is due; asks for a frame then.
    fn recovery_tick(&mut self, ctx: &egui::Context) {
        let Some(due) = self.recovery_due else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if now < due {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            return;
        }
        self.recovery_due = None;
        let Some(recovery) = &mut self.recovery else {
            return;
        };
        if self.doc.is_dirty() {
            if let Err(e) = recovery.write(&self.doc.recipe, self.doc.path.as_deref()) {
                self.message = Some(Message::Error(format!(
                    "Could not keep a recovery copy of your unsaved changes: {e}"
                )));
            }
        } else {
            recovery.remove();
        }
    }

    /// Writes the recovery copy now if the window ends with unsaved changes
    /// that nobody chose to drop.
    pub fn keep_unsaved_on_exit(&mut self) {
        self.doc.history.commit(&self.doc.recipe);
        if self.doc.is_dirty()
            && !self.allow_close
            && let Some(recovery) = &mut self.recovery
        {
            // Nothing is left to show an error in; the copy is a best effort.
            let _ = recovery.write(&self.doc.recipe, self.doc.path.as_deref());
        }
    }

    /// The window's close button: ask first when there are unsaved changes.
    fn handle_close(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        self.doc.history.commit(&self.doc.recipe);
        if self.allow_close {
            return;
        }
        if matches!(self.dialog, Some(Dialog::Restore(_))) {
            // Closing before answering keeps the offered copy for next time.
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            if self.dialog.is_none() {
                self.dialog = Some(Dialog::ConfirmDiscard {
                    then: Pending::Quit,
                });
            }
        } else if let Some(r) = &self.recovery {
            r.remove();
        }
    }

    fn files_dropped(ctx: &egui::Context, out: &mut Vec<Command>) {
        let dropped = ctx.input(|i| {
            i.raw.dropped_files.iter().find_map(|f| {
                let path = f.path();
                (!path.as_os_str().is_empty()).then(|| path.to_path_buf())
            })
        });
        if let Some(path) = dropped {
            out.push(Command::OpenPath(path));
        }
    }
}

/// A dialog button that its key presses too (Enter, Escape); the key is
/// named in its tooltip.
fn key_button(ui: &mut Ui, label: &str, key: egui::Key) -> bool {
    let clicked = ui.button(label).on_hover_text(key.name()).clicked();
    clicked || ui.input(|i| i.key_pressed(key))
}

#[derive(Clone, Copy)]
enum Choice {
    Save,
    Discard,
    Cancel,
}

const NO_DIALOG: &str = "No file dialog could be shown on this system: on Linux it needs the \
                         desktop portal (xdg-desktop-portal) or zenity. Type the path instead.";

/// The question asked before a typed path replaces another file.
fn replace_note(path: &Path) -> String {
    format!(
        "{} already exists: press Save again to replace it.",
        path.display()
    )
}

/// A typed path made absolute: `~` is the home folder, and a relative path
/// is taken from the open recipe's folder (else the home folder), not from
/// wherever the app happened to be started.
fn resolve_typed_path(typed: &str, base: Option<&Path>) -> PathBuf {
    let home = directories::UserDirs::new().map(|d| d.home_dir().to_path_buf());
    let expanded = match (
        typed.strip_prefix("~/").or(typed.strip_prefix("~\\")),
        &home,
    ) {
        (Some(rest), Some(home)) => home.join(rest),
        _ if typed == "~" => home.clone().unwrap_or_default(),
        _ => PathBuf::from(typed),
    };
    if expanded.is_absolute() {
        return expanded;
    }
    match base.map(Path::to_path_buf).or(home) {
        Some(folder) => folder.join(expanded),
        None => std::path::absolute(&expanded).unwrap_or(expanded),
    }
}

/// A new ingredient: the next free colour, an average amount in the unit the
/// recipe uses most recently.
fn new_ingredient(recipe: &Recipe) -> Ingredient {
    let used: Vec<[u8; 3]> = recipe.ingredients.iter().map(|i| i.colour.rgb()).collect();
    let colour = Colour::from(palette::next_unused(&used));
    let unit = recipe.ingredients.last().map_or(Unit::Part, |i| i.unit);
    let n = recipe.ingredients.len();
    let base = if n > 0 && recipe.total() > 0.0 {
        recipe.total() / n as f64
    } else {
        10.0
    };
    let amount = round_nicely(unit.from_base(base));
    Ingredient::new(format!("New ingredient {}", n + 1), amount, unit, colour)
}

/// Two significant digits, so a new amount reads like a person chose it.
fn round_nicely(x: f64) -> f64 {
    if x <= 0.0 || !x.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powf(x.log10().floor() - 1.0);
    let rounded = (x / magnitude).round() * magnitude;
    if rounded.is_finite() && rounded > 0.0 {
        rounded
    } else {
        1.0
    }
}

/// A rebalancing edit starts from the amounts at the start of the gesture,
/// not from the last frame's: dragging past the limit (which empties the
/// others) and back then restores their proportions instead of losing them.
fn start_of_gesture(recipe: &mut Recipe, committed: &Recipe) {
    let any_locked = recipe.ingredients.iter().any(|i| i.locked);
    let same_shape = recipe.ingredients.len() == committed.ingredients.len()
        && recipe
            .ingredients
            .iter()
            .zip(&committed.ingredients)
            .all(|(a, b)| a.unit == b.unit && a.locked == b.locked);
    if any_locked && same_shape {
        for (now, before) in recipe.ingredients.iter_mut().zip(&committed.ingredients) {
            now.amount = before.amount;
        }
    }
}

/// The hover text of a slice or row.
fn tooltip(ing: &Ingredient, percent: &str) -> String {
    let amount = format!(
        "{} {}",
        human_amount(ing.amount),
        ing.unit.label_for(ing.amount)
    );
    let ml = match ing.amount_ml() {
        Some(ml) if ing.unit != Unit::Millilitre && ing.unit != Unit::Cc => {
            format!(" ({} ml)", human_amount(ml))
        }
        _ => String::new(),
    };
    let mut text = format!("{}\n{amount}{ml}\nShare: {percent}", ing.name);
    if !ing.note.is_empty() {
        text.push('\n');
        text.push_str(&ing.note);
    }
    text
}

/// An error text as a sentence: capital first letter, full stop.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

impl eframe::App for CxApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.settings);
    }

    /// The window is going without having asked (the system ended the app,
    /// a logout): keep the unsaved changes for the next start.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_unsaved_on_exit();
    }
}

impl CxApp {
    /// One frame of the whole window: what `eframe::App::ui` runs, callable
    /// without eframe (the frame-cost benchmark drives it headless).
    pub fn frame_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if let Some(log) = &mut self.frame_log {
            let _ = writeln!(log, "{}", ctx.input(|i| i.time));
        }
        let mut out = Vec::new();
        self.handle_close(&ctx);
        self.read_keys(&ctx, &mut out);
        Self::files_dropped(&ctx, &mut out);

        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui, &mut out));
        self.message_ui(ui);
        let width = ui.available_width();
        let mut hovered = None;
        egui::Panel::left("editor")
            .resizable(true)
            .default_size(width * theme::TABLE_FRACTION)
            .min_size(480.0)
            .show(ui, |ui| {
                hovered = self.editor_ui(ui, &mut out);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(h) = self.chart_ui(ui, &mut out) {
                hovered = Some(h);
            }
        });
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            drop_overlay(&ctx);
        }
        self.dialog_ui(&ctx);

        if hovered != self.hovered {
            self.hovered = hovered;
            ctx.request_repaint();
        }
        let had_commands = !out.is_empty();
        for command in out {
            self.execute(&ctx, command);
        }
        // A gesture ends when the pointer is released and no text is being
        // typed, or when the keyboard moves to another field: then it becomes
        // one step of undo.
        let focus = ctx.memory(egui::Memory::focused);
        let gesture_on = ctx.input(|i| i.pointer.any_down()) || ctx.text_edit_focused();
        if !gesture_on || focus != self.last_focus {
            self.doc.history.commit(&self.doc.recipe);
        }
        self.last_focus = focus;
        if had_commands {
            ctx.request_repaint();
        }
        self.recovery_tick(&ctx);
        let title = self.doc.window_title();
        if title != self.title_sent {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
    }
}

fn drop_overlay(ctx: &egui::Context) {
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop a recipe (.ron) to open it",
        egui::FontId::proportional(theme::HEADING_PT),
        egui::Color32::WHITE,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_amounts_read_like_a_person_chose_them() {
        assert_eq!(round_nicely(806.0), 810.0);
        assert_eq!(round_nicely(0.123), 0.12);
        assert_eq!(round_nicely(0.0), 1.0);
    }

    #[test]
    fn typed_paths_become_absolute() {
        let base = Path::new("/work/recipes");
        assert_eq!(resolve_typed_path("a.ron", Some(base)), base.join("a.ron"));
        assert_eq!(
            resolve_typed_path("/x/a.ron", Some(base)),
            PathBuf::from("/x/a.ron")
        );
        let home = directories::UserDirs::new()
            .unwrap()
            .home_dir()
            .to_path_buf();
        assert_eq!(
            resolve_typed_path("~/a.ron", Some(base)),
            home.join("a.ron")
        );
        assert_eq!(resolve_typed_path("a.ron", None), home.join("a.ron"));
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(sentence("the total is zero"), "The total is zero.");
    }
}
