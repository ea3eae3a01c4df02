//! Presentation mode: the chart alone, full screen and in large type, for an
//! audience — the recipe's title, a large pie, the legend with names and
//! percentages, the baking/cooking balance and its advice. No editing
//! panels: the facilitator drives it from the keyboard ([`read_keys`]), and
//! every change is an ordinary edit (undo, unsaved mark, recovery copy).

use egui::{Align, Key, Layout, Modifiers, RichText, Ui};

use super::balance::balance_ui;
use super::chart_model::ChartModel;
use super::pie::{PieStyle, Reach, fit_slices_cached, pie_styled_ui};
use super::{AppView, UiState};
use crate::app::command::bindings::{PRESENT_LOCK, is_mac, shortcut_text};
use crate::app::command::{Command, EditCommand, ViewCommand};
use crate::app::theme;
use crate::app::words::title_or_untitled;
use crate::i18n::{Arg, Lang, tr_args};
use crate::recipe::Recipe;
use crate::recipe::format::MAX_AMOUNT;

/// The space around the presentation's parts, in points.
const MARGIN_PT: i8 = 32;

/// The legend's share of the width the pie's size is first worked out with.
const LEGEND_MAX_FRACTION: f32 = 0.45;

/// The least share of the width the legend gets, however large the pie.
const LEGEND_MIN_FRACTION: f32 = 0.35;

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
pub fn present_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    state: &mut UiState,
    out: &mut Vec<Command>,
) -> Option<usize> {
    let recipe = view.recipe;
    let tokens = theme::tokens(ui.ctx());
    let sizes = theme::text_sizes(true);
    let frame = egui::Frame::new()
        .fill(tokens.background)
        .inner_margin(egui::Margin::symmetric(MARGIN_PT, MARGIN_PT / 2));
    super::banner::banner_ui(ui, view.message, view.lang, out);
    egui::Panel::top("present-title")
        .frame(frame)
        .show_separator_line(false)
        .show(ui, |ui| {
            let title = title_or_untitled(view.lang, &recipe.title);
            egui::Sides::new().show(
                ui,
                |ui| {
                    ui.vertical(|ui| {
                        ui.label(
                            RichText::new(title)
                                .size(sizes.heading_pt)
                                .strong()
                                .color(tokens.strong_text),
                        );
                        // Who made it, as the file says (Notes ▸ Author).
                        if let Some(author) = &view.derived.facts.author {
                            let by =
                                tr_args(view.lang, "present-by", &[("author", Arg::Text(author))]);
                            ui.label(RichText::new(by).size(sizes.body_pt).color(tokens.text));
                        }
                    });
                },
                |ui| {
                    // The keys, named where a facilitator who came in with
                    // the mouse looks.
                    let (label, help) = key_help(view.lang, is_mac(ui.ctx()));
                    let leave = ui.button(label).on_hover_text(help);
                    if leave.clicked() {
                        out.push(Command::View(ViewCommand::LeavePresentation));
                    }
                },
            );
        });
    if view.derived.shares.is_some() {
        egui::Panel::bottom("present-balance")
            .frame(frame)
            .show_separator_line(false)
            .show(ui, |ui| balance_ui(ui, view));
    }
    let mut hovered = None;
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        hovered = chart_ui(ui, view, state);
    });
    hovered
}

/// The Leave button's label and the key help on it, the keys named as this
/// system names them (from `command::bindings`).
fn key_help(lang: Lang, mac: bool) -> (String, String) {
    let keys_of =
        |command: Command| crate::app::command::bindings::command_keys(&command, lang, mac);
    let leave = keys_of(Command::View(ViewCommand::LeavePresentation));
    let group = keys_of(Command::View(ViewCommand::ToggleGroupSmallSlices));
    let undo = keys_of(Command::Edit(EditCommand::Undo));
    let lock = shortcut_text(&PRESENT_LOCK, lang, mac);
    let label = tr_args(lang, "present-leave", &[("keys", Arg::Text(&leave))]);
    let room = shortcut_text(&crate::app::command::bindings::PRESENT_ROOM, lang, mac);
    let room = tr_args(lang, "room-present-key", &[("key", Arg::Text(&room))]);
    let help = tr_args(
        lang,
        "present-keys",
        &[
            ("leave", Arg::Text(&leave)),
            ("lock", Arg::Text(&lock)),
            ("group", Arg::Text(&group)),
            ("undo", Arg::Text(&undo)),
        ],
    );
    (label, format!("{help}\n{room}"))
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
    let sizes = theme::text_sizes(true);
    let model = ChartModel::new(view, state);
    let items = &model.data.grouped.chart.items;
    let n = items.len();
    let available = ui.available_size();
    // The legend: one column if it fits the height, else two, as wide as the
    // longest row needs, but never more than its share of the width.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let row_h = ui.spacing().interact_size.y.max(font.size * 1.5) + ui.spacing().item_spacing.y;
    let rows_that_fit = ((available.y / row_h).floor() as usize).max(1);
    let columns = if n <= rows_that_fit { 1 } else { 2 };
    let rows = n.div_ceil(columns);
    let painter = ui.painter();
    let colour = theme::tokens(ui.ctx()).strong_text;
    let text_w = |text: &str| {
        painter
            .layout_no_wrap(text.to_owned(), font.clone(), colour)
            .size()
            .x
    };
    let swatch_pt = theme::SWATCH_PT * font.size / theme::BODY_PT;
    let widest = widest_legend_row(ui, model.data.generation, items, text_w);
    let legend_wanted = (widest + swatch_pt + 52.0) * columns as f32;
    let gap = f32::from(MARGIN_PT);
    let style = PieStyle {
        label_pt: sizes.slice_label_pt,
        edge_pt: 3.0,
        fit_to_labels: true,
    };
    // The pie as large as the height allows, its plot only as wide as its
    // labels reach; the legend gets the rest (at least its minimum share).
    let guess = egui::vec2(available.x * (1.0 - LEGEND_MAX_FRACTION), available.y);
    let slices = fit_slices_cached(
        ui,
        "present-guess",
        model.data.generation,
        items,
        guess,
        style.label_pt,
    );
    let pie_w_needed = Reach::fitted(&slices).width_for_height(available.y);
    let legend_w = (available.x - pie_w_needed - gap)
        .max(available.x * LEGEND_MIN_FRACTION)
        .min(legend_wanted);
    let pie_size = egui::vec2(available.x - legend_w - gap, available.y);
    let mut hovered = None;
    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
        let pie = pie_styled_ui(ui, &model.pie_view(&slices), pie_size, style);
        hovered = model.pie_output(&pie, state);
        ui.add_space(f32::from(MARGIN_PT));
        ui.allocate_ui_with_layout(
            egui::vec2(legend_w, available.y),
            Layout::top_down(Align::Min),
            |ui| {
                let used = rows as f32 * row_h;
                ui.add_space(((available.y - used) / 2.0).max(0.0));
                let shape = (columns, rows);
                if let Some(h) = model.legend_ui(ui, shape, legend_w, "present-legend", state) {
                    hovered = Some(h);
                }
            },
        );
    });
    hovered
}

/// The widest legend row's text (name and percentage), measured once per
/// chart and kept in egui's memory.
fn widest_legend_row(
    ui: &Ui,
    generation: u64,
    items: &[crate::chart::ChartItem],
    text_w: impl Fn(&str) -> f32,
) -> f32 {
    let id = egui::Id::unique("present-widest-row");
    if let Some((g, w)) = ui.data(|d| d.get_temp::<(u64, f32)>(id))
        && g == generation
    {
        return w;
    }
    let widest = items
        .iter()
        .map(|i| text_w(&i.name) + text_w(&i.percent_label))
        .fold(0.0, f32::max);
    ui.data_mut(|d| d.insert_temp(id, (generation, widest)));
    widest
}
