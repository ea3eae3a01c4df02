# CX Recipe Designer — español. Las palabras propias del núcleo: formatos de
# números y los detalles de los errores del formato de archivo.

## Números escritos (i18n::number::parse_number).
number-empty = Escribe un número.
number-not-a-number = «{ $text }» no es un número; escríbelo como 2,5 o 1.500.

## Gráficos exportados.
chart-export-no-shares = Aún no hay proporciones

## La exportación a hoja de cálculo (.xlsx). El nombre de la hoja: 31
## caracteres como mucho, ninguno de : \ / ? * [ ].
xlsx-sheet = Receta
xlsx-kind = Tipo
xlsx-balance = Hornear y cocinar
xlsx-advice = Recomendación
xlsx-suggested-low = Hornear sugerido, desde
xlsx-suggested-high = Hornear sugerido, hasta
xlsx-verdict = Parte de horneado

## La exportación CSV en un idioma.
csv-amount-ml = ml
csv-percent = Porcentaje

## Los detalles de los errores del formato de archivo, como los muestra la
## ventana.
err-too-large = { $path }: el archivo supera el límite de { $limit } bytes para una receta ({ $size } bytes); no es una receta, o no una que esta aplicación pueda abrir con seguridad
err-newer-version = esta receta está en la versión { $found } del formato de archivo, de un CX Recipe Designer más reciente; esta versión lee el formato { $supported } y anteriores. Actualiza CX Recipe Designer para abrirla
err-save-io = { $path }: no se pudo guardar ({ $reason }); el archivo del disco quedó como estaba
err-save-invalid = { $path }: no se guardó: { $detail }
err-io-not-found = el archivo no existe
err-io-permission = no hay permiso para usar este archivo
err-io-folder = es una carpeta, no un archivo de receta
err-io-exists = ya hay un archivo con ese nombre
err-io-read-only = el disco es de solo lectura
err-io-full = el disco está lleno
err-utf8 = se esperaba texto UTF-8 y se encontró el byte 0x{ $byte }; un archivo de receta es texto plano en UTF-8
err-empty = se esperaba una receta como `(version: 1, title: "…", ingredients: [ … ])` y el archivo está vacío
err-decimal-comma = se esperaba un número con punto decimal, como `{ $fixed }`; escribe `{ $fixed }`, no `{ $written }`
err-version-zero = se esperaba una versión del formato de 1 a { $max } y se encontró 0
err-eof = se esperaba más y el archivo se acaba; ¿está cortado?
err-too-deep = demasiados niveles anidados: una receta tiene como mucho unos pocos
err-expected-number = se esperaba un número como `2.0` (sin comillas ni unidad)
err-expected-text = se esperaba texto entre comillas dobles, como `"Speed"`
err-expected-bool = se esperaba `true` o `false`
err-missing-field = se esperaba el campo `{ $field }` { $in_what }, pero falta
err-duplicate-field = el campo `{ $field }` aparece dos veces { $in_what }
err-expected-open = se esperaba `(` para abrir una receta o un ingrediente
err-trailing = se esperaba el final del archivo después del `)` que cierra la receta
err-too-long = { $what } tiene { $chars } caracteres, por encima del límite de { $limit }
err-too-many-ingredients = la receta tiene { $count } ingredientes, por encima del límite de { $limit }
err-more-than-ingredients = más de { $limit } ingredientes, el límite para una receta
err-budget-zero = el presupuesto debe ser de más de 0 puntos
err-too-many-steps = la receta tiene { $count } pasos, por encima del límite de { $limit }
err-step-too-many = { $what } nombra { $count } ingredientes, por encima del límite de { $limit }
err-amount-nan = se esperaba una cantidad igual o mayor que 0 y se encontró NaN (no es un número)
err-amount-infinite = se esperaba una cantidad finita y se encontró infinito
err-amount-negative = se esperaba una cantidad igual o mayor que 0 y se encontró { $amount }
err-amount-too-large = la cantidad { $amount } supera el límite de { $limit } para un ingrediente
err-unit = se esperaba una unidad como `Litre`, `ml`, `cups`, `tbsp`, `tsp`, `UsCup` o `parts` y se encontró `{ $found }`
err-tag = se esperaba la etiqueta `Baking` (hornear) o `Cooking` (cocinar) y se encontró `{ $found }`
err-colour = se esperaba un color como "#rrggbb" (seis dígitos hexadecimales) y se encontró { $found }
err-mixed-units = «{ $part }» se mide en partes pero «{ $volume }» en un volumen de cocina; una receta usa partes o volúmenes (convierte la receta entera)
err-save-picture = esto es una imagen ({ $kind }); una receta se guarda como texto, con un nombre que termina en .ron
err-picture-too-large = la imagen tiene { $size } bytes o más, por encima del límite de { $limit } bytes para leer una receta de una imagen
err-no-recipe = no hay receta en esta imagen: es { $what } sin la receta que llevan los gráficos exportados por CX Recipe Designer; abre el archivo de la receta o vuelve a exportar el gráfico
err-not-png = no es una imagen PNG: no empieza con la firma de PNG
err-png-no-end = el PNG está cortado: termina antes de su último bloque (IEND); el archivo está incompleto o dañado
err-png-cut = el PNG está cortado: termina dentro de { $what }; el archivo está incompleto o dañado
err-png-chunk-limit = no es un PNG válido: su bloque { $chunk } declara { $length } bytes, por encima del límite de PNG de { $limit }
err-png-text-limit = un bloque de texto de este PNG declara { $length } bytes, por encima del límite de { $limit } bytes para una receta y sus etiquetas; no es una receta que esta aplicación pueda abrir con seguridad
err-png-crc = el PNG está dañado: su bloque { $chunk } no supera su suma de comprobación (CRC), así que no se puede confiar en lo que contiene
err-png-fields = el bloque de la receta del PNG está dañado: sus campos están incompletos
err-png-compression = el bloque de la receta del PNG usa la compresión { $flag }/{ $method }, que PNG no define
err-png-inflate = no se puede descomprimir la receta comprimida del PNG ({ $reason })
err-png-inflate-limit = la receta comprimida en este PNG ocupa al descomprimirla más del límite de { $limit } bytes para una receta; no es una que esta aplicación pueda abrir con seguridad
err-svg-utf8 = no es un SVG que esta aplicación pueda leer: no es texto UTF-8
err-svg-unreadable = no es un SVG que esta aplicación pueda leer: { $reason }
err-two-recipes = esta imagen contiene más de una receta, así que no está claro cuál abrir
err-expected-comma = se esperaba una coma
err-expected-list = se esperaba `[` para abrir una lista
err-expected-list-end = se esperaba `]` para cerrar la lista
err-expected-close = se esperaba `)` para cerrar
err-expected-colon = se esperaban dos puntos `:`
err-expected-name = se esperaba un nombre
err-unexpected-char = carácter inesperado: { $char }
err-unknown-field = campo desconocido `{ $field }` { $in_what }; se esperaba uno de { $fields }
err-unknown-level = nivel desconocido `{ $found }`; se esperaba uno de { $names }
err-expected-found = se esperaba { $what } y se encontró { $found }
err-expected-found-raw = se esperaba { $expected } y se encontró { $found }
err-expected-struct = se esperaba { $what } y se encontró { $found }
err-expected-struct-raw = se esperaba { $expected } y se encontró { $found }
err-of = { $what }: { $detail }
err-what-recipe = la receta
err-what-an-ingredient = un ingrediente
err-what-a-step = un paso del método
err-what-profile = el perfil
err-what-title = el título
err-what-author = el autor
err-what-notes = las notas
err-what-budget = el presupuesto
err-what-this-text = este texto
err-what-ingredient-note = la nota del ingrediente { $number } ({ $name })
err-what-ingredient = el ingrediente { $number } ({ $name })
err-what-step-title = el título del paso { $number }
err-what-step-detail = el detalle del paso { $number }
err-what-step-ingredient = un ingrediente del paso { $number }
err-what-step = el paso { $number }
err-what-chunk-header = la cabecera de un bloque
err-what-chunk = su bloque { $chunk }
err-what-png = una imagen PNG
err-what-svg = una imagen SVG
err-what-xml = un archivo XML que no es una imagen SVG,
err-in-recipe = en la receta
err-in-ingredient = en un ingrediente
err-in-step = en un paso del método
err-in-profile = en el perfil

## Una combinación del equipo en un idioma (i18n::blend_text).
blend-team-title = Combinación del equipo
blend-notes-participants = { $count ->
        [one] Combinación de 1 receta: { $names }.
       *[other] Combinación de { $count } recetas: { $names }.
    }
blend-notes-none = Combinación sin recetas.
blend-notes-skipped = Fuera, porque su total es cero: { $names }.
blend-notes-balance = Equilibrio del equipo: hornear { $baking } %, cocinar { $cooking } %, sin etiqueta { $untagged } %.
blend-notes-intro = Cada cantidad es la parte media, en partes de 100. La dispersión entre los participantes (parte mínima–máxima, desviación estándar):
blend-notes-row = - { $name }: { $range }, DE { $sd }, nombrado por { $named } de { $count }
blend-notes-more = … y { $count } líneas más que se dejan fuera.
blend-merged = contado como { $name }: { $spellings }
blend-quoted = «{ $text }»
blend-tag-agreed = { $tag }: todos los que lo etiquetaron
blend-tag-agreed-some = { $tag }: { $tagged } lo etiquetaron así, { $untagged } lo dejaron sin etiqueta
blend-tag-library = { $tag }, como en la biblioteca: hornear para { $baking }, cocinar para { $cooking }
blend-tag-majority = { $tag }, por mayoría: hornear para { $baking }, cocinar para { $cooking }
blend-tag-tie = Sin etiqueta, por empate: hornear para { $baking }, cocinar para { $cooking }
blend-tag-nobody = Sin etiqueta: nadie lo etiquetó
