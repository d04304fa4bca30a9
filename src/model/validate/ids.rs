//! Ids and references: every id is well formed and names one record of its list
//! (or one record defined alike in several files), and every reference names a
//! record of the list it points into, with a did-you-mean when it does not.

use std::collections::HashMap;

use super::Validator;
use crate::diag::{Code, Diagnostic};
use crate::input::{Sp, Text};
use crate::model::{Id, SourceRef};
use crate::source::Span;

/// Ids of one collection: id → position of its first record.
#[derive(Default)]
pub(super) struct IdIndex<'a> {
    first: HashMap<&'a str, (usize, Span)>,
    /// The well-formed ids, in order: what references are pointed to.
    order: Vec<&'a str>,
    /// Ids refused as malformed (`FBI`): never suggested, but named when a
    /// reference is one of them written the way it should have been.
    malformed: Vec<&'a str>,
    /// Built on the first dangling reference into this collection.
    suggester: std::cell::OnceCell<crate::suggest::Suggester<'a>>,
}

impl<'a> IdIndex<'a> {
    pub(super) fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id).map(|(i, _)| *i)
    }

    /// The well-formed ids, in order.
    pub(super) fn ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.order.iter().copied()
    }

    /// The id most like `word`, for "did you mean".
    fn did_you_mean(&self, word: &str) -> Option<&'a str> {
        self.suggester
            .get_or_init(|| crate::suggest::Suggester::new(self.order.iter().copied()))
            .did_you_mean(word)
    }
}

#[derive(Clone, Copy)]
pub(super) enum Collection {
    Source,
    Agency,
    Team,
    Event,
    Context,
}

impl Collection {
    fn noun(self) -> &'static str {
        match self {
            Collection::Source => "source",
            Collection::Agency => "agency",
            Collection::Team => "team",
            Collection::Event => "event",
            Collection::Context => "context record",
        }
    }
    fn field(self) -> &'static str {
        match self {
            Collection::Source => "sources",
            Collection::Agency => "agencies",
            Collection::Team => "teams",
            Collection::Event => "events",
            Collection::Context => "context",
        }
    }
}

impl<'a> Validator<'a> {
    /// Indexes the ids of every list. Agencies and sources defined alike in
    /// several files of a folder become aliases of their first definition.
    pub(super) fn index_all(&mut self) {
        let raw = self.raw;
        fn v(s: &Option<Sp<Text>>) -> Option<&str> {
            s.as_ref().map(Sp::as_str)
        }
        let same_source = |a: usize, b: usize| {
            let (x, y) = (&raw.sources[a], &raw.sources[b]);
            v(&x.title) == v(&y.title) && v(&x.url) == v(&y.url)
        };
        let same_agency = |a: usize, b: usize| {
            let (x, y) = (&raw.agencies[a], &raw.agencies[b]);
            v(&x.name) == v(&y.name) && v(&x.country) == v(&y.country) && v(&x.kind) == v(&y.kind)
        };
        let (sources_idx, source_alias) = self.index(
            Collection::Source,
            raw.sources.iter().map(|r| r.id.as_ref()),
            &same_source,
        );
        let (agencies_idx, agency_alias) = self.index(
            Collection::Agency,
            raw.agencies.iter().map(|r| r.id.as_ref()),
            &same_agency,
        );
        self.sources = sources_idx;
        self.agencies = agencies_idx;
        self.source_map = model_map(&source_alias);
        self.agency_map = model_map(&agency_alias);
        self.source_alias = source_alias;
        self.agency_alias = agency_alias;
        let never = |_: usize, _: usize| false;
        self.teams = self
            .index(
                Collection::Team,
                raw.teams.iter().map(|r| r.id.as_ref()),
                &never,
            )
            .0;
        self.events = self
            .index(
                Collection::Event,
                self.event_ids.iter().map(|(_, id)| id.as_ref()),
                &never,
            )
            .0;
        self.context = self
            .index(
                Collection::Context,
                raw.context.iter().map(|r| r.id.as_ref()),
                &never,
            )
            .0;
    }

    /// Checks id form and uniqueness; the first record with an id owns it.
    fn index(
        &mut self,
        what: Collection,
        ids: impl Iterator<Item = Option<&'a Sp<Text>>>,
        same: &dyn Fn(usize, usize) -> bool,
    ) -> (IdIndex<'a>, Vec<Option<usize>>) {
        let mut idx = IdIndex::default();
        let mut alias = Vec::new();
        for (i, id) in ids.enumerate() {
            alias.push(None);
            let Some(id) = id else {
                self.complete = false;
                continue;
            };
            let well_formed = Id::parse(&id.value).is_ok();
            if let Err(why) = Id::parse(&id.value) {
                let suggestion = id.value.trim().to_lowercase().replace(
                    |c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')),
                    "-",
                );
                self.error(
                    Diagnostic::error(Code::InvalidId, id.span, format!("invalid {} id: {why}", what.noun()))
                        .label("not a valid id")
                        .help(format!(
                            "ids use lowercase a-z, 0-9, `-`, `_` and `.`, starting with a letter or digit, e.g. `{}`",
                            suggestion.trim_matches(|c| c == '-' || c == '_' || c == '.')
                        )),
                );
            }
            match idx.first.get(id.value.as_str()) {
                // The same record in another file of a folder: one record, merged.
                Some(&(j, first)) if first.file != id.span.file && same(i, j) => {
                    alias[i] = Some(j);
                }
                Some(&(_, first)) => {
                    self.error(
                        Diagnostic::error(
                            Code::DuplicateId,
                            id.span,
                            format!("duplicate {} id `{}`", what.noun(), id.value),
                        )
                        .label("defined again here")
                        .with_label(first, "first defined here")
                        .help(format!(
                            "every {} needs its own id; rename one, or merge the two records",
                            what.noun()
                        )),
                    );
                }
                None => {
                    idx.first.insert(id.value.as_str(), (i, id.span));
                    if well_formed {
                        idx.order.push(id.value.as_str());
                    } else {
                        idx.malformed.push(id.value.as_str());
                    }
                }
            }
        }
        (idx, alias)
    }

    fn collection(&self, c: Collection) -> &IdIndex<'a> {
        match c {
            Collection::Source => &self.sources,
            Collection::Agency => &self.agencies,
            Collection::Team => &self.teams,
            Collection::Event => &self.events,
            Collection::Context => &self.context,
        }
    }

    /// Resolves a reference to a record of collection `to`, reporting a dangling one.
    pub(super) fn resolve(&mut self, r: &Sp<Text>, to: Collection, context: &str) -> Option<usize> {
        if let Some(i) = self.collection(to).get(&r.value) {
            return Some(match to {
                Collection::Agency => self.agency_map.get(i).copied().unwrap_or(i),
                Collection::Source => self.source_map.get(i).copied().unwrap_or(i),
                _ => i,
            });
        }
        let others = [
            Collection::Agency,
            Collection::Team,
            Collection::Event,
            Collection::Source,
            Collection::Context,
        ];
        let elsewhere = others
            .iter()
            .find(|c| c.noun() != to.noun() && self.collection(**c).get(&r.value).is_some());
        let guess = self.collection(to).did_you_mean(&r.value);
        let lower = r.value.to_lowercase();
        // An agency named or shortened as written (`fbi` for `short: FBI`).
        let by_name = match to {
            Collection::Agency if guess.is_none() => self.raw.agencies.iter().find_map(|a| {
                // In any language it is given in, too.
                let langs = a.short_langs.iter().chain(a.name_langs.iter());
                let named = [&a.short, &a.name]
                    .into_iter()
                    .flatten()
                    .map(|n| n.as_str())
                    .chain(langs.map(|(_, t)| t))
                    .any(|n| n.to_lowercase() == lower);
                let id = a.id.as_ref()?.value.as_str();
                (named && Id::parse(id).is_ok())
                    .then_some((id, a.short.as_ref().or(a.name.as_ref())?))
            }),
            _ => None,
        };
        let malformed = self
            .collection(to)
            .malformed
            .iter()
            .find(|m| m.to_lowercase() == lower);
        let country =
            matches!(to, Collection::Agency) && lower.starts_with(crate::model::COUNTRY_PREFIX);
        let help = match (guess, elsewhere, by_name, malformed) {
            _ if country && !r.value.starts_with(crate::model::COUNTRY_PREFIX) => format!(
                "write `{}` in lowercase for a country's authorities: `{}{}`",
                crate::model::COUNTRY_PREFIX,
                crate::model::COUNTRY_PREFIX,
                r.value
                    .get(crate::model::COUNTRY_PREFIX.len()..)
                    .unwrap_or("")
            ),
            _ if country => format!(
                "`{}` stands for a country's authorities only among a team's `members` and an event's `participants`; here give an agency's id",
                r.value
            ),
            (Some(g), ..) => format!("did you mean `{g}`?"),
            (None, _, Some((id, name)), _) => format!(
                "did you mean `{id}`? (the id of {}; references use ids, not names)",
                name.value
            ),
            (None, _, None, Some(m)) => format!(
                "the {} `{m}` has an id that is not valid (ids are lowercase): rename it `{}` and this reference finds it",
                to.noun(),
                r.value
            ),
            (None, Some(c), None, None) => format!(
                "`{}` is a {}, not {} {}",
                r.value,
                c.noun(),
                if to.noun() == "agency" { "an" } else { "a" },
                to.noun()
            ),
            (None, None, None, None) if self.collection(to).order.is_empty() => format!(
                "the dataset defines no {}; add one under `{}:`",
                to.field(),
                to.field()
            ),
            (None, None, None, None) => format!(
                "define it under `{}:`, or use one of: {}",
                to.field(),
                self.collection(to)
                    .order
                    .iter()
                    .take(8)
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        self.error(
            Diagnostic::error(
                Code::DanglingReference,
                r.span,
                format!("unknown {} `{}` in {context}", to.noun(), r.value),
            )
            .label(format!("no {} has this id", to.noun()))
            .help(help),
        );
        None
    }

    pub(super) fn resolve_all(
        &mut self,
        refs: &[Sp<Text>],
        to: Collection,
        context: &str,
    ) -> Option<Vec<usize>> {
        let mut out = Vec::with_capacity(refs.len());
        let mut ok = true;
        for r in refs {
            match self.resolve(r, to, context) {
                Some(i) => out.push(i),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    pub(super) fn sources_of(
        &mut self,
        refs: &[Sp<Text>],
        context: &str,
    ) -> Option<Vec<SourceRef>> {
        self.resolve_all(refs, Collection::Source, context)
            .map(|v| v.into_iter().map(SourceRef).collect())
    }
}

/// Raw index → model index, when aliases (records merged into an earlier one) are dropped.
fn model_map(alias: &[Option<usize>]) -> Vec<usize> {
    let mut map = vec![0; alias.len()];
    let mut next = 0;
    for (i, a) in alias.iter().enumerate() {
        map[i] = match a {
            Some(j) => map[*j],
            None => {
                next += 1;
                next - 1
            }
        };
    }
    map
}
