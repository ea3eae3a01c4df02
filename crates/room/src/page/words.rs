//! The participant page's words in English, Spanish and German. The page
//! picks the browser's language (English for any other); `{name}`-style
//! placeholders are filled in by the page, always as text.
//!
//! Written for people, not machine-translated: Spanish addresses the
//! participant as *tú* (as a workshop does), German as *Sie* (as the
//! window does).

use serde::Serialize;

/// Every text the page shows. A field left out fails to compile, so no
/// language can lack one.
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Words {
    pub lang: &'static str,
    pub intro: &'static str,
    pub intro_free: &'static str,
    pub name_label: &'static str,
    pub points_left: &'static str,
    pub point_left: &'static str,
    pub no_points_left: &'static str,
    pub total: &'static str,
    pub fewer: &'static str,
    pub more: &'static str,
    pub points_value: &'static str,
    pub point_value: &'static str,
    pub unnamed: &'static str,
    pub send: &'static str,
    pub send_again: &'static str,
    pub resend: &'static str,
    pub save_file: &'static str,
    pub sending: &'static str,
    pub received: &'static str,
    pub received_named: &'static str,
    pub changed: &'static str,
    pub saved_file: &'static str,
    pub need_points: &'static str,
    pub err_too_many: &'static str,
    pub err_full: &'static str,
    pub err_invalid: &'static str,
    pub err_network: &'static str,
    pub err_not_saved: &'static str,
    pub err_closed: &'static str,
    pub privacy: &'static str,
    pub file_hint: &'static str,
}

/// English, Spanish, German.
pub const ALL: [Words; 3] = [EN, ES, DE];

const EN: Words = Words {
    lang: "en",
    intro: "Share out {points} points among these ingredients: more points for what matters more to you.",
    intro_free: "Give each ingredient from 0 to 100: more for what matters more to you.",
    name_label: "Your name (optional)",
    points_left: "{n} points left",
    point_left: "1 point left",
    no_points_left: "All points shared out",
    total: "Total: {n}",
    fewer: "Fewer points for {name}",
    more: "More points for {name}",
    points_value: "{n} points",
    point_value: "1 point",
    unnamed: "Ingredient {n}",
    send: "Send my answer",
    send_again: "Send my changed answer",
    resend: "Send again",
    save_file: "Save my answer as a file",
    sending: "Sending…",
    received: "Received — thank you! You can change your answer and send it again: the latest one counts.",
    received_named: "Received — thank you, {name}! You can change your answer and send it again: the latest one counts.",
    changed: "Changed since you sent it: send it again to replace your answer.",
    saved_file: "Saved as {file}. Attach it to your reply.",
    need_points: "Give at least one point before sending.",
    err_too_many: "This device has sent too many answers. Please ask the facilitator.",
    err_full: "The room is full. Please ask the facilitator.",
    err_invalid: "The answer could not be read. Please reload the page and try again.",
    err_network: "The room could not be reached. Check that you are on the meeting's network, then send again.",
    err_not_saved: "The facilitator's computer could not save your answer. Please tell the facilitator.",
    err_closed: "This room is closed. Please ask the facilitator for the new address.",
    privacy: "Your answer goes only to the facilitator's computer, here in the room.",
    file_hint: "Nothing is sent anywhere: your browser saves a small recipe file. Attach it to your reply to the facilitator.",
};

const ES: Words = Words {
    lang: "es",
    intro: "Reparte {points} puntos entre estos ingredientes: más puntos para lo que más te importa.",
    intro_free: "Da a cada ingrediente de 0 a 100: más a lo que más te importa.",
    name_label: "Tu nombre (opcional)",
    points_left: "Quedan {n} puntos",
    point_left: "Queda 1 punto",
    no_points_left: "Has repartido todos los puntos",
    total: "Total: {n}",
    fewer: "Menos puntos para {name}",
    more: "Más puntos para {name}",
    points_value: "{n} puntos",
    point_value: "1 punto",
    unnamed: "Ingrediente {n}",
    send: "Enviar mi respuesta",
    send_again: "Enviar la respuesta cambiada",
    resend: "Enviar otra vez",
    save_file: "Guardar mi respuesta como archivo",
    sending: "Enviando…",
    received: "Recibida, ¡gracias! Puedes cambiar tu respuesta y enviarla otra vez: cuenta la última.",
    received_named: "Recibida, ¡gracias, {name}! Puedes cambiar tu respuesta y enviarla otra vez: cuenta la última.",
    changed: "Has cambiado la respuesta: envíala otra vez para sustituir la anterior.",
    saved_file: "Guardada como {file}. Adjúntala a tu respuesta.",
    need_points: "Da al menos un punto antes de enviar.",
    err_too_many: "Desde este dispositivo se han enviado demasiadas respuestas. Pregunta a quien dirige la sesión.",
    err_full: "La sala está llena. Pregunta a quien dirige la sesión.",
    err_invalid: "No se pudo leer la respuesta. Vuelve a cargar la página e inténtalo de nuevo.",
    err_network: "No se pudo llegar a la sala. Comprueba que estás en la red de la reunión y vuelve a enviar.",
    err_not_saved: "El ordenador de quien dirige la sesión no pudo guardar tu respuesta. Avísale, por favor.",
    err_closed: "Esta sala está cerrada. Pide la nueva dirección a quien dirige la sesión.",
    privacy: "Tu respuesta solo va al ordenador de quien dirige la sesión, aquí en la sala.",
    file_hint: "No se envía nada: tu navegador guarda un pequeño archivo de receta. Adjúntalo a tu respuesta.",
};

const DE: Words = Words {
    lang: "de",
    intro: "Verteilen Sie {points} Punkte auf diese Zutaten: mehr Punkte für das, was Ihnen wichtiger ist.",
    intro_free: "Geben Sie jeder Zutat 0 bis 100: mehr für das, was Ihnen wichtiger ist.",
    name_label: "Ihr Name (freiwillig)",
    points_left: "Noch {n} Punkte",
    point_left: "Noch 1 Punkt",
    no_points_left: "Alle Punkte verteilt",
    total: "Summe: {n}",
    fewer: "Weniger Punkte für {name}",
    more: "Mehr Punkte für {name}",
    points_value: "{n} Punkte",
    point_value: "1 Punkt",
    unnamed: "Zutat {n}",
    send: "Antwort senden",
    send_again: "Geänderte Antwort senden",
    resend: "Erneut senden",
    save_file: "Antwort als Datei speichern",
    sending: "Wird gesendet …",
    received: "Angekommen – danke! Sie können Ihre Antwort ändern und erneut senden: Es zählt die letzte.",
    received_named: "Angekommen – danke, {name}! Sie können Ihre Antwort ändern und erneut senden: Es zählt die letzte.",
    changed: "Seit dem Senden geändert: Senden Sie erneut, um Ihre Antwort zu ersetzen.",
    saved_file: "Gespeichert als {file}. Hängen Sie die Datei an Ihre Antwort an.",
    need_points: "Vergeben Sie vor dem Senden mindestens einen Punkt.",
    err_too_many: "Von diesem Gerät kamen zu viele Antworten. Bitte fragen Sie die Moderation.",
    err_full: "Der Raum ist voll. Bitte fragen Sie die Moderation.",
    err_invalid: "Die Antwort konnte nicht gelesen werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
    err_network: "Der Raum ist nicht erreichbar. Prüfen Sie, ob Sie im Netz des Treffens sind, und senden Sie erneut.",
    err_not_saved: "Der Rechner der Moderation konnte Ihre Antwort nicht speichern. Bitte sagen Sie der Moderation Bescheid.",
    err_closed: "Dieser Raum ist geschlossen. Bitte fragen Sie die Moderation nach der neuen Adresse.",
    privacy: "Ihre Antwort geht nur an den Rechner der Moderation, hier im Raum.",
    file_hint: "Nichts wird verschickt: Ihr Browser speichert eine kleine Rezeptdatei. Hängen Sie sie an Ihre Antwort an.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_keeps_the_placeholders() {
        let en = serde_json::to_value(EN).unwrap();
        for w in &ALL {
            let mine = serde_json::to_value(w).unwrap();
            for (key, english) in en.as_object().unwrap() {
                let (english, text) = (english.as_str().unwrap(), mine[key].as_str().unwrap());
                assert!(!text.is_empty(), "{}: {key}", w.lang);
                for p in ["{points}", "{n}", "{name}", "{file}"] {
                    assert_eq!(english.contains(p), text.contains(p), "{}: {text}", w.lang);
                }
            }
        }
        assert_eq!(ALL.map(|w| w.lang), ["en", "es", "de"]);
    }
}
