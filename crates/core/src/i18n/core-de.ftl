# CX Recipe Designer — Deutsch. Die eigenen Wörter des Kerns: Zahlenformate
# und die Einzelheiten der Fehler im Dateiformat.

## Eingegebene Zahlen (i18n::number::parse_number).
number-empty = Geben Sie eine Zahl ein.
number-not-a-number = „{ $text }“ ist keine Zahl; schreiben Sie sie wie 2,5 oder 1.500.

## Exportierte Diagramme.
chart-export-no-shares = Noch keine Anteile

## Der Export als Tabelle (.xlsx). Der Name des Blatts: höchstens 31
## Zeichen, keines von : \ / ? * [ ].
xlsx-sheet = Rezept
xlsx-kind = Art
xlsx-balance = Backen und Kochen
xlsx-advice = Empfehlung
xlsx-suggested-low = Empfohlenes Backen, von
xlsx-suggested-high = Empfohlenes Backen, bis
xlsx-verdict = Backanteil

## Der CSV-Export in einer Sprache.
csv-amount-ml = ml
csv-percent = Prozent
