//! File names to suggest in a save or export dialog that every system
//! accepts: Windows refuses device names (`CON`, `NUL`, `COM1`, also as
//! `con.ron`), names ending in a dot or a space, and a few characters that
//! Linux and macOS allow. A recipe's title is free text, and a name that
//! came from a file on another system may be one of these.

/// The longest suggested name, in characters: far from any system's limit,
/// so that the folder's path has room too.
const LONGEST_NAME: usize = 120;

/// Names Windows keeps for devices, whatever the extension and the case.
const DEVICE_NAMES: [&str; 30] = [
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
    "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];
/// The console's own devices.
const CONSOLE_NAMES: [&str; 2] = ["CONIN$", "CONOUT$"];

/// What is added to a device name to make it an ordinary one:
/// `con.ron` becomes `con-recipe.ron`.
const NOT_A_DEVICE: &str = "-recipe";

/// `name` (a file name with its extension, no folder) made safe to
/// suggest on every system: characters Windows refuses become `-`, a
/// trailing dot or space goes, a device name gets [`NOT_A_DEVICE`] added,
/// and an empty name becomes `recipe`. A name that is safe already comes
/// back as it was.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if is_refused(c) { '-' } else { c })
        .collect();
    let (stem, extension) = split_extension(cleaned.trim());
    let stem: String = stem.chars().take(LONGEST_NAME).collect();
    let stem = stem.trim_end_matches(['.', ' ']);
    let stem = if stem.is_empty() { "recipe" } else { stem };
    let extension = extension.trim_end_matches(['.', ' ']);
    let mut safe = stem.to_owned();
    if is_device_name(stem) {
        safe.push_str(NOT_A_DEVICE);
    }
    if !extension.is_empty() {
        safe.push('.');
        safe.push_str(extension);
    }
    safe
}

/// A character no Windows file name may hold.
fn is_refused(c: char) -> bool {
    c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
}

/// The name before its last dot and the extension after it (without the
/// dot); a name whose only dot leads it has no extension.
fn split_extension(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(dot) if dot > 0 => (
            name.get(..dot).unwrap_or(name),
            name.get(dot + 1..).unwrap_or(""),
        ),
        _ => (name, ""),
    }
}

/// Whether Windows takes `stem` for a device: its part before the first
/// dot, without trailing spaces, is one of the device names in any case
/// (`CON`, `con.tar`, `Nul `, `com¹`). The one list of them: the room's
/// answer files are named by the same test.
pub fn is_device_name(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).trim_end();
    let upper = base.to_uppercase();
    DEVICE_NAMES.contains(&upper.as_str()) || CONSOLE_NAMES.contains(&upper.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_names_are_kept() {
        for name in [
            "ideal-cx.ron",
            "Ideal CX.png",
            "星の料理.ron",
            "a.b.svg",
            "console.ron",
        ] {
            assert_eq!(safe_file_name(name), name);
        }
    }

    #[test]
    fn device_names_are_never_suggested() {
        assert_eq!(safe_file_name("con.ron"), "con-recipe.ron");
        assert_eq!(safe_file_name("CON.ron"), "CON-recipe.ron");
        assert_eq!(safe_file_name("nul.png"), "nul-recipe.png");
        assert_eq!(safe_file_name("com1.ron"), "com1-recipe.ron");
        assert_eq!(safe_file_name("LPT9.svg"), "LPT9-recipe.svg");
        assert_eq!(safe_file_name("com¹.ron"), "com¹-recipe.ron");
        assert_eq!(safe_file_name("conout$.csv"), "conout$-recipe.csv");
        assert_eq!(safe_file_name("aux.tar.ron"), "aux.tar-recipe.ron");
        assert_eq!(safe_file_name("prn"), "prn-recipe");
        assert_eq!(safe_file_name("com10.ron"), "com10.ron");
    }

    #[test]
    fn trailing_dots_and_spaces_go() {
        assert_eq!(safe_file_name("plan. .ron"), "plan.ron");
        assert_eq!(safe_file_name("plan.ron. "), "plan.ron");
        assert_eq!(safe_file_name("plan..."), "plan");
        assert_eq!(safe_file_name(" .ron"), ".ron");
        assert_eq!(safe_file_name("...ron"), "recipe.ron");
        assert_eq!(safe_file_name(""), "recipe");
    }

    #[test]
    fn refused_characters_become_dashes() {
        assert_eq!(safe_file_name("a:b?.ron"), "a-b-.ron");
        assert_eq!(safe_file_name("a/b\\c.ron"), "a-b-c.ron");
        assert_eq!(safe_file_name("tab\there.ron"), "tab-here.ron");
    }

    #[test]
    fn long_names_are_shortened_before_the_extension() {
        let long = format!("{}.ron", "星".repeat(300));
        let safe = safe_file_name(&long);
        assert_eq!(safe.chars().count(), LONGEST_NAME + ".ron".len());
        assert!(safe.ends_with(".ron"));
    }
}
