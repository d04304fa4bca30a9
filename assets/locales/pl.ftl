# coopline's own words, in Polish. Names and text from the datasets are never
# here. Plurals: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (1,5).

## Dates

# "ok. wrz 2024" (około): approximate.
date-approximate = ok. { $date }
# An upper bound: known only as on or before this day, month or year.
date-on-or-before = najpóźniej { $date }
date-no-end = bez daty końcowej

## Countries (other names come from CLDR)

country-international = Międzynarodowe
country-none = Nie podano kraju
implicit-name = Władze ({ $country })
implicit-short = Władze { $code }
implicit-note = Niewymienione w źródłach, które podają tylko kraj.

## Lists

list-and = { $first } i { $last }

## Kinds of records, as hover texts name them

agency-kind-police = policja
agency-kind-prosecution = prokuratura
agency-kind-judiciary = sąd
agency-kind-customs = służba celna
agency-kind-intelligence = służby specjalne
agency-kind-ministry = ministerstwo
agency-kind-eu-agency = agencja UE
agency-kind-international = organizacja międzynarodowa
agency-kind-private = sektor prywatny
agency-kind-ngo = organizacja pozarządowa
agency-kind-other = inne
team-kind-jit = wspólny zespół dochodzeniowo-śledczy
team-kind-otf = operacyjna grupa zadaniowa Europolu
team-kind-task-force = grupa zadaniowa
team-kind-network = sieć
team-kind-other = zespół
context-kind-convention = konwencja
context-kind-framework-decision = decyzja ramowa
context-kind-regulation = rozporządzenie
context-kind-directive = dyrektywa
context-kind-decision = decyzja
context-kind-agreement = umowa
context-kind-judgment = wyrok
context-kind-network = sieć
context-kind-milestone = kamień milowy
context-kind-other = inne
# Agrees with "pewność" (feminine).
confidence-high = wysoka
confidence-medium = średnia
confidence-low = niska

## Hover texts (tooltips), shared by every view

tip-as-written = { $human } (w danych: { $given })
tip-kind = Rodzaj:
tip-participants = Uczestnicy:
tip-teams = Zespoły:
tip-places = Miejsca:
tip-outcomes = Wyniki:
tip-roles = Role:
tip-role = Rola:
tip-members = Członkowie:
tip-sources = Źródła:
tip-legal-basis = Podstawa prawna:
# Admiralty grade of a source ("B2").
tip-graded = (ocena { $grade })
tip-confidence = Pewność: { $level }
tip-confidence-from-grades = Pewność: { $level } (na podstawie ocen źródeł)
tip-hosted-by = Gospodarz: { $host }
tip-hosts = { $who } (gospodarz): { $team }
tip-member-of = { $who } (członek): { $team }
tip-cluster = { $count ->
    [one] { $count } wydarzenie niemal w tym samym czasie:
    [few] { $count } wydarzenia niemal w tym samym czasie:
    [many] { $count } wydarzeń niemal w tym samym czasie:
   *[other] { $count } wydarzenia niemal w tym samym czasie:
}
tip-lane-cluster = { $count ->
    [one] { $count } wydarzenie tutaj, na tym torze:
    [few] { $count } wydarzenia tutaj, na tym torze:
    [many] { $count } wydarzeń tutaj, na tym torze:
   *[other] { $count } wydarzenia tutaj, na tym torze:
}
tip-and-more = … i jeszcze { $count }

## Headings and counts

title-timeline = Oś czasu współpracy
description-timeline = Oś czasu: { $title }.
subtitle-agencies-countries = { $agencies ->
    [one] { $agencies } instytucja
    [few] { $agencies } instytucje
    [many] { $agencies } instytucji
   *[other] { $agencies } instytucji
} z { $countries ->
    [one] { $countries } kraju
    [few] { $countries } krajów
    [many] { $countries } krajów
   *[other] { $countries } kraju
}
named-only-by-country = { $count ->
    [one] (w tym { $count } określona tylko przez kraj)
    [few] (w tym { $count } określone tylko przez kraj)
    [many] (w tym { $count } określonych tylko przez kraj)
   *[other] (w tym { $count } określonej tylko przez kraj)
}
count-teams = { $count ->
    [one] { $count } zespół
    [few] { $count } zespoły
    [many] { $count } zespołów
   *[other] { $count } zespołu
}
count-events = { $count ->
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}
count-milestones = { $count ->
    [one] { $count } prawny kamień milowy
    [few] { $count } prawne kamienie milowe
    [many] { $count } prawnych kamieni milowych
   *[other] { $count } prawnego kamienia milowego
}
subtitle-focus = wyróżniono: { $name }
nothing-to-draw = Nic do narysowania: w pokazanych danych żadna instytucja nie uczestniczy w zespole ani wydarzeniu, więc nie ma { $what }.
nothing-to-draw-milestones = { $count ->
    [one] Prawny kamień milowy tego zbioru danych jest zaznaczony na osi czasu.
    [few] { $count } prawne kamienie milowe tego zbioru danych są zaznaczone na osi czasu.
    [many] { $count } prawnych kamieni milowych tego zbioru danych jest zaznaczonych na osi czasu.
   *[other] { $count } prawnego kamienia milowego tego zbioru danych jest zaznaczone na osi czasu.
}
# Genitive: ends "więc nie ma …".
nothing-lanes = torów do narysowania

## Timeline lanes

lane-kind-police = Policja
lane-kind-prosecution = Prokuratura
lane-kind-judiciary = Sądy
lane-kind-customs = Służby celne
lane-kind-intelligence = Służby specjalne
lane-kind-ministry = Ministerstwa
lane-kind-eu-agency = Agencje UE
lane-kind-international = Organizacje międzynarodowe
lane-kind-private = Sektor prywatny
lane-kind-ngo = Sektor pozarządowy
lane-kind-other = Inne
lane-unattributed = Uczestnicy niewskazani
lane-unattributed-tip = Wydarzenia, których źródła nie wskazują żadnej uczestniczącej instytucji
lane-other-events = Inne wydarzenia
lane-other-events-tip = Wydarzenia niezwiązane z zespołem
lane-context = Ramy prawne
lane-context-group = Kontekst

## Legends

legend-team = { $name } ({ $kind })
legend-hosts = Obrys: gospodarz zespołu
legend-event-day = Wydarzenie (znany dzień)
legend-event-span = Wydarzenie rozciągnięte w czasie lub datowane tylko na miesiąc lub rok
legend-event-cluster = Wydarzenia zbyt bliskie w czasie, by je rozdzielić: w ilu uczestniczył ten tor
legend-context = Akt prawny lub kamień milowy (kontekst)
legend-faded-edge = Rozmyta krawędź: znany tylko miesiąc lub rok albo brak daty końcowej
legend-dashed = Linia przerywana: data przybliżona lub istnienie potwierdzone na tę datę
legend-low-confidence = Kreskowanie: niska pewność (zob. źródła)

## Notes under a picture

notes-sources = Źródła:
note-events-unlabelled = { $count ->
    [one] { $count } wydarzenie bez etykiety: najedź kursorem na znaczniki.
    [few] { $count } wydarzenia bez etykiety: najedź kursorem na znaczniki.
    [many] { $count } wydarzeń bez etykiety: najedź kursorem na znaczniki.
   *[other] { $count } wydarzenia bez etykiety: najedź kursorem na znaczniki.
}
# "według daty": listed in date order.
note-context-unlabelled = { $count ->
    [one] Bez etykiety z braku miejsca (ramy prawne):
   *[other] Bez etykiety z braku miejsca (ramy prawne, według daty):
}
note-axis-broken = Oś czasu przerwana: skrócono { $spans }

## The key of numbered events (print)

key-cluster = { $count ->
    [one] { $when } — { $count } wydarzenie:
    [few] { $when } — { $count } wydarzenia:
    [many] { $when } — { $count } wydarzeń:
   *[other] { $when } — { $count } wydarzenia:
}
key-more-events = { $count ->
    [one] … i jeszcze { $count } wydarzenie – brak miejsca na stronie
    [few] … i jeszcze { $count } wydarzenia – brak miejsca na stronie
    [many] … i jeszcze { $count } wydarzeń – brak miejsca na stronie
   *[other] … i jeszcze { $count } wydarzenia – brak miejsca na stronie
}
key-countries-in-all = { $count ->
    [one] … łącznie { $count } kraj
    [few] … łącznie { $count } kraje
    [many] … łącznie { $count } krajów
   *[other] … łącznie { $count } kraju
}
key-low-confidence = niska pewność

## Views

view-timeline = Oś czasu
view-storyline = Wątki
view-network = Sieć
view-map = Mapa
view-table = Tabela

## Records

record-event = wydarzenie

## The web page

page-skip = Przejdź do tabeli wpisów
page-views = Widoki
page-search = Znajdź instytucję
page-search-placeholder = nazwa, skrót lub kraj
page-search-none = brak pasujących instytucji
page-search-one = 1 instytucja: { $name }
page-search-count = { $count ->
    [one] { $count } instytucja
    [few] { $count } instytucje
    [many] { $count } instytucji
   *[other] { $count } instytucji
}
page-story = { $count ->
    [one] Historia w { $count } kroku
    [few] Historia w { $count } krokach
    [many] Historia w { $count } krokach
   *[other] Historia w { $count } kroku
}
page-story-how = Przewiń stronę albo użyj przycisków lub klawiszy strzałek: obraz wyróżnia to, czego dotyczy każdy rozdział.
page-chapters = Rozdziały
page-previous = Poprzedni
page-next = Następny
page-chapter-count = { $count ->
    [one] { $count } rozdział
    [few] { $count } rozdziały
    [many] { $count } rozdziałów
   *[other] { $count } rozdziału
}
page-chapter-of = Rozdział { $number } z { $total }
page-details = Szczegóły
page-details-close = Zamknij
page-details-close-label = Zamknij szczegóły
page-detail-who = Kto:
page-detail-where = Gdzie:
page-table-caption = Wszystkie zespoły, wydarzenia i prawne kamienie milowe według dat
page-when = Kiedy
page-what = Co
page-who = Kto
page-where = Gdzie
page-outcomes = Wyniki
page-sources = Źródła
page-agencies = Instytucje
page-confidence = { $level } pewność
page-source-also = także
page-source-link = link { $number }
page-source-archived = kopia archiwalna
page-source-accessed = dostęp: { $date }
page-footer = Przygotowano w coopline. Każde stwierdzenie odsyła do swoich źródeł powyżej.

## Speaker notes of a deck

deck-and-more = i jeszcze { $count }
deck-as-written = (w danych: { $given })
deck-hosted-by = Gospodarz:
deck-agencies = Instytucje:
deck-archived = kopia archiwalna:

## Export TimelineJS

export-other-teams = Inne zespoły
export-hosted-by = gospodarz: { $host }
export-not-named = { $name } (niewymienione w źródłach)
export-confidence = Pewność:
export-from-grades = (według oceny źródeł)
export-graded = ocena { $grade }

## Storyline

storyline-title = Wątki współpracy
storyline-subtitle = { $lines ->
    [one] { $lines } linia
    [few] { $lines } linie
    [many] { $lines } linii
   *[other] { $lines } linii
} · { $steps ->
    [one] { $steps } krok czasowy
    [few] { $steps } kroki czasowe
    [many] { $steps } kroków czasowych
   *[other] { $steps } kroku czasowego
}, w równych odstępach (nie w skali) · pasma: wspólne zespoły i wydarzenia
storyline-description = Wątki – { $title }: { $subtitle }
storyline-left-out = { $count ->
    [one] Z braku miejsca pominięto { $count } etykietę linii.
    [few] Z braku miejsca pominięto { $count } etykiety linii.
    [many] Z braku miejsca pominięto { $count } etykiet linii.
   *[other] Z braku miejsca pominięto { $count } etykiety linii.
}
storyline-left-out-hover = { $count ->
    [one] Z braku miejsca pominięto { $count } etykietę linii: najedź kursorem na linie.
    [few] Z braku miejsca pominięto { $count } etykiety linii: najedź kursorem na linie.
    [many] Z braku miejsca pominięto { $count } etykiet linii: najedź kursorem na linie.
   *[other] Z braku miejsca pominięto { $count } etykiety linii: najedź kursorem na linie.
}
# Genitive: ends "więc nie ma …".
storyline-nothing = linii do śledzenia
storyline-legend-other-countries = inne kraje (kod po nazwie)
storyline-legend-team = zespół: członkowie obok siebie
storyline-legend-event = wydarzenie: kto uczestniczył
storyline-legend-low-confidence = linia przerywana, kreskowane pasmo: niska pewność (zob. źródła)

## Network

network-title = Sieć współpracy
network-description = Sieć współpracy: { $subtitle }
network-agencies = { $count ->
    [one] { $count } instytucja
    [few] { $count } instytucje
    [many] { $count } instytucji
   *[other] { $count } instytucji
}
network-countries = { $count ->
    [one] { $count } kraj
    [few] { $count } kraje
    [many] { $count } krajów
   *[other] { $count } kraju
}
network-kinds = { $count ->
    [one] { $count } rodzaj
    [few] { $count } rodzaje
    [many] { $count } rodzajów
   *[other] { $count } rodzaju
}
network-links = { $count ->
    [one] { $count } powiązanie
    [few] { $count } powiązania
    [many] { $count } powiązań
   *[other] { $count } powiązania
}
network-subtitle = { $nodes } · { $links }, jedno na każdą parę ze wspólnym zespołem lub wydarzeniem
network-subtitle-hubs = { $nodes } · { $teams } · { $events } · { $links } od każdego zespołu i wydarzenia do uczestników
# Genitive: ends "więc nie ma …".
network-nothing = instytucji do połączenia
network-legend-node-size = wielkość węzła: przypadki współpracy
network-legend-line-width = grubość linii: wspólne zespoły i wydarzenia
network-legend-node = { $nodes ->
    [country] kraj
    [kind] rodzaj
   *[agency] instytucja
}: wielkość według przypadków współpracy
network-legend-team = zespół: wielkość według liczby { $nodes ->
    [country] krajów
    [kind] rodzajów
   *[agency] instytucji
} w nim
network-legend-event = wydarzenie: wielkość według liczby uczestniczących { $nodes ->
    [country] krajów
    [kind] rodzajów
   *[agency] instytucji
}
network-legend-host = gospodarz zespołu lub wydarzenie zespołu
network-legend-low-both = kreskowanie, linia przerywana: niska pewność (zob. źródła)
network-legend-low-hatched = kreskowanie: niska pewność (zob. źródła)
network-legend-low-dashed = powiązanie linią przerywaną: niska pewność (zob. źródła)
network-legend-other-countries = inne kraje, oznaczone kodem
network-node-cooperation = { $occasions ->
    [one] { $occasions } przypadek
    [few] { $occasions } przypadki
    [many] { $occasions } przypadków
   *[other] { $occasions } przypadku
} współpracy z { $partners ->
    [one] { $partners } partnerem
    [few] { $partners } partnerami
    [many] { $partners } partnerami
   *[other] { $partners } partnera
}
network-node-cooperation-hubs = { $occasions ->
    [one] { $occasions } przypadek
    [few] { $occasions } przypadki
    [many] { $occasions } przypadków
   *[other] { $occasions } przypadku
} współpracy z { $partners ->
    [one] { $partners } partnerem
    [few] { $partners } partnerami
    [many] { $partners } partnerami
   *[other] { $partners } partnera
}, w { $hubs ->
    [one] { $hubs } zespole lub wydarzeniu
    [few] { $hubs } zespołach i wydarzeniach
    [many] { $hubs } zespołach i wydarzeniach
   *[other] { $hubs } zespołu lub wydarzenia
}
network-link = { $from } – { $to }: { $count ->
    [one] { $count } przypadek współpracy
    [few] { $count } przypadki współpracy
    [many] { $count } przypadków współpracy
   *[other] { $count } przypadku współpracy
}
network-link-team = { $period }: zespół { $name }
network-link-event = { $period }: wydarzenie { $name }
network-link-hosting = { $period }: gospodarz zespołu { $name }
network-link-sources = { $occasion } [źródła: { $sources }]
network-bundle = { $links ->
    [few] { $links } powiązania zgrupowane
    [many] { $links } powiązań zgrupowanych
   *[other] { $links } powiązania zgrupowanego
} między tymi dwiema częściami obrazu, { $occasions ->
    [one] { $occasions } przypadek
    [few] { $occasions } przypadki
    [many] { $occasions } przypadków
   *[other] { $occasions } przypadku
} współpracy; najsilniejsze:
network-bundle-within = { $links ->
    [few] { $links } powiązania zgrupowane
    [many] { $links } powiązań zgrupowanych
   *[other] { $links } powiązania zgrupowanego
} w tej części obrazu, { $occasions ->
    [one] { $occasions } przypadek
    [few] { $occasions } przypadki
    [many] { $occasions } przypadków
   *[other] { $occasions } przypadku
} współpracy; najsilniejsze:
network-bundle-more = { $count ->
    [one] i jeszcze { $count } powiązanie
    [few] i jeszcze { $count } powiązania
    [many] i jeszcze { $count } powiązań
   *[other] i jeszcze { $count } powiązania
}
network-legend-bundled = blada linia: powiązania zgrupowane tam, gdzie ponad { $limit } zlałoby się w jedno; --links all rysuje każde powiązanie
network-tie-member = { $from } – { $to }: członek zespołu
network-tie-took-part = { $from } – { $to }: uczestnik wydarzenia
network-tie-host = { $from } – { $to }: gospodarz zespołu
network-tie-part-of = { $from } – { $to }: wydarzenie należy do zespołu
network-hub-team = { $kind }, { $period }
network-hub-event = wydarzenie, { $period }
network-hub-event-kind = wydarzenie ({ $kind }), { $period }
network-hub-members = { $count ->
    [one] { $count } członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}: { $names }
network-hub-took-part = { $count ->
    [one] { $count } uczestnik
    [few] { $count } uczestników
    [many] { $count } uczestników
   *[other] { $count } uczestnika
}: { $names }
network-hub-more = { $names } i jeszcze { $more }

## Map

map-title = Gdzie przebiegała współpraca
map-description = Mapa: { $subtitle }
map-subtitle = { $who } w { $what } · linie łączą tych, którzy współpracowali
map-subtitle-nothing = Brak zespołów i wydarzeń w pokazanym okresie
map-who-countries = { $countries ->
    [one] { $countries } kraj
    [few] { $countries } kraje
    [many] { $countries } krajów
   *[other] { $countries } kraju
}
# Countries, and EU bodies (Europol, Eurojust) drawn at their seats.
map-who-eu-bodies = { $countries ->
    [one] { $countries } kraj
    [few] { $countries } kraje
    [many] { $countries } krajów
   *[other] { $countries } kraju
} i { $bodies ->
    [one] { $bodies } organ UE
    [few] { $bodies } organy UE
    [many] { $bodies } organów UE
   *[other] { $bodies } organu UE
}
map-who-international-bodies = { $countries ->
    [one] { $countries } kraj
    [few] { $countries } kraje
    [many] { $countries } krajów
   *[other] { $countries } kraju
} i { $bodies ->
    [one] { $bodies } organ międzynarodowy
    [few] { $bodies } organy międzynarodowe
    [many] { $bodies } organów międzynarodowych
   *[other] { $bodies } organu międzynarodowego
}
# Locative: written to follow "w".
map-in-teams = { $teams ->
    [one] { $teams } zespole
    [few] { $teams } zespołach
    [many] { $teams } zespołach
   *[other] { $teams } zespołu
}
map-in-events = { $events ->
    [one] { $events } wydarzeniu
    [few] { $events } wydarzeniach
    [many] { $events } wydarzeniach
   *[other] { $events } wydarzenia
}
map-in-teams-events = { $teams ->
    [one] { $teams } zespole
    [few] { $teams } zespołach
    [many] { $teams } zespołach
   *[other] { $teams } zespołu
} i { $events ->
    [one] { $events } wydarzeniu
    [few] { $events } wydarzeniach
    [many] { $events } wydarzeniach
   *[other] { $events } wydarzenia
}
# Genitive: ends "więc nie ma …".
map-nothing = krajów do pokazania
map-not-named = Bez nazwy na mapie z braku miejsca: { $names }.
map-no-shape = Poza mapą (brak kształtu w danych mapy): { $names }.
map-no-seat = Poza mapą (nie podano siedziby): { $names }.
map-no-country = Poza mapą (nie podano kraju): { $names }.
map-attribution = Przygotowano z użyciem Natural Earth.
map-attribution-places = Przygotowano z użyciem Natural Earth. Miejsca: GeoNames (CC BY 4.0).
map-legend-shaded = Kraj zabarwiony swoim kolorem: { $shade ->
    [two-or-three] uczestniczyły 2 lub 3 instytucje
    [four-or-more] uczestniczyły 4 instytucje lub więcej
   *[one-agency] uczestniczyła 1 instytucja
}
map-legend-shade = { $shade ->
    [two-or-three] 2 lub 3 instytucje
    [four-or-more] 4 instytucje lub więcej
   *[one-agency] 1 instytucja
}
map-legend-link = współpracowały: grubsza przy większej liczbie zespołów i wydarzeń
map-legend-body = organ UE lub międzynarodowy w swojej siedzibie
map-legend-place = miejsce wydarzenia
map-legend-low-dashed = linia przerywana: niska pewność (zob. źródła)
map-tip-country = { $country }: { $count ->
    [one] { $count } instytucja
    [few] { $count } instytucje
    [many] { $count } instytucji
   *[other] { $count } instytucji
} ({ $names })
map-tip-in = { $count ->
    [one] W { $count } zespole lub wydarzeniu:
    [few] W { $count } zespołach i wydarzeniach:
    [many] W { $count } zespołach i wydarzeniach:
   *[other] W { $count } zespołu lub wydarzenia:
}
map-tip-occasion = • { $name }: { $period }
map-tip-link = { $from } – { $to }: { $count ->
    [one] { $count } zespół lub wydarzenie
    [few] { $count } zespoły i wydarzenia
    [many] { $count } zespołów i wydarzeń
   *[other] { $count } zespołu lub wydarzenia
}
map-tip-seat = Siedziba: { $seat }

## Overview of a large case (too many agencies for a lane or line each)

overview-by-country = Przegląd według państw
overview-too-many-lanes = Przy tym rozmiarze { $count } instytucji to zbyt wiele, by każda miała własny pas.
overview-too-many-lines = Przy tym rozmiarze { $count } instytucji to zbyt wiele linii, by je śledzić.
overview-rows = Każdy wiersz liczy wydarzenia instytucji jednego państwa w jednostce czasu ({ $unit }); wydarzenie kilku państw liczy się w wierszu każdego z nich.
overview-detail = Aby narysować każdą instytucję: --overview never; aby narysować mniej: --from i --to.
overview-unit-day = dzień
overview-unit-month = miesiąc
overview-unit-quarter = kwartał
overview-unit-year = rok
overview-unit-years = okres { $count } lat
overview-all-events = Wszystkie wydarzenia
overview-teams = Działające zespoły
overview-other-countries = { $count ->
    [one] { $count } inne państwo
    [few] { $count } inne państwa
    [many] { $count } innych państw
   *[other] { $count } innego państwa
}
overview-no-agency = Nie wskazano instytucji
overview-merged = Państwa w tym wierszu: { $names }
overview-tip-bin = { $row }, { $when }: { $count ->
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}
overview-vague = Wydarzenia datowane mniej dokładnie niż jednostka czasu ({ $unit }) liczą się tylko w sumie: { $count }.
overview-legend = Wydarzenia jednego państwa (jednostka: { $unit }):
overview-sources = Źródła: { $count } źródeł cytowanych przez policzone tu rekordy podano w danych.
overview-tip-teams = { $row }, { $when }: { $count ->
    [one] { $count } zespół
    [few] { $count } zespoły
    [many] { $count } zespołów
   *[other] { $count } zespołu
}
