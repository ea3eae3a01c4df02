//! Text widths without a font engine: estimates from Ubuntu Light's advance
//! widths, and cutting text to fit with an ellipsis.

const ELLIPSIS: char = '…';

/// `text` as is if it fits `max_width_px` at `font_px`, else its longest
/// prefix that fits followed by "…". `None` if not even "…" fits or the text
/// is empty.
pub(super) fn fit_text(text: &str, max_width_px: f64, font_px: f64) -> Option<String> {
    if text.is_empty() || font_px <= 0.0 {
        return None;
    }
    let max_em = max_width_px / font_px;
    if text_width_em(text) <= max_em {
        return Some(text.to_owned());
    }
    let room = max_em - char_width_em(ELLIPSIS);
    if room < 0.0 {
        return None;
    }
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += char_width_em(c);
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    let prefix = text.get(..end).unwrap_or_default().trim_end();
    Some(format!("{prefix}{ELLIPSIS}"))
}

/// Estimated width of `text` in em.
pub(super) fn text_width_em(text: &str) -> f64 {
    text.chars().map(char_width_em).sum()
}

/// Advance widths of Ubuntu Light for ' '..='~', in thousandths of an em.
const ASCII_ADVANCE: [u16; 95] = [
    228, 274, 392, 653, 564, 831, 648, 240, 310, 310, 472, 564, 246, 282, 246, 359, 564, 564, 564,
    564, 564, 564, 564, 564, 564, 564, 246, 246, 564, 564, 564, 380, 940, 641, 630, 609, 702, 555,
    520, 658, 692, 248, 487, 599, 502, 865, 709, 774, 592, 774, 618, 517, 548, 680, 624, 921, 608,
    569, 560, 310, 359, 310, 564, 490, 376, 509, 583, 460, 583, 548, 376, 573, 569, 237, 237, 495,
    255, 863, 569, 582, 583, 583, 374, 428, 387, 569, 480, 775, 499, 474, 455, 319, 262, 319, 564,
];

/// Estimated advance width of `c` in em: exact for ASCII, generous otherwise.
fn char_width_em(c: char) -> f64 {
    let code = u32::from(c);
    if let Some(advance) = code
        .checked_sub(0x20)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| ASCII_ADVANCE.get(i))
    {
        return f64::from(*advance) / 1000.0;
    }
    match code {
        // The ellipsis; CJK, Hangul, full-width forms and emoji.
        0x2026
        | 0x1100..=0x11ff
        | 0x2e80..=0xa4cf
        | 0xac00..=0xd7a3
        | 0xf900..=0xfaff
        | 0xff00..=0xff60
        | 0x1_f000.. => 1.0,
        _ => 0.65,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_text_cuts_with_ellipsis() {
        assert_eq!(fit_text("Speed", 1000.0, 10.0).as_deref(), Some("Speed"));
        let cut = fit_text("Personalised attention", 60.0, 10.0).unwrap();
        assert!(cut.ends_with('…'));
        assert!(text_width_em(&cut) * 10.0 <= 60.0);
        assert_eq!(fit_text("Speed", 5.0, 10.0), None);
        assert_eq!(fit_text("", 100.0, 10.0), None);
        assert_eq!(
            fit_text("Ünïcödé ✓ 漢字", 1000.0, 10.0).as_deref(),
            Some("Ünïcödé ✓ 漢字")
        );
    }
}
