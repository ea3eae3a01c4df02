//! The baking/cooking balance under the pie: a bar of the whole recipe in
//! baking, cooking and untagged parts, with the numbers, and the advice
//! from the organisation profile when there is one.

use egui::{Color32, Sense, Ui, vec2};

use super::AppView;
use crate::app::theme;
use crate::app::words::{advice_sentence, tag_label, verdict_word};
use crate::i18n::{Arg, Lang, number, tr, tr_args};
use crate::recipe::Tag;
use crate::recipe::advice::Advice;
use crate::recipe::advice::Verdict;
use crate::recipe::shown::BalanceNumbers;
use crate::recipe::tag::Balance;

/// One piece of the line under the bar: a part with its swatch, or the
/// verdict in its colour.
struct Piece {
    text: String,
    swatch: Option<Color32>,
    colour: Color32,
    hover: Option<String>,
}

/// Draws the balance bar and the advice.
pub fn balance_ui(ui: &mut Ui, view: &AppView<'_>) {
    balance_fitted_ui(ui, view, false);
}

/// The balance and the advice in full, however narrow the panel: the parts
/// flow onto more lines and the sentence wraps onto as many as it needs
/// (in a scrolling panel, as the zoomed editor's chart is).
pub fn balance_whole_ui(ui: &mut Ui, view: &AppView<'_>) {
    balance_fitted_ui(ui, view, true);
}

fn balance_fitted_ui(ui: &mut Ui, view: &AppView<'_>, whole: bool) {
    if view.derived.shares.is_none() {
        return;
    }
    let advice = view.derived.advice.as_ref();
    let fit = Fit {
        decimals: view.settings.decimals,
        whole,
    };
    balance_fitted_of_ui(ui, view.lang, view.derived.balance, advice, fit);
}

/// How a balance is drawn: its figures' decimals, and whether the advice is
/// always the whole sentence (a scrolling panel) or fitted to the width.
#[derive(Clone, Copy)]
struct Fit {
    decimals: u8,
    whole: bool,
}

/// Draws the bar and the advice of any balance (the open recipe's, or the
/// team's on the blend screen), its figures from `recipe::shown` in the
/// window's format: the verdict and the bar say the same baking share.
pub fn balance_of_ui(ui: &mut Ui, lang: Lang, b: Balance, advice: Option<&Advice>) {
    let fit = Fit {
        decimals: 1,
        whole: false,
    };
    balance_fitted_of_ui(ui, lang, b, advice, fit);
}

fn balance_fitted_of_ui(ui: &mut Ui, lang: Lang, b: Balance, advice: Option<&Advice>, fit: Fit) {
    let tokens = theme::tokens(ui.ctx());
    let parts = [
        (b.baking, tag_label(lang, Tag::Baking), tokens.baking),
        (b.cooking, tag_label(lang, Tag::Cooking), tokens.cooking),
        (b.untagged, tr(lang, "tag-untagged"), tokens.untagged),
    ];
    // The bar and swatches grow with the text (presentation mode).
    let body_pt = egui::TextStyle::Body.resolve(ui.style()).size;
    let swatch_pt = theme::SWATCH_PT * body_pt / theme::BODY_PT;
    // Each part rounded on its own, the baking share as the verdict writes
    // it (`recipe::shown`): one third reads 33.3 %, never 33.4 %.
    let numbers = BalanceNumbers::of(&b, fit.decimals, advice);
    let percents =
        [numbers.baking, numbers.cooking, numbers.untagged].map(|n| number::localise(lang, &n));
    let width = ui.available_width();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, 12.0 * body_pt / theme::BODY_PT), Sense::hover());
    let mut x = rect.left();
    for (share, _, colour) in &parts {
        let (share, colour) = (*share, *colour);
        let w = (share as f32) * rect.width();
        if w > 0.0 {
            let piece =
                egui::Rect::from_min_size(egui::pos2(x, rect.top()), vec2(w, rect.height()));
            ui.painter().rect_filled(piece, 0.0, colour);
            x += w;
        }
    }
    let text_colour = ui.visuals().text_color();
    let pieces: Vec<Piece> = parts
        .iter()
        .zip(&percents)
        .map(|((_, label, colour), p)| Piece {
            // Each figure already in the window's format.
            text: format!("{label} {p} %"),
            swatch: Some(*colour),
            colour: text_colour,
            hover: None,
        })
        .collect();
    let summary: Vec<&str> = pieces.iter().map(|p| p.text.as_str()).collect();
    let summary = summary.join(" · ");
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &summary));

    // Beside a wide pie the advice is a whole sentence; beside a narrow one
    // (a zoomed window) the verdict joins the parts' line, so that the pie
    // keeps its room, and the sentence shows on hover (and in the Profile
    // tab).
    let whole = fit.whole;
    let wide = whole || width >= 26.0 * body_pt;
    let advice = advice.map(|advice| {
        let colour = match advice.verdict(b.baking) {
            Verdict::Inside => tokens.good,
            Verdict::Under | Verdict::Over => tokens.warning,
        };
        let (low, high) = (
            format!("{:.0}", advice.low * 100.0),
            format!("{:.0}", advice.high * 100.0),
        );
        let verdict = verdict_word(lang, advice.verdict(b.baking));
        let short = tr_args(
            lang,
            "balance-suggested",
            &[
                ("low", Arg::Text(&low)),
                ("high", Arg::Text(&high)),
                ("verdict", Arg::Text(&verdict)),
            ],
        );
        (
            advice_sentence(lang, advice, b.baking, fit.decimals),
            short,
            colour,
        )
    });
    if !wide {
        // The parts and the short verdict, wrapped onto a second line
        // where they do not fit on one (never cut: "over" is the word the
        // room needs); the whole sentence on hover.
        let (line, hover, colour) = match &advice {
            Some((sentence, short, verdict_colour)) => (
                format!("{summary} · {short}"),
                format!("{summary}\n{sentence}"),
                *verdict_colour,
            ),
            None => (summary.clone(), summary.clone(), text_colour),
        };
        ui.add(egui::Label::new(egui::RichText::new(line).color(colour)).wrap())
            .on_hover_text(hover);
        return;
    }
    flow_ui(ui, &pieces, swatch_pt);
    if let Some((sentence, _, colour)) = advice
        && wide
    {
        // Wrapped onto as many lines as it needs: a verdict cut with "…"
        // hides the very number a facilitator reads out (at 1280×800 the
        // English sentence takes three lines beside the pie).
        let job = egui::text::LayoutJob::simple(
            sentence.clone(),
            egui::TextStyle::Body.resolve(ui.style()),
            colour,
            ui.available_width(),
        );
        ui.add(egui::Label::new(job)).on_hover_text(sentence);
    }
}

/// Lays the pieces out in rows as wide as the panel; a piece moves to the
/// next row whole, its swatch with it.
fn flow_ui(ui: &mut Ui, pieces: &[Piece], swatch_pt: f32) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let gap = ui.spacing().item_spacing.x;
    let room = ui.available_width();
    let mut rows: Vec<Vec<&Piece>> = vec![Vec::new()];
    let mut used = 0.0;
    for piece in pieces {
        let text_width = ui
            .fonts_mut(|f| f.layout_no_wrap(piece.text.clone(), font.clone(), piece.colour))
            .size()
            .x;
        // The swatch and its spacing, the text, and the space after it.
        let width = text_width + piece.swatch.map_or(0.0, |_| swatch_pt + gap) + 2.0 * gap;
        if used > 0.0 && used + width > room {
            rows.push(Vec::new());
            used = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push(piece);
        }
        used += width;
    }
    for row in rows {
        ui.horizontal(|ui| {
            for piece in row {
                if let Some(colour) = piece.swatch {
                    let (swatch, _) =
                        ui.allocate_exact_size(vec2(swatch_pt, swatch_pt), Sense::hover());
                    ui.painter().rect_filled(swatch, 0.0, colour);
                }
                let label = ui.colored_label(piece.colour, piece.text.as_str());
                if let Some(hover) = &piece.hover {
                    label.on_hover_text(hover.as_str());
                }
                ui.add_space(gap);
            }
        });
    }
}
