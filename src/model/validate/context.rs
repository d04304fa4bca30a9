//! Context records (treaties, laws, judgments): the kind is known, the date
//! exists, the sources resolve.

use super::Validator;
use super::kinds::CONTEXT_KIND_SYNONYMS;
use crate::model::{Context, ContextKind, Id};

impl Validator<'_> {
    pub(super) fn context_record(&mut self, r: &crate::input::RawContext) -> Option<Context> {
        let ctx = format!(
            "context record `{}`",
            r.id.as_ref().map_or("?", |i| i.as_str())
        );
        let kind = match &r.kind {
            None => Some(ContextKind::Other),
            Some(k) => self.kind(k, &ContextKind::ALL, "context", CONTEXT_KIND_SYNONYMS),
        };
        let date = r.date.as_ref().and_then(|d| self.date(d, "date"));
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        let assurance = self.assurance(&r.assurance, sources.as_deref());
        Some(Context {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.as_str().to_owned(),
            name_langs: r.name_langs.clone(),
            short: r.short.as_ref().map(|s| s.as_str().to_owned()),
            short_langs: r.short_langs.clone(),
            kind: kind?,
            date: date?,
            notes: r.notes.as_ref().map(|n| n.as_str().to_owned()),
            sources: sources?,
            assurance: assurance?,
            span: r.span,
        })
    }
}
