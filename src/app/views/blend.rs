//! The blend screen: on the left, one row per ingredient with the team's
//! mean share and its spread (smallest to largest share as a bar, the mean
//! marked), what the team disagrees on most first, and the files left out;
//! on the right, the reveal for the room: each participant's pie in turn,
//! then the team's, the current step's name in large type.

use egui::{Align, Layout, Response, RichText, Sense, Ui, vec2};

use super::AppView;
use super::banner::banner_ui;
use super::compare::{PreparedPie, bar_ui, cell, header_cell, swatch_ui, titled_pie_ui};
use crate::app::command::Command;
use crate::app::screen::ScreenOutput;
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::blend::BlendRow;
use crate::recipe::{Colour, matching};

/// The reveal's name: large enough for the back of the room.
const REVEAL_NAME_PT: f32 = 44.0;
/// The spread bar's width: a fifth of the table's panel, within these.
const BAR_WIDTH_PT: std::ops::RangeInclusive<f32> = 120.0..=240.0;
/// The mean's dot on the spread bar.
const MEAN_RADIUS_PT: f32 = 7.0;

/// Draws the blend screen.
pub fn blend_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> ScreenOutput {
    let lang = view.lang;
    let t = |key: &str| tr(lang, key);
    let has_rows = view.team.is_some_and(|t| !t.blend.rows.is_empty());
    egui::Panel::top("blend-bar").show(ui, |ui| {
        bar_ui(ui, &t("blend-title"), lang, out, |ui, out| {
            let save = ui
                .add_enabled(has_rows, egui::Button::new(t("blend-save-as")))
                .on_hover_text(t("blend-save-as-hint"));
            if save.clicked() {
                out.push(Command::SaveBlendAs);
            }
            let open = ui
                .add_enabled(has_rows, egui::Button::new(t("blend-open")))
                .on_hover_text(t("blend-open-hint"));
            if open.clicked() {
                out.push(Command::OpenBlend);
            }
        });
    });
    banner_ui(ui, view.message, view.lang, out);
    let Some(team) = view.team else {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(t("blend-nothing"));
        });
        return ScreenOutput::default();
    };
    let width = ui.available_width();
    egui::Panel::left("blend-table")
        .resizable(true)
        .default_size((width * 0.5).max(520.0))
        .min_size(480.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("blend-rows")
                .show(ui, |ui| table_ui(ui, team, lang));
        });
    egui::CentralPanel::default().show(ui, |ui| {
        reveal_ui(ui, team, view.settings.decimals, lang, out);
    });
    ScreenOutput::default()
}

/// The ingredients, the most disputed first, then the files left out.
fn table_ui(ui: &mut Ui, team: &TeamBlend, lang: Lang) {
    let blend = &team.blend;
    ui.add_space(8.0);
    ui.heading(tr(lang, "blend-disagrees"));
    let counted = blend.participants.len();
    ui.label(
        RichText::new(tr_args(
            lang,
            "blend-mean-of",
            &[("count", Arg::from(counted))],
        ))
        .weak(),
    );
    ui.add_space(6.0);
    if blend.rows.is_empty() {
        ui.label(tr(lang, "blend-empty"));
    } else {
        // Every bar on one scale, a little past the largest share.
        let largest = blend.rows.iter().map(|r| r.max).fold(0.05, f64::max);
        let scale = ((largest * 10.0).ceil() / 10.0).min(1.0);
        let bar_width =
            (ui.available_width() * 0.2).clamp(*BAR_WIDTH_PT.start(), *BAR_WIDTH_PT.end());
        egui::Grid::new("blend-rows-grid")
            .striped(true)
            .num_columns(5)
            .spacing(vec2(16.0, 10.0))
            .show(ui, |ui| {
                let top = format!("{:.0}", scale * 100.0);
                let headers = [
                    tr(lang, "table-ingredient"),
                    tr(lang, "blend-mean"),
                    tr_args(lang, "blend-spread", &[("top", Arg::Text(&top))]),
                    tr(lang, "blend-sd"),
                    tr(lang, "blend-named-by"),
                ];
                for header in &headers {
                    ui.label(header_cell(header));
                }
                ui.end_row();
                for row in &blend.rows {
                    let colour = team.colour_of(&row.name);
                    ui.horizontal(|ui| {
                        swatch_ui(ui, colour);
                        ui.label(cell(&row.name));
                    });
                    ui.label(cell(mean_shown(team, row)));
                    ui.horizontal(|ui| {
                        range_bar_ui(ui, row, scale, colour, bar_width, lang);
                        // The range in numbers, a size down: the bar says it first.
                        ui.label(
                            RichText::new(format!(
                                "{:.1}–{:.1} %",
                                row.min * 100.0,
                                row.max * 100.0
                            ))
                            .strong(),
                        );
                    });
                    let sd = format!("{:.1}", row.std_dev * 100.0);
                    ui.label(cell(tr_args(lang, "unit-pp", &[("value", Arg::Text(&sd))])));
                    ui.label(cell(tr_args(
                        lang,
                        "blend-named-of",
                        &[
                            ("named", Arg::from(row.named_by)),
                            ("count", Arg::from(counted)),
                        ],
                    )));
                    ui.end_row();
                }
            });
    }
    if !blend.skipped_zero_total.is_empty() {
        ui.add_space(10.0);
        let names = blend.skipped_zero_total.join(", ");
        ui.label(tr_args(
            lang,
            "blend-left-out-zero",
            &[("names", Arg::Text(&names))],
        ));
    }
    if !team.failed.is_empty() {
        ui.add_space(10.0);
        ui.label(RichText::new(tr(lang, "blend-left-out-unread")).strong());
        for error in &team.failed {
            ui.add(egui::Label::new(RichText::new(error).color(theme::ERROR)).wrap());
        }
    }
}

/// A row's mean as the team's recipe has it: the same tenths as the saved
/// blend and the team's pie (all three add up to exactly 100).
fn mean_shown(team: &TeamBlend, row: &BlendRow) -> String {
    let key = matching::key(&row.name);
    team.team_recipe()
        .ingredients
        .iter()
        .find(|i| matching::key(&i.name) == key)
        .map_or_else(
            || format!("{:.1} %", row.mean * 100.0),
            |i| format!("{:.1} %", i.amount),
        )
}

/// The spread as a bar: a line from the smallest share to the largest, on a
/// scale from 0 to `scale`, with the mean as a dot in the ingredient's
/// colour. A custom widget: size, allocate, describe, paint.
fn range_bar_ui(
    ui: &mut Ui,
    row: &BlendRow,
    scale: f64,
    colour: Option<Colour>,
    width: f32,
    lang: Lang,
) -> Response {
    let size = vec2(width, ui.spacing().interact_size.y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let pct = |share: f64| format!("{:.1}", share * 100.0);
    let (mean, min, max, sd) = (pct(row.mean), pct(row.min), pct(row.max), pct(row.std_dev));
    let text = tr_args(
        lang,
        "blend-range-bar",
        &[
            ("name", Arg::Text(&row.name)),
            ("mean", Arg::Text(&mean)),
            ("min", Arg::Text(&min)),
            ("max", Arg::Text(&max)),
            ("sd", Arg::Text(&sd)),
        ],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &text));
    if ui.is_rect_visible(rect) {
        let inner = rect.shrink2(vec2(MEAN_RADIUS_PT + 1.0, 0.0));
        let x = |share: f64| {
            let t = if scale > 0.0 { share / scale } else { 0.0 };
            inner.left() + inner.width() * t.clamp(0.0, 1.0) as f32
        };
        let y = rect.center().y;
        let painter = ui.painter();
        let track = ui.visuals().widgets.noninteractive.bg_stroke.color;
        painter.line_segment(
            [egui::pos2(inner.left(), y), egui::pos2(inner.right(), y)],
            egui::Stroke::new(1.0, track),
        );
        let ink = ui.visuals().strong_text_color();
        painter.line_segment(
            [egui::pos2(x(row.min), y), egui::pos2(x(row.max), y)],
            egui::Stroke::new(5.0, ink),
        );
        for end in [row.min, row.max] {
            painter.line_segment(
                [egui::pos2(x(end), y - 7.0), egui::pos2(x(end), y + 7.0)],
                egui::Stroke::new(2.0, ink),
            );
        }
        let fill = colour.map_or(ink, |c| theme::colour32(c.rgb()));
        painter.circle(
            egui::pos2(x(row.mean), y),
            MEAN_RADIUS_PT,
            fill,
            egui::Stroke::new(2.0, ink),
        );
    }
    response.on_hover_text(text)
}

/// The reveal: where it is, the name in large type, Previous and Next (also
/// ←/→), and the pie of the current step.
fn reveal_ui(ui: &mut Ui, team: &TeamBlend, decimals: u8, lang: Lang, out: &mut Vec<Command>) {
    ui.add_space(8.0);
    let step = team.step();
    let participants = team.participants.len();
    ui.columns_const(|[left, right]| {
        left.horizontal(|ui| {
            let previous = ui
                .add_enabled(step > 0, egui::Button::new(tr(lang, "blend-previous")))
                .on_hover_text(tr(lang, "blend-previous-hint"));
            if previous.clicked() {
                out.push(Command::RevealPrevious);
            }
        });
        right.with_layout(Layout::right_to_left(Align::Min), |ui| {
            let next = ui
                .add_enabled(
                    !team.is_team_step(),
                    egui::Button::new(tr(lang, "blend-next")),
                )
                .on_hover_text(tr(lang, "blend-next-hint"));
            if next.clicked() {
                out.push(Command::RevealNext);
            }
        });
    });
    ui.vertical_centered(|ui| {
        let place = if team.is_team_step() {
            tr(lang, "blend-everyone")
        } else {
            tr_args(
                lang,
                "blend-participant",
                &[
                    ("number", Arg::from(step + 1)),
                    ("count", Arg::from(participants)),
                ],
            )
        };
        ui.label(RichText::new(place).weak());
        ui.label(
            RichText::new(team.step_name(lang))
                .size(REVEAL_NAME_PT)
                .strong(),
        );
    });
    let pie = PreparedPie::of(team.step_recipe(), decimals, lang);
    let detail = team.step_detail(lang);
    titled_pie_ui(ui, "", &detail, &pie, &[PreparedPie::ANY_REACH]);
}
