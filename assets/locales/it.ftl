## Dates
date-approximate = c. { $date }
date-on-or-before = by { $date }
date-no-end = no end date

## Countries
country-international = International
country-none = No country given

## Views
view-timeline = Timeline
