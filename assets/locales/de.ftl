# coopline's own words, in German. Names and text from the datasets are never
# here.

## Dates

# "ca. Sept. 2024": approximate.
date-approximate = ca. { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = spätestens { $date }
date-no-end = ohne Enddatum

## Countries (other names come from CLDR)

country-international = International
country-none = Kein Land angegeben
implicit-name = Behörden ({ $country })
implicit-short = Behörden { $code }
implicit-note = In den Quellen nicht genannt; sie nennen nur das Land.

## Lists

list-and = { $first } und { $last }

## Kinds of records, as hover texts name them

agency-kind-police = Polizei
agency-kind-prosecution = Staatsanwaltschaft
agency-kind-judiciary = Gericht
agency-kind-customs = Zoll
agency-kind-intelligence = Nachrichtendienst
agency-kind-ministry = Ministerium
agency-kind-eu-agency = EU-Agentur
agency-kind-international = internationale Organisation
agency-kind-private = Privatsektor
agency-kind-ngo = NGO
agency-kind-other = Sonstiges
team-kind-jit = gemeinsame Ermittlungsgruppe
team-kind-otf = operative Taskforce von Europol
team-kind-task-force = Taskforce
team-kind-network = Netzwerk
team-kind-other = Team
context-kind-convention = Übereinkommen
context-kind-framework-decision = Rahmenbeschluss
context-kind-regulation = Verordnung
context-kind-directive = Richtlinie
context-kind-decision = Beschluss
context-kind-agreement = Abkommen
context-kind-judgment = Urteil
context-kind-network = Netzwerk
context-kind-milestone = Meilenstein
context-kind-other = Sonstiges
# After "Verlässlichkeit:".
confidence-high = hoch
confidence-medium = mittel
confidence-low = gering

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (im Datensatz: { $given })
tip-kind = Art:
tip-participants = Beteiligte:
tip-teams = Teams:
tip-places = Orte:
tip-outcomes = Ergebnisse:
tip-roles = Rollen:
tip-role = Rolle:
tip-members = Mitglieder:
tip-sources = Quellen:
tip-legal-basis = Rechtsgrundlage:
# Admiralty grade of a source ("B2").
tip-graded = (Bewertung { $grade })
tip-confidence = Verlässlichkeit: { $level }
tip-confidence-from-grades = Verlässlichkeit: { $level } (aus den Bewertungen der Quellen)
tip-hosted-by = Gastgeber: { $host }
tip-hosts = { $who } ist Gastgeber von { $team }
tip-member-of = { $who }: Mitglied von { $team }
tip-cluster = { $count ->
    [one] { $count } Ereignis fast zur selben Zeit:
   *[other] { $count } Ereignisse fast zur selben Zeit:
}
tip-lane-cluster = { $count ->
    [one] { $count } Ereignis hier auf dieser Bahn:
   *[other] { $count } Ereignisse hier auf dieser Bahn:
}
tip-and-more = { $count ->
    [one] … und { $count } weiteres
   *[other] … und { $count } weitere
}

## Headings and counts

title-timeline = Zeitleiste der Zusammenarbeit
description-timeline = Zeitleiste: { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } Behörde
   *[other] { $agencies } Behörden
} aus { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Ländern
}
named-only-by-country = (davon { $count } nur nach Land benannt)
count-teams = { $count ->
    [one] { $count } Team
   *[other] { $count } Teams
}
count-events = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}
count-milestones = { $count ->
    [one] { $count } rechtlicher Meilenstein
   *[other] { $count } rechtliche Meilensteine
}
subtitle-focus = Fokus: { $name }
nothing-to-draw = Nichts zu zeichnen: In den gezeigten Daten ist keine Behörde an einem Team oder Ereignis beteiligt, daher gibt es keine { $what }.
nothing-to-draw-milestones = { $count ->
    [one] Der rechtliche Meilenstein dieses Datensatzes ist auf der Zeitleiste eingezeichnet.
   *[other] Die { $count } rechtlichen Meilensteine dieses Datensatzes sind auf der Zeitleiste eingezeichnet.
}
# Ends "daher gibt es keine …".
nothing-lanes = zu zeichnenden Bahnen

## Timeline lanes

lane-kind-police = Polizei
lane-kind-prosecution = Staatsanwaltschaft
lane-kind-judiciary = Gerichte
lane-kind-customs = Zoll
lane-kind-intelligence = Nachrichtendienste
lane-kind-ministry = Ministerien
lane-kind-eu-agency = EU-Agenturen
lane-kind-international = Internationale Organisationen
lane-kind-private = Privatsektor
lane-kind-ngo = Zivilgesellschaft
lane-kind-other = Sonstige
lane-unattributed = Ungenannte Beteiligte
lane-unattributed-tip = Ereignisse, deren Quellen keine beteiligte Behörde nennen
lane-other-events = Weitere Ereignisse
lane-other-events-tip = Ereignisse ohne Bezug zu einem Team
lane-context = Rechtsrahmen
lane-context-group = Kontext

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Umrandet: Gastgeber des Teams
legend-event-day = Ereignis (Tag bekannt)
legend-event-span = Ereignis über einen Zeitraum oder nur auf Monat bzw. Jahr genau bekannt
legend-event-cluster = Zu dicht beieinanderliegende Ereignisse: Anzahl mit Beteiligung dieser Bahn
legend-context = Rechtsinstrument oder Meilenstein (Kontext)
legend-faded-edge = Verblasster Rand: Datum nur auf Monat bzw. Jahr genau oder ohne Enddatum
legend-dashed = Gestrichelt: ungefähr oder erst zu diesem Datum belegt
legend-low-confidence = Schraffiert: geringe Verlässlichkeit (siehe Quellen)

## Notes under a picture

notes-sources = Quellen:
note-events-unlabelled = { $count ->
    [one] { $count } Ereignis ohne Beschriftung: Maus über die Markierungen führen.
   *[other] { $count } Ereignisse ohne Beschriftung: Maus über die Markierungen führen.
}
# "nach Datum": listed in date order.
note-context-unlabelled = { $count ->
    [one] Aus Platzgründen ohne Beschriftung (Rechtsrahmen):
   *[other] Aus Platzgründen ohne Beschriftung (Rechtsrahmen, nach Datum):
}
note-axis-broken = Zeitachse unterbrochen: { $spans } gestaucht

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } Ereignis:
   *[other] { $when } — { $count } Ereignisse:
}
key-more-events = { $count ->
    [one] … und { $count } weiteres Ereignis, das nicht mehr auf die Seite passt
   *[other] … und { $count } weitere Ereignisse, die nicht mehr auf die Seite passen
}
key-countries-in-all = { $count ->
    [one] … insgesamt { $count } Land
   *[other] … insgesamt { $count } Länder
}
key-low-confidence = geringe Verlässlichkeit

## Views

view-timeline = Zeitleiste
view-storyline = Handlungsstränge
view-network = Netzwerk
view-map = Karte
view-table = Tabelle

## Records

record-event = Ereignis

## The web page

page-skip = Zur Tabelle der Einträge springen
page-views = Ansichten
page-search = Behörde suchen
page-search-placeholder = Name, Kurzname oder Land
page-search-none = keine passende Behörde
page-search-one = 1 Behörde: { $name }
page-search-count = { $count ->
    [one] { $count } Behörde
   *[other] { $count } Behörden
}
page-story = { $count ->
    [one] Die Geschichte in { $count } Schritt
   *[other] Die Geschichte in { $count } Schritten
}
page-story-how = Scrollen Sie oder nutzen Sie die Schaltflächen oder Pfeiltasten: Das Bild hebt hervor, worum es im jeweiligen Kapitel geht.
page-chapters = Kapitel
page-previous = Zurück
page-next = Weiter
page-chapter-count = { $count ->
    [one] { $count } Kapitel
   *[other] { $count } Kapitel
}
page-chapter-of = Kapitel { $number } von { $total }
page-details = Details
page-details-close = Schließen
page-details-close-label = Details schließen
page-detail-who = Wer:
page-detail-where = Wo:
page-table-caption = Alle Teams, Ereignisse und rechtlichen Meilensteine, nach Datum
page-when = Wann
page-what = Was
page-who = Wer
page-where = Wo
page-outcomes = Ergebnisse
page-sources = Quellen
page-agencies = Behörden
page-confidence = Verlässlichkeit: { $level }
page-source-also = auch
page-source-link = Link { $number }
page-source-archived = archivierte Kopie
page-source-accessed = abgerufen: { $date }
page-footer = Erstellt mit coopline. Jede Angabe verweist auf ihre Quellen oben.

## Speaker notes of a deck

deck-and-more = { $count ->
    [one] und { $count } weiterer Eintrag
   *[other] und { $count } weitere Einträge
}
deck-as-written = (im Datensatz: { $given })
deck-hosted-by = Gastgeber:
deck-agencies = Behörden:
deck-archived = archiviert:

## Export TimelineJS

export-other-teams = Weitere Teams
export-hosted-by = Gastgeber: { $host }
export-not-named = { $name } (in den Quellen nicht genannt)
export-confidence = Verlässlichkeit:
export-from-grades = (nach der Bewertung der Quellen)
export-graded = bewertet mit { $grade }

## Storyline

storyline-title = Handlungsstränge der Zusammenarbeit
storyline-subtitle = { $lines ->
    [one] { $lines } Linie
   *[other] { $lines } Linien
} · { $steps ->
    [one] { $steps } Zeitschritt
   *[other] { $steps } Zeitschritte
}, gleichmäßig verteilt (nicht maßstäblich) · Bänder: gemeinsame Teams und Ereignisse
storyline-description = Handlungsstränge zu { $title }: { $subtitle }
storyline-left-out = { $count ->
    [one] { $count } Linienbeschriftung aus Platzgründen weggelassen.
   *[other] { $count } Linienbeschriftungen aus Platzgründen weggelassen.
}
storyline-left-out-hover = { $count ->
    [one] { $count } Linienbeschriftung aus Platzgründen weggelassen: Maus über die Linien führen.
   *[other] { $count } Linienbeschriftungen aus Platzgründen weggelassen: Maus über die Linien führen.
}
# Ends "daher gibt es keine …".
storyline-nothing = zu verfolgenden Linien
storyline-legend-other-countries = weitere Länder (Code nach dem Namen)
storyline-legend-team = ein Team: Mitglieder nebeneinander
storyline-legend-event = ein Ereignis: wer beteiligt war
storyline-legend-low-confidence = gestrichelte Linie, schraffiertes Band: geringe Verlässlichkeit (siehe Quellen)

## Network

network-title = Netzwerk der Zusammenarbeit
network-description = Netzwerk der Zusammenarbeit: { $subtitle }
network-agencies = { $count ->
    [one] { $count } Behörde
   *[other] { $count } Behörden
}
network-countries = { $count ->
    [one] { $count } Land
   *[other] { $count } Länder
}
network-kinds = { $count ->
    [one] { $count } Art
   *[other] { $count } Arten
}
network-links = { $count ->
    [one] { $count } Verbindung
   *[other] { $count } Verbindungen
}
network-subtitle = { $nodes } · { $links }, eine je Paar mit gemeinsamem Team oder Ereignis
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } von jedem Team und Ereignis zu den Beteiligten
# Ends "daher gibt es keine …".
network-nothing = zu verknüpfenden Behörden
network-legend-node-size = Knotengröße: Zahl der Kooperationen
network-legend-line-width = Linienstärke: gemeinsame Teams und Ereignisse
network-legend-node = { $nodes ->
    [country] Land
    [kind] Art
   *[agency] Behörde
}: Größe nach Zahl der Kooperationen
network-legend-team = Team: Größe nach Zahl der { $nodes ->
    [country] Länder
    [kind] Arten
   *[agency] Behörden
} darin
network-legend-event = Ereignis: Größe nach Zahl der beteiligten { $nodes ->
    [country] Länder
    [kind] Arten
   *[agency] Behörden
}
network-legend-host = Gastgeber des Teams oder Ereignis des Teams
network-legend-low-both = schraffiert, gestrichelt: geringe Verlässlichkeit (siehe Quellen)
network-legend-low-hatched = schraffiert: geringe Verlässlichkeit (siehe Quellen)
network-legend-low-dashed = gestrichelte Verbindung: geringe Verlässlichkeit (siehe Quellen)
network-legend-other-countries = weitere Länder, mit ihrem Code gekennzeichnet
network-node-cooperation = { $occasions ->
    [one] { $occasions } Kooperation
   *[other] { $occasions } Kooperationen
} mit { $partners ->
    [one] { $partners } Partner
   *[other] { $partners } Partnern
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } Kooperation
   *[other] { $occasions } Kooperationen
} mit { $partners ->
    [one] { $partners } Partner
   *[other] { $partners } Partnern
}, in { $hubs ->
    [one] { $hubs } Team oder Ereignis
   *[other] { $hubs } Teams und Ereignissen
}
network-link = { $from } – { $to }: { $count ->
    [one] { $count } Kooperation
   *[other] { $count } Kooperationen
}
network-link-team = { $period }: Team { $name }
network-link-event = { $period }: Ereignis { $name }
network-link-hosting = { $period }: Gastgeber von { $name }
network-link-sources = { $occasion } [Quellen: { $sources }]
network-bundle = { $links } Verbindungen zwischen diesen beiden Teilen des Bildes gebündelt, { $occasions ->
    [one] { $occasions } Kooperation
   *[other] { $occasions } Kooperationen
}; die stärksten:
network-bundle-within = { $links } Verbindungen in diesem Teil des Bildes gebündelt, { $occasions ->
    [one] { $occasions } Kooperation
   *[other] { $occasions } Kooperationen
}; die stärksten:
network-bundle-more = { $count ->
    [one] und { $count } weitere Verbindung
   *[other] und { $count } weitere Verbindungen
}
network-legend-bundled = blasse Linie: gebündelte Verbindungen, wo mehr als { $limit } verschwimmen würden; --links all zeichnet jede Verbindung
network-tie-member = { $from } – { $to }: Mitglied des Teams
network-tie-took-part = { $from } – { $to }: am Ereignis beteiligt
network-tie-host = { $from } – { $to }: Gastgeber des Teams
network-tie-part-of = { $from } – { $to }: Das Ereignis gehört zum Team
network-hub-team = { $kind }, { $period }
network-hub-event = Ereignis, { $period }
network-hub-event-kind = Ereignis ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}: { $names }
network-hub-took-part = { $count } Teilnehmer: { $names }
network-hub-more = { $names } und { $more } weitere

## Map

map-title = Wo die Zusammenarbeit stattfand
map-description = Karte: { $subtitle }
map-subtitle = { $who } in { $what } · Linien verbinden, wer zusammengearbeitet hat
map-subtitle-nothing = Kein Team und kein Ereignis im gezeigten Zeitraum
map-who-countries = { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Länder
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Länder
} und { $bodies ->
    [one] { $bodies } EU-Einrichtung
   *[other] { $bodies } EU-Einrichtungen
}
map-who-international-bodies = { $countries ->
    [one] { $countries } Land
   *[other] { $countries } Länder
} und { $bodies ->
    [one] { $bodies } internationale Einrichtung
   *[other] { $bodies } internationale Einrichtungen
}
# Dative, after "in".
map-in-teams = { $teams ->
    [one] { $teams } Team
   *[other] { $teams } Teams
}
map-in-events = { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignissen
}
map-in-teams-events = { $teams ->
    [one] { $teams } Team
   *[other] { $teams } Teams
} und { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignissen
}
# Ends "daher gibt es keine …".
map-nothing = darzustellenden Länder
map-not-named = Aus Platzgründen auf der Karte nicht beschriftet: { $names }.
map-no-shape = Nicht auf der Karte (keine Form in den Kartendaten): { $names }.
map-no-seat = Nicht auf der Karte (kein Sitz angegeben): { $names }.
map-no-country = Nicht auf der Karte (kein Land angegeben): { $names }.
map-attribution = Erstellt mit Natural Earth.
map-attribution-places = Erstellt mit Natural Earth. Orte: GeoNames (CC BY 4.0).
map-legend-shaded = Land in seiner Farbe getönt: { $shade ->
    [two-or-three] 2 oder 3 Behörden beteiligt
    [four-or-more] 4 oder mehr Behörden beteiligt
   *[one-agency] 1 Behörde beteiligt
}
map-legend-shade = { $shade ->
    [two-or-three] 2 oder 3 Behörden
    [four-or-more] 4 oder mehr Behörden
   *[one-agency] 1 Behörde
}
map-legend-link = zusammengearbeitet: breiter bei mehr Teams und Ereignissen
map-legend-body = EU- oder internationale Einrichtung, an ihrem Sitz
map-legend-place = Ort eines Ereignisses
map-legend-low-dashed = gestrichelte Linie: geringe Verlässlichkeit (siehe Quellen)
map-tip-country = { $country }: { $count ->
    [one] { $count } Behörde
   *[other] { $count } Behörden
} ({ $names })
map-tip-in = { $count ->
    [one] In { $count } Team oder Ereignis:
   *[other] In { $count } Teams und Ereignissen:
}
map-tip-occasion = • { $name }: { $period }
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } Team oder Ereignis
   *[other] { $count } Teams und Ereignisse
}
map-tip-seat = Sitz: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Überblick nach Ländern
overview-too-many-lanes = { $count } Behörden sind zu viele für je eine Zeile in dieser Größe.
overview-too-many-lines = { $count } Behörden sind zu viele Linien, um ihnen in dieser Größe zu folgen.
overview-rows = Jede Zeile zählt die Ereignisse der Behörden eines Landes pro { $unit }; ein Ereignis mehrerer Länder zählt in der Zeile jedes dieser Länder.
overview-detail = Jede Behörde zeichnen: --overview never; weniger zeichnen: --from und --to.
overview-unit-day = Tag
overview-unit-month = Monat
overview-unit-quarter = Quartal
overview-unit-year = Jahr
overview-unit-years = Zeitraum von { $count } Jahren
overview-all-events = Alle Ereignisse
overview-teams = Aktive Teams
overview-other-countries = { $count ->
    [one] { $count } weiteres Land
   *[other] { $count } weitere Länder
}
overview-no-agency = Keine Behörde genannt
overview-merged = Länder in dieser Zeile: { $names }
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}
overview-vague = { $count ->
    [one] { $count } Ereignis mit einem ungenaueren Datum als die Einheit ({ $unit }) zählt nur in der Summe.
   *[other] { $count } Ereignisse mit einem ungenaueren Datum als die Einheit ({ $unit }) zählen nur in der Summe.
}
overview-legend = Ereignisse eines Landes pro { $unit }:
overview-sources = Quellen: Die { $count } Quellen der hier gezählten Einträge sind im Datensatz genannt.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } Team
   *[other] { $count } Teams
}
