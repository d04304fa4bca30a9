//! The words every view's hover text shares: a period as people read it and
//! as the source wrote it, and the sources behind a record, so that a reader
//! pointing at any mark in any view learns when, how surely, and says who.

use std::fmt::Write;

use crate::i18n::{static_text as label, t};
use crate::model::{AgencyRef, Assurance, EventRef, Model, Period, SourceRef, TeamKind};

/// `human (as written: given)`: `c. June 2024 (as written: ~2024-06)`.
pub(crate) fn write_period(out: &mut String, period: &Period) {
    let (mut human, mut given) = (String::new(), String::new());
    let _ = period.write_human(&mut human);
    let _ = period.write_given(&mut given);
    out.push_str(&t!("tip-as-written", human = human, given = given));
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
    let mut given = ev.start.to_string();
    if let Some(end) = ev.end {
        given.push_str(" – ");
        let _ = end.write_given(&mut given);
    }
    let human = ev.period().human();
    t.push_str(&t!("tip-as-written", human = human, given = given));
    if let Some(k) = &ev.kind {
        let _ = write!(t, "\n{} {k}", label("tip-kind"));
    }
    for (i, p) in ev.participants.iter().enumerate() {
        if i == 0 {
            let _ = write!(t, "\n{} ", label("tip-participants"));
        } else {
            t.push_str("; ");
        }
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
        if i == 0 {
            let _ = write!(t, "\n{} ", label("tip-places"));
        } else {
            t.push_str("; ");
        }
        t.push_str(&p.name);
    }
    for (i, (k, v)) in ev.outcomes.iter().enumerate() {
        if i == 0 {
            let _ = write!(t, "\n{} ", label("tip-outcomes"));
        } else {
            t.push_str("; ");
        }
        t.push_str(&crate::model::describe_outcome(k, v));
    }
}

/// A team kind as a reader would name it, in the language spoken.
pub(crate) fn team_kind_name(k: TeamKind) -> &'static str {
    label(match k {
        TeamKind::Jit => "team-kind-jit",
        TeamKind::Otf => "team-kind-otf",
        TeamKind::TaskForce => "team-kind-task-force",
        TeamKind::Network => "team-kind-network",
        TeamKind::Other => "team-kind-other",
    })
}

/// An agency kind as a reader would name it (`police`, `EU agency`), in the
/// language spoken.
pub(crate) fn agency_kind_name(k: crate::model::AgencyKind) -> &'static str {
    use crate::model::AgencyKind as K;
    label(match k {
        K::Police => "agency-kind-police",
        K::Prosecution => "agency-kind-prosecution",
        K::Judiciary => "agency-kind-judiciary",
        K::Customs => "agency-kind-customs",
        K::Intelligence => "agency-kind-intelligence",
        K::Ministry => "agency-kind-ministry",
        K::EuAgency => "agency-kind-eu-agency",
        K::International => "agency-kind-international",
        K::Private => "agency-kind-private",
        K::Ngo => "agency-kind-ngo",
        K::Other => "agency-kind-other",
    })
}

/// A context record's kind as a reader would name it, in the language spoken.
pub(crate) fn context_kind_name(k: crate::model::ContextKind) -> &'static str {
    use crate::model::ContextKind as K;
    label(match k {
        K::Convention => "context-kind-convention",
        K::FrameworkDecision => "context-kind-framework-decision",
        K::Regulation => "context-kind-regulation",
        K::Directive => "context-kind-directive",
        K::Decision => "context-kind-decision",
        K::Agreement => "context-kind-agreement",
        K::Judgment => "context-kind-judgment",
        K::Network => "context-kind-network",
        K::Milestone => "context-kind-milestone",
        K::Other => "context-kind-other",
    })
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
        if i == 0 {
            let _ = write!(out, "\n{} ", label("tip-roles"));
        } else {
            out.push_str("; ");
        }
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
        if i == 0 {
            let _ = write!(out, "\n{} ", label("tip-sources"));
        } else {
            out.push_str("; ");
        }
        let s = &model[*r];
        let _ = match (&s.publisher, &s.date) {
            (Some(p), Some(d)) => write!(out, "{p}, {d}: "),
            (Some(p), None) => write!(out, "{p}: "),
            (None, Some(d)) => write!(out, "{d}: "),
            (None, None) => Ok(()),
        };
        out.push_str(&s.title);
        if let Some(g) = sure.grade_of(*r) {
            let _ = write!(out, " {}", t!("tip-graded", grade = g.to_string()));
        }
    }
    write_confidence(out, sure);
}

/// `\nConfidence: low (from the sources' grades)`, or nothing when the record
/// has no confidence stated or graded.
pub(crate) fn write_confidence(out: &mut String, sure: &Assurance) {
    if let Some(c) = sure.confidence {
        let level = confidence_name(c);
        out.push('\n');
        out.push_str(&if sure.from_grades {
            t!("tip-confidence-from-grades", level = level)
        } else {
            t!("tip-confidence", level = level)
        });
    }
}

/// `high`, `medium` or `low`, in the language spoken.
pub(crate) fn confidence_name(c: crate::model::Confidence) -> &'static str {
    use crate::model::Confidence as C;
    label(match c {
        C::High => "confidence-high",
        C::Medium => "confidence-medium",
        C::Low => "confidence-low",
    })
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
