//! The names under the blend reveal's pie: each slice's swatch, name and
//! share (`BlendView::step_names`), flowing over as many lines as they
//! need. A reveal can name a thousand ingredients, so nothing here is done
//! per name per frame: the names are laid out once per blend, font, theme
//! and scale (`galleys`), where each one lands once per width
//! (`Placed`), and then a frame draws only the names in view — unless a
//! screen reader listens, when every name is placed as egui's wrapping
//! layout places it and described, as before.

use std::sync::Arc;

use egui::{Color32, FontId, Galley, Id, Rect, Ui, Vec2};

use super::blend_parts::{NAME_GAP_PT, SWATCH_GAP_PT};
use super::legend::swatch_ui;
use crate::app::derived::blend::BlendView;
use crate::app::theme;
use crate::chart::ChartItem;

/// Left and right of the names under the reveal's pie.
pub const NAMES_SIDE_PT: i8 = 8;
/// Above and below the names under the reveal's pie.
const NAMES_PAD_PT: f32 = 6.0;
/// The most of the window's height the names take (then they scroll).
const NAMES_MOST: f32 = 0.4;

/// What the names' texts were laid out for: the blend's step, the font,
/// the colour, the scale and the fonts installed.
#[derive(Clone, PartialEq)]
struct Key {
    generation: u64,
    font: FontId,
    colour: Color32,
    pixels_per_point: u32,
    fonts: (usize, usize),
}

/// The names' texts, laid out.
#[derive(Clone)]
struct Laid {
    key: Key,
    /// The pass they were last used in and the font atlas's fill then:
    /// kept only from one pass to the next while the atlas only grows (egui
    /// empties it when it is full, and galleys point into it).
    pass: u64,
    fill: f32,
    galleys: Arc<Vec<Arc<Galley>>>,
}

/// Where every name landed the last time the flow was drawn whole: the
/// space egui gave it, where it was painted, and all the flow took — for
/// the flow starting at `origin` (a scroll or a move draws it whole again:
/// egui rounds where things land, so nothing is moved by a fraction).
#[derive(Clone)]
struct Placed {
    key: Key,
    origin: egui::Pos2,
    width: u32,
    spacing: Vec2,
    names: Arc<Vec<(Rect, Rect)>>,
    flow: Rect,
}

fn laid_id() -> Id {
    Id::unique("blend-reveal-names-laid")
}

fn placed_id() -> Id {
    Id::unique("blend-reveal-names-placed")
}

/// Where the height the names took when last drawn is kept.
fn drawn_names_id() -> Id {
    Id::unique("blend-reveal-names-drawn")
}

/// The step's names laid out in the body font and the strong text colour,
/// from the last frames' layout where it still holds.
fn galleys(ui: &Ui, shown: &BlendView) -> (Key, Arc<Vec<Arc<Galley>>>) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = theme::tokens(ui.ctx()).strong_text;
    let ctx = ui.ctx();
    let (fonts, fill) = ctx.fonts(|f| {
        let counts = (f.definitions().font_data.len(), f.discovered_fonts().len());
        (counts, f.font_atlas_fill_ratio())
    });
    let key = Key {
        generation: shown.generation,
        font,
        colour,
        pixels_per_point: ctx.pixels_per_point().to_bits(),
        fonts,
    };
    let pass = ctx.cumulative_pass_nr();
    let kept = ctx
        .data(|d| d.get_temp::<Laid>(laid_id()))
        .filter(|l| l.key == key && l.pass + 1 >= pass && fill >= l.fill);
    let galleys = kept.map_or_else(
        || {
            let painter = ui.painter();
            let laid = shown
                .step_names
                .iter()
                .map(|text| painter.layout_no_wrap(text.clone(), key.font.clone(), colour))
                .collect();
            Arc::new(laid)
        },
        |l| l.galleys,
    );
    let laid = Laid {
        key: key.clone(),
        pass,
        fill,
        galleys: galleys.clone(),
    };
    ctx.data_mut(|d| d.insert_temp(laid_id(), laid));
    (key, galleys)
}

/// A name's size: its swatch, the gap and its text.
fn chip_size(galley: &Galley) -> Vec2 {
    let side = theme::SWATCH_PT;
    egui::vec2(
        side + SWATCH_GAP_PT + galley.size().x,
        galley.size().y.max(side),
    )
}

/// How tall the names under the reveal's pie are, flowed over the panel's
/// width as `names_ui` flows them, or as tall as egui drew them last
/// (the flow can take more lines than the estimate): at most
/// [`NAMES_MOST`] of the window, then whole lines that scroll.
pub fn names_height(ui: &Ui, shown: &BlendView) -> f32 {
    let (_, galleys) = galleys(ui, shown);
    let width = ui.available_width() - 2.0 * f32::from(NAMES_SIDE_PT);
    let spacing = ui.spacing().item_spacing;
    let mut lines = 1_u32;
    let mut x = 0.0;
    let mut row_h: f32 = theme::SWATCH_PT;
    for galley in galleys.iter() {
        let size = galley.size();
        let chip = theme::SWATCH_PT + SWATCH_GAP_PT + size.x;
        row_h = row_h.max(size.y);
        if x > 0.0 && x + chip > width {
            lines += 1;
            x = 0.0;
        }
        x += chip + NAME_GAP_PT + spacing.x;
    }
    let estimate = lines as f32 * (row_h + spacing.y);
    let drawn = ui
        .ctx()
        .data(|d| d.get_temp::<(u64, u32, f32)>(drawn_names_id()))
        .filter(|(g, w, _)| *g == shown.generation && *w == width.to_bits())
        .map_or(0.0, |(_, _, h)| h);
    let content = estimate.max(drawn);
    let most = ui.ctx().content_rect().height() * NAMES_MOST;
    if content <= most {
        return content + 2.0 * NAMES_PAD_PT;
    }
    // Scrolled: as many whole lines as fit, none half shown.
    let line_h = content / lines as f32;
    (most / line_h).floor().max(1.0) * line_h + 2.0 * NAMES_PAD_PT
}

/// The names of the step's pie, whole, each with its swatch and share,
/// flowing over as many lines as they need (scrolled past 40 % of the
/// window): the pie's slices carry only percentages.
pub fn names_ui(ui: &mut Ui, shown: &BlendView, height: f32) {
    let (key, galleys) = galleys(ui, shown);
    let tokens = theme::tokens(ui.ctx());
    ui.add_space(NAMES_PAD_PT);
    let width = ui.available_width();
    let drawn = egui::ScrollArea::vertical()
        .id_salt("blend-reveal-names")
        .auto_shrink([false, false])
        .max_height(height - 2.0 * NAMES_PAD_PT)
        .show(ui, |ui| {
            let origin = ui.cursor().min;
            let base = ui.scope_id().with("blend-reveal-name");
            let flow_width = ui.available_width().to_bits();
            let spacing = ui.spacing().item_spacing;
            let listening = ui
                .ctx()
                .accesskit_node_builder(ui.unique_id(), |_| ())
                .is_some();
            let placed = ui
                .ctx()
                .data(|d| d.get_temp::<Placed>(placed_id()))
                .filter(|p| {
                    p.key == key
                        && p.origin == origin
                        && p.width == flow_width
                        && p.spacing == spacing
                        && p.names.len() == galleys.len()
                });
            if let Some(placed) = placed.filter(|_| !listening) {
                // The flow as it was drawn whole: only the names in view
                // (their lines run down the flow, so the first is found by
                // halving and the last is the first below the clip).
                let clip = ui.clip_rect();
                let first = placed.names.partition_point(|(s, _)| s.max.y < clip.min.y);
                let names = placed.names.iter().enumerate().skip(first);
                for (i, (space, at)) in names.take_while(|(_, (s, _))| s.min.y <= clip.max.y) {
                    if ui.is_rect_visible(*space)
                        && let (Some(galley), Some(text), Some(item)) = (
                            galleys.get(i),
                            shown.step_names.get(i),
                            shown.step_chart.items.get(i),
                        )
                    {
                        let chip = Chip { galley, text, item };
                        name_chip_ui(ui, base.with(i), *space, *at, &chip, tokens);
                    }
                }
                ui.advance_cursor_after_rect(placed.flow);
                return;
            }
            let flow = ui.horizontal_wrapped(|ui| {
                let mut names = Vec::with_capacity(galleys.len());
                let chips = galleys.iter().zip(&shown.step_names);
                for (i, ((galley, text), item)) in chips.zip(&shown.step_chart.items).enumerate() {
                    let size = chip_size(galley);
                    let (_, space) = ui.allocate_space(size);
                    let at = ui.layout().align_size_within_rect(size, space);
                    let chip = Chip { galley, text, item };
                    name_chip_ui(ui, base.with(i), space, at, &chip, tokens);
                    ui.add_space(NAME_GAP_PT);
                    names.push((space, at));
                }
                names
            });
            let placed = Placed {
                key: key.clone(),
                origin,
                width: flow_width,
                spacing,
                names: Arc::new(flow.inner),
                flow: flow.response.rect,
            };
            ui.ctx().data_mut(|d| d.insert_temp(placed_id(), placed));
        });
    // What egui really drew: where the flow took more lines than the
    // estimate, the next frame's panel is as tall as they are.
    let content = drawn.content_size.y;
    ui.ctx().data_mut(|d| {
        d.insert_temp(
            drawn_names_id(),
            (shown.generation, width.to_bits(), content),
        );
    });
}

/// One name: its text laid out, its words, its slice.
struct Chip<'a> {
    galley: &'a Arc<Galley>,
    text: &'a str,
    item: &'a ChartItem,
}

/// One name of the reveal's pie: its swatch, name and share as one piece
/// (given `space`, drawn at `at`). Describe, paint.
fn name_chip_ui(ui: &Ui, id: Id, space: Rect, at: Rect, chip: &Chip<'_>, tokens: &theme::Tokens) {
    let Chip { galley, text, item } = *chip;
    let response = ui.interact(space, id, egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, text));
    if ui.is_rect_visible(at) {
        let side = theme::SWATCH_PT;
        let swatch = Rect::from_center_size(
            egui::pos2(at.left() + side / 2.0, at.center().y),
            egui::vec2(side, side),
        );
        swatch_ui(ui.painter(), swatch, item.colour, tokens.background);
        let text_at = egui::pos2(
            swatch.right() + SWATCH_GAP_PT,
            at.center().y - galley.size().y / 2.0,
        );
        ui.painter()
            .galley(text_at, galley.clone(), tokens.strong_text);
    }
}
