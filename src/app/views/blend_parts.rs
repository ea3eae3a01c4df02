//! The parts the blend screen's wide layout (`blend`) and its narrow one
//! (`blend_narrow`) share: the bar's buttons, the team's head (what it
//! shows, the files left out, the balance), the notes, one name of the
//! reveal's pie.

use egui::{Align, Layout, RichText, Ui};

use super::AppView;
use super::balance::balance_of_ui;
use super::legend::swatch_ui;
use super::widgets::keys_of;
use crate::app::command::{Command, ViewCommand, WorkshopCommand};
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// The notes' scroll area at most.
const NOTES_MAX_PT: f32 = 220.0;
/// Between two names on a line.
pub const NAME_GAP_PT: f32 = 10.0;
/// Between a name's swatch and its text.
pub const SWATCH_GAP_PT: f32 = 8.0;

/// Save as, Open as recipe and Present (F5).
pub fn buttons_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
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

/// What the team's part says above its table: what it shows, how many it
/// counts, the files left out, the team's balance.
pub fn team_head_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang) {
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
pub fn notes_ui(ui: &mut Ui, shown: &BlendView, lang: Lang) {
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

/// One name of the reveal's pie: its swatch, name and share as one piece
/// that moves to the next line whole. Size, allocate, describe, paint.
pub fn name_chip_ui(ui: &mut Ui, item: &crate::chart::ChartItem, tokens: &theme::Tokens) {
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

/// The reveal's Previous (on the left) and Next (on the right) buttons,
/// however narrow the panel; ←/→ do the same.
pub fn previous_next_ui(ui: &mut Ui, team: &TeamBlend, lang: Lang, out: &mut Vec<Command>) {
    let step = team.step();
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
}

/// Where the reveal is: "Everyone" on the team's step, else
/// "Participant 2 of 5".
pub fn place_text(team: &TeamBlend, lang: Lang) -> String {
    if team.is_team_step() {
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
    }
}
