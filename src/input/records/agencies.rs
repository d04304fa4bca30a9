//! `agencies:`: an agency's fields as written; its country is required but
//! for private and civil-society partners.

use super::super::yaml::{Node, Value};
use super::{AGENCY, RawAssurance, RawDataset, RawPlace, Record, Sp, Text, TextKind, places};
use crate::diag::Diagnostic;
use crate::lang::Translations;
use crate::source::Span;

/// A police force, prosecution service, court, EU body...
#[derive(Clone, Debug)]
pub struct RawAgency {
    /// The whole record.
    pub span: Span,
    /// `id:`
    pub id: Option<Sp<Text>>,
    /// `name:`; for a name in several languages, the English one, else the first.
    pub name: Option<Sp<Text>>,
    /// `name:` in several languages, when written so.
    pub name_langs: Translations,
    /// `local_name:`
    pub local_name: Option<Sp<Text>>,
    /// `short:`, as `name`.
    pub short: Option<Sp<Text>>,
    /// `short:` in several languages, when written so.
    pub short_langs: Translations,
    /// `country:`
    pub country: Option<Sp<Text>>,
    /// `kind:`
    pub kind: Option<Sp<Text>>,
    /// `parent:`
    pub parent: Option<Sp<Text>>,
    /// `seat:`
    pub seat: Option<RawPlace>,
    /// `notes:`
    pub notes: Option<Sp<Text>>,
    /// `sources:`
    pub sources: Vec<Sp<Text>>,
    /// `confidence:` and the grades given in `sources:`.
    pub assurance: RawAssurance,
}

/// Reads one item of `agencies:`.
pub(super) fn read_agency(item: &Node, raw: &mut RawDataset, diags: &mut Vec<Diagnostic>) {
    if let Some(r) = Record::open(item, "an agency", AGENCY, diags) {
        let (name, name_langs) = r.required_localised("name", "this agency", diags);
        let (short, short_langs) = r.localised("short", TextKind::Line, diags);
        raw.agencies.push(RawAgency {
            span: r.span,
            id: r.required("id", "this agency", diags),
            name,
            name_langs,
            local_name: r.text("local_name", diags),
            short,
            short_langs,
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
