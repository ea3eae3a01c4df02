//! The compare screen: the open recipe (A) and another (B) as two pies side
//! by side, each ingredient in the same colour on both, and a table of what
//! changed in percentage points, the largest change first. Also the pieces
//! the blend screen shares: the bar with the way back, a pie with its title,
//! a colour swatch.

use egui::{Align, Layout, RichText, Ui};

use super::AppView;
use super::banner::banner_ui;
use super::pie::{PieView, pie_ui};
use crate::app::command::Command;
use crate::app::screen::ScreenOutput;
use crate::app::theme;
use crate::app::words::title_or_untitled;
use crate::chart::PieChart;
use crate::chart::geometry::{self, Slice};
use crate::i18n::{Arg, Lang, tr, tr_args};
use crate::recipe::diff::{Diff, Presence};
use crate::recipe::shares::{RoundedPercent, rounded_percentages};
use crate::recipe::{Colour, Recipe};

/// The pies' titles: larger than headings, to read from the back of a room.
pub const PIE_TITLE_PT: f32 = 30.0;
/// The tables' text: larger than body text, for the back of a room.
pub const TABLE_PT: f32 = 21.0;

/// The space between table rows.
const ROW_GAP_PT: f32 = 8.0;
/// The width of the heading beside the table of changes.
const TABLE_SIDE_PT: f32 = 460.0;

/// A table cell's text: large and in the strongest text colour.
pub fn cell(text: impl Into<String>) -> RichText {
    RichText::new(text).size(TABLE_PT).strong()
}

/// A column's name: smaller and quieter than the cells under it.
pub fn header_cell(text: &str) -> RichText {
    RichText::new(text).size(theme::BODY_PT).weak()
}

/// Draws the compare screen.
pub fn compare_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) -> ScreenOutput {
    let lang = view.lang;
    egui::Panel::top("compare-bar").show(ui, |ui| {
        bar_ui(ui, &tr(lang, "compare-title"), lang, out, |_, _| {});
    });
    banner_ui(ui, view.message, view.lang, out);
    let Some(comparison) = view.compare else {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label(tr(lang, "compare-nothing"));
        });
        return ScreenOutput::default();
    };
    let current = &view.doc.recipe;
    let other = comparison.other_coloured(current);
    let diff = comparison.diff(current);
    let decimals = view.settings.decimals;
    // Below the pies, as tall as the rows need, up to 45 % of the window:
    // the pies keep their size whatever the number of ingredients.
    let row_pt = TABLE_PT * 1.3 + ROW_GAP_PT;
    let wanted = row_pt * (diff.rows.len() + 1) as f32 + 40.0;
    egui::Panel::bottom("compare-table")
        .resizable(true)
        .default_size(wanted.min(ui.available_height() * 0.45))
        .min_size(120.0)
        .show(ui, |ui| {
            ui.add_space(10.0);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(TABLE_SIDE_PT);
                    ui.add(
                        egui::Label::new(RichText::new(tr(lang, "compare-changes")).heading())
                            .wrap(),
                    );
                    ui.add(
                        egui::Label::new(RichText::new(tr(lang, "compare-changes-how")).weak())
                            .wrap(),
                    );
                    zero_total_notes_ui(ui, &diff, lang);
                });
                ui.separator();
                egui::ScrollArea::vertical()
                    .id_salt("compare-rows")
                    .show(ui, |ui| diff_table_ui(ui, &diff, current, &other, lang));
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let a_file = view.doc.display_name_in(view.lang);
        let b_file = comparison.other.file_name();
        let (a_pie, b_pie) = (
            PreparedPie::of(current, decimals, lang),
            PreparedPie::of(&other, decimals, lang),
        );
        // One radius for both, so that neither looks bigger than it is.
        let fit = [a_pie.reach(), b_pie.reach()];
        ui.columns_const(|[a, b]| {
            let a_title = format!("A · {}", title_of(current, lang));
            let b_title = format!("B · {}", title_of(&other, lang));
            titled_pie_ui(a, &a_title, &a_file, &a_pie, &fit);
            titled_pie_ui(b, &b_title, &b_file, &b_pie, &fit);
        });
    });
    ScreenOutput::default()
}

/// The bar across the top of the compare and blend screens: the way back
/// to the editor, the screen's name, and its own buttons (`extra`, on the
/// right).
pub fn bar_ui(
    ui: &mut Ui,
    name: &str,
    lang: Lang,
    out: &mut Vec<Command>,
    extra: impl FnOnce(&mut Ui, &mut Vec<Command>),
) {
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui
            .button(tr(lang, "compare-back"))
            .on_hover_text(tr(lang, "compare-back-hint"))
            .clicked()
        {
            out.push(Command::ShowEditor);
        }
        ui.separator();
        ui.heading(RichText::new(name).strong());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| extra(ui, out));
    });
    ui.add_space(4.0);
}

/// A recipe's title, or what stands for a missing one.
pub fn title_of(recipe: &Recipe, lang: Lang) -> String {
    title_or_untitled(lang, recipe.title.trim())
}

/// A recipe's pie, ready to draw: its slices and their tooltips.
pub struct PreparedPie {
    slices: Vec<Slice>,
    tooltips: Vec<String>,
    /// The pie's accessible name.
    name: String,
    /// What a pie with no shares says instead.
    empty: String,
}

/// How far past its radius a pie reaches, as `pie::pie_ui` frames it: with
/// labels outside, room for them. Mirrored from there so that pies side by
/// side (or one after another) can share one radius.
const OUTSIDE_REACH: [f32; 2] = [1.75, 1.3];
/// The reach of a pie whose labels are all inside.
const INSIDE_REACH: [f32; 2] = [1.08, 1.08];

impl PreparedPie {
    /// The pie of `recipe`, percentages with `decimals`.
    pub fn of(recipe: &Recipe, decimals: u8, lang: Lang) -> Self {
        let chart = PieChart::from_recipe(recipe, decimals);
        let slices = geometry::slices(&chart.items);
        let tooltips = chart
            .items
            .iter()
            .map(|item| format!("{}\n{}", item.name, item.percent_label))
            .collect();
        Self {
            slices,
            tooltips,
            name: tr(lang, "chart-pie-name"),
            empty: tr(lang, "compare-no-shares"),
        }
    }

    /// How far past its radius it reaches (x, y), in radii.
    pub fn reach(&self) -> [f32; 2] {
        let outside = self
            .slices
            .iter()
            .any(|s| !s.label_inside && !s.label.is_empty());
        if outside { OUTSIDE_REACH } else { INSIDE_REACH }
    }

    /// The reach of any pie: a reveal keeps one size from step to step.
    pub const ANY_REACH: [f32; 2] = OUTSIDE_REACH;

    /// Draws the pie in the space left, at the largest radius at which
    /// every pie reaching as far as `fit` says would fit there too; centred.
    fn ui(&self, ui: &mut Ui, fit: &[[f32; 2]]) {
        if self.slices.is_empty() {
            ui.centered_and_justified(|ui| {
                ui.label(
                    RichText::new(self.empty.as_str())
                        .size(theme::HEADING_PT * 0.8)
                        .weak(),
                );
            });
            return;
        }
        let space = ui.available_size();
        let radius = fit
            .iter()
            .chain([&self.reach()])
            .map(|[x, y]| (space.x / (2.0 * x)).min(space.y / (2.0 * y)))
            .fold(f32::INFINITY, f32::min)
            .max(20.0);
        let [x, y] = self.reach();
        let size = egui::vec2(2.0 * x * radius, 2.0 * y * radius);
        let pie = PieView {
            slices: &self.slices,
            tooltips: &self.tooltips,
            selected: None,
            hovered: None,
            name: &self.name,
        };
        ui.vertical_centered(|ui| {
            ui.add_space(((space.y - size.y) / 2.0).max(0.0));
            pie_ui(ui, &pie, size);
        });
    }
}

/// A pie under a large title and a smaller line (the file, or who), at the
/// radius `fit` allows (see [`PreparedPie::ui`]).
pub fn titled_pie_ui(
    ui: &mut Ui,
    heading: &str,
    detail: &str,
    pie: &PreparedPie,
    fit: &[[f32; 2]],
) {
    ui.vertical_centered(|ui| {
        if !heading.is_empty() {
            ui.label(RichText::new(heading).size(PIE_TITLE_PT).strong());
        }
        if !detail.is_empty() {
            ui.label(RichText::new(detail).weak());
        }
    });
    ui.push_id(("pie", heading), |ui| pie.ui(ui, fit));
}

/// A small square of an ingredient's colour, in front of its name.
pub fn swatch_ui(ui: &mut Ui, colour: Option<Colour>) {
    let side = theme::SWATCH_PT;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    if let Some(colour) = colour {
        ui.painter().rect(
            rect,
            egui::CornerRadius::same(3),
            theme::colour32(colour.rgb()),
            egui::Stroke::new(1.0, egui::Color32::from_black_alpha(60)),
            egui::StrokeKind::Inside,
        );
    }
}

/// The table of changes: one row per ingredient, each share rounded so a
/// column adds up to 100, the change being the difference of the shown
/// numbers (so the table adds up when read).
fn diff_table_ui(ui: &mut Ui, diff: &Diff, a: &Recipe, b: &Recipe, lang: Lang) {
    if diff.rows.is_empty() {
        ui.label(tr(lang, "compare-empty"));
        return;
    }
    let column = |share: fn(&crate::recipe::diff::DiffRow) -> Option<f64>| {
        let fractions: Vec<f64> = diff.rows.iter().map(|r| share(r).unwrap_or(0.0)).collect();
        rounded_percentages(&fractions, 1)
    };
    let a_percent = column(|r| r.a_share);
    let b_percent = column(|r| r.b_share);
    let colour_in = |recipe: &Recipe, name: &str| {
        let key = crate::recipe::matching::key(name);
        recipe
            .ingredients
            .iter()
            .find(|i| crate::recipe::matching::key(&i.name) == key)
            .map(|i| i.colour)
    };
    egui::Grid::new("compare-diff")
        .striped(true)
        .num_columns(5)
        .spacing(egui::vec2(28.0, ROW_GAP_PT))
        .show(ui, |ui| {
            let headers = [
                tr(lang, "table-ingredient"),
                "A".to_owned(),
                "B".to_owned(),
                tr(lang, "compare-change"),
                String::new(),
            ];
            for header in &headers {
                ui.label(header_cell(header));
            }
            ui.end_row();
            for (i, row) in diff.rows.iter().enumerate() {
                let (a_p, b_p) = (a_percent.get(i), b_percent.get(i));
                ui.horizontal(|ui| {
                    swatch_ui(
                        ui,
                        colour_in(a, &row.name).or_else(|| colour_in(b, &row.name)),
                    );
                    ui.label(cell(&row.name));
                });
                ui.label(cell(shown_percent(row.a_share, a_p)));
                ui.label(cell(shown_percent(row.b_share, b_p)));
                ui.label(cell(change_pp(a_p, b_p, lang)));
                ui.label(cell(match row.presence {
                    Presence::Both => String::new(),
                    Presence::OnlyA => tr(lang, "compare-only-a"),
                    Presence::OnlyB => tr(lang, "compare-only-b"),
                }));
                ui.end_row();
            }
        });
}

/// What a zero total means for the table, when a recipe has one.
fn zero_total_notes_ui(ui: &mut Ui, diff: &Diff, lang: Lang) {
    for (has_shares, side) in [(diff.a_has_shares, "A"), (diff.b_has_shares, "B")] {
        if !has_shares {
            let note = tr_args(lang, "compare-zero-total", &[("side", Arg::Text(side))]);
            ui.add(egui::Label::new(note).wrap());
        }
    }
}

/// A share as shown: "–" where the recipe does not name the ingredient.
fn shown_percent(share: Option<f64>, rounded: Option<&RoundedPercent>) -> String {
    match (share, rounded) {
        (None, _) => "–".to_owned(),
        (Some(_), Some(p)) => format!("{p} %"),
        (Some(_), None) => "0.0 %".to_owned(),
    }
}

/// B's shown percentage minus A's, in signed percentage points with one
/// decimal ("+16.7 pp", "−4.0 pp", "0.0 pp"), a true minus sign.
pub fn change_pp(a: Option<&RoundedPercent>, b: Option<&RoundedPercent>, lang: Lang) -> String {
    let tenths = |p: Option<&RoundedPercent>| p.map_or(0, |p| i128::from(p.steps()));
    let change = tenths(b) - tenths(a);
    let sign = match change {
        c if c > 0 => "+",
        c if c < 0 => "\u{2212}",
        _ => "",
    };
    let size = change.unsigned_abs();
    let value = format!("{sign}{}.{}", size / 10, size % 10);
    tr_args(lang, "unit-pp", &[("value", Arg::Text(&value))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_with_a_sign_and_one_decimal() {
        let p = rounded_percentages(&[0.25, 0.75], 1);
        let en = Lang::En;
        assert_eq!(change_pp(p.first(), p.get(1), en), "+50.0 pp");
        assert_eq!(change_pp(p.get(1), p.first(), en), "\u{2212}50.0 pp");
        assert_eq!(change_pp(p.first(), p.first(), en), "0.0 pp");
        assert_eq!(change_pp(None, p.first(), en), "+25.0 pp");
    }
}
