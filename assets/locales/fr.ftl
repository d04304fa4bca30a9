# coopline's own words, in French. Names and text from the datasets are never
# here. A no-break space (U+00A0) comes before ":".

## Dates

# "vers sept. 2024": approximate.
date-approximate = vers { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = au plus tard { $date }
date-no-end = sans date de fin

## Countries (other names come from CLDR)

country-international = International
country-none = Pays non indiqué
implicit-name = Autorités ({ $country })
implicit-short = Autorités { $code }
implicit-note = Non nommé dans les sources, qui ne citent que le pays.

## Lists

list-and = { $first } et { $last }

## Kinds of records, as hover texts name them

agency-kind-police = police
agency-kind-prosecution = ministère public
agency-kind-judiciary = juridiction
agency-kind-customs = douane
agency-kind-intelligence = renseignement
agency-kind-ministry = ministère
agency-kind-eu-agency = agence de l’UE
agency-kind-international = organisation internationale
agency-kind-private = secteur privé
agency-kind-ngo = ONG
agency-kind-other = autre
team-kind-jit = équipe commune d’enquête
team-kind-otf = task force opérationnelle d’Europol
team-kind-task-force = task force
team-kind-network = réseau
team-kind-other = équipe
context-kind-convention = convention
context-kind-framework-decision = décision-cadre
context-kind-regulation = règlement
context-kind-directive = directive
context-kind-decision = décision
context-kind-agreement = accord
context-kind-judgment = arrêt
context-kind-network = réseau
context-kind-milestone = jalon
context-kind-other = autre
# After "Confiance :" (feminine).
confidence-high = élevée
confidence-medium = moyenne
confidence-low = faible

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (dans les données : { $given })
tip-kind = Type :
tip-participants = Participants :
tip-teams = Équipes :
tip-places = Lieux :
tip-outcomes = Résultats :
tip-roles = Rôles :
tip-role = Rôle :
tip-members = Membres :
tip-sources = Sources :
tip-legal-basis = Base juridique :
# Admiralty grade of a source ("B2").
tip-graded = (cotation { $grade })
tip-confidence = Confiance : { $level }
tip-confidence-from-grades = Confiance : { $level } (d’après la cotation des sources)
tip-hosted-by = Hôte : { $host }
tip-hosts = { $who } héberge { $team }
tip-member-of = { $who } participe à { $team }
tip-cluster = { $count ->
    [one] { $count } événement presque simultané :
   *[other] { $count } événements presque simultanés :
}
tip-lane-cluster = { $count ->
    [one] { $count } événement ici sur ce couloir :
   *[other] { $count } événements ici sur ce couloir :
}
tip-and-more = { $count ->
    [one] … et { $count } autre
   *[other] … et { $count } autres
}

## Headings and counts

title-timeline = Chronologie de la coopération
description-timeline = Chronologie : { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } organisme
   *[other] { $agencies } organismes
} de { $countries } pays
named-only-by-country = { $count ->
    [one] (dont { $count } désigné seulement par son pays)
   *[other] (dont { $count } désignés seulement par leur pays)
}
count-teams = { $count ->
    [one] { $count } équipe
   *[other] { $count } équipes
}
count-events = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
count-milestones = { $count ->
    [one] { $count } jalon juridique
   *[other] { $count } jalons juridiques
}
subtitle-focus = focus : { $name }
nothing-to-draw = Rien à dessiner : aucun organisme ne participe à une équipe ou à un événement dans les données affichées, il n’y a donc pas de { $what }.
nothing-to-draw-milestones = { $count ->
    [one] Le jalon juridique de ce jeu de données figure sur la chronologie.
   *[other] Les { $count } jalons juridiques de ce jeu de données figurent sur la chronologie.
}
# Ends "il n’y a donc pas de …".
nothing-lanes = couloirs à dessiner

## Timeline lanes

lane-kind-police = Police
lane-kind-prosecution = Ministère public
lane-kind-judiciary = Juridictions
lane-kind-customs = Douane
lane-kind-intelligence = Renseignement
lane-kind-ministry = Ministères
lane-kind-eu-agency = Agences de l’UE
lane-kind-international = Organisations internationales
lane-kind-private = Secteur privé
lane-kind-ngo = Société civile
lane-kind-other = Autres
lane-unattributed = Participants non nommés
lane-unattributed-tip = Événements dont les sources ne nomment aucun organisme participant
lane-other-events = Autres événements
lane-other-events-tip = Événements non liés à une équipe
lane-context = Cadre juridique
lane-context-group = Contexte

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Contour : hôte de l’équipe
legend-event-day = Événement (jour connu)
legend-event-span = Événement sur une période, ou connu seulement au mois ou à l’année
legend-event-cluster = Événements trop rapprochés pour être séparés : nombre auxquels ce couloir a pris part
legend-context = Instrument juridique ou jalon (contexte)
legend-faded-edge = Bord estompé : date connue au mois ou à l’année près, ou sans date de fin
legend-dashed = Tirets : approximatif, ou attesté seulement à cette date
legend-low-confidence = Hachuré : confiance faible (voir les sources)

## Notes under a picture

notes-sources = Sources :
note-events-unlabelled = { $count ->
    [one] { $count } événement sans étiquette : survolez les repères.
   *[other] { $count } événements sans étiquette : survolez les repères.
}
# "par date": listed in date order.
note-context-unlabelled = { $count ->
    [one] Sans étiquette faute de place (cadre juridique) :
   *[other] Sans étiquette faute de place (cadre juridique, par date) :
}
note-axis-broken = Axe du temps interrompu : compression de { $spans }

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } événement :
   *[other] { $when } — { $count } événements :
}
key-more-events = { $count ->
    [one] … et { $count } autre événement, faute de place sur la page
   *[other] … et { $count } autres événements, faute de place sur la page
}
key-countries-in-all = … { $count } pays au total
key-low-confidence = confiance faible

## Views

view-timeline = Chronologie
view-storyline = Trajectoires
view-network = Réseau
view-map = Carte
view-table = Tableau

## Records

record-event = événement

## The web page

page-skip = Aller au tableau des entrées
page-views = Vues
page-search = Trouver un organisme
page-search-placeholder = nom, sigle ou pays
page-search-none = aucun organisme ne correspond
page-search-one = 1 organisme : { $name }
page-search-count = { $count ->
    [one] { $count } organisme
   *[other] { $count } organismes
}
page-story = { $count ->
    [one] Le récit en { $count } étape
   *[other] Le récit en { $count } étapes
}
page-story-how = Faites défiler la page, ou utilisez les boutons ou les flèches du clavier : l’image met en évidence l’objet de chaque chapitre.
page-chapters = Chapitres
page-previous = Précédent
page-next = Suivant
page-chapter-count = { $count ->
    [one] { $count } chapitre
   *[other] { $count } chapitres
}
page-chapter-of = Chapitre { $number } sur { $total }
page-details = Détails
page-details-close = Fermer
page-details-close-label = Fermer les détails
page-detail-who = Qui :
page-detail-where = Où :
page-table-caption = Équipes, événements et jalons juridiques, par ordre chronologique
page-when = Quand
page-what = Quoi
page-who = Qui
page-where = Où
page-outcomes = Résultats
page-sources = Sources
page-agencies = Organismes
page-confidence = confiance { $level }
page-source-also = aussi
page-source-link = lien { $number }
page-source-archived = copie archivée
page-source-accessed = consulté : { $date }
page-footer = Réalisé avec coopline. Chaque affirmation renvoie à ses sources ci-dessus.

## Speaker notes of a deck

deck-and-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}
deck-as-written = (dans les données : { $given })
deck-hosted-by = Hôte :
deck-agencies = Organismes :
deck-archived = archivé :

## Export TimelineJS

export-other-teams = Autres équipes
export-hosted-by = hébergée par { $host }
export-not-named = { $name } (non nommé dans les sources)
export-confidence = Confiance :
export-from-grades = (d’après la cotation des sources)
export-graded = cotée { $grade }

## Storyline

storyline-title = Trajectoires de la coopération
storyline-subtitle = { $lines ->
    [one] { $lines } ligne
   *[other] { $lines } lignes
} · { $steps } pas de temps, à intervalles égaux (hors échelle) · bandes : équipes et événements communs
storyline-description = Trajectoires – { $title } : { $subtitle }
storyline-left-out = { $count ->
    [one] { $count } étiquette de ligne omise faute de place.
   *[other] { $count } étiquettes de ligne omises faute de place.
}
storyline-left-out-hover = { $count ->
    [one] { $count } étiquette de ligne omise faute de place : survolez les lignes.
   *[other] { $count } étiquettes de ligne omises faute de place : survolez les lignes.
}
# Ends "il n’y a donc pas de …" (a consonant, so "de" stays whole).
storyline-nothing = lignes à suivre
storyline-legend-other-countries = autres pays (code après le nom)
storyline-legend-team = une équipe : membres côte à côte
storyline-legend-event = un événement : qui y a pris part
storyline-legend-low-confidence = ligne en tirets, bande hachurée : confiance faible (voir les sources)

## Network

network-title = Réseau de coopération
network-description = Réseau de coopération : { $subtitle }
network-agencies = { $count ->
    [one] { $count } organisme
   *[other] { $count } organismes
}
network-countries = { $count } pays
network-kinds = { $count ->
    [one] { $count } type
   *[other] { $count } types
}
network-links = { $count ->
    [one] { $count } lien
   *[other] { $count } liens
}
network-subtitle = { $nodes } · { $links }, un par paire ayant partagé une équipe ou un événement
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } de chaque équipe et événement vers ses participants
# Ends "il n’y a donc pas de …" (a consonant, so "de" stays whole).
network-nothing = liens entre organismes à tracer
network-legend-node-size = taille du nœud : occasions de coopération
network-legend-line-width = épaisseur du trait : équipes et événements communs
network-legend-node = { $nodes ->
    [country] pays
    [kind] type
   *[agency] organisme
} : taille selon les occasions de coopération
network-legend-team = équipe : taille selon les { $nodes ->
    [country] pays
    [kind] types
   *[agency] organismes
} membres
network-legend-event = événement : taille selon les { $nodes ->
    [country] pays
    [kind] types
   *[agency] organismes
} participants
network-legend-host = hôte de l’équipe, ou événement de l’équipe
network-legend-low-both = hachuré, en tirets : confiance faible (voir les sources)
network-legend-low-hatched = hachuré : confiance faible (voir les sources)
network-legend-low-dashed = lien en tirets : confiance faible (voir les sources)
network-legend-other-countries = autres pays, indiqués par leur code
network-node-cooperation = { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} de coopération avec { $partners ->
    [one] { $partners } partenaire
   *[other] { $partners } partenaires
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} de coopération avec { $partners ->
    [one] { $partners } partenaire
   *[other] { $partners } partenaires
}, dans { $hubs ->
    [one] { $hubs } équipe ou événement
   *[other] { $hubs } équipes et événements
}
network-link = { $from } – { $to } : { $count ->
    [one] { $count } occasion
   *[other] { $count } occasions
}
network-link-team = { $period } : équipe { $name }
network-link-event = { $period } : événement { $name }
network-link-hosting = { $period } : hébergement de l’équipe { $name }
network-link-sources = { $occasion } [sources : { $sources }]
network-bundle = { $links } liens regroupés entre ces deux parties de l’image, { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} de coopération ; les plus forts :
network-bundle-within = { $links } liens regroupés dans cette partie de l’image, { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} de coopération ; les plus forts :
network-bundle-more = { $count ->
    [one] et { $count } autre lien
   *[other] et { $count } autres liens
}
network-legend-bundled = trait pâle : liens regroupés là où plus de { $limit } se confondraient ; --links all trace chaque lien
network-tie-member = { $from } – { $to } : membre de l’équipe
network-tie-took-part = { $from } – { $to } : a pris part à l’événement
network-tie-host = { $from } – { $to } : héberge l’équipe
network-tie-part-of = { $from } – { $to } : l’événement fait partie de l’équipe
network-hub-team = { $kind }, { $period }
network-hub-event = événement, { $period }
network-hub-event-kind = événement ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
} : { $names }
network-hub-took-part = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
} : { $names }
network-hub-more = { $more ->
    [one] { $names } et { $more } autre
   *[other] { $names } et { $more } autres
}

## Map

map-title = Où la coopération a eu lieu
map-description = Carte : { $subtitle }
map-subtitle = { $who } dans { $what } · les lignes relient ceux qui ont coopéré
map-subtitle-nothing = Aucune équipe ni aucun événement sur la période affichée
map-who-countries = { $countries } pays
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries } pays et { $bodies ->
    [one] { $bodies } organe de l’UE
   *[other] { $bodies } organes de l’UE
}
map-who-international-bodies = { $countries } pays et { $bodies ->
    [one] { $bodies } organe international
   *[other] { $bodies } organes internationaux
}
# Written to follow "dans".
map-in-teams = { $teams ->
    [one] { $teams } équipe
   *[other] { $teams } équipes
}
map-in-events = { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}
map-in-teams-events = { $teams ->
    [one] { $teams } équipe
   *[other] { $teams } équipes
} et { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}
# Ends "il n’y a donc pas de …" (a consonant, so "de" stays whole).
map-nothing = pays à représenter
map-not-named = Sans nom sur la carte faute de place : { $names }.
map-no-shape = Hors de la carte (pas de contour dans les données cartographiques) : { $names }.
map-no-seat = Hors de la carte (siège non indiqué) : { $names }.
map-no-country = Hors de la carte (pays non indiqué) : { $names }.
map-attribution = Réalisé avec Natural Earth.
map-attribution-places = Réalisé avec Natural Earth. Lieux : GeoNames (CC BY 4.0).
map-legend-shaded = Pays teinté de sa couleur : { $shade ->
    [two-or-three] 2 ou 3 organismes ont participé
    [four-or-more] 4 organismes ou plus ont participé
   *[one-agency] 1 organisme a participé
}
map-legend-shade = { $shade ->
    [two-or-three] 2 ou 3 organismes
    [four-or-more] 4 organismes ou plus
   *[one-agency] 1 organisme
}
map-legend-link = ont coopéré : plus épais avec plus d’équipes et d’événements
map-legend-body = organe de l’UE ou international, à son siège
map-legend-place = lieu d’un événement
map-legend-low-dashed = ligne en tirets : confiance faible (voir les sources)
map-tip-country = { $country } : { $count ->
    [one] { $count } organisme
   *[other] { $count } organismes
} ({ $names })
map-tip-in = { $count ->
    [one] Dans { $count } équipe ou événement :
   *[other] Dans { $count } équipes et événements :
}
map-tip-occasion = • { $name } : { $period }
map-tip-link = { $from } – { $to } : { $count ->
    [one] { $count } équipe ou événement
   *[other] { $count } équipes et événements
}
map-tip-seat = Siège : { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Vue d’ensemble par pays
overview-too-many-lanes = { $count } organismes sont trop nombreux pour une ligne chacun à cette taille.
overview-too-many-lines = { $count } organismes sont trop nombreux pour suivre chaque trajectoire à cette taille.
overview-rows = Chaque rangée compte les événements des organismes d’un pays par { $unit } ; un événement réunissant plusieurs pays compte dans la rangée de chacun.
overview-detail = Pour dessiner chaque organisme : --overview never ; pour en dessiner moins : --from et --to.
overview-unit-day = jour
overview-unit-month = mois
overview-unit-quarter = trimestre
overview-unit-year = an
overview-unit-years = période de { $count } ans
overview-all-events = Tous les événements
overview-teams = Équipes en activité
overview-other-countries = { $count ->
    [one] { $count } autre pays
   *[other] { $count } autres pays
}
overview-no-agency = Aucun organisme nommé
overview-merged = Pays de cette rangée : { $names }
overview-tip-bin = { $row }, { $when } : { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
overview-vague = { $count ->
    [one] { $count } événement dont la date est moins précise que l’unité ({ $unit }) n’est compté que dans le total.
   *[other] { $count } événements dont la date est moins précise que l’unité ({ $unit }) ne sont comptés que dans le total.
}
overview-legend = Événements d’un pays par { $unit } :
overview-sources = Sources : les { $count } sources citées par les éléments comptés ici sont indiquées dans les données.
overview-tip-teams = { $row }, { $when } : { $count ->
    [one] { $count } équipe
   *[other] { $count } équipes
}
