//! Raw records → [`Model`]: resolve ids, parse dates, check every rule, report all.
//!
//! [`validate`] runs the steps below in order; each file checks one part of the
//! dataset and reports every mistake it finds there, so a user sees them all at once.

mod agencies;
mod chapters;
mod confidence;
mod context;
mod countries;
mod dates;
mod events;
mod ids;
mod kinds;
mod outcomes;
mod places;
mod sources;
mod style;
mod teams;
mod warnings;

use super::{Agency, Context, Event, Model, Source, Team, Translations};
use crate::diag::{self, Code, Diagnostic};
use crate::input::{RawDataset, RawEvent, Sp, Text};
use ids::IdIndex;

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
///
/// The records are taken, not borrowed: each event is let go as soon as it is
/// checked, so that a large dataset's raw events and their model are not held
/// in full at once.
pub fn validate(mut raw: RawDataset) -> Result<Checked, Vec<Diagnostic>> {
    let events = std::mem::take(&mut raw.events);
    // Where each event was written, and its id, kept after the event is let
    // go: references to events are resolved against the ids, and a warning
    // points at one.
    let event_ids: Vec<(crate::source::Span, Option<Sp<Text>>)> =
        events.iter().map(|e| (e.span, e.id.clone())).collect();
    let mut v = Validator {
        raw: &raw,
        event_ids: &event_ids,
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
        countries: Vec::new(),
        looked_up: Default::default(),
    };
    let model = v.run(events);
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

struct Validator<'a> {
    /// Every record but the events, which [`Validator::run`] takes one by one.
    raw: &'a RawDataset,
    /// Where each event was written, and its id.
    event_ids: &'a [(crate::source::Span, Option<Sp<Text>>)],
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
    /// The countries named by `country:` among members and participants, in
    /// the order first named (teams before events), each with where: the
    /// agencies after the written ones.
    countries: Vec<(crate::model::Country, crate::source::Span)>,
    /// What each place name (in its country, if written) found in the
    /// gazetteer: a case names the same places many times, and a name that
    /// finds nothing costs a search for suggestions.
    looked_up:
        rustc_hash::FxHashMap<(String, Option<crate::model::Country>), crate::geo::cities::Lookup>,
}

/// An optional reference: absent is fine (`Some(None)`), given but unresolved is not (`None`).
fn given<T>(reference: Option<Option<T>>) -> Option<Option<T>> {
    reference.map_or(Some(None), |r| r.map(Some))
}

fn complete<T>(records: Vec<Option<T>>) -> Option<Vec<T>> {
    records.into_iter().collect()
}

impl Validator<'_> {
    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// The steps in order: ids first, so that every record can resolve its
    /// references; then each list; then what needs the whole model.
    fn run(&mut self, raw_events: Vec<RawEvent>) -> Option<Model> {
        let raw = self.raw;
        if self.report_empty() {
            return None;
        }
        self.index_all();
        self.index_countries(&raw_events);
        let sources: Vec<Option<Source>> = raw.sources.iter().map(|r| self.source(r)).collect();
        let agencies: Vec<Option<Agency>> = raw.agencies.iter().map(|r| self.agency(r)).collect();
        let context: Vec<Option<Context>> =
            raw.context.iter().map(|r| self.context_record(r)).collect();
        let teams: Vec<Option<Team>> = raw.teams.iter().map(|r| self.team(r)).collect();
        let events = self.events(raw_events);
        let chapters: Vec<Option<super::Chapter>> =
            raw.chapters.iter().map(|r| self.chapter(r)).collect();
        self.check_parent_cycles();
        let (mut agencies, sources) = self.merge_aliases(agencies, sources);
        agencies.extend(self.implicit_agencies().map(Some));
        let (titles, case_langs) = titles(raw);
        let style = self.style();
        let mut model = Model {
            title: if titles.len() > 1 {
                Some(titles.join(" · "))
            } else {
                titles.first().cloned()
            },
            title_langs: joined_titles(&titles, &case_langs),
            description: raw.description.as_ref().map(|t| t.as_str().to_owned()),
            description_langs: raw.description_langs.clone(),
            lang: raw.lang.as_ref().map(|l| l.as_str().to_owned()),
            sources: complete(sources)?,
            agencies: complete(agencies)?,
            teams: complete(teams)?,
            events: complete(events)?,
            context: complete(context)?,
            chapters: complete(chapters)?,
            cases: titles,
            case_langs,
            style,
        };
        self.warn_unused(&model);
        self.warn_uncited(&model);
        if let Some(lang) = model.lang.clone() {
            model.localise(&lang);
        }
        Some(model)
    }

    /// The model's events, each checked from its raw record. The raw records
    /// are taken from the end of their list, which gives back its room as it
    /// goes, so that the raw events and the model's are never held in full at
    /// once (a large dataset is mostly events).
    fn events(&mut self, mut raw: Vec<RawEvent>) -> Vec<Option<Event>> {
        let mut events = Vec::with_capacity(raw.len());
        while let Some(r) = raw.pop() {
            events.push(self.event(&r));
            if raw.len().is_multiple_of(4096) {
                raw.shrink_to_fit();
            }
        }
        events.reverse();
        events
    }

    /// True, with an error, when the dataset has no records to draw.
    fn report_empty(&mut self) -> bool {
        let raw = self.raw;
        if !(raw.agencies.is_empty()
            && raw.teams.is_empty()
            && self.event_ids.is_empty()
            && raw.context.is_empty())
        {
            return false;
        }
        if let Some(&at) = raw.files.first() {
            self.error(
                Diagnostic::error(Code::EmptyDataset, at, "the dataset has no agencies, teams, events or context")
                    .label("nothing to draw in this file")
                    .help("add at least one record under `agencies:`, `teams:`, `events:` or `context:`; see docs/format.md"),
            );
        }
        true
    }

    /// Folds agencies and sources defined again in another file into their first
    /// definition: one record each, citing the sources of all its definitions,
    /// and an agency's seat the first definition that gives one.
    fn merge_aliases(
        &self,
        mut agencies: Vec<Option<Agency>>,
        sources: Vec<Option<Source>>,
    ) -> (Vec<Option<Agency>>, Vec<Option<Source>>) {
        for (i, alias) in self.agency_alias.iter().enumerate() {
            if let Some(first) = alias {
                let (extra, assurance, seat, names, shorts) = agencies[i]
                    .as_ref()
                    .map(|a| {
                        (
                            a.sources.clone(),
                            a.assurance.clone(),
                            a.seat.clone(),
                            a.name_langs.clone(),
                            a.short_langs.clone(),
                        )
                    })
                    .unwrap_or_default();
                if let Some(Some(target)) = agencies.get_mut(*first) {
                    for s in extra {
                        if !target.sources.contains(&s) {
                            target.sources.push(s);
                        }
                    }
                    target.assurance = std::mem::take(&mut target.assurance).merged(assurance);
                    // A case that does not say where the agency sits leaves
                    // the seat another case gives.
                    if target.seat.is_none() {
                        target.seat = seat;
                    }
                    // Languages only a later definition gives are added.
                    target.name_langs = std::mem::take(&mut target.name_langs).merged(&names);
                    target.short_langs = std::mem::take(&mut target.short_langs).merged(&shorts);
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
        (agencies, sources)
    }
}

/// The titles of the files, each once, in file order, with their texts in
/// several languages (empty for a title written as one string).
fn titles(raw: &RawDataset) -> (Vec<String>, Vec<Translations>) {
    let mut titles: Vec<String> = Vec::new();
    let mut langs = Vec::new();
    for (t, l) in &raw.titles {
        if !titles.iter().any(|x| *x == t.value) {
            titles.push(t.as_str().to_owned());
            langs.push(l.clone());
        }
    }
    (titles, langs)
}

/// The dataset's title in every language some case's title is given in: the
/// cases' titles for that language ([`Translations::pick`]; a title written as
/// one string as it is) joined as the title joins them. Empty when no title is
/// given in several languages.
fn joined_titles(titles: &[String], cases: &[Translations]) -> Translations {
    let mut langs: Vec<&str> = Vec::new();
    for (l, _) in cases.iter().flat_map(Translations::iter) {
        if !langs.iter().any(|k| k.eq_ignore_ascii_case(l)) {
            langs.push(l);
        }
    }
    Translations::new(langs.iter().map(|&l| {
        let each: Vec<&str> = titles
            .iter()
            .zip(cases)
            .map(|(t, c)| c.pick(l).unwrap_or(t))
            .collect();
        (l, each.join(" · "))
    }))
}
