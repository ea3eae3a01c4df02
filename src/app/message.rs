//! The line at the top of the window: what failed (and what was kept), or
//! something worth knowing.

/// A line at the top of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Something failed; says what and what was kept.
    Error(String),
    /// Something worth knowing.
    Info(String),
}
