//! Places in imported records: a sheet's `places` and `seat` cells, and the
//! places FtM entities give, written as the format writes them (text, or
//! `{name, country, at}` when there is more than a name), each part paired
//! with where it was read so findings point there.
//!
//! A cell item is a place's text, or its text, `@` and its latitude and
//! longitude: `Schiphol, NL @ 52.308, 4.764` is `{name: "Schiphol, NL", at:
//! [52.308, 4.764]}`.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::cells::{item_offset, items, trimmed};
use super::csv::Cell;
use crate::diag::{Code, Diagnostic};
use crate::input::{Node, Sp, Value};

/// A place as the import writes it.
#[derive(Debug)]
pub(super) struct PlaceVal {
    /// The text (`"Marbella, ES"`, `FR`), or the `name:` of fields.
    pub(super) name: Sp<String>,
    /// `country:`, when the source gives one apart from the name (FtM).
    pub(super) country: Option<Sp<String>>,
    /// `at:` latitude and longitude, where they were read.
    pub(super) at: Option<Sp<(f64, f64)>>,
}

impl PlaceVal {
    /// A place that is only text.
    pub(super) fn text(name: Sp<String>) -> PlaceVal {
        PlaceVal {
            name,
            country: None,
            at: None,
        }
    }
}

/// The places of a `places` cell, `;` between them; a bad `@` part is reported.
pub(super) fn cell_places(cell: &Cell, diags: &mut Vec<Diagnostic>) -> Vec<PlaceVal> {
    items(cell)
        .into_iter()
        .filter_map(|item| cell_place(cell, item, diags))
        .collect()
}

/// One place of a cell: text, or text `@ latitude, longitude`.
pub(super) fn cell_place(
    cell: &Cell,
    item: Sp<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<PlaceVal> {
    let Some(at_sign) = item.value.rfind('@') else {
        return Some(PlaceVal::text(item));
    };
    // Offsets within the cell, for the spans of the name and the coordinates.
    let base = item_offset(cell, &item);
    let v = &item.value;
    let name = trimmed(v, 0..at_sign);
    let coords = trimmed(v, at_sign + 1..v.len());
    let span_of = |r: std::ops::Range<usize>| cell.part(base + r.start..base + r.end);
    let at = coords
        .clone()
        .and_then(|(text, r)| Some(Sp::new(read_coordinates(text)?, span_of(r))));
    match (name, at) {
        (Some((n, r)), Some(at)) => Some(PlaceVal {
            name: Sp::new(n.to_string(), span_of(r)),
            country: None,
            at: Some(at),
        }),
        _ => {
            let span = coords.map_or(item.span, |(_, r)| span_of(r));
            diags.push(
                Diagnostic::error(
                    Code::BadCoordinates,
                    span,
                    format!("`{}` is not a place, `@` and its coordinates", item.value),
                )
                .label("expected `latitude, longitude` after `@`")
                .help("write the place, `@`, then its latitude and longitude in degrees: `Schiphol, NL @ 52.308, 4.764`"),
            );
            None
        }
    }
}

/// `52.308, 4.764` (or with spaces only between): two numbers.
fn read_coordinates(text: &str) -> Option<(f64, f64)> {
    let mut parts = text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty());
    let lat = parts.next()?.parse().ok()?;
    let lon = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((lat, lon))
}

/// A place as the format writes it: its text alone, or its fields.
impl Serialize for PlaceVal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.country.is_none() && self.at.is_none() {
            return s.serialize_str(&self.name.value);
        }
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("name", &self.name.value)?;
        if let Some(c) = &self.country {
            map.serialize_entry("country", &c.value)?;
        }
        if let Some(at) = &self.at {
            let (lat, lon) = at.value;
            map.serialize_entry("at", &crate::input::flow_seq([lat, lon]))?;
        }
        map.end()
    }
}

/// The two numbers of an `at:` as read back.
pub(super) fn read_at(node: &Node) -> Option<(f64, f64)> {
    let number = |n: &Node| match n.value {
        Value::Int(i) => Some(i as f64),
        Value::Float(x) => Some(x),
        _ => None,
    };
    match &node.value {
        Value::Seq(items) => match items.as_slice() {
            [lat, lon] => Some((number(lat)?, number(lon)?)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_read_with_a_comma_or_spaces() {
        assert_eq!(read_coordinates("52.308, 4.764"), Some((52.308, 4.764)));
        assert_eq!(read_coordinates("52.308 -4.764"), Some((52.308, -4.764)));
        assert_eq!(read_coordinates("52.308"), None);
        assert_eq!(read_coordinates("52.308, 4.764, 3"), None);
        assert_eq!(read_coordinates("north, 4"), None);
    }
}
