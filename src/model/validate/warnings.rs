//! Warnings on a valid model: agencies nothing refers to, sources nothing
//! cites, records that cite no source.

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::model::Model;

impl Validator<'_> {
    pub(super) fn warn_unused(&mut self, m: &Model) {
        let mut used = vec![false; m.agencies.len()];
        let mut cited = vec![false; m.sources.len()];
        for a in &m.agencies {
            if let Some(p) = a.parent {
                used[p.0] = true;
            }
            a.sources.iter().for_each(|s| cited[s.0] = true);
        }
        for t in &m.teams {
            t.hosted_by.iter().for_each(|h| used[h.0] = true);
            t.members.iter().for_each(|mb| used[mb.agency.0] = true);
            t.sources.iter().for_each(|s| cited[s.0] = true);
        }
        for e in &m.events {
            e.participants.iter().for_each(|p| used[p.0] = true);
            e.sources.iter().for_each(|s| cited[s.0] = true);
        }
        for c in &m.context {
            c.sources.iter().for_each(|s| cited[s.0] = true);
        }
        for (a, _) in m.agencies.iter().zip(&used).filter(|(_, u)| !**u) {
            let at = self
                .raw
                .agencies
                .iter()
                .find(|r| r.span == a.span)
                .and_then(|r| r.id.as_ref())
                .map_or(a.span, |i| i.span);
            self.diags.push(
                Diagnostic::warning(
                    Code::UnusedAgency,
                    at,
                    format!("agency `{}` is never used", a.id),
                )
                .label("no team, event or other agency refers to this agency")
                .help("add it to a team's `members:` or an event's `participants:`, or remove it"),
            );
        }
        for (s, _) in m.sources.iter().zip(&cited).filter(|(_, c)| !**c) {
            let at = self
                .raw
                .sources
                .iter()
                .find(|r| r.span == s.span)
                .and_then(|r| r.id.as_ref())
                .map_or(s.span, |i| i.span);
            self.diags.push(
                Diagnostic::warning(
                    Code::UncitedSource,
                    at,
                    format!("source `{}` is never cited", s.id),
                )
                .label("no record lists this source")
                .help("cite it in the `sources:` of the records it supports, or remove it"),
            );
        }
    }
}

impl Validator<'_> {
    /// Every agency, team, event and context record must say where it comes
    /// from: one that cites no source is a warning at its id, so that
    /// `--deny-warnings` means every record is sourced.
    pub(super) fn warn_uncited(&mut self, m: &Model) {
        // Where each record's id was written, by the record's span.
        let raw = self.raw;
        let ids: std::collections::HashMap<crate::source::Span, crate::source::Span> = raw
            .agencies
            .iter()
            .map(|r| (r.span, r.id.as_ref().map(|i| i.span)))
            .chain(
                raw.teams
                    .iter()
                    .map(|r| (r.span, r.id.as_ref().map(|i| i.span))),
            )
            .chain(
                self.event_ids
                    .iter()
                    .map(|(record, id)| (*record, id.as_ref().map(|i| i.span))),
            )
            .chain(
                raw.context
                    .iter()
                    .map(|r| (r.span, r.id.as_ref().map(|i| i.span))),
            )
            .filter_map(|(record, id)| Some((record, id?)))
            .collect();
        let uncited = m
            .agencies
            .iter()
            // A country's authorities named by their country are cited by
            // the team or event that names them.
            .filter(|a| a.sources.is_empty() && !a.implicit)
            .map(|a| ("agency", &a.id, a.span))
            .chain(
                m.teams
                    .iter()
                    .filter(|t| t.sources.is_empty())
                    .map(|t| ("team", &t.id, t.span)),
            )
            .chain(
                m.events
                    .iter()
                    .filter(|e| e.sources.is_empty())
                    .map(|e| ("event", &e.id, e.span)),
            )
            .chain(
                m.context
                    .iter()
                    .filter(|c| c.sources.is_empty())
                    .map(|c| ("context record", &c.id, c.span)),
            );
        let mut found = Vec::new();
        for (noun, id, span) in uncited {
            found.push(
                Diagnostic::warning(
                    Code::UncitedRecord,
                    ids.get(&span).copied().unwrap_or(span),
                    format!("{noun} `{id}` cites no source"),
                )
                .label("nothing says where this comes from")
                .help("add `sources: [...]` with the ids of the reports that support it; a picture only shows what its sources say"),
            );
        }
        self.diags.extend(found);
    }
}
