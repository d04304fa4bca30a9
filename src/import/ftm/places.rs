//! Places from entities: an event's `location` values, an agency's `address`,
//! and the `Address` entities either names in `addressEntity`, which give a
//! place its own country and coordinates (`full`, `country`, `latitude`,
//! `longitude`). coopline writes a place given by fields both ways: its name
//! in `location`, its fields in an `Address`; the import makes it one place.

use super::{Cx, Role};
use crate::diag::{Code, Diagnostic};
use crate::import::places::PlaceVal;
use crate::input::Sp;

impl Cx<'_> {
    /// An event's places, in order: each `location` value (or the notes that
    /// hold them all), the first of each name taking the fields of an
    /// `Address` of that name; an `Address` no location names comes after.
    pub(super) fn places(&mut self, i: usize) -> Vec<PlaceVal> {
        let mut places: Vec<PlaceVal> = self
            .texts(i, "location")
            .into_iter()
            .map(PlaceVal::text)
            .collect();
        for a in self.addresses(i) {
            let same = places
                .iter_mut()
                .find(|p| p.country.is_none() && p.at.is_none() && p.name.value == a.name.value);
            match same {
                Some(p) => *p = a,
                None => places.push(a),
            }
        }
        places
    }

    /// An agency's seat: the `Address` it names, else its `address`.
    pub(super) fn seat(&mut self, i: usize) -> Option<PlaceVal> {
        let text = self.text(i, "address");
        let mut addresses = self.addresses(i);
        if let Some(extra) = addresses.get(1) {
            let who = self.entities[i].who();
            self.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    extra.name.span,
                    format!("{who} names more than one Address; the first is its seat"),
                )
                .label("not imported")
                .help("coopline holds one seat for an agency"),
            );
        }
        match addresses.is_empty() {
            true => text.map(PlaceVal::text),
            false => Some(addresses.swap_remove(0)),
        }
    }

    /// The places given by the `Address` entities of `addressEntity`; a
    /// reference to anything else is reported.
    fn addresses(&mut self, i: usize) -> Vec<PlaceVal> {
        let mut out = Vec::new();
        for v in self.all(i, "addressEntity") {
            let Some(j) = self.target(i, "addressEntity", &v) else {
                continue;
            };
            if self.roles[j] != Role::Address {
                let (who, target) = (self.entities[i].who(), self.entities[j].who());
                self.diags.push(
                    Diagnostic::warning(
                        Code::NotImported,
                        v.span,
                        format!("`addressEntity` of {who} names {target}, which is no Address"),
                    )
                    .label("not imported"),
                );
                continue;
            }
            out.extend(self.address(j));
        }
        out
    }

    /// One `Address` as a place: its `full` address (else its `name`), its
    /// `country`, and its `latitude` and `longitude` when both are numbers.
    fn address(&mut self, j: usize) -> Option<PlaceVal> {
        let full = self.text(j, "full");
        let name = self.text(j, "name");
        let Some(name) = full.or(name) else {
            let e = &self.entities[j];
            self.diags.push(
                Diagnostic::warning(
                    Code::NotImported,
                    e.id_span,
                    format!("{} has no `full` address or `name`", e.who()),
                )
                .label("not imported: a place needs a name"),
            );
            return None;
        };
        let country = self
            .text(j, "country")
            .map(|c| Sp::new(c.value.to_ascii_uppercase(), c.span));
        let lat = self.one(j, "latitude");
        let lon = self.one(j, "longitude");
        let at = match (lat, lon) {
            (None, None) => None,
            (Some(lat), Some(lon)) => match (lat.value.trim().parse(), lon.value.trim().parse()) {
                (Ok(a), Ok(b)) => Some(Sp::new((a, b), lat.span)),
                _ => {
                    self.not_coordinates(j, &lat);
                    None
                }
            },
            (Some(one), None) | (None, Some(one)) => {
                self.not_coordinates(j, &one);
                None
            }
        };
        Some(PlaceVal { name, country, at })
    }

    fn not_coordinates(&mut self, j: usize, at: &Sp<String>) {
        let who = self.entities[j].who();
        self.diags.push(
            Diagnostic::warning(
                Code::NotImported,
                at.span,
                format!("the coordinates of {who} are not a latitude and a longitude"),
            )
            .label("not imported")
            .help("give both `latitude` and `longitude`, each a number in degrees"),
        );
    }
}
