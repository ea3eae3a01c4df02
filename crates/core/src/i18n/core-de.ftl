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

## Die Einzelheiten der Fehler im Dateiformat, wie das Fenster sie zeigt.
err-too-large = { $path }: die Datei überschreitet die Grenze von { $limit } Bytes für ein Rezept ({ $size } Bytes); sie ist kein Rezept oder keines, das diese App sicher öffnen kann
err-newer-version = dieses Rezept ist im Dateiformat Version { $found } gespeichert, von einem neueren CX Recipe Designer; diese Version liest Format { $supported } und älter. Aktualisieren Sie CX Recipe Designer, um es zu öffnen
err-save-io = { $path }: Speichern fehlgeschlagen ({ $reason }); die Datei auf dem Datenträger ist unverändert
err-save-invalid = { $path }: nicht gespeichert: { $detail }
err-io-not-found = die Datei existiert nicht
err-io-permission = keine Berechtigung für diese Datei
err-io-folder = ist ein Ordner, keine Rezeptdatei
err-io-exists = eine Datei dieses Namens gibt es schon
err-io-read-only = der Datenträger ist schreibgeschützt
err-io-full = der Datenträger ist voll
err-utf8 = erwartet wurde UTF-8-Text, gefunden das Byte 0x{ $byte }; eine Rezeptdatei ist reiner Text in UTF-8
err-empty = erwartet wurde ein Rezept wie `(version: 1, title: "…", ingredients: [ … ])`, die Datei ist aber leer
err-decimal-comma = erwartet wurde eine Zahl mit Dezimalpunkt wie `{ $fixed }`; schreiben Sie `{ $fixed }`, nicht `{ $written }`
err-version-zero = erwartet wurde eine Formatversion von 1 bis { $max }, gefunden 0
err-eof = erwartet wurde mehr, aber die Datei endet hier; ist sie abgeschnitten?
err-too-deep = zu tief verschachtelt: ein Rezept hat höchstens wenige Ebenen
err-expected-number = erwartet wurde eine Zahl wie `2.0` (ohne Anführungszeichen, ohne Einheit)
err-expected-text = erwartet wurde Text in doppelten Anführungszeichen wie `"Speed"`
err-expected-bool = erwartet wurde `true` oder `false`
err-missing-field = erwartet wurde das Feld `{ $field }` { $in_what }, es fehlt aber
err-duplicate-field = das Feld `{ $field }` steht zweimal { $in_what }
err-expected-open = erwartet wurde `(`, um ein Rezept oder eine Zutat zu beginnen
err-trailing = erwartet wurde das Dateiende nach der schließenden `)` des Rezepts
err-too-long = { $what } ist { $chars } Zeichen lang, über der Grenze von { $limit }
err-too-many-ingredients = das Rezept hat { $count } Zutaten, über der Grenze von { $limit }
err-more-than-ingredients = mehr als { $limit } Zutaten, die Grenze für ein Rezept
err-budget-zero = das Budget muss mehr als 0 Punkte betragen
err-too-many-steps = das Rezept hat { $count } Schritte, über der Grenze von { $limit }
err-step-too-many = { $what } nennt { $count } Zutaten, über der Grenze von { $limit }
err-amount-nan = erwartet wurde eine Menge von 0 oder mehr, gefunden NaN (keine Zahl)
err-amount-infinite = erwartet wurde eine endliche Menge, gefunden unendlich
err-amount-negative = erwartet wurde eine Menge von 0 oder mehr, gefunden { $amount }
err-amount-too-large = die Menge { $amount } liegt über der Grenze von { $limit } für eine Zutat
err-unit = erwartet wurde eine Einheit wie `Litre`, `ml`, `cups`, `tbsp`, `tsp`, `UsCup` oder `parts`, gefunden `{ $found }`
err-tag = erwartet wurde die Art `Baking` (Backen) oder `Cooking` (Kochen), gefunden `{ $found }`
err-colour = erwartet wurde eine Farbe wie "#rrggbb" (sechs Hexadezimalziffern), gefunden { $found }
err-mixed-units = „{ $part }“ wird in Teilen gemessen, „{ $volume }“ aber in einem Küchenmaß; ein Rezept verwendet entweder Teile oder Küchenmaße (rechnen Sie das ganze Rezept um)
err-save-picture = das ist ein Bild ({ $kind }); ein Rezept wird als Text gespeichert, unter einem Namen, der auf .ron endet
err-picture-too-large = das Bild ist { $size } Bytes groß oder größer, über der Grenze von { $limit } Bytes, um ein Rezept daraus zu lesen
err-no-recipe = kein Rezept in diesem Bild: es ist { $what } ohne das Rezept, das aus CX Recipe Designer exportierte Diagramme mitbringen; öffnen Sie die Rezeptdatei oder exportieren Sie das Diagramm erneut
err-not-png = kein PNG-Bild: es beginnt nicht mit der PNG-Signatur
err-png-no-end = das PNG ist abgeschnitten: es endet vor seinem letzten Block (IEND); die Datei ist unvollständig oder beschädigt
err-png-cut = das PNG ist abgeschnitten: es endet mitten in { $what }; die Datei ist unvollständig oder beschädigt
err-png-chunk-limit = kein gültiges PNG: sein Block { $chunk } gibt { $length } Bytes an, über der PNG-Grenze von { $limit }
err-png-text-limit = ein Textblock dieses PNG gibt { $length } Bytes an, über der Grenze von { $limit } Bytes für ein Rezept und seine Beschriftungen; es ist kein Rezept, das diese App sicher öffnen kann
err-png-crc = das PNG ist beschädigt: sein Block { $chunk } besteht die Prüfsumme (CRC) nicht, seinem Inhalt ist also nicht zu trauen
err-png-fields = der Rezeptblock des PNG ist beschädigt: seine Felder sind unvollständig
err-png-compression = der Rezeptblock des PNG verwendet die Kompression { $flag }/{ $method }, die PNG nicht kennt
err-png-inflate = das komprimierte Rezept im PNG lässt sich nicht entpacken ({ $reason })
err-png-inflate-limit = das in diesem PNG komprimierte Rezept ist entpackt größer als die Grenze von { $limit } Bytes für ein Rezept; es ist keines, das diese App sicher öffnen kann
err-svg-utf8 = kein SVG, das diese App lesen kann: es ist kein UTF-8-Text
err-svg-unreadable = kein SVG, das diese App lesen kann: { $reason }
err-two-recipes = dieses Bild enthält mehr als ein Rezept, daher ist unklar, welches geöffnet werden soll
err-expected-comma = erwartet wurde ein Komma
err-expected-list = erwartet wurde `[`, um eine Liste zu beginnen
err-expected-list-end = erwartet wurde `]`, um die Liste zu schließen
err-expected-close = erwartet wurde eine schließende `)`
err-expected-colon = erwartet wurde ein Doppelpunkt `:`
err-expected-name = erwartet wurde ein Name
err-unexpected-char = unerwartetes Zeichen { $char }
err-unknown-field = unbekanntes Feld `{ $field }` { $in_what }; erwartet wurde eines von { $fields }
err-unknown-level = unbekannte Stufe `{ $found }`; erwartet wurde eine von { $names }
err-expected-found = erwartet wurde { $what }, gefunden { $found }
err-expected-found-raw = erwartet wurde { $expected }, gefunden { $found }
err-expected-struct = erwartet wurde { $what }, gefunden { $found }
err-expected-struct-raw = erwartet wurde { $expected }, gefunden { $found }
err-of = { $what }: { $detail }
err-what-recipe = das Rezept
err-what-an-ingredient = eine Zutat
err-what-a-step = ein Schritt der Methode
err-what-profile = das Profil
err-what-title = der Titel
err-what-author = der Autor
err-what-notes = die Notizen
err-what-budget = das Budget
err-what-this-text = dieser Text
err-what-ingredient-note = die Notiz von Zutat { $number } ({ $name })
err-what-ingredient = Zutat { $number } ({ $name })
err-what-step-title = der Titel von Schritt { $number }
err-what-step-detail = die Erläuterung von Schritt { $number }
err-what-step-ingredient = eine Zutat von Schritt { $number }
err-what-step = Schritt { $number }
err-what-chunk-header = dem Kopf eines Blocks
err-what-chunk = seinem Block { $chunk }
err-what-png = ein PNG-Bild
err-what-svg = ein SVG-Bild
err-what-xml = eine XML-Datei, aber kein SVG-Bild,
err-in-recipe = im Rezept
err-in-ingredient = in einer Zutat
err-in-step = in einem Schritt der Methode
err-in-profile = im Profil

## Eine Team-Mischung in einer Sprache (i18n::blend_text).
blend-team-title = Team-Mischung
blend-notes-participants = { $count ->
        [one] Mischung aus 1 Rezept: { $names }.
       *[other] Mischung aus { $count } Rezepten: { $names }.
    }
blend-notes-none = Mischung aus keinem Rezept.
blend-notes-skipped = Nicht berücksichtigt, da ihre Summe null ist: { $names }.
blend-notes-balance = Team-Balance: Backen { $baking } %, Kochen { $cooking } %, ohne Art { $untagged } %.
blend-notes-intro = Jede Menge ist der mittlere Anteil, in Teilen von 100. Die Streuung unter den Teilnehmenden (kleinster–größter Anteil, Standardabweichung):
blend-notes-row = - { $name }: { $range }, SA { $sd }, genannt von { $named } von { $count }
blend-notes-more = … und { $count } weitere Zeilen weggelassen.
blend-merged = gezählt als { $name }: { $spellings }
blend-quoted = „{ $text }“
blend-tag-agreed = { $tag }: alle, die eine Art vergeben haben
blend-tag-agreed-some = { $tag }: { $tagged } so eingeordnet, { $untagged } ohne Art gelassen
blend-tag-library = { $tag }, wie in der Bibliothek: Backen laut { $baking }, Kochen laut { $cooking }
blend-tag-majority = { $tag }, laut Mehrheit: Backen laut { $baking }, Kochen laut { $cooking }
blend-tag-tie = Ohne Art, Gleichstand: Backen laut { $baking }, Kochen laut { $cooking }
blend-tag-nobody = Ohne Art: niemand hat eine vergeben
