//! The ingredient table's two menus: a row's kind and its unit.

use egui::{Response, RichText, Ui};

use crate::app::command::{Command, EditCommand};
use crate::app::document::RowId;
use crate::app::theme;
use crate::app::words::{tag_label, tag_meaning, unit_label};
use crate::i18n::{Lang, tr};
use crate::recipe::{Ingredient, Tag, Unit};

/// The Kind column's width: "Cooking", "Cocinar", "Hornear" and "Kochen"
/// whole in its menu button.
pub const KIND_WIDTH_PT: f32 = 100.0;

/// The tag cell's word.
pub(super) fn tag_word(tag: Option<Tag>, lang: Lang) -> String {
    tag.map_or_else(|| "–".to_owned(), |tag| tag_label(lang, tag))
}

/// The tag cell: baking, cooking or neither, from a small menu.
pub(super) fn tag_ui(
    ui: &mut Ui,
    (i, row_id): (usize, RowId),
    ing: &Ingredient,
    lang: Lang,
    out: &mut Vec<Command>,
) -> Response {
    let colour = match ing.tag {
        Some(Tag::Baking) => theme::tokens(ui.ctx()).baking,
        Some(Tag::Cooking) => theme::tokens(ui.ctx()).cooking,
        None => ui.visuals().weak_text_color(),
    };
    let text = tag_word(ing.tag, lang);
    egui::ComboBox::new(("tag", row_id), "")
        .selected_text(RichText::new(text).color(colour).size(theme::SMALL_PT))
        .width(KIND_WIDTH_PT - 8.0)
        .show_ui(ui, |ui| {
            for tag in [Some(Tag::Baking), Some(Tag::Cooking), None] {
                let (label, hint) = match tag {
                    Some(tag) => (tag_label(lang, tag), tag_meaning(lang, tag)),
                    None => (tr(lang, "tag-neither"), tr(lang, "tag-neither-meaning")),
                };
                if ui
                    .selectable_label(ing.tag == tag, label)
                    .on_hover_text(hint)
                    .clicked()
                    && ing.tag != tag
                {
                    out.push(Command::Edit(EditCommand::SetTag(i, tag)));
                }
            }
        })
        .response
}

/// The unit's name in the menu, with its size for the kitchen volumes.
pub(super) fn unit_menu_label(lang: Lang, unit: Unit) -> String {
    let label = unit_label(lang, unit, 1.0);
    match unit.ml_per_unit() {
        Some(ml) if unit != Unit::Millilitre && unit != Unit::Cc => {
            format!("{label} ({} ml)", crate::recipe::human_amount(ml))
        }
        _ => label,
    }
}
