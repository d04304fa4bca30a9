//! `places:` of an event and `seat:` of an agency: each place text (`FR`,
//! `"Marbella, ES"`) or fields (`{name: ..., country: ..., at: [lat, lon]}`),
//! read for form only; what the text means and whether the coordinates are in
//! range is validation's.

use super::super::yaml::{Node, Value};
use super::{PLACE, Record, Sp, Text, TextKind, text, wrong_kind};
use crate::diag::{Code, Diagnostic};
use crate::source::Span;

/// One place as written.
#[derive(Clone, Debug, PartialEq)]
pub enum RawPlace {
    /// `FR`, `"Marbella, ES"` or `"Marbella"`.
    Text(Sp<Text>),
    /// `{name: Marbella, country: ES, at: [36.51, -4.88]}`: boxed, as most
    /// places are written as text, which then takes no more room than its own.
    Fields(Box<RawPlaceFields>),
}

/// A place written as fields.
#[derive(Clone, Debug, PartialEq)]
pub struct RawPlaceFields {
    /// The whole mapping.
    pub span: Span,
    /// `name:`; `None` when missing (already reported).
    pub name: Option<Sp<Text>>,
    /// `country:`
    pub country: Option<Sp<Text>>,
    /// `at:` as two numbers, latitude first; `None` when missing or not
    /// two numbers (that is reported).
    pub at: Option<Sp<(f64, f64)>>,
}

impl RawPlace {
    /// Where a finding about the place points: its text, or its `name:`.
    pub fn span(&self) -> Span {
        match self {
            RawPlace::Text(t) => t.span,
            RawPlace::Fields(f) => f.name.as_ref().map_or(f.span, |n| n.span),
        }
    }
}

/// What a place may be, for hints.
const FORMS: &str = "a place is a country code (`FR`), a city and its country (`\"Marbella, ES\"`), a city (`Marbella`), or fields: `{name: Marbella, country: ES, at: [36.51, -4.88]}`";

/// `places:`: a list of places, or a single one.
pub(super) fn read_places(node: &Node, diags: &mut Vec<Diagnostic>) -> Vec<RawPlace> {
    match &node.value {
        Value::Seq(items) => {
            // Room for exactly the places written: an event's list would
            // otherwise start with room for four, in every one of 100,000 events.
            let mut places = Vec::with_capacity(items.len());
            places.extend(items.iter().filter_map(|i| read_place(i, "places", diags)));
            places
        }
        _ => read_place(node, "places", diags).into_iter().collect(),
    }
}

/// One place: text, or a mapping of fields.
pub(super) fn read_place(
    node: &Node,
    field: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<RawPlace> {
    match &node.value {
        Value::Map(_) => {
            let r = Record::open(node, "a place", PLACE, diags)?;
            Some(RawPlace::Fields(Box::new(RawPlaceFields {
                span: r.span,
                name: r.required("name", "this place", diags),
                country: r.text("country", diags),
                at: r.get("at").and_then(|n| coordinates(n, diags)),
            })))
        }
        Value::Seq(_) => {
            diags.push(wrong_kind(node, &format!("a place for `{field}`")).help(FORMS));
            None
        }
        _ => text(node, field, TextKind::Line, diags).map(RawPlace::Text),
    }
}

/// `at: [36.51, -4.88]`: two numbers, latitude first; anything else is a
/// `bad-coordinates` error at the value.
fn coordinates(node: &Node, diags: &mut Vec<Diagnostic>) -> Option<Sp<(f64, f64)>> {
    let number = |n: &Node| match n.value {
        Value::Int(i) => Some(i as f64),
        Value::Float(x) => Some(x),
        _ => None,
    };
    if let Value::Seq(items) = &node.value
        && let [lat, lon] = items.as_slice()
        && let (Some(lat), Some(lon)) = (number(lat), number(lon))
    {
        return Some(Sp::new((lat, lon), node.span));
    }
    let found = match &node.value {
        Value::Seq(items) if items.len() == 1 => "a list of one value".to_string(),
        Value::Seq(items) if items.len() != 2 => format!("a list of {} values", items.len()),
        Value::Seq(_) => "a list of two that are not both numbers".to_string(),
        other => other.kind_name().to_string(),
    };
    diags.push(
        Diagnostic::error(
            Code::BadCoordinates,
            node.span,
            format!("`at` must be a latitude and a longitude, found {found}"),
        )
        .label("expected `[latitude, longitude]`")
        .help("write two numbers in degrees, latitude first: `at: [36.51, -4.88]` (north and east are positive)"),
    );
    None
}
