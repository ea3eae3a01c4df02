//! A screen projected for the room (F5): the frame every projected screen
//! shares — the background to the edges, a large title, the way out and
//! the key help named where a facilitator who came in with the mouse looks,
//! an optional strip along the bottom, the screen's own content in the
//! middle — and the key-help overlay (F1 or ?), every key named through
//! `command::bindings` in the window's language. Presentation and compare
//! use it; the blend's projection calls [`projected_ui`] the same way.
//! Banners (what the editor has to say) stay off the projected screen.

use egui::{Key, Modifiers, RichText, Ui};

use crate::app::command::bindings::{PRESENT_HELP, command_keys, is_mac, shortcut_text};
use crate::app::command::{Command, ViewCommand};
use crate::app::theme;
use crate::i18n::{Arg, Lang, tr, tr_args};

/// The space around a projected screen's parts, in points.
pub const MARGIN_PT: i8 = 32;

/// What a projected screen shows in its frame.
pub struct Projection<'a> {
    /// The large title.
    pub title: &'a str,
    /// A line under it (who made it, which files), if any.
    pub detail: &'a str,
    /// The keys the screen reads, each with what it does, for the overlay.
    pub keys: &'a [(String, String)],
    /// The window's language.
    pub lang: Lang,
}

/// The text sizes of a projected screen: as large as the screen's height
/// allows a room to read without crowding (32 pt on a 1080-line
/// projector, 28 on an 800-line one), never under
/// [`theme::PRESENT_MIN_TEXT_PT`].
pub fn sizes(ctx: &egui::Context) -> theme::TextSizes {
    let height = ctx.content_rect().height();
    let body = (height / 28.0).clamp(theme::PRESENT_MIN_TEXT_PT, 32.0);
    theme::TextSizes {
        body_pt: body,
        heading_pt: body * 1.6,
        small_pt: theme::PRESENT_MIN_TEXT_PT,
        slice_label_pt: body,
    }
}

/// Where the overlay's state is kept: open or not.
fn help_id() -> egui::Id {
    egui::Id::unique("cx-projected-key-help")
}

/// Whether the key help is open.
pub fn help_open(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(help_id())).unwrap_or(false)
}

fn set_help_open(ctx: &egui::Context, open: bool) {
    ctx.data_mut(|d| d.insert_temp(help_id(), open));
}

/// The keys of the key help, read before the screen's own: F1 or ?
/// opens and closes it, Esc closes it (and then leaves nothing else).
/// Then the projected blend's list of what "Other" holds reads its own
/// (`blend_other::read_keys`), also before the screen's.
pub fn read_help_keys(ctx: &egui::Context) {
    read_key_help_keys(ctx);
    super::blend_other::read_keys(ctx);
}

fn read_key_help_keys(ctx: &egui::Context) {
    let open = help_open(ctx);
    let (toggle, close) = ctx.input_mut(|i| {
        let toggle = PRESENT_HELP
            .iter()
            .any(|s| i.consume_key(s.modifiers, s.logical_key));
        let close = open && i.consume_key(Modifiers::NONE, Key::Escape);
        (toggle, close)
    });
    if toggle {
        set_help_open(ctx, !open);
    } else if close {
        set_help_open(ctx, false);
    }
}

/// Esc on a projected compare or blend screen: the projection ends (the
/// screen stays).
pub fn read_leave_key(ctx: &egui::Context, out: &mut Vec<Command>) {
    if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        out.push(Command::View(ViewCommand::LeavePresentation));
    }
}

/// The key help's own line: which keys open it.
pub fn help_keys_text(lang: Lang, mac: bool) -> String {
    PRESENT_HELP
        .iter()
        .map(|s| shortcut_text(s, lang, mac))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// Draws a projected screen: the frame with `projection`'s title, the
/// `bottom` strip if any, and `body` in the middle; returns what `body`
/// returns. The Leave button pushes `ViewCommand::LeavePresentation`.
pub fn projected_ui<R>(
    ui: &mut Ui,
    projection: &Projection<'_>,
    out: &mut Vec<Command>,
    bottom: Option<&mut dyn FnMut(&mut Ui)>,
    body: impl FnOnce(&mut Ui) -> R,
) -> R {
    let lang = projection.lang;
    let tokens = theme::tokens(ui.ctx());
    let sizes = sizes(ui.ctx());
    for (style, size) in [
        (egui::TextStyle::Body, sizes.body_pt),
        (egui::TextStyle::Button, sizes.body_pt),
        (egui::TextStyle::Heading, sizes.heading_pt),
        (egui::TextStyle::Small, sizes.small_pt),
    ] {
        ui.style_mut()
            .text_styles
            .insert(style, egui::FontId::proportional(size));
    }
    let frame = egui::Frame::new()
        .fill(tokens.background)
        .inner_margin(egui::Margin::symmetric(MARGIN_PT, MARGIN_PT / 4));
    egui::Panel::top("projected-title")
        .frame(frame)
        .show_separator_line(false)
        .show(ui, |ui| {
            egui::Sides::new().shrink_left().wrap().show(
                ui,
                |ui| {
                    ui.vertical(|ui| {
                        ui.add(
                            egui::Label::new(
                                RichText::new(projection.title)
                                    .size(sizes.heading_pt)
                                    .strong()
                                    .color(tokens.strong_text),
                            )
                            .wrap(),
                        );
                        if !projection.detail.is_empty() {
                            ui.label(RichText::new(projection.detail).color(tokens.text));
                        }
                    });
                },
                |ui| buttons_ui(ui, lang, out),
            );
        });
    if let Some(bottom) = bottom {
        egui::Panel::bottom("projected-bottom")
            .frame(frame)
            .show_separator_line(false)
            .show(ui, |ui| bottom(ui));
    }
    let help = help_open(ui.ctx());
    let inner = egui::CentralPanel::default()
        .frame(frame)
        .show(ui, |ui| {
            // Under the key help nothing answers the pointer: a legend
            // row's tooltip would be drawn over the help.
            if help {
                ui.disable();
            }
            body(ui)
        })
        .inner;
    if help_open(ui.ctx()) {
        help_overlay_ui(ui.ctx(), projection);
    }
    inner
}

/// The button that opens and closes the key help ("Keys (F1 / ?)").
pub fn help_button_ui(ui: &mut Ui, lang: Lang) {
    let help_keys = help_keys_text(lang, is_mac(ui.ctx()));
    let help = tr_args(lang, "present-help", &[("keys", Arg::Text(&help_keys))]);
    if ui.button(help).clicked() {
        let open = help_open(ui.ctx());
        set_help_open(ui.ctx(), !open);
    }
}

/// The way out and the key help, on the title's right.
fn buttons_ui(ui: &mut Ui, lang: Lang, out: &mut Vec<Command>) {
    let mac = is_mac(ui.ctx());
    let leave_keys = command_keys(&Command::View(ViewCommand::LeavePresentation), lang, mac);
    let leave = tr_args(lang, "present-leave", &[("keys", Arg::Text(&leave_keys))]);
    if ui
        .button(leave)
        .on_hover_text(tr(lang, "present-leave-hint"))
        .clicked()
    {
        out.push(Command::View(ViewCommand::LeavePresentation));
    }
    help_button_ui(ui, lang);
}

/// The overlay: every key of the screen and what it does, in large type
/// (the projected blend, drawn in a frame of its own, calls it too).
pub fn help_overlay_ui(ctx: &egui::Context, projection: &Projection<'_>) {
    let lang = projection.lang;
    let tokens = theme::tokens(ctx);
    let title = tr(lang, "present-help-title");
    let shown = egui::Modal::new(egui::Id::unique("cx-projected-key-help-overlay"))
        .frame(
            egui::Frame::popup(&ctx.global_style())
                .fill(tokens.background)
                .inner_margin(egui::Margin::same(MARGIN_PT)),
        )
        .show(ctx, |ui| {
            ui.label(
                RichText::new(title)
                    .heading()
                    .strong()
                    .color(tokens.strong_text),
            );
            ui.add_space(8.0);
            keys_table_ui(ui, projection.keys);
            ui.add_space(8.0);
            let keys = help_keys_text(lang, is_mac(ctx));
            let close = tr_args(lang, "present-help-close", &[("keys", Arg::Text(&keys))]);
            ui.label(RichText::new(close).color(tokens.text));
        });
    if shown.should_close() {
        set_help_open(ctx, false);
    }
}

/// The key help's rows: the keys, then what they do, each column wrapped
/// between words to the window's width (a long line in Spanish or German
/// would otherwise widen the overlay past the window's edges).
fn keys_table_ui(ui: &mut Ui, keys: &[(String, String)]) {
    const GAP_PT: f32 = 32.0;
    let tokens = theme::tokens(ui.ctx());
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = |text: &str| {
        ui.fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font.clone(), tokens.text))
            .size()
            .x
            .ceil()
    };
    let room = (ui.ctx().content_rect().width() - 4.0 * f32::from(MARGIN_PT)).max(200.0);
    let key_w = keys
        .iter()
        .map(|(k, _)| width(k))
        .fold(0.0, f32::max)
        .min(room * 0.45);
    let what_w = keys
        .iter()
        .map(|(_, w)| width(w))
        .fold(0.0, f32::max)
        .min(room - key_w - GAP_PT);
    let cell = |ui: &mut Ui, w: f32, text: RichText| {
        ui.allocate_ui_with_layout(
            egui::vec2(w, ui.available_height()),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(w);
                ui.add(egui::Label::new(text).wrap());
            },
        );
    };
    ui.spacing_mut().item_spacing.y = 10.0;
    for (keys, what) in keys {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = GAP_PT;
            cell(
                ui,
                key_w,
                RichText::new(keys).strong().color(tokens.strong_text),
            );
            cell(ui, what_w, RichText::new(what).color(tokens.text));
        });
    }
}
