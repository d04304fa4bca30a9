//! Which sources support which records (`coopline check --sources-report`):
//! the list an editor reads before publishing, to see that every claim has
//! its source and every source its claims.
//!
//! ```
//! let mut sources = coopline::SourceSet::new();
//! sources.add("case.yaml", coopline::MATRIX_YAML);
//! let model = coopline::check(&sources).expect("valid").model;
//! let report = coopline::sources_report(&model);
//! assert!(report.contains("  events: "));
//! ```

use std::fmt::Write;

use crate::model::{Assurance, Id, Model, SourceRef};

/// For every source, in the order written: its id, publisher, date and title,
/// then the agencies, teams, events and context records that cite it (each
/// with the grade it gives the source, if any); then
/// the records that cite no source.
pub fn sources_report<'a>(model: &'a Model) -> String {
    let n = model.sources.len();
    // Each citing record's id, with the grade it gives the source: `raid (B2)`.
    let mut by: Vec<[Vec<String>; 4]> = (0..n).map(|_| Default::default()).collect();
    let mut uncited: Vec<String> = Vec::new();
    let mut cite =
        |kind: usize, noun: &str, id: &'a Id, sources: &[SourceRef], sure: &Assurance| {
            if sources.is_empty() {
                uncited.push(format!("{noun} {id}"));
            }
            for s in sources {
                by[s.0][kind].push(match sure.grade_of(*s) {
                    Some(g) => format!("{id} ({g})"),
                    None => id.to_string(),
                });
            }
        };
    // A country's authorities named by their country are cited by the team
    // or event that names them.
    for a in model.agencies.iter().filter(|a| !a.implicit) {
        cite(0, "agency", &a.id, &a.sources, &a.assurance);
    }
    for t in &model.teams {
        cite(1, "team", &t.id, &t.sources, &t.assurance);
    }
    for e in &model.events {
        cite(2, "event", &e.id, &e.sources, &e.assurance);
    }
    for c in &model.context {
        cite(3, "context record", &c.id, &c.sources, &c.assurance);
    }
    let mut out = String::new();
    for (s, cited) in model.sources.iter().zip(&by) {
        let _ = write!(out, "{}", s.id);
        let by_whom = match (&s.publisher, &s.date) {
            (Some(p), Some(d)) => format!("{p}, {d}"),
            (Some(p), None) => p.clone(),
            (None, Some(d)) => d.to_string(),
            (None, None) => String::new(),
        };
        if !by_whom.is_empty() {
            let _ = write!(out, " — {by_whom}");
        }
        let _ = writeln!(out, ": {}", s.title);
        for url in s.url.iter().chain(&s.urls) {
            let _ = writeln!(out, "  {url}");
        }
        if let Some(a) = &s.archived {
            let _ = writeln!(out, "  archived: {a}");
        }
        if let Some(d) = &s.accessed {
            let _ = writeln!(out, "  accessed {d}");
        }
        let mut any = false;
        for (ids, noun) in cited.iter().zip(["agencies", "teams", "events", "context"]) {
            if !ids.is_empty() {
                any = true;
                let list: Vec<&str> = ids.iter().map(String::as_str).collect();
                let _ = writeln!(out, "  {noun}: {}", list.join(", "));
            }
        }
        if !any {
            out.push_str("  cited by no record\n");
        }
    }
    if uncited.is_empty() {
        out.push_str("Every record cites a source.\n");
    } else {
        let (n, cite) = match uncited.len() {
            1 => ("1 record".to_string(), "cites"),
            n => (format!("{n} records"), "cite"),
        };
        let _ = writeln!(out, "{n} {cite} no source: {}", uncited.join(", "));
    }
    out
}
