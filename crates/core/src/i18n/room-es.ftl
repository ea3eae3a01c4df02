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

## The room in the window

room-menu = Abrir una sala…
room-menu-hint = Quien participa responde desde el navegador de su móvil en esta red: sin app, sin cuenta. En la presentación: { $key }
room-menu-form = Exportar formulario para participantes…
room-menu-form-hint = La página de participación como un solo archivo, para trabajo previo por correo: guarda la respuesta como archivo de receta.
room-title = Sala
room-back = ⬅ Volver
room-back-hint = { $key }: volver a donde estabas; la sala sigue abierta
room-setup-heading = Abrir una sala para «{ $title }»
room-setup-intro = Quien participa responde desde el navegador de su móvil en esta red: sin app, sin cuenta, sin internet. Cada respuesta se guarda al momento como archivo de receta.
room-setup-how = Cómo se responde
room-mode-points = Repartir puntos
room-points-label = Puntos que repartir
room-mode-free = Cantidades libres (de 0 a 100 por ingrediente)
room-setup-folder = Las respuestas van a
room-choose-folder = Elegir carpeta…
room-open = Abrir la sala
room-reopen = Volver a abrir la sala
room-open-hint = { $key }
room-answers = { $count ->
        [one] 1 respuesta
       *[other] { $count } respuestas
    }
room-closed-note = La sala está cerrada; { $answers } en { $folder }. Al volver a abrirla se recogen, con la misma dirección si la pregunta no ha cambiado.
room-network = Se llega a este ordenador en { $ip }.
room-no-network = No hay red: conecta este ordenador a la wifi de la reunión (o al punto de acceso de un móvil) y abre la sala.
room-firewall-windows = Windows puede preguntar si CX Recipe Designer puede usar la red: permítelo en redes privadas, o los móviles no llegarán a la sala.
room-firewall-mac = macOS puede preguntar si acepta conexiones de red entrantes: acéptalas, o los móviles no llegarán a la sala.
room-firewall-other = Los móviles deben estar en la misma red que este ordenador.
room-join = Escanea el código o abre esta dirección en el móvil:
room-code = Código de la sala
room-count = { $count ->
        [0] Aún no hay respuestas
        [one] 1 respuesta
       *[other] { $count } respuestas
    }
room-mode-points-line = Repartir { $points } puntos
room-mode-free-line = Cantidades libres, de 0 a 100 por ingrediente
room-folder-line = Las respuestas van a { $folder }
room-close = Cerrar la sala
room-close-hint = El servidor se detiene al momento; las respuestas quedan en la carpeta
room-show-blend = Ver la combinación
room-show-blend-hint = La combinación de las respuestas hasta ahora; las nuevas aparecen según llegan
room-copy = Copiar dirección
room-copied = Dirección copiada: { $address }
room-qr = Código QR de { $address }
room-open-failed = No se pudo abrir la sala: { $error }
room-recipe-empty = La sala pregunta por los ingredientes de la receta: añade al menos uno.
room-closed-message = La sala está cerrada: { $answers } en { $folder }.
room-closed-by-document = La sala de la receta anterior está cerrada: { $answers } en { $folder }.
room-not-saved = No se pudo guardar una respuesta: { $error }
room-live = Sala abierta: { $answers }. Las nuevas aparecen según llegan.
room-live-back = Volver a la sala
room-present-key = { $key }: abrir una sala para los móviles
room-form-saved = Formulario guardado en { $path }: envíalo por correo para el trabajo previo; guarda la respuesta como archivo de receta.
room-form-failed = No se pudo escribir el formulario en { $path }: { $reason }. No ha cambiado nada.
room-path-folder-title = Dónde van las respuestas
room-path-folder-action = Usar esta carpeta
room-path-form-title = Exportar formulario para participantes
room-form-filter = Página web (HTML)
