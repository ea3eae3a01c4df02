//! Accessible names and descriptions for controls: what a screen reader (and
//! a kittest test) finds a control by, built only when someone will read it.

/// Gives an icon-only control a name a screen reader (and a test) can use.
pub fn named(response: egui::Response, label: &str) -> egui::Response {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(label));
    response
}

/// Gives a control its accessible name, built only when the accessibility
/// tree (a screen reader, a test) is being filled this frame.
pub fn named_lazily(response: egui::Response, label: impl FnOnce() -> String) -> egui::Response {
    if response.ctx.has_accesskit_node(response.id) {
        named(response, &label())
    } else {
        response
    }
}

/// Whether anyone will read a control's describing text this frame: the
/// pointer is on it, or a screen reader (AccessKit) is listening. The text
/// is built only then, not for every cell of every frame.
fn will_be_read(response: &egui::Response) -> bool {
    response.hovered() || response.has_focus() || response.ctx.has_accesskit_node(response.id)
}

/// A tooltip that is also the control's accessible description (and its
/// name if it has none), built only when someone will read it.
pub fn described(response: egui::Response, text: impl FnOnce() -> String) -> egui::Response {
    if will_be_read(&response) {
        response.on_hover_text(text())
    } else {
        response
    }
}

/// An icon-only control's accessible name and tooltip, built only when
/// someone will read them.
pub fn icon_named(
    response: egui::Response,
    name: impl FnOnce() -> String,
    tooltip: impl FnOnce() -> String,
) -> egui::Response {
    if will_be_read(&response) {
        named(response, &name()).on_hover_text(tooltip())
    } else {
        response
    }
}
