//! Places and seats: each form resolved to its country and point through the
//! bundled gazetteer, the bundled cases resolving every place, and the forms
//! coming back the way they were written from every format that carries them.

use coopline::{CityLookup, Model, Place, PlaceForm, SourceSet, lookup_city};

use crate::common::{coopline, load, text};

const PLACES: &str = r#"
sources:
  - {id: s, title: A report}
agencies:
  - {id: europol, name: Europol, country: EU, kind: eu-agency, seat: "The Hague, NL", sources: [s]}
  - {id: es-pn, name: Policía Nacional, country: ES, kind: police, seat: {name: Madrid, country: ES}, sources: [s]}
  - {id: fr-gn, name: Gendarmerie, country: FR, kind: police, sources: [s]}
events:
  - id: raids
    name: Raids
    date: 2024-12-03
    participants: [europol, es-pn, fr-gn]
    places: ["Marbella, ES", "marbella, es", FR, Lyon, "Den Haag, NL", "São Paulo", Sao Paulo, {name: "Schiphol, NL", at: [52.308, 4.764]}, {name: Villa, country: ES, at: [36.5, -4.9]}]
    sources: [s]
"#;

fn near(at: Option<(f64, f64)>, lat: f64, lon: f64) -> bool {
    at.is_some_and(|(a, b)| (a - lat).abs() < 1e-3 && (b - lon).abs() < 1e-3)
}

fn places(m: &Model) -> &[Place] {
    &m.events[0].places
}

#[test]
fn places_carry_their_country_and_point() {
    let m = load(PLACES);
    let p = places(&m);
    // "Marbella, ES" in any case: the city in Spain.
    for marbella in &p[..2] {
        assert_eq!(marbella.country.map(|c| c.code()), Some("ES"));
        assert!(near(marbella.at, 36.5154, -4.8858), "{marbella:?}");
        assert_eq!(marbella.form, PlaceForm::Text);
    }
    assert_eq!(p[0].to_string(), "Marbella, ES", "shown as written");
    assert_eq!(p[1].to_string(), "marbella, es");
    // A country alone: the whole country, no point.
    assert!(p[2].is_whole_country() && p[2].at.is_none());
    assert_eq!(p[2].country.map(|c| c.code()), Some("FR"));
    // Lyon anywhere is Lyon, France: the country is the city's.
    assert_eq!(p[3].country.map(|c| c.code()), Some("FR"));
    assert!(near(p[3].at, 45.7491, 4.8479));
    // An alternate name: Den Haag is The Hague.
    assert!(near(p[4].at, 52.0767, 4.2986));
    // Accents or not.
    assert_eq!(p[5].at, p[6].at);
    assert_eq!(p[6].country.map(|c| c.code()), Some("BR"));
    // Coordinates as written, nothing looked up; the name's ", NL" gives the country.
    assert_eq!(p[7].at, Some((52.308, 4.764)));
    assert_eq!(p[7].country.map(|c| c.code()), Some("NL"));
    assert_eq!(p[7].written_at(), Some((52.308, 4.764)));
    assert_eq!(p[7].written_country(), None);
    assert_eq!(p[8].written_country().map(|c| c.code()), Some("ES"));
    // Seats: text and fields.
    let hague = m.agencies[0].seat.as_ref().unwrap();
    assert!(near(hague.at, 52.0767, 4.2986), "{hague:?}");
    let madrid = m.agencies[1].seat.as_ref().unwrap();
    assert_eq!(
        madrid.form,
        PlaceForm::Fields {
            country: true,
            at: false
        }
    );
    assert!(near(madrid.at, 40.4165, -3.7026));
    assert!(m.agencies[2].seat.is_none());
}

#[test]
fn a_place_not_found_keeps_its_name_without_a_point() {
    let yaml = PLACES.replace("\"Marbella, ES\"", "\"Marbeya, ES\"");
    let mut sources = SourceSet::new();
    sources.add("t.yaml", yaml.as_str());
    let checked = coopline::check(&sources).expect("warnings only");
    let warned: Vec<&str> = checked.warnings.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(warned, ["unknown-place"]);
    let p = &checked.model.events[0].places[0];
    assert_eq!(p.name, "Marbeya, ES");
    assert_eq!(p.country.map(|c| c.code()), Some("ES"));
    assert_eq!(p.at, None);
}

#[test]
fn the_lookups_the_map_makes() {
    let found = |name: &str, country: Option<&str>| match lookup_city(name, country) {
        CityLookup::Found(c) => c.as_place(),
        other => panic!("{name}: {other:?}"),
    };
    assert_eq!(found("Marbella", Some("ES")), "Marbella, ES");
    assert_eq!(found("marbella", Some("es")), "Marbella, ES");
    assert_eq!(found("Den Haag", Some("NL")), "The Hague, NL");
    assert_eq!(found("Lyon", None), "Lyon, FR");
    assert_eq!(found("São Paulo", None), found("Sao Paulo", None));
    assert!(matches!(
        lookup_city("Valencia", None),
        CityLookup::Ambiguous(c) if c.len() > 1
    ));
    assert_eq!(
        lookup_city("Marseile", Some("FR")),
        CityLookup::Unknown {
            suggestions: vec!["Marseille, FR".into()]
        }
    );
}

/// Every place of the bundled cases and the sample sheets is found, with no
/// warning: a country, a city with its point, or coordinates as written.
#[test]
fn every_bundled_place_resolves() {
    let out = coopline(&["check", "--deny-warnings", "data/"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for (name, yaml) in coopline::BUNDLED {
        let m = load(yaml);
        let seats = m.agencies.iter().filter_map(|a| a.seat.as_ref());
        for p in m.events.iter().flat_map(|e| &e.places).chain(seats) {
            let resolved = match p.form {
                PlaceForm::Country => p.country.is_some() && p.at.is_none(),
                _ => p.country.is_some() && p.at.is_some(),
            };
            assert!(resolved, "{name}: {p:?}");
        }
    }
    let m = load(coopline::MATRIX_YAML);
    for id in ["europol", "eurojust"] {
        let a = &m.agencies[m.agency(id).unwrap().0];
        let seat = a.seat.as_ref().expect("a seat");
        assert_eq!(seat.to_string(), "The Hague, NL");
    }
    let out = coopline(&["import", "csv", "examples/csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "the sample sheets' places resolve");
}

/// A sheet gives coordinates after `@`; a seat has its own column.
#[test]
fn sheets_give_coordinates_after_an_at_sign() {
    let out = coopline(&["import", "csv", "examples/csv"]);
    let yaml = text(&out.stdout);
    assert!(
        yaml.contains(r#"places: [ES, {name: "Schiphol, NL", at: [52.308, 4.764]}]"#),
        "{yaml}"
    );
    assert!(yaml.contains("  seat: The Hague, NL\n"), "{yaml}");
}

/// FtM carries coordinates: a place given by fields is an `Address` with its
/// `latitude` and `longitude`, named by the event's `addressEntity`.
#[test]
fn ftm_carries_places_given_by_fields() {
    let m = load(PLACES);
    let ftm = coopline::to_ftm(&m).text;
    assert!(
        ftm.contains(r#""schema":"Address","properties":{"full":["Schiphol, NL"],"latitude":["52.308"],"longitude":["4.764"],"name":["Schiphol, NL"]}"#),
        "{ftm}"
    );
    assert!(ftm.contains(r#""address":["The Hague, NL"]"#), "{ftm}");
    assert!(
        ftm.contains(r#""country":["es"],"full":["Madrid"]"#),
        "{ftm}"
    );
    let mut sources = SourceSet::new();
    sources.add("case.ftm", ftm.as_str());
    let imported = coopline::import_ftm(&sources, None).expect("imports");
    let back = load(&imported.yaml);
    assert_eq!(places(&back), places(&m));
    for (a, b) in m.agencies.iter().zip(&back.agencies) {
        assert_eq!(a.seat, b.seat);
    }
}

/// An agency shared by several cases sits where the first case that says so
/// puts it.
#[test]
fn a_shared_agency_keeps_the_seat_one_case_gives() {
    let mut sources = SourceSet::new();
    sources.add(
        "a.yaml",
        "agencies:\n  - {id: europol, name: Europol, country: EU, kind: eu-agency}\nevents:\n  - {id: a, name: A, date: 2024, participants: [europol]}\n",
    );
    sources.add(
        "b.yaml",
        "agencies:\n  - {id: europol, name: Europol, country: EU, kind: eu-agency, seat: \"The Hague, NL\"}\n",
    );
    let m = coopline::check(&sources).expect("valid").model;
    assert_eq!(m.agencies.len(), 1);
    let seat = m.agencies[0].seat.as_ref().expect("the second case's seat");
    assert_eq!(seat.to_string(), "The Hague, NL");
}
