# coopline's own words, in Spanish. Names and text from the datasets are never
# here.

## Dates

# "h. sept 2024" (hacia): approximate.
date-approximate = h. { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = a más tardar { $date }
date-no-end = sin fecha de fin

## Countries (other names come from CLDR)

country-international = Internacional
country-none = País no indicado

## Lists

list-and = { $first } y { $last }

## Kinds of records, as hover texts name them

agency-kind-police = policía
agency-kind-prosecution = fiscalía
agency-kind-judiciary = tribunal
agency-kind-customs = aduanas
agency-kind-intelligence = inteligencia
agency-kind-ministry = ministerio
agency-kind-eu-agency = agencia de la UE
agency-kind-international = organismo internacional
agency-kind-private = sector privado
agency-kind-ngo = ONG
agency-kind-other = otro
team-kind-jit = equipo conjunto de investigación
team-kind-otf = grupo operativo de Europol
team-kind-task-force = grupo especial
team-kind-network = red
team-kind-other = equipo
context-kind-convention = convenio
context-kind-framework-decision = decisión marco
context-kind-regulation = reglamento
context-kind-directive = directiva
context-kind-decision = decisión
context-kind-agreement = acuerdo
context-kind-judgment = sentencia
context-kind-network = red
context-kind-milestone = hito
context-kind-other = otro
# After "Confianza:" (feminine).
confidence-high = alta
confidence-medium = media
confidence-low = baja

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (en los datos: { $given })
tip-kind = Tipo:
tip-participants = Participantes:
tip-places = Lugares:
tip-outcomes = Resultados:
tip-roles = Funciones:
tip-role = Función:
tip-members = Miembros:
tip-sources = Fuentes:
tip-legal-basis = Base jurídica:
# Admiralty grade of a source ("B2").
tip-graded = (calificación { $grade })
tip-confidence = Confianza: { $level }
tip-confidence-from-grades = Confianza: { $level } (según la calificación de las fuentes)
tip-hosted-by = Con sede en { $host }
tip-hosts = { $who } acoge { $team }
tip-member-of = { $who }: miembro de { $team }
tip-cluster = { $count ->
    [one] { $count } evento casi simultáneo:
   *[other] { $count } eventos casi simultáneos:
}
tip-lane-cluster = { $count ->
    [one] { $count } evento aquí, en este carril:
   *[other] { $count } eventos aquí, en este carril:
}
tip-and-more = … y { $count } más

## Headings and counts

title-timeline = Cronología de la cooperación
description-timeline = Cronología de { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } organismo
   *[other] { $agencies } organismos
} de { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}
named-only-by-country = { $count ->
    [one] ({ $count } identificado solo por su país)
   *[other] ({ $count } identificados solo por su país)
}
count-teams = { $count ->
    [one] { $count } equipo
   *[other] { $count } equipos
}
count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
count-milestones = { $count ->
    [one] { $count } hito jurídico
   *[other] { $count } hitos jurídicos
}
subtitle-focus = foco: { $name }
nothing-to-draw = Nada que dibujar: en los datos mostrados ningún organismo participa en un equipo o un evento, así que no hay { $what }.
nothing-to-draw-milestones = { $count ->
    [one] El hito jurídico de este conjunto de datos figura en la cronología.
   *[other] Los { $count } hitos jurídicos de este conjunto de datos figuran en la cronología.
}
# Ends "así que no hay …".
nothing-lanes = carriles que dibujar

## Timeline lanes

lane-kind-police = Policía
lane-kind-prosecution = Fiscalía
lane-kind-judiciary = Tribunales
lane-kind-customs = Aduanas
lane-kind-intelligence = Inteligencia
lane-kind-ministry = Ministerios
lane-kind-eu-agency = Agencias de la UE
lane-kind-international = Organismos internacionales
lane-kind-private = Sector privado
lane-kind-ngo = Sociedad civil
lane-kind-other = Otros
lane-unattributed = Participantes sin identificar
lane-unattributed-tip = Eventos cuyas fuentes no nombran ningún organismo participante
lane-other-events = Otros eventos
lane-other-events-tip = Eventos no vinculados a un equipo
lane-context = Marco jurídico
lane-context-group = Contexto

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Contorneado: sede del equipo
legend-event-day = Evento (día conocido)
legend-event-span = Evento durante un periodo, o conocido solo por el mes o el año
legend-event-cluster = Eventos demasiado próximos para separarlos: en cuántos participó este carril
legend-context = Instrumento jurídico o hito (contexto)
legend-faded-edge = Borde difuminado: fecha conocida solo por el mes o el año, o sin fecha de fin
legend-dashed = Discontinuo: aproximado, o solo consta que existía entonces
legend-low-confidence = Rayado: confianza baja (ver las fuentes)

## Notes under a picture

notes-sources = Fuentes:
note-events-unlabelled = { $count ->
    [one] { $count } evento sin etiqueta: pase el cursor por los marcadores.
   *[other] { $count } eventos sin etiqueta: pase el cursor por los marcadores.
}
# "por fecha": listed in date order.
note-context-unlabelled = { $count ->
    [one] Sin etiqueta por falta de espacio (marco jurídico):
   *[other] Sin etiqueta por falta de espacio (marco jurídico, por fecha):
}
note-axis-broken = Eje temporal interrumpido: compresión de { $spans }

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } evento:
   *[other] { $when } — { $count } eventos:
}
key-more-events = { $count ->
    [one] … y { $count } evento más, por falta de espacio en la página
   *[other] … y { $count } eventos más, por falta de espacio en la página
}
key-countries-in-all = { $count ->
    [one] … { $count } país en total
   *[other] … { $count } países en total
}
key-low-confidence = confianza baja

## Views

view-timeline = Cronología
view-storyline = Trayectorias
view-network = Red
view-map = Mapa
view-table = Tabla

## Records

record-event = evento

## The web page

page-skip = Ir a la tabla de registros
page-views = Vistas
page-search = Buscar un organismo
page-search-placeholder = nombre, sigla o país
page-search-none = ningún organismo coincide
page-search-one = 1 organismo: { $name }
page-search-count = { $count ->
    [one] { $count } organismo
   *[other] { $count } organismos
}
page-story = { $count ->
    [one] La historia en { $count } paso
   *[other] La historia en { $count } pasos
}
page-story-how = Desplácese por la página o use los botones o las teclas de flecha: la imagen resalta de qué trata cada capítulo.
page-chapters = Capítulos
page-previous = Anterior
page-next = Siguiente
page-chapter-count = { $count ->
    [one] { $count } capítulo
   *[other] { $count } capítulos
}
page-chapter-of = Capítulo { $number } de { $total }
page-details = Detalles
page-details-close = Cerrar
page-details-close-label = Cerrar los detalles
page-detail-who = Quién:
page-detail-where = Dónde:
page-table-caption = Todos los equipos, eventos e hitos jurídicos, por fecha
page-when = Cuándo
page-what = Qué
page-who = Quién
page-where = Dónde
page-outcomes = Resultados
page-sources = Fuentes
page-agencies = Organismos
page-confidence = confianza { $level }
page-source-also = también
page-source-link = enlace { $number }
page-source-archived = copia archivada
page-source-accessed = consultado: { $date }
page-footer = Hecho con coopline. Cada afirmación enlaza con sus fuentes, más arriba.

## Speaker notes of a deck

deck-and-more = y { $count } más
deck-as-written = (en los datos: { $given })
deck-hosted-by = Con sede en:
deck-agencies = Organismos:
deck-archived = archivado:
