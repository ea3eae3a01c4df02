//! Every error the file format writes can be read back and worded in
//! Spanish and German; English stays exactly what the command line prints.

use super::*;
use crate::recipe::format;

/// The catalogue's English for each sentence is the sentence itself: with
/// every part shown as `{name}`, it gives back the pattern.
#[test]
fn the_english_catalogue_is_the_cores_english() {
    for table in [DETAILS, PHRASES, IN_PHRASES] {
        for (pattern, key) in table {
            let mut names = Vec::new();
            let mut rest = *pattern;
            while let Some(open) = rest.find('{') {
                let close = rest[open..].find('}').unwrap() + open;
                names.push(rest[open + 1..close].to_owned());
                rest = &rest[close + 1..];
            }
            let shown: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
            let args: Vec<(&str, Arg<'_>)> = names
                .iter()
                .zip(&shown)
                .map(|(n, s)| (n.as_str(), Arg::Text(s)))
                .collect();
            assert_eq!(tr_args(Lang::En, key, &args), *pattern, "{key}");
            for lang in [Lang::Es, Lang::De] {
                let worded = tr_args(lang, key, &args);
                assert_ne!(worded, *key, "{key} missing in {lang:?}");
                for s in &shown {
                    assert!(worded.contains(s.as_str()), "{key} in {lang:?} drops {s}");
                }
            }
        }
    }
}

/// Broken files, one for each thing a person gets wrong, and the error each
/// gives.
fn broken() -> Vec<(&'static str, String)> {
    let long = format!("(title: \"{}\")", "x".repeat(201));
    [
        ("empty.ron", ""),
        ("comma.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1,5, unit: l)])"),
        ("v0.ron", "(version: 0, title: \"x\")"),
        ("v9.ron", "(version: 9, title: \"x\")"),
        ("neg.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: -1, unit: l)])"),
        ("big.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1e13, unit: l)])"),
        ("unit.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1, unit: gallon)])"),
        ("tag.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1, unit: l, tag: frying)])"),
        ("missing.ron", "(title: \"x\", ingredients: [(name: \"a\", unit: l)])"),
        ("unknown.ron", "(title: \"x\", colour: 3)"),
        ("nocomma.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1, unit: l) (name: \"b\", amount: 1, unit: l)])"),
        ("str.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: \"1\", unit: l)])"),
        ("mixed.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1, unit: l), (name: \"b\", amount: 1, unit: parts)])"),
        ("dup.ron", "(title: \"x\", title: \"y\")"),
        ("eof.ron", "(title: \"x\""),
        ("trailing.ron", "(title: \"x\") junk"),
        ("titlenum.ron", "(title: 3)"),
        ("colour.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1, unit: l, colour: \"red\")])"),
        ("budget.ron", "(title: \"x\", budget: 0)"),
        ("bool.ron", "(title: \"x\", ingredients: [(name: \"a\", amount: 1, unit: l, locked: yes)])"),
        ("profile.ron", "(title: \"x\", profile: (personality: Huge))"),
        ("notlist.ron", "(title: \"x\", ingredients: (name: \"a\"))"),
        ("noparen.ron", "title: \"x\""),
        ("long.ron", long.as_str()),
        ("note.ron", "(title: \"x\", notes: 3)"),
    ]
    .into_iter()
    .map(|(name, text)| (name, text.to_owned()))
    .collect()
}

/// The sentence after the file, line and column.
fn detail(error: &LoadError) -> &str {
    match error {
        LoadError::Syntax { message, .. }
        | LoadError::Invalid { message, .. }
        | LoadError::Image { message, .. } => message,
        _ => "",
    }
}

#[test]
fn every_broken_file_is_worded_in_every_language() {
    for (name, text) in broken() {
        let error = format::parse(text.as_bytes(), name).unwrap_err();
        let english = error.to_string();
        assert_eq!(error.message_in(Lang::En), english, "{name}");
        let sentence = detail(&error);
        assert!(
            sentence.is_empty() || is_known_detail(sentence),
            "{name}: no Spanish or German for {sentence:?}"
        );
        for lang in [Lang::Es, Lang::De] {
            let worded = error.message_in(lang);
            assert_ne!(worded, english, "{name} in {lang:?}");
            // The same place: file, line and column lead the message.
            let place = english.split(": ").next().unwrap();
            assert!(worded.starts_with(place), "{name}: {worded}");
        }
    }
}

#[test]
fn what_a_person_reads() {
    let error = |name: &str| {
        let (_, text) = broken().into_iter().find(|(n, _)| *n == name).unwrap();
        format::parse(text.as_bytes(), name).unwrap_err()
    };
    assert_eq!(
        error("comma.ron").message_in(Lang::Es),
        "comma.ron:1:48: se esperaba un número con punto decimal, como `1.5`; escribe `1.5`, no `1,5`"
    );
    assert_eq!(
        error("missing.ron").message_in(Lang::De),
        "missing.ron:1:47: erwartet wurde das Feld `amount` in einer Zutat, es fehlt aber"
    );
    assert_eq!(
        error("neg.ron").message_in(Lang::De),
        "neg.ron:1:48: erwartet wurde eine Menge von 0 oder mehr, gefunden -1"
    );
    assert_eq!(
        error("long.ron").message_in(Lang::Es),
        "long.ron:1:10: este texto tiene 201 caracteres, por encima del límite de 200"
    );
    assert!(
        error("v9.ron")
            .message_in(Lang::De)
            .starts_with("v9.ron:1:2: dieses Rezept ist im Dateiformat Version 9")
    );
    assert!(
        error("mixed.ron")
            .message_in(Lang::Es)
            .contains("«b» se mide en partes")
    );
}

#[test]
fn files_that_cannot_be_read_or_saved() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone.ron");
    let error = format::load(&gone).unwrap_err();
    assert!(
        error
            .message_in(Lang::Es)
            .ends_with(": el archivo no existe"),
        "{}",
        error.message_in(Lang::Es)
    );
    assert_eq!(error.message_in(Lang::En), error.to_string());
    let folder = format::load(dir.path()).unwrap_err();
    assert!(
        folder
            .message_in(Lang::De)
            .ends_with(": ist ein Ordner, keine Rezeptdatei")
    );
    let recipe = crate::recipe::Recipe::default();
    let picture = format::save(&dir.path().join("chart.png"), &recipe).unwrap_err();
    assert!(
        picture
            .message_in(Lang::Es)
            .contains("no se guardó: esto es una imagen (PNG)"),
        "{}",
        picture.message_in(Lang::Es)
    );
    let nowhere = format::save(&dir.path().join("no/such/folder/x.ron"), &recipe).unwrap_err();
    assert_eq!(nowhere.message_in(Lang::En), nowhere.to_string());
    assert!(
        nowhere
            .message_in(Lang::De)
            .contains("Speichern fehlgeschlagen"),
        "{}",
        nowhere.message_in(Lang::De)
    );
    // A picture that is not one: the image's own words.
    let fake = format::image::parse_file(b"\x89PNG\r\n\x1a\n", format::FileKind::Png, "fake.png")
        .unwrap_err();
    assert!(is_known_detail(detail(&fake)), "{fake}");
    assert!(
        fake.message_in(Lang::De).contains("abgeschnitten"),
        "{}",
        fake.message_in(Lang::De)
    );
}

#[test]
fn an_unknown_sentence_stays_english_in_a_worded_frame() {
    let error = LoadError::Syntax {
        path: "x.ron".to_owned(),
        line: 2,
        col: 3,
        message: "something new went wrong".to_owned(),
    };
    assert_eq!(
        error.message_in(Lang::Es),
        "x.ron:2:3: something new went wrong"
    );
    assert!(!is_known_detail("something new went wrong"));
    assert_eq!(
        detail_in(Lang::De, "Expected comma"),
        "erwartet wurde ein Komma"
    );
    // Phrases inside phrases.
    assert_eq!(
        detail_in(
            Lang::Es,
            "ingredient 3 (\"Speed\"): expected an amount of 0 or more, found -2"
        ),
        "el ingrediente 3 (\"Speed\"): se esperaba una cantidad igual o mayor que 0 y se encontró -2"
    );
}
