# coopline's own words, in English (the source language, and the fallback for
# any message another language lacks). Names and text from the datasets are
# never here: only what coopline adds to a picture or page.
# Placeables: $count is a number (plurals select on it); other variables are
# text already in the language (a date, a name, a list).

## Dates

# An approximate date (`~2024-09` in a dataset): "c. Sep 2024".
date-approximate = c. { $date }
# A date only known as an upper bound (`..2024-12-03`): "by 3 Dec 2024".
date-on-or-before = by { $date }
# The end of a period still open: "Jun 2024 – no end date".
date-no-end = no end date

## Countries (other names come from CLDR)

country-international = International
country-none = No country given
# The authorities of a country whose sources name no agency of it.
implicit-name = Authorities of { $country }
implicit-short = { $code } authorities
implicit-note = Not named in the sources, which name the country only.

## Lists

# The last two items of a list: "2019, 2021 and Jan 2022 – May 2024".
list-and = { $first } and { $last }

## Kinds of records, as hover texts name them

agency-kind-police = police
agency-kind-prosecution = prosecution
agency-kind-judiciary = judiciary
agency-kind-customs = customs
agency-kind-intelligence = intelligence
agency-kind-ministry = ministry
agency-kind-eu-agency = EU agency
agency-kind-international = international
agency-kind-private = private
agency-kind-ngo = NGO
agency-kind-other = other
team-kind-jit = joint investigation team
team-kind-otf = Europol operational task force
team-kind-task-force = task force
team-kind-network = network
team-kind-other = team
context-kind-convention = convention
context-kind-framework-decision = framework decision
context-kind-regulation = regulation
context-kind-directive = directive
context-kind-decision = decision
context-kind-agreement = agreement
context-kind-judgment = judgment
context-kind-network = network
context-kind-milestone = milestone
context-kind-other = other
confidence-high = high
confidence-medium = medium
confidence-low = low

## Hover texts (tooltips), shared by every view

# A date as read, then as the dataset wrote it: "c. Sep 2024 (as written: ~2024-09)".
tip-as-written = { $human } (as written: { $given })
# Labels that start a line of a hover text; the line's content follows after a space.
tip-kind = Kind:
tip-participants = Participants:
tip-teams = Teams:
tip-places = Places:
tip-outcomes = Outcomes:
tip-roles = Roles:
tip-role = Role:
tip-members = Members:
tip-sources = Sources:
tip-legal-basis = Legal basis:
# After a source's title: its Admiralty grade ("B2").
tip-graded = (graded { $grade })
tip-confidence = Confidence: { $level }
tip-confidence-from-grades = Confidence: { $level } (from the sources' grades)
tip-hosted-by = Hosted by { $host }
# A bar's hover text: an agency and the team it hosts or belongs to.
tip-hosts = { $who } hosts { $team }
tip-member-of = { $who }: member of { $team }
# Events drawn as one numbered mark.
tip-cluster = { $count } events at nearly the same time:
tip-lane-cluster = { $count } events here on this lane:
tip-and-more = … and { $count } more

## Headings and counts

title-timeline = Cooperation timeline
# The accessible description of a timeline starts with this sentence.
description-timeline = Timeline of { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } agency
   *[other] { $agencies } agencies
} from { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}
# After the count of agencies: how many are only a country's authorities.
named-only-by-country = ({ $count } named only by country)
count-teams = { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
count-events = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
count-milestones = { $count ->
    [one] { $count } legal milestone
   *[other] { $count } legal milestones
}
# "focus" is the agency the picture highlights (--focus).
subtitle-focus = focus: { $name }
nothing-to-draw = Nothing to draw: no agency takes part in a team or an event in the data shown, so there are no { $what }.
nothing-to-draw-milestones = { $count ->
    [one] This dataset's legal milestone is drawn on the timeline.
   *[other] This dataset's { $count } legal milestones are drawn on the timeline.
}
# What a timeline with nothing to draw has none of.
nothing-lanes = lanes to draw

## Timeline lanes

# A lane per kind of agency (--lanes kind).
lane-kind-police = Police
lane-kind-prosecution = Prosecution
lane-kind-judiciary = Judiciary
lane-kind-customs = Customs
lane-kind-intelligence = Intelligence
lane-kind-ministry = Ministries
lane-kind-eu-agency = EU agencies
lane-kind-international = International organisations
lane-kind-private = Private sector
lane-kind-ngo = Civil society
lane-kind-other = Other
lane-unattributed = Participants not named
lane-unattributed-tip = Events whose sources name no participating agency
lane-other-events = Other events
lane-other-events-tip = Events not tied to a team
lane-context = Legal framework
lane-context-group = Context

## Legends

# A team in the legend when its name does not say its kind.
legend-team = { $name } ({ $kind })
legend-hosts = Outlined: hosts the team
legend-event-day = Event (day known)
legend-event-span = Event over a span, or known only to the month or year
legend-event-cluster = Events too close in time to draw apart: how many this lane took part in
legend-context = Legal instrument or milestone (context)
legend-faded-edge = Faded edge: date known to the month or year, or no end date
legend-dashed = Dashed: approximate, or only known to exist by then
legend-low-confidence = Hatched: low confidence (see the sources)

## Notes under a picture

notes-sources = Sources:
note-events-unlabelled = { $count ->
    [one] { $count } event without a label: hover the markers.
   *[other] { $count } events without a label: hover the markers.
}
note-context-unlabelled = { $count ->
    [one] Not labelled for space (legal framework):
   *[other] Not labelled for space (legal framework, by date):
}
# The time axis's breaks: "Time axis broken: 2022–2023 compressed".
note-axis-broken = Time axis broken: { $spans } compressed

## The key of numbered events (print)

# A numbered mark standing for several events: "3–5 Dec 2024 — 3 events:".
key-cluster = { $when } — { $count } events:
key-more-events = … and { $count } more events, too many to list on one page
key-countries-in-all = … { $count } countries in all
key-low-confidence = low confidence

## Views

view-timeline = Timeline
view-storyline = Storyline
view-network = Network
view-map = Map
view-table = Table

## Records

# An event whose dataset gives no kind.
record-event = event

## The web page

page-skip = Skip to the table of records
page-views = Views
page-search = Find an agency
page-search-placeholder = name, short name or country
page-search-none = no agency matches
# $name is the agency found.
page-search-one = 1 agency: { $name }
page-search-count = { $count ->
    [one] { $count } agency
   *[other] { $count } agencies
}
page-story = { $count ->
    [one] The story in { $count } step
   *[other] The story in { $count } steps
}
page-story-how = Scroll, or use the buttons or the arrow keys: the picture lights what each chapter is about.
page-chapters = Chapters
page-previous = Previous
page-next = Next
page-chapter-count = { $count ->
    [one] { $count } chapter
   *[other] { $count } chapters
}
# $number is the chapter shown, $total how many there are.
page-chapter-of = Chapter { $number } of { $total }
page-details = Details
page-details-close = Close
page-details-close-label = Close the details
page-detail-who = Who:
page-detail-where = Where:
page-table-caption = Every team, event and legal milestone, in date order
page-when = When
page-what = What
page-who = Who
page-where = Where
page-outcomes = Outcomes
page-sources = Sources
page-agencies = Agencies
# $level is high, medium or low (confidence-*).
page-confidence = { $level } confidence
# Before a source's other addresses: "(also link 2, link 3)".
page-source-also = also
page-source-link = link { $number }
page-source-archived = archived copy
page-source-accessed = accessed { $date }
page-footer = Made with coopline. Every claim links to its sources above.

## Speaker notes of a deck

# After the first record a slide adds: "3 Dec 2024: Action day and 2 more".
deck-and-more = { $count ->
    [one] and { $count } more
   *[other] and { $count } more
}
# A team's dates as the dataset wrote them.
deck-as-written = (as written: { $given })
deck-hosted-by = Hosted by:
deck-agencies = Agencies:
deck-archived = archived:

## TimelineJS export

# Teams no member's country can be taken from.
export-other-teams = Other teams
# After a team's kind: "joint investigation team, hosted by Eurojust (EU)".
export-hosted-by = hosted by { $host }
export-not-named = { $name } (not named in the sources)
export-confidence = Confidence:
export-from-grades = (from the sources' grades)
# After a source: its Admiralty grade in words.
export-graded = graded { $grade }

## Storyline

# The storyline's title when neither --title nor the dataset gives one.
storyline-title = Cooperation storyline
# The subtitle under the title. $lines: how many lines (one per agency or
# country); $steps: how many time steps (the columns, evenly spaced whatever
# time passes between them); bands are the rounded boxes behind the lines of a
# team or an event.
storyline-subtitle = { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
} · { $steps ->
    [one] { $steps } time step
   *[other] { $steps } time steps
}, evenly spaced (not to scale) · bands: shared teams and events
# The picture's accessible description, read by screen readers. $title: the
# dataset's title (may be empty); $subtitle: the subtitle as drawn.
storyline-description = Storyline of { $title }: { $subtitle }
# A note under a printed picture: $count line names found no room.
storyline-left-out = { $count ->
    [one] { $count } line label left out for space.
   *[other] { $count } line labels left out for space.
}
# The same note on a picture read on screen, where hovering a line shows its name.
storyline-left-out-hover = { $count ->
    [one] { $count } line label left out for space: hover the lines.
   *[other] { $count } line labels left out for space: hover the lines.
}
# What a storyline with nothing to draw has none of; ends the sentence
# nothing-to-draw ("…so there are no lines to follow.").
storyline-nothing = lines to follow
# Legend: the colour shared by countries without one of their own; their lines'
# names end with the country code, as in "Federal Police (AT)".
storyline-legend-other-countries = other countries (code after the name)
# Legend: a band drawn for a team (the lines of its members run side by side)…
storyline-legend-team = a team: members side by side
# …and for an event (the lines of those who took part).
storyline-legend-event = an event: who took part
storyline-legend-low-confidence = dashed line, hatched band: low confidence (see the sources)

## Network

# The network's title when neither --title nor the dataset gives one.
network-title = Cooperation network
# The picture's accessible description, read by screen readers. $subtitle: the
# subtitle as drawn.
network-description = Cooperation network: { $subtitle }
# Counts of the nodes, as the subtitle gives them: agencies, or with --by,
# countries or kinds of agency.
network-agencies = { $count ->
    [one] { $count } agency
   *[other] { $count } agencies
}
network-countries = { $count ->
    [one] { $count } country
   *[other] { $count } countries
}
network-kinds = { $count ->
    [one] { $count } kind
   *[other] { $count } kinds
}
network-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
# The subtitle when nodes are linked to each other. $nodes: network-agencies
# (or -countries, -kinds), maybe followed by named-only-by-country; $links:
# network-links.
network-subtitle = { $nodes } · { $links }, one per pair that shared a team or event
# The subtitle when nodes are linked to a mark for each team and event they
# took part in. $teams: count-teams; $events: count-events; as above otherwise.
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } from each team and event to who took part
# What a network with nothing to draw has none of; ends the sentence
# nothing-to-draw ("…so there are no agencies to link.").
network-nothing = agencies to link
# Legend, when nodes are linked to each other: what a node's size and a line's
# width tell.
network-legend-node-size = node size: occasions of cooperation
network-legend-line-width = line width: shared teams and events
# Legend, when nodes are linked to teams and events. $nodes says what a round
# node stands for: agency, country or kind (of agency).
network-legend-node = { $nodes ->
    [country] country
    [kind] kind
   *[agency] agency
}: size by occasions of cooperation
# A team's mark grows with the nodes in it…
network-legend-team = team: size by { $nodes ->
    [country] countries
    [kind] kinds
   *[agency] agencies
} in it
# …and an event's with the nodes that took part in it.
network-legend-event = event: size by { $nodes ->
    [country] countries
    [kind] kinds
   *[agency] agencies
} at it
# Legend: a dashed tie from a node to a team it hosts, or from an event to the
# team it belongs to.
network-legend-host = hosts the team, or event of the team
# Legend: how marks and links of low confidence are drawn.
network-legend-low-both = hatched, dashed: low confidence (see the sources)
network-legend-low-hatched = hatched: low confidence (see the sources)
network-legend-low-dashed = dashed link: low confidence (see the sources)
# Legend: the colour shared by countries without one of their own.
network-legend-other-countries = other countries, marked by their code
# A node's hover text, under its name. $occasions: teams and events it shared
# with others, counted per partner; $partners: how many others.
network-node-cooperation = { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} of cooperation with { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partners
}
# The same when nodes are linked to teams and events; $hubs: how many.
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} of cooperation with { $partners ->
    [one] { $partners } partner
   *[other] { $partners } partners
}, in { $hubs ->
    [one] { $hubs } team or event
   *[other] { $hubs } teams and events
}
# A link's hover text, first line. $from, $to: the names of its ends; $count:
# the teams and events they shared.
network-link = { $from } – { $to }: { $count ->
    [one] { $count } occasion
   *[other] { $count } occasions
}
# Then one line per occasion. $period: when (tip-as-written); $name: the
# team's or event's name.
network-link-team = { $period }: team { $name }
network-link-event = { $period }: event { $name }
# One of the two hosted a team the other was a member of.
network-link-hosting = { $period }: hosting { $name }
# An occasion's line followed by the ids of its sources. $occasion: one of the
# three above; $sources: the ids, comma-separated.
network-link-sources = { $occasion } [sources: { $sources }]
# When a network has more links than its picture can show apart, the weaker
# ones are bundled: one pale line for the links between two parts of the
# picture. Its hover text, first line, then the strongest of its links
# (network-link). $links: how many links (at least 2); $occasions: the
# occasions of cooperation behind them.
network-bundle = { $links } links bundled between these two parts of the picture, { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} of cooperation; the strongest:
# The same for the links among the nodes of one part.
network-bundle-within = { $links } links bundled within this part of the picture, { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} of cooperation; the strongest:
# After the links a bundle names: how many more it holds.
network-bundle-more = { $count ->
    [one] and { $count } more link
   *[other] and { $count } more links
}
# Legend, when links were bundled: what a pale line is and how to draw every
# link. $limit: the most lines a panel draws. Keep `--links all` as it is.
network-legend-bundled = pale line: links bundled where more than { $limit } would blur; --links all draws every link
# The hover text of a tie between a node and a team's or event's mark. $from:
# the node's name; $to: the team's or event's.
network-tie-member = { $from } – { $to }: member of the team
network-tie-took-part = { $from } – { $to }: took part in the event
network-tie-host = { $from } – { $to }: hosts the team
# A tie from an event's mark to its team's.
network-tie-part-of = { $from } – { $to }: the event is part of the team
# A team's or event's mark, second line of its hover text. $kind: the team's
# kind (team-kind-*), or the event's as the dataset writes it; $period: when
# (tip-as-written).
network-hub-team = { $kind }, { $period }
network-hub-event = event, { $period }
network-hub-event-kind = event ({ $kind }), { $period }
# Who was in a team, or took part in an event. $count: how many; $names: their
# names, comma-separated (maybe network-hub-more).
network-hub-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}: { $names }
network-hub-took-part = { $count } took part: { $names }
# The first names of a long list, then how many more there are.
network-hub-more = { $names } and { $more } more

## Map

# The map's title when neither --title nor the dataset gives one.
map-title = Where the cooperation happened
# The picture's accessible description, read by screen readers. $subtitle: the
# subtitle as drawn.
map-description = Map: { $subtitle }
# The subtitle. $who: one of map-who-*; $what: one of map-in-* (written to
# follow "in"); lines on the map join countries and bodies that cooperated.
map-subtitle = { $who } in { $what } · lines join those who worked together
# The subtitle when nothing happened in the time shown (--from, --to).
map-subtitle-nothing = No team or event in the time shown
map-who-countries = { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
} and { $bodies ->
    [one] { $bodies } EU body
   *[other] { $bodies } EU bodies
}
# Countries, and bodies some of which are not the EU's (Interpol, UNODC).
map-who-international-bodies = { $countries ->
    [one] { $countries } country
   *[other] { $countries } countries
} and { $bodies ->
    [one] { $bodies } international body
   *[other] { $bodies } international bodies
}
map-in-teams = { $teams ->
    [one] { $teams } team
   *[other] { $teams } teams
}
map-in-events = { $events ->
    [one] { $events } event
   *[other] { $events } events
}
map-in-teams-events = { $teams ->
    [one] { $teams } team
   *[other] { $teams } teams
} and { $events ->
    [one] { $events } event
   *[other] { $events } events
}
# What a map with nothing to draw has none of; ends the sentence
# nothing-to-draw ("…so there are no countries to show.").
map-nothing = countries to show
# Notes under the map. $names: names, comma-separated.
map-not-named = Not named on the map for lack of room: { $names }.
map-no-shape = Not on the map (no shape in the map data): { $names }.
map-no-seat = Not on the map (no seat given): { $names }.
map-no-country = Not on the map (no country given): { $names }.
# The data the map is drawn from; keep the names and the licence as they are.
map-attribution = Made with Natural Earth.
map-attribution-places = Made with Natural Earth. Places: GeoNames (CC BY 4.0).
# Legend: a country is shaded darker the more of its agencies took part. The
# first class shown says what shading means; $shade is the class.
map-legend-shaded = Country shaded in its colour: { $shade ->
    [two-or-three] 2 or 3 agencies took part
    [four-or-more] 4 or more agencies took part
   *[one-agency] 1 agency took part
}
# The classes shown after the first.
map-legend-shade = { $shade ->
    [two-or-three] 2 or 3 agencies
    [four-or-more] 4 or more agencies
   *[one-agency] 1 agency
}
# Legend: a curved line between two countries or bodies.
map-legend-link = worked together: wider for more teams and events
map-legend-body = EU or international body, at its seat
map-legend-place = place of an event
map-legend-low-dashed = dashed line: low confidence (see the sources)
# A country's hover text, first line. $country: its name; $count: how many of
# its agencies took part; $names: their names, comma-separated.
map-tip-country = { $country }: { $count ->
    [one] { $count } agency
   *[other] { $count } agencies
} ({ $names })
# Before the list of teams and events a country or body was in.
map-tip-in = In { $count ->
    [one] { $count } team or event
   *[other] { $count } teams and events
}:
# One team or event in a list, on a line of its own. $name: its name;
# $period: when (tip-as-written).
map-tip-occasion = • { $name }: { $period }
# A line's hover text, first line. $from, $to: the countries or bodies it
# joins; $count: the teams and events they shared.
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } team or event
   *[other] { $count } teams and events
}
# A body's seat, in its hover text. $seat: the city.
map-tip-seat = Seat: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Overview by country
overview-too-many-lanes = { $count } agencies are too many for a lane each at this size.
overview-too-many-lines = { $count } agencies are too many lines to follow at this size.
# $unit: one of the overview-unit-* words.
overview-rows = Each row counts the events of a country's agencies per { $unit }; an event of several countries counts in each of their rows.
overview-detail = To draw every agency: --overview never; to draw fewer: --from and --to.
overview-unit-day = day
overview-unit-month = month
overview-unit-quarter = quarter
overview-unit-year = year
overview-unit-years = { $count } years
overview-all-events = All events
overview-teams = Teams at work
overview-other-countries = { $count ->
    [one] { $count } other country
   *[other] { $count } other countries
}
overview-no-agency = No agency named
# $names: the countries, separated by commas.
overview-merged = Countries in this row: { $names }
# $row: a row's name; $when: a month ("Mar 2021"), year or other period.
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } event
   *[other] { $count } events
}
overview-vague = { $count ->
    [one] { $count } event dated less precisely than a { $unit } is counted in the total only.
   *[other] { $count } events dated less precisely than a { $unit } are counted in the total only.
}
overview-legend = Events of a country per { $unit }:
overview-sources = Sources: the { $count } sources cited by the records counted here are named in the dataset.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } team
   *[other] { $count } teams
}
