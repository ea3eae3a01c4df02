//! The blend screen in a narrow window (under 1,000 points wide: 150 % and
//! 200 % zoom at 1280): one column that scrolls — the reveal first (its
//! head and the step's pie filling the window, every name under it), the
//! bar's buttons (Save as, Open as recipe, Present), then the team's part (the balance, every row of the table, the
//! notes), all in the one scroll. Nothing is squeezed beside anything
//! else, so nothing is cut and nothing runs off the window; the wide
//! screen (`blend`) puts the table beside the reveal.

use egui::{RichText, Ui};

use super::AppView;
use super::blend_parts::{
    NAME_GAP_PT, buttons_ui, name_chip_ui, notes_ui, place_text, previous_next_ui, team_head_ui,
};
use super::blend_table::table_inline_ui;
use super::pie::PieStyle;
use super::pie_layout::{self, LayoutStyle};
use super::widgets::{ANY_REACH, titled_pie_ui};
use crate::app::command::Command;
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::app::workshop::TeamBlend;
use crate::i18n::{Lang, tr};

/// The pie's share of the window's height at least, however tall the
/// head above it.
const PIE_SHARE_LEAST: f32 = 0.5;
/// The step's name, in large type still (the wide screen's is 44 pt).
const NAME_PT: f32 = 32.0;

/// Draws the reveal and the team's part as one scrolling column.
pub fn column_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    team: &TeamBlend,
    shown: &BlendView,
    out: &mut Vec<Command>,
) {
    let lang = view.lang;
    egui::CentralPanel::default().show(ui, |ui| {
        let height = ui.available_height();
        egui::ScrollArea::vertical()
            .id_salt("blend-narrow")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let top = ui.cursor().top();
                head_ui(ui, team, lang, out);
                if !shown.step_chart.items.is_empty() {
                    // The head and the pie fill the window at the top: the
                    // reveal is seen whole before anything is scrolled.
                    let head = ui.cursor().top() - top;
                    // Clear of the scroll area's fade at the bottom.
                    let base = (height - head - 24.0).max(height * PIE_SHARE_LEAST);
                    let pie_h = pie_height(ui, shown, ui.available_width(), base);
                    ui.allocate_ui(egui::vec2(ui.available_width(), pie_h), |ui| {
                        titled_pie_ui(ui, "", "", &shown.step_pie, &[ANY_REACH]);
                    });
                    names_ui(ui, shown);
                }
                // The wide screen's bar buttons, after the reveal: in the bar
                // they would cover its name.
                ui.add_space(8.0);
                ui.horizontal_wrapped(|ui| buttons_ui(ui, view, out));
                ui.add_space(12.0);
                ui.separator();
                team_head_ui(ui, team, shown, lang);
                if team.blend.rows.is_empty() {
                    ui.label(tr(lang, "blend-empty"));
                    return;
                }
                // Every row in the column (drawn while in view): one
                // scroll for all, no scroll area inside another.
                table_inline_ui(ui, team, shown, lang);
                notes_ui(ui, shown, lang);
            });
    });
}

/// How tall the pie's room is: `base` (the window's height left under the
/// head), or taller where the pie's labels need more height than that to
/// leave the pie a good radius (many outside labels in large type, at
/// 200 %, stack higher than the window). Worked out once per step and
/// size, kept in egui's memory.
fn pie_height(ui: &Ui, shown: &BlendView, width: f32, base: f32) -> f32 {
    type Cached = (u64, [u32; 2], f32);
    let id = egui::Id::unique("blend-narrow-pie-height");
    let key = [width.to_bits(), base.to_bits()];
    if let Some((g, k, h)) = ui.data(|d| d.get_temp::<Cached>(id))
        && g == shown.generation
        && k == key
    {
        return h;
    }
    let pie = &shown.step_pie;
    let [rx, ry] = pie.reach();
    let style = PieStyle::default();
    let mut chosen = base;
    for factor in [1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0] {
        let h = base * factor;
        // As `widgets::titled_pie_ui` sizes it.
        let radius = [ANY_REACH, pie.reach()]
            .iter()
            .map(|[x, y]| (width / (2.0 * x)).min(h / (2.0 * y)))
            .fold(f32::INFINITY, f32::min)
            .max(20.0);
        chosen = h;
        let size = egui::vec2(2.0 * rx * radius, 2.0 * ry * radius);
        let layout = pie_layout::fit(
            ui,
            &pie.items,
            size,
            LayoutStyle {
                label_pt: style.label_pt,
                edge_pt: style.edge_pt,
                named_labels: style.named_labels,
                centred: true,
                max_radius: Some(radius),
            },
        );
        // The labels leave the pie most of its room, or the width (not
        // the height) is what holds it back.
        let width_bound = width / (2.0 * rx.max(ANY_REACH[0])) <= h / (2.0 * ry.max(ANY_REACH[1]));
        if layout.radius >= PIE_KEEPS * radius || width_bound {
            break;
        }
    }
    ui.data_mut(|d| d.insert_temp::<Cached>(id, (shown.generation, key, chosen)));
    chosen
}

/// The share of its room's radius the pie keeps beside its labels.
const PIE_KEEPS: f32 = 0.6;

/// Every name of the step's pie, flowing over the lines they need (the
/// column scrolls, so none is held back).
fn names_ui(ui: &mut Ui, shown: &BlendView) {
    let tokens = theme::tokens(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        for item in &shown.step_chart.items {
            name_chip_ui(ui, item, tokens);
            ui.add_space(NAME_GAP_PT);
        }
    });
}

/// The reveal's head, compact: Previous and Next, where it is and what the
/// step is on one line, the step's name; each wrapped.
fn head_ui(ui: &mut Ui, team: &TeamBlend, lang: Lang, out: &mut Vec<Command>) {
    ui.add_space(4.0);
    previous_next_ui(ui, team, lang, out);
    let at = place_text(team, lang);
    let detail = team.step_detail(lang);
    let place = if detail.is_empty() {
        at
    } else {
        format!("{at} · {detail}")
    };
    ui.vertical_centered(|ui| {
        ui.add(egui::Label::new(place).wrap());
        ui.add(egui::Label::new(RichText::new(team.step_name(lang)).size(NAME_PT).strong()).wrap());
    });
}
