//! One pie and its legend beside it on a projected screen, as large as the
//! room allows (the plan from `blend_legend`): the blend's reveal and each
//! recipe's page of the projected compare. The pie is drawn only as wide
//! as it and its labels reach; what is left is shared out on both sides,
//! so no gap opens before the legend.

use egui::{Align, Layout, Ui, vec2};

use super::blend_legend::{GAP_PT, Plan, legend_ui};
use super::pie::{PieStyle, PieView, pie_layout, pie_styled_ui};
use crate::app::derived::workshop::PieData;

/// Room kept on each side of the pie and its labels.
const PIE_PAD_PT: f32 = 4.0;

/// Draws `pie` and its legend in the space left, as `plan` shares it; the
/// legend's rows are described with `role`.
pub fn pie_and_legend_ui(ui: &mut Ui, pie: &PieData, plan: Plan, role: egui::Role) {
    pie_and_legend_other_ui(ui, pie, plan, role, false);
}

/// As [`pie_and_legend_ui`]; with `other`, the legend's last row ("Other
/// (N)") is a button: returns whether it was clicked.
pub fn pie_and_legend_other_ui(
    ui: &mut Ui,
    pie: &PieData,
    plan: Plan,
    role: egui::Role,
    other: bool,
) -> bool {
    let room = ui.available_size();
    let pie_size = vec2((room.x - plan.width - GAP_PT).max(1.0), room.y);
    let style = PieStyle {
        label_pt: plan.label_pt,
        edge_pt: 3.0,
        named_labels: false,
        centred: true,
        max_radius: None,
    };
    let view = PieView {
        items: &pie.items,
        generation: pie.generation,
        // No tooltip over the legend where the pointer happens to rest:
        // the legend and the labels say it all, in large type.
        tooltips: &[],
        selected: None,
        hovered: None,
        name: &pie.name,
    };
    // The pie lays its labels out measured (`views::pie_layout`).
    let layout = pie_layout(ui, &view, pie_size, style);
    let pie_w = (layout.bounds.width() + 2.0 * PIE_PAD_PT).min(pie_size.x);
    let spare = (room.x - pie_w - GAP_PT - plan.width).max(0.0);
    ui.with_layout(Layout::left_to_right(Align::Center), |ui| {
        ui.add_space(spare / 2.0);
        pie_styled_ui(ui, &view, vec2(pie_w, room.y), style);
        ui.add_space(GAP_PT);
        legend_ui(ui, &pie.items, plan, room.y, role, other)
    })
    .inner
}
