//! The bundled gazetteer: GeoNames "cities15000", every city of at least 15,000
//! inhabitants and the seats of administrations, as assets/geo/cities15000.tsv
//! holds it (data: GeoNames, geonames.org, CC BY 4.0; assets/geo/CITIES.md
//! says what was kept). A place written `"Marbella, ES"` or `"Marbella"` is
//! found here by [`lookup`].
//!
//! Beside the cities, assets/geo/cities15000.keys lists every folded name (a
//! city's name and its kept alternate names, in lowercase, without accents,
//! hyphens, apostrophes or extra spaces) in sorted order with where its
//! cities' lines are. A lookup is a binary search in that text and reads only
//! the lines of the cities found: nothing is built first, so a case of a few
//! places pays for a few places, not for 34,000 cities. The keys file is made
//! from the cities by the same code that folds a name at lookup (a test fails
//! when it is out of date; `BLESS=1` rewrites it). A name that finds nothing
//! costs more: the whole file is read once, and the names next to it in sorted
//! order are compared with it, to suggest what was meant.

use std::cmp::Reverse;
use std::sync::{Mutex, OnceLock};

use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The gazetteer as scripts/geo/make-cities.py wrote it: one city a line,
/// `name, country, latitude, longitude, population, alternate names` between tabs.
const DATA: &str = include_str!("../../assets/geo/cities15000.tsv");

/// Every folded name of [`DATA`], one a line in byte order, a tab, then the
/// byte offsets in [`DATA`] of the lines of its cities, most populous first,
/// between commas (see [`keys_text`]).
const KEYS: &str = include_str!("../../assets/geo/cities15000.keys");

/// How many times the inhabitants of the next city of the same name the most
/// populous must have to be the one a name means.
const DOMINANT: u64 = 10;

/// The most suggestions an unknown name gets.
const SUGGESTIONS: usize = 3;

/// A city of the bundled gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct City {
    /// Its name in GeoNames (`The Hague`, `São Paulo`).
    pub name: &'static str,
    /// Its country: an ISO 3166-1 alpha-2 code in capitals.
    pub country: &'static str,
    /// Latitude in degrees, from -90 to 90.
    pub lat: f64,
    /// Longitude in degrees, from -180 to 180.
    pub lon: f64,
    /// Inhabitants, as GeoNames counts them.
    pub population: u32,
}

impl City {
    /// The city as a place is written: `Marbella, ES`.
    pub fn as_place(&self) -> String {
        format!("{}, {}", self.name, self.country)
    }
}

/// What a name found.
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup {
    /// The one city the name means.
    Found(&'static City),
    /// Several cities the name may mean, none ten times as populous as the
    /// next: most populous first (ties in the gazetteer's order).
    Ambiguous(Vec<&'static City>),
    /// No city of this name.
    Unknown {
        /// What may have been meant, written as places (`"Marbella, ES"`),
        /// best first, at most three: the name in another country, then names
        /// a typo away, nearest first and then most populous.
        suggestions: Vec<String>,
    },
}

/// Looks a city up by name, in one country when given (an alpha-2 code, in
/// any case); matching ignores case, accents, hyphens, apostrophes and extra
/// spaces, and accepts the kept alternate names (`Den Haag` finds The Hague).
/// Several cities of one name: the most populous is [`Lookup::Found`] if it
/// has at least ten times the inhabitants of the next, else the name is
/// [`Lookup::Ambiguous`]. Without a country the rule runs over the whole
/// world, so a name is found only if one city of that name dominates.
pub fn lookup(name: &str, country: Option<&str>) -> Lookup {
    let key = fold(name);
    let country = country.map(|c| c.trim().to_ascii_uppercase());
    let found: Vec<&'static City> = keyed(&key)
        .filter(|c| country.as_deref().is_none_or(|k| c.country == k))
        .collect();
    match found.as_slice() {
        [] => Lookup::Unknown {
            suggestions: gazetteer().suggest(&key, country.as_deref()),
        },
        [one] => Lookup::Found(one),
        [first, next, ..] if dominates(first, next) => Lookup::Found(first),
        _ => Lookup::Ambiguous(found),
    }
}

/// True when `first` has at least [`DOMINANT`] times the inhabitants of `next`
/// (and some: two cities of no known population are both possible).
fn dominates(first: &City, next: &City) -> bool {
    first.population > 0 && u64::from(first.population) >= DOMINANT * u64::from(next.population)
}

/// The cities a folded name names, most populous first: a binary search in
/// [`KEYS`], then each city's line of [`DATA`] read.
fn keyed(key: &str) -> impl Iterator<Item = &'static City> {
    find_key(KEYS, key)
        .into_iter()
        .flat_map(|offsets| offsets.split(','))
        .filter_map(|o| city_at(o.parse().ok()?))
}

/// The offsets written after `key` in `keys` (lines `key\toffsets`, sorted by
/// key), if it is there. Looks at about log2(lines) lines.
fn find_key<'k>(keys: &'k str, key: &str) -> Option<&'k str> {
    let bytes = keys.as_bytes();
    // Invariant: lines that start before `lo` have keys before `key`, lines
    // that start at or after `hi` keys after it; both are line starts.
    let (mut lo, mut hi) = (0, keys.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(keys.len(), |p| start + p);
        // Both ends are at a newline or an end of the text, so on char boundaries.
        let (name, offsets) = keys.get(start..end)?.split_once('\t')?;
        match name.cmp(key) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return Some(offsets),
        }
    }
    None
}

/// The city whose line starts at byte `offset` of [`DATA`], read once and
/// kept for the rest of the run.
fn city_at(offset: usize) -> Option<&'static City> {
    static READ: OnceLock<Mutex<FxHashMap<usize, &'static City>>> = OnceLock::new();
    let read = READ.get_or_init(Mutex::default);
    let mut read = read.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(c) = read.get(&offset) {
        return Some(c);
    }
    let line = DATA.get(offset..)?.lines().next()?;
    let (city, _) = city_line(line)?;
    // A lookup hands out `&'static City`; at most one per line of the
    // gazetteer is ever made.
    let city: &'static City = Box::leak(Box::new(city));
    read.insert(offset, city);
    Some(city)
}

/// The keys file for the cities of `text` (see [`KEYS`]).
#[cfg(test)]
fn keys_text(text: &'static str) -> String {
    let g = Gazetteer::read(text);
    let mut names: Vec<(&str, &Vec<u32>)> = g.by_name.iter().map(|(k, v)| (&**k, v)).collect();
    names.sort_unstable();
    let mut out = String::new();
    for (name, cities) in names {
        out.push_str(name);
        out.push('\t');
        let offsets: Vec<String> = cities
            .iter()
            .map(|&i| g.offsets[i as usize].to_string())
            .collect();
        out.push_str(&offsets.join(","));
        out.push('\n');
    }
    out
}

/// A name as lookups compare it: lowercase, accents and other marks dropped
/// (`ł`, `ø`, `ß` and the like written as plain letters), and hyphens,
/// apostrophes, dots, commas, slashes and runs of spaces each one space, none
/// at either end: `'s-Gravenhage` → `s gravenhage`.
pub(crate) fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() || is_separator(c) {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push(' ');
            gap = false;
        }
        for l in c.to_lowercase() {
            match l {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ı' => out.push('i'),
                'ħ' => out.push('h'),
                _ => out.push(l),
            }
        }
    }
    out
}

/// Punctuation a name may be written with or without (`Saint-Denis`, `Saint Denis`).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '\'' | '’' | '‘' | '`' | '.' | ',' | '/' | '(' | ')' | '‐' | '‑' | '–'
    )
}

/// The gazetteer, read from [`DATA`] the first time it is asked for.
fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer::read(DATA))
}

/// Cities and the index of their folded names.
struct Gazetteer {
    cities: Vec<City>,
    /// Where each city's line starts in the text read (for the keys file).
    #[cfg_attr(not(test), allow(dead_code))]
    offsets: Vec<u32>,
    /// Every folded name and kept alternate name → the cities it names, most
    /// populous first (ties in file order), each once.
    by_name: FxHashMap<Box<str>, Vec<u32>>,
}

impl Gazetteer {
    /// Reads the gazetteer's lines; a line that is not a city (a comment, a
    /// field missing or out of range) is skipped, so no text makes it panic.
    fn read(text: &'static str) -> Gazetteer {
        let mut cities = Vec::new();
        let mut offsets = Vec::new();
        let mut by_name: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        let lines = text
            .lines()
            .filter_map(|l| Some((l.as_ptr() as usize - text.as_ptr() as usize, city_line(l)?)));
        for (offset, (city, alternates)) in lines {
            let (Ok(i), Ok(offset)) = (u32::try_from(cities.len()), u32::try_from(offset)) else {
                break;
            };
            offsets.push(offset);
            for name in std::iter::once(city.name).chain(alternates.split('|')) {
                let key = fold(name);
                if key.is_empty() {
                    continue;
                }
                let list = by_name.entry(key.into_boxed_str()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            cities.push(city);
        }
        for list in by_name.values_mut() {
            list.sort_by_key(|&i| (Reverse(cities[i as usize].population), i));
        }
        Gazetteer {
            cities,
            offsets,
            by_name,
        }
    }

    /// What a folded name that found nothing may have meant (see
    /// [`Lookup::Unknown`]): the same name in other countries when a country
    /// was given, then names at most a third of whose letters differ (one at
    /// least), in the country if given. Costs the same however many names the
    /// gazetteer holds: only names near this one in sorted order are compared.
    fn suggest(&'static self, key: &str, country: Option<&str>) -> Vec<String> {
        if key.is_empty() {
            return Vec::new();
        }
        let mut picked: Vec<u32> = Vec::new();
        if country.is_some()
            && let Some(elsewhere) = self.by_name.get(key)
        {
            picked.extend(elsewhere.iter().take(SUGGESTIONS));
        }
        let chars = key.chars().count();
        let limit = (chars / 3).max(1);
        let index = neighbours(self);
        let near_in = match country {
            Some(c) => index.by_country.get(c),
            None => Some(&index.world),
        };
        // No city's name is this long: a pasted paragraph is no typo.
        let near_in = near_in.filter(|_| chars <= LONGEST_NAME);
        let mut near: Vec<(usize, Reverse<u32>, u32)> = Vec::new();
        for (d, i) in near_in.into_iter().flat_map(|n| n.around(key, limit)) {
            near.push((d, Reverse(self.cities[i as usize].population), i));
        }
        near.sort_unstable();
        for (_, _, i) in near {
            if !picked.contains(&i) {
                picked.push(i);
            }
        }
        picked
            .iter()
            .take(SUGGESTIONS)
            .map(|&i| self.cities[i as usize].as_place())
            .collect()
    }
}

/// Longer than any name the gazetteer holds (its longest has 57 characters).
const LONGEST_NAME: usize = 80;

/// Names taken on each side of a name in each sorted order, for suggestions.
const NEIGHBOURS: usize = 40;

/// The names of the gazetteer in sorted order, for suggestions: for the
/// whole world and for each country.
struct Neighbours {
    world: Near,
    by_country: FxHashMap<&'static str, Near>,
}

/// Folded names with their city, sorted by the name and by the name spelt
/// backwards: a typo anywhere but at both ends leaves a name next to its
/// right spelling in one of the two orders.
#[derive(Default)]
struct Near {
    forward: Vec<(Box<str>, u32)>,
    backward: Vec<(Box<str>, u32)>,
}

impl Near {
    fn push(&mut self, name: &str, city: u32) {
        self.forward.push((name.into(), city));
        self.backward.push((name.chars().rev().collect(), city));
    }

    fn sort(&mut self) {
        self.forward.sort_unstable();
        self.backward.sort_unstable();
    }

    /// The cities of the names next to `key` in either order that are at most
    /// `limit` edits from it, each with its distance.
    fn around(&self, key: &str, limit: usize) -> Vec<(usize, u32)> {
        let reversed: String = key.chars().rev().collect();
        let chars = key.chars().count();
        let mut out = Vec::new();
        for (sorted, key) in [(&self.forward, key), (&self.backward, reversed.as_str())] {
            let at = sorted.partition_point(|(k, _)| &**k < key);
            let from = at.saturating_sub(NEIGHBOURS);
            let to = (at + NEIGHBOURS).min(sorted.len());
            for (name, city) in &sorted[from..to] {
                // The distance is at least the difference in length.
                if name.chars().count().abs_diff(chars) > limit {
                    continue;
                }
                // Reversing both names keeps their distance.
                let d = strsim::osa_distance(key, name);
                if d <= limit {
                    out.push((d, *city));
                }
            }
        }
        out
    }
}

/// The sorted names of `g`, made the first time a name finds nothing: a
/// dataset whose every place is found never pays for them.
fn neighbours(g: &'static Gazetteer) -> &'static Neighbours {
    static NEIGHBOURS_INDEX: OnceLock<Neighbours> = OnceLock::new();
    NEIGHBOURS_INDEX.get_or_init(|| {
        let mut world = Near::default();
        let mut by_country: FxHashMap<&'static str, Near> = FxHashMap::default();
        for (name, list) in &g.by_name {
            for &i in list {
                world.push(name, i);
                let country = g.cities[i as usize].country;
                by_country.entry(country).or_default().push(name, i);
            }
        }
        world.sort();
        by_country.values_mut().for_each(Near::sort);
        Neighbours { world, by_country }
    })
}

/// One line of the gazetteer as a city and its alternate names (`|` between
/// them); `None` for a comment or a line that is not a city in range.
fn city_line(line: &'static str) -> Option<(City, &'static str)> {
    if line.starts_with('#') {
        return None;
    }
    let mut fields = line.split('\t');
    let name = fields.next()?.trim();
    let country = fields.next()?;
    let lat: f64 = fields.next()?.parse().ok()?;
    let lon: f64 = fields.next()?.parse().ok()?;
    let population: u32 = fields.next()?.parse().ok()?;
    let alternates = fields.next().unwrap_or("");
    let sound = !name.is_empty()
        && country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon);
    sound.then_some((
        City {
            name,
            country,
            lat,
            lon,
            population,
        },
        alternates,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(name: &str, country: Option<&str>) -> &'static City {
        match lookup(name, country) {
            Lookup::Found(c) => c,
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn names_are_found_in_their_country_whatever_their_case() {
        let m = found("Marbella", Some("ES"));
        assert_eq!((m.name, m.country), ("Marbella", "ES"));
        assert!((m.lat - 36.5154).abs() < 1e-4 && (m.lon + 4.8858).abs() < 1e-4);
        assert_eq!(found("marbella", Some("es")), m);
        assert_eq!(found("  MARBELLA ", Some("Es")), m);
        assert_eq!(m.as_place(), "Marbella, ES");
    }

    #[test]
    fn alternate_names_accents_and_punctuation_are_ignored() {
        let hague = found("The Hague", Some("NL"));
        for name in [
            "Den Haag",
            "'s-Gravenhage",
            "s Gravenhage",
            "La Haye",
            "den  haag",
        ] {
            assert_eq!(found(name, Some("NL")), hague, "{name}");
        }
        assert_eq!(found("Lyons", None).name, "Lyon");
        assert_eq!(found("Lüttich", Some("BE")).name, "Liège");
        let sp = found("São Paulo", None);
        assert_eq!(found("Sao Paulo", None), sp);
        assert_eq!(found("sao-paulo", Some("BR")), sp);
        assert_eq!(fold("'s-Gravenhage"), "s gravenhage");
        assert_eq!(fold(" Łódź – Straße "), "lodz strasse");
    }

    #[test]
    fn a_name_is_found_worldwide_only_when_one_city_dominates() {
        let lyon = found("Lyon", None);
        assert_eq!(lyon.country, "FR");
        // Paris, FR has a hundred times the inhabitants of Paris, US.
        assert_eq!(found("Paris", None).country, "FR");
        let Lookup::Ambiguous(cities) = lookup("Valencia", None) else {
            panic!("Valencia is in Spain and in Venezuela");
        };
        let countries: Vec<&str> = cities.iter().map(|c| c.country).collect();
        assert!(
            countries.contains(&"ES") && countries.contains(&"VE"),
            "{countries:?}"
        );
        assert!(
            cities
                .windows(2)
                .all(|w| w[0].population >= w[1].population)
        );
        assert_eq!(found("Valencia", Some("ES")).country, "ES");
    }

    #[test]
    fn two_cities_of_one_name_in_one_country_are_ambiguous() {
        // Ibiza on its island, and a district of Madrid less than half its size.
        let Lookup::Ambiguous(cities) = lookup("Ibiza", Some("ES")) else {
            panic!("two cities are called Ibiza in Spain");
        };
        assert_eq!(cities.len(), 2);
        assert!(cities[0].lon > 1.0, "the island's first: {cities:?}");
    }

    #[test]
    fn an_unknown_name_gets_suggestions() {
        assert_eq!(
            lookup("Marseile", Some("FR")),
            Lookup::Unknown {
                suggestions: vec!["Marseille, FR".into()]
            }
        );
        let Lookup::Unknown { suggestions } = lookup("Marseille", Some("ES")) else {
            panic!("no Marseille in Spain");
        };
        assert_eq!(
            suggestions.first().map(String::as_str),
            Some("Marseille, FR")
        );
        let Lookup::Unknown { suggestions } = lookup("Marbeella", None) else {
            panic!("a typo");
        };
        assert!(suggestions.len() <= 3);
        assert_eq!(
            suggestions.first().map(String::as_str),
            Some("Marbella, ES")
        );
        assert_eq!(
            lookup("Xqzwv", None),
            Lookup::Unknown {
                suggestions: vec![]
            }
        );
        assert_eq!(
            lookup("", None),
            Lookup::Unknown {
                suggestions: vec![]
            }
        );
    }

    #[test]
    fn a_typo_at_either_end_is_found_and_a_paragraph_is_no_typo() {
        let first = |name: &str, country: Option<&str>| match lookup(name, country) {
            Lookup::Unknown { suggestions } => suggestions.first().cloned(),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(
            first("Xarseille", Some("FR")).as_deref(),
            Some("Marseille, FR")
        );
        assert_eq!(
            first("Marseillx", Some("FR")).as_deref(),
            Some("Marseille, FR")
        );
        assert_eq!(first("Rotterdan", None).as_deref(), Some("Rotterdam, NL"));
        let pasted = "Marseille ".repeat(100_000);
        assert_eq!(first(&pasted, None), None);
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let text = "# comment\nA\tNL\t52\t4\t10\t\nB\tNL\tx\t4\t10\t\nC\tnl\t52\t4\t10\t\nD\tNL\t95\t4\t10\t\nE\tNL\t52\t4\t-1\t\nF\tNL\t52\t4\nG\tNL\tNaN\t4\t10\t\n\t\t\t\n\u{0}\n";
        let g = Gazetteer::read(text);
        let names: Vec<&str> = g.cities.iter().map(|c| c.name).collect();
        assert_eq!(names, ["A"]);
    }

    #[test]
    fn the_keys_file_is_made_from_the_cities() {
        let made = keys_text(DATA);
        if std::env::var_os("BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/geo/cities15000.keys");
            std::fs::write(path, &made).expect("the keys file is written");
            return;
        }
        assert!(
            made == KEYS,
            "assets/geo/cities15000.keys is out of date: BLESS=1 cargo test --lib geo::cities"
        );
    }

    #[test]
    fn a_key_is_found_by_binary_search_at_any_line() {
        let keys = "a\t1\nb c\t2,3\nd\t4\nzz\t5\n";
        assert_eq!(find_key(keys, "a"), Some("1"));
        assert_eq!(find_key(keys, "b c"), Some("2,3"));
        assert_eq!(find_key(keys, "d"), Some("4"));
        assert_eq!(find_key(keys, "zz"), Some("5"));
        for absent in ["", "0", "b", "c", "e", "zzz"] {
            assert_eq!(find_key(keys, absent), None, "{absent}");
        }
        assert_eq!(find_key("", "a"), None);
        assert_eq!(find_key("broken line\n", "a"), None);
    }

    #[test]
    fn the_bundled_gazetteer_reads_whole() {
        let g = gazetteer();
        let lines = DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .count();
        assert_eq!(g.cities.len(), lines, "every line is a city");
        assert!(g.cities.len() > 30_000);
    }
}
