//! Chapters of the web page's story: a title, and records that exist in one
//! of the lists (agencies, teams, events, context), with a did-you-mean over
//! all of them when one does not.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::{COUNTRY_PREFIX, Chapter, Id};

impl Validator<'_> {
    pub(super) fn chapter(&mut self, r: &crate::input::RawChapter) -> Option<Chapter> {
        let title = r.title.as_ref()?.as_str().to_owned();
        let ctx = format!("chapter \"{title}\"");
        let mut records = Vec::with_capacity(r.records.len());
        let mut ok = true;
        for id in &r.records {
            let known = [&self.events, &self.teams, &self.agencies, &self.context]
                .iter()
                .any(|c| c.get(&id.value).is_some())
                || self
                    .countries
                    .iter()
                    .any(|(c, _)| id.value.strip_prefix(COUNTRY_PREFIX) == Some(c.code()));
            if known {
                records.push(Id(id.as_str().to_owned()));
                continue;
            }
            ok = false;
            let all: Vec<&str> = [&self.events, &self.teams, &self.agencies, &self.context]
                .iter()
                .flat_map(|c| c.ids())
                .collect();
            let help = match crate::suggest::did_you_mean(&id.value, all.iter().copied()) {
                Some(g) => format!("did you mean `{g}`?"),
                None => "give the id of an agency, a team, an event or a context record".into(),
            };
            self.error(
                Diagnostic::error(
                    Code::DanglingReference,
                    id.span,
                    format!("unknown record `{}` in `records` of {ctx}", id.value),
                )
                .label("no agency, team, event or context record has this id")
                .help(help),
            );
        }
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        Some(Chapter {
            title,
            title_langs: r.title_langs.clone(),
            text: r.text.as_ref().map(|t| t.as_str().to_owned()),
            text_langs: r.text_langs.clone(),
            records: ok.then_some(records)?,
            sources: sources?,
            span: r.span,
        })
    }
}
