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
