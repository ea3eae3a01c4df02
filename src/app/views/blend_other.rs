//! What the projected blend's "Other (N)" holds, on a page of its own:
//! every member with its share, in the projected screen's large type,
//! wrapped between words, in as many columns (and pages) as it takes.
//! The "Other (N)" legend row opens it (a click), and so does O; Esc or O
//! closes it, ←/→ (and a remote's Page Up/Down) turn its pages. The keys
//! are read before the reveal's (`projected::read_help_keys` calls
//! [`read_keys`]), so while the list is open the arrows turn its pages
//! instead of stepping the reveal.

use egui::{Align, FontId, Key, Layout, Modifiers, RichText, Sense, Ui, vec2};

use super::legend::swatch_ui;
use crate::app::command::bindings::key_name;
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::chart::ChartItem;
use crate::i18n::{Arg, Lang, tr_args};

/// The key that opens and closes the list.
pub const OTHER_KEY: Key = Key::O;
/// Between columns.
const GAP_PT: f32 = 40.0;
/// The swatch's space and the room around a row's text.
const PAD_PT: f32 = 10.0;
/// At most this many columns.
const MAX_COLUMNS: usize = 4;

/// Whether the list is open, and its page.
#[derive(Clone, Copy, Default)]
struct State {
    open: bool,
    page: usize,
}

fn state_id() -> egui::Id {
    egui::Id::unique("cx-blend-other-list")
}

/// Set while the projected blend shows an "Other" row (or its list): the
/// keys apply only then.
fn shown_id() -> egui::Id {
    egui::Id::unique("cx-blend-other-shown")
}

fn state(ctx: &egui::Context) -> State {
    ctx.data(|d| d.get_temp::<State>(state_id()))
        .unwrap_or_default()
}

fn set_state(ctx: &egui::Context, state: State) {
    ctx.data_mut(|d| d.insert_temp(state_id(), state));
}

/// Whether the list is open.
pub fn list_open(ctx: &egui::Context) -> bool {
    state(ctx).open
}

/// Opens the list at its first page (the "Other" row's click).
pub fn open_list(ctx: &egui::Context) {
    set_state(
        ctx,
        State {
            open: true,
            page: 0,
        },
    );
}

/// Marks this frame as one that shows an "Other" row or its list.
pub fn mark_shown(ctx: &egui::Context) {
    ctx.data_mut(|d| d.insert_temp(shown_id(), true));
}

/// The list's keys, before the reveal's: O opens or closes it, and while
/// it is open Esc closes it and ←/→ and Page Up/Down turn its pages.
/// Nothing happens unless the last frame showed an "Other" row; where it
/// did not, the list is closed.
pub fn read_keys(ctx: &egui::Context) {
    let shown = ctx
        .data_mut(|d| d.remove_temp::<bool>(shown_id()))
        .unwrap_or(false);
    let mut now = state(ctx);
    if !shown {
        if now.open {
            set_state(ctx, State::default());
        }
        return;
    }
    ctx.input_mut(|i| {
        if i.consume_key(Modifiers::NONE, OTHER_KEY) {
            now = State {
                open: !now.open,
                page: 0,
            };
        } else if now.open {
            if i.consume_key(Modifiers::NONE, Key::Escape) {
                now.open = false;
            }
            for key in [Key::ArrowLeft, Key::PageUp] {
                if i.consume_key(Modifiers::NONE, key) {
                    now.page = now.page.saturating_sub(1);
                }
            }
            for key in [Key::ArrowRight, Key::PageDown] {
                if i.consume_key(Modifiers::NONE, key) {
                    now.page = now.page.saturating_add(1);
                }
            }
        }
    });
    set_state(ctx, now);
}

/// The members of the chosen pie's "Other", largest first: the slices of
/// the pie with every slice (the first of `step_pies`) that the chosen one
/// does not name. Empty where the chosen pie is the first (no "Other").
pub fn members(shown: &BlendView, chosen: usize) -> Vec<&ChartItem> {
    let (Some(all), Some(pie)) = (shown.step_pies.first(), shown.step_pies.get(chosen)) else {
        return Vec::new();
    };
    if chosen == 0 {
        return Vec::new();
    }
    let named = pie.items.split_last().map_or(&[][..], |(_, named)| named);
    let mut out: Vec<&ChartItem> = all
        .items
        .iter()
        .filter(|i| !named.iter().any(|n| n.name == i.name))
        .collect();
    out.sort_by(|a, b| b.share.total_cmp(&a.share));
    out
}

/// The pages: each a list of columns, each the members' indices in it.
type Pages = Vec<Vec<Vec<usize>>>;

/// Draws the list of `members` of `other` (the "Other (N)" row's name)
/// in the room left, in the projected screen's `sizes`.
pub fn list_ui(
    ui: &mut Ui,
    other: &str,
    members: &[&ChartItem],
    sizes: &theme::TextSizes,
    lang: Lang,
) {
    let ctx = ui.ctx().clone();
    let tokens = theme::tokens(&ctx);
    let font = FontId::proportional(sizes.body_pt);
    let title = tr_args(lang, "blend-other-title", &[("other", Arg::Text(other))]);
    ui.add(
        egui::Label::new(
            RichText::new(title)
                .size(sizes.body_pt * 1.25)
                .strong()
                .color(tokens.strong_text),
        )
        .wrap(),
    );
    let line_at = ui.cursor().top();
    // The page line goes at the bottom; its room is kept.
    let line_h = sizes.small_pt * 1.4;
    let room = vec2(
        ui.available_width(),
        ui.available_height() - line_h - PAD_PT,
    );
    let (columns, pages) = arrange(ui, members, &font, room);
    let mut now = state(&ctx);
    now.page = now.page.min(pages.len().saturating_sub(1));
    set_state(&ctx, now);
    let column_w = column_width(room.x, columns).min(widest_row(ui, members, &font));
    ui.allocate_ui_with_layout(room, Layout::left_to_right(Align::Min), |ui| {
        ui.spacing_mut().item_spacing = vec2(GAP_PT, 0.0);
        for column in pages.get(now.page).map_or(&[][..], Vec::as_slice) {
            ui.allocate_ui_with_layout(
                vec2(column_w, room.y),
                Layout::top_down(Align::Min),
                |ui| {
                    ui.spacing_mut().item_spacing = vec2(0.0, 0.0);
                    for item in column.iter().filter_map(|&k| members.get(k)) {
                        row_ui(ui, item, &font, column_w);
                    }
                },
            );
        }
    });
    let turn = format!(
        "{} / {}",
        key_name(Key::ArrowLeft, lang),
        key_name(Key::ArrowRight, lang)
    );
    let key = key_name(OTHER_KEY, lang);
    let page = if pages.len() > 1 {
        tr_args(
            lang,
            "blend-other-page",
            &[
                ("page", Arg::from(now.page + 1)),
                ("pages", Arg::from(pages.len())),
                ("turn", Arg::Text(&turn)),
                ("key", Arg::Text(&key)),
            ],
        )
    } else {
        tr_args(lang, "blend-other-close", &[("key", Arg::Text(&key))])
    };
    let bottom = line_at + room.y + PAD_PT;
    let line = egui::Rect::from_min_size(
        egui::pos2(ui.max_rect().left(), bottom),
        vec2(ui.available_width().max(1.0), line_h),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(line), |ui| {
        ui.add(
            egui::Label::new(RichText::new(page).size(sizes.small_pt).color(tokens.text)).wrap(),
        );
    });
}

/// The widest member's row with its name on one line: no column is wider
/// (the share stays near its name).
fn widest_row(ui: &Ui, members: &[&ChartItem], font: &FontId) -> f32 {
    members
        .iter()
        .map(|i| {
            text_w(ui, &i.name, font)
                + text_w(ui, &i.percent_label, font)
                + swatch_pt(font)
                + 6.0 * PAD_PT
        })
        .fold(0.0, f32::max)
}

fn column_width(width: f32, columns: usize) -> f32 {
    let n = columns.max(1) as f32;
    ((width - GAP_PT * (n - 1.0)) / n).max(1.0)
}

/// The columns and pages that show `members` in `room` with every word
/// whole: the fewest pages, then the fewest columns.
fn arrange(ui: &Ui, members: &[&ChartItem], font: &FontId, room: egui::Vec2) -> (usize, Pages) {
    let mut best: Option<(usize, Pages)> = None;
    for columns in 1..=MAX_COLUMNS {
        let column_w = column_width(room.x, columns);
        // More columns are only narrower: stop where a word would break.
        if columns > 1 && !words_fit(ui, members, font, column_w) {
            break;
        }
        let mut pages: Pages = Vec::new();
        let mut page: Vec<Vec<usize>> = Vec::new();
        let mut column: Vec<usize> = Vec::new();
        let mut used = 0.0;
        for (k, item) in members.iter().enumerate() {
            let h = row_height(ui, item, font, column_w);
            if !column.is_empty() && used + h > room.y {
                page.push(std::mem::take(&mut column));
                used = 0.0;
                if page.len() == columns {
                    pages.push(std::mem::take(&mut page));
                }
            }
            column.push(k);
            used += h;
        }
        if !column.is_empty() {
            page.push(column);
        }
        if !page.is_empty() {
            pages.push(page);
        }
        if best.as_ref().is_none_or(|(_, b)| pages.len() < b.len()) {
            best = Some((columns, pages));
        }
    }
    best.unwrap_or((1, Vec::new()))
}

fn text_w(ui: &Ui, text: &str, font: &FontId) -> f32 {
    ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE))
        .size()
        .x
}

fn swatch_pt(font: &FontId) -> f32 {
    theme::SWATCH_PT * font.size / theme::BODY_PT
}

/// How wide a member's name may be in a column `column_w` wide.
fn name_wrap(ui: &Ui, item: &ChartItem, font: &FontId, column_w: f32) -> f32 {
    let percent = text_w(ui, &item.percent_label, font);
    (column_w - swatch_pt(font) - percent - 4.0 * PAD_PT).max(1.0)
}

/// Whether every member's longest word fits the width its name has.
fn words_fit(ui: &Ui, members: &[&ChartItem], font: &FontId, column_w: f32) -> bool {
    members.iter().all(|i| {
        let wrap = name_wrap(ui, i, font, column_w);
        i.name
            .split_whitespace()
            .all(|w| text_w(ui, w, font) <= wrap)
    })
}

fn row_height(ui: &Ui, item: &ChartItem, font: &FontId, column_w: f32) -> f32 {
    let wrap = name_wrap(ui, item, font, column_w);
    ui.fonts_mut(|f| f.layout(item.name.clone(), font.clone(), egui::Color32::WHITE, wrap))
        .size()
        .y
        + PAD_PT
}

/// One member: swatch, name wrapped to the column, share at the right.
/// Size, allocate, describe, paint.
fn row_ui(ui: &mut Ui, item: &ChartItem, font: &FontId, column_w: f32) {
    let tokens = theme::tokens(ui.ctx());
    let wrap = name_wrap(ui, item, font, column_w);
    let name =
        ui.fonts_mut(|f| f.layout(item.name.clone(), font.clone(), tokens.strong_text, wrap));
    let percent = ui.fonts_mut(|f| {
        f.layout_no_wrap(item.percent_label.clone(), font.clone(), tokens.strong_text)
    });
    let (rect, response) =
        ui.allocate_exact_size(vec2(column_w, name.size().y + PAD_PT), Sense::hover());
    let label = format!("{}, {}", item.name, item.percent_label);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, &label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let side = swatch_pt(font);
        let top = rect.top() + PAD_PT / 2.0;
        let swatch = egui::Rect::from_center_size(
            egui::pos2(rect.left() + side / 2.0, top + font.size * 0.6),
            vec2(side, side),
        );
        swatch_ui(painter, swatch, item.colour, tokens.background);
        painter.galley(
            egui::pos2(swatch.right() + PAD_PT, top),
            name,
            tokens.strong_text,
        );
        painter.galley(
            egui::pos2(rect.right() - PAD_PT - percent.size().x, top),
            percent,
            tokens.strong_text,
        );
    }
}
