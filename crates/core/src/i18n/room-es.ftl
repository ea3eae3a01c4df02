# Las palabras de la sala: la página de quien participa (page-…) y la
# pantalla de la sala en la ventana (room-…). Se trata de tú a quien
# participa, como en un taller.

## The participant page

page-intro = Reparte { $points } puntos entre estos ingredientes: más puntos para lo que más te importa.
page-intro-free = Da a cada ingrediente de 0 a 100: más a lo que más te importa.
page-name-label = Tu nombre (opcional)
page-points-left = Quedan { $n } puntos
page-point-left = Queda 1 punto
page-no-points-left = Has repartido todos los puntos
page-total = Total: { $n }
page-fewer = Menos puntos para { $name }
page-more = Más puntos para { $name }
page-points-value = { $n } puntos
page-point-value = 1 punto
page-unnamed = Ingrediente { $n }
page-send = Enviar mi respuesta
page-send-again = Enviar la respuesta cambiada
page-resend = Enviar otra vez
page-save-file = Guardar mi respuesta como archivo
page-sending = Enviando…
page-received = Recibida, ¡gracias! Puedes cambiar tu respuesta y enviarla otra vez: cuenta la última.
page-received-named = Recibida, ¡gracias, { $name }! Puedes cambiar tu respuesta y enviarla otra vez: cuenta la última.
page-changed = Has cambiado la respuesta: envíala otra vez para sustituir la anterior.
page-saved-file = Guardada como { $file }. Adjúntala a tu respuesta.
page-need-points = Da al menos un punto antes de enviar.
page-err-too-many = Desde este dispositivo se han enviado demasiadas respuestas. Pregunta a quien dirige la sesión.
page-err-full = La sala está llena. Pregunta a quien dirige la sesión.
page-err-invalid = No se pudo leer la respuesta. Vuelve a cargar la página e inténtalo de nuevo.
page-err-network = No se pudo llegar a la sala. Comprueba que estás en la red de la reunión y vuelve a enviar.
page-err-not-saved = El ordenador de quien dirige la sesión no pudo guardar tu respuesta. Avísale, por favor.
page-err-closed = Esta sala está cerrada. Pide la nueva dirección a quien dirige la sesión.
page-privacy = Tu respuesta solo va al ordenador de quien dirige la sesión, aquí en la sala.
page-file-hint = No se envía nada: tu navegador guarda un pequeño archivo de receta. Adjúntalo a tu respuesta.
