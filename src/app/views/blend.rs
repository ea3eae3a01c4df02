//! The blend screen: on the left, the team's balance and one row per
//! ingredient (`blend_table`: its kind, mean, spread, who named it with
//! what share, the spellings counted as it), the files left out and the
//! team recipe's notes; on the right, the reveal for the room: each
//! participant's pie in turn, then the team's, the current step's name in
//! large type (F5 projects it: `blend_present`). What it shows is derived
//! once (`derived::blend::BlendView`).

use egui::{Align, Layout, RichText, Ui};

use super::AppView;
use super::balance::balance_of_ui;
use super::banner::banner_ui;
use super::blend_table::table_ui;
use super::legend::swatch_ui;
use super::widgets::{ANY_REACH, bar_ui, keys_of, titled_pie_ui};
use crate::app::command::{Command, ViewCommand, WorkshopCommand};
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// The reveal's name: large enough for the back of the room.
const REVEAL_NAME_PT: f32 = 44.0;
/// The notes' scroll area at most.
const NOTES_MAX_PT: f32 = 220.0;

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

/// Save as, Open as recipe and Present (F5).
pub(super) fn buttons_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let lang = view.lang;
    let t = |key: &str| tr(lang, key);
    let has_rows = view.team.is_some_and(|t| !t.blend.rows.is_empty());
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
    let present = Command::View(ViewCommand::EnterPresentation);
    let keys = keys_of(ui, &present, lang);
    let label = tr_args(lang, "blend-present", &[("keys", Arg::Text(&keys))]);
    let button = ui
        .add_enabled(view.team.is_some(), egui::Button::new(label))
        .on_hover_text(t("blend-present-hint"));
    if button.clicked() {
        out.push(present);
    }
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

/// What the team's part says above its table: what it shows, how many it
/// counts, the files left out, the team's balance.
pub(super) fn team_head_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang) {
    let blend = &team.blend;
    ui.add_space(8.0);
    ui.add(egui::Label::new(RichText::new(tr(lang, "blend-disagrees")).heading()).wrap());
    let counted = blend.participants.len();
    ui.add(
        egui::Label::new(tr_args(
            lang,
            "blend-mean-of",
            &[("count", Arg::from(counted))],
        ))
        .wrap(),
    );
    ui.add_space(6.0);
    left_out_ui(ui, team, lang);
    if !blend.rows.is_empty() {
        ui.label(RichText::new(tr(lang, "blend-balance-title")).strong());
        balance_of_ui(ui, lang, shown.balance, shown.advice.as_ref());
        ui.add_space(6.0);
    }
}

/// The team recipe's notes as they are saved (the spread, the merged
/// spellings, the tags in dispute), folded away until asked for.
pub(super) fn notes_ui(ui: &mut Ui, shown: &BlendView, lang: Lang) {
    ui.add_space(4.0);
    egui::CollapsingHeader::new(tr(lang, "blend-notes-title"))
        .id_salt("blend-notes")
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("blend-notes-text")
                .max_height(NOTES_MAX_PT)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(shown.notes.as_str()).wrap());
                });
        });
    ui.add_space(4.0);
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
    let step = team.step();
    let participants = team.participants.len();
    // Previous on the left, Next on the right, however narrow the panel.
    ui.horizontal(|ui| {
        let previous = ui
            .add_enabled(step > 0, egui::Button::new(tr(lang, "blend-previous")))
            .on_hover_text(tr(lang, "blend-previous-hint"));
        if previous.clicked() {
            out.push(Command::Workshop(WorkshopCommand::RevealPrevious));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
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

/// The names of the step's pie, whole, each with its swatch and share,
/// flowing over as many lines as they need (scrolled past 40 % of the
/// window): the pie's slices carry only percentages.
fn names_ui(ui: &mut Ui, shown: &BlendView, height: f32) {
    let tokens = theme::tokens(ui.ctx());
    ui.add_space(NAMES_PAD_PT);
    let width = ui.available_width();
    let drawn = egui::ScrollArea::vertical()
        .id_salt("blend-reveal-names")
        .auto_shrink([false, false])
        .max_height(height - 2.0 * NAMES_PAD_PT)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for item in &shown.step_chart.items {
                    name_chip_ui(ui, item, tokens);
                    ui.add_space(NAME_GAP_PT);
                }
            });
        });
    // What egui really drew: where the flow took more lines than the
    // estimate, the next frame's panel is as tall as they are.
    let content = drawn.content_size.y;
    ui.ctx().data_mut(|d| {
        d.insert_temp(
            drawn_names_id(),
            (shown.generation, width.to_bits(), content),
        );
    });
}

/// Where the height the names took when last drawn is kept.
fn drawn_names_id() -> egui::Id {
    egui::Id::unique("blend-reveal-names-drawn")
}

/// Left and right of the names under the reveal's pie.
const NAMES_SIDE_PT: i8 = 8;

/// Above and below the names under the reveal's pie.
const NAMES_PAD_PT: f32 = 6.0;
/// Between two names on a line.
pub(super) const NAME_GAP_PT: f32 = 10.0;
/// Between a name's swatch and its text.
const SWATCH_GAP_PT: f32 = 8.0;

/// How tall the names under the reveal's pie are, flowed over the panel's
/// width as `names_ui` flows them, or as tall as egui drew them last
/// (the flow can take more lines than the estimate): at most
/// [`NAMES_MOST`] of the window, then whole lines that scroll.
fn names_height(ui: &Ui, shown: &BlendView) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = ui.available_width() - 2.0 * f32::from(NAMES_SIDE_PT);
    let spacing = ui.spacing().item_spacing;
    let mut lines = 1_u32;
    let mut x = 0.0;
    let mut row_h: f32 = theme::SWATCH_PT;
    for item in &shown.step_chart.items {
        let text = format!("{} {}", item.name, item.percent_label);
        let size = ui
            .fonts_mut(|f| f.layout_no_wrap(text, font.clone(), egui::Color32::WHITE))
            .size();
        let chip = theme::SWATCH_PT + SWATCH_GAP_PT + size.x;
        row_h = row_h.max(size.y);
        if x > 0.0 && x + chip > width {
            lines += 1;
            x = 0.0;
        }
        x += chip + NAME_GAP_PT + spacing.x;
    }
    let estimate = lines as f32 * (row_h + spacing.y);
    let drawn = ui
        .ctx()
        .data(|d| d.get_temp::<(u64, u32, f32)>(drawn_names_id()))
        .filter(|(g, w, _)| *g == shown.generation && *w == width.to_bits())
        .map_or(0.0, |(_, _, h)| h);
    let content = estimate.max(drawn);
    let most = ui.ctx().content_rect().height() * NAMES_MOST;
    if content <= most {
        return content + 2.0 * NAMES_PAD_PT;
    }
    // Scrolled: as many whole lines as fit, none half shown.
    let line_h = content / lines as f32;
    (most / line_h).floor().max(1.0) * line_h + 2.0 * NAMES_PAD_PT
}

/// The most of the window's height the names take (then they scroll).
const NAMES_MOST: f32 = 0.4;

/// One name of the reveal's pie: its swatch, name and share as one piece
/// that moves to the next line whole. Size, allocate, describe, paint.
pub(super) fn name_chip_ui(ui: &mut Ui, item: &crate::chart::ChartItem, tokens: &theme::Tokens) {
    let text = format!("{} {}", item.name, item.percent_label);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let galley = ui.painter().layout_no_wrap(text, font, tokens.strong_text);
    let side = theme::SWATCH_PT;
    let gap = SWATCH_GAP_PT;
    let size = egui::vec2(side + gap + galley.size().x, galley.size().y.max(side));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let label = galley.text().to_owned();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, &label));
    if ui.is_rect_visible(rect) {
        let swatch = egui::Rect::from_center_size(
            egui::pos2(rect.left() + side / 2.0, rect.center().y),
            egui::vec2(side, side),
        );
        swatch_ui(ui.painter(), swatch, item.colour, tokens.background);
        let at = egui::pos2(
            swatch.right() + gap,
            rect.center().y - galley.size().y / 2.0,
        );
        ui.painter().galley(at, galley, tokens.strong_text);
    }
}
