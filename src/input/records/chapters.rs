//! `chapters:`: the story a web page tells, read as written; validation
//! checks that the records and sources it names exist.

use super::super::yaml::Node;
use super::{CHAPTER, RawDataset, Record, Sp, records};
use crate::diag::Diagnostic;
use crate::source::Span;

/// A chapter of the story a web page tells.
#[derive(Clone, Debug)]
pub struct RawChapter {
    /// The whole record.
    pub span: Span,
    /// `title:`
    pub title: Option<Sp<String>>,
    /// `text:`
    pub text: Option<Sp<String>>,
    /// `records:` ids of the agencies, teams, events and context records it is about.
    pub records: Vec<Sp<String>>,
    /// `sources:` what its text rests on, beyond its records' sources.
    pub sources: Vec<Sp<String>>,
}

/// Reads `chapters:`, a list of chapters.
pub(super) fn read_chapters(
    node: &Node,
    raw: &mut RawDataset,
    max_records: usize,
    diags: &mut Vec<Diagnostic>,
) {
    for item in records(node, "chapters", raw, max_records, diags) {
        if let Some(r) = Record::open(item, "a chapter", CHAPTER, diags) {
            raw.chapters.push(RawChapter {
                span: r.span,
                title: r.required("title", "this chapter", diags),
                text: r.long_text("text", diags),
                records: r.ids("records", diags),
                sources: r.sources(diags),
            });
        }
    }
}
