//! The blend screen: on the left, one row per ingredient with the team's
//! mean share and its spread (smallest to largest share as a bar, the mean
//! marked), what the team disagrees on most first, and the files left out;
//! on the right, the reveal for the room: each participant's pie in turn,
//! then the team's, the current step's name in large type. What it shows
//! is derived once (`derived::workshop::BlendView`); the table draws only
//! the rows in view.

use egui::{Align, Layout, Response, RichText, Sense, Ui, vec2};

use super::AppView;
use super::banner::banner_ui;
use super::widgets::{ANY_REACH, TABLE_PT, bar_ui, cell, header_cell, swatch_ui, titled_pie_ui};
use crate::app::command::{Command, WorkshopCommand};
use crate::app::derived::workshop::{BlendLine, BlendView};
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::blend::BlendRow;

/// The reveal's name: large enough for the back of the room.
const REVEAL_NAME_PT: f32 = 44.0;
/// The spread bar's width: a fifth of the table's panel, within these.
const BAR_WIDTH_PT: std::ops::RangeInclusive<f32> = 120.0..=240.0;
/// The mean's dot on the spread bar.
const MEAN_RADIUS_PT: f32 = 7.0;
/// The columns: name, mean, (spread: the bar's width), sd, named by.
const NAME_PT: f32 = 220.0;
const MEAN_PT: f32 = 90.0;
const RANGE_PT: f32 = 120.0;
const SD_PT: f32 = 90.0;
const NAMED_PT: f32 = 90.0;
/// The space between rows.
const ROW_GAP_PT: f32 = 10.0;

/// Draws the blend screen.
pub fn blend_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let t = |key: &str| tr(lang, key);
    let has_rows = view.team.is_some_and(|t| !t.blend.rows.is_empty());
    egui::Panel::top("blend-bar").show(ui, |ui| {
        bar_ui(ui, &t("blend-title"), lang, out, |ui, out| {
            let save = ui
                .add_enabled(has_rows, egui::Button::new(t("blend-save-as")))
                .on_hover_text(t("blend-save-as-hint"));
            if save.clicked() {
                out.push(Command::Workshop(WorkshopCommand::SaveBlendAs));
            }
            let open = ui
                .add_enabled(has_rows, egui::Button::new(t("blend-open")))
                .on_hover_text(t("blend-open-hint"));
            if open.clicked() {
                out.push(Command::Workshop(WorkshopCommand::OpenBlend));
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
    egui::Panel::left("blend-table")
        .resizable(true)
        .default_size((width * 0.5).max(520.0))
        .min_size(480.0)
        .show(ui, |ui| table_ui(ui, team, shown, lang));
    egui::CentralPanel::default().show(ui, |ui| {
        reveal_ui(ui, team, shown, lang, out);
    });
}

/// The ingredients, the most disputed first, then the files left out.
fn table_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang) {
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
    left_out_ui(ui, team, lang);
    if blend.rows.is_empty() {
        ui.label(tr(lang, "blend-empty"));
        return;
    }
    // Every bar on one scale, a little past the largest share.
    let scale = shown.scale;
    let bar_width = (ui.available_width() * 0.2).clamp(*BAR_WIDTH_PT.start(), *BAR_WIDTH_PT.end());
    let top = format!("{:.0}", scale * 100.0);
    let headers = [
        (tr(lang, "table-ingredient"), NAME_PT),
        (tr(lang, "blend-mean"), MEAN_PT),
        (
            tr_args(lang, "blend-spread", &[("top", Arg::Text(&top))]),
            bar_width + RANGE_PT,
        ),
        (tr(lang, "blend-sd"), SD_PT),
        (tr(lang, "blend-named-by"), NAMED_PT),
    ];
    ui.horizontal(|ui| {
        for (header, width) in &headers {
            sized(ui, *width, |ui| {
                ui.label(header_cell(header));
            });
        }
    });
    let row_h = TABLE_PT * 1.3 + ROW_GAP_PT;
    egui::ScrollArea::vertical()
        .id_salt("blend-rows")
        .auto_shrink([false, false])
        .show_rows(ui, row_h, blend.rows.len(), |ui, range| {
            for i in range {
                if let (Some(row), Some(line)) = (blend.rows.get(i), shown.lines.get(i)) {
                    row_ui(ui, row, line, scale, bar_width, row_h, i % 2 == 1);
                }
            }
        });
}

/// One ingredient's row, striped every other row.
fn row_ui(
    ui: &mut Ui,
    row: &BlendRow,
    line: &BlendLine,
    scale: f64,
    bar_width: f32,
    height: f32,
    stripe: bool,
) {
    let width = NAME_PT + MEAN_PT + bar_width + RANGE_PT + SD_PT + NAMED_PT + 60.0;
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    if stripe {
        ui.painter()
            .rect_filled(rect, 0.0, ui.visuals().faint_bg_color);
    }
    let mut cells = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::left_to_right(Align::Center)),
    );
    let ui = &mut cells;
    sized(ui, NAME_PT, |ui| {
        swatch_ui(ui, line.colour);
        ui.add(egui::Label::new(cell(&row.name)).truncate());
    });
    sized(ui, MEAN_PT, |ui| {
        ui.label(cell(&line.mean));
    });
    sized(ui, bar_width + RANGE_PT, |ui| {
        range_bar_ui(ui, row, line, scale, bar_width);
        // The range in numbers, a size down: the bar says it first.
        ui.label(RichText::new(&line.range).strong());
    });
    sized(ui, SD_PT, |ui| {
        ui.label(cell(&line.sd));
    });
    sized(ui, NAMED_PT, |ui| {
        ui.label(cell(&line.named));
    });
}

/// A cell of a fixed width.
fn sized(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        vec2(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}

/// The files left out: zero totals, and files that did not load with
/// their errors in the theme's error colour.
fn left_out_ui(ui: &mut Ui, team: &TeamBlend, lang: Lang) {
    let blend = &team.blend;
    if !blend.skipped_zero_total.is_empty() {
        let names = blend.skipped_zero_total.join(", ");
        ui.label(tr_args(
            lang,
            "blend-left-out-zero",
            &[("names", Arg::Text(&names))],
        ));
        ui.add_space(6.0);
    }
    if !team.failed.is_empty() {
        ui.label(RichText::new(tr(lang, "blend-left-out-unread")).strong());
        let error = theme::tokens(ui.ctx()).error;
        egui::ScrollArea::vertical()
            .id_salt("blend-failed")
            .max_height(160.0)
            .show(ui, |ui| {
                for failure in &team.failed {
                    ui.add(egui::Label::new(RichText::new(failure).color(error)).wrap());
                }
            });
        ui.add_space(6.0);
    }
}

/// The spread as a bar: a line from the smallest share to the largest, on a
/// scale from 0 to `scale`, with the mean as a dot in the ingredient's
/// colour. A custom widget: size, allocate, describe, paint.
fn range_bar_ui(ui: &mut Ui, row: &BlendRow, line: &BlendLine, scale: f64, width: f32) -> Response {
    let size = vec2(width, ui.spacing().interact_size.y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    let text = line.bar_text.as_str();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, text));
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
        let fill = line.colour.map_or(ink, |c| theme::colour32(c.rgb()));
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
fn reveal_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang, out: &mut Vec<Command>) {
    ui.add_space(8.0);
    let step = team.step();
    let participants = team.participants.len();
    ui.columns_const(|[left, right]| {
        left.horizontal(|ui| {
            let previous = ui
                .add_enabled(step > 0, egui::Button::new(tr(lang, "blend-previous")))
                .on_hover_text(tr(lang, "blend-previous-hint"));
            if previous.clicked() {
                out.push(Command::Workshop(WorkshopCommand::RevealPrevious));
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
                out.push(Command::Workshop(WorkshopCommand::RevealNext));
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
    let detail = team.step_detail(lang);
    titled_pie_ui(ui, "", &detail, &shown.step_pie, &[ANY_REACH]);
}
