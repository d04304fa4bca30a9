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
