//! The compare screen in a narrow window (under 1,000 points wide: 150 %
//! and 200 % zoom at 1280): one column that scrolls — A's pie, B's pie,
//! each as wide as the window, then what changed and the table of changes
//! (its columns scrolled sideways where they do not fit). Nothing is
//! squeezed beside anything else, so nothing is cut.

use egui::{RichText, Ui};

use super::AppView;
use super::compare::{compare_head_ui, diff_table_ui, title_of, zero_total_notes_ui};
use super::widgets::titled_pie_ui;
use crate::app::command::Command;
use crate::app::derived::workshop::CompareView;
use crate::app::workshop::Comparison;
use crate::i18n::tr;

/// Under this width (in points) the compare screen is one column.
pub const NARROW_PT: f32 = 1000.0;

/// Draws the compare screen in a narrow window: its bar, the banner, and
/// the column.
pub fn compare_narrow_screen_ui(ui: &mut Ui, view: &AppView<'_>, out: &mut Vec<Command>) {
    let Some((comparison, shown)) = compare_head_ui(ui, view, out) else {
        return;
    };
    column_ui(ui, view, comparison, shown);
}

/// The pies and the changes as one scrolling column.
fn column_ui(ui: &mut Ui, view: &AppView<'_>, comparison: &Comparison, shown: &CompareView) {
    let lang = view.lang;
    egui::CentralPanel::default().show(ui, |ui| {
        let height = ui.available_height();
        egui::ScrollArea::vertical()
            .id_salt("compare-narrow")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let a_file = view.derived.facts.display_name.as_str();
                let b_file = comparison.other.file_name();
                let [a_pie, b_pie] = &shown.pies;
                let fit = [a_pie.reach(), b_pie.reach()];
                // Each pie as tall as most of the window: the labels keep
                // their size, the pie its room.
                let pie_h = (height * 0.8).max(200.0);
                let a_title = format!("A · {}", title_of(view.recipe, lang));
                let b_title = format!("B · {}", title_of(&shown.other, lang));
                for (title, file, pie) in [(a_title, a_file, a_pie), (b_title, &*b_file, b_pie)] {
                    ui.allocate_ui(egui::vec2(ui.available_width(), pie_h), |ui| {
                        titled_pie_ui(ui, &title, file, pie, &fit);
                    });
                }
                ui.add_space(10.0);
                ui.add(
                    egui::Label::new(RichText::new(tr(lang, "compare-changes")).heading()).wrap(),
                );
                ui.add(
                    egui::Label::new(RichText::new(tr(lang, "compare-changes-how")).weak()).wrap(),
                );
                zero_total_notes_ui(ui, &shown.diff, lang);
                egui::ScrollArea::horizontal()
                    .id_salt("compare-narrow-columns")
                    .show(ui, |ui| {
                        ui.vertical(|ui| diff_table_ui(ui, shown, lang, false));
                    });
            });
    });
}
