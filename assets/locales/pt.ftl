# coopline's own words, in European Portuguese. Names and text from the
# datasets are never here.

## Dates

# "c. set. 2024" (circa): approximate.
date-approximate = c. { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = o mais tardar { $date }
date-no-end = sem data de fim

## Countries (other names come from CLDR)

country-international = Internacional
country-none = País não indicado
implicit-name = Autoridades ({ $country })
implicit-short = Autoridades { $code }
implicit-note = Não nomeado nas fontes, que indicam apenas o país.

## Lists

list-and = { $first } e { $last }

## Kinds of records, as hover texts name them

agency-kind-police = polícia
agency-kind-prosecution = ministério público
agency-kind-judiciary = tribunal
agency-kind-customs = alfândega
agency-kind-intelligence = serviço de informações
agency-kind-ministry = ministério
agency-kind-eu-agency = agência da UE
agency-kind-international = organização internacional
agency-kind-private = setor privado
agency-kind-ngo = ONG
agency-kind-other = outro
team-kind-jit = equipa de investigação conjunta
team-kind-otf = task force operacional da Europol
team-kind-task-force = task force
team-kind-network = rede
team-kind-other = equipa
context-kind-convention = convenção
context-kind-framework-decision = decisão-quadro
context-kind-regulation = regulamento
context-kind-directive = diretiva
context-kind-decision = decisão
context-kind-agreement = acordo
context-kind-judgment = acórdão
context-kind-network = rede
context-kind-milestone = marco
context-kind-other = outro
# After "Confiança:" (feminine).
confidence-high = alta
confidence-medium = média
confidence-low = baixa

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (nos dados: { $given })
tip-kind = Tipo:
tip-participants = Participantes:
tip-teams = Equipas:
tip-places = Locais:
tip-outcomes = Resultados:
tip-roles = Funções:
tip-role = Função:
tip-members = Membros:
tip-sources = Fontes:
tip-legal-basis = Base jurídica:
# Admiralty grade of a source ("B2").
tip-graded = (classificação { $grade })
tip-confidence = Confiança: { $level }
tip-confidence-from-grades = Confiança: { $level } (segundo a classificação das fontes)
tip-hosted-by = Com sede em { $host }
tip-hosts = { $who } acolhe { $team }
tip-member-of = { $who }: membro de { $team }
tip-cluster = { $count ->
    [one] { $count } evento quase simultâneo:
   *[other] { $count } eventos quase simultâneos:
}
tip-lane-cluster = { $count ->
    [one] { $count } evento aqui, nesta faixa:
   *[other] { $count } eventos aqui, nesta faixa:
}
tip-and-more = … e mais { $count }

## Headings and counts

title-timeline = Cronologia da cooperação
description-timeline = Cronologia de { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } entidade
   *[other] { $agencies } entidades
} de { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}
named-only-by-country = { $count ->
    [one] (das quais { $count } identificada só pelo país)
   *[other] (das quais { $count } identificadas só pelo país)
}
count-teams = { $count ->
    [one] { $count } equipa
   *[other] { $count } equipas
}
count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
count-milestones = { $count ->
    [one] { $count } etapa jurídica
   *[other] { $count } etapas jurídicas
}
subtitle-focus = destaque: { $name }
nothing-to-draw = Nada a desenhar: nos dados apresentados, nenhuma entidade participa numa equipa ou num evento, pelo que não há { $what }.
nothing-to-draw-milestones = { $count ->
    [one] A etapa jurídica deste conjunto de dados está representada na cronologia.
   *[other] As { $count } etapas jurídicas deste conjunto de dados estão representadas na cronologia.
}
# Ends "pelo que não há …".
nothing-lanes = faixas a desenhar

## Timeline lanes

lane-kind-police = Polícia
lane-kind-prosecution = Ministério Público
lane-kind-judiciary = Tribunais
lane-kind-customs = Alfândegas
lane-kind-intelligence = Serviços de informações
lane-kind-ministry = Ministérios
lane-kind-eu-agency = Agências da UE
lane-kind-international = Organizações internacionais
lane-kind-private = Setor privado
lane-kind-ngo = Sociedade civil
lane-kind-other = Outros
lane-unattributed = Participantes não indicados
lane-unattributed-tip = Eventos cujas fontes não indicam nenhuma entidade participante
lane-other-events = Outros eventos
lane-other-events-tip = Eventos não ligados a uma equipa
lane-context = Quadro jurídico
lane-context-group = Contexto

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Contornado: sede da equipa
legend-event-day = Evento (dia conhecido)
legend-event-span = Evento ao longo de um período, ou conhecido só ao mês ou ao ano
legend-event-cluster = Eventos demasiado próximos para os separar: em quantos participou esta faixa
legend-context = Instrumento jurídico ou marco (contexto)
legend-faded-edge = Bordo esbatido: data conhecida só ao mês ou ao ano, ou sem data de fim
legend-dashed = Tracejado: aproximado, ou só se sabe que já existia nessa data
legend-low-confidence = Hachurado: confiança baixa (ver as fontes)

## Notes under a picture

notes-sources = Fontes:
note-events-unlabelled = { $count ->
    [one] { $count } evento sem etiqueta: passe o cursor sobre os marcadores.
   *[other] { $count } eventos sem etiqueta: passe o cursor sobre os marcadores.
}
# "por data": listed in date order.
note-context-unlabelled = { $count ->
    [one] Sem etiqueta por falta de espaço (quadro jurídico):
   *[other] Sem etiqueta por falta de espaço (quadro jurídico, por data):
}
note-axis-broken = Eixo temporal interrompido: compressão de { $spans }

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } evento:
   *[other] { $when } — { $count } eventos:
}
key-more-events = { $count ->
    [one] … e mais { $count } evento, por falta de espaço na página
   *[other] … e mais { $count } eventos, por falta de espaço na página
}
key-countries-in-all = { $count ->
    [one] … { $count } país no total
   *[other] … { $count } países no total
}
key-low-confidence = confiança baixa

## Views

view-timeline = Cronologia
view-storyline = Trajetórias
view-network = Rede
view-map = Mapa
view-table = Tabela

## Records

record-event = evento

## The web page

page-skip = Saltar para a tabela de registos
page-views = Vistas
page-search = Procurar uma entidade
page-search-placeholder = nome, sigla ou país
page-search-none = nenhuma entidade corresponde
page-search-one = 1 entidade: { $name }
page-search-count = { $count ->
    [one] { $count } entidade
   *[other] { $count } entidades
}
page-story = { $count ->
    [one] A história em { $count } passo
   *[other] A história em { $count } passos
}
page-story-how = Percorra a página ou use os botões ou as teclas de seta: a imagem destaca o tema de cada capítulo.
page-chapters = Capítulos
page-previous = Anterior
page-next = Seguinte
page-chapter-count = { $count ->
    [one] { $count } capítulo
   *[other] { $count } capítulos
}
page-chapter-of = Capítulo { $number } de { $total }
page-details = Detalhes
page-details-close = Fechar
page-details-close-label = Fechar os detalhes
page-detail-who = Quem:
page-detail-where = Onde:
page-table-caption = Todas as equipas, eventos e etapas jurídicas, por ordem cronológica
page-when = Quando
page-what = O quê
page-who = Quem
page-where = Onde
page-outcomes = Resultados
page-sources = Fontes
page-agencies = Entidades
page-confidence = confiança { $level }
page-source-also = também
page-source-link = ligação { $number }
page-source-archived = cópia arquivada
page-source-accessed = consultado em { $date }
page-footer = Feito com o coopline. Cada afirmação remete para as suas fontes, acima.

## Speaker notes of a deck

deck-and-more = e mais { $count }
deck-as-written = (nos dados: { $given })
deck-hosted-by = Com sede em:
deck-agencies = Entidades:
deck-archived = arquivado:

## Export TimelineJS

export-other-teams = Outras equipas
export-hosted-by = com sede em { $host }
export-not-named = { $name } (não nomeado nas fontes)
export-confidence = Confiança:
export-from-grades = (segundo a avaliação das fontes)
export-graded = avaliada { $grade }

## Storyline

storyline-title = Trajetórias da cooperação
storyline-subtitle = { $lines ->
    [one] { $lines } linha
   *[other] { $lines } linhas
} · { $steps ->
    [one] { $steps } passo temporal
   *[other] { $steps } passos temporais
}, a intervalos iguais (sem escala) · bandas: equipas e eventos partilhados
storyline-description = Trajetórias de { $title }: { $subtitle }
storyline-left-out = { $count ->
    [one] { $count } etiqueta de linha omitida por falta de espaço.
   *[other] { $count } etiquetas de linha omitidas por falta de espaço.
}
storyline-left-out-hover = { $count ->
    [one] { $count } etiqueta de linha omitida por falta de espaço: passe o cursor sobre as linhas.
   *[other] { $count } etiquetas de linha omitidas por falta de espaço: passe o cursor sobre as linhas.
}
# Ends "pelo que não há …".
storyline-nothing = linhas a seguir
storyline-legend-other-countries = outros países (código após o nome)
storyline-legend-team = uma equipa: membros lado a lado
storyline-legend-event = um evento: quem participou
storyline-legend-low-confidence = linha tracejada, banda hachurada: confiança baixa (ver as fontes)

## Network

network-title = Rede de cooperação
network-description = Rede de cooperação: { $subtitle }
network-agencies = { $count ->
    [one] { $count } entidade
   *[other] { $count } entidades
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
    [one] { $count } ligação
   *[other] { $count } ligações
}
network-subtitle = { $nodes } · { $links }, uma por par que partilhou uma equipa ou um evento
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } de cada equipa e evento a quem participou
# Ends "pelo que não há …".
network-nothing = entidades a ligar
network-legend-node-size = tamanho do nó: ocasiões de cooperação
network-legend-line-width = espessura da linha: equipas e eventos partilhados
network-legend-node = { $nodes ->
    [country] país
    [kind] tipo
   *[agency] entidade
}: tamanho segundo as ocasiões de cooperação
network-legend-team = equipa: tamanho segundo { $nodes ->
    [country] os países
    [kind] os tipos
   *[agency] as entidades
} que a integram
network-legend-event = evento: tamanho segundo { $nodes ->
    [country] os países
    [kind] os tipos
   *[agency] as entidades
} participantes
network-legend-host = sede da equipa, ou evento da equipa
network-legend-low-both = hachurado, tracejado: confiança baixa (ver as fontes)
network-legend-low-hatched = hachurado: confiança baixa (ver as fontes)
network-legend-low-dashed = ligação tracejada: confiança baixa (ver as fontes)
network-legend-other-countries = outros países, indicados pelo seu código
network-node-cooperation = { $occasions ->
    [one] { $occasions } ocasião
   *[other] { $occasions } ocasiões
} de cooperação com { $partners ->
    [one] { $partners } parceiro
   *[other] { $partners } parceiros
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } ocasião
   *[other] { $occasions } ocasiões
} de cooperação com { $partners ->
    [one] { $partners } parceiro
   *[other] { $partners } parceiros
}, em { $hubs ->
    [one] { $hubs } equipa ou evento
   *[other] { $hubs } equipas e eventos
}
network-link = { $from } – { $to }: { $count ->
    [one] { $count } ocasião
   *[other] { $count } ocasiões
}
network-link-team = { $period }: equipa { $name }
network-link-event = { $period }: evento { $name }
network-link-hosting = { $period }: acolhimento de { $name }
network-link-sources = { $occasion } [fontes: { $sources }]
network-bundle = { $links } ligações agrupadas entre estas duas partes da imagem, { $occasions ->
    [one] { $occasions } ocasião
   *[other] { $occasions } ocasiões
} de cooperação; as mais fortes:
network-bundle-within = { $links } ligações agrupadas nesta parte da imagem, { $occasions ->
    [one] { $occasions } ocasião
   *[other] { $occasions } ocasiões
} de cooperação; as mais fortes:
network-bundle-more = { $count ->
    [one] e mais { $count } ligação
   *[other] e mais { $count } ligações
}
network-legend-bundled = linha pálida: ligações agrupadas onde mais de { $limit } se confundiriam; --links all desenha cada ligação
network-tie-member = { $from } – { $to }: membro da equipa
network-tie-took-part = { $from } – { $to }: participou no evento
network-tie-host = { $from } – { $to }: acolhe a equipa
network-tie-part-of = { $from } – { $to }: o evento faz parte da equipa
network-hub-team = { $kind }, { $period }
network-hub-event = evento, { $period }
network-hub-event-kind = evento ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}: { $names }
network-hub-took-part = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}: { $names }
network-hub-more = { $names } e mais { $more }

## Map

map-title = Onde decorreu a cooperação
map-description = Mapa: { $subtitle }
map-subtitle = { $who } em { $what } · as linhas unem quem cooperou
map-subtitle-nothing = Nenhuma equipa nem evento no período apresentado
map-who-countries = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
} e { $bodies ->
    [one] { $bodies } órgão da UE
   *[other] { $bodies } órgãos da UE
}
map-who-international-bodies = { $countries ->
    [one] { $countries } país
   *[other] { $countries } países
} e { $bodies ->
    [one] { $bodies } órgão internacional
   *[other] { $bodies } órgãos internacionais
}
map-in-teams = { $teams ->
    [one] { $teams } equipa
   *[other] { $teams } equipas
}
map-in-events = { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
map-in-teams-events = { $teams ->
    [one] { $teams } equipa
   *[other] { $teams } equipas
} e { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
# Ends "pelo que não há …".
map-nothing = países a mostrar
map-not-named = Sem nome no mapa por falta de espaço: { $names }.
map-no-shape = Fora do mapa (sem forma nos dados do mapa): { $names }.
map-no-seat = Fora do mapa (sede não indicada): { $names }.
map-no-country = Fora do mapa (país não indicado): { $names }.
map-attribution = Feito com Natural Earth.
map-attribution-places = Feito com Natural Earth. Locais: GeoNames (CC BY 4.0).
map-legend-shaded = País sombreado na sua cor: { $shade ->
    [two-or-three] participaram 2 ou 3 entidades
    [four-or-more] participaram 4 ou mais entidades
   *[one-agency] participou 1 entidade
}
map-legend-shade = { $shade ->
    [two-or-three] 2 ou 3 entidades
    [four-or-more] 4 ou mais entidades
   *[one-agency] 1 entidade
}
map-legend-link = cooperaram: mais larga com mais equipas e eventos
map-legend-body = órgão da UE ou internacional, na sua sede
map-legend-place = local de um evento
map-legend-low-dashed = linha tracejada: confiança baixa (ver as fontes)
map-tip-country = { $country }: { $count ->
    [one] { $count } entidade
   *[other] { $count } entidades
} ({ $names })
map-tip-in = { $count ->
    [one] Em { $count } equipa ou evento:
   *[other] Em { $count } equipas e eventos:
}
map-tip-occasion = • { $name }: { $period }
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } equipa ou evento
   *[other] { $count } equipas e eventos
}
map-tip-seat = Sede: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Visão geral por país
overview-too-many-lanes = { $count } entidades são demasiadas para uma faixa cada uma neste tamanho.
overview-too-many-lines = { $count } entidades são demasiadas linhas para seguir neste tamanho.
overview-rows = Cada linha conta os eventos das entidades de um país por { $unit }; um evento de vários países conta na linha de cada um.
overview-detail = Para desenhar cada entidade: --overview never; para desenhar menos: --from e --to.
overview-unit-day = dia
overview-unit-month = mês
overview-unit-quarter = trimestre
overview-unit-year = ano
overview-unit-years = período de { $count } anos
overview-all-events = Todos os eventos
overview-teams = Equipas em atividade
overview-other-countries = { $count ->
    [one] mais { $count } país
   *[other] mais { $count } países
}
overview-no-agency = Nenhuma entidade indicada
overview-merged = Países nesta linha: { $names }
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
overview-vague = { $count ->
    [one] { $count } evento datado com menos precisão do que o { $unit } conta apenas no total.
   *[other] { $count } eventos datados com menos precisão do que o { $unit } contam apenas no total.
}
overview-legend = Eventos de um país por { $unit }:
overview-sources = Fontes: as { $count } fontes citadas pelos registos aqui contados constam dos dados.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } equipa
   *[other] { $count } equipas
}
