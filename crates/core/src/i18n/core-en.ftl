# CX Recipe Designer — English. The core's own words: number formats and the
# file format's error details (the window shows them; the command line
# keeps its own English). Keys are the same in core-es.ftl and core-de.ftl.

## Typed numbers (i18n::number::parse_number).
number-empty = Type a number.
number-not-a-number = “{ $text }” is not a number; type it like 2.5 or 1,500.

## Exported charts.
chart-export-no-shares = No shares yet

## The spreadsheet export (.xlsx). The sheet's name: at most 31 characters,
## none of : \ / ? * [ ].
xlsx-sheet = Recipe
xlsx-kind = Kind
xlsx-balance = Baking and cooking
xlsx-advice = Advice
xlsx-suggested-low = Suggested baking, from
xlsx-suggested-high = Suggested baking, to
xlsx-verdict = Baking share

## The CSV export in a language (the command line's CSV keeps its English
## column names).
csv-amount-ml = ml
csv-percent = Percent

## The file format's error details, as the window shows them (errors.rs
## reads the core's English back into these; the command line prints the
## English as the core wrote it). Each text here is exactly that English.
err-too-large = { $path }: the file is larger than the limit of { $limit } bytes for a recipe ({ $size } bytes); it is not a recipe, or not one this app can open safely
err-newer-version = this recipe is in file format version { $found }, from a newer CX Recipe Designer; this version reads format { $supported } and older. Update CX Recipe Designer to open it
err-save-io = { $path }: could not save ({ $reason }); the file on disk was left as it was
err-save-invalid = { $path }: not saved: { $detail }
err-io-not-found = the file is not there
err-io-permission = there is no permission to use this file
err-io-folder = is a folder, not a recipe file
err-io-exists = a file of that name is already there
err-io-read-only = the disk is read-only
err-io-full = the disk is full
err-utf8 = expected UTF-8 text, found the byte 0x{ $byte }; a recipe file is plain text in UTF-8
err-empty = expected a recipe such as `(version: 1, title: "…", ingredients: [ … ])`, found an empty file
err-decimal-comma = expected a number with a decimal point, such as `{ $fixed }`; write `{ $fixed }`, not `{ $written }`
err-version-zero = expected a format version from 1 to { $max }, found 0
err-eof = expected more, found the end of the file; is the file cut short?
err-too-deep = nested too deeply: a recipe is at most a few levels deep
err-expected-number = expected a number such as `2.0` (no quotes, no unit)
err-expected-text = expected text in double quotes, such as `"Speed"`
err-expected-bool = expected `true` or `false`
err-missing-field = expected the field `{ $field }` in { $in_what }, but it is missing
err-duplicate-field = the field `{ $field }` appears twice in { $in_what }
err-expected-open = expected `(` to open a recipe or an ingredient
err-trailing = expected the end of the file after the recipe's closing `)`
err-too-long = { $what } is { $chars } characters long, over the limit of { $limit }
err-too-many-ingredients = the recipe has { $count } ingredients, over the limit of { $limit }
err-more-than-ingredients = more than { $limit } ingredients, the limit for one recipe
err-budget-zero = the budget must be more than 0 points
err-too-many-steps = the recipe has { $count } steps, over the limit of { $limit }
err-step-too-many = { $what } names { $count } ingredients, over the limit of { $limit }
err-amount-nan = expected an amount of 0 or more, found NaN (not a number)
err-amount-infinite = expected a finite amount, found infinity
err-amount-negative = expected an amount of 0 or more, found { $amount }
err-amount-too-large = the amount { $amount } is over the limit of { $limit } for one ingredient
err-unit = expected a unit such as `Litre`, `ml`, `cups`, `tbsp`, `tsp`, `UsCup` or `parts`, found `{ $found }`
err-tag = expected the tag `Baking` or `Cooking`, found `{ $found }`
err-colour = expected a colour as "#rrggbb" (six hexadecimal digits), found { $found }
err-mixed-units = "{ $part }" is measured in parts but "{ $volume }" in a kitchen volume; a recipe uses either parts or volumes (convert the whole recipe instead)
err-save-picture = this is a picture ({ $kind }); a recipe is saved as text, under a name ending in .ron
err-picture-too-large = the picture is { $size } bytes or more, over the limit of { $limit } bytes for a picture to read a recipe from
err-no-recipe = no recipe in this image: it is { $what } without the recipe that charts exported by CX Recipe Designer carry; open the recipe file, or export the chart again
err-not-png = not a PNG picture: it does not start with the PNG signature
err-png-no-end = the PNG is cut short: it ends before its last chunk (IEND); the file is incomplete or damaged
err-png-cut = the PNG is cut short: it ends inside { $what }; the file is incomplete or damaged
err-png-chunk-limit = not a valid PNG: its { $chunk } chunk declares { $length } bytes, over PNG's limit of { $limit }
err-png-text-limit = a text chunk in this PNG declares { $length } bytes, over the limit of { $limit } bytes for a recipe and its labels; it is not a recipe this app can open safely
err-png-crc = the PNG is damaged: its { $chunk } chunk fails its checksum (CRC), so what it holds cannot be trusted
err-png-fields = the PNG's recipe chunk is damaged: its fields are incomplete
err-png-compression = the PNG's recipe chunk uses compression { $flag }/{ $method }, which PNG does not define
err-png-inflate = the PNG's compressed recipe cannot be inflated ({ $reason })
err-png-inflate-limit = the recipe compressed in this PNG inflates to more than the limit of { $limit } bytes for a recipe; it is not one this app can open safely
err-svg-utf8 = not an SVG this app can read: it is not UTF-8 text
err-svg-unreadable = not an SVG this app can read: { $reason }
err-two-recipes = this image holds more than one recipe, so it is not clear which to open
err-expected-comma = Expected comma
err-expected-list = Expected opening `[`
err-expected-list-end = Expected closing `]`
err-expected-close = Expected closing `)`
err-expected-colon = Expected colon
err-expected-name = Expected identifier
err-unexpected-char = Unexpected char { $char }
err-unknown-field = Unexpected field named `{ $field }` in { $in_what }, expected one of { $fields } instead
err-unknown-level = Unexpected variant named `{ $found }` in enum `Level`, expected one of { $names } instead
err-expected-found = Expected { $what } but found { $found } instead
err-expected-found-raw = Expected { $expected } but found { $found } instead
err-expected-struct = Expected { $what } but found { $found }
err-expected-struct-raw = Expected { $expected } but found { $found }
err-of = { $what }: { $detail }
err-what-recipe = the recipe
err-what-an-ingredient = an ingredient
err-what-a-step = a method step
err-what-profile = the profile
err-what-title = the title
err-what-author = the author
err-what-notes = the notes
err-what-budget = the budget
err-what-this-text = this text
err-what-ingredient-note = the note of ingredient { $number } ({ $name })
err-what-ingredient = ingredient { $number } ({ $name })
err-what-step-title = the title of step { $number }
err-what-step-detail = the detail of step { $number }
err-what-step-ingredient = an ingredient of step { $number }
err-what-step = step { $number }
err-what-chunk-header = a chunk's header
err-what-chunk = its { $chunk } chunk
err-what-png = a PNG picture
err-what-svg = an SVG picture
err-what-xml = an XML file but not an SVG picture,
err-in-recipe = the recipe
err-in-ingredient = an ingredient
err-in-step = a method step
err-in-profile = the profile

## A team blend in a language (i18n::blend_text): the team recipe's title
## and notes, and what the blend screen says about each row.
blend-team-title = Team blend
blend-notes-participants = { $count ->
        [one] Blend of 1 recipe: { $names }.
       *[other] Blend of { $count } recipes: { $names }.
    }
blend-notes-none = Blend of no recipes.
blend-notes-skipped = Left out, as their total is zero: { $names }.
blend-notes-balance = Team balance: baking { $baking } %, cooking { $cooking } %, untagged { $untagged } %.
blend-notes-intro = Each amount is the mean share, in parts of 100. The spread across the participants (smallest–largest share, standard deviation):
blend-notes-row = - { $name }: { $range }, sd { $sd }, named by { $named } of { $count }
blend-notes-more = … and { $count } more lines left out.
blend-merged = counted as { $name }: { $spellings }
blend-quoted = “{ $text }”
blend-tag-agreed = { $tag }: everyone who tagged it
blend-tag-agreed-some = { $tag }: { $tagged } tagged it so, { $untagged } left it untagged
blend-tag-library = { $tag }, as in the library: tagged baking by { $baking }, cooking by { $cooking }
blend-tag-majority = { $tag }, the majority: tagged baking by { $baking }, cooking by { $cooking }
blend-tag-tie = Untagged, a tie: tagged baking by { $baking }, cooking by { $cooking }
blend-tag-nobody = Untagged: nobody tagged it
