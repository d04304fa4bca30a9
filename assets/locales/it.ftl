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
implicit-name = Autorità ({ $country })
implicit-short = Autorità { $code }
implicit-note = Non nominato nelle fonti, che citano solo il paese.

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
tip-teams = Squadre:
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

## Export TimelineJS

export-other-teams = Altre squadre
export-hosted-by = con sede presso { $host }
export-not-named = { $name } (non nominato nelle fonti)
export-confidence = Affidabilità:
export-from-grades = (secondo la valutazione delle fonti)
export-graded = valutata { $grade }

## Storyline

storyline-title = Traiettorie della cooperazione
storyline-subtitle = { $lines ->
    [one] { $lines } linea
   *[other] { $lines } linee
} · { $steps ->
    [one] { $steps } passo temporale
   *[other] { $steps } passi temporali
}, equidistanti (non in scala) · fasce: squadre ed eventi condivisi
storyline-description = Traiettorie – { $title }: { $subtitle }
storyline-left-out = { $count ->
    [one] { $count } etichetta di linea omessa per mancanza di spazio.
   *[other] { $count } etichette di linea omesse per mancanza di spazio.
}
storyline-left-out-hover = { $count ->
    [one] { $count } etichetta di linea omessa per mancanza di spazio: passa il mouse sulle linee.
   *[other] { $count } etichette di linea omesse per mancanza di spazio: passa il mouse sulle linee.
}
# Ends "quindi non ci sono …".
storyline-nothing = linee da seguire
storyline-legend-other-countries = altri paesi (codice dopo il nome)
storyline-legend-team = una squadra: membri affiancati
storyline-legend-event = un evento: chi vi ha partecipato
storyline-legend-low-confidence = linea tratteggiata, fascia a righe: affidabilità bassa (vedi le fonti)

## Network

network-title = Rete di cooperazione
network-description = Rete di cooperazione: { $subtitle }
network-agencies = { $count ->
    [one] { $count } organismo
   *[other] { $count } organismi
}
network-countries = { $count ->
    [one] { $count } paese
   *[other] { $count } paesi
}
network-kinds = { $count ->
    [one] { $count } tipo
   *[other] { $count } tipi
}
network-links = { $count ->
    [one] { $count } collegamento
   *[other] { $count } collegamenti
}
network-subtitle = { $nodes } · { $links }, uno per coppia che ha condiviso una squadra o un evento
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } da ogni squadra ed evento ai partecipanti
# Ends "quindi non ci sono …".
network-nothing = organismi da collegare
network-legend-node-size = dimensione del nodo: occasioni di cooperazione
network-legend-line-width = spessore della linea: squadre ed eventi condivisi
network-legend-node = { $nodes ->
    [country] paese
    [kind] tipo
   *[agency] organismo
}: dimensione secondo le occasioni di cooperazione
network-legend-team = squadra: dimensione secondo i { $nodes ->
    [country] paesi
    [kind] tipi
   *[agency] organismi
} che ne fanno parte
network-legend-event = evento: dimensione secondo i { $nodes ->
    [country] paesi
    [kind] tipi
   *[agency] organismi
} partecipanti
network-legend-host = sede della squadra, o evento della squadra
network-legend-low-both = a righe, tratteggiato: affidabilità bassa (vedi le fonti)
network-legend-low-hatched = a righe: affidabilità bassa (vedi le fonti)
network-legend-low-dashed = collegamento tratteggiato: affidabilità bassa (vedi le fonti)
network-legend-other-countries = altri paesi, indicati dal loro codice
network-node-cooperation = { $occasions ->
    [one] { $occasions } occasione
   *[other] { $occasions } occasioni
} di cooperazione con { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partner
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } occasione
   *[other] { $occasions } occasioni
} di cooperazione con { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partner
}, in { $hubs ->
    [one] { $hubs } squadra o evento
   *[other] { $hubs } squadre ed eventi
}
network-link = { $from } – { $to }: { $count ->
    [one] { $count } occasione
   *[other] { $count } occasioni
}
network-link-team = { $period }: squadra { $name }
network-link-event = { $period }: evento { $name }
network-link-hosting = { $period }: sede di { $name }
network-link-sources = { $occasion } [fonti: { $sources }]
network-bundle = { $links } collegamenti raggruppati tra queste due parti dell’immagine, { $occasions ->
    [one] { $occasions } occasione
   *[other] { $occasions } occasioni
} di cooperazione; i più forti:
network-bundle-within = { $links } collegamenti raggruppati in questa parte dell’immagine, { $occasions ->
    [one] { $occasions } occasione
   *[other] { $occasions } occasioni
} di cooperazione; i più forti:
network-bundle-more = { $count ->
    [one] e { $count } altro collegamento
   *[other] e altri { $count } collegamenti
}
network-legend-bundled = linea chiara: collegamenti raggruppati dove più di { $limit } si confonderebbero; --links all disegna ogni collegamento
network-tie-member = { $from } – { $to }: membro della squadra
network-tie-took-part = { $from } – { $to }: ha partecipato all’evento
network-tie-host = { $from } – { $to }: ospita la squadra
network-tie-part-of = { $from } – { $to }: l’evento fa parte della squadra
network-hub-team = { $kind }, { $period }
network-hub-event = evento, { $period }
network-hub-event-kind = evento ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}: { $names }
network-hub-took-part = { $count ->
    [one] { $count } partecipante
   *[other] { $count } partecipanti
}: { $names }
network-hub-more = { $more ->
    [one] { $names } e { $more } altro
   *[other] { $names } e altri { $more }
}

## Map

map-title = Dove si è svolta la cooperazione
map-description = Mappa: { $subtitle }
map-subtitle = { $who } in { $what } · le linee uniscono chi ha collaborato
map-subtitle-nothing = Nessuna squadra né evento nel periodo mostrato
map-who-countries = { $countries ->
    [one] { $countries } paese
   *[other] { $countries } paesi
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } paese
   *[other] { $countries } paesi
} e { $bodies ->
    [one] { $bodies } organo dell’UE
   *[other] { $bodies } organi dell’UE
}
map-who-international-bodies = { $countries ->
    [one] { $countries } paese
   *[other] { $countries } paesi
} e { $bodies ->
    [one] { $bodies } organo internazionale
   *[other] { $bodies } organi internazionali
}
map-in-teams = { $teams ->
    [one] { $teams } squadra
   *[other] { $teams } squadre
}
map-in-events = { $events ->
    [one] { $events } evento
   *[other] { $events } eventi
}
map-in-teams-events = { $teams ->
    [one] { $teams } squadra
   *[other] { $teams } squadre
} e { $events ->
    [one] { $events } evento
   *[other] { $events } eventi
}
# Ends "quindi non ci sono …".
map-nothing = paesi da mostrare
map-not-named = Senza nome sulla mappa per mancanza di spazio: { $names }.
map-no-shape = Fuori dalla mappa (nessuna forma nei dati della mappa): { $names }.
map-no-seat = Fuori dalla mappa (sede non indicata): { $names }.
map-no-country = Fuori dalla mappa (paese non indicato): { $names }.
map-attribution = Realizzato con Natural Earth.
map-attribution-places = Realizzato con Natural Earth. Luoghi: GeoNames (CC BY 4.0).
map-legend-shaded = Paese ombreggiato nel suo colore: { $shade ->
    [two-or-three] hanno partecipato 2 o 3 organismi
    [four-or-more] hanno partecipato 4 o più organismi
   *[one-agency] ha partecipato 1 organismo
}
map-legend-shade = { $shade ->
    [two-or-three] 2 o 3 organismi
    [four-or-more] 4 o più organismi
   *[one-agency] 1 organismo
}
map-legend-link = hanno collaborato: più spessa con più squadre ed eventi
map-legend-body = organo dell’UE o internazionale, nella sua sede
map-legend-place = luogo di un evento
map-legend-low-dashed = linea tratteggiata: affidabilità bassa (vedi le fonti)
map-tip-country = { $country }: { $count ->
    [one] { $count } organismo
   *[other] { $count } organismi
} ({ $names })
map-tip-in = { $count ->
    [one] In { $count } squadra o evento:
   *[other] In { $count } squadre ed eventi:
}
map-tip-occasion = • { $name }: { $period }
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } squadra o evento
   *[other] { $count } squadre ed eventi
}
map-tip-seat = Sede: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Panoramica per paese
overview-too-many-lanes = { $count } organismi sono troppi per una corsia ciascuno a queste dimensioni.
overview-too-many-lines = { $count } organismi sono troppe linee da seguire a queste dimensioni.
overview-rows = Ogni riga conta gli eventi degli organismi di un paese per { $unit }; un evento di più paesi conta nella riga di ciascuno.
overview-detail = Per disegnare ogni organismo: --overview never; per disegnarne meno: --from e --to.
overview-unit-day = giorno
overview-unit-month = mese
overview-unit-quarter = trimestre
overview-unit-year = anno
overview-unit-years = periodo di { $count } anni
overview-all-events = Tutti gli eventi
overview-teams = Squadre in attività
overview-other-countries = { $count ->
    [one] { $count } altro paese
   *[other] altri { $count } paesi
}
overview-no-agency = Nessun organismo indicato
overview-merged = Paesi in questa riga: { $names }
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
}
overview-vague = { $count ->
    [one] { $count } evento con una data meno precisa dell’unità ({ $unit }) conta solo nel totale.
   *[other] { $count } eventi con una data meno precisa dell’unità ({ $unit }) contano solo nel totale.
}
overview-legend = Eventi di un paese per { $unit }:
overview-sources = Fonti: le { $count } fonti citate dai dati contati qui sono indicate nel dataset.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } squadra
   *[other] { $count } squadre
}
