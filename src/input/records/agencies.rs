//! `agencies:`: an agency's fields as written; its country is required but
//! for private and civil-society partners.

use super::super::yaml::{Node, Value};
use super::{AGENCY, RawAssurance, RawDataset, RawPlace, Record, Sp, places, records};
use crate::diag::Diagnostic;
use crate::source::Span;

/// A police force, prosecution service, court, EU body...
#[derive(Clone, Debug)]
pub struct RawAgency {
    /// The whole record.
    pub span: Span,
    /// `id:`
    pub id: Option<Sp<String>>,
    /// `name:`
    pub name: Option<Sp<String>>,
    /// `local_name:`
    pub local_name: Option<Sp<String>>,
    /// `short:`
    pub short: Option<Sp<String>>,
    /// `country:`
    pub country: Option<Sp<String>>,
    /// `kind:`
    pub kind: Option<Sp<String>>,
    /// `parent:`
    pub parent: Option<Sp<String>>,
    /// `seat:`
    pub seat: Option<RawPlace>,
    /// `notes:`
    pub notes: Option<Sp<String>>,
    /// `sources:`
    pub sources: Vec<Sp<String>>,
    /// `confidence:` and the grades given in `sources:`.
    pub assurance: RawAssurance,
}

/// Reads `agencies:`, a list of agencies.
pub(super) fn read_agencies(
    node: &Node,
    raw: &mut RawDataset,
    max_records: usize,
    diags: &mut Vec<Diagnostic>,
) {
    for item in records(node, "agencies", raw, max_records, diags) {
        if let Some(r) = Record::open(item, "an agency", AGENCY, diags) {
            raw.agencies.push(RawAgency {
                span: r.span,
                id: r.required("id", "this agency", diags),
                name: r.required("name", "this agency", diags),
                local_name: r.text("local_name", diags),
                short: r.text("short", diags),
                // Required but for private and civil-society partners.
                country: match r.get("kind").map(|k| &k.value) {
                    Some(Value::Str(k)) if k == "private" || k == "ngo" => r.text("country", diags),
                    _ => r.required("country", "this agency", diags),
                },
                kind: r.required("kind", "this agency", diags),
                parent: r.text("parent", diags),
                seat: r
                    .get("seat")
                    .and_then(|n| places::read_place(n, "seat", diags)),
                notes: r.long_text("notes", diags),
                sources: r.sources(diags),
                assurance: r.assurance(diags),
            });
        }
    }
}
