//! What a web page shows beside the picture: the case's description, its
//! agencies with what each is linked to (for the search box), and its sources.
//! Gathered from the model by layout, so that rendering never reads the model.

use std::collections::BTreeSet;

use crate::model::Model;

/// The lists of a web page, in the model's order.
#[derive(Clone, Debug, PartialEq)]
pub struct PageData {
    /// The dataset's description.
    pub description: Option<String>,
    /// Every agency.
    pub agencies: Vec<PageAgency>,
    /// Every source.
    pub sources: Vec<PageSource>,
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
                kind: a.kind.as_str().to_string(),
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
    PageData {
        description: model.description.clone(),
        agencies,
        sources,
    }
}
