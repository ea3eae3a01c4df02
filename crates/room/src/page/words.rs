//! The participant page's words in English, Spanish and German: the
//! product's Fluent catalogues (`i18n/room-*.ftl`, the keys `page-…`),
//! read once when a room opens and sent to the browser in the page's data
//! block, which picks the browser's language (English for any other). The
//! catalogue's `{ $n }`-style placeholders reach the page as `{n}`, which its
//! script fills in, always as text.

use std::collections::BTreeMap;

use cx_recipe_core::i18n::{Arg, Lang, tr_args};

/// The page's name for each text (what `page.js` reads) and its key in the
/// catalogues. A key the catalogues lack fails the tests below.
const KEYS: [(&str, &str); 30] = [
    ("intro", "page-intro"),
    ("introFree", "page-intro-free"),
    ("nameLabel", "page-name-label"),
    ("pointsLeft", "page-points-left"),
    ("pointLeft", "page-point-left"),
    ("noPointsLeft", "page-no-points-left"),
    ("total", "page-total"),
    ("fewer", "page-fewer"),
    ("more", "page-more"),
    ("pointsValue", "page-points-value"),
    ("pointValue", "page-point-value"),
    ("unnamed", "page-unnamed"),
    ("send", "page-send"),
    ("sendAgain", "page-send-again"),
    ("resend", "page-resend"),
    ("saveFile", "page-save-file"),
    ("sending", "page-sending"),
    ("received", "page-received"),
    ("receivedNamed", "page-received-named"),
    ("changed", "page-changed"),
    ("savedFile", "page-saved-file"),
    ("needPoints", "page-need-points"),
    ("errTooMany", "page-err-too-many"),
    ("errFull", "page-err-full"),
    ("errInvalid", "page-err-invalid"),
    ("errNetwork", "page-err-network"),
    ("errNotSaved", "page-err-not-saved"),
    ("errClosed", "page-err-closed"),
    ("privacy", "page-privacy"),
    ("fileHint", "page-file-hint"),
];

/// The placeholders the page's script fills in.
const PLACEHOLDERS: [(&str, &str); 4] = [
    ("n", "{n}"),
    ("name", "{name}"),
    ("points", "{points}"),
    ("file", "{file}"),
];

/// Every text the page shows in `lang`, by the page's name for it, and
/// `lang` itself (the page's `lang` attribute).
pub fn words(lang: Lang) -> BTreeMap<&'static str, String> {
    let args: Vec<(&str, Arg<'_>)> = PLACEHOLDERS
        .iter()
        .map(|&(name, shown)| (name, Arg::Text(shown)))
        .collect();
    let mut words: BTreeMap<&'static str, String> = KEYS
        .iter()
        .map(|&(name, key)| (name, tr_args(lang, key, &args)))
        .collect();
    words.insert("lang", lang.code().to_owned());
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_in_every_language_with_the_pages_placeholders() {
        let english = words(Lang::En);
        for lang in Lang::ALL {
            let mine = words(lang);
            assert_eq!(mine["lang"], lang.code());
            assert_eq!(mine.len(), KEYS.len() + 1);
            for (name, key) in KEYS {
                let text = &mine[name];
                // A key the catalogue lacks comes back as the key.
                assert!(!text.is_empty() && text != key, "{}: {key}", lang.code());
                for (_, p) in PLACEHOLDERS {
                    assert_eq!(
                        english[name].contains(p),
                        text.contains(p),
                        "{}: {text}",
                        lang.code()
                    );
                }
                assert!(!text.contains('$') && !text.contains("{ "), "{text}");
            }
        }
        assert_eq!(
            words(Lang::En)["pointsLeft"],
            "{n} points left",
            "a placeholder reaches the page as the script fills it"
        );
        assert_eq!(words(Lang::Es)["send"], "Enviar mi respuesta");
    }
}
