//! The timeline's words: tooltips, names of kinds, counts, lines cut to fit.

use crate::i18n::{static_text as label, t};
use crate::layout::kit::{
    agency_kind_name, context_kind_name, write_event_details, write_period, write_roles,
    write_sources,
};
use crate::model::{
    AgencyKind, AgencyRef, Assurance, ContextRef, EventRef, Model, Period, SourceRef, TeamRef,
};
use crate::text::{TextMeasure, Weight, truncate, wrap};

/// `\nSources: …` for these sources, empty if there are none.
fn sources_line(model: &Model, refs: &[SourceRef], sure: &Assurance) -> String {
    let mut line = String::new();
    write_sources(&mut line, model, refs, sure);
    line
}

pub(super) use crate::layout::kit::team_kind_name;

/// An agency kind as a lane or group heading (plural where it reads better).
pub(super) fn kind_label(k: AgencyKind) -> &'static str {
    label(match k {
        AgencyKind::Police => "lane-kind-police",
        AgencyKind::Prosecution => "lane-kind-prosecution",
        AgencyKind::Judiciary => "lane-kind-judiciary",
        AgencyKind::Customs => "lane-kind-customs",
        AgencyKind::Intelligence => "lane-kind-intelligence",
        AgencyKind::Ministry => "lane-kind-ministry",
        AgencyKind::EuAgency => "lane-kind-eu-agency",
        AgencyKind::International => "lane-kind-international",
        AgencyKind::Private => "lane-kind-private",
        AgencyKind::Ngo => "lane-kind-ngo",
        AgencyKind::Other => "lane-kind-other",
    })
}

/// An event's tooltip: its name, dates as read and as written, kind, participants,
/// places, outcomes, notes and sources.
pub(super) fn event_tooltip(model: &Model, names: &Names, e: EventRef) -> String {
    // Written in place: every event has one, and a large case has a hundred thousand.
    let mut t = String::with_capacity(256);
    write_event_details(&mut t, model, |a| names.get(a.0), e);
    write_sources(&mut t, model, &model[e].sources, &model[e].assurance);
    t
}

/// Every agency's name in one block: each event's tooltip names its
/// participants, and on a large case names kept with their agencies, all over
/// memory, would each be a wait.
pub(super) struct Names {
    text: String,
    ends: Vec<usize>,
}

impl Names {
    /// Every agency's name, in the model's order.
    pub(super) fn new(model: &Model) -> Names {
        let mut text = String::new();
        let mut ends = Vec::with_capacity(model.agencies.len());
        for a in &model.agencies {
            text.push_str(&a.name);
            ends.push(text.len());
        }
        Names { text, ends }
    }

    /// The name of the agency at index `a`.
    fn get(&self, a: usize) -> &str {
        let from = if a == 0 { 0 } else { self.ends[a - 1] };
        &self.text[from..self.ends[a]]
    }
}

/// An agency's tooltip: name, local name, country and kind, sources.
pub(super) fn agency_tooltip(model: &Model, a: AgencyRef) -> String {
    let ag = &model[a];
    let mut t = ag.name.clone();
    if let Some(l) = &ag.local_name {
        t.push_str(&format!("\n{l}"));
    }
    t.push_str(&format!(
        "\n{} · {}",
        ag.country.name(),
        agency_kind_name(ag.kind)
    ));
    if let Some(n) = &ag.notes {
        t.push_str(&format!("\n{n}"));
    }
    t.push_str(&sources_line(model, &ag.sources, &ag.assurance));
    t
}

/// `text` wrapped to `max` px, kept to two lines (the second cut with "…"), so a
/// very long title cannot push the picture off the canvas.
pub(super) fn at_most_two_lines(
    m: &dyn TextMeasure,
    text: &str,
    size: f64,
    weight: Weight,
    max: f64,
) -> Vec<String> {
    let mut lines = wrap(m, text, size, weight, max);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.extend(truncate(m, &rest, size, weight, max));
    }
    lines
}

/// A bar's tooltip: who is a member of (or hosts) which team, when, in what role,
/// on what legal basis, and the team's sources.
pub(super) fn membership_tooltip(
    model: &Model,
    t: TeamRef,
    who: &str,
    period: Period,
    role: Option<&str>,
    host: bool,
) -> String {
    let team = &model[t];
    let what = if host {
        t!("tip-hosts", who = who, team = team.name.as_str())
    } else {
        t!("tip-member-of", who = who, team = team.name.as_str())
    };
    let role = role
        .map(|r| format!("\n{} {r}", label("tip-role")))
        .unwrap_or_default();
    let basis = team
        .legal_basis
        .as_ref()
        .map(|b| format!("\n{} {b}", label("tip-legal-basis")))
        .unwrap_or_default();
    let notes = team
        .notes
        .as_ref()
        .map(|n| format!("\n{n}"))
        .unwrap_or_default();
    format!(
        "{what} ({})\n{}{role}{basis}{notes}{}",
        team_kind_name(team.kind),
        period.human(),
        sources_line(model, &team.sources, &team.assurance)
    )
}

/// A team's tooltip, for the one bar a column of time draws per team: name,
/// kind, dates as read and as written, members and host, roles, legal basis,
/// notes and sources.
pub(super) fn team_tooltip(model: &Model, t: TeamRef) -> String {
    let team = &model[t];
    let mut tip = format!("{}\n{}, ", team.name, team_kind_name(team.kind));
    write_period(&mut tip, &team.period());
    for (i, m) in team.members.iter().enumerate() {
        if i == 0 {
            tip.push_str(&format!("\n{} ", label("tip-members")));
        } else {
            tip.push_str("; ");
        }
        tip.push_str(&model[m.agency].name);
    }
    if let Some(h) = team.hosted_by {
        tip.push('\n');
        tip.push_str(&t!("tip-hosted-by", host = model[h].name.as_str()));
    }
    write_roles(&mut tip, model, team);
    if let Some(b) = &team.legal_basis {
        tip.push_str(&format!("\n{} {b}", label("tip-legal-basis")));
    }
    if let Some(n) = &team.notes {
        tip.push_str(&format!("\n{n}"));
    }
    tip.push_str(&sources_line(model, &team.sources, &team.assurance));
    tip
}

/// A context record's tooltip: name, date as read and as written, kind, notes, sources.
pub(super) fn context_tooltip(model: &Model, c: ContextRef) -> String {
    let ctxr = &model[c];
    let mut tip = format!(
        "{}\n{}\n{} {}",
        ctxr.name,
        t!(
            "tip-as-written",
            human = ctxr.date.human(),
            given = ctxr.date.to_string()
        ),
        label("tip-kind"),
        context_kind_name(ctxr.kind)
    );
    if let Some(n) = &ctxr.notes {
        tip.push_str(&format!("\n{n}"));
    }
    tip.push_str(&sources_line(model, &ctxr.sources, &ctxr.assurance));
    tip
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, agency, event, load, team};
    use super::*;

    #[test]
    fn an_event_tooltip_names_its_date_participants_and_sources() {
        let model = load(CASE);
        let names = Names::new(&model);
        let tip = event_tooltip(&model, &names, event(&model, "arrests"));
        let lines: Vec<&str> = tip.lines().collect();
        assert_eq!(lines[0], "Arrests in Lille and Rotterdam");
        assert!(
            lines[1].contains("(as written: 2020-11-04)"),
            "{}",
            lines[1]
        );
        assert!(lines.contains(&"Participants: French police; Dutch police"));
        assert!(
            lines
                .last()
                .unwrap()
                .starts_with("Sources: Europol, 2021-03-01: A report")
        );
    }

    #[test]
    fn a_bar_tooltip_says_who_does_what_in_which_team() {
        let model = load(CASE);
        let t = team(&model, "jit-a");
        let period = model[t].period();
        let host = membership_tooltip(&model, t, "Europol", period, None, true);
        assert!(
            host.starts_with(
                "Europol hosts Joint investigation team A (joint investigation team)\n"
            )
        );
        let member = membership_tooltip(&model, t, "French police", period, Some("lead"), false);
        assert!(member.starts_with("French police: member of Joint investigation team A"));
        assert!(member.contains("\nRole: lead"));
        assert!(agency_tooltip(&model, agency(&model, "fr-police")).contains("France · police"));
    }

    #[test]
    fn counts_are_singular_only_for_one() {
        let teams = |n: usize| crate::i18n::t!("count-teams", count = n);
        assert_eq!(teams(1), "1 team");
        assert_eq!(teams(0), "0 teams");
        assert_eq!(teams(12_000), "12,000 teams");
        let _fr = crate::i18n::speak(crate::i18n::Lang::Fr);
        assert_eq!(teams(12_000), "12\u{202f}000 équipes");
    }
}
