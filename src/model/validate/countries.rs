//! A country's authorities named by their country: `country:LT` among a team's
//! members or an event's participants, where the sources name no agency. Each
//! country so named becomes one agency ([`Agency::of_country`]) that every such
//! reference shares, placed after the written agencies in the order first named
//! (teams' members, then events' participants, as the records are read); the
//! code must be a country's (ISO 3166-1 alpha-2, in either case).

use super::Validator;
use super::ids::Collection;
use crate::diag::{Code, Diagnostic};
use crate::input::{Sp, Text};
use crate::model::{Agency, COUNTRY_PREFIX, Country};
use crate::source::Span;

/// The code of a `country:` reference as written (`LT`, `lt`), or `None` for
/// an agency id.
pub(super) fn country_code(reference: &str) -> Option<&str> {
    reference.strip_prefix(COUNTRY_PREFIX)
}

/// The country a code of a `country:` reference names: a country, not `EU` or
/// `INT` (their bodies take part by name).
fn country_of(code: &str) -> Option<Country> {
    Country::from_code(&code.to_ascii_uppercase()).filter(Country::is_country)
}

impl Validator<'_> {
    /// Finds every country named by `country:` among members and participants,
    /// each once, in the order first named, with the place it was first named.
    pub(super) fn index_countries(&mut self, events: &[crate::input::RawEvent]) {
        let raw = self.raw;
        let members = raw
            .teams
            .iter()
            .filter_map(|t| t.members.as_ref())
            .flat_map(|m| &m.value)
            .filter_map(|m| m.agency.as_ref());
        let participants = events.iter().flat_map(|e| &e.participants);
        let mut found: Vec<(Country, Span)> = Vec::new();
        for r in members.chain(participants) {
            if let Some(c) = country_code(&r.value).and_then(country_of)
                && !found.iter().any(|(f, _)| *f == c)
            {
                found.push((c, r.span));
            }
        }
        self.countries = found;
    }

    /// Resolves a member or participant: an agency id, or `country:LT` for
    /// the authorities of a country (an unknown code is reported).
    pub(super) fn resolve_participant(&mut self, r: &Sp<Text>, context: &str) -> Option<usize> {
        let Some(code) = country_code(&r.value) else {
            return self.resolve(r, Collection::Agency, context);
        };
        if let Some(c) = country_of(code) {
            let written = self.agency_alias.iter().filter(|a| a.is_none()).count();
            return self
                .countries
                .iter()
                .position(|(f, _)| *f == c)
                .map(|i| written + i);
        }
        let upper = code.to_ascii_uppercase();
        let d = if Country::from_code(&upper).is_some() {
            Diagnostic::error(
                Code::UnknownCountry,
                r.span,
                format!("`{}` in {context} names no country", r.value),
            )
            .label("not a country")
            .help(format!(
                "`{COUNTRY_PREFIX}` stands for a country's authorities; an EU body or international organisation takes part by name: add it under `agencies:` and use its id"
            ))
        } else {
            let hint = crate::model::country::suggest(code).unwrap_or_else(|| {
                format!("write `{COUNTRY_PREFIX}` and an ISO 3166-1 alpha-2 code (`{COUNTRY_PREFIX}LT`, `{COUNTRY_PREFIX}NL`)")
            });
            Diagnostic::error(
                Code::UnknownCountry,
                r.span,
                format!("unknown country code `{code}` in {context}"),
            )
            .label("not an ISO 3166-1 alpha-2 code")
            .help(hint)
        };
        self.error(d);
        None
    }

    /// Resolves every participant, reporting each one that does not resolve.
    pub(super) fn resolve_participants(
        &mut self,
        refs: &[Sp<Text>],
        context: &str,
    ) -> Option<Vec<usize>> {
        let resolved: Vec<Option<usize>> = refs
            .iter()
            .map(|r| self.resolve_participant(r, context))
            .collect();
        resolved.into_iter().collect()
    }

    /// The authorities of each country named by `country:`, after the written agencies.
    pub(super) fn implicit_agencies(&self) -> impl Iterator<Item = Agency> + '_ {
        self.countries
            .iter()
            .map(|(c, span)| Agency::of_country(*c, *span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_references_are_told_from_ids() {
        assert_eq!(country_code("country:LT"), Some("LT"));
        assert_eq!(country_code("country:lt"), Some("lt"));
        assert_eq!(country_code("Country:LT"), None);
        assert_eq!(country_code("country:"), Some(""));
        assert_eq!(country_code("countryside"), None);
        assert_eq!(country_code("lt"), None);
        assert_eq!(country_code("é"), None);
        assert_eq!(country_of("lt"), Some(Country::from_code("LT").unwrap()));
        assert_eq!(country_of("EU"), None);
        assert_eq!(country_of("UK"), None);
    }
}
