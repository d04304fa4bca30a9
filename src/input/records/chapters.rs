//! `chapters:`: the story a web page tells, read as written; validation
//! checks that the records and sources it names exist.

use super::super::yaml::Node;
use super::{CHAPTER, RawDataset, Record, Sp, Text, TextKind};
use crate::diag::Diagnostic;
use crate::lang::Translations;
use crate::source::Span;

/// A chapter of the story a web page tells.
#[derive(Clone, Debug)]
pub struct RawChapter {
    /// The whole record.
    pub span: Span,
    /// `title:`; for a title in several languages, the English one, else the first.
    pub title: Option<Sp<Text>>,
    /// `title:` in several languages, when written so.
    pub title_langs: Translations,
    /// `text:`, as `title`.
    pub text: Option<Sp<Text>>,
    /// `text:` in several languages, when written so.
    pub text_langs: Translations,
    /// `records:` ids of the agencies, teams, events and context records it is about.
    pub records: Vec<Sp<Text>>,
    /// `sources:` what its text rests on, beyond its records' sources.
    pub sources: Vec<Sp<Text>>,
}

/// Reads one item of `chapters:`.
pub(super) fn read_chapter(item: &Node, raw: &mut RawDataset, diags: &mut Vec<Diagnostic>) {
    if let Some(r) = Record::open(item, "a chapter", CHAPTER, diags) {
        let (title, title_langs) = r.required_localised("title", "this chapter", diags);
        let (text, text_langs) = r.localised("text", TextKind::Paragraph, diags);
        raw.chapters.push(RawChapter {
            span: r.span,
            title,
            title_langs,
            text,
            text_langs,
            records: r.ids("records", diags),
            sources: r.sources(diags),
        });
    }
}
