//! The method: the recipe's steps in the order of work, each with a title,
//! an optional detail and the ingredients it uses; reorder by dragging ☰ or
//! with Alt+Up / Alt+Down. The order check's warnings show live above
//! (derived once per revision). Only the steps in view are drawn: each
//! step's height is remembered from when it was last drawn, so that a
//! method at the limits (200 steps) costs what the steps on screen cost.
//! The selected step offers every ingredient of the recipe to tick; the
//! others show the ones they use.

use std::collections::HashMap;

use egui::{RichText, Ui};

use super::a11y::{icon_named, named_lazily};
use super::method_chips::chips_ui;
use super::widgets::{keys_of, select_all};
use super::{AppView, UiState};
use crate::app::command::{Command, EditCommand, MethodCommand};
use crate::app::document::RowId;
use crate::app::theme;
use crate::i18n::{Arg, tr, tr_args};
use crate::recipe::format::{MAX_NAME_CHARS, MAX_TEXT_CHARS};

/// What a step carries while it is dragged.
#[derive(Clone, Copy, Debug)]
struct StepDrag(usize);

/// The space between steps.
const GAP_PT: f32 = 4.0;

/// The text of the reorder hints: "Alt+Up / Alt+Down" as this system says it.
fn move_keys(ui: &Ui, view: &AppView<'_>) -> [(&'static str, String); 2] {
    let lang = view.lang;
    [
        (
            "up",
            keys_of(ui, &Command::Edit(EditCommand::MoveSelectedUp), lang),
        ),
        (
            "down",
            keys_of(ui, &Command::Edit(EditCommand::MoveSelectedDown), lang),
        ),
    ]
}

/// Draws the method.
pub fn method_ui(ui: &mut Ui, view: &AppView<'_>, state: &mut UiState, out: &mut Vec<Command>) {
    let recipe = view.recipe;
    let lang = view.lang;
    let method = &view.derived.method;
    let keys = move_keys(ui, view);
    let key_args: Vec<(&str, Arg<'_>)> = keys.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .button(tr(lang, "method-add-step"))
            .on_hover_text(tr(lang, "method-add-step-hint"))
            .clicked()
        {
            out.push(Command::Method(MethodCommand::AddStep));
        }
        // Wrapped in the room beside the button: a long hint (German's)
        // must not widen the tab past its panel.
        ui.add(
            egui::Label::new(RichText::new(tr_args(lang, "method-reorder-hint", &key_args)).weak())
                .wrap(),
        );
    });
    if method.order.is_empty() && !recipe.steps.is_empty() {
        ui.colored_label(theme::tokens(ui.ctx()).good, tr(lang, "method-order-ok"));
    }
    let warning_colour = theme::tokens(ui.ctx()).warning;
    super::method_warnings::order_warnings_ui(ui, &method.order, warning_colour);
    if recipe.steps.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr(lang, "method-empty")).weak());
        return;
    }
    ui.add_space(4.0);
    steps_ui(ui, view, state, out);
}

/// The steps in view, each at the height it had when last drawn.
fn steps_ui(ui: &mut Ui, view: &AppView<'_>, state: &mut UiState, out: &mut Vec<Command>) {
    let ids = &view.rows.steps;
    let n = view.recipe.steps.len();
    let heights_id = egui::Id::unique("method-step-heights");
    let mut heights: HashMap<RowId, f32> = ui.data(|d| d.get_temp(heights_id)).unwrap_or_default();
    let guess = 3.0 * ui.spacing().interact_size.y + 40.0;
    let height_of = |i: usize| {
        ids.get(i)
            .and_then(|id| heights.get(id))
            .copied()
            .unwrap_or(guess)
    };
    let mut tops = Vec::with_capacity(n + 1);
    let mut y = 0.0;
    for i in 0..n {
        tops.push(y);
        y += height_of(i) + GAP_PT;
    }
    tops.push(y);
    let total = y;
    let scroll_to = state.step_to_show().filter(|&i| i < n);
    let mut measured = Vec::new();
    let mut target_in_view = false;
    egui::ScrollArea::vertical()
        .id_salt("method")
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            ui.set_height(total);
            let origin = ui.max_rect().min;
            let width = ui.available_width();
            if let Some(i) = scroll_to
                && let (Some(&top), Some(&bottom)) = (tops.get(i), tops.get(i + 1))
            {
                let rect = egui::Rect::from_min_max(
                    origin + egui::vec2(0.0, top),
                    origin + egui::vec2(width, bottom),
                );
                ui.scroll_to_rect(rect, None);
            }
            // The first step whose bottom is in view, then on while in view.
            let first = tops
                .partition_point(|&t| t <= viewport.min.y)
                .saturating_sub(1);
            for i in first..n {
                let Some(&top) = tops.get(i) else {
                    break;
                };
                if top > viewport.max.y {
                    break;
                }
                let rect = egui::Rect::from_min_size(
                    origin + egui::vec2(0.0, top),
                    egui::vec2(width, f32::INFINITY),
                );
                let id = ids.get(i).copied().unwrap_or_default();
                let drawn = step_frame_ui(ui, view, state, (i, id), rect, out);
                if scroll_to == Some(i) {
                    let bottom = top + drawn;
                    target_in_view = top >= viewport.min.y - 1.0
                        && (bottom <= viewport.max.y + 1.0 || drawn > viewport.height());
                }
                measured.push((id, drawn));
            }
        });
    let mut changed = false;
    for (id, h) in measured {
        if heights.get(&id).is_none_or(|old| (old - h).abs() > 0.5) {
            heights.insert(id, h);
            changed = true;
        }
    }
    if changed {
        // Laid out with a guessed height: this pass again with the real one
        // (within the frame, so nothing jumps on screen).
        ui.data_mut(|d| d.insert_temp(heights_id, heights));
        ui.ctx().request_discard("a step's height changed");
    } else if scroll_to.is_some() {
        // A new or moved step is shown once it is in view at its real
        // height; until then the next frame scrolls on (steps it passed
        // may have had guessed heights).
        if target_in_view {
            state.step_shown();
        } else {
            ui.ctx().request_repaint();
        }
    } else if state.step_to_show().is_some() {
        state.step_shown();
    }
}

/// One step in its frame, at the top of `rect`; returns its height.
fn step_frame_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    (i, id): (usize, RowId),
    rect: egui::Rect,
    out: &mut Vec<Command>,
) -> f32 {
    let selected = state.selected_step() == Some(i);
    let flagged = view.derived.method.steps.get(i).is_some_and(|s| s.flagged);
    let tokens = theme::tokens(ui.ctx());
    // The selected step is outlined, not filled: its ticked chips have
    // the selection's fill, which would vanish on a filled step.
    let frame = egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(egui::Margin::same(6))
        .stroke(if selected {
            egui::Stroke::new(2.0, tokens.selection_stroke)
        } else if flagged {
            egui::Stroke::new(2.0, tokens.warning)
        } else {
            egui::Stroke::NONE
        });
    // The step's own click area lies under its fields, so that they keep
    // their clicks.
    let response = ui
        .scope_builder(
            egui::UiBuilder::new()
                .max_rect(rect)
                .id_salt(("step", id))
                .sense(egui::Sense::click()),
            |ui| {
                frame.show(ui, |ui| step_ui(ui, view, state, (i, id), out));
            },
        )
        .response;
    if response.clicked() {
        state.select_step(Some(i));
    }
    if let Some(from) = response.dnd_release_payload::<StepDrag>() {
        out.push(Command::Method(MethodCommand::MoveStep {
            from: from.0,
            to: i,
        }));
    }
    response.rect.height()
}

/// The icon of the step's remove button.
const REMOVE_ICON: &str = "🗑";

/// The room the remove button takes beside the title: the space before
/// it, the icon, the button's padding and the title field's frame. A
/// fixed guess that fell short made the row wider than its step, which
/// widened the editor panel by a point every frame.
fn remove_reserve(ui: &Ui) -> f32 {
    let icon = egui::WidgetText::from(REMOVE_ICON).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    let spacing = ui.spacing();
    spacing.item_spacing.x + icon.size().x + 2.0 * spacing.button_padding.x + 4.0
}

/// One step's fields.
fn step_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    (i, row_id): (usize, RowId),
    out: &mut Vec<Command>,
) {
    let lang = view.lang;
    let Some(step) = view.recipe.steps.get(i) else {
        return;
    };
    let number = i + 1;
    let about = |key: &str| tr_args(lang, key, &[("number", Arg::from(number))]);
    let method = |c: MethodCommand| Command::Method(c);
    ui.horizontal(|ui| {
        let handle = ui
            .dnd_drag_source(egui::Id::unique(("drag-step", row_id)), StepDrag(i), |ui| {
                ui.label("☰");
            })
            .response;
        // Names and hints built only when someone reads them.
        icon_named(
            handle,
            || about("method-move-step"),
            || {
                let keys = move_keys(ui, view);
                let key_args: Vec<(&str, Arg<'_>)> =
                    keys.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
                tr_args(lang, "method-move-step-hint", &key_args)
            },
        );
        ui.strong(format!("{number}."));
        let mut title = step.title.clone();
        let id = egui::Id::unique(("step-title", row_id));
        let response = ui.add(
            egui::TextEdit::singleline(&mut title)
                .id(id)
                .hint_text(tr(lang, "method-title-hint"))
                .desired_width(ui.available_width() - remove_reserve(ui))
                .char_limit(MAX_NAME_CHARS),
        );
        let response = named_lazily(response, || about("method-title-of"));
        if state.focus_step() == Some(i) {
            response.request_focus();
            select_all(ui, id, &title);
            state.step_focused();
        }
        if response.changed() {
            out.push(method(MethodCommand::SetStepTitle(i, title)));
        }
        if response.gained_focus() {
            state.select_step(Some(i));
        }
        let remove = ui.add(egui::Button::new(REMOVE_ICON).frame_when_inactive(false));
        if icon_named(
            remove,
            || about("method-remove-step"),
            || tr(lang, "method-remove-step-hint"),
        )
        .clicked()
        {
            out.push(method(MethodCommand::RemoveStep(i)));
        }
    });
    let mut detail = step.detail.clone();
    let response = ui.add(
        egui::TextEdit::multiline(&mut detail)
            .id(egui::Id::unique(("step-detail", row_id)))
            .hint_text(tr(lang, "method-detail-hint"))
            .desired_rows(1)
            .desired_width(f32::INFINITY)
            .char_limit(MAX_TEXT_CHARS),
    );
    let response = named_lazily(response, || about("method-detail-of"));
    if response.changed() {
        out.push(method(MethodCommand::SetStepDetail(i, detail)));
    }
    if response.gained_focus() {
        state.select_step(Some(i));
    }
    let selected = state.selected_step() == Some(i);
    chips_ui(ui, view, i, selected, out);
}
