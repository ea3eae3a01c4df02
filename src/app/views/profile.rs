//! The organisation profile and the baking advice: four settings from the
//! articles' rules of thumb, the suggested baking range they give, what
//! moved it, and where the recipe stands.

use egui::{RichText, Ui};

use super::AppView;
use crate::app::command::{Command, EditCommand};
use crate::app::theme;
use crate::app::words::{advice_sentence, factor_hint, factor_label, level_label, push_text};
use crate::i18n::{Arg, number, tr, tr_args};
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
    ui.spacing_mut().slider_width = 200.0;
    egui::Grid::new("profile")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            for factor in Factor::ALL {
                let label = ui
                    .label(factor_label(lang, factor))
                    .on_hover_text(factor_hint(lang, factor));
                let level = profile.level(factor);
                let mut step = Level::ALL.iter().position(|l| *l == level).unwrap_or(2);
                // The level in words beside the slider, as plain text: a
                // value box would look typeable, and the levels are words.
                ui.horizontal(|ui| {
                    let slider = egui::Slider::new(&mut step, 0..=Level::ALL.len() - 1)
                        .show_value(false)
                        .custom_formatter(|v, _| {
                            let at = v.round().clamp(0.0, 4.0) as usize;
                            Level::ALL
                                .get(at)
                                .map_or_else(String::new, |l| level_label(lang, factor, *l))
                        });
                    let response = ui.add(slider).labelled_by(label.id);
                    // A click gives the slider the keyboard, so the arrow
                    // keys go on from where the pointer put it.
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
                    let shown = Level::ALL
                        .get(step)
                        .map_or_else(String::new, |l| level_label(lang, factor, *l));
                    ui.label(shown);
                });
                ui.end_row();
            }
        });
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
