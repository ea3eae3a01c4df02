//! Answer file names, made from participants' names: letters and digits of
//! any script, lower case, dashes between words — never a path, a dot file,
//! a device name or anything a request could steer. Collisions get `-2`,
//! `-3`, … (see `store`). Which names are devices is the core's one list
//! (`recipe::file_names::is_device_name`, what Save as suggests by too).

use cx_recipe_core::recipe::file_names::is_device_name;

/// The longest stem, in characters.
const MAX_STEM_CHARS: usize = 40;
/// The stem for a participant who gave no name (or none that is letters).
pub const UNNAMED: &str = "participant";

/// The file stem for a participant's name: `Ann-Marie O'Neil` →
/// `ann-marie-o-neil`; an empty or symbol-only name → [`UNNAMED`].
pub fn stem(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
        if out.chars().count() >= MAX_STEM_CHARS {
            break;
        }
    }
    if out.is_empty() || is_device_name(&out) {
        if out.is_empty() {
            return UNNAMED.to_owned();
        }
        out.push_str("-answer");
    }
    out
}

/// The file name for a stem and a number: `ann.ron`, `ann-2.ron`.
pub fn file_name(stem: &str, number: usize) -> String {
    if number <= 1 {
        format!("{stem}.ron")
    } else {
        format!("{stem}-{number}.ron")
    }
}

/// Whether `name` could be one this room made: letters, digits and dashes,
/// then `.ron`; checked on every name read back from the room's index
/// before it is used, so a tampered index cannot point outside the folder.
pub fn is_answer_file_name(name: &str) -> bool {
    name.strip_suffix(".ron").is_some_and(|stem| {
        !stem.is_empty()
            && !stem.starts_with('-')
            && stem.chars().all(|c| c == '-' || c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_stems() {
        for (name, stem_) in [
            ("Ann", "ann"),
            ("  Ann-Marie O'Neil ", "ann-marie-o-neil"),
            ("<script>alert(1)</script>", "script-alert-1-script"),
            ("../../etc/passwd", "etc-passwd"),
            ("C:\\Windows\\System32", "c-windows-system32"),
            ("José Müller", "josé-müller"),
            ("王小明", "王小明"),
            ("", UNNAMED),
            ("...", UNNAMED),
            ("🙂", UNNAMED),
            ("CON", "con-answer"),
            ("nul.txt", "nul-txt"),
            ("Lpt1", "lpt1-answer"),
            // Devices too, which the room's own list lacked.
            ("COM0", "com0-answer"),
            ("com¹", "com¹-answer"),
            ("LPT³", "lpt³-answer"),
            ("com10", "com10"),
        ] {
            assert_eq!(stem(name), stem_, "{name}");
            assert!(is_answer_file_name(&file_name(&stem(name), 2)), "{name}");
        }
        assert_eq!(stem(&"a".repeat(300)).chars().count(), MAX_STEM_CHARS);
    }

    #[test]
    fn collisions_are_numbered() {
        assert_eq!(file_name("ann", 1), "ann.ron");
        assert_eq!(file_name("ann", 2), "ann-2.ron");
    }

    #[test]
    fn only_our_own_names_are_read_back() {
        for bad in [
            "",
            ".ron",
            "../x.ron",
            "a/b.ron",
            "a\\b.ron",
            ".hidden.ron",
            "x.txt",
            "-x.ron",
            "a b.ron",
        ] {
            assert!(!is_answer_file_name(bad), "{bad}");
        }
        assert!(is_answer_file_name("participant-3.ron"));
    }
}
