//! What a web page shows beside the picture: the case's description, its
//! agencies with what each is linked to (for the search box), and its sources.
//! Gathered from the model by layout, so that rendering never reads the model.

use std::collections::BTreeSet;

use crate::model::{AgencyRef, Model, SourceRef, outcome_words};

/// The lists of a web page, in the model's order.
#[derive(Clone, Debug, PartialEq)]
pub struct PageData {
    /// The dataset's description.
    pub description: Option<String>,
    /// Every agency.
    pub agencies: Vec<PageAgency>,
    /// Every source.
    pub sources: Vec<PageSource>,
    /// Every team, event and context record, in date order: the table view,
    /// and what the details panel says of a record.
    pub records: Vec<PageRecord>,
    /// The story, chapter by chapter.
    pub chapters: Vec<PageChapter>,
    /// The language its words were written in, and the page's.
    pub lang: crate::i18n::Lang,
}

/// A team, event or context record as the table and the details panel say it.
#[derive(Clone, Debug, PartialEq)]
pub struct PageRecord {
    /// Its id.
    pub id: String,
    /// What it is, in words (`joint investigation team`, `action day`).
    pub kind: String,
    /// Its name.
    pub name: String,
    /// When, as precisely as the data says.
    pub when: String,
    /// Who took part (host first for a team), by label.
    pub who: Vec<String>,
    /// Where, as written.
    pub places: Vec<String>,
    /// Outcomes in words (`3 arrests, EUR 145,000 in cash`).
    pub outcomes: Option<String>,
    /// The dataset's remarks.
    pub notes: Option<String>,
    /// How sure the record is, when said or graded (`medium`).
    pub confidence: Option<String>,
    /// Its sources, as positions in [`PageData::sources`].
    pub sources: Vec<usize>,
}

/// A chapter of the page's story.
#[derive(Clone, Debug, PartialEq)]
pub struct PageChapter {
    /// Its heading.
    pub title: String,
    /// When, as written: the dates of its records.
    pub when: Option<String>,
    /// What it tells.
    pub text: Option<String>,
    /// The outcomes of its events, in words.
    pub outcomes: Option<String>,
    /// Its sources and its records', as positions in [`PageData::sources`].
    pub sources: Vec<usize>,
    /// The ids the picture lights: its records and, for a team or an event,
    /// the agencies in it.
    pub records: Vec<String>,
}

/// One agency as the page lists and searches it.
#[derive(Clone, Debug, PartialEq)]
pub struct PageAgency {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its short name.
    pub short: Option<String>,
    /// Its name in its own language.
    pub local: Option<String>,
    /// What labels call it (the short name if any, else the name).
    pub label: String,
    /// Its country code.
    pub country: String,
    /// Its country's name.
    pub country_name: String,
    /// Its kind (`police`, `prosecution`...).
    pub kind: String,
    /// The dataset's remarks on it.
    pub notes: Option<String>,
    /// Every id the picture may tag with it: itself, its country and kind, its
    /// teams and events, and the sources behind all of these.
    pub related: BTreeSet<String>,
}

/// One source as the page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PageSource {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// When, as precisely as known, for people.
    pub date: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// More links to it.
    pub urls: Vec<String>,
    /// An archived copy.
    pub archived: Option<String>,
    /// When the links were last read, for people.
    pub accessed: Option<String>,
}

/// The page's lists for `model`.
pub fn page_data(model: &Model) -> PageData {
    let agencies = model
        .agencies
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut related: BTreeSet<String> = BTreeSet::new();
            related.insert(a.id.as_str().to_string());
            related.insert(a.country.code().to_string());
            related.insert(a.kind.as_str().to_string());
            let mut cited: BTreeSet<usize> = a.sources.iter().map(|s| s.0).collect();
            for t in &model.teams {
                if t.hosted_by.is_some_and(|h| h.0 == i)
                    || t.members.iter().any(|m| m.agency.0 == i)
                {
                    related.insert(t.id.as_str().to_string());
                    cited.extend(t.sources.iter().map(|s| s.0));
                }
            }
            for e in &model.events {
                if e.participants.iter().any(|p| p.0 == i) {
                    related.insert(e.id.as_str().to_string());
                    cited.extend(e.sources.iter().map(|s| s.0));
                }
            }
            // The sources behind everything highlighted light up with it.
            related.extend(
                cited
                    .iter()
                    .filter_map(|&s| model.sources.get(s))
                    .map(|s| s.id.as_str().to_string()),
            );
            PageAgency {
                id: a.id.as_str().to_string(),
                name: a.name.clone(),
                short: a.short.clone(),
                local: a.local_name.clone(),
                label: a.label().to_string(),
                country: a.country.code().to_string(),
                country_name: a.country.name().to_string(),
                kind: crate::layout::kit::agency_kind_name(a.kind).to_string(),
                notes: a.notes.clone(),
                related,
            }
        })
        .collect();
    let sources = model
        .sources
        .iter()
        .map(|s| PageSource {
            id: s.id.as_str().to_string(),
            title: s.title.clone(),
            publisher: s.publisher.clone(),
            date: s.date.as_ref().map(|d| d.human()),
            url: s.url.clone(),
            urls: s.urls.clone(),
            archived: s.archived.clone(),
            accessed: s.accessed.as_ref().map(|d| d.human()),
        })
        .collect();
    let records = records(model);
    let chapters = chapters(model, &records);
    PageData {
        lang: crate::i18n::lang(),
        description: model.description.clone(),
        agencies,
        sources,
        records,
        chapters,
    }
}

/// Where a record sorts: by its start, then its end (open ends last).
type Order = (chrono::NaiveDate, chrono::NaiveDate, chrono::NaiveDate);

/// A start known only as "on or before" sorts at its latest date, which is
/// what the table says of it.
fn order(p: &crate::model::Period) -> Order {
    let (earliest, latest, end) = p.sort_key();
    (earliest.unwrap_or(latest), latest, end)
}

/// Teams, events and context records, in date order (by start, then end).
fn records(model: &Model) -> Vec<PageRecord> {
    let label = |a: AgencyRef| model[a].label().to_string();
    let sources = |s: &[SourceRef]| s.iter().map(|s| s.0).collect::<Vec<usize>>();
    let confidence = |a: &crate::model::Assurance| {
        a.confidence
            .map(|c| crate::layout::kit::confidence_name(c).to_string())
    };
    let mut dated: Vec<(Order, PageRecord)> =
        Vec::with_capacity(model.teams.len() + model.events.len() + model.context.len());
    for t in &model.teams {
        let mut who: Vec<String> = t.hosted_by.iter().map(|h| label(*h)).collect();
        for m in &t.members {
            let l = label(m.agency);
            if !who.contains(&l) {
                who.push(l);
            }
        }
        dated.push((
            order(&t.period()),
            PageRecord {
                id: t.id.as_str().to_string(),
                kind: crate::layout::kit::team_kind_name(t.kind).to_string(),
                name: t.name.clone(),
                when: t.period().human(),
                who,
                places: Vec::new(),
                outcomes: None,
                notes: t.notes.clone(),
                confidence: confidence(&t.assurance),
                sources: sources(&t.sources),
            },
        ));
    }
    for e in &model.events {
        dated.push((
            order(&e.period()),
            PageRecord {
                id: e.id.as_str().to_string(),
                kind: e
                    .kind
                    .as_deref()
                    .unwrap_or(crate::i18n::static_text("record-event"))
                    .replace(['-', '_'], " "),
                name: e.name.clone(),
                when: e.period().human(),
                who: e.participants.iter().map(|p| label(*p)).collect(),
                places: e.places.iter().map(|p| p.name.clone()).collect(),
                outcomes: (!e.outcomes.is_empty()).then(|| outcome_words(&e.outcomes)),
                notes: e.notes.clone(),
                confidence: confidence(&e.assurance),
                sources: sources(&e.sources),
            },
        ));
    }
    for c in &model.context {
        let p = crate::model::Period::at(c.date);
        dated.push((
            order(&p),
            PageRecord {
                id: c.id.as_str().to_string(),
                kind: crate::layout::kit::context_kind_name(c.kind).to_string(),
                name: c.name.clone(),
                when: p.human(),
                who: Vec::new(),
                places: Vec::new(),
                outcomes: None,
                notes: c.notes.clone(),
                confidence: confidence(&c.assurance),
                sources: sources(&c.sources),
            },
        ));
    }
    // Stable: records of one date keep the dataset's order.
    dated.sort_by_key(|(order, _)| *order);
    dated.into_iter().map(|(_, r)| r).collect()
}

/// The dataset's chapters, or one per event in date order when it writes none.
fn chapters(model: &Model, records: &[PageRecord]) -> Vec<PageChapter> {
    let by_id: std::collections::HashMap<&str, &PageRecord> =
        records.iter().map(|r| (r.id.as_str(), r)).collect();
    // The agencies a record involves: they light with it.
    let involved = |id: &str| -> Vec<String> {
        let mut out: Vec<String> = vec![id.to_string()];
        if let Some(t) = model.team(id) {
            let t = &model[t];
            out.extend(
                t.hosted_by
                    .iter()
                    .map(|h| model[*h].id.as_str().to_string()),
            );
            out.extend(
                t.members
                    .iter()
                    .map(|m| model[m.agency].id.as_str().to_string()),
            );
        } else if let Some(e) = model.event(id) {
            out.extend(
                model[e]
                    .participants
                    .iter()
                    .map(|p| model[*p].id.as_str().to_string()),
            );
        }
        out
    };
    let chapter = |title: String, text: Option<String>, ids: &[&str], own: &[usize]| {
        let mut lit: Vec<String> = Vec::new();
        let mut when: Vec<&str> = Vec::new();
        let mut outcomes: Vec<&str> = Vec::new();
        let mut sources: Vec<usize> = own.to_vec();
        for id in ids {
            for k in involved(id) {
                if !lit.contains(&k) {
                    lit.push(k);
                }
            }
            if let Some(r) = by_id.get(id) {
                if !when.contains(&r.when.as_str()) {
                    when.push(&r.when);
                }
                outcomes.extend(r.outcomes.as_deref());
                sources.extend(r.sources.iter().copied());
            } else if let Some(a) = model.agency(id) {
                sources.extend(model[a].sources.iter().map(|s| s.0));
            }
        }
        let mut seen = BTreeSet::new();
        sources.retain(|s| seen.insert(*s));
        PageChapter {
            title,
            when: (!when.is_empty()).then(|| when.join("; ")),
            text,
            outcomes: (!outcomes.is_empty()).then(|| outcomes.join("; ")),
            sources,
            records: lit,
        }
    };
    if model.chapters.is_empty() {
        return records
            .iter()
            .filter(|r| model.event(&r.id).is_some())
            .map(|r| chapter(r.name.clone(), r.notes.clone(), &[r.id.as_str()], &[]))
            .collect();
    }
    model
        .chapters
        .iter()
        .map(|c| {
            // A record a filter left out is not in the model any more.
            let ids: Vec<&str> = c
                .records
                .iter()
                .map(|i| i.as_str())
                .filter(|i| by_id.contains_key(i) || model.agency(i).is_some())
                .collect();
            let own: Vec<usize> = c.sources.iter().map(|s| s.0).collect();
            chapter(c.title.clone(), c.text.clone(), &ids, &own)
        })
        .collect()
}
