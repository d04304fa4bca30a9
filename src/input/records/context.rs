//! `context:`: legal instruments and milestones, read as written;
//! validation checks their kinds, dates and sources.

use super::super::yaml::Node;
use super::{CONTEXT, RawAssurance, RawDataset, Record, Sp, Text, TextKind};
use crate::diag::Diagnostic;
use crate::lang::Translations;
use crate::source::Span;

/// A legal instrument or milestone shown as context.
#[derive(Clone, Debug)]
pub struct RawContext {
    /// The whole record.
    pub span: Span,
    /// `id:`
    pub id: Option<Sp<Text>>,
    /// `name:`; for a name in several languages, the English one, else the first.
    pub name: Option<Sp<Text>>,
    /// `name:` in several languages, when written so.
    pub name_langs: Translations,
    /// `short:`, as `name`.
    pub short: Option<Sp<Text>>,
    /// `short:` in several languages, when written so.
    pub short_langs: Translations,
    /// `kind:`
    pub kind: Option<Sp<Text>>,
    /// `date:`
    pub date: Option<Sp<Text>>,
    /// `notes:`
    pub notes: Option<Sp<Text>>,
    /// `sources:`
    pub sources: Vec<Sp<Text>>,
    /// `confidence:` and the grades given in `sources:`.
    pub assurance: RawAssurance,
}

/// Reads one item of `context:`.
pub(super) fn read_context(item: &Node, raw: &mut RawDataset, diags: &mut Vec<Diagnostic>) {
    if let Some(r) = Record::open(item, "a context record", CONTEXT, diags) {
        let (name, name_langs) = r.required_localised("name", "this context record", diags);
        let (short, short_langs) = r.localised("short", TextKind::Line, diags);
        raw.context.push(RawContext {
            span: r.span,
            id: r.required("id", "this context record", diags),
            name,
            name_langs,
            short,
            short_langs,
            kind: r.text("kind", diags),
            date: match r.date("date", diags) {
                Some(d) => Some(d),
                None if r.get("date").is_none() => {
                    r.report_missing("date", "this context record", None, diags);
                    None
                }
                None => None,
            },
            notes: r.long_text("notes", diags),
            sources: r.sources(diags),
            assurance: r.assurance(diags),
        });
    }
}
