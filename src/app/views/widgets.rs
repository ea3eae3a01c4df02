//! The widgets several views share: a dialog button its key presses too,
//! selecting a field's text, the bar across the compare and blend screens,
//! table cells in large type, a colour swatch, and a pie under its title at
//! a shared radius.

use egui::{Align, Layout, RichText, Ui};

use super::pie::{PieStyle, PieView, pie_styled_ui};
use crate::app::command::bindings::{command_keys, is_mac};
use crate::app::command::{Command, WorkshopCommand};
use crate::app::derived::workshop::PieData;
use crate::app::theme;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::Colour;

/// The pies' titles: larger than headings, to read from the back of a room.
pub const PIE_TITLE_PT: f32 = 30.0;
/// The tables' text: larger than body text, for the back of a room.
pub const TABLE_PT: f32 = 21.0;

/// A dialog button that its key presses too (Enter, Escape); the key is
/// named in its tooltip.
pub fn key_button(ui: &mut Ui, label: &str, key: egui::Key, lang: Lang) -> bool {
    let name = crate::app::command::bindings::key_name(key, lang);
    let clicked = ui.button(label).on_hover_text(name).clicked();
    clicked || ui.input(|i| i.key_pressed(key))
}

/// Selects the whole text of a field, so that typing replaces it.
pub fn select_all(ui: &Ui, id: egui::Id, text: &str) {
    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), id) {
        let all = egui::text_selection::CCursorRange::select_all_str(text);
        state.cursor.set_char_range(Some(all));
        state.store(ui.ctx(), id);
    }
}

/// A table cell's text: large and in the strongest text colour.
pub fn cell(text: impl Into<String>) -> RichText {
    RichText::new(text).size(TABLE_PT).strong()
}

/// A column's name: smaller and quieter than the cells under it.
pub fn header_cell(text: &str) -> RichText {
    RichText::new(text).size(theme::BODY_PT).weak()
}

/// The bar across the top of the compare and blend screens: the way back
/// to the editor, the screen's name, and its own buttons (`extra`, on the
/// right).
pub fn bar_ui(
    ui: &mut Ui,
    name: &str,
    lang: Lang,
    out: &mut Vec<Command>,
    extra: impl FnOnce(&mut Ui, &mut Vec<Command>),
) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let back = Command::Workshop(WorkshopCommand::ShowEditor);
        let keys = crate::app::command::bindings::key_name(egui::Key::Escape, lang);
        let hint = tr_args(lang, "compare-back-hint", &[("keys", Arg::Text(&keys))]);
        if ui
            .button(tr(lang, "compare-back"))
            .on_hover_text(hint)
            .clicked()
        {
            out.push(back);
        }
        ui.separator();
        ui.heading(RichText::new(name).strong());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| extra(ui, out));
    });
    ui.add_space(4.0);
}

/// A small square of an ingredient's colour, in front of its name.
pub fn swatch_ui(ui: &mut Ui, colour: Option<Colour>) {
    let side = theme::SWATCH_PT;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    if let Some(colour) = colour {
        ui.painter().rect(
            rect,
            egui::CornerRadius::same(3),
            theme::colour32(colour.rgb()),
            egui::Stroke::new(1.0, egui::Color32::from_black_alpha(60)),
            egui::StrokeKind::Inside,
        );
    }
}

/// The reach of any pie: a reveal keeps one size from step to step.
pub const ANY_REACH: [f32; 2] = crate::app::derived::workshop::OUTSIDE_REACH;

/// Draws `pie` in the space left, at the largest radius at which every pie
/// reaching as far as `fit` says would fit there too; centred.
fn prepared_pie_ui(ui: &mut Ui, pie: &PieData, fit: &[[f32; 2]]) {
    if pie.slices.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(
                RichText::new(pie.empty.as_str())
                    .size(theme::HEADING_PT * 0.8)
                    .weak(),
            );
        });
        return;
    }
    let space = ui.available_size();
    let reach = pie.reach();
    let radius = fit
        .iter()
        .chain([&reach])
        .map(|[x, y]| (space.x / (2.0 * x)).min(space.y / (2.0 * y)))
        .fold(f32::INFINITY, f32::min)
        .max(20.0);
    let [x, y] = reach;
    let size = egui::vec2(2.0 * x * radius, 2.0 * y * radius);
    let view = PieView {
        items: &pie.items,
        generation: pie.generation,
        tooltips: &pie.tooltips,
        selected: None,
        hovered: None,
        name: &pie.name,
    };
    ui.vertical_centered(|ui| {
        ui.add_space(((space.y - size.y) / 2.0).max(0.0));
        let style = PieStyle {
            centred: true,
            max_radius: Some(radius),
            ..PieStyle::default()
        };
        pie_styled_ui(ui, &view, size, style);
    });
}

/// A pie under a large title and a smaller line (the file, or who), at the
/// radius `fit` allows (see [`prepared_pie_ui`]).
pub fn titled_pie_ui(ui: &mut Ui, heading: &str, detail: &str, pie: &PieData, fit: &[[f32; 2]]) {
    ui.vertical_centered(|ui| {
        if !heading.is_empty() {
            ui.label(RichText::new(heading).size(PIE_TITLE_PT).strong());
        }
        if !detail.is_empty() {
            ui.label(RichText::new(detail).weak());
        }
    });
    ui.push_id(("pie", heading), |ui| prepared_pie_ui(ui, pie, fit));
}

/// A command's shortcut as this system names it ("Ctrl+I", "⌘I"), or "".
pub fn keys_of(ui: &Ui, command: &Command, lang: Lang) -> String {
    command_keys(command, lang, is_mac(ui.ctx()))
}
