# Die Wörter des Raums: die Seite der Teilnehmenden (page-…) und der
# Raum-Bildschirm im Fenster (room-…). Die Teilnehmenden werden gesiezt,
# wie im Fenster.

## The participant page

page-intro = Verteilen Sie { $points } Punkte auf diese Zutaten: mehr Punkte für das, was Ihnen wichtiger ist.
page-intro-free = Geben Sie jeder Zutat 0 bis 100: mehr für das, was Ihnen wichtiger ist.
page-name-label = Ihr Name (freiwillig)
page-points-left = Noch { $n } Punkte
page-point-left = Noch 1 Punkt
page-no-points-left = Alle Punkte verteilt
page-total = Summe: { $n }
page-fewer = Weniger Punkte für { $name }
page-more = Mehr Punkte für { $name }
page-points-value = { $n } Punkte
page-point-value = 1 Punkt
page-unnamed = Zutat { $n }
page-send = Antwort senden
page-send-again = Geänderte Antwort senden
page-resend = Erneut senden
page-save-file = Antwort als Datei speichern
page-sending = Wird gesendet …
page-received = Angekommen – danke! Sie können Ihre Antwort ändern und erneut senden: Es zählt die letzte.
page-received-named = Angekommen – danke, { $name }! Sie können Ihre Antwort ändern und erneut senden: Es zählt die letzte.
page-changed = Seit dem Senden geändert: Senden Sie erneut, um Ihre Antwort zu ersetzen.
page-saved-file = Gespeichert als { $file }. Hängen Sie die Datei an Ihre Antwort an.
page-need-points = Vergeben Sie vor dem Senden mindestens einen Punkt.
page-err-too-many = Von diesem Gerät kamen zu viele Antworten. Bitte fragen Sie die Moderation.
page-err-full = Der Raum ist voll. Bitte fragen Sie die Moderation.
page-err-invalid = Die Antwort konnte nicht gelesen werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
page-err-network = Der Raum ist nicht erreichbar. Prüfen Sie, ob Sie im Netz des Treffens sind, und senden Sie erneut.
page-err-not-saved = Der Rechner der Moderation konnte Ihre Antwort nicht speichern. Bitte sagen Sie der Moderation Bescheid.
page-err-closed = Dieser Raum ist geschlossen. Bitte fragen Sie die Moderation nach der neuen Adresse.
page-privacy = Ihre Antwort geht nur an den Rechner der Moderation, hier im Raum.
page-file-hint = Nichts wird verschickt: Ihr Browser speichert eine kleine Rezeptdatei. Hängen Sie sie an Ihre Antwort an.

## The room in the window

room-menu = Raum öffnen…
room-menu-hint = Die Teilnehmenden antworten im Browser ihres Handys in diesem Netz: ohne App, ohne Konto. In der Präsentation: { $key }
room-menu-form = Formular für Teilnehmende exportieren…
room-menu-form-hint = Die Seite der Teilnehmenden als eine Datei, zur Vorbereitung per E-Mail: Sie speichert die Antwort als Rezeptdatei.
room-title = Raum
room-back = ⬅ Zurück
room-back-hint = { $key }: zurück, wo Sie waren; der Raum bleibt offen
room-setup-heading = Einen Raum für „{ $title }“ öffnen
room-setup-intro = Die Teilnehmenden antworten im Browser ihres Handys in diesem Netz: ohne App, ohne Konto, ohne Internet. Jede Antwort wird sofort als Rezeptdatei gespeichert.
room-setup-how = Wie geantwortet wird
room-mode-points = Punkte verteilen
room-points-label = Zu verteilende Punkte
room-mode-free = Freie Mengen (0–100 je Zutat)
room-setup-folder = Antworten kommen nach
room-choose-folder = Ordner wählen…
room-open = Raum öffnen
room-reopen = Raum wieder öffnen
room-open-hint = { $key }
room-answers = { $count ->
        [one] 1 Antwort
       *[other] { $count } Antworten
    }
room-closed-note = Der Raum ist geschlossen; { $answers } in { $folder }. Beim Wiederöffnen werden sie übernommen, mit derselben Adresse, wenn die Frage gleich geblieben ist.
room-network = Die Teilnehmenden erreichen diesen Rechner unter { $ip }.
room-no-network = Kein Netz gefunden: Verbinden Sie diesen Rechner mit dem WLAN des Treffens (oder dem Hotspot eines Handys) und öffnen Sie dann den Raum.
room-firewall-windows = Windows fragt vielleicht, ob CX Recipe Designer das Netz nutzen darf: Erlauben Sie es für private Netze, sonst erreichen die Handys den Raum nicht.
room-firewall-mac = macOS fragt vielleicht, ob eingehende Netzwerkverbindungen erlaubt sind: Erlauben Sie sie, sonst erreichen die Handys den Raum nicht.
room-firewall-other = Die Handys müssen im selben Netz sein wie dieser Rechner.
room-join = Code scannen oder diese Adresse auf dem Handy öffnen:
room-code = Raumcode
room-count = { $count ->
        [0] Noch keine Antworten
        [one] 1 Antwort
       *[other] { $count } Antworten
    }
room-mode-points-line = { $points } Punkte verteilen
room-mode-free-line = Freie Mengen, 0–100 je Zutat
room-folder-line = Antworten kommen nach { $folder }
room-close = Raum schließen
room-close-hint = Der Server hält sofort an; die Antworten bleiben im Ordner
room-show-blend = Mischung zeigen
room-show-blend-hint = Die Mischung der bisherigen Antworten; neue erscheinen, sobald sie ankommen
room-copy = Adresse kopieren
room-copied = Adresse kopiert: { $address }
room-qr = QR-Code von { $address }
room-open-failed = Der Raum konnte nicht öffnen: { $error }
room-recipe-empty = Der Raum fragt nach den Zutaten des Rezepts: Fügen Sie zuerst mindestens eine hinzu.
room-closed-message = Der Raum ist geschlossen: { $answers } in { $folder }.
room-closed-by-document = Der Raum des vorigen Rezepts ist geschlossen: { $answers } in { $folder }.
room-not-saved = Eine Antwort konnte nicht gespeichert werden: { $error }
room-live = Raum offen: { $answers }. Neue erscheinen, sobald sie ankommen.
room-live-back = Zurück zum Raum
room-present-key = { $key }: einen Raum für die Handys öffnen
room-form-saved = Formular gespeichert unter { $path }: Schicken Sie es zur Vorbereitung per E-Mail; es speichert die Antwort als Rezeptdatei.
room-form-failed = Das Formular konnte nicht nach { $path } geschrieben werden: { $reason }. Nichts wurde geändert.
room-path-folder-title = Wohin die Antworten kommen
room-path-folder-action = Diesen Ordner nehmen
room-path-form-title = Formular für Teilnehmende exportieren
room-form-filter = Webseite (HTML)
