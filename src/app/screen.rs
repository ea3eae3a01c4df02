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
    /// The blend's reveal alone, full screen and in large type, for the
    /// room: each participant's pie and legend in turn, then the team's.
    PresentBlend,
}

impl Screen {
    /// Whether it is projected: full screen, in presentation's text sizes.
    pub fn is_presenting(self) -> bool {
        matches!(self, Self::Presentation | Self::PresentBlend)
    }
}
