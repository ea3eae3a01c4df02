//! The organisation profile and the baking advice: four settings from the
//! articles' rules of thumb, the suggested baking range they give, what
//! moved it, and where the recipe stands.

use egui::{RichText, Ui};

use crate::app::command::Command;
use crate::app::theme;
use crate::recipe::Recipe;
use crate::recipe::advice::{
    BASE_HIGH_PCT, BASE_LOW_PCT, Factor, Level, POINTS_PER_STEP, Profile, Verdict,
};

/// Draws the profile editor and the advice.
pub fn profile_ui(ui: &mut Ui, recipe: &Recipe, out: &mut Vec<Command>) {
    ui.add_space(6.0);
    ui.label(
        "How much baking (structured foundation work) an organisation needs depends on \
         who it is. Describe it, and the app suggests a range for the baking share.",
    );
    ui.add_space(4.0);
    let mut on = recipe.profile.is_some();
    if ui
        .checkbox(&mut on, "Give advice for this organisation")
        .changed()
    {
        out.push(Command::SetProfile(on.then(Profile::default)));
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
                let label = ui.label(factor.label()).on_hover_text(factor.hint());
                let level = profile.level(factor);
                let mut step = Level::ALL.iter().position(|l| *l == level).unwrap_or(2);
                let slider = egui::Slider::new(&mut step, 0..=Level::ALL.len() - 1)
                    .show_value(true)
                    .custom_formatter(|v, _| {
                        let at = v.round().clamp(0.0, 4.0) as usize;
                        Level::ALL
                            .get(at)
                            .map_or_else(String::new, |l| factor.level_label(*l).to_owned())
                    })
                    .custom_parser(|_| None);
                let response = ui.add(slider).labelled_by(label.id);
                if response.changed()
                    && let Some(new_level) = Level::ALL.get(step)
                {
                    let mut changed = profile.clone();
                    changed.set(factor, *new_level);
                    out.push(Command::SetProfile(Some(changed)));
                }
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    let Some(advice) = recipe.advice() else {
        return;
    };
    let baking = recipe.balance().baking;
    ui.label(
        RichText::new(format!(
            "Suggested baking: {:.0}–{:.0} %",
            advice.low * 100.0,
            advice.high * 100.0
        ))
        .strong(),
    );
    if advice.pushes.is_empty() {
        ui.label("Every setting is in the middle: the range is the starting one.");
    }
    for push in &advice.pushes {
        ui.label(format!("• {}", push.describe()));
    }
    let colour = match advice.verdict(baking) {
        Verdict::Inside => theme::tokens(ui.ctx()).good,
        Verdict::Under | Verdict::Over => theme::tokens(ui.ctx()).warning,
    };
    ui.add(egui::Label::new(RichText::new(advice.explain(baking)).color(colour)).wrap());
    ui.add_space(8.0);
    ui.collapsing("How the range is worked out", |ui| {
        ui.label(format!(
            "Start from {BASE_LOW_PCT}–{BASE_HIGH_PCT} % baking. Each setting moves both ends \
             by {POINTS_PER_STEP} percentage points for every step away from the middle: up \
             for a more formal brand, more complex products, a larger organisation and a more \
             regulated industry; down the other way. The ends stay within 0–100 %."
        ));
    });
}
