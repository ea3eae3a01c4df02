//! The blend projected (F5 on the blend screen): the reveal alone, full
//! screen and in presentation's large type — where it is and who, in large
//! type; the step's pie with its percentages; a legend with every name
//! whole (wrapped, never cut); on the team's step, the team's balance.
//! ←/→ (and a remote's Page Up/Down) step through it, Esc comes back
//! (`input::screen_keys`).
//!
//! The pie and the legend share the width so that the pie is as large as
//! it can be while its labels keep the size the chart's geometry spaces
//! them for (`chart::geometry::LABEL_BOX`) and the legend fits the height:
//! the legend's font, columns and width are chosen for that, once per
//! step and size (kept in egui's memory).

use egui::{Align, Key, Layout, RichText, Ui};

use super::AppView;
use super::balance::balance_of_ui;
use super::blend_legend::{GAP_PT, plan_cached};
use super::blend_other;
use super::projected::{Projection, help_button_ui, help_keys_text, help_open, help_overlay_ui};
use super::projected_pie::pie_and_legend_other_ui;
use crate::app::command::bindings::{command_keys, is_mac, key_name};
use crate::app::command::{Command, ViewCommand};
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// The space around the parts, in points.
const MARGIN_PT: i8 = 32;

/// Draws the projected reveal.
pub fn present_blend_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let tokens = theme::tokens(ui.ctx());
    let frame = egui::Frame::new()
        .fill(tokens.background)
        .inner_margin(egui::Margin::symmetric(MARGIN_PT, MARGIN_PT / 2));
    let (Some(team), Some(shown)) = (view.team, view.derived.blend.as_ref()) else {
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            ui.label(tr(lang, "blend-nothing"));
        });
        return;
    };
    egui::Panel::top("blend-present-top")
        .frame(frame)
        .show_separator_line(false)
        .show(ui, |ui| top_ui(ui, team, lang, out));
    if team.is_team_step() && !team.blend.rows.is_empty() {
        egui::Panel::bottom("blend-present-balance")
            .frame(frame)
            .show_separator_line(false)
            .show(ui, |ui| {
                balance_of_ui(ui, lang, shown.balance, shown.advice.as_ref());
            });
    }
    // The pie takes all the height between: no margin above or below it.
    let middle = frame.inner_margin(egui::Margin::symmetric(MARGIN_PT, 0));
    let help = help_open(ui.ctx());
    egui::CentralPanel::default().frame(middle).show(ui, |ui| {
        // Under the key help nothing answers the pointer.
        if help {
            ui.disable();
        }
        chart_ui(ui, shown, lang);
    });
    if help_open(ui.ctx()) {
        let keys = keys(lang, is_mac(ui.ctx()));
        let title = tr(lang, "blend-title");
        let projection = Projection {
            title: &title,
            detail: "",
            keys: &keys,
            lang,
        };
        help_overlay_ui(ui.ctx(), &projection);
    }
}

/// The projected blend's keys and what each does, for the key help.
fn keys(lang: Lang, mac: bool) -> Vec<(String, String)> {
    let pair = |a: Key, b: Key| format!("{} / {}", key_name(a, lang), key_name(b, lang));
    vec![
        (
            format!(
                "{}, {}",
                pair(Key::ArrowLeft, Key::ArrowRight),
                pair(Key::PageUp, Key::PageDown)
            ),
            tr(lang, "blend-key-reveal"),
        ),
        (
            key_name(blend_other::OTHER_KEY, lang),
            tr(lang, "blend-key-other"),
        ),
        (help_keys_text(lang, mac), tr(lang, "present-key-help")),
        (
            command_keys(&Command::View(ViewCommand::LeavePresentation), lang, mac),
            tr(lang, "blend-key-leave"),
        ),
    ]
}

/// Who, in large type, where the reveal is, and the way back: on one line
/// where they fit (the pie keeps the height), else the name on its own.
fn top_ui(ui: &mut Ui, team: &TeamBlend, lang: Lang, out: &mut Vec<Command>) {
    let tokens = theme::tokens(ui.ctx());
    let sizes = theme::text_sizes(true);
    let mac = is_mac(ui.ctx());
    let leave = Command::View(ViewCommand::LeavePresentation);
    let keys = command_keys(&leave, lang, mac);
    let back = tr_args(lang, "blend-present-leave", &[("keys", Arg::Text(&keys))]);
    let help = tr_args(lang, "blend-present-keys", &[("leave", Arg::Text(&keys))]);
    let help_keys = tr_args(
        lang,
        "present-help",
        &[("keys", Arg::Text(&help_keys_text(lang, mac)))],
    );
    let name = RichText::new(team.step_name(lang))
        .size(sizes.heading_pt)
        .strong()
        .color(tokens.strong_text);
    let place = RichText::new(place(team, lang))
        .size(sizes.small_pt)
        .color(tokens.text);
    let width = |text: &RichText| {
        let galley = egui::WidgetText::from(text.clone()).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        );
        galley.size().x
    };
    let back_w = width(&RichText::new(back.as_str())) + 2.0 * ui.spacing().button_padding.x;
    let help_w = width(&RichText::new(help_keys.as_str()))
        + 2.0 * ui.spacing().button_padding.x
        + ui.spacing().item_spacing.x;
    let line_w = width(&name) + width(&place) + 3.0 * GAP_PT;
    let fits = |w: f32| line_w + w <= ui.available_width();
    // The Keys button where it fits beside the rest (F1 and ? open the
    // help anyway, and Back's hover text names them); a second line only
    // where Back alone does not fit.
    let one_line = fits(back_w);
    let with_help = !one_line || fits(back_w + help_w);
    let back_ui = |ui: &mut Ui| {
        if ui
            .button(back.as_str())
            .on_hover_text(help.as_str())
            .clicked()
        {
            out.push(leave.clone());
        }
        if with_help {
            help_button_ui(ui, lang);
        }
    };
    if one_line {
        ui.horizontal(|ui| {
            ui.label(name);
            ui.add_space(GAP_PT);
            ui.label(place);
            ui.with_layout(Layout::right_to_left(Align::Center), back_ui);
        });
    } else {
        ui.horizontal(|ui| {
            ui.label(place);
            ui.with_layout(Layout::right_to_left(Align::Min), back_ui);
        });
        ui.add(egui::Label::new(name).wrap());
    }
}

/// Where the reveal is and what the step is: "Participant 2 of 5 · Ben's
/// mix · ben.ron", or "Everyone together · Blend of 5 recipes".
fn place(team: &TeamBlend, lang: Lang) -> String {
    let at = if team.is_team_step() {
        tr(lang, "blend-everyone")
    } else {
        tr_args(
            lang,
            "blend-participant",
            &[
                ("number", Arg::from(team.step() + 1)),
                ("count", Arg::from(team.participants.len())),
            ],
        )
    };
    let detail = team.step_detail(lang);
    if detail.is_empty() {
        at
    } else {
        format!("{at} · {detail}")
    }
}

/// The step's pie and its legend beside it; where it has an "Other (N)"
/// row, that row (or O) opens the list of what it holds in its place.
fn chart_ui(ui: &mut Ui, shown: &BlendView, lang: Lang) {
    if shown.step_chart.items.is_empty() || shown.step_pie.slices.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(RichText::new(shown.step_pie.empty.as_str()));
        });
        return;
    }
    let room = ui.available_size();
    // Every slice, or the smallest grouped into "Other (N)" where a legend
    // naming each one whole would not fit (`blend_legend::plan_cached`).
    let (chosen, plan) = plan_cached(ui, shown, room);
    let pie = shown.step_pies.get(chosen).unwrap_or(&shown.step_pie);
    let other = pie.items.last().filter(|_| chosen > 0);
    if let Some(other) = other {
        blend_other::mark_shown(ui.ctx());
        if blend_other::list_open(ui.ctx()) {
            let members = blend_other::members(shown, chosen);
            let sizes = super::projected::sizes(ui.ctx());
            blend_other::list_ui(ui, &other.name, &members, &sizes, lang);
            return;
        }
    }
    if pie_and_legend_other_ui(ui, pie, plan, egui::Role::ListItem, other.is_some()) {
        blend_other::open_list(ui.ctx());
    }
}
