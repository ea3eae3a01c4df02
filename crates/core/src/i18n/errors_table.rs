//! The sentences and phrases of the file format's errors, in the core's
//! English, each with the catalogue key that words it (`core-*.ftl`).

/// The sentences the file format writes, in English, with the catalogue
/// key that words them. `{name}` stands for a part that varies; a part
/// named `what` is itself a phrase from [`PHRASES`], one named `in_what` a
/// phrase from [`IN_PHRASES`] (a place, worded with its preposition: "im
/// Rezept"), one named `detail` a sentence from here; the others are kept
/// as written. The first that
/// matches wins, so the general ones come last.
pub const DETAILS: &[(&str, &str)] = &[
    (
        "expected UTF-8 text, found the byte 0x{byte}; a recipe file is plain text in UTF-8",
        "err-utf8",
    ),
    (
        "expected a recipe such as `(version: 1, title: \"…\", ingredients: [ … ])`, found an empty file",
        "err-empty",
    ),
    (
        "expected a number with a decimal point, such as `{fixed}`; write `{fixed}`, not `{written}`",
        "err-decimal-comma",
    ),
    (
        "expected a format version from 1 to {max}, found 0",
        "err-version-zero",
    ),
    (
        "expected more, found the end of the file; is the file cut short?",
        "err-eof",
    ),
    (
        "nested too deeply: a recipe is at most a few levels deep",
        "err-too-deep",
    ),
    (
        "expected a number such as `2.0` (no quotes, no unit)",
        "err-expected-number",
    ),
    (
        "expected text in double quotes, such as `\"Speed\"`",
        "err-expected-text",
    ),
    ("expected `true` or `false`", "err-expected-bool"),
    (
        "expected the field `{field}` in {in_what}, but it is missing",
        "err-missing-field",
    ),
    (
        "the field `{field}` appears twice in {in_what}",
        "err-duplicate-field",
    ),
    (
        "expected `(` to open a recipe or an ingredient",
        "err-expected-open",
    ),
    (
        "expected the end of the file after the recipe's closing `)`",
        "err-trailing",
    ),
    (
        "{what} is {chars} characters long, over the limit of {limit}",
        "err-too-long",
    ),
    (
        "the recipe has {count} ingredients, over the limit of {limit}",
        "err-too-many-ingredients",
    ),
    (
        "more than {limit} ingredients, the limit for one recipe",
        "err-more-than-ingredients",
    ),
    ("the budget must be more than 0 points", "err-budget-zero"),
    (
        "the recipe has {count} steps, over the limit of {limit}",
        "err-too-many-steps",
    ),
    (
        "{what} names {count} ingredients, over the limit of {limit}",
        "err-step-too-many",
    ),
    (
        "expected an amount of 0 or more, found NaN (not a number)",
        "err-amount-nan",
    ),
    (
        "expected a finite amount, found infinity",
        "err-amount-infinite",
    ),
    (
        "expected an amount of 0 or more, found {amount}",
        "err-amount-negative",
    ),
    (
        "the amount {amount} is over the limit of {limit} for one ingredient",
        "err-amount-too-large",
    ),
    (
        "expected a unit such as `Litre`, `ml`, `cups`, `tbsp`, `tsp`, `UsCup` or `parts`, found `{found}`",
        "err-unit",
    ),
    (
        "expected the tag `Baking` or `Cooking`, found `{found}`",
        "err-tag",
    ),
    (
        "expected a colour as \"#rrggbb\" (six hexadecimal digits), found {found}",
        "err-colour",
    ),
    (
        "\"{part}\" is measured in parts but \"{volume}\" in a kitchen volume; a recipe uses either parts or volumes (convert the whole recipe instead)",
        "err-mixed-units",
    ),
    (
        "this is a picture ({kind}); a recipe is saved as text, under a name ending in .ron",
        "err-save-picture",
    ),
    (
        "the picture is {size} bytes or more, over the limit of {limit} bytes for a picture to read a recipe from",
        "err-picture-too-large",
    ),
    (
        "no recipe in this image: it is {what} without the recipe that charts exported by CX Recipe Designer carry; open the recipe file, or export the chart again",
        "err-no-recipe",
    ),
    (
        "not a PNG picture: it does not start with the PNG signature",
        "err-not-png",
    ),
    (
        "the PNG is cut short: it ends before its last chunk (IEND); the file is incomplete or damaged",
        "err-png-no-end",
    ),
    (
        "the PNG is cut short: it ends inside {what}; the file is incomplete or damaged",
        "err-png-cut",
    ),
    (
        "not a valid PNG: its {chunk} chunk declares {length} bytes, over PNG's limit of {limit}",
        "err-png-chunk-limit",
    ),
    (
        "a text chunk in this PNG declares {length} bytes, over the limit of {limit} bytes for a recipe and its labels; it is not a recipe this app can open safely",
        "err-png-text-limit",
    ),
    (
        "the PNG is damaged: its {chunk} chunk fails its checksum (CRC), so what it holds cannot be trusted",
        "err-png-crc",
    ),
    (
        "the PNG's recipe chunk is damaged: its fields are incomplete",
        "err-png-fields",
    ),
    (
        "the PNG's recipe chunk uses compression {flag}/{method}, which PNG does not define",
        "err-png-compression",
    ),
    (
        "the PNG's compressed recipe cannot be inflated ({reason})",
        "err-png-inflate",
    ),
    (
        "the recipe compressed in this PNG inflates to more than the limit of {limit} bytes for a recipe; it is not one this app can open safely",
        "err-png-inflate-limit",
    ),
    (
        "not an SVG this app can read: it is not UTF-8 text",
        "err-svg-utf8",
    ),
    (
        "not an SVG this app can read: {reason}",
        "err-svg-unreadable",
    ),
    (
        "this image holds more than one recipe, so it is not clear which to open",
        "err-two-recipes",
    ),
    // ron's own words, for what `read::describe` passes on.
    ("Expected comma", "err-expected-comma"),
    ("Expected opening `[`", "err-expected-list"),
    ("Expected closing `]`", "err-expected-list-end"),
    ("Expected closing `)`", "err-expected-close"),
    ("Expected colon", "err-expected-colon"),
    ("Expected identifier", "err-expected-name"),
    ("Unexpected char {char}", "err-unexpected-char"),
    (
        "Unexpected field named `{field}` in {in_what}, expected one of {fields} instead",
        "err-unknown-field",
    ),
    (
        "Unexpected variant named `{found}` in enum `Level`, expected one of {names} instead",
        "err-unknown-level",
    ),
    (
        "Expected {what} but found {found} instead",
        "err-expected-found",
    ),
    ("Expected {what} but found {found}", "err-expected-struct"),
    (
        "Expected {expected} but found {found} instead",
        "err-expected-found-raw",
    ),
    (
        "Expected {expected} but found {found}",
        "err-expected-struct-raw",
    ),
    ("{what}: {detail}", "err-of"),
];

/// The phrases that name a part of a recipe inside a sentence.
pub const PHRASES: &[(&str, &str)] = &[
    ("the recipe", "err-what-recipe"),
    ("an ingredient", "err-what-an-ingredient"),
    ("a method step", "err-what-a-step"),
    ("the profile", "err-what-profile"),
    ("the title", "err-what-title"),
    ("the author", "err-what-author"),
    ("the notes", "err-what-notes"),
    ("the budget", "err-what-budget"),
    ("this text", "err-what-this-text"),
    (
        "the note of ingredient {number} ({name})",
        "err-what-ingredient-note",
    ),
    ("ingredient {number} ({name})", "err-what-ingredient"),
    ("the title of step {number}", "err-what-step-title"),
    ("the detail of step {number}", "err-what-step-detail"),
    ("an ingredient of step {number}", "err-what-step-ingredient"),
    ("step {number}", "err-what-step"),
    ("a chunk's header", "err-what-chunk-header"),
    ("its {chunk} chunk", "err-what-chunk"),
    ("a PNG picture", "err-what-png"),
    ("an SVG picture", "err-what-svg"),
    ("an XML file but not an SVG picture,", "err-what-xml"),
];

/// The parts of a recipe a sentence places something in ("… in the
/// recipe"): each language's key words the place with its preposition.
pub const IN_PHRASES: &[(&str, &str)] = &[
    ("the recipe", "err-in-recipe"),
    ("an ingredient", "err-in-ingredient"),
    ("a method step", "err-in-step"),
    ("the profile", "err-in-profile"),
];
