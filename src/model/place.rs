//! Places: where an event happened (`places:`) or an agency sits (`seat:`), as
//! written, with the point that the dataset gives or the bundled gazetteer
//! finds ([`crate::geo::cities`]). The forms:
//!
//! - `FR`: a country code alone, the whole country (no point);
//! - `"Marbella, ES"`: a city, looked up in the country after the last comma;
//! - `"Marbella"`: a city, looked up in the whole world;
//! - `{name: Marbella, country: ES, at: [36.51, -4.88]}`: fields; with `at`
//!   the point is as written and nothing is looked up.

use std::fmt;

use super::Country;

/// A place of an event, or an agency's seat. Invariants: `at`, when known, is
/// a latitude within -90..=90 and a longitude within -180..=180, in degrees; a
/// place written as a country alone has no point; a place that the gazetteer
/// did not find (a warning said so) keeps its name and has no point.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// As written: `Marbella, ES`, `FR`, or the `name:` of a place given by fields.
    pub name: String,
    /// The country written (alone, after the comma, or as `country:`), else
    /// the country of the city found; `None` when neither is known.
    pub country: Option<Country>,
    /// `(latitude, longitude)` in degrees: as written in `at:`, else the city
    /// the gazetteer found; `None` for a whole country or a place not found.
    pub at: Option<(f64, f64)>,
    /// How the place was written, which every writer of the format follows
    /// so that a place comes back as it was.
    pub form: PlaceForm,
}

/// How a place was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceForm {
    /// `FR`: a country code alone, the whole country.
    Country,
    /// `"Marbella, ES"` or `"Marbella"`: text naming a city.
    Text,
    /// `{name: ..., country: ..., at: [...]}`: fields. Says which of
    /// `country` and `at` were written; the others were found.
    Fields {
        /// `country:` was written.
        country: bool,
        /// `at:` was written: the point is the dataset's, not the gazetteer's.
        at: bool,
    },
}

impl Place {
    /// True for a country code alone: the whole country, with no point.
    pub fn is_whole_country(&self) -> bool {
        self.form == PlaceForm::Country
    }

    /// The `country:` written in a place given by fields; `None` otherwise
    /// (text carries its country in the text).
    pub fn written_country(&self) -> Option<Country> {
        match self.form {
            PlaceForm::Fields { country: true, .. } => self.country,
            _ => None,
        }
    }

    /// The `at:` written in a place given by fields: the coordinates that
    /// writers must give back, as no lookup finds them.
    pub fn written_at(&self) -> Option<(f64, f64)> {
        match self.form {
            PlaceForm::Fields { at: true, .. } => self.at,
            _ => None,
        }
    }
}

/// The name as written: `Marbella, ES`, `FR`, or the `name:` of fields.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// What the text of a place says, before anything is looked up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PlaceText<'a> {
    /// Two letters alone (`FR`, `fr`): a country code, to be checked.
    Country(&'a str),
    /// A city's name, with the text after the last comma (to be checked as a
    /// country code) if there is a comma.
    City {
        /// The name, trimmed.
        name: &'a str,
        /// After the last comma, trimmed.
        country: Option<&'a str>,
    },
}

/// Reads a place's text: `FR` is a country, `"Marbella, ES"` a city in the
/// country after the last comma (`"Paris, Texas"` too: its "country" is then
/// reported), `"Marbella"` a city anywhere.
pub(crate) fn read_place_text(text: &str) -> PlaceText<'_> {
    let t = text.trim();
    match t.rsplit_once(',') {
        Some((name, country)) => PlaceText::City {
            name: name.trim(),
            country: Some(country.trim()),
        },
        None if t.len() == 2 && t.bytes().all(|b| b.is_ascii_alphabetic()) => PlaceText::Country(t),
        None => PlaceText::City {
            name: t,
            country: None,
        },
    }
}

/// A latitude and a longitude in range, or which of them is not.
pub(crate) fn check_coordinates((lat, lon): (f64, f64)) -> Result<(), &'static str> {
    if !(-90.0..=90.0).contains(&lat) {
        Err("latitude")
    } else if !(-180.0..=180.0).contains(&lon) {
        Err("longitude")
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_text_is_a_country_or_a_city_with_its_country() {
        assert_eq!(read_place_text("FR"), PlaceText::Country("FR"));
        assert_eq!(read_place_text(" lt "), PlaceText::Country("lt"));
        assert_eq!(
            read_place_text("Marbella, ES"),
            PlaceText::City {
                name: "Marbella",
                country: Some("ES")
            }
        );
        assert_eq!(
            read_place_text("Rotterdam, port of, NL"),
            PlaceText::City {
                name: "Rotterdam, port of",
                country: Some("NL")
            }
        );
        assert_eq!(
            read_place_text("Riga"),
            PlaceText::City {
                name: "Riga",
                country: None
            }
        );
        assert_eq!(
            read_place_text("Ré"),
            PlaceText::City {
                name: "Ré",
                country: None
            }
        );
    }

    #[test]
    fn coordinates_are_checked_latitude_first() {
        assert_eq!(check_coordinates((36.51, -4.88)), Ok(()));
        assert_eq!(check_coordinates((90.0, 180.0)), Ok(()));
        assert_eq!(check_coordinates((-4.88, 236.51)), Err("longitude"));
        assert_eq!(check_coordinates((136.51, -4.88)), Err("latitude"));
        assert_eq!(check_coordinates((f64::NAN, 0.0)), Err("latitude"));
        assert_eq!(check_coordinates((0.0, f64::INFINITY)), Err("longitude"));
    }
}
