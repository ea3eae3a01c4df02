//! The blend screen: on the left, the team's balance and one row per
//! ingredient (`blend_table`: its kind, mean, spread, who named it with
//! what share, the spellings counted as it), the files left out and the
//! team recipe's notes; on the right, the reveal for the room: each
//! participant's pie in turn, then the team's, the current step's name in
//! large type (F5 projects it: `blend_present`). What it shows is derived
//! once (`derived::blend::BlendView`).

use egui::{RichText, Ui};

use super::AppView;
use super::banner::banner_ui;
use super::blend_names::{NAMES_SIDE_PT, names_height, names_ui};
use super::blend_parts::{buttons_ui, notes_ui, place_text, previous_next_ui, team_head_ui};
use super::blend_table::table_ui;
use super::widgets::{ANY_REACH, bar_ui, titled_pie_ui};
use crate::app::command::Command;
use crate::app::derived::blend::BlendView;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Lang, tr};

/// The reveal's name: large enough for the back of the room.
const REVEAL_NAME_PT: f32 = 44.0;

/// Draws the blend screen.
pub fn blend_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let t = |key: &str| tr(lang, key);
    // A narrow (zoomed) window: the buttons go in the column, under the
    // bar, so the bar keeps its name.
    let narrow = ui.available_width() < super::compare_narrow::NARROW_PT;
    egui::Panel::top("blend-bar").show(ui, |ui| {
        bar_ui(ui, &t("blend-title"), lang, out, |ui, out| {
            if !narrow {
                buttons_ui(ui, view, out);
            }
        });
    });
    banner_ui(ui, view.message, view.lang, out);
    let (Some(team), Some(shown)) = (view.team, view.derived.blend.as_ref()) else {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(t("blend-nothing"));
        });
        return;
    };
    let width = ui.available_width();
    // A narrow (zoomed) window: one scrolling column, the reveal first.
    if narrow {
        super::blend_narrow::column_ui(ui, view, team, shown, out);
        return;
    }
    egui::Panel::left("blend-table")
        .resizable(true)
        .default_size((width * 0.62).max(560.0))
        .min_size(480.0)
        .show(ui, |ui| team_ui(ui, team, shown, lang));
    egui::CentralPanel::default().show(ui, |ui| {
        reveal_ui(ui, team, shown, lang, out);
    });
}

/// The team's balance, the ingredients (the most disputed first), the
/// files left out and the team recipe's notes.
fn team_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang) {
    let blend = &team.blend;
    egui::Panel::top("blend-team-top")
        .show_separator_line(false)
        .show(ui, |ui| team_head_ui(ui, team, shown, lang));
    if !blend.rows.is_empty() {
        egui::Panel::bottom("blend-notes")
            .show_separator_line(false)
            .show(ui, |ui| notes_ui(ui, shown, lang));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if blend.rows.is_empty() {
            ui.label(tr(lang, "blend-empty"));
        } else {
            table_ui(ui, team, shown, lang);
        }
    });
}

/// The reveal: where it is, the name in large type, Previous and Next (also
/// ←/→), and the pie of the current step.
fn reveal_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang, out: &mut Vec<Command>) {
    reveal_head_ui(ui, team, lang, out);
    if !shown.step_chart.items.is_empty() {
        // Its height worked out before it is drawn, so that the pie above
        // keeps one size from the first frame (no panel settling).
        let height = names_height(ui, shown);
        // No margin above or below: the panel is as tall as the names.
        let frame = egui::Frame::side_top_panel(ui.style())
            .inner_margin(egui::Margin::symmetric(NAMES_SIDE_PT, 0));
        egui::Panel::bottom("blend-reveal-names")
            .frame(frame)
            .show_separator_line(false)
            .resizable(false)
            .exact_size(height)
            .show(ui, |ui| names_ui(ui, shown, height));
    }
    titled_pie_ui(ui, "", "", &shown.step_pie, &[ANY_REACH]);
}

/// The reveal's head: Previous and Next (also ←/→), where it is, the
/// step's name in large type and its detail, each wrapped.
fn reveal_head_ui(ui: &mut Ui, team: &TeamBlend, lang: Lang, out: &mut Vec<Command>) {
    ui.add_space(8.0);
    // Previous on the left, Next on the right, however narrow the panel.
    previous_next_ui(ui, team, lang, out);
    ui.vertical_centered(|ui| {
        let place = place_text(team, lang);
        ui.label(RichText::new(place));
        ui.label(
            RichText::new(team.step_name(lang))
                .size(REVEAL_NAME_PT)
                .strong(),
        );
    });
    let detail = team.step_detail(lang);
    if !detail.is_empty() {
        // In the text colour, not egui's weak grey: it is read from afar.
        ui.vertical_centered(|ui| ui.label(detail));
    }
}
