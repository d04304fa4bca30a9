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
