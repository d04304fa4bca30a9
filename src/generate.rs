//! Seeded synthetic datasets for tests and benchmarks: agencies spread over 50
//! countries, teams of 2 to 6 members hosted by Europol or Eurojust (both
//! seated in The Hague), and events mostly inside team spans, with dates at
//! every precision the format allows and places in their participants'
//! countries, each a country code or the country's capital or largest city,
//! so that every place resolves without a warning.
//!
//! ```
//! let yaml = coopline::generate(20, 3, 40, 1);
//! let mut sources = coopline::SourceSet::new();
//! sources.add("generated.yaml", yaml);
//! assert!(coopline::check(&sources).is_ok());
//! ```

/// splitmix64: small, fast and the same on every machine.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const COUNTRIES: &[&str] = &[
    "NL", "FR", "DE", "BE", "ES", "IT", "PT", "LT", "LV", "EE", "PL", "CZ", "SK", "AT", "HU", "RO",
    "BG", "GR", "CY", "MT", "SI", "HR", "IE", "DK", "SE", "FI", "LU", "GB", "NO", "CH", "IS", "AL",
    "RS", "BA", "ME", "MK", "MD", "UA", "TR", "GE", "US", "CA", "BR", "CO", "AU", "MA", "AE", "TH",
    "ZA", "JP",
];
/// A city of each of [`COUNTRIES`], in the same order, written as a place:
/// each is found in the bundled gazetteer (a test says so).
const CITIES: &[&str] = &[
    "Amsterdam, NL",
    "Paris, FR",
    "Berlin, DE",
    "Brussels, BE",
    "Madrid, ES",
    "Rome, IT",
    "Lisbon, PT",
    "Vilnius, LT",
    "Riga, LV",
    "Tallinn, EE",
    "Warsaw, PL",
    "Prague, CZ",
    "Bratislava, SK",
    "Vienna, AT",
    "Budapest, HU",
    "Bucharest, RO",
    "Sofia, BG",
    "Athens, GR",
    "Nicosia, CY",
    "Valletta, MT",
    "Ljubljana, SI",
    "Zagreb, HR",
    "Dublin, IE",
    "Copenhagen, DK",
    "Stockholm, SE",
    "Helsinki, FI",
    "Luxembourg, LU",
    "London, GB",
    "Oslo, NO",
    "Zürich, CH",
    "Reykjavík, IS",
    "Tirana, AL",
    "Belgrade, RS",
    "Sarajevo, BA",
    "Podgorica, ME",
    "Skopje, MK",
    "Chisinau, MD",
    "Kyiv, UA",
    "Istanbul, TR",
    "Tbilisi, GE",
    "New York City, US",
    "Toronto, CA",
    "São Paulo, BR",
    "Bogotá, CO",
    "Sydney, AU",
    "Casablanca, MA",
    "Dubai, AE",
    "Bangkok, TH",
    "Johannesburg, ZA",
    "Tokyo, JP",
];
const KINDS: &[&str] = &[
    "police",
    "police",
    "police",
    "prosecution",
    "prosecution",
    "judiciary",
    "customs",
];
const WORDS: &[&str] = &[
    "Operation",
    "Raid",
    "Seizure",
    "Arrests",
    "Coordination",
    "meeting",
    "Action",
    "day",
    "against",
    "network",
    "of",
    "smugglers",
    "in",
    "the",
    "port",
    "cocaine",
    "laboratory",
    "encrypted",
    "phones",
    "money",
    "laundering",
    "searches",
    "and",
    "cyber",
    "fraud",
];

fn date(rng: &mut Rng, year_from: i32, years: i32) -> (i32, u32, u32) {
    (
        year_from + rng.below(years as u64) as i32,
        1 + rng.below(12) as u32,
        1 + rng.below(28) as u32,
    )
}

fn fmt(rng: &mut Rng, (y, m, d): (i32, u32, u32)) -> String {
    let body = match rng.below(10) {
        0 => format!("{y}"),
        1 | 2 => format!("{y}-{m:02}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    };
    if rng.chance(6) {
        format!("\"~{body}\"")
    } else {
        body
    }
}

fn words(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| WORDS[rng.below(WORDS.len() as u64) as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

/// A dataset with `agencies` agencies (plus Europol and Eurojust), `teams` teams and
/// `events` events, as YAML text.
pub fn dataset(agencies: usize, teams: usize, events: usize, seed: u64) -> String {
    dataset_with(agencies, teams, events, seed, 0)
}

/// [`dataset`] where one of the events, halfway through the list, is an
/// action day of `action_day` agencies (at most all of them) spread over as
/// many countries, coordinated by Europol: the multi-party operation that
/// makes a network a hairball and a timeline's moment crowded. With 0, the
/// same dataset as [`dataset`].
pub fn dataset_with(
    agencies: usize,
    teams: usize,
    events: usize,
    seed: u64,
    action_day: usize,
) -> String {
    let mut rng = Rng::new(seed);
    let mut y = String::from(
        "title: Generated case\nsources:\n  - {id: s1, title: Generated source, publisher: Test}\n",
    );
    // Every ninth event rests on one doubtful report, every fourth team is of
    // low confidence: real cases have both, and the pictures must show them.
    let doubtful = |e: usize| e % 9 == 4;
    if (0..events).any(doubtful) {
        y.push_str("  - {id: s2, title: Generated single report, publisher: Test}\n");
    }
    y.push_str("agencies:\n");
    y.push_str("  - {id: europol, name: Europol, country: EU, kind: eu-agency, seat: \"The Hague, NL\", sources: [s1]}\n");
    y.push_str("  - {id: eurojust, name: Eurojust, country: EU, kind: eu-agency, seat: \"The Hague, NL\", sources: [s1]}\n");
    let ids: Vec<String> = (0..agencies)
        .map(|i| {
            let c = COUNTRIES[i % COUNTRIES.len()];
            format!("{}-a{i}", c.to_lowercase())
        })
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let c = COUNTRIES[i % COUNTRIES.len()];
        let k = KINDS[rng.below(KINDS.len() as u64) as usize];
        let n = 1 + rng.below(4) as usize;
        let name = format!("{} {} unit {i}", c, words(&mut rng, n));
        y.push_str(&format!(
            "  - {{id: {id}, name: \"{name}\", country: {c}, kind: {k}, sources: [s1]}}\n"
        ));
    }
    let mut team_spans = Vec::new();
    if teams > 0 {
        y.push_str("teams:\n");
    }
    for t in 0..teams {
        let start = date(&mut rng, 2012, 12);
        let end = (start.0 + 1 + rng.below(3) as i32, start.1, start.2);
        team_spans.push((start, end));
        let host = if rng.chance(50) {
            "europol"
        } else {
            "eurojust"
        };
        let kind = ["jit", "otf", "task-force"][rng.below(3) as usize];
        y.push_str(&format!(
            "  - id: t{t}\n    name: \"{} team {t}\"\n    kind: {kind}\n    hosted_by: {host}\n    sources: [s1]\n",
            words(&mut rng, 2)
        ));
        if t % 4 == 2 {
            y.push_str("    confidence: low\n");
        }
        y.push_str(&format!("    start: {}-{:02}\n", start.0, start.1));
        if rng.chance(70) {
            y.push_str(&format!("    end: {}-{:02}-{:02}\n", end.0, end.1, end.2));
        }
        y.push_str("    members:\n");
        let n = 2 + rng.below(5) as usize;
        let mut used = Vec::new();
        for _ in 0..n {
            let a = rng.below(ids.len() as u64) as usize;
            if !used.contains(&a) {
                used.push(a);
                y.push_str(&format!("      - {}\n", ids[a]));
            }
        }
    }
    if events > 0 {
        y.push_str("events:\n");
    }
    // Places draw from a generator of their own, so the rest of a dataset is
    // the same as before events had places.
    let mut place_rng = Rng::new(seed ^ 0x706C_6163_6573);
    for e in 0..events {
        let when = if !team_spans.is_empty() && rng.chance(80) {
            let (s, _) = team_spans[rng.below(team_spans.len() as u64) as usize];
            (
                s.0 + rng.below(2) as i32,
                1 + rng.below(12) as u32,
                1 + rng.below(28) as u32,
            )
        } else {
            date(&mut rng, 2012, 13)
        };
        let mut parts = Vec::new();
        for _ in 0..1 + rng.below(5) {
            let a = &ids[rng.below(ids.len() as u64) as usize];
            if !parts.contains(a) {
                parts.push(a.clone());
            }
        }
        if rng.chance(15) {
            parts.push("europol".into());
        }
        let n = 2 + rng.below(6) as usize;
        let mut name = words(&mut rng, n);
        if action_day > 0 && e == events / 2 {
            let n = action_day.min(ids.len());
            parts = (0..n).map(|k| ids[k * ids.len() / n].clone()).collect();
            parts.push("europol".into());
            name = format!("Action day of {n} agencies");
        }
        let sources = if doubtful(e) {
            "[{id: s2, grade: D3}]"
        } else {
            "[s1]"
        };
        let places = places(&mut place_rng, &parts);
        if rng.chance(8) {
            let end = (when.0 + 1, when.1, when.2);
            y.push_str(&format!(
                "  - {{id: e{e}, name: \"{name}\", start: {}-{:02}, end: {}-{:02}-{:02}, participants: [{}]{places}, sources: {sources}}}\n",
                when.0, when.1, end.0, end.1, end.2, parts.join(", ")
            ));
        } else {
            let d = fmt(&mut rng, when);
            y.push_str(&format!("  - {{id: e{e}, name: \"{name}\", date: {d}, participants: [{}]{places}, sources: {sources}}}\n", parts.join(", ")));
        }
    }
    y
}

/// `, places: [...]` for an event of these participants: the countries of
/// the first two with one (`nl-a3` is Dutch; Europol and Eurojust have none),
/// each as its code or its city, at random; nothing when none has a country.
fn places(rng: &mut Rng, participants: &[String]) -> String {
    let mut written: Vec<String> = Vec::new();
    let mut seen: Vec<usize> = Vec::new();
    for p in participants {
        let Some((code, _)) = p.split_once('-') else {
            continue;
        };
        let Some(i) = COUNTRIES.iter().position(|c| c.eq_ignore_ascii_case(code)) else {
            continue;
        };
        if seen.contains(&i) {
            continue;
        }
        seen.push(i);
        written.push(if rng.chance(50) {
            format!("\"{}\"", CITIES[i])
        } else {
            COUNTRIES[i].to_string()
        });
        if written.len() == 2 {
            break;
        }
    }
    match written.is_empty() {
        true => String::new(),
        false => format!(", places: [{}]", written.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::cities::{Lookup, lookup};

    #[test]
    fn every_city_is_found_in_its_country() {
        assert_eq!(CITIES.len(), COUNTRIES.len());
        for (city, code) in CITIES.iter().zip(COUNTRIES) {
            let (name, country) = city.rsplit_once(", ").expect("Name, CC");
            assert_eq!(country, *code, "{city}");
            assert!(
                matches!(lookup(name, Some(country)), Lookup::Found(_)),
                "{city}: {:?}",
                lookup(name, Some(country))
            );
        }
    }

    #[test]
    fn generated_places_resolve_without_a_warning() {
        let mut sources = crate::SourceSet::new();
        sources.add("generated.yaml", dataset(120, 10, 400, 5));
        let checked = crate::check(&sources).expect("valid");
        let places: Vec<&crate::model::Place> = checked
            .model
            .events
            .iter()
            .flat_map(|e| &e.places)
            .collect();
        assert!(places.len() > 300, "{} places", places.len());
        assert!(places.iter().any(|p| p.at.is_some()));
        assert!(places.iter().any(|p| p.is_whole_country()));
        let codes: Vec<&str> = checked.warnings.iter().map(|d| d.code.as_str()).collect();
        assert!(
            !codes
                .iter()
                .any(|c| c.contains("place") || *c == "unknown-country"),
            "{codes:?}"
        );
    }
}
