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
xlsx-balance = Horneado y cocina
xlsx-advice = Recomendación
xlsx-suggested-low = Horneado sugerido, desde
xlsx-suggested-high = Horneado sugerido, hasta
xlsx-verdict = Parte de horneado

## La exportación CSV en un idioma.
csv-amount-ml = ml
csv-percent = Porcentaje
