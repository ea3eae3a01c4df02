//! The projected blend's pie, fitted to its room (`blend_present`): the
//! slices laid out for the radius the room allows, outside labels spaced
//! by the height their glyphs really take at that radius (so two never
//! overlap, however small the pie), and the plot sized so that a label
//! wider than the geometry's box (`LABEL_BOX`) is not clipped. Laid out
//! once per step, size and plan (kept in egui's memory).

use std::sync::Arc;

use egui::{Color32, Ui, Vec2, vec2};

use super::blend_legend::{LABEL_INK_MARGIN, Plan};
use super::pie::{Reach, fit_slices, label_box_fits};
use crate::chart::ChartItem;
use crate::chart::geometry::{self, LABEL_BOX, Slice};

/// The slices and the plot's size for `items` in `room` with `plan`'s
/// labels, worked out once per step (`generation`), room and plan.
pub fn fitted_cached(
    ui: &Ui,
    generation: u64,
    items: &[ChartItem],
    plan: Plan,
    room: Vec2,
) -> (Arc<Vec<Slice>>, Vec2) {
    type Cached = (u64, [u32; 2], Plan, Arc<Vec<Slice>>, Vec2);
    let id = egui::Id::unique("blend-present-pie");
    let key = [room.x.to_bits(), room.y.to_bits()];
    if let Some((g, k, p, slices, size)) = ui.data(|d| d.get_temp::<Cached>(id))
        && g == generation
        && k == key
        && p == plan
    {
        return (slices, size);
    }
    let (slices, size) = fitted(ui, items, plan, room);
    let slices = Arc::new(slices);
    ui.data_mut(|d| d.insert_temp::<Cached>(id, (generation, key, plan, slices.clone(), size)));
    (slices, size)
}

/// The slices and the plot's size: laid out as the window's pie lays them
/// out, then, while the radius is too small for its labels to sit a box's
/// height apart, again with their measured height.
fn fitted(ui: &Ui, items: &[ChartItem], plan: Plan, room: Vec2) -> (Vec<Slice>, Vec2) {
    let mut slices = fit_slices(ui, items, room, plan.label_pt);
    let (mut size, mut radius) = plot_size(&slices, plan, room);
    for _ in 0..3 {
        let height = f64::from(plan.label_h * LABEL_INK_MARGIN / radius.max(1.0));
        if height <= LABEL_BOX[1] {
            break;
        }
        slices = laid_out(ui, items, plan.label_pt, radius, height);
        (size, radius) = plot_size(&slices, plan, room);
    }
    (slices, size)
}

/// The slices with outside labels `label_height` apart (in radii), a label
/// inside its slice where its text fits there at `radius_pt`.
fn laid_out(
    ui: &Ui,
    items: &[ChartItem],
    label_pt: f32,
    radius_pt: f32,
    label_height: f64,
) -> Vec<Slice> {
    let font = egui::FontId::proportional(label_pt);
    let radius = f64::from(radius_pt.max(1.0));
    let painter = ui.painter();
    geometry::slices_laid_out(
        items,
        |slice| {
            let text = painter.layout_no_wrap(slice.label.clone(), font.clone(), Color32::WHITE);
            let half = [
                f64::from(text.size().x) / radius / 2.0,
                f64::from(text.size().y) / radius / 2.0,
            ];
            label_box_fits(slice, half)
        },
        label_height,
    )
}

/// The size the pie's plot is drawn at: as wide as the pie and its labels
/// reach at the radius the height allows (within `room`), and wider by
/// what the widest outside label overflows the geometry's box on each
/// side, so no label is clipped by the plot. Where the width sets the
/// radius, the plot is made as low as that radius needs, so that its
/// height sets the scale and the overflow stays free. With the pie's
/// radius there, in points.
fn plot_size(slices: &[Slice], plan: Plan, room: Vec2) -> (Vec2, f32) {
    let reach = Reach::fitted(slices);
    let span = (reach.left + reach.right) as f32;
    let outside = slices
        .iter()
        .any(|s| !s.label_inside && !s.label.is_empty());
    let overflow = |radius: f32| {
        if outside {
            (plan.label_w - LABEL_BOX[0] as f32 * radius).max(0.0)
        } else {
            0.0
        }
    };
    let tallest = room.y / (2.0 * reach.y as f32);
    let mut radius = tallest.min(room.x / span);
    // The overflow shrinks as the radius grows: a few rounds settle it.
    for _ in 0..4 {
        radius = tallest
            .min((room.x - 2.0 * overflow(radius)) / span)
            .max(1.0);
    }
    let size = vec2(
        (radius * span + 2.0 * overflow(radius)).min(room.x),
        (radius * 2.0 * reach.y as f32).min(room.y),
    );
    (size, radius)
}
