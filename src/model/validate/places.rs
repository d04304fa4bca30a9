//! Places of events and seats of agencies, resolved through the bundled
//! gazetteer ([`crate::geo::cities`]). A city the gazetteer does not have, or
//! one whose name several cities share, is a warning: the place keeps its name
//! and has no point. A country code that is no country is reported as
//! `country:` is (a warning in a place's text, an error in its `country:`
//! field); coordinates that are not a latitude and a longitude are an error.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::geo::cities::{City, Lookup, lookup};
use crate::input::{RawPlace, Sp, Text};
use crate::model::outcome::grouped;
use crate::model::{Country, Place, PlaceForm, PlaceText, check_coordinates, read_place_text};
use crate::source::Span;

/// Candidates an ambiguous place's report names at most.
const LISTED: usize = 3;

impl Validator<'_> {
    /// Every place of a list, in order; `None` when one has an error (reported).
    /// `ctx` says where the list is: "`places` of event `raid`".
    pub(super) fn places(&mut self, raw: &[RawPlace], ctx: &str) -> Option<Vec<Place>> {
        let places: Vec<Option<Place>> = raw.iter().map(|p| self.place(p, ctx)).collect();
        places.into_iter().collect()
    }

    /// One place, resolved; `None` when it has an error (reported) or its
    /// `name:` is missing (reported when read).
    pub(super) fn place(&mut self, raw: &RawPlace, ctx: &str) -> Option<Place> {
        match raw {
            RawPlace::Text(t) => Some(self.text_place(t, ctx)),
            RawPlace::Fields(f) => {
                self.fields_place(f.name.as_ref()?, f.country.as_ref(), f.at.as_ref(), ctx)
            }
        }
    }

    /// `FR`, `"Marbella, ES"` or `"Marbella"`: never an error, so always a place.
    fn text_place(&mut self, t: &Sp<Text>, ctx: &str) -> Place {
        let mut place = Place {
            name: t.as_str().to_owned(),
            country: None,
            at: None,
            form: PlaceForm::Text,
        };
        match read_place_text(&t.value) {
            PlaceText::Country(code) => {
                place.form = PlaceForm::Country;
                place.country = self.text_country(code, t, ctx);
            }
            PlaceText::City { name, country } => {
                let country = match country {
                    None => None,
                    Some(code) => {
                        match self.text_country(code, t, &format!("{ctx}, after `{name}`")) {
                            Some(c) => Some(c),
                            // The country is reported; a lookup anywhere would guess.
                            None => return place,
                        }
                    }
                };
                (place.country, place.at) = self.locate(name, country, t, ctx);
            }
        }
        place
    }

    /// `{name, country, at}`: with `at`, the point is as written; without it
    /// the place is looked up, in `country` if given, else as its name would
    /// be as text (`{name: "Marbella, ES"}` is looked up in Spain).
    fn fields_place(
        &mut self,
        name: &Sp<Text>,
        country: Option<&Sp<Text>>,
        at: Option<&Sp<(f64, f64)>>,
        ctx: &str,
    ) -> Option<Place> {
        let written = match country {
            Some(c) => Some(self.fields_country(c, &name.value, ctx)?),
            None => None,
        };
        let form = PlaceForm::Fields {
            country: country.is_some(),
            at: at.is_some(),
        };
        if let Some(at) = at {
            self.check_at(at, &name.value, ctx)?;
            // A name written `"Schiphol, NL"` says its country.
            let named = match read_place_text(&name.value) {
                PlaceText::City {
                    country: Some(c), ..
                } => country_of(c),
                _ => None,
            };
            return Some(Place {
                name: name.as_str().to_owned(),
                country: written.or(named),
                at: Some(at.value),
                form,
            });
        }
        let (country, at) = match written {
            Some(c) => self.locate(&name.value, Some(c), name, ctx),
            None => {
                let p = self.text_place(name, ctx);
                (p.country, p.at)
            }
        };
        Some(Place {
            name: name.as_str().to_owned(),
            country,
            at,
            form,
        })
    }

    /// Looks `name` up (in `country` if given) and warns when it finds no
    /// city or several; the country and point found, else the country given.
    fn locate(
        &mut self,
        name: &str,
        country: Option<Country>,
        written: &Sp<Text>,
        ctx: &str,
    ) -> (Option<Country>, Option<(f64, f64)>) {
        let key = (name.to_string(), country);
        let found = match self.looked_up.get(&key) {
            Some(f) => f.clone(),
            None => {
                let f = lookup(name, country.map(|c| c.code()));
                self.looked_up.insert(key, f.clone());
                f
            }
        };
        match found {
            Lookup::Found(city) => (
                Country::from_code(city.country).or(country),
                Some((city.lat, city.lon)),
            ),
            Lookup::Ambiguous(cities) => {
                self.diags.push(ambiguous(&cities, written, ctx));
                (country, None)
            }
            Lookup::Unknown { suggestions } => {
                self.diags
                    .push(unknown(&suggestions, country, written, ctx));
                (country, None)
            }
        }
    }

    /// The country of a code in a place's text (`FR`, after the comma), in any
    /// case; one that is no country is a warning, like the place it is in.
    /// `what` completes "in ...".
    fn text_country(&mut self, code: &str, t: &Sp<Text>, what: &str) -> Option<Country> {
        if let Some(c) = country_of(code) {
            return Some(c);
        }
        self.diags
            .push(no_country(code, what, t.span, Diagnostic::warning));
        None
    }

    /// The `country:` of a place given by fields, in any case; one that is no
    /// country is an error, as an agency's `country:` is.
    fn fields_country(&mut self, c: &Sp<Text>, name: &str, ctx: &str) -> Option<Country> {
        if let Some(country) = country_of(&c.value) {
            return Some(country);
        }
        let what = format!("the place `{name}` in {ctx}");
        self.error(no_country(&c.value, &what, c.span, Diagnostic::error));
        None
    }

    /// Reports coordinates out of range, at the value.
    fn check_at(&mut self, at: &Sp<(f64, f64)>, name: &str, ctx: &str) -> Option<()> {
        let (lat, lon) = at.value;
        let Err(which) = check_coordinates((lat, lon)) else {
            return Some(());
        };
        let (value, range) = match which {
            "latitude" => (lat, "-90 to 90"),
            _ => (lon, "-180 to 180"),
        };
        let help = if check_coordinates((lon, lat)).is_ok() {
            format!("the latitude comes first: did you mean `at: [{lon}, {lat}]`?")
        } else {
            "write the latitude (-90 to 90, north positive), then the longitude (-180 to 180, east positive)".to_string()
        };
        self.error(
            Diagnostic::error(
                Code::BadCoordinates,
                at.span,
                format!("the {which} {value} of the place `{name}` in {ctx} is out of range"),
            )
            .label(format!("a {which} is from {range} degrees"))
            .help(help),
        );
        None
    }
}

/// The country of a code written in a place (any case): a country, not `EU`
/// or `INT`, which are no place.
fn country_of(code: &str) -> Option<Country> {
    Country::from_code(&code.trim().to_ascii_uppercase()).filter(Country::is_country)
}

/// The report on a code that is no country; `what` completes "in ...".
fn no_country(
    code: &str,
    what: &str,
    at: Span,
    make: fn(Code, Span, String) -> Diagnostic,
) -> Diagnostic {
    let upper = code.trim().to_ascii_uppercase();
    if Country::from_code(&upper).is_some() {
        return make(
            Code::UnknownCountry,
            at,
            format!("`{code}` in {what} names no country"),
        )
        .label("not a country")
        .help("EU bodies and international organisations have seats, not countries: give the city, `\"The Hague, NL\"`");
    }
    let hint = crate::model::country::suggest(code).unwrap_or_else(|| {
        "write a country as its ISO 3166-1 alpha-2 code: alone for the whole country (`ES`), after a comma for a city in it (`\"Marbella, ES\"`)".into()
    });
    make(
        Code::UnknownCountry,
        at,
        format!("unknown country code `{code}` in {what}"),
    )
    .label("not an ISO 3166-1 alpha-2 code")
    .help(hint)
}

/// `"A"`, `"A" or "B"`, `"A", "B" or "C"`: the first few of `forms`, quoted.
fn either(forms: &[String]) -> String {
    let quoted: Vec<String> = forms
        .iter()
        .take(LISTED)
        .map(|f| format!("\"{f}\""))
        .collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, first)) => format!("{} or {last}", first.join(", ")),
        None => String::new(),
    }
}

/// `unknown-place`: no city of this name (in this country), with what may
/// have been meant.
fn unknown(
    suggestions: &[String],
    country: Option<Country>,
    written: &Sp<Text>,
    ctx: &str,
) -> Diagnostic {
    let label = match country {
        Some(c) => format!("no city of this name in the gazetteer for {}", c.code()),
        None => "no city of this name in the gazetteer".to_string(),
    };
    let help = match suggestions {
        [] => format!(
            "the gazetteer holds cities of at least 15,000 inhabitants: give the country alone, or the coordinates, `{{name: \"{}\", at: [LATITUDE, LONGITUDE]}}`",
            written.value
        ),
        _ => format!("did you mean {}?", either(suggestions)),
    };
    Diagnostic::warning(
        Code::UnknownPlace,
        written.span,
        format!("unknown place `{}` in {ctx}", written.value),
    )
    .label(label)
    .help(help)
}

/// `ambiguous-place`: several cities of this name, none ten times as populous
/// as the next; the hint writes the country, or the coordinates when two of
/// them share a country.
fn ambiguous(cities: &[&City], written: &Sp<Text>, ctx: &str) -> Diagnostic {
    let listed: Vec<String> = cities
        .iter()
        .take(LISTED)
        .map(|c| {
            format!(
                "{} ({} inhabitants)",
                c.as_place(),
                grouped(&c.population.to_string())
            )
        })
        .collect();
    let more = match cities.len().saturating_sub(LISTED) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let mut forms: Vec<String> = Vec::new();
    for c in cities {
        let form = c.as_place();
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    let one_country = forms.len() < cities.len();
    let help = match cities.first() {
        Some(c) if one_country => format!(
            "two of them are in one country: give the one meant by its coordinates; the most populous is `{{name: \"{}\", at: [{}, {}]}}`",
            written.value, c.lat, c.lon
        ),
        _ => format!("write the one meant with its country: {}", either(&forms)),
    };
    Diagnostic::warning(
        Code::AmbiguousPlace,
        written.span,
        format!(
            "ambiguous place `{}` in {ctx}: {}{more}",
            written.value,
            listed.join(", ")
        ),
    )
    .label("several cities have this name")
    .help(help)
}
