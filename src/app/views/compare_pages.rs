//! The projected compare a page at a time, where both pies and a legend
//! naming every ingredient do not fit one screen at projector size (20
//! ingredients under 1080 lines): A's pie with its legend, B's pie with
//! its legend, then every ingredient with A, B and the change in large
//! type (on as many pages as they need). ←/→ (and a remote's Page
//! Up/Down) step through the pages; a line over each page says which it
//! is and how many there are. Which page is
//! shown is kept in egui's memory, as the key help's state is.

use egui::{Key, Modifiers, RichText, Ui};

use super::blend_legend::plan_for;
use super::compare_fit::cached_table;
use super::compare_legend::legend_ui;
use super::projected::help_open;
use super::projected_pie::pie_and_legend_ui;
use crate::app::command::bindings::key_name;
use crate::app::derived::workshop::{CompareView, PieData};
use crate::app::theme;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// A's page and B's, before the changes' pages.
const PIE_PAGES: usize = 2;

fn page_id() -> egui::Id {
    egui::Id::unique("cx-compare-projected-page")
}

fn paged_id() -> egui::Id {
    egui::Id::unique("cx-compare-projected-paged")
}

/// The page shown (0: A, 1: B, then the changes) of `pages`.
fn page(ctx: &egui::Context, pages: usize) -> usize {
    ctx.data(|d| d.get_temp::<usize>(page_id()))
        .unwrap_or(0)
        .min(pages.saturating_sub(1))
}

/// Whether the last frame showed the compare a page at a time (for the
/// key help, which is named before the page is laid out).
pub fn was_paged(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(paged_id()))
        .unwrap_or(false)
}

/// Notes whether this frame shows pages.
pub fn set_paged(ctx: &egui::Context, paged: bool) {
    ctx.data_mut(|d| d.insert_temp(paged_id(), paged));
}

/// ←/→ and Page Up/Down: the previous or the next of `pages` (none past
/// the first or the last). Not read while the key help is open.
fn read_page_keys(ctx: &egui::Context, pages: usize) {
    if help_open(ctx) {
        return;
    }
    let (back, on) = ctx.input_mut(|i| {
        let mut count = |key: Key| i.count_and_consume_key(Modifiers::NONE, key);
        (
            count(Key::ArrowLeft) + count(Key::PageUp),
            count(Key::ArrowRight) + count(Key::PageDown),
        )
    });
    if back == 0 && on == 0 {
        return;
    }
    let to = (page(ctx, pages) + on)
        .saturating_sub(back)
        .min(pages.saturating_sub(1));
    ctx.data_mut(|d| d.insert_temp(page_id(), to));
}

/// The keys that step through the pages, as the key help names them.
pub fn page_keys_text(lang: Lang) -> String {
    format!(
        "{} / {}",
        key_name(Key::ArrowLeft, lang),
        key_name(Key::ArrowRight, lang)
    )
}

/// The line over a page: "Page 1 of 3 · A · Our recipe · Left / Right".
fn indicator_text(lang: Lang, page: usize, pages: usize, what: &str) -> String {
    tr_args(
        lang,
        "compare-page",
        &[
            ("number", Arg::from(page + 1)),
            ("count", Arg::from(pages)),
            ("what", Arg::Text(what)),
            ("keys", Arg::Text(&page_keys_text(lang))),
        ],
    )
}

/// Draws the page shown after reading ←/→: its line, then A's or B's pie
/// with its legend, or a page of the changes.
pub fn pages_ui(ui: &mut Ui, shown: &CompareView, headings: &[String; 2], lang: Lang) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let tokens = theme::tokens(ui.ctx());
    let width = ui.available_width();
    let spacing = ui.spacing().item_spacing.y;
    let line = |page: usize, pages: usize| {
        let what = match headings.get(page) {
            Some(heading) => heading.clone(),
            None => tr(lang, "compare-page-changes"),
        };
        let text = RichText::new(indicator_text(lang, page, pages, &what))
            .strong()
            .color(tokens.strong_text);
        egui::WidgetText::from(text).into_galley(
            ui,
            Some(egui::TextWrapMode::Wrap),
            width,
            egui::TextStyle::Body,
        )
    };
    // The changes share what the page's line leaves (the same height on
    // every page: the longest "what" is measured).
    let line_h = (0..=PIE_PAGES)
        .map(|p| line(p, PIE_PAGES + 1).size().y)
        .fold(0.0, f32::max);
    let room = egui::vec2(width, ui.available_height() - line_h - 2.0 * spacing);
    let table = cached_table(ui, shown, &font, room, lang);
    let pages = PIE_PAGES + table.pages;
    read_page_keys(ui.ctx(), pages);
    let page = page(ui.ctx(), pages);
    let galley = line(page, pages);
    ui.add(egui::Label::new(galley));
    ui.add_space(spacing);
    match shown.pies.get(page) {
        Some(pie) => pie_page_ui(ui, pie, page),
        None => {
            let per_page = table.shape.rows * table.shape.columns;
            let first = (page - PIE_PAGES) * per_page;
            let lines = shown.lines.get(first..).unwrap_or_default();
            let lines = lines.get(..per_page.min(lines.len())).unwrap_or_default();
            legend_ui(ui, lines, &table.shape, lang);
        }
    }
}

/// One recipe's pie and its legend, as large as the space allows.
fn pie_page_ui(ui: &mut Ui, pie: &PieData, page: usize) {
    if pie.items.iter().all(|i| i.share <= 0.0) {
        ui.label(RichText::new(pie.empty.as_str()));
        return;
    }
    let room = ui.available_size();
    let id = egui::Id::unique("cx-compare-page-plan").with(page);
    let key = (pie.generation, room.x.to_bits(), room.y.to_bits());
    type Cached = ((u64, u32, u32), super::blend_legend::Plan);
    let plan = match ui.data(|d| d.get_temp::<Cached>(id)) {
        Some((k, plan)) if k == key => plan,
        _ => {
            let plan = plan_for(ui, &pie.items, pie.reach(), room);
            ui.data_mut(|d| d.insert_temp::<Cached>(id, (key, plan)));
            plan
        }
    };
    ui.push_id(("compare-page-pie", page), |ui| {
        pie_and_legend_ui(ui, pie, plan, egui::Role::ListBoxOption);
    });
}
