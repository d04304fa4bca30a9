//! Writing YAML: the records in the format's order, a member for a team's whole
//! span as its bare id, an outcome as the number or text it was read as (an
//! amount as `{amount: 145000, unit: EUR}`), a text in several languages as
//! `{en: ..., nl: ...}`, everything else as the text given.

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use super::records::{Member, Rec, Val};
use super::sheet::Sheet;
use crate::input::Sp;
use crate::model::{Number, Outcome};

/// The dataset as it is written out.
pub(super) struct Doc<'a> {
    pub(super) title: Option<&'a str>,
    pub(super) records: Vec<(Sheet, Rec)>,
}

impl Doc<'_> {
    pub(super) fn section(&self, sheet: Sheet) -> impl Iterator<Item = &Rec> {
        self.records
            .iter()
            .filter(move |(s, _)| *s == sheet)
            .map(|(_, r)| r)
    }
}

impl Serialize for Doc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        if let Some(t) = self.title {
            map.serialize_entry("title", t)?;
        }
        for sheet in Sheet::ALL {
            let recs: Vec<&Rec> = self.section(sheet).collect();
            if !recs.is_empty() {
                map.serialize_entry(sheet.name(), &recs)?;
            }
        }
        map.end()
    }
}

impl Serialize for Rec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.fields.len()))?;
        for (name, val) in &self.fields {
            map.serialize_entry(name, val)?;
        }
        map.end()
    }
}

impl Serialize for Val {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Val::One(v) => s.serialize_str(&v.value),
            Val::List(items) => {
                let items: Vec<&str> = items.iter().map(Sp::as_str).collect();
                crate::input::flow_seq(items).serialize(s)
            }
            Val::Outcomes(pairs) => {
                let pairs: Vec<(&str, OutcomeValue)> = pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), OutcomeValue(&v.value)))
                    .collect();
                crate::input::flow_map(OrderedMap(pairs)).serialize(s)
            }
            // Graded citations as `{id: a, grade: B2}`, one a line; without
            // grades, the plain list.
            Val::Citations(cites) if cites.iter().all(|(_, g)| g.is_none()) => {
                let items: Vec<&str> = cites.iter().map(|(id, _)| id.as_str()).collect();
                crate::input::flow_seq(items).serialize(s)
            }
            Val::Citations(cites) => {
                let mut seq = s.serialize_seq(Some(cites.len()))?;
                for (id, grade) in cites {
                    match grade {
                        Some(g) => seq.serialize_element(&crate::input::flow_map(Cite {
                            id: id.as_str(),
                            grade: g.as_str(),
                        }))?,
                        None => seq.serialize_element(id.as_str())?,
                    }
                }
                seq.end()
            }
            Val::Texts(pairs) => {
                let pairs: Vec<(&str, &str)> = pairs
                    .iter()
                    .map(|(l, t)| (l.as_str(), t.as_str()))
                    .collect();
                crate::input::flow_map(OrderedMap(pairs)).serialize(s)
            }
            Val::Places(places) => crate::input::flow_seq(places).serialize(s),
            Val::Place(place) => place.serialize(s),
            Val::Members(members) => {
                let mut seq = s.serialize_seq(Some(members.len()))?;
                for m in members {
                    seq.serialize_element(m)?;
                }
                seq.end()
            }
        }
    }
}

impl Serialize for Member {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // A member for the team's whole span is written as its bare id, as by hand.
        if self.from.is_none() && self.to.is_none() && self.role.is_none() {
            return s.serialize_str(&self.agency.value);
        }
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("agency", &self.agency.value)?;
        for (name, v) in [("from", &self.from), ("to", &self.to), ("role", &self.role)] {
            if let Some(v) = v {
                map.serialize_entry(name, &v.value)?;
            }
        }
        map.end()
    }
}

/// A graded citation as the format writes it.
#[derive(Serialize)]
struct Cite<'a> {
    id: &'a str,
    grade: &'a str,
}

/// An outcome as the format writes it: a count as a number, an amount as
/// `{amount: 145000, unit: EUR}`, anything else as text.
pub(super) struct OutcomeValue<'a>(pub(super) &'a Outcome);

impl Serialize for OutcomeValue<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Outcome::Int(n) => s.serialize_i64(*n),
            Outcome::Float(x) => s.serialize_f64(*x),
            Outcome::Text(t) => s.serialize_str(t),
            Outcome::Amount(a) => {
                let mut map = s.serialize_map(Some(2))?;
                match a.number {
                    Number::Int(n) => map.serialize_entry("amount", &n)?,
                    Number::Float(x) => map.serialize_entry("amount", &x)?,
                }
                map.serialize_entry("unit", &a.unit)?;
                map.end()
            }
        }
    }
}

/// A mapping in the order of its entries.
struct OrderedMap<'a, V>(Vec<(&'a str, V)>);

impl<V: Serialize> Serialize for OrderedMap<'_, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}
