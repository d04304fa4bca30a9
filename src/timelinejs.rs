//! TimelineJS3 JSON, for Knight Lab's TimelineJS: a title slide from the
//! dataset's title and description, then one slide per dated record (every
//! event, every team from its start to its end, every context record), each
//! with its dates at the precision the data gives, a group, and HTML text that
//! names who took part, what came of it and the sources (docs/interop.md).
//!
//! TimelineJS writes slide text into the page as HTML, so every dataset string
//! is escaped, by the same code as every XML output; the only markup is this
//! module's own. Two fields, `group` and `display_date`, TimelineJS first
//! reduces to their text by parsing them as HTML, which undoes one level of
//! escaping, and then writes that text back into the page as HTML: those are
//! escaped twice, so that what reaches the page is still escaped once.

use std::fmt::Write as _;

use serde::Serialize;

use crate::graph::{CoopGraph, Grouping};
use crate::i18n::{static_text as label, t};
use crate::model::{
    AgencyRef, Assurance, ContextRef, EventRef, Model, PartialDate, Period, Qualifier, SourceRef,
    TeamRef,
};
use crate::xml::{push_attr, push_text, safe_href};

/// The group of events that belong to no team (`--by agency`), or have no kind
/// (`--by kind`), or no participant to take a country from (`--by country`).
fn other_events() -> &'static str {
    label("lane-other-events")
}

/// The group of teams with no member or host to take a country from (`--by
/// country`), which only a model made without validation can have.
fn other_teams() -> &'static str {
    label("export-other-teams")
}

/// The group of context records, except by kind: they involve no team or country.
fn context_group() -> &'static str {
    label("lane-context-group")
}

/// A TimelineJS document: the title slide and the dated slides ("events" in
/// TimelineJS's words).
#[derive(Serialize)]
struct Document {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Slide>,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    /// Set only where TimelineJS's own wording would say more than the data:
    /// approximate and on-or-before dates, and teams with no end.
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    unique_id: String,
}

/// A date at the precision the data gives: no month or day is ever made up.
#[derive(Serialize)]
struct Date {
    year: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<String>,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

/// A record that becomes a slide.
#[derive(Clone, Copy)]
enum Record {
    Context(ContextRef),
    Team(TeamRef),
    Event(EventRef),
}

impl Record {
    fn period(self, model: &Model) -> Period {
        match self {
            Record::Context(c) => Period::at(model[c].date),
            Record::Team(t) => model[t].period(),
            Record::Event(e) => model[e].period(),
        }
    }

    /// At the same start: the background first, then a team, then its events;
    /// then by the model's order.
    fn rank(self) -> (u8, usize) {
        match self {
            Record::Context(c) => (0, c.0),
            Record::Team(t) => (1, t.0),
            Record::Event(e) => (2, e.0),
        }
    }
}

/// The records of `model` as a TimelineJS3 document (pretty-printed JSON, ending
/// with a line break): those whose dates [`Period::within`] keeps for `from` and
/// `to`, in time order, grouped by team (`Grouping::Agency`), by country or by
/// kind. The same model and arguments give the same bytes.
pub fn timelinejs(
    model: &Model,
    from: Option<&PartialDate>,
    to: Option<&PartialDate>,
    by: Grouping,
) -> String {
    let records = (0..model.context.len())
        .map(|i| Record::Context(ContextRef(i)))
        .chain((0..model.teams.len()).map(|i| Record::Team(TeamRef(i))))
        .chain((0..model.events.len()).map(|i| Record::Event(EventRef(i))));
    let mut kept: Vec<(Period, Record)> = records
        .map(|r| (r.period(model), r))
        .filter(|(p, _)| p.within(from, to))
        .collect();
    // By the start as written (a date known only as "by then" sorts at it, as
    // TimelineJS draws it), then a team before its events, then by the end.
    kept.sort_by_key(|(p, r)| {
        let s = p.start;
        let (kind, index) = r.rank();
        let end = (p.end.is_none(), p.latest_end());
        (s.first_day(), s.last_day(), kind, end, index)
    });
    let document = Document {
        title: title_slide(model),
        events: kept
            .iter()
            .map(|&(period, r)| slide(model, period, r, by))
            .collect(),
    };
    // Plain structs of strings: serialising cannot fail.
    let mut s = serde_json::to_string_pretty(&document).unwrap_or_default();
    s.push('\n');
    s
}

/// [`timelinejs`] for the records behind a graph: its time slice and grouping.
pub(crate) fn of_graph(model: &Model, g: &CoopGraph) -> String {
    let (from, to) = g.window();
    timelinejs(model, from, to, g.grouping())
}

/// The title slide, when the dataset has a title or a description to put on it.
fn title_slide(model: &Model) -> Option<Slide> {
    if model.title.is_none() && model.description.is_none() {
        return None;
    }
    let mut text = String::new();
    if let Some(d) = &model.description {
        paragraph(&mut text, d);
    }
    Some(Slide {
        start_date: None,
        end_date: None,
        display_date: None,
        text: Text {
            headline: model.title.as_deref().map(escaped).unwrap_or_default(),
            text,
        },
        group: None,
        unique_id: "title".into(),
    })
}

fn slide(model: &Model, period: Period, r: Record, by: Grouping) -> Slide {
    let (name, text, id) = match r {
        Record::Context(c) => (
            &model[c].name,
            context_text(model, c),
            ("context", &model[c].id),
        ),
        Record::Team(t) => (&model[t].name, team_text(model, t), ("team", &model[t].id)),
        Record::Event(e) => (
            &model[e].name,
            event_text(model, e),
            ("event", &model[e].id),
        ),
    };
    let start = period.start;
    let end = period
        .end
        .filter(|e| *e != start && e.last_day() >= start.first_day());
    let qualified = |d: &PartialDate| d.qualifier() != Qualifier::Stated;
    // A team with no end is drawn at its start: the words say it goes on.
    let open = matches!(r, Record::Team(_)) && period.end.is_none();
    let worded = qualified(&start) || period.end.as_ref().is_some_and(qualified) || open;
    Slide {
        start_date: Some(date(&start)),
        end_date: end.as_ref().map(date),
        display_date: worded.then(|| escaped_twice(&period.human())),
        text: Text {
            headline: escaped(name),
            text,
        },
        group: Some(escaped_twice(&group(model, r, by))),
        // Ids are unique within their kind of record and never hold a space.
        unique_id: format!("{}-{}", id.0, id.1),
    }
}

fn date(d: &PartialDate) -> Date {
    Date {
        year: d.year().to_string(),
        month: d.month().map(|m| m.to_string()),
        day: d.day().map(|x| x.to_string()),
    }
}

/// The slide's group, as plain text: see the table in docs/interop.md.
fn group(model: &Model, r: Record, by: Grouping) -> String {
    match (by, r) {
        (Grouping::Kind, Record::Context(c)) => readable(model[c].kind.as_str()),
        (_, Record::Context(_)) => context_group().into(),
        (Grouping::Agency, Record::Team(t)) => model[t].name.clone(),
        (Grouping::Agency, Record::Event(e)) => model[e]
            .teams
            .first()
            .map_or_else(|| other_events().into(), |t| model[*t].name.clone()),
        (Grouping::Country, Record::Team(t)) => team_country(model, t),
        (Grouping::Country, Record::Event(e)) => {
            let ev = &model[e];
            match first_national(model, &ev.participants) {
                Some(c) => c,
                None => ev
                    .teams
                    .first()
                    .map_or_else(|| other_events().into(), |t| team_country(model, *t)),
            }
        }
        (Grouping::Kind, Record::Team(t)) => readable(model[t].kind.noun()),
        (Grouping::Kind, Record::Event(e)) => model[e]
            .kind
            .as_deref()
            .map_or_else(|| other_events().into(), readable),
    }
}

/// The country of the first agency in `agencies` that belongs to one, else of
/// the first (the European Union, International), else nothing.
fn first_national(model: &Model, agencies: &[AgencyRef]) -> Option<String> {
    let national = agencies
        .iter()
        .map(|a| model[*a].country)
        .find(|c| c.is_country());
    national
        .or_else(|| agencies.first().map(|a| model[*a].country))
        .map(|c| c.name().to_string())
}

/// A team's country: its first national member's, else its host's, else its
/// first member's (a team of EU bodies is in the European Union's group).
fn team_country(model: &Model, t: TeamRef) -> String {
    let team = &model[t];
    let agencies: Vec<AgencyRef> = team
        .members
        .iter()
        .map(|m| m.agency)
        .chain(team.hosted_by)
        .collect();
    // Validation gives every team a member; a model made by hand may have none.
    first_national(model, &agencies).unwrap_or_else(|| other_teams().into())
}

/// `action-day` as a heading: `Action day`.
fn readable(kind: &str) -> String {
    let spaced = kind.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => spaced,
    }
}

fn event_text(model: &Model, e: EventRef) -> String {
    let ev = &model[e];
    let mut t = String::new();
    if let Some(k) = &ev.kind {
        emphasis(&mut t, &readable(k), None);
    }
    field(
        &mut t,
        label("tip-teams"),
        ev.teams.iter().map(|x| isolated(&model[*x].name)),
    );
    let mut seen = Vec::with_capacity(ev.participants.len());
    for a in &ev.participants {
        if !seen.contains(a) {
            seen.push(*a);
        }
    }
    field(
        &mut t,
        label("tip-participants"),
        seen.iter().map(|a| agency(model, *a)),
    );
    field(
        &mut t,
        label("tip-places"),
        ev.places.iter().map(|p| isolated(&p.name)),
    );
    let outcomes = ev
        .outcomes
        .iter()
        .map(|(k, v)| isolated(&crate::model::describe_outcome(k, v)));
    field(&mut t, label("tip-outcomes"), outcomes);
    if let Some(n) = &ev.notes {
        paragraph(&mut t, n);
    }
    sources(&mut t, model, (&ev.sources, &ev.assurance));
    t
}

fn team_text(model: &Model, t: TeamRef) -> String {
    let team = &model[t];
    let mut out = String::new();
    let host = team
        .hosted_by
        .map(|h| t!("export-hosted-by", host = agency(model, h)));
    emphasis(
        &mut out,
        &readable(crate::layout::kit::team_kind_name(team.kind)),
        host.as_deref(),
    );
    let members = team.members.iter().map(|m| {
        let mut s = agency(model, m.agency);
        if let Some(role) = &m.role {
            s.push_str(", ");
            s.push_str(&isolated(role));
        }
        // Dates of its own: the member joined late or left early.
        if m.from.is_some() || m.to.is_some() {
            let _ = write!(s, ", {}", team.membership_period(m).shown());
        }
        s
    });
    field(&mut out, label("tip-members"), members);
    let basis = team
        .legal_basis
        .iter()
        .map(|b| isolated(b))
        .chain(team.legal_basis_ref.map(|c| isolated(&model[c].name)));
    field(&mut out, label("tip-legal-basis"), basis);
    if let Some(n) = &team.notes {
        paragraph(&mut out, n);
    }
    sources(&mut out, model, (&team.sources, &team.assurance));
    out
}

fn context_text(model: &Model, c: ContextRef) -> String {
    let ctx = &model[c];
    let mut t = String::new();
    emphasis(
        &mut t,
        &readable(crate::layout::kit::context_kind_name(ctx.kind)),
        None,
    );
    if let Some(n) = &ctx.notes {
        paragraph(&mut t, n);
    }
    sources(&mut t, model, (&ctx.sources, &ctx.assurance));
    t
}

/// Dataset text as HTML inside `<bdi>`: escaped, and isolated, so that a
/// right-to-left name, or one with an unclosed direction override, cannot
/// reorder the names and words written after it on the same line.
fn isolated(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 11);
    out.push_str("<bdi>");
    push_attr(&mut out, s);
    out.push_str("</bdi>");
    out
}

/// `Name (Country)`, as HTML; a country's authorities named by their country
/// are said to be so: `Authorities of Lithuania (not named in the sources)`.
fn agency(model: &Model, a: AgencyRef) -> String {
    let ag = &model[a];
    if ag.implicit {
        return t!("export-not-named", name = isolated(&ag.name));
    }
    format!("{} ({})", isolated(&ag.name), ag.country.name())
}

/// `<p><em>what</em>, rest</p>`: `what` is text, `rest` HTML.
fn emphasis(out: &mut String, what: &str, rest: Option<&str>) {
    out.push_str("<p><em>");
    out.push_str(&isolated(what));
    out.push_str("</em>");
    if let Some(r) = rest {
        out.push_str(", ");
        out.push_str(r);
    }
    out.push_str("</p>");
}

/// `<p><strong>label:</strong> a; b</p>` (`label` ends with its colon, as
/// the language writes it) from items in HTML, or nothing when there are none.
fn field(out: &mut String, label: &str, items: impl Iterator<Item = String>) {
    let mut any = false;
    for item in items {
        if any {
            out.push_str("; ");
        } else {
            out.push_str("<p><strong>");
            push_text(out, label);
            out.push_str("</strong> ");
            any = true;
        }
        out.push_str(&item);
    }
    if any {
        out.push_str("</p>");
    }
}

fn paragraph(out: &mut String, text: &str) {
    out.push_str("<p>");
    push_attr(out, text);
    out.push_str("</p>");
}

/// The sources as a list: publisher and date, then the title, linked when the
/// source has a web or mail address, and the grade the record gives it; then
/// the record's confidence, when stated or graded.
fn sources(out: &mut String, model: &Model, (refs, sure): (&[SourceRef], &Assurance)) {
    if let Some(c) = sure.confidence {
        out.push_str("<p><strong>");
        push_text(out, label("export-confidence"));
        out.push_str("</strong> ");
        push_text(out, crate::layout::kit::confidence_name(c));
        if sure.from_grades {
            out.push(' ');
            push_text(out, label("export-from-grades"));
        }
        out.push_str("</p>");
    }
    if refs.is_empty() {
        return;
    }
    out.push_str("<p><strong>");
    push_text(out, label("tip-sources"));
    out.push_str("</strong></p><ul>");
    for r in refs {
        let s = &model[*r];
        out.push_str("<li>");
        let lead: Vec<String> = s
            .publisher
            .iter()
            .map(|p| isolated(p))
            .chain(s.date.map(|d| d.human()))
            .collect();
        if !lead.is_empty() {
            out.push_str(&lead.join(", "));
            out.push_str(": ");
        }
        match s.url.as_deref().filter(|u| safe_href(u)) {
            Some(u) => {
                out.push_str("<a href=\"");
                push_attr(out, u);
                out.push_str("\" target=\"_blank\" rel=\"noopener noreferrer\">");
                out.push_str(&isolated(&s.title));
                out.push_str("</a>");
            }
            None => out.push_str(&isolated(&s.title)),
        }
        let more = s
            .urls
            .iter()
            .enumerate()
            .map(|(k, u)| (u, t!("page-source-link", number = k + 2)));
        let archived = s.archived.iter().map(|a| (a, t!("page-source-archived")));
        for (u, text) in more.chain(archived) {
            if safe_href(u) {
                out.push_str(" · <a href=\"");
                push_attr(out, u);
                out.push_str("\" target=\"_blank\" rel=\"noopener noreferrer\">");
                push_text(out, &text);
                out.push_str("</a>");
            }
        }
        if let Some(d) = s.accessed {
            out.push_str(" · ");
            push_text(out, &t!("page-source-accessed", date = d.human()));
        }
        if let Some(g) = sure.grade_of(*r) {
            let _ = write!(
                out,
                " · {}",
                escaped(&t!("export-graded", grade = g.describe()))
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_attr(&mut out, s);
    out
}

fn escaped_twice(s: &str) -> String {
    escaped(&escaped(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(yaml: &str) -> Model {
        let mut s = crate::source::SourceSet::new();
        s.add("t.yaml", yaml);
        crate::check(&s).expect("valid").model
    }

    #[test]
    fn kinds_read_as_headings() {
        assert_eq!(readable("action-day"), "Action day");
        assert_eq!(readable("framework_decision"), "Framework decision");
        assert_eq!(readable("éclat"), "Éclat");
        assert_eq!(readable(""), "");
    }

    #[test]
    fn records_with_no_one_to_take_a_country_from_still_have_a_group() {
        let mut m = model(
            "
agencies:
  - {id: a, name: A, country: NL, kind: police}
teams:
  - {id: t, name: T, kind: jit, start: 2020, members: [a]}
events:
  - {id: e, name: E, date: 2021}
",
        );
        // Validation keeps a member in every team; a model changed by hand may not.
        m.teams[0].members.clear();
        assert_eq!(
            group(&m, Record::Team(TeamRef(0)), Grouping::Country),
            "Other teams"
        );
        assert_eq!(
            group(&m, Record::Event(EventRef(0)), Grouping::Country),
            "Other events"
        );
        assert_eq!(
            group(&m, Record::Event(EventRef(0)), Grouping::Kind),
            "Other events"
        );
        let s = timelinejs(&m, None, None, Grouping::Country);
        assert!(s.contains("\"unique_id\": \"team-t\""), "{s}");
    }

    #[test]
    fn an_end_before_a_start_known_only_as_by_then_is_left_to_the_words() {
        let m = model(
            "
agencies:
  - {id: a, name: A, country: NL, kind: police}
teams:
  - {id: t, name: T, kind: jit, start: \"..2020-12-03\", end: 2020-06, members: [a]}
",
        );
        let s = slide(
            &m,
            m.teams[0].period(),
            Record::Team(TeamRef(0)),
            Grouping::Agency,
        );
        // TimelineJS would draw a span running backwards; the words say it all.
        assert!(s.end_date.is_none());
        assert_eq!(s.display_date.as_deref(), Some("by 3 Dec 2020 – Jun 2020"));
    }
}
