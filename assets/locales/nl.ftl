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
