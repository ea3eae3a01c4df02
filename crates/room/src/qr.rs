//! The room's address as a QR code: a matrix of dark and light modules for
//! the window to draw at projector size, and the same in a terminal.

use qrcode::{Color, EcLevel, QrCode};

/// Light modules a reader needs around the code, on each side.
pub const QUIET_ZONE: usize = 4;

/// A QR code as modules: `width × width`, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// The code for `text`, with medium error correction (a projected code
    /// survives a glare or a head in the way).
    ///
    /// # Errors
    /// When the text is too long for any QR code.
    pub fn encode(text: &str) -> Result<Self, String> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .map_err(|e| e.to_string())?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Ok(Self { width, dark })
    }

    /// Modules on a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code
    /// (the quiet zone) it is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width
            && y < self.width
            && self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }

    /// The code in a terminal with a dark background: two rows a line, the
    /// light modules (and the quiet zone) drawn as blocks.
    pub fn to_terminal(&self) -> String {
        let side = self.width + 2 * QUIET_ZONE;
        // Module (col, row) including the quiet zone.
        let light = |col: usize, row: usize| {
            let inside = |v: usize| v.checked_sub(QUIET_ZONE);
            match (inside(col), inside(row)) {
                (Some(x), Some(y)) => !self.is_dark(x, y),
                _ => true,
            }
        };
        let mut out = String::with_capacity(side * side * 2);
        for row in (0..side).step_by(2) {
            for col in 0..side {
                let top = light(col, row);
                let bottom = row + 1 >= side || light(col, row + 1);
                out.push(match (top, bottom) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_address_fits_a_small_code() {
        let qr = QrMatrix::encode("http://192.168.100.200:65535/k7m2-x9pq/").unwrap();
        // Version 3 (29 modules) at medium correction: large modules on a
        // projector.
        assert!(qr.width() <= 29, "{}", qr.width());
        // Finder pattern in the top-left corner; light outside.
        assert!(qr.is_dark(0, 0) && qr.is_dark(6, 6) && !qr.is_dark(7, 7));
        assert!(!qr.is_dark(qr.width(), 0));
        let text = qr.to_terminal();
        assert_eq!(
            text.lines().count(),
            (qr.width() + 2 * QUIET_ZONE).div_ceil(2)
        );
        assert!(text.lines().all(|l| l.chars().count() == qr.width() + 8));
    }
}
