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
