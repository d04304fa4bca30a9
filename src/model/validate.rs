//! Raw records → [`Model`]: resolve ids, parse dates, check every rule, report all.

use std::collections::HashMap;

use super::date::PartialDate;
use super::{
    Agency, AgencyKind, AgencyRef, Context, ContextKind, ContextRef, Country, Event, Id,
    Membership, Model, Outcome, Source, SourceRef, Team, TeamKind, TeamRef,
};
use crate::diag::{self, Code, Diagnostic};
use crate::input::{RawDataset, RawOutcome, Sp};
use crate::source::Span;
use crate::suggest::did_you_mean;

/// A valid dataset and the warnings found on the way.
#[derive(Clone, Debug)]
pub struct Checked {
    /// The validated records.
    pub model: Model,
    /// Things worth a look that do not make the data wrong.
    pub warnings: Vec<Diagnostic>,
}

/// Validates raw records. Returns the model with its warnings, or every error and
/// warning found (sorted by position) when anything is wrong. Records that the
/// input stage already found incomplete are skipped here without a second report.
pub fn validate(raw: &RawDataset) -> Result<Checked, Vec<Diagnostic>> {
    let mut v = Validator {
        raw,
        diags: Vec::new(),
        complete: true,
        sources: IdIndex::default(),
        agencies: IdIndex::default(),
        teams: IdIndex::default(),
        events: IdIndex::default(),
        context: IdIndex::default(),
        agency_map: Vec::new(),
        source_map: Vec::new(),
        agency_alias: Vec::new(),
        source_alias: Vec::new(),
    };
    let model = v.run();
    let mut diags = v.diags;
    diag::sort(&mut diags);
    match model {
        Some(model) if v.complete && !diags.iter().any(Diagnostic::is_error) => Ok(Checked {
            model,
            warnings: diags,
        }),
        // Warnings that follow from an error (a duplicate record "never used") only
        // add noise; they show once the errors are fixed.
        _ => Err(diags.into_iter().filter(Diagnostic::is_error).collect()),
    }
}

/// Ids of one collection: id → position of its first record.
#[derive(Default)]
struct IdIndex<'a> {
    first: HashMap<&'a str, (usize, Span)>,
    order: Vec<&'a str>,
    /// Built on the first dangling reference into this collection.
    suggester: std::cell::OnceCell<crate::suggest::Suggester<'a>>,
}

impl<'a> IdIndex<'a> {
    fn get(&self, id: &str) -> Option<usize> {
        self.first.get(id).map(|(i, _)| *i)
    }

    /// The id most like `word`, for "did you mean".
    fn did_you_mean(&self, word: &str) -> Option<&'a str> {
        self.suggester
            .get_or_init(|| crate::suggest::Suggester::new(self.order.iter().copied()))
            .did_you_mean(word)
    }
}

#[derive(Clone, Copy)]
enum Collection {
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

struct Validator<'a> {
    raw: &'a RawDataset,
    diags: Vec<Diagnostic>,
    /// False once a record is skipped; the model is then not returned.
    complete: bool,
    sources: IdIndex<'a>,
    agencies: IdIndex<'a>,
    teams: IdIndex<'a>,
    events: IdIndex<'a>,
    context: IdIndex<'a>,
    /// Raw record → model record, for agencies and sources: the same agency or
    /// source defined in several files of a folder is one record.
    agency_map: Vec<usize>,
    source_map: Vec<usize>,
    agency_alias: Vec<Option<usize>>,
    source_alias: Vec<Option<usize>>,
}

const AGENCY_KIND_SYNONYMS: &[(&str, &str)] = &[
    ("prosecutor", "prosecution"),
    ("prosecutors", "prosecution"),
    ("prosecution-service", "prosecution"),
    ("court", "judiciary"),
    ("judge", "judiciary"),
    ("judicial", "judiciary"),
    ("gendarmerie", "police"),
    ("law-enforcement", "police"),
    ("eu", "eu-agency"),
    ("eu-body", "eu-agency"),
    ("agency", "eu-agency"),
    ("international-organisation", "international"),
    ("international-organization", "international"),
    ("io", "international"),
    ("government", "ministry"),
    ("unknown", "other"),
];

const TEAM_KIND_SYNONYMS: &[(&str, &str)] = &[
    ("joint-investigation-team", "jit"),
    ("operational-task-force", "otf"),
    ("taskforce", "task-force"),
    ("task_force", "task-force"),
];

fn kind_hint(written: &str, names: &[&'static str], synonyms: &[(&str, &'static str)]) -> String {
    let lower = written.to_lowercase().replace(' ', "-");
    let guess = if names.contains(&lower.as_str()) {
        Some(names[names.iter().position(|n| *n == lower).unwrap_or(0)])
    } else {
        synonyms
            .iter()
            .find(|(from, _)| *from == lower)
            .map(|(_, to)| *to)
            .or_else(|| did_you_mean(&lower, names.iter().copied()))
    };
    match guess {
        Some(g) => format!("did you mean `{g}`? Kinds: {}", names.join(", ")),
        None => format!("kinds: {}", names.join(", ")),
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

/// An optional reference: absent is fine (`Some(None)`), given but unresolved is not (`None`).
fn given<T>(reference: Option<Option<T>>) -> Option<Option<T>> {
    reference.map_or(Some(None), |r| r.map(Some))
}

fn complete<T>(records: Vec<Option<T>>) -> Option<Vec<T>> {
    records.into_iter().collect()
}

fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        && !url.chars().any(char::is_whitespace)
}

impl<'a> Validator<'a> {
    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn run(&mut self) -> Option<Model> {
        let raw = self.raw;
        if raw.agencies.is_empty()
            && raw.teams.is_empty()
            && raw.events.is_empty()
            && raw.context.is_empty()
        {
            if let Some(&at) = raw.files.first() {
                self.error(
                    Diagnostic::error(Code::EmptyDataset, at, "the dataset has no agencies, teams, events or context")
                        .label("nothing to draw in this file")
                        .help("add at least one record under `agencies:`, `teams:`, `events:` or `context:`; see docs/format.md"),
                );
            }
            return None;
        }
        let same_source = |a: usize, b: usize| {
            let (x, y) = (&raw.sources[a], &raw.sources[b]);
            let v = |s: &Option<Sp<String>>| s.as_ref().map(|s| s.value.clone());
            v(&x.title) == v(&y.title) && v(&x.url) == v(&y.url)
        };
        let same_agency = |a: usize, b: usize| {
            let (x, y) = (&raw.agencies[a], &raw.agencies[b]);
            let v = |s: &Option<Sp<String>>| s.as_ref().map(|s| s.value.clone());
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
                raw.events.iter().map(|r| r.id.as_ref()),
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

        let sources: Vec<Option<Source>> = raw.sources.iter().map(|r| self.source(r)).collect();
        let agencies: Vec<Option<Agency>> = raw.agencies.iter().map(|r| self.agency(r)).collect();
        let context: Vec<Option<Context>> =
            raw.context.iter().map(|r| self.context_record(r)).collect();
        let teams: Vec<Option<Team>> = raw.teams.iter().map(|r| self.team(r)).collect();
        let events: Vec<Option<Event>> = raw.events.iter().map(|r| self.event(r)).collect();
        self.check_parent_cycles();

        // Fold records defined again in another file into their first definition.
        let mut agencies = agencies;
        for (i, alias) in self.agency_alias.iter().enumerate() {
            if let Some(first) = alias {
                let extra = agencies[i]
                    .as_ref()
                    .map(|a| a.sources.clone())
                    .unwrap_or_default();
                if let Some(Some(target)) = agencies.get_mut(*first) {
                    for s in extra {
                        if !target.sources.contains(&s) {
                            target.sources.push(s);
                        }
                    }
                }
            }
        }
        let keep = |alias: &[Option<usize>], i: usize| alias.get(i).is_none_or(|a| a.is_none());
        let agencies: Vec<Option<Agency>> = agencies
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&self.agency_alias, *i))
            .map(|(_, a)| a)
            .collect();
        let sources: Vec<Option<Source>> = sources
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep(&self.source_alias, *i))
            .map(|(_, s)| s)
            .collect();

        let mut titles: Vec<String> = Vec::new();
        for t in &raw.titles {
            if !titles.contains(&t.value) {
                titles.push(t.value.clone());
            }
        }
        let model = Model {
            title: if titles.len() > 1 {
                Some(titles.join(" · "))
            } else {
                titles.first().cloned()
            },
            description: raw.description.as_ref().map(|t| t.value.clone()),
            sources: complete(sources)?,
            agencies: complete(agencies)?,
            teams: complete(teams)?,
            events: complete(events)?,
            context: complete(context)?,
            cases: titles,
        };
        self.warn_unused(&model);
        Some(model)
    }

    /// Checks id form and uniqueness; the first record with an id owns it.
    fn index(
        &mut self,
        what: Collection,
        ids: impl Iterator<Item = Option<&'a Sp<String>>>,
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
                    idx.order.push(id.value.as_str());
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
    fn resolve(&mut self, r: &Sp<String>, to: Collection, context: &str) -> Option<usize> {
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
        let help = match (guess, elsewhere) {
            (Some(g), _) => format!("did you mean `{g}`?"),
            (None, Some(c)) => format!(
                "`{}` is a {}, not {} {}",
                r.value,
                c.noun(),
                if to.noun() == "agency" { "an" } else { "a" },
                to.noun()
            ),
            (None, None) if self.collection(to).order.is_empty() => format!(
                "the dataset defines no {}; add one under `{}:`",
                to.field(),
                to.field()
            ),
            (None, None) => format!(
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

    fn resolve_all(
        &mut self,
        refs: &[Sp<String>],
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

    fn sources_of(&mut self, refs: &[Sp<String>], context: &str) -> Option<Vec<SourceRef>> {
        self.resolve_all(refs, Collection::Source, context)
            .map(|v| v.into_iter().map(SourceRef).collect())
    }

    fn date(&mut self, d: &Sp<String>, field: &str) -> Option<PartialDate> {
        match PartialDate::parse(&d.value) {
            Ok(date) => Some(date),
            Err(e) => {
                self.error(
                    Diagnostic::error(
                        Code::InvalidDate,
                        d.span,
                        format!("invalid date in `{field}`: {}", e.message),
                    )
                    .label("not a valid date")
                    .help(e.help),
                );
                None
            }
        }
    }

    fn opt_date(&mut self, d: &Option<Sp<String>>, field: &str) -> Result<Option<PartialDate>, ()> {
        match d {
            None => Ok(None),
            Some(d) => self.date(d, field).map(Some).ok_or(()),
        }
    }

    /// Reports an end that is certainly before its start (partial dates compare as intervals).
    fn check_order(
        &mut self,
        start: (&PartialDate, Span, &str),
        end: (&PartialDate, Span, &str),
        what: &str,
    ) -> bool {
        let Some(earliest_start) = start.0.earliest() else {
            return true;
        };
        if end.0.latest() >= earliest_start {
            return true;
        }
        self.error(
            Diagnostic::error(
                Code::DateOrder,
                end.1,
                format!("{what} ends before it starts: `{}: {}` is before `{}: {}`", end.2, end.0, start.2, start.0),
            )
            .label(format!("`{}` is before the start", end.2))
            .with_label(start.1, format!("`{}` is here", start.2))
            .help("check both dates against the sources; the start may be a typo, or the two may be swapped"),
        );
        false
    }

    fn source(&mut self, r: &crate::input::RawSource) -> Option<Source> {
        let url = match &r.url {
            Some(u) if !is_safe_url(&u.value) => {
                self.error(
                    Diagnostic::error(Code::UnsafeUrl, u.span, format!("the url `{}` is not a web or mail link", u.value))
                        .label("only http, https and mailto links are allowed")
                        .help("give the full address starting with `https://`; other schemes (javascript:, data:, file:) would become live links in the pictures"),
                );
                None
            }
            u => u.as_ref().map(|u| u.value.clone()),
        };
        let date = self.opt_date(&r.date, "date");
        Some(Source {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            title: r.title.as_ref()?.value.clone(),
            publisher: r.publisher.as_ref().map(|p| p.value.clone()),
            url: if r.url.is_some() { Some(url?) } else { None },
            date: date.ok()?,
            span: r.span,
        })
    }

    fn agency(&mut self, r: &crate::input::RawAgency) -> Option<Agency> {
        let ctx = format!("agency `{}`", r.id.as_ref().map_or("?", |i| i.as_str()));
        let country = r.country.as_ref().and_then(|c| match Country::from_code(&c.value) {
            Some(country) => Some(country),
            None => {
                let hint = super::country::suggest(&c.value).unwrap_or_else(|| {
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
        let kind = r.kind.as_ref().and_then(|k| {
            match AgencyKind::ALL.iter().find(|(_, n)| *n == k.value) {
                Some((kind, _)) => Some(*kind),
                None => {
                    let names: Vec<&'static str> =
                        AgencyKind::ALL.iter().map(|(_, n)| *n).collect();
                    self.error(
                        Diagnostic::error(
                            Code::UnknownKind,
                            k.span,
                            format!("unknown agency kind `{}`", k.value),
                        )
                        .label("not an agency kind")
                        .help(kind_hint(
                            &k.value,
                            &names,
                            AGENCY_KIND_SYNONYMS,
                        )),
                    );
                    None
                }
            }
        });
        let parent = r.parent.as_ref().map(|x| {
            self.resolve(x, Collection::Agency, &format!("`parent` of {ctx}"))
                .map(AgencyRef)
        });
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        Some(Agency {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.value.clone(),
            local_name: r.local_name.as_ref().map(|s| s.value.clone()),
            short: r.short.as_ref().map(|s| s.value.clone()),
            country: country?,
            kind: kind?,
            parent: given(parent)?,
            sources: sources?,
            span: r.span,
        })
    }

    fn context_record(&mut self, r: &crate::input::RawContext) -> Option<Context> {
        let ctx = format!(
            "context record `{}`",
            r.id.as_ref().map_or("?", |i| i.as_str())
        );
        let kind = match &r.kind {
            None => Some(ContextKind::Other),
            Some(k) => match ContextKind::ALL.iter().find(|(_, n)| *n == k.value) {
                Some((kind, _)) => Some(*kind),
                None => {
                    let names: Vec<&'static str> =
                        ContextKind::ALL.iter().map(|(_, n)| *n).collect();
                    self.error(
                        Diagnostic::error(
                            Code::UnknownKind,
                            k.span,
                            format!("unknown context kind `{}`", k.value),
                        )
                        .label("not a context kind")
                        .help(kind_hint(
                            &k.value,
                            &names,
                            &[
                                ("treaty", "convention"),
                                ("protocol", "convention"),
                                ("fd", "framework-decision"),
                                ("case", "judgment"),
                                ("ruling", "judgment"),
                                ("law", "other"),
                            ],
                        )),
                    );
                    None
                }
            },
        };
        let date = r.date.as_ref().and_then(|d| self.date(d, "date"));
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        Some(Context {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.value.clone(),
            short: r.short.as_ref().map(|s| s.value.clone()),
            kind: kind?,
            date: date?,
            notes: r.notes.as_ref().map(|n| n.value.clone()),
            sources: sources?,
            span: r.span,
        })
    }

    fn team(&mut self, r: &crate::input::RawTeam) -> Option<Team> {
        let ctx = format!("team `{}`", r.id.as_ref().map_or("?", |i| i.as_str()));
        let kind =
            r.kind.as_ref().and_then(
                |k| match TeamKind::ALL.iter().find(|(_, n)| *n == k.value) {
                    Some((kind, _)) => Some(*kind),
                    None => {
                        let names: Vec<&'static str> =
                            TeamKind::ALL.iter().map(|(_, n)| *n).collect();
                        self.error(
                            Diagnostic::error(
                                Code::UnknownKind,
                                k.span,
                                format!("unknown team kind `{}`", k.value),
                            )
                            .label("not a team kind")
                            .help(kind_hint(
                                &k.value,
                                &names,
                                TEAM_KIND_SYNONYMS,
                            )),
                        );
                        None
                    }
                },
            );
        let hosted_by = r.hosted_by.as_ref().map(|x| {
            self.resolve(x, Collection::Agency, &format!("`hosted_by` of {ctx}"))
                .map(AgencyRef)
        });
        let start = r.start.as_ref().and_then(|s| self.date(s, "start"));
        let end = self.opt_date(&r.end, "end");
        if let (Some(s), Ok(Some(e)), Some(ss), Some(es)) = (&start, &end, &r.start, &r.end) {
            self.check_order((s, ss.span, "start"), (e, es.span, "end"), &ctx);
        }
        let mut members = Vec::new();
        let mut members_ok = true;
        if let Some(list) = &r.members {
            if list.value.is_empty() {
                members_ok = false;
                self.error(
                    Diagnostic::error(
                        Code::MissingField,
                        list.span,
                        format!("{ctx} has no members"),
                    )
                    .label("the member list is empty")
                    .help("list at least one agency id under `members:`"),
                );
            }
            for m in &list.value {
                match self.member(
                    m,
                    &ctx,
                    start.as_ref().zip(r.start.as_ref()),
                    end.as_ref()
                        .ok()
                        .and_then(|e| e.as_ref())
                        .zip(r.end.as_ref()),
                ) {
                    Some(m) => members.push(m),
                    None => members_ok = false,
                }
            }
        } else {
            self.complete = false;
        }
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        let legal_basis_ref = r.legal_basis_ref.as_ref().map(|x| {
            self.resolve(
                x,
                Collection::Context,
                &format!("`legal_basis_ref` of {ctx}"),
            )
            .map(ContextRef)
        });
        if !members_ok {
            return None;
        }
        Some(Team {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.value.clone(),
            kind: kind?,
            hosted_by: given(hosted_by)?,
            start: start?,
            end: end.ok()?,
            members,
            legal_basis: r.legal_basis.as_ref().map(|s| s.value.clone()),
            legal_basis_ref: given(legal_basis_ref)?,
            sources: sources?,
            span: r.span,
        })
    }

    fn member(
        &mut self,
        m: &crate::input::RawMember,
        ctx: &str,
        team_start: Option<(&PartialDate, &Sp<String>)>,
        team_end: Option<(&PartialDate, &Sp<String>)>,
    ) -> Option<Membership> {
        let agency = m
            .agency
            .as_ref()
            .and_then(|a| self.resolve(a, Collection::Agency, &format!("`members` of {ctx}")));
        let from = self.opt_date(&m.from, "from");
        let to = self.opt_date(&m.to, "to");
        let (from, to) = (from.ok()?, to.ok()?);
        if let (Some(f), Some(t), Some(fs), Some(ts)) = (&from, &to, &m.from, &m.to) {
            self.check_order((f, fs.span, "from"), (t, ts.span, "to"), "this membership");
        }
        let who = m.agency.as_ref().map_or("this member", |a| a.as_str());
        let outside = |date: &PartialDate,
                       span: Span,
                       field: &str,
                       limit: &PartialDate,
                       limit_span: Span,
                       before: bool| {
            Diagnostic::error(
                Code::MembershipOutsideTeam,
                span,
                format!(
                    "`{who}` is a member {} {ctx} {}: `{field}: {date}` is {} the team's `{}: {limit}`",
                    if before { "before" } else { "after" },
                    if before { "starts" } else { "ends" },
                    if before { "before" } else { "after" },
                    if before { "start" } else { "end" },
                ),
            )
            .label("outside the team's span")
            .with_label(limit_span, format!("the team {} here", if before { "starts" } else { "ends" }))
            .help("a membership must fall within its team's start and end; fix the dates, or the team's span")
        };
        let mut ok = true;
        let given_dates = [(&from, &m.from, "from"), (&to, &m.to, "to")];
        for (d, sp, field) in given_dates {
            let (Some(d), Some(sp)) = (d, sp) else {
                continue;
            };
            if let Some((ts, ts_span)) = team_start
                && ts.earliest().is_some_and(|earliest| d.latest() < earliest)
            {
                let diag = outside(d, sp.span, field, ts, ts_span.span, true);
                self.error(diag);
                ok = false;
            }
            if let Some((te, te_span)) = team_end
                && d.earliest().is_some_and(|e| e > te.latest())
            {
                let diag = outside(d, sp.span, field, te, te_span.span, false);
                self.error(diag);
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        Some(Membership {
            agency: AgencyRef(agency?),
            from,
            to,
            role: m.role.as_ref().map(|r| r.value.clone()),
            span: m.span,
        })
    }

    fn event(&mut self, r: &crate::input::RawEvent) -> Option<Event> {
        let ctx = format!("event `{}`", r.id.as_ref().map_or("?", |i| i.as_str()));
        let (start_field, start_raw) = match (&r.date, &r.start) {
            (Some(d), None) => ("date", Some(d)),
            (None, Some(s)) => ("start", Some(s)),
            (Some(d), Some(s)) => {
                self.error(
                    Diagnostic::error(Code::ConflictingDates, s.span, format!("{ctx} has both `date` and `start`"))
                        .label("`start` given here")
                        .with_label(d.span, "`date` given here")
                        .help("use `date:` for a single day, month or year, or `start:` with `end:` for a span"),
                );
                ("date", None)
            }
            (None, None) => {
                let at = r.id.as_ref().map_or(r.span, |i| i.span);
                self.error(
                    Diagnostic::error(Code::MissingField, at, format!("{ctx} has no `date` or `start`"))
                        .label("this record needs a date")
                        .help("add `date: 2024-12-03` (or `2024-12`, `2024`), or `start:` and `end:` for a span"),
                );
                ("date", None)
            }
        };
        if let (Some(d), Some(e)) = (&r.date, &r.end) {
            self.error(
                Diagnostic::error(
                    Code::ConflictingDates,
                    e.span,
                    format!("{ctx} has `end` with `date`"),
                )
                .label("`end` needs `start`")
                .with_label(d.span, "`date` given here")
                .help("for a span write `start:` and `end:`; for a single date drop `end:`"),
            );
        }
        let start = start_raw.and_then(|s| self.date(s, start_field));
        let end = if r.date.is_some() {
            Ok(None)
        } else {
            self.opt_date(&r.end, "end")
        };
        if let (Some(s), Ok(Some(e)), Some(ss), Some(es)) = (&start, &end, start_raw, &r.end) {
            self.check_order((s, ss.span, "start"), (e, es.span, "end"), &ctx);
        }
        let participants = self.resolve_all(
            &r.participants,
            Collection::Agency,
            &format!("`participants` of {ctx}"),
        );
        let teams = self.resolve_all(&r.teams, Collection::Team, &format!("`teams` of {ctx}"));
        let sources = self.sources_of(&r.sources, &format!("`sources` of {ctx}"));
        if r.participants.is_empty()
            && let Some(id) = &r.id
        {
            self.diags.push(
                Diagnostic::warning(Code::NoParticipants, id.span, format!("{ctx} has no participants"))
                    .label("no agency takes part in this event")
                    .help("list the agencies involved under `participants:`; without them the event links no one"),
            );
        }
        Some(Event {
            id: Id::parse(&r.id.as_ref()?.value).ok()?,
            name: r.name.as_ref()?.value.clone(),
            kind: r.kind.as_ref().map(|k| k.value.clone()),
            start: start?,
            end: end.ok()?,
            participants: participants?.into_iter().map(AgencyRef).collect(),
            teams: teams?.into_iter().map(TeamRef).collect(),
            places: r.places.iter().map(|p| p.value.clone()).collect(),
            outcomes: r
                .outcomes
                .iter()
                .map(|(k, v)| {
                    (
                        k.value.clone(),
                        match &v.value {
                            RawOutcome::Int(i) => Outcome::Int(*i),
                            RawOutcome::Float(f) => Outcome::Float(*f),
                            RawOutcome::Text(t) => Outcome::Text(t.clone()),
                        },
                    )
                })
                .collect(),
            notes: r.notes.as_ref().map(|n| n.value.clone()),
            sources: sources?,
            span: r.span,
        })
    }

    /// An agency that is its own ancestor makes hierarchies endless; report each loop once.
    fn check_parent_cycles(&mut self) {
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

    fn warn_unused(&mut self, m: &Model) {
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
