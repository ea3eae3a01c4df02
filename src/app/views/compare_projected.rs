//! The compare screen projected for the room (F5): A's and B's pies side by
//! side at one radius, in the colours they share, and under them one legend
//! for both — every ingredient's name whole (wrapped where it must be), with
//! A's share, B's share and the change, or the change alone where the three
//! would leave the pies too little room (the pies carry every share of
//! 1 % or more on their labels). Text at projector size, in the frame every
//! projected screen shares (`projected`).

use egui::{Align, Layout, RichText, Ui, Vec2};

use super::AppView;
use super::compare_fit::{Arrangement, below_pies, cached_shape, heading_height};
use super::compare_legend::legend_ui;
use super::compare_pages::{page_keys_text, pages_ui, set_paged, was_paged};
use super::pie::{PieStyle, PieView, pie_layout, pie_styled_ui};
use super::projected::{MARGIN_PT, Projection, help_keys_text, projected_ui};

/// The smallest radius at which the two pies share a screen, in lines of
/// the projected text: under it (the pies' labels would not fit around
/// them), each gets a page of its own.
const MIN_RADIUS_LINES: f32 = 2.0;
use crate::app::command::bindings::{command_keys, is_mac};
use crate::app::command::{Command, ViewCommand};
use crate::app::derived::workshop::{CompareView, PieData};
use crate::app::theme;
use crate::app::words::title_or_untitled;
use crate::app::workshop::Comparison;
use crate::i18n::{Lang, tr};

/// The keys of the projected compare screen, for the key help.
fn keys(lang: Lang, mac: bool, paged: bool) -> Vec<(String, String)> {
    let pages = paged.then(|| (page_keys_text(lang), tr(lang, "compare-key-pages")));
    pages
        .into_iter()
        .chain([
            (help_keys_text(lang, mac), tr(lang, "present-key-help")),
            (
                command_keys(&Command::View(ViewCommand::LeavePresentation), lang, mac),
                tr(lang, "present-key-leave"),
            ),
        ])
        .collect()
}

/// Draws the projected compare screen.
pub fn compare_projected_ui(
    ui: &mut Ui,
    view: &AppView<'_>,
    comparison: &Comparison,
    shown: &CompareView,
    out: &mut Vec<Command>,
) {
    let lang = view.lang;
    let detail = format!(
        "A · {}    B · {}",
        view.derived.facts.display_name,
        comparison.other.file_name()
    );
    let keys = keys(lang, is_mac(ui.ctx()), was_paged(ui.ctx()));
    let title = tr(lang, "compare-changes");
    let projection = Projection {
        title: &title,
        detail: &detail,
        keys: &keys,
        lang,
    };
    projected_ui(ui, &projection, out, None, |ui| {
        body_ui(ui, view, shown);
    });
}

/// The pies above, the legend below.
fn body_ui(ui: &mut Ui, view: &AppView<'_>, shown: &CompareView) {
    let lang = view.lang;
    let font = egui::TextStyle::Body.resolve(ui.style());
    let available = ui.available_size();
    let shape = cached_shape(ui, shown, &font, available, lang);
    let headings = [
        format!("A · {}", title_or_untitled(lang, view.recipe.title.trim())),
        format!("B · {}", title_or_untitled(lang, shown.other.title.trim())),
    ];
    // Both pies on one screen where they keep a radius a room can read
    // their labels at; else a page each, and one for the changes.
    let paged = shape.radius < MIN_RADIUS_LINES * font.size;
    set_paged(ui.ctx(), paged);
    if paged {
        pages_ui(ui, shown, &headings, lang);
        return;
    }
    let gap = f32::from(MARGIN_PT);
    let spacing = ui.spacing().item_spacing.y;
    let pies_area = if shape.arrangement.legend_right() {
        egui::vec2(available.x - shape.width() - gap, available.y)
    } else {
        egui::vec2(
            available.x,
            (available.y - shape.height - below_pies(gap, spacing)).max(0.0),
        )
    };
    let heading_h = heading_height(&font, spacing);
    let pie_space = shape.arrangement.pie_space(pies_area, gap, heading_h);
    let pie_space = egui::vec2(pie_space.x, pie_space.y.max(font.size * 3.0));
    let sizes = super::projected::sizes(ui.ctx());
    let style = PieStyle {
        label_pt: sizes.slice_label_pt,
        edge_pt: 3.0,
        named_labels: false,
        centred: true,
        max_radius: None,
    };
    // One radius for both, so that neither looks bigger than it is.
    let radius = shown
        .pies
        .iter()
        .zip(["pie-a", "pie-b"])
        .map(|(pie, salt)| {
            ui.push_id(salt, |ui| {
                pie_layout(ui, &pie_view(pie), pie_space, style).radius
            })
            .inner
        })
        .fold(f32::INFINITY, f32::min);
    let style = PieStyle {
        max_radius: Some(radius),
        ..style
    };
    let one_pie = |ui: &mut Ui, pie: &PieData, heading: &str, salt: &str| {
        ui.allocate_ui_with_layout(
            egui::vec2(pie_space.x, pie_space.y + heading_h),
            Layout::top_down(Align::Center),
            |ui| {
                ui.set_width(pie_space.x);
                let colour = theme::tokens(ui.ctx()).strong_text;
                ui.add(egui::Label::new(RichText::new(heading).strong().color(colour)).truncate());
                ui.push_id(salt, |ui| pie_ui(ui, pie, pie_space, style));
            },
        );
    };
    let pies_ui = |ui: &mut Ui| {
        let each = |ui: &mut Ui| {
            for ((pie, heading), salt) in shown.pies.iter().zip(&headings).zip(["pie-a", "pie-b"]) {
                one_pie(ui, pie, heading, salt);
            }
        };
        if shape.arrangement == Arrangement::BesideStacked {
            ui.spacing_mut().item_spacing.y = gap / 2.0;
            ui.vertical(|ui| each(ui));
        } else {
            ui.horizontal_top(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                each(ui);
            });
        }
    };
    if shape.arrangement.legend_right() {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            ui.allocate_ui_with_layout(pies_area, Layout::top_down(Align::Min), pies_ui);
            ui.allocate_ui_with_layout(
                egui::vec2(shape.width(), available.y),
                Layout::top_down(Align::Min),
                |ui| {
                    ui.add_space(((available.y - shape.height) / 2.0).max(0.0));
                    legend_ui(ui, &shown.lines, &shape, lang);
                },
            );
        });
    } else {
        pies_ui(ui);
        ui.add_space(gap / 2.0);
        legend_ui(ui, &shown.lines, &shape, lang);
    }
}

fn pie_view(pie: &PieData) -> PieView<'_> {
    PieView {
        items: &pie.items,
        generation: pie.generation,
        tooltips: &pie.tooltips,
        selected: None,
        hovered: None,
        name: &pie.name,
    }
}

fn pie_ui(ui: &mut Ui, pie: &PieData, space: Vec2, style: PieStyle) {
    if pie.items.iter().all(|i| i.share <= 0.0) {
        ui.label(RichText::new(pie.empty.as_str()).weak());
        return;
    }
    pie_styled_ui(ui, &pie_view(pie), space, style);
}
