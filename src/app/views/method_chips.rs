//! Many chips in a wrapping flow, drawing only those in view: the selected
//! step offers every ingredient of the recipe to tick, up to 1,000. Each
//! chip's size is kept (by its text) from when it was last drawn, so a
//! frame lays the flow out by arithmetic and draws the chips on screen;
//! a chip not measured yet is drawn where it goes, which measures it.
//! A few chips go into egui's own wrapping layout.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use egui::{Rect, Response, RichText, Ui, Vec2, pos2, vec2};

use super::AppView;
use super::a11y::named_lazily;
use crate::app::command::{Command, MethodCommand};
use crate::i18n::{Arg, tr, tr_args};

/// Above this many chips the flow draws only those in view; up to it, all
/// of them go into egui's own wrapping layout as before.
pub const FLOW_FROM: usize = 48;

/// The chips' sizes by their key, for one scale.
#[derive(Clone, Default)]
struct Sizes {
    pixels_per_point: f32,
    by_key: HashMap<u64, Vec2>,
}

/// A chip's key: its text and whether it is ticked (the two change its
/// size).
pub fn chip_key(text: &str, on: bool) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    on.hash(&mut hasher);
    hasher.finish()
}

/// Lays out `count` chips left to right, wrapping at the width there is,
/// and draws those in view with `draw(ui, k)`; `key(k)` names chip `k`'s
/// text for its remembered size.
pub fn chip_flow_ui(
    ui: &mut Ui,
    count: usize,
    key: impl Fn(usize) -> u64,
    mut draw: impl FnMut(&mut Ui, usize) -> Response,
) {
    let sizes_id = ui.scope_id().with("method-chip-sizes");
    let ppp = ui.ctx().pixels_per_point();
    let mut sizes: Sizes = ui.data(|d| d.get_temp(sizes_id)).unwrap_or_default();
    if sizes.pixels_per_point != ppp {
        sizes = Sizes {
            pixels_per_point: ppp,
            by_key: HashMap::new(),
        };
    }
    let spacing = ui.spacing().item_spacing;
    let row_height = ui.spacing().interact_size.y;
    let origin = ui.cursor().min;
    let right = origin.x + ui.available_width().max(1.0);
    let clip = ui.clip_rect();
    let (mut x, mut y, mut line) = (origin.x, origin.y, row_height);
    let mut measured = false;
    for k in 0..count {
        let chip_key = key(k);
        let known = sizes.by_key.get(&chip_key).copied();
        let width = known.map_or(0.0, |s| s.x);
        if x > origin.x && x + width > right {
            x = origin.x;
            y += line + spacing.y;
            line = row_height;
        }
        let guess = Rect::from_min_size(pos2(x, y), known.unwrap_or(vec2(right - x, row_height)));
        let size = match known {
            Some(size) if !clip.intersects(guess) => size,
            _ => {
                // One row's height, centred in it as egui's wrapping
                // layout centres a row (the "Uses:" label among chips).
                let room = Rect::from_min_max(pos2(x, y), pos2(right.max(x + 1.0), y + row_height));
                let mut child = ui.new_child(
                    egui::UiBuilder::new()
                        .id_salt(("chip", k))
                        .max_rect(room)
                        .layout(egui::Layout::left_to_right(egui::Align::Center)),
                );
                let size = draw(&mut child, k).rect.size();
                if known != Some(size) {
                    sizes.by_key.insert(chip_key, size);
                    measured = true;
                }
                size
            }
        };
        x += size.x + spacing.x;
        line = line.max(size.y);
    }
    let height = y + line - origin.y;
    ui.allocate_rect(
        Rect::from_min_size(origin, vec2(right - origin.x, height)),
        egui::Sense::hover(),
    );
    if measured {
        // Placed with a guessed size: this pass again with the real ones.
        ui.data_mut(|d| d.insert_temp(sizes_id, sizes));
        ui.ctx().request_discard("a chip's size was measured");
    }
}

/// The ingredients a step uses, as chips to tick: every ingredient of the
/// recipe on the selected step, the ticked ones on the others; mentions of
/// names no longer in the recipe stay, to untick.
pub fn chips_ui(ui: &mut Ui, view: &AppView<'_>, i: usize, selected: bool, out: &mut Vec<Command>) {
    let lang = view.lang;
    let number = i + 1;
    let derived = view.derived;
    let Some(uses) = derived.method.steps.get(i) else {
        return;
    };
    if !selected && uses.used_count() == 0 && uses.gone.is_empty() {
        return;
    }
    let ingredients = &view.recipe.ingredients;
    // (name, ticked, tag) of every chip, in order: every ingredient of the
    // recipe on the selected step, the ticked ones (found once per
    // revision) on the others; then the names no longer in the recipe.
    let mut items: Vec<(&str, bool, &str)> = Vec::new();
    let tag_of = |j: usize| derived.method.chip_tags.get(j).map_or("", String::as_str);
    if selected {
        for (j, ingredient) in ingredients.iter().enumerate() {
            if !ingredient.name.trim().is_empty() {
                let on = uses.uses_key(derived.names.key_id(j));
                items.push((ingredient.name.as_str(), on, tag_of(j)));
            }
        }
    } else {
        for &j in &uses.used {
            let name = ingredients.get(j).map_or("", |g| g.name.as_str());
            items.push((name, true, tag_of(j)));
        }
    }
    for (name, tag) in &uses.gone {
        if !name.trim().is_empty() {
            items.push((name.as_str(), true, tag.as_str()));
        }
    }
    let mut chip = |ui: &mut Ui, name: &str, on: bool, tag: &str| {
        // Ticked also in words, not only in colour.
        let shown = if on {
            format!("✔ {name}")
        } else {
            name.to_owned()
        };
        let response = ui.selectable_label(on, shown);
        let key = if on {
            "method-stop-using"
        } else {
            "method-use"
        };
        let response = named_lazily(response, || {
            tr_args(
                lang,
                key,
                &[("name", Arg::Text(name)), ("number", Arg::from(number))],
            )
        });
        let response = if tag.is_empty() {
            response
        } else {
            response.on_hover_text(tag)
        };
        if response.clicked() {
            out.push(Command::Method(MethodCommand::ToggleStepIngredient(
                i,
                name.to_owned(),
            )));
        }
        response
    };
    let uses_text = tr(lang, "method-uses");
    if items.len() > FLOW_FROM {
        // Up to 1,000 chips: only those in view are drawn.
        chip_flow_ui(
            ui,
            items.len() + 1,
            |k| match k.checked_sub(1).and_then(|k| items.get(k)) {
                Some(&(name, on, _)) => chip_key(name, on),
                None => chip_key(&uses_text, false),
            },
            |ui, k| match k.checked_sub(1).and_then(|k| items.get(k)) {
                Some(&(name, on, tag)) => chip(ui, name, on, tag),
                None => ui.label(RichText::new(uses_text.as_str()).weak()),
            },
        );
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(uses_text.as_str()).weak());
        for &(name, on, tag) in &items {
            chip(ui, name, on, tag);
        }
    });
}
