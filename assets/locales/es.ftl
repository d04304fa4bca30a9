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
implicit-name = Autoridades ({ $country })
implicit-short = Autoridades { $code }
implicit-note = No nombrado en las fuentes, que solo citan el país.

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
tip-teams = Equipos:
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

## Export TimelineJS

export-other-teams = Otros equipos
export-hosted-by = con sede en { $host }
export-not-named = { $name } (no nombrado en las fuentes)
export-confidence = Confianza:
export-from-grades = (según la evaluación de las fuentes)
export-graded = evaluada { $grade }

## Storyline

storyline-title = Trayectorias de la cooperación
storyline-subtitle = { $lines ->
    [one] { $lines } línea
   *[other] { $lines } líneas
} · { $steps ->
    [one] { $steps } paso temporal
   *[other] { $steps } pasos temporales
}, a intervalos iguales (no a escala) · bandas: equipos y eventos compartidos
storyline-description = Trayectorias de { $title }: { $subtitle }
storyline-left-out = { $count ->
    [one] { $count } etiqueta de línea omitida por falta de espacio.
   *[other] { $count } etiquetas de línea omitidas por falta de espacio.
}
storyline-left-out-hover = { $count ->
    [one] { $count } etiqueta de línea omitida por falta de espacio: pase el cursor por las líneas.
   *[other] { $count } etiquetas de línea omitidas por falta de espacio: pase el cursor por las líneas.
}
# Ends "así que no hay …".
storyline-nothing = líneas que seguir
storyline-legend-other-countries = otros países (código tras el nombre)
storyline-legend-team = un equipo: miembros en paralelo
storyline-legend-event = un evento: quién participó
storyline-legend-low-confidence = línea discontinua, banda rayada: confianza baja (ver las fuentes)

## Network

network-title = Red de cooperación
network-description = Red de cooperación: { $subtitle }
network-agencies = { $count ->
    [one] { $count } organismo
   *[other] { $count } organismos
}
network-countries = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
network-kinds = { $count ->
    [one] { $count } tipo
   *[other] { $count } tipos
}
network-links = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}
network-subtitle = { $nodes } · { $links }, uno por cada par que compartió un equipo o evento
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } de cada equipo y evento a quienes participaron
# Ends "así que no hay …".
network-nothing = organismos que vincular
network-legend-node-size = tamaño del nodo: ocasiones de cooperación
network-legend-line-width = grosor de línea: equipos y eventos compartidos
network-legend-node = { $nodes ->
    [country] país
    [kind] tipo
   *[agency] organismo
}: tamaño según las ocasiones de cooperación
network-legend-team = equipo: tamaño según los { $nodes ->
    [country] países
    [kind] tipos
   *[agency] organismos
} que lo integran
network-legend-event = evento: tamaño según los { $nodes ->
    [country] países
    [kind] tipos
   *[agency] organismos
} participantes
network-legend-host = sede del equipo, o evento del equipo
network-legend-low-both = rayado, discontinuo: confianza baja (ver las fuentes)
network-legend-low-hatched = rayado: confianza baja (ver las fuentes)
network-legend-low-dashed = vínculo discontinuo: confianza baja (ver las fuentes)
network-legend-other-countries = otros países, indicados por su código
network-node-cooperation = { $occasions ->
    [one] { $occasions } ocasión
   *[other] { $occasions } ocasiones
} de cooperación con { $partners ->
    [one] { $partners } socio
   *[other] { $partners } socios
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } ocasión
   *[other] { $occasions } ocasiones
} de cooperación con { $partners ->
    [one] { $partners } socio
   *[other] { $partners } socios
}, en { $hubs ->
    [one] { $hubs } equipo o evento
   *[other] { $hubs } equipos y eventos
}
network-link = { $from } – { $to }: { $count ->
    [one] { $count } ocasión
   *[other] { $count } ocasiones
}
network-link-team = { $period }: equipo { $name }
network-link-event = { $period }: evento { $name }
network-link-hosting = { $period }: acogida de { $name }
network-link-sources = { $occasion } [fuentes: { $sources }]
network-bundle = { $links } vínculos agrupados entre estas dos partes de la imagen, { $occasions ->
    [one] { $occasions } ocasión
   *[other] { $occasions } ocasiones
} de cooperación; los más fuertes:
network-bundle-within = { $links } vínculos agrupados dentro de esta parte de la imagen, { $occasions ->
    [one] { $occasions } ocasión
   *[other] { $occasions } ocasiones
} de cooperación; los más fuertes:
network-bundle-more = { $count ->
    [one] y { $count } vínculo más
   *[other] y { $count } vínculos más
}
network-legend-bundled = línea pálida: vínculos agrupados donde más de { $limit } se confundirían; --links all dibuja cada vínculo
network-tie-member = { $from } – { $to }: miembro del equipo
network-tie-took-part = { $from } – { $to }: participó en el evento
network-tie-host = { $from } – { $to }: acoge el equipo
network-tie-part-of = { $from } – { $to }: el evento forma parte del equipo
network-hub-team = { $kind }, { $period }
network-hub-event = evento, { $period }
network-hub-event-kind = evento ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}: { $names }
network-hub-took-part = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}: { $names }
network-hub-more = { $names } y { $more } más

## Map

map-title = Dónde tuvo lugar la cooperación
map-description = Mapa: { $subtitle }
map-subtitle = { $who } en { $what } · las líneas unen a quienes cooperaron
map-subtitle-nothing = Ningún equipo ni evento en el periodo mostrado
map-who-countries = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
} y { $bodies ->
    [one] { $bodies } órgano de la UE
   *[other] { $bodies } órganos de la UE
}
map-who-international-bodies = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
} y { $bodies ->
    [one] { $bodies } órgano internacional
   *[other] { $bodies } órganos internacionales
}
map-in-teams = { $teams ->
    [one] { $teams } equipo
   *[other] { $teams } equipos
}
map-in-events = { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
map-in-teams-events = { $teams ->
    [one] { $teams } equipo
   *[other] { $teams } equipos
} y { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
# Ends "así que no hay …".
map-nothing = países que mostrar
map-not-named = Sin nombre en el mapa por falta de espacio: { $names }.
map-no-shape = Fuera del mapa (sin forma en los datos del mapa): { $names }.
map-no-seat = Fuera del mapa (sede no indicada): { $names }.
map-no-country = Fuera del mapa (país no indicado): { $names }.
map-attribution = Hecho con Natural Earth.
map-attribution-places = Hecho con Natural Earth. Lugares: GeoNames (CC BY 4.0).
map-legend-shaded = País sombreado en su color: { $shade ->
    [two-or-three] participaron 2 o 3 organismos
    [four-or-more] participaron 4 o más organismos
   *[one-agency] participó 1 organismo
}
map-legend-shade = { $shade ->
    [two-or-three] 2 o 3 organismos
    [four-or-more] 4 o más organismos
   *[one-agency] 1 organismo
}
map-legend-link = cooperaron: más ancha con más equipos y eventos
map-legend-body = órgano de la UE o internacional, en su sede
map-legend-place = lugar de un evento
map-legend-low-dashed = línea discontinua: confianza baja (ver las fuentes)
map-tip-country = { $country }: { $count ->
    [one] { $count } organismo
   *[other] { $count } organismos
} ({ $names })
map-tip-in = { $count ->
    [one] En { $count } equipo o evento:
   *[other] En { $count } equipos y eventos:
}
map-tip-occasion = • { $name }: { $period }
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } equipo o evento
   *[other] { $count } equipos y eventos
}
map-tip-seat = Sede: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Vista general por país
overview-too-many-lanes = { $count } organismos son demasiados para una franja cada uno a este tamaño.
overview-too-many-lines = { $count } organismos son demasiadas líneas para seguirlas a este tamaño.
overview-rows = Cada fila cuenta los eventos de los organismos de un país por { $unit }; un evento de varios países cuenta en la fila de cada uno.
overview-detail = Para dibujar cada organismo: --overview never; para dibujar menos: --from y --to.
overview-unit-day = día
overview-unit-month = mes
overview-unit-quarter = trimestre
overview-unit-year = año
overview-unit-years = periodo de { $count } años
overview-all-events = Todos los eventos
overview-teams = Equipos en actividad
overview-other-countries = { $count ->
    [one] { $count } país más
   *[other] { $count } países más
}
overview-no-agency = Ningún organismo nombrado
overview-merged = Países de esta fila: { $names }
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
overview-vague = { $count ->
    [one] { $count } evento fechado con menos precisión que el { $unit } solo cuenta en el total.
   *[other] { $count } eventos fechados con menos precisión que el { $unit } solo cuentan en el total.
}
overview-legend = Eventos de un país por { $unit }:
overview-sources = Fuentes: las { $count } fuentes citadas por los registros contados aquí figuran en los datos.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } equipo
   *[other] { $count } equipos
}
