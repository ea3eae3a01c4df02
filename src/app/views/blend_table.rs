//! The blend's table: one row per ingredient, the most disputed first —
//! its colour and name, the team's kind, the mean, the spread as a bar
//! (smallest to largest share, the mean marked), the standard deviation,
//! and who named it. Under each row, its range in numbers, the spellings
//! counted as it and, where the participants disagree, how its tag was
//! decided. "2 of 3" opens the row: each participant's share, tag,
//! spelling and note, and who did not name it.
//!
//! Rows are drawn only while in view, each at the height it had when last
//! drawn. Which rows are open and their heights are kept by the
//! ingredient's key in egui's memory, and the scroll position by the
//! scroll area's id, so a blend made again (a new participant's answer)
//! keeps them.

use std::collections::{HashMap, HashSet};

use egui::{Align, Layout, RichText, Sense, Ui, vec2};

use super::a11y::named;
use super::blend_bar::range_bar_ui;
use super::legend::swatch_ui;
use super::widgets::{TABLE_PT, cell};
use crate::app::derived::blend::{BlendLine, BlendView};
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::blend::BlendRow;

/// The spread bar: a fifth of the table, within these.
const BAR_PT: std::ops::RangeInclusive<f32> = 100.0..=220.0;
/// The name column is never narrower than this.
const NAME_MIN_PT: f32 = 150.0;
/// The space between rows.
const ROW_GAP_PT: f32 = 6.0;
/// How far the lines under a row are indented (past the swatch).
const INDENT_PT: f32 = 28.0;
/// The space after each cell's text.
const CELL_PAD_PT: f32 = 14.0;

/// The columns' widths: the kind, mean, deviation and named-by columns as
/// wide as their longest text in this language, the bar a fifth of the
/// table (none in a narrow window where the name would be narrower than
/// its least), the name
/// the rest. Every cell keeps to its width, so the table
/// never widens its panel.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Columns {
    name: f32,
    kind: f32,
    mean: f32,
    bar: f32,
    sd: f32,
    named: f32,
    /// Laid out in a narrow window's column (`table_inline_ui`).
    inline: bool,
}

impl Columns {
    /// The widths for a table `width` wide (the texts measured once per
    /// blend and language, kept in egui's memory).
    fn new(ui: &Ui, shown: &BlendView, headers: &[String; 6], width: f32, narrow: bool) -> Self {
        type Cached = (u64, [f32; 5]);
        let id = egui::Id::unique("blend-column-widths");
        let measured = match ui.data(|d| d.get_temp::<Cached>(id)) {
            Some((g, widths)) if g == shown.generation => widths,
            _ => {
                let widths = measure(ui, shown, headers);
                ui.data_mut(|d| d.insert_temp::<Cached>(id, (shown.generation, widths)));
                widths
            }
        };
        let [kind, mean, sd, named, spread] = measured;
        let bar = (width * 0.2)
            .clamp(*BAR_PT.start(), *BAR_PT.end())
            .max(spread);
        let gaps = 6.0 * ui.spacing().item_spacing.x;
        let others = kind + mean + sd + named + gaps;
        // In a narrow (zoomed) window, where the name would fall under its
        // least, the bar gives way: each row says its range in numbers.
        let bar = if narrow && width - others - bar < NAME_MIN_PT {
            0.0
        } else {
            bar
        };
        let fixed = others + bar;
        Self {
            name: (width - fixed).max(NAME_MIN_PT),
            kind,
            mean,
            bar,
            sd,
            named,
            inline: narrow,
        }
    }
}

/// The widest text of the kind, mean, deviation and named-by columns,
/// headers included, and the spread's header.
fn measure(ui: &Ui, shown: &BlendView, headers: &[String; 6]) -> [f32; 5] {
    let cell_font = egui::FontId::proportional(TABLE_PT);
    let header_font = egui::FontId::proportional(theme::BODY_PT);
    let width = |text: &str, font: &egui::FontId| {
        ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE))
            .size()
            .x
    };
    let button = 2.0 * ui.spacing().button_padding.x;
    let column = |header: &str, cells: &mut dyn Iterator<Item = &str>, extra: f32| {
        cells
            .map(|t| width(t, &cell_font) + extra)
            .fold(width(header, &header_font), f32::max)
            + CELL_PAD_PT
    };
    let lines = &shown.lines;
    [
        column(&headers[1], &mut lines.iter().map(|l| l.kind.as_str()), 0.0),
        column(&headers[2], &mut lines.iter().map(|l| l.mean.as_str()), 0.0),
        column(&headers[4], &mut lines.iter().map(|l| l.sd.as_str()), 0.0),
        column(
            &headers[5],
            &mut lines.iter().map(|l| l.named.as_str()),
            button,
        ),
        width(&headers[3], &header_font) + CELL_PAD_PT,
    ]
}

/// Where egui keeps which rows are open (a set of matching keys).
pub fn open_id() -> egui::Id {
    egui::Id::unique("blend-open-rows")
}

/// Where egui keeps how far the table is scrolled, as last drawn.
pub fn offset_id() -> egui::Id {
    egui::Id::unique("blend-rows-offset")
}

/// The header and the rows in view, the rows in a scroll area of their own.
pub fn table_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang) {
    header_and_rows_ui(ui, team, shown, lang, false);
}

/// The header and every row, laid out in the column that holds them (a
/// narrow window's, which scrolls): only the rows in view are drawn.
pub fn table_inline_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang) {
    header_and_rows_ui(ui, team, shown, lang, true);
}

fn header_and_rows_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, lang: Lang, inline: bool) {
    let top = Arg::Text(&shown.top);
    let headers = [
        tr(lang, "table-ingredient"),
        tr(lang, "blend-kind"),
        tr(lang, "blend-mean"),
        tr_args(lang, "blend-spread", &[("top", top)]),
        tr(lang, "blend-sd"),
        tr(lang, "blend-named-by"),
    ];
    let columns = Columns::new(ui, shown, &headers, ui.available_width(), inline);
    let widths = [
        columns.name,
        columns.kind,
        columns.mean,
        columns.bar,
        columns.sd,
        columns.named,
    ];
    ui.horizontal(|ui| {
        for (header, width) in headers.iter().zip(widths) {
            if width <= 0.0 {
                continue;
            }
            sized(ui, width, |ui| {
                let text = RichText::new(header.as_str()).size(theme::BODY_PT);
                ui.add(egui::Label::new(text).truncate());
            });
        }
    });
    rows_ui(ui, team, shown, columns, lang);
}

/// The rows in view, each at the height it had when last drawn.
fn rows_ui(ui: &mut Ui, team: &TeamBlend, shown: &BlendView, columns: Columns, lang: Lang) {
    let heights_id = egui::Id::unique("blend-row-heights");
    let mut heights: HashMap<String, f32> = ui.data(|d| d.get_temp(heights_id)).unwrap_or_default();
    let mut open: HashSet<String> = ui.data(|d| d.get_temp(open_id())).unwrap_or_default();
    let guess = TABLE_PT * 1.4 + theme::BODY_PT * 1.4 + ROW_GAP_PT;
    let mut tops = Vec::with_capacity(shown.lines.len() + 1);
    let mut y = 0.0;
    for line in &shown.lines {
        tops.push(y);
        y += heights.get(&line.key).copied().unwrap_or(guess);
    }
    let total = y;
    let mut measured = Vec::new();
    let mut toggled = None;
    let mut draw = |ui: &mut Ui, viewport: egui::Rect| {
        ui.set_height(total);
        let origin = ui.max_rect().min;
        let width = ui.available_width();
        let first = tops
            .partition_point(|&t| t <= viewport.min.y)
            .saturating_sub(1);
        for i in first..shown.lines.len() {
            let (Some(&top), Some(line), Some(row)) =
                (tops.get(i), shown.lines.get(i), team.blend.rows.get(i))
            else {
                break;
            };
            if top > viewport.max.y {
                break;
            }
            let rect =
                egui::Rect::from_min_size(origin + vec2(0.0, top), vec2(width, f32::INFINITY));
            let is_open = open.contains(&line.key);
            let row_view = RowView {
                row,
                line,
                shown,
                columns,
                open: is_open,
                stripe: i % 2 == 1,
            };
            let (height, clicked) = row_ui(ui, &row_view, rect, lang);
            if clicked {
                toggled = Some(line.key.clone());
            }
            measured.push((line.key.clone(), height));
        }
    };
    if columns.inline {
        // The rows in view are those under the column's clip.
        let size = vec2(ui.available_width(), total);
        ui.allocate_ui_with_layout(size, Layout::top_down(Align::Min), |ui| {
            let viewport = ui.clip_rect().translate(-ui.max_rect().min.to_vec2());
            draw(ui, viewport);
        });
    } else {
        let scrolled = egui::ScrollArea::vertical()
            .id_salt("blend-rows")
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| draw(ui, viewport));
        // Where the table is scrolled to, for whoever asks (a test of a
        // blend made again): egui keeps the offset itself, by the area's id.
        let offset = scrolled.state.clamped_offset().y;
        ui.data_mut(|d| d.insert_temp(offset_id(), offset));
    }
    let mut changed = false;
    for (key, h) in measured {
        if heights.get(&key).is_none_or(|old| (old - h).abs() > 0.5) {
            heights.insert(key, h);
            changed = true;
        }
    }
    if let Some(key) = toggled {
        if !open.remove(&key) {
            open.insert(key);
        }
        ui.data_mut(|d| d.insert_temp(open_id(), open));
        changed = true;
    }
    if changed {
        // Laid out with a guessed height: this pass again with the real one
        // (within the frame, so nothing jumps on screen).
        ui.data_mut(|d| d.insert_temp(heights_id, heights));
        ui.ctx().request_discard("a blend row's height changed");
    }
}

/// What one row draws from.
struct RowView<'a> {
    row: &'a BlendRow,
    line: &'a BlendLine,
    shown: &'a BlendView,
    columns: Columns,
    open: bool,
    stripe: bool,
}

/// One row at the top of `rect`, striped every other row; returns its
/// height and whether its named-by button was clicked.
fn row_ui(ui: &mut Ui, view: &RowView<'_>, rect: egui::Rect, lang: Lang) -> (f32, bool) {
    let RowView {
        row,
        line,
        shown,
        columns,
        open,
        stripe,
    } = *view;
    let background = ui.painter().add(egui::Shape::Noop);
    let mut clicked = false;
    let inner = ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(rect)
            .id_salt(("blend-row", &line.key)),
        |ui| {
            ui.spacing_mut().item_spacing.y = 2.0;
            ui.horizontal(|ui| {
                name_ui(ui, line, columns.name);
                sized(ui, columns.kind, |ui| {
                    let tokens = theme::tokens(ui.ctx());
                    let mut kind = cell(&line.kind);
                    if line.disputed {
                        kind = kind.color(tokens.warning);
                    }
                    ui.add(egui::Label::new(kind).truncate())
                        .on_hover_text(&line.tag_decision);
                });
                sized(ui, columns.mean, |ui| {
                    ui.add(egui::Label::new(cell(&line.mean)).truncate());
                });
                if columns.bar > 0.0 {
                    sized(ui, columns.bar, |ui| {
                        range_bar_ui(ui, row, line, shown.scale, columns.bar);
                    });
                }
                sized(ui, columns.sd, |ui| {
                    ui.add(egui::Label::new(cell(&line.sd)).truncate());
                });
                sized(ui, columns.named, |ui| {
                    let button = egui::Button::new(cell(&line.named)).selected(open);
                    let response = named(ui.add(button), &line.who_label)
                        .on_hover_text(tr(lang, "blend-who-named-hint"));
                    clicked = response.clicked();
                });
            });
            let indent = |ui: &mut Ui, text: &str| {
                ui.horizontal(|ui| {
                    ui.add_space(INDENT_PT);
                    ui.add(egui::Label::new(RichText::new(text)).wrap());
                });
            };
            ui.horizontal_wrapped(|ui| {
                ui.add_space(INDENT_PT);
                ui.label(tr(lang, "blend-range"));
                ui.label(RichText::new(&line.range).strong());
                if !line.under.is_empty() {
                    ui.label(format!("· {}", line.under));
                }
            });
            if open {
                for voice in &line.voices {
                    let text = format!("{} — {} · {}", voice.who, voice.share, voice.detail);
                    indent(ui, &text);
                }
                if let Some(missing) = &line.not_named {
                    indent(ui, missing);
                }
            }
            ui.add_space(ROW_GAP_PT);
        },
    );
    let drawn = inner.response.rect;
    if stripe {
        let fill = ui.visuals().faint_bg_color;
        ui.painter()
            .set(background, egui::Shape::rect_filled(drawn, 0.0, fill));
    }
    (drawn.height(), clicked)
}

/// The name cell: the swatch (with an edge where its colour is close to
/// the background, as the pie's slices have), then the name wrapped to the
/// column, never cut; the row grows for a second line.
fn name_ui(ui: &mut Ui, line: &BlendLine, width: f32) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        vec2(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            let side = theme::SWATCH_PT;
            let (rect, _) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
            let background = theme::tokens(ui.ctx()).background;
            swatch_ui(ui.painter(), rect, line.colour.rgb(), background);
            let rest = ui.available_width();
            ui.allocate_ui_with_layout(vec2(rest, height), Layout::top_down(Align::Min), |ui| {
                ui.set_width(rest);
                ui.add(egui::Label::new(cell(&line.name)).wrap());
            });
        },
    );
}

/// A cell of a fixed width.
fn sized(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(
        vec2(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}
