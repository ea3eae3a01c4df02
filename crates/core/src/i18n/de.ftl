# CX Recipe Designer — Deutsch.

## Menüs.

menu-file = Datei
menu-file-new = Neu
menu-file-new-from-template = Neu aus Vorlage
menu-file-open = Öffnen…
menu-file-open-recent = Zuletzt geöffnet
menu-file-save = Speichern
menu-file-save-as = Speichern unter…
menu-file-compare = Vergleichen mit…
menu-file-blend = Zusammenführen…
menu-file-quit = Beenden
menu-edit = Bearbeiten
menu-edit-undo = Rückgängig
menu-edit-redo = Wiederholen
menu-edit-add-ingredient = Zutat hinzufügen
menu-edit-move-up = Nach oben
menu-edit-move-down = Nach unten
menu-edit-remove-ingredient = Zutat entfernen
menu-edit-add-step = Schritt hinzufügen
menu-view = Ansicht
menu-view-library = Zutatenbibliothek
menu-view-hide-library = Zutatenbibliothek ausblenden
menu-view-decimals = Dezimalstellen der Prozente
menu-view-present = Präsentieren
menu-view-theme = Design
menu-view-group-small = Stücke unter 3 % als „Sonstige“ zusammenfassen
menu-view-chart-as-table = Diagramm als Tabelle zeigen
menu-view-language = Sprache
menu-view-language-system = System ({ $language })
theme-light = Hell
theme-dark = Dunkel
theme-high-contrast = Hoher Kontrast

## Die mitgelieferten Vorlagen (Datei ▸ Neu aus Vorlage). Ihre Rezepte
## bleiben, wie sie in ihren Dateien stehen.

template-ideal-cx = Ideale CX
template-ideal-cx-summary = Die fünf Grundzutaten in Küchenmaßen: Effizienz, Schnelligkeit, persönliche Betreuung, Beständigkeit und Technologie.
template-bake-then-cook = Erst backen, dann kochen
template-bake-then-cook-summary = Zuerst die Grundlagen (Forschung, Zuhören, Kennzahlen, Schulung), dann die kreative Arbeit, in 100 Teilen.
template-star-chef = Kochen wie ein Sternekoch
template-star-chef-summary = Leidenschaft, eine Strategie, viele Köche und frische Daten, in der richtigen Reihenfolge zubereitet.
template-brand-promise = Das Markenversprechen halten
template-brand-promise-summary = Echtzeit, Kontext und Vorhersehbarkeit für bekannte Personas und ihre Wege, über alle Kanäle.
template-cx-kitchen = Die CX-Küche
template-cx-kitchen-summary = Zwölf Zutaten über die fünf Grundzutaten hinaus, 100 Punkte verteilt.

## Der Fensterrahmen: Ablegen, die Meldung, Dialoge.

recipe-untitled = Rezept ohne Titel
drop-open = Rezept (.ron) hier ablegen, um es zu öffnen
drop-hint = Halten Sie Umschalt, um es mit dem offenen zu vergleichen · legen Sie mehrere ab, um sie zusammenzuführen
banner-dismiss = Diese Meldung schließen
dialog-unsaved-title = Ungespeicherte Änderungen
dialog-unsaved-before-closing = Änderungen an „{ $name }“ vor dem Schließen speichern?
dialog-unsaved-before-new = Änderungen an „{ $name }“ speichern, bevor ein neues Rezept beginnt?
dialog-unsaved-before-open = Änderungen an „{ $name }“ speichern, bevor ein anderes Rezept geöffnet wird?
dialog-unsaved-before-blend = Änderungen an „{ $name }“ speichern, bevor die Team-Mischung geöffnet wird?
dialog-unsaved-lost = Wenn Sie nicht speichern, gehen sie verloren.
dialog-save = Speichern
dialog-dont-save = Nicht speichern
dialog-cancel = Abbrechen
path-open-title = Rezept öffnen
path-open = Öffnen
path-save-title = Rezept speichern
path-compare-title = Mit einem Rezept vergleichen
path-compare = Vergleichen
path-blend-title = Rezepte zusammenführen
path-blend = Zusammenführen
path-save-blend-title = Team-Mischung speichern
path-label = Dateipfad
file-dialog-filter = CX-Rezept (*.ron)
file-dialog-filter-any = Rezepte und Diagramme mit Rezept (*.ron, *.png, *.svg)
file-dialog-open = Rezept öffnen
file-dialog-save = Rezept speichern
file-dialog-compare = Mit Rezept vergleichen
file-dialog-blend = Rezepte zusammenführen (mehrere wählen)
restore-title = Ungespeicherte Änderungen wiederherstellen?
restore-text = CX Recipe Designer wurde beim letzten Mal nicht sauber beendet. Die ungespeicherten Änderungen an { $from } wurden aufbewahrt.
restore-restore = Wiederherstellen
restore-discard = Verwerfen

## Meldungen. { $error } ist die Meldung des Kerns (auf Englisch).

no-dialog = Auf diesem System konnte kein Dateidialog angezeigt werden: Unter Linux braucht er das Desktop-Portal (xdg-desktop-portal) oder zenity. Geben Sie den Pfad stattdessen ein.
no-dialog-many = Auf diesem System konnte kein Dateidialog angezeigt werden: Unter Linux braucht er das Desktop-Portal (xdg-desktop-portal) oder zenity. Geben Sie den Ordner mit den Rezepten ein oder ihre Pfade, getrennt durch ";".
path-replace = { $path } gibt es schon: Klicken Sie erneut auf Speichern, um die Datei zu ersetzen.
files-template-failed = Die Vorlage konnte nicht gelesen werden: { $error }
files-recent-gone = { $path } ist nicht mehr vorhanden und wurde aus den zuletzt geöffneten Dateien entfernt.
files-open-failed = Das Rezept konnte nicht geöffnet werden; das angezeigte bleibt unverändert. { $error }
files-saved = { $path } gespeichert
files-save-failed = { $error }. Ihre Änderungen sind noch da.
blend-saved = Team-Mischung in { $path } gespeichert. Das offene Rezept bleibt unverändert.
blend-save-failed = { $error }. Die Mischung ist noch zu sehen.
blend-opened = Die Team-Mischung ist als neues Rezept geöffnet: Speichern Sie es, um es zu behalten.
budget-capped = Auf { $amount } { $count ->
        [one] Punkt
       *[other] Punkte
    } begrenzt: Das Budget von { $budget } ist aufgebraucht.
compare-open-failed = Das Rezept zum Vergleichen konnte nicht geöffnet werden; das offene Rezept bleibt unverändert. { $error }
blend-too-many = Nur die ersten { $count } Dateien werden zusammengeführt; der Rest bleibt außen vor.
blend-none-read = Keine der Dateien konnte gelesen werden, es gibt also nichts zusammenzuführen; das offene Rezept bleibt unverändert.
blend-some-unread = { $count ->
        [one] 1 Datei konnte nicht gelesen werden und fehlt in der Mischung aus { $total }; das offene Rezept bleibt unverändert.
       *[other] { $count } Dateien konnten nicht gelesen werden und fehlen in der Mischung aus { $total }; das offene Rezept bleibt unverändert.
    }
blend-no-recipes = In { $path } gibt es kein Rezept (.ron), es gibt also nichts zusammenzuführen.
recover-unreadable = Ungespeicherte Änderungen aus einer früheren Sitzung konnten nicht gelesen werden: { $error }
recover-restored-copy-failed = Von den wiederhergestellten Änderungen konnte keine Sicherungskopie angelegt werden: { $error }
recover-restored = Die ungespeicherten Änderungen sind wiederhergestellt. Speichern Sie sie, um sie zu behalten.
recover-copy-failed = Von Ihren ungespeicherten Änderungen konnte keine Sicherungskopie angelegt werden: { $error }
edit-max-ingredients = Ein Rezept fasst höchstens { $count } Zutaten.
edit-max-steps = Eine Zubereitung fasst höchstens { $count } Schritte.
edit-new-ingredient = Neue Zutat { $number }
edit-new-step = Schritt { $number }

## Der Editor: Titel, Reiter, Fußzeile, Budget.

editor-recipe = Rezept
editor-title-hint = Titel des Rezepts
tab-ingredients = Zutaten
tab-method = Zubereitung
tab-profile = Profil
footer-add = ➕ Zutat hinzufügen
footer-add-hint = Eine eigene Zutat hinzufügen ({ $keys })
footer-library = 📚 Bibliothek…
footer-hide-library = Bibliothek ausblenden
footer-library-hint = Die Zutaten aus den Artikeln, bereit zum Hinzufügen ({ $keys })
footer-total-ml = Summe: { $total } ml
footer-total-parts = Summe: { $total } Teile
footer-total-none = Summe: –
footer-measure-in = Messen in:
footer-volumes = Küchenmaße
footer-volumes-hint = Liter, Tassen und Löffel, verglichen in Millilitern
footer-parts = Teile
footer-parts-hint = Einfache Teile oder Punkte: dieselbe Mischung ohne Küchenmaße
problem-no-ingredients = Noch keine Zutaten: Fügen Sie eine hinzu, um mit der Mischung zu beginnen.
problem-zero-total = Die Summe ist null: Geben Sie einer Zutat eine Menge, um die Mischung zu sehen.
budget-label = Punktebudget
budget-hint = Die „100 Punkte“-Übung: eine feste Zahl von Punkten zum Verteilen. Eine Menge, die mehr ausgeben würde, als übrig ist, wird begrenzt.
budget-field = Budget in Punkten
budget-field-hint = Die Punkte zum Verteilen
budget-left = { $points } { $count ->
        [one] Punkt
       *[other] Punkte
    } übrig
budget-over = { $points } über dem Budget

## Das Profil der Organisation und die Empfehlung.

profile-intro = Wie viel Backen (strukturierte Grundlagenarbeit) eine Organisation braucht, hängt davon ab, wer sie ist. Beschreiben Sie sie, und die App schlägt einen Bereich für den Backanteil vor.
profile-give-advice = Empfehlung für diese Organisation geben
profile-suggested = Empfohlenes Backen: { $low }–{ $high } %
profile-all-middle = Alle Einstellungen stehen in der Mitte: Der Bereich ist der Ausgangsbereich.
profile-how = So wird der Bereich berechnet
profile-how-text = Ausgangspunkt sind { $low }–{ $high } % Backen. Jede Einstellung verschiebt beide Enden um { $points } Prozentpunkte für jede Stufe Abstand zur Mitte: nach oben für eine förmlichere Marke, komplexere Produkte, eine größere Organisation und eine stärker regulierte Branche; im umgekehrten Fall nach unten. Die Enden bleiben zwischen 0 und 100 %.

## Die Zutatenbibliothek.

library-title = Zutatenbibliothek
library-search = Suchen
library-search-hint = z. B. Daten, Backen, Stimme
library-nothing = Kein Treffer: Fügen Sie eine eigene mit ➕ Zutat hinzufügen hinzu.
library-select = { $name } ist im Rezept: auswählen
library-add = { $name } hinzufügen
library-how = { $action } (Klick, Eingabe oder auf die Tabelle ziehen)
group-base = Basis
group-baking = Backen
group-cooking = Kochen
group-more = Mehr
tag-baking = Backen
tag-cooking = Kochen
tag-baking-lower = Backen
tag-cooking-lower = Kochen
tag-baking-meaning = Genaue, strukturierte Grundlagenarbeit, die zuerst stimmen muss, wie ein Kuchen, der die richtige Ofentemperatur braucht.
tag-cooking-meaning = Kreative Arbeit, die unterwegs abschmeckt und nachwürzt und auf den Grundlagen aufbaut.
tag-neither = Keins
tag-neither-meaning = Weder Backen noch Kochen
tag-untagged = Ohne Art

## Die Zutatentabelle. { $name } ist der Name der Zutat.

ingredient-unnamed = Zutat { $number }
table-ingredient = Zutat
table-amount = Menge
table-unit = Einheit
table-share = Anteil
table-kind = Art
table-move-of = { $name } verschieben
table-move-hint = Ziehen, um { $name } zu verschieben (oder { $up } / { $down })
table-colour-of = Farbe von { $name }
table-name-hint = Name der Zutat
table-name-of = Name von { $name }
table-amount-of = Menge von { $name }: ziehen oder tippen
table-unit-of = Einheit von { $name }
table-share-of = Anteil von { $name }: ziehen oder tippen, um ihn zu ändern; die nicht gesperrten anderen machen Platz
table-no-shares = Keine Anteile, solange die Summe null ist
table-unlock = Anteil von { $name } entsperren
table-lock = Anteil von { $name } sperren
table-note-on = Notiz zu { $name }
table-note-hint = Warum diese Zutat, und wie viel
table-add-note = Notiz zu { $name } hinzufügen
table-note = Notiz: { $note }
table-remove = { $name } entfernen
table-kind-of = Art von { $name }: Backen, Kochen oder keins

## Einheiten, nach Menge (1 Tasse, 2 Tassen).

unit-part = { $count ->
        [one] Teil
       *[other] Teile
    }
unit-ml = ml
unit-cc = cm³
unit-litre = { $count ->
        [one] Liter
       *[other] Liter
    }
unit-teaspoon = { $count ->
        [one] Teelöffel
       *[other] Teelöffel
    }
unit-tablespoon = { $count ->
        [one] Esslöffel
       *[other] Esslöffel
    }
unit-cup = { $count ->
        [one] Tasse
       *[other] Tassen
    }
unit-us-teaspoon = { $count ->
        [one] US-Teelöffel
       *[other] US-Teelöffel
    }
unit-us-tablespoon = { $count ->
        [one] US-Esslöffel
       *[other] US-Esslöffel
    }
unit-us-cup = { $count ->
        [one] US-Tasse
       *[other] US-Tassen
    }
system-parts = Teile
system-volume = Küchenmaße

## Die Zubereitung: Schritte und die Prüfung der Reihenfolge. { $number }
## zählt ab 1.

method-add-step = ➕ Schritt hinzufügen
method-add-step-hint = Einen Schritt am Ende hinzufügen (er verwendet die ausgewählte Zutat)
method-reorder-hint = Ziehen Sie ☰ oder drücken Sie { $up } / { $down }, um die Reihenfolge zu ändern.
method-order-ok = ✔ Die Arbeitsreihenfolge folgt den Regeln.
method-empty = Noch keine Schritte. Ein Rezept ist auch eine Arbeitsreihenfolge: Fügen Sie die Schritte hinzu und geben Sie an, welche Zutaten jeder verwendet.
method-move-step = Schritt { $number } verschieben
method-move-step-hint = Ziehen, um diesen Schritt zu verschieben (oder { $up } / { $down })
method-title-hint = Was getan wird
method-title-of = Titel von Schritt { $number }
method-remove-step = Schritt { $number } entfernen
method-remove-step-hint = Diesen Schritt entfernen
method-detail-hint = Details (optional): wie, wer, bis wann
method-detail-of = Details zu Schritt { $number }
method-uses = Verwendet:
method-use = { $name } in Schritt { $number } verwenden
method-stop-using = { $name } in Schritt { $number } nicht mehr verwenden
rule-bake-before-cook = erst backen, dann kochen
rule-bake-before-cook-why = Kreative Arbeit braucht festen Boden, legen Sie also die genauen Grundlagen (Forschung, Kennzahlen, Dashboards), bevor Sie darauf improvisieren.
rule-clean-data = erst Daten bereinigen, dann personalisieren
rule-clean-data-why = Eine persönliche Note ist nur so gut wie das, was Sie über die Person wissen: Bereinigen und aktualisieren Sie Kundendaten, bevor Sie damit personalisieren.
warning-bake-before-cook = { $rule }: Schritt { $step } verwendet { $waits } (Kochen), bevor Schritt { $later } { $first } (Backen) aufbaut
warning-clean-data = { $rule }: Schritt { $step } verwendet { $waits }, bevor Schritt { $later } { $first } bearbeitet

## Schriften: was keine installierte Schrift zeigen kann.

fonts-missing-in = Keine installierte Schrift kann { $chars } in „{ $place }“ zeigen; { $count ->
        [one] es erscheint
       *[other] sie erscheinen
    } als Kästchen.
fonts-missing = Keine installierte Schrift kann { $chars } zeigen; { $count ->
        [one] es erscheint
       *[other] sie erscheinen
    } als Kästchen.

## Das Diagramm, seine Tabelle, der Präsentationsmodus.

chart-show-chart = Als Diagramm
chart-show-chart-hint = Das Kreisdiagramm wieder zeigen
chart-show-table = Als Tabelle
chart-show-table-hint = Namen, Mengen und Anteile des Diagramms als Tabelle (auch für Screenreader)
chart-pie-name = Kreisdiagramm der Anteile des Rezepts
chart-other = Sonstige ({ $count })
chart-other-holds = je unter 3 % — { $names }
chart-share = Anteil: { $percent }
chart-table-other = Im Diagramm fasst „Sonstige“ die Stücke unter 3 % zusammen: { $names }.
present-leave = Verlassen ({ $keys })
present-leave-hint = Zurück zur vorigen Ansicht
present-help = Tasten ({ $keys })
present-help-title = Tasten
present-help-close = { $keys } oder Esc: diese Hilfe schließen
present-key-select = eine Zutat auswählen
present-key-amount = ihre Menge um einen Schritt ändern
present-key-lock = ihren Anteil sperren oder entsperren
present-key-group = Stücke unter 3 % als „Sonstige“ zusammenfassen
present-key-undo = rückgängig, wiederholen
present-key-help = diese Tasten zeigen oder verbergen
present-key-leave = die Projektion verlassen
present-locked = gesperrt

## Vergleichen und Zusammenführen.

unit-pp = { $value } Pp.
compare-title = Vergleich
compare-nothing = Nichts zu vergleichen: Wählen Sie im Editor Datei ▸ Vergleichen mit….
compare-changes = Was sich von A zu B geändert hat
compare-changes-how = In Prozentpunkten, die größte Änderung zuerst
compare-back = ⬅ Zurück zum Editor
compare-back-hint = { $keys }: Das offene Rezept ist so, wie Sie es verlassen haben
compare-no-shares = Noch keine Anteile: Die Summe ist null.
compare-empty = Keines der Rezepte hat Zutaten.
compare-change = Änderung
compare-page = Seite { $number } von { $count } · { $what } · { $keys }
compare-page-changes = Jede Zutat: A, B und die Änderung
compare-key-pages = die vorige oder die nächste Seite
compare-only-a = nur in A
compare-only-b = nur in B
compare-zero-total = Die Summe von { $side } ist null, es gibt also noch keine Anteile: Seine Zutaten zählen als 0 %.
blend-title = Team-Mischung
blend-save-as = Mischung speichern unter…
blend-save-as-hint = Die Mischung als Rezept aus 100 Teilen speichern, mit der Streuung in den Notizen
blend-open = Mischung als Rezept öffnen
blend-open-hint = Die Mischung bearbeiten: Sie ersetzt das offene Rezept (mit Rückfrage zum Speichern)
blend-nothing = Nichts zusammenzuführen: Wählen Sie im Editor Datei ▸ Zusammenführen….
blend-disagrees = Wo das Team uneins ist
blend-mean-of = Mittlerer Anteil aus { $count } { $count ->
        [one] Rezept
       *[other] Rezepten
    }; der Balken reicht vom kleinsten zum größten Anteil, der Punkt ist der Mittelwert.
blend-empty = Noch nichts zusammenzuführen.
blend-mean = Mittel
blend-spread = Streuung (0–{ $top } %)
blend-sd = SA
blend-named-by = Genannt von
blend-named-of = { $named } von { $count }
blend-left-out-zero = Nicht berücksichtigt, da ihre Summe null ist: { $names }.
blend-left-out-unread = Nicht berücksichtigt, da sie nicht gelesen werden konnten:
blend-range-bar = { $name }: Mittel { $mean } %, kleinster { $min } %, größter { $max } %, Standardabweichung { $sd } Pp.
blend-previous = ◀ Zurück
blend-previous-hint = ← oder Bild auf
blend-next = Weiter ▶
blend-next-hint = → oder Bild ab
blend-everyone = Alle zusammen
blend-participant = Teilnehmer { $number } von { $count }
blend-the-team = Das Team
blend-of = Mischung aus { $count } { $count ->
        [one] Rezept
       *[other] Rezepten
    }
blend-kind = Art
blend-range = Spanne
blend-who-named = Wer { $name } genannt hat: { $named }
blend-who-named-hint = Zeigen oder ausblenden, wer es genannt hat, mit welchem Anteil, welcher Art und Notiz
blend-voice-wrote = schrieb { $spelling }
blend-voice-note = Notiz: { $note }
blend-not-named = Nicht genannt von { $names }
blend-balance-title = Die Balance des Teams
blend-notes-title = Notizen des Team-Rezepts
blend-present = Präsentieren ({ $keys })
blend-present-hint = Die Enthüllung im Vollbild für den Raum zeigen
blend-present-leave = Zurück zur Mischung ({ $keys })
blend-present-keys = Zurück zur Mischung ({ $leave }). Links oder Bild auf: voriger Teilnehmer. Rechts oder Bild ab: nächster, zuletzt das Team.
blend-key-reveal = der vorige oder der nächste Teilnehmer, dann das Team
blend-key-leave = zurück zur Mischung
blend-key-other = zeigen, was „Sonstige“ enthält (oder die Zeile anklicken); Esc schließt die Liste
blend-other-title = Was „{ $other }“ enthält
blend-other-page = Seite { $page } von { $pages } · { $turn }: andere Seite · Esc oder { $key }: schließen
blend-other-close = Esc oder { $key }: schließen

## Die Faktoren und Stufen des Profils, und die Empfehlung.

factor-personality = Markenpersönlichkeit
factor-personality-hint = Eine förmliche Marke braucht mehr Backen; eine lockere kann mehr improvisieren.
factor-personality-very-low = Sehr locker
factor-personality-low = Locker
factor-personality-middle = Zwischen locker und förmlich
factor-personality-high = Förmlich
factor-personality-very-high = Sehr förmlich
factor-products = Produkte
factor-products-hint = Komplexe Produkte brauchen mehr Backen; einfache lassen Raum zum Kochen.
factor-products-very-low = Sehr einfach
factor-products-low = Einfach
factor-products-middle = Zwischen einfach und komplex
factor-products-high = Komplex
factor-products-very-high = Sehr komplex
factor-size = Größe der Organisation
factor-size-hint = Eine große Organisation braucht mehr Backen; eine kleine kann mehr kochen.
factor-size-very-low = Sehr klein
factor-size-low = Klein
factor-size-middle = Zwischen klein und groß
factor-size-high = Groß
factor-size-very-high = Sehr groß
factor-industry = Branche
factor-industry-hint = Je stärker reguliert, komplexer oder gewerkschaftlich organisiert die Branche, desto mehr Backen braucht sie.
factor-industry-very-low = Sehr schwach reguliert
factor-industry-low = Schwach reguliert
factor-industry-middle = Zwischen schwach und stark reguliert
factor-industry-high = Stark reguliert
factor-industry-very-high = Sehr stark reguliert
push-personality-very-low = Sehr lockere Markenpersönlichkeit
push-personality-low = Lockere Markenpersönlichkeit
push-personality-high = Förmliche Markenpersönlichkeit
push-personality-very-high = Sehr förmliche Markenpersönlichkeit
push-products-very-low = Sehr einfache Produkte
push-products-low = Einfache Produkte
push-products-high = Komplexe Produkte
push-products-very-high = Sehr komplexe Produkte
push-size-very-low = Sehr kleine Organisation
push-size-low = Kleine Organisation
push-size-high = Große Organisation
push-size-very-high = Sehr große Organisation
push-industry-very-low = Sehr schwach regulierte Branche
push-industry-low = Schwach regulierte Branche
push-industry-high = Stark regulierte Branche
push-industry-very-high = Sehr stark regulierte Branche
advice-push = { $reason }: { $points } { $count ->
        [one] Punkt
       *[other] Punkte
    }
verdict-under = darunter
verdict-inside = im Bereich
verdict-over = darüber
advice-inside = Backen macht { $share } % der Mischung aus, innerhalb der empfohlenen { $low }–{ $high } %.
advice-under = Backen macht { $share } % der Mischung aus, unter den empfohlenen { $low }–{ $high } %: Verlagern Sie mindestens { $gap } { $count ->
        [one] Prozentpunkt
       *[other] Prozentpunkte
    } der Mischung zu Back-Zutaten.
advice-over = Backen macht { $share } % der Mischung aus, über den empfohlenen { $low }–{ $high } %: Verlagern Sie mindestens { $gap } { $count ->
        [one] Prozentpunkt
       *[other] Prozentpunkte
    } der Mischung zu Koch-Zutaten oder Zutaten ohne Art.
balance-suggested = empfohlen { $low }–{ $high } %: { $verdict }

## Fehler im Rezept (klein beginnend: die Meldung macht einen Satz daraus).

error-mixed-units = „{ $part }“ wird in Teilen gemessen, „{ $volume }“ aber in einem Küchenmaß; ein Rezept verwendet entweder Teile oder Küchenmaße (rechnen Sie stattdessen das ganze Rezept um)
error-wrong-system = { $unit } gehört nicht zu den Einheiten dieses Rezepts ({ $system })
error-bad-amount = eine Menge muss eine endliche Zahl ab 0 sein, nicht { $amount }
error-no-such-ingredient = es gibt keine Zutat Nummer { $number }
error-too-large = „{ $name }“ hätte { $amount } { $unit }, über der Grenze von { $limit } für eine Menge
error-too-small = „{ $name }“ ist zu klein, um es in { $unit } zu messen
error-zero-total = die Summe ist null, es gibt also noch keine Anteile zu ändern
error-all-others-locked = keine andere Zutat kann Platz machen: Die anderen sind alle gesperrt, oder es gibt keine

## Die Zutatenbibliothek: Namen und Beschreibungen.

lib-efficiency = Effizienz
lib-efficiency-desc = Erledigen, was der Kunde braucht, ohne überflüssige Schritte oder Mühe.
lib-speed = Schnelligkeit
lib-speed-desc = Wie bald ein Kunde eine Antwort, eine Lieferung oder eine Lösung bekommt.
lib-personalised-attention = Persönliche Betreuung
lib-personalised-attention-desc = Jeden Kunden als Menschen mit Geschichte behandeln, nicht als Ticketnummer.
lib-consistency = Beständigkeit
lib-consistency-desc = Derselbe Standard an jedem Kontaktpunkt, jedes Mal.
lib-technology = Technologie
lib-technology-desc = Die Systeme und Werkzeuge hinter dem Erlebnis, Selbstbedienung eingeschlossen.
lib-customer-research = Kundenforschung
lib-customer-research-desc = Herausfinden, wer die Kunden sind, was sie tun und was sie brauchen.
lib-voice-of-the-customer = Stimme des Kunden
lib-voice-of-the-customer-desc = Sammeln, was Kunden in eigenen Worten über Sie sagen, und zuhören.
lib-learning-and-education = Lernen und Schulung
lib-learning-and-education-desc = Teams zeigen, was ein gutes Erlebnis ist und wie man es liefert.
lib-metrics = Kennzahlen
lib-metrics-desc = Vereinbarte Maße dafür, wie das Erlebnis läuft.
lib-scorecards-and-dashboards = Scorecards und Dashboards
lib-scorecards-and-dashboards-desc = Die Kennzahlen dort, wo alle sie sehen, in festem Rhythmus.
lib-understanding-the-why = Das Warum verstehen
lib-understanding-the-why-desc = Hinter die Zahlen schauen, zu den Gründen, warum Kunden so empfinden.
lib-ideation-and-redesign = Ideenfindung und Neugestaltung
lib-ideation-and-redesign-desc = Neue Ideen finden und die Kundenwege um sie herum neu bauen.
lib-storytelling = Storytelling
lib-storytelling-desc = Kundengeschichten weitergeben, damit das ganze Unternehmen sie spürt.
lib-champion-programme = Botschafterprogramm
lib-champion-programme-desc = Menschen in jedem Team, die den Blick des Kunden in ihre eigene Arbeit tragen.
lib-test-and-learn = Testen und lernen
lib-test-and-learn-desc = Kleine Änderungen ausprobieren, beobachten, behalten, was wirkt.
lib-cross-functional-collaboration = Bereichsübergreifende Zusammenarbeit
lib-cross-functional-collaboration-desc = Abteilungen lösen ein Kundenproblem gemeinsam statt nacheinander.
lib-company-culture = Unternehmenskultur
lib-company-culture-desc = Gemeinsame Gewohnheiten und Werte, die den Kunden in den Mittelpunkt der Entscheidungen stellen.
lib-user-experience = Nutzererlebnis
lib-user-experience-desc = Wie leicht und angenehm ein Produkt oder Bildschirm zu benutzen ist: die Füllung, nicht das ganze Gebäck.
lib-customer-support = Kundenservice
lib-customer-support-desc = Hilfe, wenn der Kunde fragt: ein Zimmer des Hauses, nicht das Haus.
lib-omni-channel = Omnichannel
lib-omni-channel-desc = Ein verbundener Weg über Telefon, Web, App und Laden, ohne Reibung beim Wechsel.
lib-data-and-insights = Daten und Erkenntnisse
lib-data-and-insights-desc = Was Sie über Kunden wissen, und das Geschick, es mit Gefühl zu nutzen.
lib-real-time = Echtzeit
lib-real-time-desc = Antworten, wann der Kunde will: vor, während und nach dem Kauf.
lib-context = Kontext
lib-context-desc = Die Botschaft an Zeit, Ort und Lage des Kunden anpassen.
lib-predictability = Vorhersehbarkeit
lib-predictability-desc = Wissen, was ein Kunde als Nächstes will, aus dem, was Sie schon wissen.
lib-personas-and-journeys = Personas und Customer Journeys
lib-personas-and-journeys-desc = Porträts typischer Kunden und die Wege, die sie mit Ihrer Marke gehen.
lib-fresh-data = Frische Daten
lib-fresh-data-desc = Saubere, aktuelle Kundendaten: die Grundlage jeder persönlichen Ansprache.
lib-passion = Leidenschaft
lib-passion-desc = Echte Begeisterung für Kunden und ihre Bedürfnisse, die das ganze Team ansteckt.
lib-teamwork-across-silos = Teamarbeit über Silos hinweg
lib-teamwork-across-silos-desc = Marketing, Vertrieb, IT und Service kochen in einer Küche, nicht in getrennten Räumen.

## Teilen: Exporte und die kopierte Zusammenfassung.

work-exporting = Exportiere nach { $path }…
work-saving = Speichere nach { $path }…
work-reading = Lese { $count } Rezepte…
export-menu-chart = Diagramm exportieren…
export-menu-csv = CSV exportieren…
export-menu-copy = Zusammenfassung kopieren
export-dialog-chart = Diagramm exportieren
export-dialog-csv = CSV exportieren
export-filter-chart = Diagrammbild (PNG oder SVG)
export-filter-png = PNG-Bild
export-filter-svg = SVG-Grafik
export-filter-csv = CSV-Tabelle
export-path-heading-chart = Das Diagramm exportieren
export-path-heading-csv = Die Tabelle als CSV exportieren
export-path-action = Exportieren
export-saved-chart = Diagramm exportiert nach { $path }
export-saved-csv = CSV exportiert nach { $path }
export-failed = Export nach { $path } nicht möglich: { $reason }. Es wurde nichts geändert.
export-bad-extension = { $path }: Ein Diagramm wird als .png oder .svg exportiert. Es wurde nichts geschrieben.
export-copied = Zusammenfassung kopiert: in eine E-Mail einfügen.
export-copy-untitled = Rezept ohne Titel
export-table-ingredient = Zutat
export-table-amount = Menge
export-table-unit = Einheit
export-table-share = Anteil
export-table-total = Summe
export-copy-balance = Backen { $baking } · Kochen { $cooking }
export-copy-balance-untagged = Backen { $baking } · Kochen { $cooking } · ohne Etikett { $untagged }
export-copy-advice = Empfohlener Backanteil: { $range } — { $verdict }
export-verdict-under = unter dem Bereich
export-verdict-inside = im Bereich
export-verdict-over = über dem Bereich

## Notizen, Budget, Warnungen und Office-Formate des Editors (Issue 15)
message-text = { $text }
message-then = { $first } { $then }
tab-notes = Notizen
notes-author = Autor
notes-author-hint = Ihr Name oder der Ihres Teams
notes-author-why = Wird beim Präsentieren unter dem Titel gezeigt und bei der Enthüllung einer Mischung statt des Dateinamens.
notes-recipe = Notizen zum Rezept
notes-recipe-hint = Wofür dieses Rezept ist und warum es so gemischt ist
notes-select-ingredient = Wählen Sie eine Zutat in der Tabelle, um hier ihre Notiz zu lesen oder zu schreiben.
present-by = von { $author }
list-and = und
warning-duplicate-name = { $spellings } stehen als Zutaten { $rows } im Rezept: ein Name zweimal, den Vergleichen und Mischen als eine Zutat zählen. Benennen Sie eine um oder legen Sie ihre Mengen zusammen.
warning-empty-name = Zutat { $number } hat keinen Namen.
warning-more = … und { $count } { $count ->
        [one] weitere Warnung
       *[other] weitere Warnungen
    } (cx-recipe check nennt sie alle).
budget-added-capped = Vom Budget { $count ->
        [one] war nur noch { $amount } Punkt
       *[other] waren nur noch { $amount } Punkte
    } übrig: „{ $name }“ hat { $amount } bekommen.
budget-added-none = Vom Budget waren keine Punkte mehr übrig: „{ $name }“ hat 0 bekommen. Nehmen Sie einer anderen Zutat Punkte, um ihr welche zu geben.
budget-offer = Das Rezept hat jetzt { $total } { $count ->
        [one] Teil
       *[other] Teile
    }.
budget-offer-scale = Auf { $points } { $count ->
        [one] Punkt
       *[other] Punkte
    } skalieren
budget-offer-scale-hint = Alle Mengen werden so skaliert, dass sie das Budget ergeben, jeder Anteil bleibt (schaltet das Budget ein). Strg+Z macht es rückgängig.
budget-offer-keep = So lassen
budget-scaled = Auf { $points } { $count ->
        [one] Punkt
       *[other] Punkte
    } skaliert: Jeder Anteil ist wie zuvor.
budget-scale-no-budget = Das Rezept hat kein Punktebudget, auf das es skaliert werden könnte.
budget-scale-not-parts = Das Rezept wird in Küchenmaßen gemessen: Stellen Sie „Messen in“ zuerst auf Teile.
budget-scale-zero-total = Die Summe ist null, also gibt es keine Anteile zu skalieren.
menu-view-zoom-in = Vergrößern
menu-view-zoom-out = Verkleinern
menu-view-zoom-reset = Originalgröße
export-menu-spreadsheet = Tabellendokument exportieren…
export-menu-copy-chart = Diagramm kopieren
export-menu-with-balance = Verhältnis und Urteil in Diagrammbildern
export-menu-with-balance-hint = Exportierte und kopierte Diagramme zeigen unter dem Kuchen das Verhältnis von Backen und Kochen und das Urteil der Empfehlung.
export-dialog-spreadsheet = Tabellendokument exportieren
export-filter-spreadsheet = Tabellendokument (.xlsx)
export-path-heading-spreadsheet = Das Rezept als Tabellendokument exportieren
export-saved-spreadsheet = Tabellendokument exportiert nach { $path }
export-saved-chart-alone = Diagramm exportiert nach { $path }, ohne das Rezept darin: Das Rezept ist größer als das 1 MiB, das eine Rezeptdatei haben darf, daher öffnet dieses Bild das Rezept nicht. Speichern Sie das Rezept selbst, um es weiterzugeben.
export-copied-chart = Diagramm kopiert: in eine Folie einfügen.
export-copy-chart-failed = Das Diagramm konnte nicht kopiert werden: { $reason }.
work-copying-chart = Das Diagramm wird für die Zwischenablage gezeichnet…
