# CX Recipe Designer — español.

## Menús.

menu-file = Archivo
menu-file-new = Nueva
menu-file-new-from-template = Nueva desde plantilla
menu-file-open = Abrir…
menu-file-open-recent = Abrir reciente
menu-file-save = Guardar
menu-file-save-as = Guardar como…
menu-file-compare = Comparar con…
menu-file-blend = Combinar…
menu-file-quit = Salir
menu-edit = Editar
menu-edit-undo = Deshacer
menu-edit-redo = Rehacer
menu-edit-add-ingredient = Añadir ingrediente
menu-edit-move-up = Subir
menu-edit-move-down = Bajar
menu-edit-remove-ingredient = Quitar ingrediente
menu-edit-add-step = Añadir paso
menu-view = Ver
menu-view-library = Biblioteca de ingredientes
menu-view-hide-library = Ocultar la biblioteca de ingredientes
menu-view-decimals = Decimales en los porcentajes
menu-view-present = Presentar
menu-view-theme = Tema
menu-view-group-small = Agrupar porciones de menos del 3 % como «Otros»
menu-view-chart-as-table = Mostrar el gráfico como tabla
menu-view-language = Idioma
menu-view-language-system = Sistema ({ $language })
theme-light = Claro
theme-dark = Oscuro
theme-high-contrast = Alto contraste

## Las plantillas incluidas (Archivo ▸ Nueva desde plantilla). Sus recetas
## quedan como están escritas en sus archivos.

template-ideal-cx = CX ideal
template-ideal-cx-summary = Los cinco ingredientes base en medidas de cocina: eficiencia, rapidez, atención personalizada, consistencia y tecnología.
template-bake-then-cook = Primero hornear, luego cocinar
template-bake-then-cook-summary = Primero la base (investigación, escucha, medidas, formación), después el trabajo creativo, en 100 partes.
template-star-chef = Cocina como un chef con estrellas
template-star-chef-summary = Pasión, una estrategia, muchos cocineros y datos frescos, preparados en el orden correcto.
template-brand-promise = Cumple la promesa de marca
template-brand-promise-summary = Tiempo real, contexto y previsibilidad para personas y recorridos conocidos, en todos los canales.
template-cx-kitchen = La cocina de la CX
template-cx-kitchen-summary = Doce ingredientes más allá de los cinco base, 100 puntos repartidos.

## El marco de la ventana: arrastrar y soltar, el aviso, los diálogos.

recipe-untitled = Receta sin título
drop-open = Suelta una receta (.ron) para abrirla
drop-hint = Mantén Mayús para compararla con la abierta · suelta varias para combinarlas
banner-dismiss = Cerrar este mensaje
dialog-unsaved-title = Cambios sin guardar
dialog-unsaved-before-closing = ¿Guardar los cambios de «{ $name }» antes de cerrar?
dialog-unsaved-before-new = ¿Guardar los cambios de «{ $name }» antes de empezar una receta nueva?
dialog-unsaved-before-open = ¿Guardar los cambios de «{ $name }» antes de abrir otra receta?
dialog-unsaved-before-blend = ¿Guardar los cambios de «{ $name }» antes de abrir la combinación del equipo?
dialog-unsaved-lost = Si no los guardas, se perderán.
dialog-save = Guardar
dialog-dont-save = No guardar
dialog-cancel = Cancelar
path-open-title = Abrir una receta
path-open = Abrir
path-save-title = Guardar la receta
path-compare-title = Comparar con una receta
path-compare = Comparar
path-blend-title = Combinar recetas
path-blend = Combinar
path-save-blend-title = Guardar la combinación del equipo
path-label = Ruta del archivo
file-dialog-filter = Receta CX (*.ron)
file-dialog-filter-any = Recetas, y gráficos que llevan una (*.ron, *.png, *.svg)
file-dialog-open = Abrir receta
file-dialog-save = Guardar receta
file-dialog-compare = Comparar con una receta
file-dialog-blend = Combinar recetas (elige varias)
restore-title = ¿Recuperar los cambios sin guardar?
restore-text = CX Recipe Designer no se cerró bien la última vez. Conservó los cambios sin guardar de { $from }.
restore-restore = Recuperar
restore-discard = Descartar

## Mensajes del aviso. { $error } es el mensaje del núcleo (en inglés).

no-dialog = No se pudo mostrar un diálogo de archivos en este sistema: en Linux hace falta el portal de escritorio (xdg-desktop-portal) o zenity. Escribe la ruta.
no-dialog-many = No se pudo mostrar un diálogo de archivos en este sistema: en Linux hace falta el portal de escritorio (xdg-desktop-portal) o zenity. Escribe la carpeta que contiene las recetas, o sus rutas separadas por ";".
path-replace = { $path } ya existe: pulsa Guardar otra vez para reemplazarlo.
files-template-failed = No se pudo leer la plantilla: { $error }
files-recent-gone = { $path } ya no está, así que se quitó de los archivos recientes.
files-open-failed = No se pudo abrir la receta; la que está en pantalla no ha cambiado. { $error }
files-saved = Guardado { $path }
files-save-failed = { $error }. Tus cambios siguen aquí.
blend-saved = Combinación del equipo guardada en { $path }. La receta abierta no ha cambiado.
blend-save-failed = { $error }. La combinación sigue en pantalla.
blend-opened = La combinación del equipo está abierta como receta nueva: guárdala para conservarla.
budget-capped = Limitado a { $amount } { $count ->
        [one] punto
       *[other] puntos
    }: el presupuesto de { $budget } está gastado.
compare-open-failed = No se pudo abrir la receta con la que comparar; la receta abierta no ha cambiado. { $error }
blend-too-many = Solo se combinan los primeros { $count } archivos; el resto se dejó fuera.
blend-none-read = No se pudo leer ninguno de los archivos, así que no hay nada que combinar; la receta abierta no ha cambiado.
blend-some-unread = { $count ->
        [one] 1 archivo no se pudo leer y queda fuera de la combinación de { $total }; la receta abierta no ha cambiado.
       *[other] { $count } archivos no se pudieron leer y quedan fuera de la combinación de { $total }; la receta abierta no ha cambiado.
    }
blend-no-recipes = No hay ninguna receta (.ron) en { $path }, así que no hay nada que combinar.
recover-unreadable = No se pudieron leer los cambios sin guardar de una sesión anterior: { $error }
recover-restored-copy-failed = No se pudo guardar una copia de recuperación de los cambios recuperados: { $error }
recover-restored = Cambios sin guardar recuperados. Guárdalos para conservarlos.
recover-copy-failed = No se pudo guardar una copia de recuperación de tus cambios sin guardar: { $error }
edit-max-ingredients = Una receta admite como máximo { $count } ingredientes.
edit-max-steps = Un método admite como máximo { $count } pasos.
edit-new-ingredient = Ingrediente nuevo { $number }
edit-new-step = Paso { $number }

## El editor: título, pestañas, pie, presupuesto.

editor-recipe = Receta
editor-title-hint = Título de la receta
tab-ingredients = Ingredientes
tab-method = Método
tab-profile = Perfil
footer-add = ➕ Añadir ingrediente
footer-add-hint = Añade un ingrediente propio ({ $keys })
footer-library = 📚 Biblioteca…
footer-hide-library = Ocultar biblioteca
footer-library-hint = Los ingredientes que nombran los artículos, listos para añadir ({ $keys })
footer-total-ml = Total: { $total } ml
footer-total-parts = Total: { $total } partes
footer-total-none = Total: –
footer-measure-in = Medir en:
footer-volumes = Volúmenes de cocina
footer-volumes-hint = Litros, tazas y cucharas, comparados en mililitros
footer-parts = Partes
footer-parts-hint = Partes o puntos sin más: la misma mezcla sin medidas de cocina
problem-no-ingredients = Aún no hay ingredientes: añade uno para empezar la mezcla.
problem-zero-total = El total es cero: dale una cantidad a un ingrediente para ver la mezcla.
budget-label = Presupuesto de puntos
budget-hint = El ejercicio de los «100 puntos»: un número fijo de puntos para repartir. Una cantidad que gastaría más de lo que queda se limita.
budget-field = Presupuesto en puntos
budget-field-hint = Los puntos que hay que repartir
budget-left = { $count ->
        [one] Queda { $points } punto
       *[other] Quedan { $points } puntos
    }
budget-over = { $points } por encima del presupuesto

## El perfil de la organización y el consejo.

profile-intro = Cuánto horneado (trabajo de base estructurado) necesita una organización depende de quién sea. Descríbela y la aplicación te sugiere un rango para la parte de hornear.
profile-give-advice = Dar consejo para esta organización
profile-suggested = Hornear sugerido: { $low }–{ $high } %
profile-all-middle = Todos los ajustes están en el medio: el rango es el de partida.
profile-how = Cómo se calcula el rango
profile-how-text = Se parte del { $low }–{ $high } % de hornear. Cada ajuste mueve ambos extremos { $points } puntos porcentuales por cada paso que se aleja del medio: hacia arriba para una marca más formal, productos más complejos, una organización más grande y un sector más regulado; hacia abajo en el sentido contrario. Los extremos se quedan entre 0 y 100 %.

## El panel de la biblioteca de ingredientes.

library-title = Biblioteca de ingredientes
library-search = Buscar
library-search-hint = p. ej. datos, hornear, voz
library-nothing = No hay coincidencias: añade el tuyo con ➕ Añadir ingrediente.
library-select = { $name } está en la receta: selecciónalo
library-add = Añadir { $name }
library-how = { $action } (clic, Intro o arrastrar a la tabla)
group-base = Base
group-baking = Hornear
group-cooking = Cocinar
group-more = Más
tag-baking = Hornear
tag-cooking = Cocinar
tag-baking-lower = hornear
tag-cooking-lower = cocinar
tag-baking-meaning = Trabajo de base preciso y estructurado que tiene que estar bien desde el principio, como un pastel que necesita la temperatura justa del horno.
tag-cooking-meaning = Trabajo creativo que prueba y ajusta sobre la marcha, construido sobre la base.
tag-neither = Ninguno
tag-neither-meaning = Ni hornear ni cocinar
tag-untagged = Sin etiqueta

## La tabla de ingredientes. { $name } es el nombre del ingrediente.

ingredient-unnamed = ingrediente { $number }
table-ingredient = Ingrediente
table-amount = Cantidad
table-unit = Unidad
table-share = Parte
table-kind = Tipo
table-move-of = Mover { $name }
table-move-hint = Arrastra para mover { $name } (o { $up } / { $down })
table-colour-of = Color de { $name }
table-name-hint = Nombre del ingrediente
table-name-of = Nombre de { $name }
table-amount-of = Cantidad de { $name }: arrastra o escribe
table-unit-of = Unidad de { $name }
table-share-of = Parte de { $name }: arrastra o escribe para cambiarla; los demás sin bloquear hacen sitio
table-no-shares = No hay partes mientras el total sea cero
table-unlock = Desbloquear la parte de { $name }
table-lock = Bloquear la parte de { $name }
table-note-on = Nota sobre { $name }
table-note-hint = Por qué este ingrediente, y cuánto
table-add-note = Añadir una nota a { $name }
table-note = Nota: { $note }
table-remove = Quitar { $name }
table-kind-of = Tipo de { $name }: hornear, cocinar o ninguno

## Unidades, según la cantidad (1 taza, 2 tazas).

unit-part = { $count ->
        [one] parte
       *[other] partes
    }
unit-ml = ml
unit-cc = cc
unit-litre = { $count ->
        [one] litro
       *[other] litros
    }
unit-teaspoon = { $count ->
        [one] cucharadita
       *[other] cucharaditas
    }
unit-tablespoon = { $count ->
        [one] cucharada
       *[other] cucharadas
    }
unit-cup = { $count ->
        [one] taza
       *[other] tazas
    }
unit-us-teaspoon = { $count ->
        [one] cucharadita (EE. UU.)
       *[other] cucharaditas (EE. UU.)
    }
unit-us-tablespoon = { $count ->
        [one] cucharada (EE. UU.)
       *[other] cucharadas (EE. UU.)
    }
unit-us-cup = { $count ->
        [one] taza (EE. UU.)
       *[other] tazas (EE. UU.)
    }
system-parts = partes
system-volume = volúmenes de cocina

## El método: pasos y la comprobación del orden. { $number } cuenta desde 1.

method-add-step = ➕ Añadir paso
method-add-step-hint = Añade un paso al final (usa el ingrediente seleccionado)
method-reorder-hint = Arrastra ☰ o pulsa { $up } / { $down } para reordenar.
method-order-ok = ✔ El orden de trabajo sigue las reglas de orden.
method-empty = Aún no hay pasos. Una receta también es un orden de trabajo: añade los pasos e indica qué ingredientes usa cada uno.
method-move-step = Mover el paso { $number }
method-move-step-hint = Arrastra para mover este paso (o { $up } / { $down })
method-title-hint = Qué se hace
method-title-of = Título del paso { $number }
method-remove-step = Quitar el paso { $number }
method-remove-step-hint = Quitar este paso
method-detail-hint = Detalle (opcional): cómo, quién, para cuándo
method-detail-of = Detalle del paso { $number }
method-uses = Usa:
method-use = Usar { $name } en el paso { $number }
method-stop-using = Dejar de usar { $name } en el paso { $number }
rule-bake-before-cook = hornea antes de cocinar
rule-bake-before-cook-why = El trabajo creativo necesita algo sólido en que apoyarse, así que pon la base precisa (investigación, medidas, cuadros de mando) antes de improvisar encima.
rule-clean-data = limpia los datos antes de personalizar
rule-clean-data-why = Un trato personal solo es tan bueno como lo que sabes de la persona, así que limpia y actualiza los datos de clientes antes de usarlos para personalizar.
warning-bake-before-cook = { $rule }: el paso { $step } usa { $waits } (cocinar) antes de que el paso { $later } construya { $first } (hornear)
warning-clean-data = { $rule }: el paso { $step } usa { $waits } antes de que el paso { $later } trabaje en { $first }

## Tipos de letra: lo que ninguna fuente instalada puede mostrar.

fonts-missing-in = Ninguna fuente instalada puede mostrar { $chars } en «{ $place }»; { $count ->
        [one] se ve
       *[other] se ven
    } como cuadros.
fonts-missing = Ninguna fuente instalada puede mostrar { $chars }; { $count ->
        [one] se ve
       *[other] se ven
    } como cuadros.

## El panel del gráfico, su tabla, el modo presentación.

chart-show-chart = Ver como gráfico
chart-show-chart-hint = Volver a mostrar el gráfico circular
chart-show-table = Ver como tabla
chart-show-table-hint = Los nombres, cantidades y partes del gráfico en una tabla (también para lectores de pantalla)
chart-pie-name = Gráfico circular de las partes de la receta
chart-other = Otros ({ $count })
chart-other-holds = menos del 3 % cada uno — { $names }
chart-share = Parte: { $percent }
chart-table-other = En el gráfico, «Otros» reúne las porciones de menos del 3 %: { $names }.
present-leave = Salir ({ $keys })
present-leave-hint = Volver a la pantalla anterior
present-help = Teclas ({ $keys })
present-help-title = Teclas
present-help-close = { $keys } o Esc: cerrar esta ayuda
present-key-select = seleccionar un ingrediente
present-key-amount = cambiar su cantidad en un paso
present-key-lock = bloquear o desbloquear su parte
present-key-group = agrupar las porciones de menos del 3 % como «Otros»
present-key-undo = deshacer, rehacer
present-key-help = mostrar u ocultar estas teclas
present-key-leave = salir de la proyección
present-locked = bloqueado

## Las pantallas de comparar y combinar.

unit-pp = { $value } p. p.
compare-title = Comparar
compare-nothing = Nada que comparar: elige Archivo ▸ Comparar con… en el editor.
compare-changes = Qué cambió de A a B
compare-changes-how = En puntos porcentuales, el mayor cambio primero
compare-back = ⬅ Volver al editor
compare-back-hint = { $keys }: la receta abierta está como la dejaste
compare-no-shares = Aún no hay partes: el total es cero.
compare-empty = Ninguna de las recetas tiene ingredientes.
compare-change = Cambio
compare-page = Página { $number } de { $count } · { $what } · { $keys }
compare-page-changes = Cada ingrediente: A, B y el cambio
compare-key-pages = la página anterior o la siguiente
compare-only-a = solo en A
compare-only-b = solo en B
compare-zero-total = El total de { $side } es cero, así que aún no tiene partes: sus ingredientes cuentan como 0 %.
blend-title = Combinación del equipo
blend-save-as = Guardar combinación como…
blend-save-as-hint = Guarda la combinación como receta de 100 partes, con la dispersión en sus notas
blend-open = Abrir combinación como receta
blend-open-hint = Edita la combinación: reemplaza la receta abierta (antes te pregunta si guardarla)
blend-nothing = Nada que combinar: elige Archivo ▸ Combinar… en el editor.
blend-disagrees = Dónde discrepa el equipo
blend-mean-of = Parte media de { $count } { $count ->
        [one] receta
       *[other] recetas
    }; la barra va de la parte más pequeña a la más grande, el punto es la media.
blend-empty = Aún no hay nada que combinar.
blend-mean = Media
blend-spread = Dispersión (0–{ $top } %)
blend-sd = DE
blend-named-by = Nombrado por
blend-named-of = { $named } de { $count }
blend-left-out-zero = Fuera, porque su total es cero: { $names }.
blend-left-out-unread = Fuera, porque no se pudieron leer:
blend-range-bar = { $name }: media { $mean } %, mínima { $min } %, máxima { $max } %, desviación estándar { $sd } p. p.
blend-previous = ◀ Anterior
blend-previous-hint = ← o Re Pág
blend-next = Siguiente ▶
blend-next-hint = → o Av Pág
blend-everyone = Todos juntos
blend-participant = Participante { $number } de { $count }
blend-the-team = El equipo
blend-of = Combinación de { $count } { $count ->
        [one] receta
       *[other] recetas
    }
blend-kind = Tipo
blend-range = Rango
blend-who-named = Quién nombró { $name }: { $named }
blend-who-named-hint = Muestra u oculta quién lo nombró, con qué parte, etiqueta y nota
blend-voice-wrote = escribió { $spelling }
blend-voice-note = nota: { $note }
blend-not-named = No lo nombró: { $names }
blend-balance-title = El equilibrio del equipo
blend-notes-title = Notas de la receta del equipo
blend-present = Presentar ({ $keys })
blend-present-hint = Muestra la revelación a pantalla completa para la sala
blend-present-leave = Volver a la combinación ({ $keys })
blend-present-keys = Volver a la combinación ({ $leave }). Izquierda o Re Pág: el participante anterior. Derecha o Av Pág: el siguiente, y al final el equipo.
blend-key-reveal = el participante anterior o el siguiente, luego el equipo
blend-key-leave = volver a la combinación
blend-key-other = ver qué reúne «Otros» (o pulsar su fila); Esc cierra la lista
blend-other-title = Qué reúne «{ $other }»
blend-other-page = Página { $page } de { $pages } · { $turn }: otra página · Esc o { $key }: cerrar
blend-other-close = Esc o { $key }: cerrar

## Los factores y niveles del perfil, y el consejo.

factor-personality = Personalidad de marca
factor-personality-hint = Una marca formal necesita más horneado; una informal puede improvisar más.
factor-personality-very-low = Muy informal
factor-personality-low = Informal
factor-personality-middle = Entre informal y formal
factor-personality-high = Formal
factor-personality-very-high = Muy formal
factor-products = Productos
factor-products-hint = Los productos complejos necesitan más horneado; los sencillos dejan sitio para cocinar.
factor-products-very-low = Muy sencillos
factor-products-low = Sencillos
factor-products-middle = Entre sencillos y complejos
factor-products-high = Complejos
factor-products-very-high = Muy complejos
factor-size = Tamaño de la organización
factor-size-hint = Una organización grande necesita más horneado; una pequeña puede cocinar más.
factor-size-very-low = Muy pequeña
factor-size-low = Pequeña
factor-size-middle = Entre pequeña y grande
factor-size-high = Grande
factor-size-very-high = Muy grande
factor-industry = Sector
factor-industry-hint = Cuanto más regulado, complejo o sindicado es el sector, más horneado necesita.
factor-industry-very-low = Muy poco regulado
factor-industry-low = Poco regulado
factor-industry-middle = Entre poco y muy regulado
factor-industry-high = Muy regulado
factor-industry-very-high = Extremadamente regulado
push-personality-very-low = Personalidad de marca muy informal
push-personality-low = Personalidad de marca informal
push-personality-high = Personalidad de marca formal
push-personality-very-high = Personalidad de marca muy formal
push-products-very-low = Productos muy sencillos
push-products-low = Productos sencillos
push-products-high = Productos complejos
push-products-very-high = Productos muy complejos
push-size-very-low = Organización muy pequeña
push-size-low = Organización pequeña
push-size-high = Organización grande
push-size-very-high = Organización muy grande
push-industry-very-low = Sector muy poco regulado
push-industry-low = Sector poco regulado
push-industry-high = Sector muy regulado
push-industry-very-high = Sector extremadamente regulado
advice-push = { $reason }: { $points } { $count ->
        [one] punto
       *[other] puntos
    }
verdict-under = por debajo
verdict-inside = dentro
verdict-over = por encima
advice-inside = Hornear es el { $share } % de la mezcla, dentro del { $low }–{ $high } % sugerido.
advice-under = Hornear es el { $share } % de la mezcla, por debajo del { $low }–{ $high } % sugerido: pasa al menos { $gap } { $count ->
        [one] punto porcentual
       *[other] puntos porcentuales
    } de la mezcla a ingredientes de hornear.
advice-over = Hornear es el { $share } % de la mezcla, por encima del { $low }–{ $high } % sugerido: pasa al menos { $gap } { $count ->
        [one] punto porcentual
       *[other] puntos porcentuales
    } de la mezcla a ingredientes de cocinar o sin etiqueta.
balance-suggested = sugerido { $low }–{ $high } %: { $verdict }

## Errores sobre la receta (en minúscula: el aviso los convierte en frase).

error-mixed-units = «{ $part }» se mide en partes pero «{ $volume }» en un volumen de cocina; una receta usa partes o volúmenes (convierte la receta entera)
error-wrong-system = { $unit } no es una de las unidades de { $system } de esta receta
error-bad-amount = una cantidad debe ser un número finito igual o mayor que 0, no { $amount }
error-no-such-ingredient = no hay ningún ingrediente número { $number }
error-too-large = «{ $name }» mediría { $amount } { $unit }, por encima del límite de { $limit } para una cantidad
error-too-small = «{ $name }» es demasiado pequeño para medirlo en { $unit }
error-zero-total = el total es cero, así que aún no hay partes que cambiar
error-all-others-locked = ningún otro ingrediente puede hacer sitio: los demás están todos bloqueados, o no hay ninguno

## La biblioteca de ingredientes: nombres y descripciones.

lib-efficiency = Eficiencia
lib-efficiency-desc = Resolver lo que el cliente necesita sin pasos ni esfuerzos de más.
lib-speed = Rapidez
lib-speed-desc = Lo pronto que un cliente recibe una respuesta, una entrega o una solución.
lib-personalised-attention = Atención personalizada
lib-personalised-attention-desc = Tratar a cada cliente como una persona con su historia, no como un número de ticket.
lib-consistency = Consistencia
lib-consistency-desc = El mismo nivel en cada punto de contacto, siempre.
lib-technology = Tecnología
lib-technology-desc = Los sistemas y herramientas detrás de la experiencia, autoservicio incluido.
lib-customer-research = Investigación de clientes
lib-customer-research-desc = Averiguar quiénes son los clientes, qué hacen y qué necesitan.
lib-voice-of-the-customer = Voz del cliente
lib-voice-of-the-customer-desc = Recoger lo que los clientes dicen de ti, con sus propias palabras, y escucharlo.
lib-learning-and-education = Aprendizaje y formación
lib-learning-and-education-desc = Enseñar a los equipos qué es una buena experiencia y cómo darla.
lib-metrics = Métricas
lib-metrics-desc = Medidas acordadas de cómo va la experiencia.
lib-scorecards-and-dashboards = Cuadros de mando
lib-scorecards-and-dashboards-desc = Las medidas a la vista de todos, con un ritmo regular.
lib-understanding-the-why = Entender el porqué
lib-understanding-the-why-desc = Mirar más allá de los números, a las razones de lo que sienten los clientes.
lib-ideation-and-redesign = Ideación y rediseño
lib-ideation-and-redesign-desc = Idear cosas nuevas y rehacer los recorridos en torno a ellas.
lib-storytelling = Narración
lib-storytelling-desc = Hacer circular historias de clientes para que toda la empresa las sienta.
lib-champion-programme = Programa de embajadores
lib-champion-programme-desc = Personas en cada equipo que llevan la mirada del cliente a su propio trabajo.
lib-test-and-learn = Probar y aprender
lib-test-and-learn-desc = Probar cambios pequeños, ver qué pasa y quedarse con lo que funciona.
lib-cross-functional-collaboration = Colaboración entre áreas
lib-cross-functional-collaboration-desc = Departamentos que resuelven juntos un problema del cliente, no por turnos.
lib-company-culture = Cultura de empresa
lib-company-culture-desc = Hábitos y valores compartidos que ponen al cliente en el centro de las decisiones.
lib-user-experience = Experiencia de usuario
lib-user-experience-desc = Lo fácil y agradable que es usar un producto o una pantalla: el relleno, no todo el pastel.
lib-customer-support = Atención al cliente
lib-customer-support-desc = Ayuda cuando el cliente la pide: una habitación de la casa, no la casa entera.
lib-omni-channel = Omnicanalidad
lib-omni-channel-desc = Un solo recorrido conectado entre teléfono, web, app y tienda, sin fricción al cambiar.
lib-data-and-insights = Datos y conocimiento
lib-data-and-insights-desc = Lo que sabes de los clientes, y la habilidad de usarlo con sensibilidad.
lib-real-time = Tiempo real
lib-real-time-desc = Responder cuando el cliente lo elige: antes, durante y después de comprar.
lib-context = Contexto
lib-context-desc = Ajustar el mensaje al momento, lugar y situación del cliente.
lib-predictability = Previsibilidad
lib-predictability-desc = Saber qué querrá el cliente después, a partir de lo que ya sabes.
lib-personas-and-journeys = Perfiles y recorridos
lib-personas-and-journeys-desc = Retratos de clientes típicos y los caminos que recorren con tu marca.
lib-fresh-data = Datos frescos
lib-fresh-data-desc = Datos de clientes limpios y al día: la base de cualquier trato personal.
lib-passion = Pasión
lib-passion-desc = Entusiasmo real por los clientes y sus necesidades, que contagia a todo el equipo.
lib-teamwork-across-silos = Trabajo en equipo sin silos
lib-teamwork-across-silos-desc = Marketing, ventas, TI y servicio cocinando como una sola cocina, no en salas separadas.

## Compartir: exportaciones y el resumen copiado.

work-exporting = Exportando a { $path }…
work-saving = Guardando en { $path }…
work-reading = Leyendo { $count } recetas…
export-menu-chart = Exportar gráfico…
export-menu-csv = Exportar CSV…
export-menu-copy = Copiar resumen
export-dialog-chart = Exportar gráfico
export-dialog-csv = Exportar CSV
export-filter-chart = Imagen del gráfico (PNG o SVG)
export-filter-png = Imagen PNG
export-filter-svg = Imagen SVG
export-filter-csv = Tabla CSV
export-path-heading-chart = Exportar el gráfico
export-path-heading-csv = Exportar la tabla en CSV
export-path-action = Exportar
export-saved-chart = Gráfico exportado a { $path }
export-saved-csv = CSV exportado a { $path }
export-failed = No se pudo exportar a { $path }: { $reason }. No se ha cambiado nada.
export-bad-extension = { $path }: un gráfico se exporta como .png o .svg. No se ha escrito nada.
export-copied = Resumen copiado: pégalo en un correo.
export-copy-untitled = Receta sin título
export-table-ingredient = Ingrediente
export-table-amount = Cantidad
export-table-unit = Unidad
export-table-share = Proporción
export-table-total = Total
export-copy-balance = Hornear { $baking } · Cocinar { $cooking }
export-copy-balance-untagged = Hornear { $baking } · Cocinar { $cooking } · sin etiqueta { $untagged }
export-copy-advice = Hornear sugerido: { $range } — { $verdict }
export-verdict-under = por debajo del rango
export-verdict-inside = dentro del rango
export-verdict-over = por encima del rango

## Notas, presupuesto, avisos y formatos de oficina del editor (issue 15)
message-text = { $text }
message-then = { $first } { $then }
tab-notes = Notas
notes-author = Autor
notes-author-hint = Tu nombre, o el de tu equipo
notes-author-why = Se muestra bajo el título al presentar la receta y, en la revelación de una combinación, en lugar del nombre del archivo.
notes-recipe = Notas sobre la receta
notes-recipe-hint = Para qué es esta receta y por qué se mezcla así
notes-select-ingredient = Selecciona un ingrediente en la tabla para leer o escribir aquí su nota.
present-by = de { $author }
list-and = y
warning-duplicate-name = { $spellings } aparecen como ingredientes { $rows }: un nombre dos veces, que comparar y combinar cuentan como un solo ingrediente. Cambia el nombre de uno o junta sus cantidades.
warning-empty-name = El ingrediente { $number } no tiene nombre.
warning-more = … y { $count } { $count ->
        [one] aviso más
       *[other] avisos más
    } (cx-recipe check los enumera todos).
budget-added-capped = Solo { $count ->
        [one] quedaba { $amount } punto
       *[other] quedaban { $amount } puntos
    } del presupuesto: «{ $name }» recibió { $amount }.
budget-added-none = No quedaban puntos del presupuesto: «{ $name }» recibió 0. Quita puntos a otro ingrediente para darle algunos.
budget-offer = La receta tiene ahora { $total } { $count ->
        [one] parte
       *[other] partes
    }.
budget-offer-scale = Escalar a { $points } { $count ->
        [one] punto
       *[other] puntos
    }
budget-offer-scale-hint = Todas las cantidades se escalan para que sumen el presupuesto, cada proporción igual (activa el presupuesto). Ctrl+Z lo deshace.
budget-offer-keep = Dejarla así
budget-scaled = Escalada a { $points } { $count ->
        [one] punto
       *[other] puntos
    }: cada proporción sigue igual.
budget-scale-no-budget = La receta no tiene un presupuesto de puntos al que escalar.
budget-scale-not-parts = La receta se mide en volúmenes de cocina: cambia primero Medir en a Partes.
budget-scale-zero-total = El total es cero, así que no hay proporciones que escalar.
menu-view-zoom-in = Ampliar
menu-view-zoom-out = Reducir
menu-view-zoom-reset = Tamaño original
export-menu-spreadsheet = Exportar hoja de cálculo…
export-menu-copy-chart = Copiar gráfico
export-menu-with-balance = Equilibrio y veredicto en las imágenes del gráfico
export-menu-with-balance-hint = Los gráficos exportados y copiados muestran bajo la tarta el equilibrio entre hornear y cocinar y el veredicto del consejo.
export-dialog-spreadsheet = Exportar hoja de cálculo
export-filter-spreadsheet = Hoja de cálculo (.xlsx)
export-path-heading-spreadsheet = Exportar la receta como hoja de cálculo
export-saved-spreadsheet = Hoja de cálculo exportada a { $path }
export-saved-chart-alone = Gráfico exportado a { $path }, sin la receta dentro: la receta supera el 1 MiB que puede ocupar un archivo de receta, así que abrir esta imagen no abrirá la receta. Guarda la receta misma para compartirla.
export-copied-chart = Gráfico copiado: pégalo en una diapositiva.
export-copy-chart-failed = No se pudo copiar el gráfico: { $reason }.
work-copying-chart = Dibujando el gráfico para el portapapeles…
