//! Presentation mode: the chart alone, full screen and in large type, for an
//! audience — the recipe's title, a large pie, the legend with names and
//! percentages, the baking/cooking balance and its advice. No editing
//! panels: the facilitator drives it from the keyboard ([`read_keys`]), and
//! every change is an ordinary edit (undo, unsaved mark, recovery copy).

use egui::{Align, Key, Layout, Modifiers, RichText, Ui};

use super::balance::balance_whole_ui;
use super::chart_model::ChartModel;
use super::pie::{PieStyle, pie_styled_ui};
use super::present_layout::present_layout;
use super::projected::{MARGIN_PT, Projection, help_keys_text, projected_ui};
use super::{AppView, UiState};
use crate::app::command::bindings::{
    PRESENT_LOCK, PRESENT_ROOM, command_keys, is_mac, key_name, shortcut_text,
};
use crate::app::command::{Command, EditCommand, ViewCommand};
use crate::app::words::title_or_untitled;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::Recipe;
use crate::recipe::format::MAX_AMOUNT;

/// The keys of presentation mode, read before the window's own shortcuts:
/// ↑/↓ select an ingredient, ←/→ or −/+ change its amount by one natural
/// step of its unit, L locks or unlocks it, G groups the slices under 3 %
/// into "Other" (or stops), Esc leaves. (Ctrl+Z and
/// Ctrl+Shift+Z stay the window's undo and redo.)
pub fn read_keys(
    ctx: &egui::Context,
    recipe: &Recipe,
    state: &mut UiState,
    out: &mut Vec<Command>,
) {
    let n = recipe.ingredients.len();
    let selected = state.selected();
    ctx.input_mut(|input| {
        let mut count = |key: Key| {
            i64::try_from(input.count_and_consume_key(Modifiers::NONE, key)).unwrap_or(0)
        };
        let leave = count(Key::Escape) > 0;
        let moves = count(Key::ArrowDown) - count(Key::ArrowUp);
        let steps = count(Key::ArrowRight) + count(Key::Plus) + count(Key::Equals)
            - count(Key::ArrowLeft)
            - count(Key::Minus);
        let lock = count(PRESENT_LOCK.logical_key) > 0;
        let group = count(Key::G) > 0;
        // Removing is an editor's job: Delete does nothing while presenting.
        let _ = count(Key::Delete);

        let mut selected = selected.filter(|&i| i < n);
        if moves != 0 && n > 0 {
            let last = i64::try_from(n - 1).unwrap_or(0);
            let to = match selected {
                Some(i) => i64::try_from(i).unwrap_or(0) + moves,
                None if moves > 0 => moves - 1,
                None => last + 1 + moves,
            };
            let to = usize::try_from(to.clamp(0, last)).unwrap_or(0);
            state.select(Some(to));
            selected = Some(to);
        }
        if let Some(i) = selected
            && let Some(ing) = recipe.ingredients.get(i)
        {
            let steps = i32::try_from(steps.clamp(-1000, 1000)).unwrap_or(0);
            if steps != 0 {
                let amount = ing.unit.stepped(ing.amount, steps).min(MAX_AMOUNT);
                out.push(Command::Edit(EditCommand::SetAmount(i, amount)));
            }
            if lock {
                out.push(Command::Edit(EditCommand::ToggleLock(i)));
            }
        }
        if group {
            out.push(Command::View(ViewCommand::ToggleGroupSmallSlices));
        }
        if leave {
            out.push(Command::View(ViewCommand::LeavePresentation));
        }
    });
}

/// Draws presentation mode; returns the ingredient under the pointer.
/// Banners stay off the projected screen: what the editor has to say waits
/// for the editor.
pub fn present_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    let title = title_or_untitled(view.lang, &view.recipe.title);
    let keys = present_keys(view.lang, is_mac(ui.ctx()));
    // Who made it, as the file says (Notes ▸ Author).
    let by = view
        .derived
        .facts
        .author
        .as_ref()
        .map_or_else(String::new, |author| {
            tr_args(view.lang, "present-by", &[("author", Arg::Text(author))])
        });
    let projection = Projection {
        title: &title,
        detail: &by,
        keys: &keys,
        lang: view.lang,
    };
    // The whole balance and verdict, wrapped (a zoomed window is narrow),
    // scrolling past a third of the window so the pie keeps its room.
    let mut balance = |ui: &mut Ui| {
        let most = ui.ctx().content_rect().height() / 3.0;
        egui::ScrollArea::vertical()
            .id_salt("present-balance")
            .max_height(most)
            .show(ui, |ui| balance_whole_ui(ui, view));
    };
    let bottom: Option<&mut dyn FnMut(&mut Ui)> = if view.derived.shares.is_some() {
        Some(&mut balance)
    } else {
        None
    };
    projected_ui(ui, &projection, out, bottom, |ui| chart_ui(ui, view, state))
}

/// Presentation's keys and what each does, named as this system names
/// them (from `command::bindings`), for the key help.
pub fn present_keys(lang: Lang, mac: bool) -> Vec<(String, String)> {
    let keys_of = |command: Command| command_keys(&command, lang, mac);
    let pair = |a: Key, b: Key| format!("{} / {}", key_name(a, lang), key_name(b, lang));
    let steps = format!(
        "{} / {}, − / +",
        key_name(Key::ArrowLeft, lang),
        key_name(Key::ArrowRight, lang)
    );
    vec![
        (
            pair(Key::ArrowUp, Key::ArrowDown),
            tr(lang, "present-key-select"),
        ),
        (steps, tr(lang, "present-key-amount")),
        (
            shortcut_text(&PRESENT_LOCK, lang, mac),
            tr(lang, "present-key-lock"),
        ),
        (
            keys_of(Command::View(ViewCommand::ToggleGroupSmallSlices)),
            tr(lang, "present-key-group"),
        ),
        (
            format!(
                "{} / {}",
                keys_of(Command::Edit(EditCommand::Undo)),
                keys_of(Command::Edit(EditCommand::Redo))
            ),
            tr(lang, "present-key-undo"),
        ),
        room_key(lang, mac),
        (help_keys_text(lang, mac), tr(lang, "present-key-help")),
        (
            keys_of(Command::View(ViewCommand::LeavePresentation)),
            tr(lang, "present-key-leave"),
        ),
    ]
}

/// R, which opens the room screen, and what it does (the catalogue's
/// sentence "R: open a room…" split at its colon).
fn room_key(lang: Lang, mac: bool) -> (String, String) {
    let key = shortcut_text(&PRESENT_ROOM, lang, mac);
    let sentence = tr_args(lang, "room-present-key", &[("key", Arg::Text(&key))]);
    let what = sentence
        .split_once(": ")
        .map_or_else(|| sentence.clone(), |(_, what)| what.to_owned());
    (key, what)
}

/// The pie and the legend beside it; returns the hovered ingredient.
fn chart_ui(ui: &mut Ui, view: &AppView<'_>, state: &mut UiState) -> Option<usize> {
    if view.derived.shares.is_none() {
        ui.centered_and_justified(|ui| {
            ui.label(RichText::new(
                view.derived.problem.clone().unwrap_or_default(),
            ));
        });
        return None;
    }
    let sizes = super::projected::sizes(ui.ctx());
    let model = ChartModel::new(view, state);
    let available = ui.available_size();
    let gap = f32::from(MARGIN_PT);
    let style = PieStyle {
        label_pt: sizes.slice_label_pt,
        edge_pt: 3.0,
        named_labels: true,
        centred: true,
        max_radius: None,
    };
    let pie_view = model.pie_view();
    let layout = present_layout(ui, &model, &pie_view, style, available, gap);
    let mut hovered = None;
    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
        let pie = pie_styled_ui(ui, &pie_view, layout.pie_size, style);
        hovered = model.pie_output(&pie, state);
        ui.add_space(gap);
        ui.allocate_ui_with_layout(
            egui::vec2(layout.legend_width, available.y),
            Layout::top_down(Align::Min),
            |ui| {
                ui.add_space(((available.y - layout.legend_height) / 2.0).max(0.0));
                if let Some(h) = model.legend_ui(ui, &layout.legend, "present-legend", state) {
                    hovered = Some(h);
                }
            },
        );
    });
    hovered
}
