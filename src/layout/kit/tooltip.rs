//! The words every view's hover text shares: a period as people read it and
//! as the source wrote it, and the sources behind a record, so that a reader
//! pointing at any mark in any view learns when, how surely, and says who.

use std::fmt::Write;

use crate::model::{AgencyRef, Assurance, EventRef, Model, Period, SourceRef, TeamKind};

/// `human (as written: given)`: `c. June 2024 (as written: ~2024-06)`.
pub(crate) fn write_period(out: &mut String, period: &Period) {
    let _ = period.write_human(out);
    out.push_str(" (as written: ");
    let _ = period.write_given(out);
    out.push(')');
}

/// An event in lines: its name, dates as read and as written, kind,
/// participants (named by `name`), places, outcomes and notes; the words of
/// its tooltip in every view and of a deck's speaker notes.
pub(crate) fn write_event_details<'m>(
    t: &mut String,
    model: &'m Model,
    name: impl Fn(AgencyRef) -> &'m str,
    e: EventRef,
) {
    let ev = &model[e];
    t.push_str(&ev.name);
    t.push('\n');
    let _ = ev.period().write_human(t);
    t.push_str(" (as written: ");
    let _ = ev.start.write_given(t);
    if let Some(end) = ev.end {
        t.push_str(" – ");
        let _ = end.write_given(t);
    }
    t.push(')');
    if let Some(k) = &ev.kind {
        t.push_str("\nKind: ");
        t.push_str(k);
    }
    for (i, p) in ev.participants.iter().enumerate() {
        t.push_str(if i == 0 { "\nParticipants: " } else { "; " });
        t.push_str(name(*p));
    }
    write_places_and_outcomes(t, ev);
    if let Some(n) = &ev.notes {
        let _ = write!(t, "\n{n}");
    }
}

/// `\nPlaces: ...` and `\nOutcomes: ...` of an event, each as written or
/// said for people ("cash: EUR 145,000"); nothing for what it has none of.
pub(crate) fn write_places_and_outcomes(t: &mut String, ev: &crate::model::Event) {
    for (i, p) in ev.places.iter().enumerate() {
        t.push_str(if i == 0 { "\nPlaces: " } else { "; " });
        t.push_str(&p.name);
    }
    for (i, (k, v)) in ev.outcomes.iter().enumerate() {
        t.push_str(if i == 0 { "\nOutcomes: " } else { "; " });
        t.push_str(&crate::model::describe_outcome(k, v));
    }
}

/// A team kind as a reader would name it.
pub(crate) fn team_kind_name(k: TeamKind) -> &'static str {
    k.noun()
}

/// `\nRoles: A (lead, 2020 – Dec 2021); A (support, Jan 2022 – 2024)` for a
/// team whose members have roles or their own dates: who did what, when (a
/// member's own dates only), including a member whose role changed; nothing
/// for a team of plain members.
pub(crate) fn write_roles(out: &mut String, model: &Model, team: &crate::model::Team) {
    let special: Vec<&crate::model::Membership> = team
        .members
        .iter()
        .filter(|m| m.role.is_some() || m.from.is_some() || m.to.is_some())
        .collect();
    for (i, m) in special.iter().enumerate() {
        out.push_str(if i == 0 { "\nRoles: " } else { "; " });
        out.push_str(&model[m.agency].name);
        // The member's own dates only: the team's are said already.
        let own = (m.from.is_some() || m.to.is_some()).then(|| team.membership_period(m).human());
        let said: Vec<String> = m.role.iter().cloned().chain(own).collect();
        out.push_str(" (");
        out.push_str(&said.join(", "));
        out.push(')');
    }
}

/// `\nSources: publisher, date: title (graded A1); …` appended to `out`,
/// then the record's confidence when one is stated or graded; nothing if
/// there are neither.
pub(crate) fn write_sources(out: &mut String, model: &Model, refs: &[SourceRef], sure: &Assurance) {
    for (i, r) in refs.iter().enumerate() {
        out.push_str(if i == 0 { "\nSources: " } else { "; " });
        let s = &model[*r];
        let _ = match (&s.publisher, &s.date) {
            (Some(p), Some(d)) => write!(out, "{p}, {d}: "),
            (Some(p), None) => write!(out, "{p}: "),
            (None, Some(d)) => write!(out, "{d}: "),
            (None, None) => Ok(()),
        };
        out.push_str(&s.title);
        if let Some(g) = sure.grade_of(*r) {
            let _ = write!(out, " (graded {g})");
        }
    }
    write_confidence(out, sure);
}

/// `\nConfidence: low (from the sources' grades)`, or nothing when the record
/// has no confidence stated or graded.
pub(crate) fn write_confidence(out: &mut String, sure: &Assurance) {
    if let Some(c) = sure.confidence {
        let _ = write!(out, "\nConfidence: {c}");
        if sure.from_grades {
            out.push_str(" (from the sources' grades)");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matrix() -> Model {
        let mut s = crate::source::SourceSet::new();
        s.add("m.yaml", crate::MATRIX_YAML);
        crate::check(&s).expect("bundled case").model
    }

    #[test]
    fn a_period_reads_as_people_say_it_then_as_the_source_wrote_it() {
        let m = matrix();
        let otf = m
            .teams
            .iter()
            .find(|t| t.id.as_str() == "otf-matrix")
            .unwrap();
        let mut t = String::new();
        write_period(&mut t, &otf.period());
        assert!(
            t.contains("2024") && t.contains("(as written: 2024-06"),
            "{t}"
        );
    }

    #[test]
    fn sources_are_named_by_publisher_date_and_title() {
        let m = matrix();
        let e = m
            .events
            .iter()
            .find(|e| e.id.as_str() == "action-day")
            .unwrap();
        let mut t = String::new();
        write_sources(&mut t, &m, &e.sources, &e.assurance);
        assert!(t.starts_with("\nSources: "), "{t}");
        let first = &m[e.sources[0]];
        assert!(t.contains(&first.title), "{t}");
        let mut none = String::new();
        write_sources(&mut none, &m, &[], &Default::default());
        assert!(none.is_empty(), "no sources, no line");
    }
}
