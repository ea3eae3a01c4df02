//! The method: the recipe's steps in the order of work, each with a title,
//! an optional detail and the ingredients it uses; reorder by dragging ☰ or
//! with Alt+Up / Alt+Down. The order check's warnings show live above.

use egui::{RichText, Ui};

use super::AppView;
use super::a11y::named;
use crate::app::command::Command;
use crate::app::theme;
use crate::app::words::{rule_explanation, tag_lower, warning_text};
use crate::i18n::{Arg, tr, tr_args};
use crate::recipe::format::MAX_NAME_CHARS;
use crate::recipe::matching;
use crate::recipe::method::OrderWarning;

/// What a step carries while it is dragged.
#[derive(Clone, Copy, Debug)]
struct StepDrag(usize);

/// Draws the method; returns whether the title asked for in `focus_step`
/// took the keyboard.
pub fn method_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> bool {
    let recipe = &view.doc.recipe;
    let lang = view.lang;
    let mut focused = false;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .button(tr(lang, "method-add-step"))
            .on_hover_text(tr(lang, "method-add-step-hint"))
            .clicked()
        {
            out.push(Command::AddStep);
        }
        ui.label(RichText::new(tr(lang, "method-reorder-hint")).weak());
    });
    let warnings = recipe.order_warnings();
    if warnings.is_empty() && !recipe.steps.is_empty() {
        ui.colored_label(theme::tokens(ui.ctx()).good, tr(lang, "method-order-ok"));
    }
    for warning in &warnings {
        ui.add(
            egui::Label::new(
                RichText::new(format!("⚠ {}", warning_text(lang, warning)))
                    .color(theme::tokens(ui.ctx()).warning),
            )
            .wrap(),
        )
        .on_hover_text(rule_explanation(lang, warning.rule));
    }
    if recipe.steps.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(tr(lang, "method-empty")).weak());
        return false;
    }
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .id_salt("method")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for i in 0..recipe.steps.len() {
                let selected = view.selected_step == Some(i);
                let flagged = warnings.iter().any(|w| involves(w, i));
                let fill = if selected {
                    theme::tokens(ui.ctx()).selected_fill
                } else {
                    ui.visuals().faint_bg_color
                };
                let frame = egui::Frame::new()
                    .fill(fill)
                    .inner_margin(egui::Margin::same(6))
                    .stroke(if flagged {
                        egui::Stroke::new(2.0, theme::tokens(ui.ctx()).warning)
                    } else {
                        egui::Stroke::NONE
                    });
                // The step's own click area lies under its fields, so that
                // they keep their clicks.
                let response = ui
                    .scope_builder(
                        egui::UiBuilder::new()
                            .id_salt(("step", i))
                            .sense(egui::Sense::click()),
                        |ui| {
                            frame.show(ui, |ui| {
                                focused |= step_ui(ui, view, i, out);
                            });
                        },
                    )
                    .response;
                if response.clicked() {
                    out.push(Command::SelectStep(Some(i)));
                }
                if let Some(from) = response.dnd_release_payload::<StepDrag>() {
                    out.push(Command::MoveStep {
                        from: from.0,
                        to: i,
                    });
                }
                ui.add_space(4.0);
            }
        });
    focused
}

/// Whether a warning is about step `i`.
fn involves(warning: &OrderWarning, i: usize) -> bool {
    warning.step == i || warning.later_step == i
}

/// One step's fields; returns whether its title took the keyboard.
fn step_ui(ui: &mut Ui, view: &AppView<'_>, i: usize, out: &mut Vec<Command>) -> bool {
    let recipe = &view.doc.recipe;
    let lang = view.lang;
    let Some(step) = recipe.steps.get(i) else {
        return false;
    };
    let number = i + 1;
    let about = |key: &str| tr_args(lang, key, &[("number", Arg::from(number))]);
    let mut focused = false;
    ui.horizontal(|ui| {
        let handle = ui
            .dnd_drag_source(egui::Id::unique(("drag-step", i)), StepDrag(i), |ui| {
                ui.label("☰");
            })
            .response;
        named(handle, &about("method-move-step")).on_hover_text(tr(lang, "method-move-step-hint"));
        ui.strong(format!("{}.", i + 1));
        let mut title = step.title.clone();
        let id = egui::Id::unique(("step-title", i));
        let response = ui.add(
            egui::TextEdit::singleline(&mut title)
                .id(id)
                .hint_text(tr(lang, "method-title-hint"))
                .desired_width(ui.available_width() - 44.0)
                .char_limit(MAX_NAME_CHARS),
        );
        let response = named(response, &about("method-title-of"));
        if view.focus_step == Some(i) {
            response.request_focus();
            select_all(ui, id, &title);
            focused = true;
        }
        if response.changed() {
            out.push(Command::SetStepTitle(i, title));
        }
        if response.gained_focus() {
            out.push(Command::SelectStep(Some(i)));
        }
        let remove = ui.add(egui::Button::new("🗑").frame_when_inactive(false));
        if named(remove, &about("method-remove-step"))
            .on_hover_text(tr(lang, "method-remove-step-hint"))
            .clicked()
        {
            out.push(Command::RemoveStep(i));
        }
    });
    let mut detail = step.detail.clone();
    let response = ui.add(
        egui::TextEdit::multiline(&mut detail)
            .hint_text(tr(lang, "method-detail-hint"))
            .desired_rows(1)
            .desired_width(f32::INFINITY),
    );
    if named(response, &about("method-detail-of")).changed() {
        out.push(Command::SetStepDetail(i, detail));
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr(lang, "method-uses")).weak());
        let mut names: Vec<&str> = recipe.ingredients.iter().map(|i| i.name.as_str()).collect();
        // Mentions of names no longer in the recipe stay visible, to untick.
        for used in &step.ingredients {
            if !names
                .iter()
                .any(|n| matching::key(n) == matching::key(used))
            {
                names.push(used);
            }
        }
        for name in names {
            if name.trim().is_empty() {
                continue;
            }
            let on = step
                .ingredients
                .iter()
                .any(|u| matching::key(u) == matching::key(name));
            let tag = recipe
                .tag_of(name)
                .map_or_else(String::new, |t| tag_lower(lang, t));
            let chip = ui.selectable_label(on, name);
            let key = if on {
                "method-stop-using"
            } else {
                "method-use"
            };
            let action = tr_args(
                lang,
                key,
                &[("name", Arg::Text(name)), ("number", Arg::from(number))],
            );
            let chip = named(chip, &action);
            let chip = if tag.is_empty() {
                chip
            } else {
                chip.on_hover_text(tag)
            };
            if chip.clicked() {
                out.push(Command::ToggleStepIngredient(i, name.to_owned()));
            }
        }
    });
    focused
}

/// Selects the whole text of a field, so that typing replaces it.
pub fn select_all(ui: &Ui, id: egui::Id, text: &str) {
    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), id) {
        let all = egui::text_selection::CCursorRange::select_all_str(text);
        state.cursor.set_char_range(Some(all));
        state.store(ui.ctx(), id);
    }
}
