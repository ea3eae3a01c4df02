//! What a replayed control of the ingredient table tells AccessKit beyond
//! its role (see `table_cache`): a drag value's range, step and actions,
//! a menu button's role and value — as egui's own controls give them, so
//! a screen reader and the tests find a replayed row as a live one.

use egui::{Response, Ui, WidgetInfo};

/// What egui's `DragValue` tells AccessKit beyond its role, for a
/// replayed one: its range, step, actions and the value as shown.
pub fn drag_node(
    ui: &Ui,
    response: &Response,
    (max, step, value): (f64, f64, f64),
    text: impl FnOnce() -> String,
) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        use egui::accesskit::Action;
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(max);
        node.set_numeric_value_step(step);
        node.add_action(Action::SetValue);
        if value < max {
            node.add_action(Action::Increment);
        }
        if value > 0.0 {
            node.add_action(Action::Decrement);
        }
        node.clear_label();
        node.set_value(text());
    });
}

/// A menu button's accessible role and value, as egui's own gives it.
pub fn combo_info(text: &str) -> WidgetInfo {
    let mut info = WidgetInfo::new(egui::Role::ComboBox);
    info.enabled = true;
    info.current_text_value = Some(text.to_owned());
    info
}
