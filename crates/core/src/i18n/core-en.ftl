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
