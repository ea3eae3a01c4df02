//! What the window shows: the screens, as values. How each lays out its
//! views is `views::screens`.

/// The screens the window can show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// The table beside the live pie: where a recipe is made.
    #[default]
    Editor,
    /// Two recipes side by side, and what changed between them.
    Compare,
    /// Participants' recipes blended, and the reveal for the room.
    Blend,
    /// The participants' room: its QR code, address, code and answer
    /// count at presentation size, or how to open one.
    Room,
    /// The chart alone, full screen and in large type, for an audience;
    /// driven from the keyboard.
    Presentation,
}
