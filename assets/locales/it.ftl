# coopline's own words, in Italian. Names and text from the datasets are never
# here.

## Dates

# "ca. set 2024": approximate.
date-approximate = ca. { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = non oltre { $date }
date-no-end = senza data di fine

## Countries (other names come from CLDR)

country-international = Internazionale
country-none = Paese non indicato

## Lists

list-and = { $first } e { $last }

## Kinds of records, as hover texts name them

agency-kind-police = polizia
agency-kind-prosecution = procura
agency-kind-judiciary = tribunale
agency-kind-customs = dogana
agency-kind-intelligence = intelligence
agency-kind-ministry = ministero
agency-kind-eu-agency = agenzia dell’UE
agency-kind-international = organizzazione internazionale
agency-kind-private = settore privato
agency-kind-ngo = ONG
agency-kind-other = altro
team-kind-jit = squadra investigativa comune
team-kind-otf = task force operativa di Europol
team-kind-task-force = task force
team-kind-network = rete
team-kind-other = squadra
context-kind-convention = convenzione
context-kind-framework-decision = decisione quadro
context-kind-regulation = regolamento
context-kind-directive = direttiva
context-kind-decision = decisione
context-kind-agreement = accordo
context-kind-judgment = sentenza
context-kind-network = rete
context-kind-milestone = tappa
context-kind-other = altro
# After "Affidabilità:" (feminine).
confidence-high = alta
confidence-medium = media
confidence-low = bassa

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (nei dati: { $given })
tip-kind = Tipo:
tip-participants = Partecipanti:
tip-places = Luoghi:
tip-outcomes = Risultati:
tip-roles = Ruoli:
tip-role = Ruolo:
tip-members = Membri:
tip-sources = Fonti:
tip-legal-basis = Base giuridica:
# Admiralty grade of a source ("B2").
tip-graded = (valutazione { $grade })
tip-confidence = Affidabilità: { $level }
tip-confidence-from-grades = Affidabilità: { $level } (in base alla valutazione delle fonti)
tip-hosted-by = Con sede presso { $host }
tip-hosts = { $who } ospita { $team }
tip-member-of = { $who }: membro di { $team }
tip-cluster = { $count ->
    [one] { $count } evento quasi simultaneo:
   *[other] { $count } eventi quasi simultanei:
}
tip-lane-cluster = { $count ->
    [one] { $count } evento qui, su questa corsia:
   *[other] { $count } eventi qui, su questa corsia:
}
tip-and-more = { $count ->
    [one] … e { $count } altro
   *[other] … e altri { $count }
}

## Headings and counts

title-timeline = Cronologia della cooperazione
description-timeline = Cronologia: { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } organismo
   *[other] { $agencies } organismi
} di { $countries ->
    [one] { $countries } paese
   *[other] { $countries } paesi
}
named-only-by-country = { $count ->
    [one] (di cui { $count } indicato solo per paese)
   *[other] (di cui { $count } indicati solo per paese)
}
count-teams = { $count ->
    [one] { $count } squadra
   *[other] { $count } squadre
}
count-events = { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
}
count-milestones = { $count ->
    [one] { $count } tappa giuridica
   *[other] { $count } tappe giuridiche
}
subtitle-focus = focus: { $name }
nothing-to-draw = Niente da disegnare: nei dati mostrati nessun organismo partecipa a una squadra o a un evento, quindi non ci sono { $what }.
nothing-to-draw-milestones = { $count ->
    [one] La tappa giuridica di questo dataset è riportata nella cronologia.
   *[other] Le { $count } tappe giuridiche di questo dataset sono riportate nella cronologia.
}
# Ends "quindi non ci sono …".
nothing-lanes = corsie da disegnare

## Timeline lanes

lane-kind-police = Polizia
lane-kind-prosecution = Procura
lane-kind-judiciary = Tribunali
lane-kind-customs = Dogane
lane-kind-intelligence = Intelligence
lane-kind-ministry = Ministeri
lane-kind-eu-agency = Agenzie dell’UE
lane-kind-international = Organizzazioni internazionali
lane-kind-private = Settore privato
lane-kind-ngo = Società civile
lane-kind-other = Altro
lane-unattributed = Partecipanti non indicati
lane-unattributed-tip = Eventi le cui fonti non indicano alcun organismo partecipante
lane-other-events = Altri eventi
lane-other-events-tip = Eventi non legati a una squadra
lane-context = Quadro giuridico
lane-context-group = Contesto

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Contornato: sede della squadra
legend-event-day = Evento (giorno noto)
legend-event-span = Evento su un periodo, o noto solo al mese o all’anno
legend-event-cluster = Eventi troppo vicini per separarli: a quanti ha partecipato questa corsia
legend-context = Strumento giuridico o tappa (contesto)
legend-faded-edge = Bordo sfumato: data nota solo al mese o all’anno, o senza data di fine
legend-dashed = Tratteggiato: approssimativo, o attestato solo a quella data
legend-low-confidence = A righe: affidabilità bassa (vedi le fonti)

## Notes under a picture

notes-sources = Fonti:
note-events-unlabelled = { $count ->
    [one] { $count } evento senza etichetta: passa il mouse sui marcatori.
   *[other] { $count } eventi senza etichetta: passa il mouse sui marcatori.
}
# "per data": listed in date order.
note-context-unlabelled = { $count ->
    [one] Senza etichetta per mancanza di spazio (quadro giuridico):
   *[other] Senza etichetta per mancanza di spazio (quadro giuridico, per data):
}
note-axis-broken = Asse temporale interrotto: compressione di { $spans }

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } evento:
   *[other] { $when } — { $count } eventi:
}
key-more-events = { $count ->
    [one] … e { $count } altro evento, per mancanza di spazio nella pagina
   *[other] … e altri { $count } eventi, per mancanza di spazio nella pagina
}
key-countries-in-all = { $count ->
    [one] … { $count } paese in tutto
   *[other] … { $count } paesi in tutto
}
key-low-confidence = affidabilità bassa

## Views

view-timeline = Cronologia
view-storyline = Traiettorie
view-network = Rete
view-map = Mappa
view-table = Tabella

## Records

record-event = evento

## The web page

page-skip = Vai alla tabella dei dati
page-views = Viste
page-search = Cerca un organismo
page-search-placeholder = nome, sigla o paese
page-search-none = nessun organismo corrisponde
page-search-one = 1 organismo: { $name }
page-search-count = { $count ->
    [one] { $count } organismo
   *[other] { $count } organismi
}
page-story = { $count ->
    [one] La storia in { $count } passaggio
   *[other] La storia in { $count } passaggi
}
page-story-how = Scorri la pagina, oppure usa i pulsanti o i tasti freccia: l’immagine mette in evidenza l’argomento di ogni capitolo.
page-chapters = Capitoli
page-previous = Precedente
page-next = Successivo
page-chapter-count = { $count ->
    [one] { $count } capitolo
   *[other] { $count } capitoli
}
page-chapter-of = Capitolo { $number } di { $total }
page-details = Dettagli
page-details-close = Chiudi
page-details-close-label = Chiudi i dettagli
page-detail-who = Chi:
page-detail-where = Dove:
page-table-caption = Tutte le squadre, gli eventi e le tappe giuridiche, in ordine di data
page-when = Quando
page-what = Cosa
page-who = Chi
page-where = Dove
page-outcomes = Risultati
page-sources = Fonti
page-agencies = Organismi
page-confidence = affidabilità { $level }
page-source-also = anche
page-source-link = link { $number }
page-source-archived = copia archiviata
page-source-accessed = consultato: { $date }
page-footer = Realizzato con coopline. Ogni affermazione rimanda alle sue fonti qui sopra.

## Speaker notes of a deck

deck-and-more = { $count ->
    [one] e { $count } altro
   *[other] e altri { $count }
}
deck-as-written = (nei dati: { $given })
deck-hosted-by = Con sede presso:
deck-agencies = Organismi:
deck-archived = archiviato:
