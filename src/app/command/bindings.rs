//! Each action's name and keyboard shortcut, in one place: the menus, the
//! buttons, the tooltips and the key help all read them from here, so a
//! shortcut is changed once and is named the way the system names it (⌘ on
//! macOS, Ctrl elsewhere) in the window's language.

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::{Command, EditCommand, FileCommand, MethodCommand, ViewCommand};
use crate::app::ui_state::{EditorTab, UiAction};
use crate::i18n::Lang;

/// Something a person can do by name: a command, or a change of the UI
/// state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command, carried out by `exec` after the frame.
    Command(Command),
    /// A change of what is shown, made at once.
    Ui(UiAction),
}

/// An action's name and key.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    /// What it does.
    pub action: Action,
    /// Its name in the menus: a catalogue key.
    pub label: &'static str,
    /// Its keyboard shortcut, if it has one.
    pub shortcut: Option<KeyboardShortcut>,
}

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const fn key(modifiers: Modifiers, key: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(modifiers, key))
}

const fn file(label: &'static str, c: FileCommand, shortcut: Option<KeyboardShortcut>) -> Binding {
    Binding {
        action: Action::Command(Command::File(c)),
        label,
        shortcut,
    }
}

const fn edit(label: &'static str, c: EditCommand, shortcut: Option<KeyboardShortcut>) -> Binding {
    Binding {
        action: Action::Command(Command::Edit(c)),
        label,
        shortcut,
    }
}

const fn view(label: &'static str, c: ViewCommand, shortcut: Option<KeyboardShortcut>) -> Binding {
    Binding {
        action: Action::Command(Command::View(c)),
        label,
        shortcut,
    }
}

const fn tab(label: &'static str, tab: EditorTab, k: Key) -> Binding {
    Binding {
        action: Action::Ui(UiAction::ShowTab(tab)),
        label,
        shortcut: key(CTRL, k),
    }
}

/// Every named action. The window's shortcuts are checked in this order,
/// so the longer combinations (Ctrl+Shift+S) come before the shorter
/// (Ctrl+S).
pub static BINDINGS: [Binding; 28] = [
    file(
        "menu-file-save-as",
        FileCommand::SaveAs,
        key(CTRL_SHIFT, Key::S),
    ),
    edit("menu-edit-redo", EditCommand::Redo, key(CTRL_SHIFT, Key::Z)),
    file(
        "export-menu-copy",
        FileCommand::CopySummary,
        key(CTRL_SHIFT, Key::C),
    ),
    file("menu-file-new", FileCommand::New, key(CTRL, Key::N)),
    file("menu-file-open", FileCommand::Open, key(CTRL, Key::O)),
    file("menu-file-save", FileCommand::Save, key(CTRL, Key::S)),
    file("menu-file-quit", FileCommand::Quit, key(CTRL, Key::Q)),
    edit("menu-edit-undo", EditCommand::Undo, key(CTRL, Key::Z)),
    // A second key for redo, named in no menu.
    edit("menu-edit-redo", EditCommand::Redo, key(CTRL, Key::Y)),
    edit(
        "menu-edit-add-ingredient",
        EditCommand::AddIngredient,
        key(CTRL, Key::I),
    ),
    view(
        "menu-view-library",
        ViewCommand::ToggleLibrary,
        key(CTRL, Key::L),
    ),
    tab("tab-ingredients", EditorTab::Ingredients, Key::Num1),
    tab("tab-method", EditorTab::Method, Key::Num2),
    tab("tab-profile", EditorTab::Profile, Key::Num3),
    tab("tab-notes", EditorTab::Notes, Key::Num4),
    edit(
        "menu-edit-move-up",
        EditCommand::MoveSelectedUp,
        key(Modifiers::ALT, Key::ArrowUp),
    ),
    edit(
        "menu-edit-move-down",
        EditCommand::MoveSelectedDown,
        key(Modifiers::ALT, Key::ArrowDown),
    ),
    edit(
        "menu-edit-remove-ingredient",
        EditCommand::RemoveSelected,
        key(CTRL, Key::Delete),
    ),
    view(
        "menu-view-present",
        ViewCommand::EnterPresentation,
        key(Modifiers::NONE, Key::F5),
    ),
    // Named in menus, with no key of their own.
    file("export-menu-chart", FileCommand::ExportChart, None),
    file("export-menu-csv", FileCommand::ExportCsv, None),
    file(
        "export-menu-spreadsheet",
        FileCommand::ExportSpreadsheet,
        None,
    ),
    file("export-menu-copy-chart", FileCommand::CopyChart, None),
    Binding {
        action: Action::Command(Command::Workshop(super::WorkshopCommand::CompareWith)),
        label: "menu-file-compare",
        shortcut: None,
    },
    Binding {
        action: Action::Command(Command::Workshop(super::WorkshopCommand::Blend)),
        label: "menu-file-blend",
        shortcut: None,
    },
    Binding {
        action: Action::Command(Command::Method(MethodCommand::AddStep)),
        label: "menu-edit-add-step",
        shortcut: None,
    },
    // The keys of presentation mode and of the compare and blend screens,
    // named in their key help.
    view(
        "present-leave",
        ViewCommand::LeavePresentation,
        key(Modifiers::NONE, Key::Escape),
    ),
    view(
        "menu-view-group-small",
        ViewCommand::ToggleGroupSmallSlices,
        key(Modifiers::NONE, Key::G),
    ),
];

/// The keys that only presentation mode reads (the window's own shortcuts
/// are the rest): leaving and grouping are bindings above; locking the
/// selected ingredient is this key.
pub const PRESENT_LOCK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::L);

/// The keys that open and close the key help on a projected screen.
pub const PRESENT_HELP: [KeyboardShortcut; 2] = [
    KeyboardShortcut::new(Modifiers::NONE, Key::F1),
    KeyboardShortcut::new(Modifiers::NONE, Key::Questionmark),
];

/// The key presentation mode opens the room screen with (see
/// `RoomCommand::Show`), named in its key help and in the File menu.
pub const PRESENT_ROOM: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::R);

/// Whether a binding is one of the window's own shortcuts, read on every
/// screen (the presentation keys are read by presentation mode alone).
pub fn is_window_shortcut(binding: &Binding) -> bool {
    !matches!(
        binding.action,
        Action::Command(Command::View(
            ViewCommand::LeavePresentation | ViewCommand::ToggleGroupSmallSlices
        ))
    )
}

/// The binding of an action, if it is named.
pub fn binding(action: &Action) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| &b.action == action)
}

/// The shortcut of a command, if it has one.
pub fn shortcut_of(command: &Command) -> Option<KeyboardShortcut> {
    binding(&Action::Command(command.clone())).and_then(|b| b.shortcut)
}

/// The shortcut of a UI action, if it has one.
pub fn ui_shortcut_of(action: UiAction) -> Option<KeyboardShortcut> {
    binding(&Action::Ui(action)).and_then(|b| b.shortcut)
}

/// The names of the modifier keys in `lang`: ⌘ ⇧ ⌥ on macOS, words
/// elsewhere, as the keyboards of that language print them (German Strg).
pub fn modifier_names(lang: Lang, mac: bool) -> ModifierNames<'static> {
    match (mac, lang) {
        (true, _) => ModifierNames::SYMBOLS,
        (false, Lang::En | Lang::Es) => ModifierNames::NAMES,
        (false, Lang::De) => ModifierNames {
            ctrl: "Strg",
            ..ModifierNames::NAMES
        },
    }
}

/// A key's name as people read it in `lang`: "Esc", "Up" ("Arriba",
/// "Hoch"), "F5".
pub fn key_name(key: Key, lang: Lang) -> String {
    let word = match (key, lang) {
        (Key::Escape, _) => "Esc",
        (Key::Questionmark, _) => "?",
        (Key::ArrowUp, Lang::En) => "Up",
        (Key::ArrowDown, Lang::En) => "Down",
        (Key::ArrowLeft, Lang::En) => "Left",
        (Key::ArrowRight, Lang::En) => "Right",
        (Key::ArrowUp, Lang::Es) => "Arriba",
        (Key::ArrowDown, Lang::Es) => "Abajo",
        (Key::ArrowLeft, Lang::Es) => "Izquierda",
        (Key::ArrowRight, Lang::Es) => "Derecha",
        (Key::ArrowUp, Lang::De) => "Hoch",
        (Key::ArrowDown, Lang::De) => "Runter",
        (Key::ArrowLeft, Lang::De) => "Links",
        (Key::ArrowRight, Lang::De) => "Rechts",
        (other, _) => other.name(),
    };
    word.to_owned()
}

/// A shortcut as the menus and tooltips show it: "Ctrl+Shift+S" (or
/// "⇧⌘S" on macOS).
pub fn shortcut_text(shortcut: &KeyboardShortcut, lang: Lang, mac: bool) -> String {
    let names = modifier_names(lang, mac);
    let mut text = names.format(&shortcut.modifiers, mac);
    if !text.is_empty() {
        text.push_str(names.concat);
    }
    if names.is_short {
        text.push_str(shortcut.logical_key.symbol_or_name());
    } else {
        text.push_str(&key_name(shortcut.logical_key, lang));
    }
    text
}

/// The shortcut text of a command, or "".
pub fn command_keys(command: &Command, lang: Lang, mac: bool) -> String {
    shortcut_of(command).map_or_else(String::new, |s| shortcut_text(&s, lang, mac))
}

/// Whether the window runs on macOS (egui's idea of the system).
pub fn is_mac(ctx: &egui::Context) -> bool {
    ctx.os() == egui::os::OperatingSystem::Mac
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_unique() {
        let keys: Vec<KeyboardShortcut> = BINDINGS.iter().filter_map(|b| b.shortcut).collect();
        for (i, a) in keys.iter().enumerate() {
            for b in keys.iter().skip(i + 1) {
                assert_ne!(a, b);
            }
        }
        assert_eq!(
            shortcut_of(&Command::File(FileCommand::Save)),
            Some(KeyboardShortcut::new(CTRL, Key::S))
        );
    }

    #[test]
    fn shortcuts_are_named_as_the_system_names_them() {
        let save_as = shortcut_of(&Command::File(FileCommand::SaveAs)).unwrap();
        assert_eq!(shortcut_text(&save_as, Lang::En, false), "Ctrl+Shift+S");
        assert_eq!(shortcut_text(&save_as, Lang::En, true), "⇧⌘S");
        let new = Command::File(FileCommand::New);
        assert_eq!(command_keys(&new, Lang::De, false), "Strg+N");
        assert_eq!(command_keys(&new, Lang::Es, false), "Ctrl+N");
        assert_eq!(command_keys(&new, Lang::En, true), "⌘N");
        let up = shortcut_of(&Command::Edit(EditCommand::MoveSelectedUp)).unwrap();
        assert_eq!(shortcut_text(&up, Lang::En, false), "Alt+Up");
        assert_eq!(shortcut_text(&up, Lang::En, true), "⌥⏶");
        let leave = shortcut_of(&Command::View(ViewCommand::LeavePresentation)).unwrap();
        assert_eq!(shortcut_text(&leave, Lang::Es, false), "Esc");
    }

    #[test]
    fn every_menu_label_is_in_the_catalogue() {
        for binding in &BINDINGS {
            let text = crate::i18n::tr(Lang::En, binding.label);
            assert_ne!(text, binding.label, "{} has no text", binding.label);
        }
    }
}
