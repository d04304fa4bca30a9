# coopline's own words, in Dutch. Names and text from the datasets are never
# here.

## Dates

# "ca. sep. 2024": approximate.
date-approximate = ca. { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = uiterlijk { $date }
date-no-end = geen einddatum

## Countries (other names come from CLDR)

country-international = Internationaal
country-none = Geen land opgegeven
implicit-name = Autoriteiten ({ $country })
implicit-short = Autoriteiten { $code }
implicit-note = Niet genoemd in de bronnen, die alleen het land noemen.

## Lists

list-and = { $first } en { $last }

## Kinds of records, as hover texts name them

agency-kind-police = politie
agency-kind-prosecution = openbaar ministerie
agency-kind-judiciary = rechtbank
agency-kind-customs = douane
agency-kind-intelligence = inlichtingendienst
agency-kind-ministry = ministerie
agency-kind-eu-agency = EU-agentschap
agency-kind-international = internationale organisatie
agency-kind-private = private sector
agency-kind-ngo = ngo
agency-kind-other = overig
team-kind-jit = gemeenschappelijk onderzoeksteam
team-kind-otf = operationele taskforce van Europol
team-kind-task-force = taskforce
team-kind-network = netwerk
team-kind-other = team
context-kind-convention = verdrag
context-kind-framework-decision = kaderbesluit
context-kind-regulation = verordening
context-kind-directive = richtlijn
context-kind-decision = besluit
context-kind-agreement = overeenkomst
context-kind-judgment = arrest
context-kind-network = netwerk
context-kind-milestone = mijlpaal
context-kind-other = overig
# After "Zekerheid:".
confidence-high = hoog
confidence-medium = gemiddeld
confidence-low = laag

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (in de dataset: { $given })
tip-kind = Soort:
tip-participants = Deelnemers:
tip-teams = Teams:
tip-places = Plaatsen:
tip-outcomes = Resultaten:
tip-roles = Rollen:
tip-role = Rol:
tip-members = Leden:
tip-sources = Bronnen:
tip-legal-basis = Rechtsgrondslag:
# Admiralty grade of a source ("B2").
tip-graded = (beoordeling { $grade })
tip-confidence = Zekerheid: { $level }
tip-confidence-from-grades = Zekerheid: { $level } (uit de beoordeling van de bronnen)
tip-hosted-by = Gastheer: { $host }
tip-hosts = { $who } is gastheer van { $team }
tip-member-of = { $who }: lid van { $team }
tip-cluster = { $count ->
    [one] { $count } gebeurtenis vrijwel tegelijk:
   *[other] { $count } gebeurtenissen vrijwel tegelijk:
}
tip-lane-cluster = { $count ->
    [one] { $count } gebeurtenis hier op deze baan:
   *[other] { $count } gebeurtenissen hier op deze baan:
}
tip-and-more = … en nog { $count }

## Headings and counts

title-timeline = Tijdlijn van de samenwerking
description-timeline = Tijdlijn van { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } instantie
   *[other] { $agencies } instanties
} uit { $countries ->
    [one] { $countries } land
   *[other] { $countries } landen
}
named-only-by-country = (waarvan { $count } alleen met hun land genoemd)
count-teams = { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
count-events = { $count ->
    [one] { $count } gebeurtenis
   *[other] { $count } gebeurtenissen
}
count-milestones = { $count ->
    [one] { $count } juridische mijlpaal
   *[other] { $count } juridische mijlpalen
}
subtitle-focus = focus: { $name }
nothing-to-draw = Niets te tekenen: in de getoonde gegevens neemt geen instantie deel aan een team of gebeurtenis, dus er zijn geen { $what }.
nothing-to-draw-milestones = { $count ->
    [one] De juridische mijlpaal van deze dataset staat op de tijdlijn.
   *[other] De { $count } juridische mijlpalen van deze dataset staan op de tijdlijn.
}
# Ends "dus er zijn geen …".
nothing-lanes = banen om te tekenen

## Timeline lanes

lane-kind-police = Politie
lane-kind-prosecution = Openbaar ministerie
lane-kind-judiciary = Rechtbanken
lane-kind-customs = Douane
lane-kind-intelligence = Inlichtingendiensten
lane-kind-ministry = Ministeries
lane-kind-eu-agency = EU-agentschappen
lane-kind-international = Internationale organisaties
lane-kind-private = Private sector
lane-kind-ngo = Civiele samenleving
lane-kind-other = Overig
lane-unattributed = Ongenoemde deelnemers
lane-unattributed-tip = Gebeurtenissen waarvan de bronnen geen deelnemende instantie noemen
lane-other-events = Overige gebeurtenissen
lane-other-events-tip = Gebeurtenissen die niet bij een team horen
lane-context = Rechtskader
lane-context-group = Context

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Omlijnd: gastheer van het team
legend-event-day = Gebeurtenis (dag bekend)
legend-event-span = Gebeurtenis over een periode, of alleen op maand of jaar bekend
legend-event-cluster = Gebeurtenissen te dicht op elkaar om apart te tekenen: aantal waaraan deze baan deelnam
legend-context = Rechtsinstrument of mijlpaal (context)
legend-faded-edge = Vervaagde rand: datum alleen op maand of jaar bekend, of geen einddatum
legend-dashed = Onderbroken: bij benadering, of pas op die datum aangetoond
legend-low-confidence = Gearceerd: lage zekerheid (zie de bronnen)

## Notes under a picture

notes-sources = Bronnen:
note-events-unlabelled = { $count ->
    [one] { $count } gebeurtenis zonder label: beweeg de muis over de markeringen.
   *[other] { $count } gebeurtenissen zonder label: beweeg de muis over de markeringen.
}
# "op datum": listed in date order.
note-context-unlabelled = { $count ->
    [one] Zonder label wegens ruimtegebrek (rechtskader):
   *[other] Zonder label wegens ruimtegebrek (rechtskader, op datum):
}
note-axis-broken = Tijdas onderbroken: { $spans } ingekort

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } gebeurtenis:
   *[other] { $when } — { $count } gebeurtenissen:
}
key-more-events = { $count ->
    [one] … en nog { $count } gebeurtenis, die niet meer op de pagina past
   *[other] … en nog { $count } gebeurtenissen, die niet meer op de pagina passen
}
key-countries-in-all = { $count ->
    [one] … { $count } land in totaal
   *[other] … { $count } landen in totaal
}
key-low-confidence = lage zekerheid

## Views

view-timeline = Tijdlijn
view-storyline = Verhaallijnen
view-network = Netwerk
view-map = Kaart
view-table = Tabel

## Records

record-event = gebeurtenis

## The web page

page-skip = Naar de tabel met alle gegevens
page-views = Weergaven
page-search = Instantie zoeken
page-search-placeholder = naam, afkorting of land
page-search-none = geen instantie gevonden
page-search-one = 1 instantie: { $name }
page-search-count = { $count ->
    [one] { $count } instantie
   *[other] { $count } instanties
}
page-story = { $count ->
    [one] Het verhaal in { $count } stap
   *[other] Het verhaal in { $count } stappen
}
page-story-how = Scroll, of gebruik de knoppen of de pijltjestoetsen: de afbeelding licht uit waar elk hoofdstuk over gaat.
page-chapters = Hoofdstukken
page-previous = Vorige
page-next = Volgende
page-chapter-count = { $count ->
    [one] { $count } hoofdstuk
   *[other] { $count } hoofdstukken
}
page-chapter-of = Hoofdstuk { $number } van { $total }
page-details = Details
page-details-close = Sluiten
page-details-close-label = Details sluiten
page-detail-who = Wie:
page-detail-where = Waar:
page-table-caption = Alle teams, gebeurtenissen en juridische mijlpalen, op datum
page-when = Wanneer
page-what = Wat
page-who = Wie
page-where = Waar
page-outcomes = Resultaten
page-sources = Bronnen
page-agencies = Instanties
page-confidence = zekerheid: { $level }
page-source-also = ook
page-source-link = link { $number }
page-source-archived = gearchiveerde kopie
page-source-accessed = geraadpleegd: { $date }
page-footer = Gemaakt met coopline. Elke bewering verwijst naar de bronnen hierboven.

## Speaker notes of a deck

deck-and-more = en nog { $count }
deck-as-written = (in de dataset: { $given })
deck-hosted-by = Gastheer:
deck-agencies = Instanties:
deck-archived = gearchiveerd:

## Export TimelineJS

export-other-teams = Overige teams
export-hosted-by = gastheer: { $host }
export-not-named = { $name } (niet genoemd in de bronnen)
export-confidence = Zekerheid:
export-from-grades = (op grond van de beoordeling van de bronnen)
export-graded = beoordeeld als { $grade }

## Storyline

storyline-title = Verhaallijnen van de samenwerking
storyline-subtitle = { $lines ->
    [one] { $lines } lijn
   *[other] { $lines } lijnen
} · { $steps ->
    [one] { $steps } tijdstap
   *[other] { $steps } tijdstappen
}, gelijk verdeeld (niet op schaal) · banden: gedeelde teams en gebeurtenissen
storyline-description = Verhaallijnen van { $title }: { $subtitle }
storyline-left-out = { $count ->
    [one] { $count } lijnlabel weggelaten wegens ruimtegebrek.
   *[other] { $count } lijnlabels weggelaten wegens ruimtegebrek.
}
storyline-left-out-hover = { $count ->
    [one] { $count } lijnlabel weggelaten wegens ruimtegebrek: beweeg de muis over de lijnen.
   *[other] { $count } lijnlabels weggelaten wegens ruimtegebrek: beweeg de muis over de lijnen.
}
# Ends "dus er zijn geen …".
storyline-nothing = lijnen om te volgen
storyline-legend-other-countries = andere landen (code na de naam)
storyline-legend-team = een team: leden naast elkaar
storyline-legend-event = een gebeurtenis: wie deelnam
storyline-legend-low-confidence = onderbroken lijn, gearceerde band: lage zekerheid (zie de bronnen)

## Network

network-title = Samenwerkingsnetwerk
network-description = Samenwerkingsnetwerk: { $subtitle }
network-agencies = { $count ->
    [one] { $count } instantie
   *[other] { $count } instanties
}
network-countries = { $count ->
    [one] { $count } land
   *[other] { $count } landen
}
network-kinds = { $count ->
    [one] { $count } soort
   *[other] { $count } soorten
}
network-links = { $count ->
    [one] { $count } verbinding
   *[other] { $count } verbindingen
}
network-subtitle = { $nodes } · { $links }, één per paar dat een team of gebeurtenis deelde
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } van elk team en elke gebeurtenis naar de deelnemers
# Ends "dus er zijn geen …".
network-nothing = instanties om te verbinden
network-legend-node-size = knoopgrootte: aantal samenwerkingen
network-legend-line-width = lijndikte: gedeelde teams en gebeurtenissen
network-legend-node = { $nodes ->
    [country] land
    [kind] soort
   *[agency] instantie
}: grootte naar aantal samenwerkingen
network-legend-team = team: grootte naar aantal { $nodes ->
    [country] landen
    [kind] soorten
   *[agency] instanties
} erin
network-legend-event = gebeurtenis: grootte naar aantal deelnemende { $nodes ->
    [country] landen
    [kind] soorten
   *[agency] instanties
}
network-legend-host = gastheer van het team, of gebeurtenis van het team
network-legend-low-both = gearceerd, onderbroken: lage zekerheid (zie de bronnen)
network-legend-low-hatched = gearceerd: lage zekerheid (zie de bronnen)
network-legend-low-dashed = onderbroken verbinding: lage zekerheid (zie de bronnen)
network-legend-other-countries = andere landen, aangeduid met hun code
network-node-cooperation = { $occasions ->
    [one] { $occasions } samenwerking
   *[other] { $occasions } samenwerkingen
} met { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partners
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } samenwerking
   *[other] { $occasions } samenwerkingen
} met { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partners
}, in { $hubs ->
    [one] { $hubs } team of gebeurtenis
   *[other] { $hubs } teams en gebeurtenissen
}
network-link = { $from } – { $to }: { $count ->
    [one] { $count } samenwerking
   *[other] { $count } samenwerkingen
}
network-link-team = { $period }: team { $name }
network-link-event = { $period }: gebeurtenis { $name }
network-link-hosting = { $period }: gastheer van { $name }
network-link-sources = { $occasion } [bronnen: { $sources }]
network-bundle = { $links } verbindingen gebundeld tussen deze twee delen van de afbeelding, { $occasions ->
    [one] { $occasions } samenwerking
   *[other] { $occasions } samenwerkingen
}; de sterkste:
network-bundle-within = { $links } verbindingen gebundeld binnen dit deel van de afbeelding, { $occasions ->
    [one] { $occasions } samenwerking
   *[other] { $occasions } samenwerkingen
}; de sterkste:
network-bundle-more = { $count ->
    [one] en nog { $count } verbinding
   *[other] en nog { $count } verbindingen
}
network-legend-bundled = lichte lijn: verbindingen gebundeld waar meer dan { $limit } zouden vervagen; --links all tekent elke verbinding
network-tie-member = { $from } – { $to }: lid van het team
network-tie-took-part = { $from } – { $to }: nam deel aan de gebeurtenis
network-tie-host = { $from } – { $to }: gastheer van het team
network-tie-part-of = { $from } – { $to }: de gebeurtenis hoort bij het team
network-hub-team = { $kind }, { $period }
network-hub-event = gebeurtenis, { $period }
network-hub-event-kind = gebeurtenis ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}: { $names }
network-hub-took-part = { $count ->
    [one] { $count } deelnemer
   *[other] { $count } deelnemers
}: { $names }
network-hub-more = { $names } en nog { $more }

## Map

map-title = Waar de samenwerking plaatsvond
map-description = Kaart: { $subtitle }
map-subtitle = { $who } in { $what } · lijnen verbinden wie samenwerkten
map-subtitle-nothing = Geen team of gebeurtenis in de getoonde periode
map-who-countries = { $countries ->
    [one] { $countries } land
   *[other] { $countries } landen
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } land
   *[other] { $countries } landen
} en { $bodies ->
    [one] { $bodies } EU-orgaan
   *[other] { $bodies } EU-organen
}
map-who-international-bodies = { $countries ->
    [one] { $countries } land
   *[other] { $countries } landen
} en { $bodies ->
    [one] { $bodies } internationaal orgaan
   *[other] { $bodies } internationale organen
}
map-in-teams = { $teams ->
    [one] { $teams } team
   *[other] { $teams } teams
}
map-in-events = { $events ->
    [one] { $events } gebeurtenis
   *[other] { $events } gebeurtenissen
}
map-in-teams-events = { $teams ->
    [one] { $teams } team
   *[other] { $teams } teams
} en { $events ->
    [one] { $events } gebeurtenis
   *[other] { $events } gebeurtenissen
}
# Ends "dus er zijn geen …".
map-nothing = landen om te tonen
map-not-named = Wegens ruimtegebrek niet benoemd op de kaart: { $names }.
map-no-shape = Niet op de kaart (geen vorm in de kaartgegevens): { $names }.
map-no-seat = Niet op de kaart (geen zetel opgegeven): { $names }.
map-no-country = Niet op de kaart (geen land opgegeven): { $names }.
map-attribution = Gemaakt met Natural Earth.
map-attribution-places = Gemaakt met Natural Earth. Plaatsen: GeoNames (CC BY 4.0).
map-legend-shaded = Land getint in zijn kleur: { $shade ->
    [two-or-three] 2 of 3 instanties namen deel
    [four-or-more] 4 of meer instanties namen deel
   *[one-agency] 1 instantie nam deel
}
map-legend-shade = { $shade ->
    [two-or-three] 2 of 3 instanties
    [four-or-more] 4 of meer instanties
   *[one-agency] 1 instantie
}
map-legend-link = werkten samen: breder bij meer teams en gebeurtenissen
map-legend-body = EU- of internationaal orgaan, bij zijn zetel
map-legend-place = plaats van een gebeurtenis
map-legend-low-dashed = onderbroken lijn: lage zekerheid (zie de bronnen)
map-tip-country = { $country }: { $count ->
    [one] { $count } instantie
   *[other] { $count } instanties
} ({ $names })
map-tip-in = { $count ->
    [one] In { $count } team of gebeurtenis:
   *[other] In { $count } teams en gebeurtenissen:
}
map-tip-occasion = • { $name }: { $period }
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } team of gebeurtenis
   *[other] { $count } teams en gebeurtenissen
}
map-tip-seat = Zetel: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Overzicht per land
overview-too-many-lanes = { $count } instanties zijn te veel voor elk een eigen baan op dit formaat.
overview-too-many-lines = { $count } instanties zijn te veel lijnen om op dit formaat te volgen.
overview-rows = Elke rij telt de gebeurtenissen van de instanties van een land per { $unit }; een gebeurtenis van meerdere landen telt in de rij van elk van die landen.
overview-detail = Elke instantie tekenen: --overview never; minder tekenen: --from en --to.
overview-unit-day = dag
overview-unit-month = maand
overview-unit-quarter = kwartaal
overview-unit-year = jaar
overview-unit-years = periode van { $count } jaar
overview-all-events = Alle gebeurtenissen
overview-teams = Actieve teams
overview-other-countries = { $count ->
    [one] { $count } ander land
   *[other] { $count } andere landen
}
overview-no-agency = Geen instantie genoemd
overview-merged = Landen in deze rij: { $names }
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } gebeurtenis
   *[other] { $count } gebeurtenissen
}
overview-vague = { $count ->
    [one] { $count } gebeurtenis met een minder precieze datum dan de eenheid ({ $unit }) telt alleen in het totaal.
   *[other] { $count } gebeurtenissen met een minder precieze datum dan de eenheid ({ $unit }) tellen alleen in het totaal.
}
overview-legend = Gebeurtenissen van een land per { $unit }:
overview-sources = Bronnen: de { $count } bronnen van de hier getelde gegevens staan in de dataset.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
