//! The organisation profile and the baking advice: four settings from the
//! articles' rules of thumb, the suggested baking range they give, what
//! moved it, and where the recipe stands.

use egui::{RichText, Ui};

use super::AppView;
use crate::app::command::{Command, EditCommand};
use crate::app::theme;
use crate::app::words::{advice_sentence, factor_hint, factor_label, level_label, push_text};
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::advice::{
    BASE_HIGH_PCT, BASE_LOW_PCT, Factor, Level, POINTS_PER_STEP, Profile, Verdict,
};

/// Draws the profile editor and the advice.
pub fn profile_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let (recipe, lang) = (view.recipe, view.lang);
    ui.add_space(6.0);
    ui.label(tr(lang, "profile-intro"));
    ui.add_space(4.0);
    let mut on = recipe.profile.is_some();
    if ui
        .checkbox(&mut on, tr(lang, "profile-give-advice"))
        .changed()
    {
        out.push(Command::Edit(EditCommand::SetProfile(
            on.then(Profile::default),
        )));
    }
    let Some(profile) = recipe.profile.as_ref() else {
        return;
    };
    ui.add_space(6.0);
    factors_ui(ui, profile, lang, out);
    ui.add_space(8.0);
    let Some(advice) = view.derived.advice.as_ref() else {
        return;
    };
    let baking = view.derived.balance.baking;
    let (low, high) = (
        number::decimal(lang, advice.low * 100.0, 0),
        number::decimal(lang, advice.high * 100.0, 0),
    );
    ui.label(
        RichText::new(tr_args(
            lang,
            "profile-suggested",
            &[("low", Arg::Text(&low)), ("high", Arg::Text(&high))],
        ))
        .strong(),
    );
    if advice.pushes.is_empty() {
        ui.label(tr(lang, "profile-all-middle"));
    }
    for push in &advice.pushes {
        ui.label(format!("• {}", push_text(lang, push)));
    }
    let colour = match advice.verdict(baking) {
        Verdict::Inside => theme::tokens(ui.ctx()).good,
        Verdict::Under | Verdict::Over => theme::tokens(ui.ctx()).warning,
    };
    let sentence = advice_sentence(lang, advice, baking, view.settings.decimals);
    ui.add(egui::Label::new(RichText::new(sentence).color(colour)).wrap());
    ui.add_space(8.0);
    ui.collapsing(tr(lang, "profile-how"), |ui| {
        ui.label(tr_args(
            lang,
            "profile-how-text",
            &[
                ("low", Arg::from(f64::from(BASE_LOW_PCT))),
                ("high", Arg::from(f64::from(BASE_HIGH_PCT))),
                ("points", Arg::from(f64::from(POINTS_PER_STEP))),
            ],
        ));
    });
}

/// The slider's width where there is room for it.
const SLIDER_PT: f32 = 200.0;
/// Between a factor's name and its slider.
const COLUMN_GAP_PT: f32 = 16.0;

/// The four factors: a grid (name, slider, level in words) where its
/// widest row fits the panel; else each factor's name on a line of its
/// own and, under it, the slider with the level wrapped beside it (or
/// under it where even a word would not fit beside), so that nothing runs
/// under the library panel.
fn factors_ui(ui: &mut Ui, profile: &Profile, lang: Lang, out: &mut Vec<Command>) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = |text: &str| {
        ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE))
            .size()
            .x
    };
    let name_w = Factor::ALL
        .iter()
        .map(|f| width(&factor_label(lang, *f)))
        .fold(0.0, f32::max);
    let level_w = Factor::ALL
        .iter()
        .flat_map(|f| Level::ALL.iter().map(|l| level_label(lang, *f, *l)))
        .map(|t| width(&t))
        .fold(0.0, f32::max);
    let spacing = ui.spacing().item_spacing.x;
    let room = ui.available_width();
    let grid_w = name_w + COLUMN_GAP_PT + SLIDER_PT + spacing + level_w + 2.0 * spacing;
    if grid_w <= room {
        ui.spacing_mut().slider_width = SLIDER_PT;
        egui::Grid::new("profile")
            .num_columns(2)
            .spacing([COLUMN_GAP_PT, 10.0])
            .show(ui, |ui| {
                for factor in Factor::ALL {
                    let label = ui
                        .label(factor_label(lang, factor))
                        .on_hover_text(factor_hint(lang, factor));
                    ui.horizontal(|ui| {
                        let shown = slider_ui(ui, profile, factor, label.id, lang, out);
                        ui.label(shown);
                    });
                    ui.end_row();
                }
            });
        return;
    }
    let longest_word = Factor::ALL
        .iter()
        .flat_map(|f| Level::ALL.iter().map(|l| level_label(lang, *f, *l)))
        .flat_map(|t| t.split_whitespace().map(&width).collect::<Vec<_>>())
        .fold(0.0, f32::max);
    ui.spacing_mut().slider_width = SLIDER_PT.min(room * 0.5).max(60.0);
    let slider_w = ui.spacing().slider_width + spacing;
    let beside = room - slider_w - spacing >= longest_word;
    for factor in Factor::ALL {
        let label = ui
            .add(egui::Label::new(factor_label(lang, factor)).wrap())
            .on_hover_text(factor_hint(lang, factor));
        if beside {
            ui.horizontal_top(|ui| {
                let shown = slider_ui(ui, profile, factor, label.id, lang, out);
                let rest = (room - slider_w - spacing).max(1.0);
                ui.allocate_ui_with_layout(
                    egui::vec2(rest, ui.available_height()),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_max_width(rest);
                        ui.add(egui::Label::new(shown).wrap());
                    },
                );
            });
        } else {
            let shown = slider_ui(ui, profile, factor, label.id, lang, out);
            ui.add(egui::Label::new(shown).wrap());
        }
        ui.add_space(6.0);
    }
}

/// One factor's slider (labelled by `label`); returns its level in words.
/// The level is shown beside it as plain text: a value box would look
/// typeable, and the levels are words.
fn slider_ui(
    ui: &mut Ui,
    profile: &Profile,
    factor: Factor,
    label: egui::Id,
    lang: Lang,
    out: &mut Vec<Command>,
) -> String {
    let level = profile.level(factor);
    let mut step = Level::ALL.iter().position(|l| *l == level).unwrap_or(2);
    let slider = egui::Slider::new(&mut step, 0..=Level::ALL.len() - 1)
        .show_value(false)
        .custom_formatter(|v, _| {
            let at = v.round().clamp(0.0, 4.0) as usize;
            Level::ALL
                .get(at)
                .map_or_else(String::new, |l| level_label(lang, factor, *l))
        });
    let response = ui.add(slider).labelled_by(label);
    // A click gives the slider the keyboard, so the arrow keys go on from
    // where the pointer put it.
    if response.clicked() || response.drag_started() {
        response.request_focus();
    }
    if response.changed()
        && let Some(new_level) = Level::ALL.get(step)
    {
        let mut changed = profile.clone();
        changed.set(factor, *new_level);
        out.push(Command::Edit(EditCommand::SetProfile(Some(changed))));
    }
    Level::ALL
        .get(step)
        .map_or_else(String::new, |l| level_label(lang, factor, *l))
}
