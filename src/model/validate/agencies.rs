//! Agencies: a known country and kind, a parent that exists and is not the
//! agency's own ancestor, sources that resolve.

use super::ids::Collection;
use super::kinds::AGENCY_KIND_SYNONYMS;
use super::{Validator, given};
use crate::diag::{Code, Diagnostic};
use crate::model::{Agency, AgencyKind, AgencyRef, Country, Id};

impl Validator<'_> {
    pub(super) fn agency(&mut self, r: &crate::input::RawAgency) -> Option<Agency> {
        let ctx = format!("agency `{}`", r.id.as_ref().map_or("?", |i| i.as_str()));
        let country = r.country.as_ref().and_then(|c| match Country::from_code(&c.value) {
            Some(country) => Some(country),
            None => {
                let hint = crate::model::country::suggest(&c.value).unwrap_or_else(|| {
                    "use an ISO 3166-1 alpha-2 code (`NL`, `FR`, `DE`), `EU` for EU bodies or `INT` for international organisations".into()
                });
                self.error(
                    Diagnostic::error(Code::UnknownCountry, c.span, format!("unknown country code `{}`", c.value))
                        .label("not an ISO 3166-1 alpha-2 code")
                        .help(hint),
                );
                None
            }
        });
        let kind = r
            .kind
            .as_ref()
            .and_then(|k| self.kind(k, &AgencyKind::ALL, "agency", AGENCY_KIND_SYNONYMS));
        // A company or an NGO may be named without a country (the reader
        // required it of every other kind).
        let country = match (&r.country, kind) {
            (None, Some(k)) if k.is_private() => Some(Country::NONE),
            _ => country,
        };
        let parent = r.parent.as_ref().map(|x| {
            self.resolve(x, Collection::Agency, &format!("`parent` of {ctx}"))
                .map(AgencyRef)
        });
        let seat = r
            .seat
            .as_ref()
            .map(|s| self.place(s, &format!("`seat` of {ctx}")));
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        let assurance = self.assurance(&r.assurance, sources.as_deref());
        Some(Agency {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.as_str().to_owned(),
            name_langs: r.name_langs.clone(),
            local_name: r.local_name.as_ref().map(|s| s.as_str().to_owned()),
            short: r.short.as_ref().map(|s| s.as_str().to_owned()),
            short_langs: r.short_langs.clone(),
            country: country?,
            implicit: false,
            kind: kind?,
            parent: given(parent)?,
            seat: given(seat)?,
            notes: r.notes.as_ref().map(|n| n.as_str().to_owned()),
            sources: sources?,
            assurance: assurance?,
            span: r.span,
        })
    }

    /// An agency that is its own ancestor makes hierarchies endless; report each loop once.
    pub(super) fn check_parent_cycles(&mut self) {
        let raw = self.raw;
        let parents: Vec<Option<usize>> = raw
            .agencies
            .iter()
            .map(|a| a.parent.as_ref().and_then(|p| self.agencies.get(&p.value)))
            .collect();
        let parent_of = |i: usize| parents.get(i).copied().flatten();
        let mut reported = vec![false; raw.agencies.len()];
        for start in 0..raw.agencies.len() {
            if reported[start] {
                continue;
            }
            let mut chain = vec![start];
            let mut at = start;
            while let Some(p) = parent_of(at) {
                if p == start {
                    for &i in &chain {
                        reported[i] = true;
                    }
                    let names: Vec<&str> = chain
                        .iter()
                        .chain(std::iter::once(&start))
                        .filter_map(|&i| raw.agencies[i].id.as_ref().map(|s| s.as_str()))
                        .collect();
                    let Some(parent_field) = raw.agencies[start].parent.as_ref() else {
                        break;
                    };
                    let mut d = Diagnostic::error(
                        Code::ParentCycle,
                        parent_field.span,
                        format!(
                            "agency `{}` is its own ancestor: {}",
                            names[0],
                            names.join(" → ")
                        ),
                    )
                    .label("this parent leads back to the agency itself")
                    .help("an agency's `parent` must be a different, higher agency; remove `parent` from one agency in the loop");
                    for &i in chain.iter().skip(1) {
                        if let Some(p) = &raw.agencies[i].parent {
                            d = d.with_label(p.span, "part of the loop");
                        }
                    }
                    self.error(d);
                    break;
                }
                if chain.contains(&p) || chain.len() > raw.agencies.len() {
                    break; // a loop that does not pass through `start`: reported from its own members
                }
                chain.push(p);
                at = p;
            }
        }
    }
}
