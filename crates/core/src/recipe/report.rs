//! Small helpers shared by the diff and blend reports: percentages and signed
//! percentage points as people read them, cells safe for a terminal and for
//! Markdown, and a plain-text table.

use std::fmt::Write as _;

use super::shown;

/// How a column of a text table lines up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Align {
    /// Text: flush left.
    Left,
    /// Numbers: flush right.
    Right,
}

/// A share (0–1) as a percentage with one decimal, rounded on its own
/// ([`shown::percent`]).
pub(crate) fn percent_1(share: f64) -> String {
    shown::percent(share, 1)
}

/// Percentage points with one decimal, unsigned: a spread such as a standard
/// deviation.
pub(crate) fn pp_1(points: f64) -> String {
    shown::points(points, 1)
}

/// A change in percentage points with one decimal and its sign, the true
/// change rounded: "+12.4 pp", "−3.0 pp", "0.0 pp".
pub(crate) fn signed_pp_1(points: f64) -> String {
    shown::signed_points(points, 1)
}

/// A name from a stranger's file, made safe to print: control characters
/// (which could send escape sequences to a terminal) are replaced, line
/// breaks included, since a table row is one line.
pub(crate) fn terminal_safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// A Markdown table cell: terminal-safe, and `|` escaped so that it cannot
/// end the cell.
pub(crate) fn markdown_cell(text: &str) -> String {
    terminal_safe(text).replace('|', "\\|")
}

/// A plain-text table: a header, a rule under it, and the rows, columns
/// padded to their widest cell (counted in characters). Trailing spaces are
/// trimmed from every line.
pub(crate) fn text_table(header: &[&str], aligns: &[Align], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            let len = cell.chars().count();
            match widths.get_mut(i) {
                Some(w) => *w = (*w).max(len),
                None => widths.push(len),
            }
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut out = String::new();
        for (i, cell) in cells.enumerate() {
            let width = widths.get(i).copied().unwrap_or(0);
            if i > 0 {
                out.push_str("  ");
            }
            match aligns.get(i).copied().unwrap_or(Align::Left) {
                Align::Left => {
                    let _ = write!(out, "{cell:<width$}");
                }
                Align::Right => {
                    let _ = write!(out, "{cell:>width$}");
                }
            }
        }
        out.trim_end().to_owned()
    };
    let mut out = line(&mut header.iter().copied());
    out.push('\n');
    let rule_len = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
    out.push_str(&"-".repeat(rule_len));
    out.push('\n');
    for row in rows {
        out.push_str(&line(&mut row.iter().map(String::as_str)));
        out.push('\n');
    }
    out
}

/// A sort key for a float that makes values equal up to rounding noise equal,
/// so that ties are broken by name as promised, whatever order the additions
/// that made them happened in. `scale` is the resolution's inverse.
pub(crate) fn rank(value: f64, scale: f64) -> i64 {
    // `as` saturates, and NaN becomes 0: sorting never panics.
    (value * scale).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_points_read_well() {
        assert_eq!(signed_pp_1(12.4), "+12.4 pp");
        assert_eq!(signed_pp_1(-3.0), "\u{2212}3.0 pp");
        assert_eq!(signed_pp_1(0.0), "0.0 pp");
        assert_eq!(signed_pp_1(-0.1), "\u{2212}0.1 pp");
        assert_eq!(signed_pp_1(1.67), "+1.7 pp");
        assert_eq!(pp_1(-0.01), "0.0 pp");
        assert_eq!(percent_1(0.1234), "12.3 %");
    }

    #[test]
    fn names_cannot_break_the_output() {
        assert_eq!(terminal_safe("a\u{1b}[2J\nb"), "a\u{fffd}[2J\u{fffd}b");
        assert_eq!(markdown_cell("a|b"), "a\\|b");
    }

    #[test]
    fn table_columns_line_up() {
        let t = text_table(
            &["Name", "Share"],
            &[Align::Left, Align::Right],
            &[
                vec!["Ä long name".to_owned(), "1.0 %".to_owned()],
                vec!["B".to_owned(), "10.0 %".to_owned()],
            ],
        );
        assert_eq!(
            t,
            "Name          Share\n\
             -------------------\n\
             Ä long name   1.0 %\n\
             B            10.0 %\n"
        );
    }

    #[test]
    fn ranks_ignore_rounding_noise() {
        assert_eq!(rank(0.1 + 0.2, 1e12), rank(0.3, 1e12));
        assert_eq!(rank(f64::NAN, 1e12), 0);
        assert!(rank(0.5, 1e12) > rank(0.4, 1e12));
    }
}
