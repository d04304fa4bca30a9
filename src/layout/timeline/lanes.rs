//! The lanes: what is shown in the window, one lane per agency, team, country or
//! kind with its bars and events, the lanes in reading order and their bars
//! stacked into rows.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::focus::Focus;
use super::wording::{agency_tooltip, kind_label, membership_tooltip, team_kind_name};
use super::{Inputs, LaneMode, TimelineOptions};
use crate::layout::kit::Colors;
use crate::model::{AgencyRef, Country, EventRef, Model, Period, TeamRef};
use crate::style::{Color, Theme};

/// The teams and events inside the window, each team with its colour.
pub(super) struct Shown {
    /// Teams active in the window, in the model's order.
    pub(super) teams: Vec<TeamRef>,
    /// Events inside the window, in the model's order.
    pub(super) events: Vec<EventRef>,
    /// Every event's period (shown or not), by event index: read once, as the
    /// steps would otherwise each walk the whole event list, which on a large case
    /// does not stay in cache.
    pub(super) periods: Vec<Period>,
    team_color: BTreeMap<TeamRef, Color>,
}

impl Shown {
    /// Guarantees: a team or event is shown exactly when its period meets the
    /// window; a team has the colour it has in every view and window.
    pub(super) fn new(model: &Model, opts: &TimelineOptions) -> Shown {
        let teams: Vec<TeamRef> = (0..model.teams.len())
            .map(TeamRef)
            .filter(|t| in_window(opts, &model[*t].period()))
            .collect();
        let periods: Vec<Period> = model.events.iter().map(|e| e.period()).collect();
        let events: Vec<EventRef> = (0..model.events.len())
            .map(EventRef)
            .filter(|e| in_window(opts, &periods[e.0]))
            .collect();
        let colors = Colors::new(model, &opts.theme);
        let team_color = teams.iter().map(|t| (*t, colors.team(*t))).collect();
        Shown {
            teams,
            events,
            periods,
            team_color,
        }
    }

    /// The team's colour (the text colour for a team not shown).
    pub(super) fn color(&self, t: TeamRef, theme: &Theme) -> Color {
        self.team_color.get(&t).copied().unwrap_or(theme.text)
    }
}

fn in_window(opts: &TimelineOptions, p: &Period) -> bool {
    p.within(opts.from.as_ref(), opts.to.as_ref())
}

/// A membership (or hosting) of a team, drawn as a bar in its lane.
#[derive(Clone, Debug)]
pub(super) struct Bar {
    pub(super) team: TeamRef,
    pub(super) period: Period,
    pub(super) host: bool,
    pub(super) tooltip: Arc<str>,
    /// Row within the lane, 0 at the top.
    pub(super) row: usize,
    /// Low confidence (the team's, or the member's): drawn hatched.
    pub(super) low: bool,
}

/// One lane: an agency, team, country or kind.
#[derive(Clone, Debug)]
pub(super) struct Lane {
    pub(super) key: Arc<str>,
    /// The agency a lane of agencies stands for.
    pub(super) agency: Option<AgencyRef>,
    /// The country a lane of countries stands for, named in its colour.
    pub(super) country: Option<Country>,
    pub(super) label: String,
    pub(super) tooltip: Arc<str>,
    pub(super) group: Option<usize>,
    pub(super) bars: Vec<Bar>,
    /// Events drawn on the lane, in the model's order, each once.
    pub(super) events: Vec<EventRef>,
    /// Rows of bars (at least 1).
    pub(super) rows: usize,
    pub(super) focus: bool,
}

/// A heading over consecutive lanes (a country, a team kind).
#[derive(Clone, Debug)]
pub(super) struct Group {
    pub(super) label: String,
    /// The country the group is, whose colour its label is written in.
    pub(super) country: Option<Country>,
}

/// The lanes and the groups they belong to.
pub(super) struct Lanes {
    pub(super) lanes: Vec<Lane>,
    pub(super) groups: Vec<Group>,
}

fn member_bar(
    model: &Model,
    t: TeamRef,
    who: &str,
    period: Period,
    role: Option<&str>,
    host: bool,
) -> Bar {
    Bar {
        team: t,
        period,
        host,
        tooltip: membership_tooltip(model, t, who, period, role, host).into(),
        row: 0,
        low: model[t].assurance.is_low(),
    }
}

/// The key of the lane of events whose participants are not named. Not a
/// possible record id, country code or kind.
pub(super) const UNATTRIBUTED: &str = "(unattributed)";

/// The lanes in the order agencies, teams and events first name them.
/// Guarantees: every shown membership and hosting is a bar on its agency's lane
/// (a host that is also a member gets no second bar), every shown event sits once
/// on each of its participants' (or teams') lanes, an event with none sits on a
/// last lane of its own ([`UNATTRIBUTED`]; with lanes of teams, "Other events"),
/// so every shown event is on a lane; a lane is in focus when any agency in it is.
pub(super) fn collect_lanes(at: &Inputs, shown: &Shown, focus: &Focus) -> Lanes {
    match at.opts.lanes {
        LaneMode::Team => lanes_of_teams(at.model, shown, focus),
        mode => {
            let mut by = ByAgency {
                model: at.model,
                mode,
                focus,
                out: Lanes {
                    lanes: Vec::new(),
                    groups: Vec::new(),
                },
                by_key: BTreeMap::new(),
                group_index: BTreeMap::new(),
                lane_by_agency: vec![None; at.model.agencies.len()],
            };
            for &t in &shown.teams {
                by.add_team(t, at.opts);
            }
            for &e in &shown.events {
                for &p in &at.model[e].participants {
                    let li = by.touch(p);
                    // Events come in order, so a repeat can only be this one (two
                    // participants sharing a lane); an EU body's lane holds a good
                    // share of all events, too many to search.
                    if by.out.lanes[li].events.last() != Some(&e) {
                        by.out.lanes[li].events.push(e);
                    }
                }
            }
            let unattributed: Vec<EventRef> = shown
                .events
                .iter()
                .copied()
                .filter(|e| at.model[*e].participants.is_empty())
                .collect();
            if !unattributed.is_empty() {
                by.out.lanes.push(Lane {
                    key: UNATTRIBUTED.into(),
                    agency: None,
                    country: None,
                    label: crate::i18n::t!("lane-unattributed"),
                    tooltip: crate::i18n::t!("lane-unattributed-tip").into(),
                    group: None,
                    bars: Vec::new(),
                    events: unattributed,
                    rows: 1,
                    focus: at.opts.focus.is_none(),
                });
            }
            by.out
        }
    }
}

/// A lane's key, label, tooltip and group for an agency.
fn lane_of(
    model: &Model,
    mode: LaneMode,
    a: AgencyRef,
) -> (String, String, String, Option<String>) {
    let ag = &model[a];
    match mode {
        LaneMode::Agency => (
            ag.id.as_str().to_string(),
            ag.label().to_string(),
            agency_tooltip(model, a),
            Some(ag.country.name().to_string()),
        ),
        LaneMode::Country => (
            ag.country.code().to_string(),
            ag.country.name().to_string(),
            ag.country.name().to_string(),
            None,
        ),
        _ => (
            ag.kind.as_str().to_string(),
            kind_label(ag.kind).to_string(),
            kind_label(ag.kind).to_string(),
            None,
        ),
    }
}

/// Lanes of agencies (or of their countries or kinds), made as agencies turn up.
struct ByAgency<'a> {
    model: &'a Model,
    mode: LaneMode,
    focus: &'a Focus,
    out: Lanes,
    by_key: BTreeMap<String, usize>,
    group_index: BTreeMap<String, usize>,
    /// Each agency's lane, once known: participants recur in thousands of
    /// events, and naming a lane builds its label and tooltip.
    lane_by_agency: Vec<Option<usize>>,
}

impl ByAgency<'_> {
    /// The agency's lane, made if new; marks it in focus if the agency is.
    fn touch(&mut self, a: AgencyRef) -> usize {
        if let Some(i) = self.lane_by_agency.get(a.0).copied().flatten() {
            if self.focus.agency(a) {
                self.out.lanes[i].focus = true;
            }
            return i;
        }
        let (key, label, tooltip, group) = lane_of(self.model, self.mode, a);
        if let Some(&i) = self.by_key.get(&key) {
            if self.focus.agency(a) {
                self.out.lanes[i].focus = true;
            }
            if let Some(slot) = self.lane_by_agency.get_mut(a.0) {
                *slot = Some(i);
            }
            return i;
        }
        let groups = &mut self.out.groups;
        let country = (self.mode == LaneMode::Agency).then(|| self.model[a].country);
        let gi = group.map(|g| {
            *self.group_index.entry(g.clone()).or_insert_with(|| {
                groups.push(Group { label: g, country });
                groups.len() - 1
            })
        });
        let lanes = &mut self.out.lanes;
        lanes.push(Lane {
            key: key.as_str().into(),
            agency: (self.mode == LaneMode::Agency).then_some(a),
            country: (self.mode == LaneMode::Country).then(|| self.model[a].country),
            label,
            tooltip: tooltip.into(),
            group: gi,
            bars: Vec::new(),
            events: Vec::new(),
            rows: 1,
            focus: self.focus.agency(a),
        });
        self.by_key.insert(key, lanes.len() - 1);
        if let Some(slot) = self.lane_by_agency.get_mut(a.0) {
            *slot = Some(lanes.len() - 1);
        }
        lanes.len() - 1
    }

    /// Who a bar names: the agency itself on an agency's lane, else the lane.
    fn who(&self, a: AgencyRef, li: usize) -> String {
        if self.mode == LaneMode::Agency {
            self.model[a].name.clone()
        } else {
            self.out.lanes[li].label.clone()
        }
    }

    /// The team's memberships in the window as bars, and its host's bar.
    fn add_team(&mut self, t: TeamRef, opts: &TimelineOptions) {
        let model = self.model;
        let team = &model[t];
        for mb in &team.members {
            let p = team.membership_period(mb);
            if !in_window(opts, &p) {
                continue;
            }
            let li = self.touch(mb.agency);
            let who = self.who(mb.agency, li);
            let mut bar = member_bar(model, t, &who, p, mb.role.as_deref(), false);
            bar.low |= model[mb.agency].assurance.is_low();
            let bars = &mut self.out.lanes[li].bars;
            match bars
                .iter_mut()
                .find(|b| b.team == t && b.period == p && !b.host)
            {
                // A lane of several agencies: the bar is certain if one membership is.
                Some(b) => b.low &= bar.low,
                None => bars.push(bar),
            }
        }
        if let Some(h) = team.hosted_by {
            let li = self.touch(h);
            let already_member = self.out.lanes[li]
                .bars
                .iter()
                .any(|b| b.team == t && !b.host);
            if !already_member {
                let who = self.who(h, li);
                self.out.lanes[li]
                    .bars
                    .push(member_bar(model, t, &who, team.period(), None, true));
            }
        }
    }
}

/// One lane per shown team, grouped by kind, with the events tied to it; events
/// tied to no shown team share a last lane.
fn lanes_of_teams(model: &Model, shown: &Shown, focus: &Focus) -> Lanes {
    let mut groups: Vec<Group> = Vec::new();
    let mut lanes: Vec<Lane> = Vec::new();
    for &t in &shown.teams {
        let team = &model[t];
        let name = team_kind_name(team.kind).to_string();
        let gi = match groups.iter().position(|g| g.label == name) {
            Some(i) => i,
            None => {
                groups.push(Group {
                    label: name,
                    country: None,
                });
                groups.len() - 1
            }
        };
        let members: Vec<&str> = team
            .members
            .iter()
            .map(|mb| model[mb.agency].name.as_str())
            .collect();
        let bar = member_bar(model, t, &team.name, team.period(), None, false);
        lanes.push(Lane {
            key: team.id.as_str().into(),
            agency: None,
            country: None,
            label: team.name.clone(),
            tooltip: format!(
                "{} ({})\n{} {}",
                team.name,
                team_kind_name(team.kind),
                crate::i18n::static_text("tip-members"),
                members.join("; ")
            )
            .into(),
            group: Some(gi),
            bars: vec![Bar {
                tooltip: format!(
                    "{}\n{} {}",
                    bar.tooltip,
                    crate::i18n::static_text("tip-members"),
                    members.join("; ")
                )
                .into(),
                ..bar
            }],
            events: shown
                .events
                .iter()
                .copied()
                .filter(|e| model[*e].teams.contains(&t))
                .collect(),
            rows: 1,
            focus: focus.team(model, t),
        });
    }
    // A team outside the window is not drawn: its events are loose here.
    let loose: Vec<EventRef> = shown
        .events
        .iter()
        .copied()
        .filter(|e| {
            !model[*e]
                .teams
                .iter()
                .any(|t| shown.team_color.contains_key(t))
        })
        .collect();
    if !loose.is_empty() {
        lanes.push(Lane {
            key: "events".into(),
            agency: None,
            country: None,
            label: crate::i18n::t!("lane-other-events"),
            tooltip: crate::i18n::t!("lane-other-events-tip").into(),
            group: None,
            bars: Vec::new(),
            events: loose,
            rows: 1,
            focus: true,
        });
    }
    Lanes { lanes, groups }
}

/// The lanes in reading order. Guarantees: lanes of teams keep the model's order;
/// otherwise EU bodies come first, then international ones, then each country's
/// lanes together, countries (and lanes within them) by first activity, ties by
/// label, and the lane of events without participants last.
pub(super) fn order_lanes(lanes: Lanes, periods: &[Period], mode: LaneMode) -> Lanes {
    let Lanes { lanes, groups } = lanes;
    let event_first: Vec<NaiveDate> = periods.iter().map(|p| p.start.first_day()).collect();
    let first_day = |lane: &Lane| -> NaiveDate {
        let mut best = NaiveDate::MAX;
        for b in &lane.bars {
            best = best.min(b.period.start.last_day());
        }
        for e in &lane.events {
            best = best.min(event_first[e.0]);
        }
        best
    };
    let group_rank = |g: &Group| -> u8 {
        if g.label == Country::EU.name() {
            0
        } else if g.label == Country::INT.name() {
            1
        } else {
            2
        }
    };
    let mut order: Vec<usize> = (0..lanes.len()).collect();
    let lane_first: Vec<NaiveDate> = lanes.iter().map(first_day).collect();
    let mut group_first: Vec<NaiveDate> = vec![NaiveDate::MAX; groups.len()];
    for (l, first) in lanes.iter().zip(&lane_first) {
        if let Some(g) = l.group.and_then(|g| group_first.get_mut(g)) {
            *g = (*g).min(*first);
        }
    }
    if mode != LaneMode::Team {
        // Keys built once per lane, not once per comparison.
        order.sort_by_cached_key(|&i| {
            let l = &lanes[i];
            (
                &*l.key == UNATTRIBUTED,
                l.group.map(|g| {
                    (
                        group_rank(&groups[g]),
                        group_first[g],
                        groups[g].label.clone(),
                    )
                }),
                lane_first[i],
                l.label.clone(),
            )
        });
    }
    let mut slots: Vec<Option<Lane>> = lanes.into_iter().map(Some).collect();
    let lanes = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();
    Lanes { lanes, groups }
}

/// Bars that overlap in time stack within their lane. Guarantees: two bars in the
/// same row never overlap in time, each bar takes the first row free at its start,
/// and `rows` counts the rows used (at least 1).
pub(super) fn stack_bars(lanes: &mut [Lane]) {
    for lane in lanes {
        lane.bars
            .sort_by_key(|b| (b.period.start.first_day(), b.team, b.host));
        let mut row_end: Vec<NaiveDate> = Vec::new();
        for b in &mut lane.bars {
            let start = b.period.start.first_day();
            let end = b.period.end.map_or(NaiveDate::MAX, |e| e.last_day());
            match row_end.iter().position(|r| *r < start) {
                Some(r) => {
                    row_end[r] = end;
                    b.row = r;
                }
                None => {
                    row_end.push(end);
                    b.row = row_end.len() - 1;
                }
            }
        }
        lane.rows = row_end.len().max(1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, agency, event, load, team};
    use super::super::{DENSITIES, focus::focus_circle};
    use super::*;
    use crate::text::FixedMeasure;

    /// The case's lanes, ordered and stacked, as the layout makes them.
    fn lanes(model: &Model, opts: &TimelineOptions) -> Lanes {
        let m = FixedMeasure { em: 0.5 };
        let at = Inputs {
            model,
            m: &m,
            opts,
            d: &DENSITIES[0],
        };
        let shown = Shown::new(model, opts);
        let focus = focus_circle(model, opts);
        let mut lanes = order_lanes(
            collect_lanes(&at, &shown, &focus),
            &shown.periods,
            opts.lanes,
        );
        stack_bars(&mut lanes.lanes);
        lanes
    }

    fn labels(l: &Lanes) -> Vec<&str> {
        l.lanes.iter().map(|l| l.label.as_str()).collect()
    }

    #[test]
    fn agencies_get_a_lane_each_eu_bodies_first_then_by_country() {
        let model = load(CASE);
        let l = lanes(&model, &TimelineOptions::default());
        assert_eq!(
            labels(&l),
            [
                "Europol",
                "French police",
                "Dutch police",
                "Dutch prosecutors",
                "German customs"
            ]
        );
        // The Dutch lanes sit together under one heading.
        let groups: Vec<&str> = l
            .lanes
            .iter()
            .map(|x| l.groups[x.group.unwrap()].label.as_str())
            .collect();
        assert_eq!(groups[2], groups[3]);
    }

    #[test]
    fn overlapping_memberships_stack_and_the_host_gets_its_own_bar() {
        let model = load(CASE);
        let l = lanes(&model, &TimelineOptions::default());
        let fr = &l.lanes[1];
        assert_eq!(fr.rows, 2, "two teams at once take two rows");
        assert_eq!(fr.bars.len(), 2);
        assert_ne!(fr.bars[0].row, fr.bars[1].row);
        let europol = &l.lanes[0];
        assert_eq!(europol.bars.len(), 1);
        assert!(europol.bars[0].host);
        assert_eq!(europol.bars[0].team, team(&model, "jit-a"));
        assert!(europol.bars[0].tooltip.starts_with("Europol hosts"));
    }

    #[test]
    fn an_event_sits_once_on_each_participants_lane() {
        let model = load(CASE);
        let l = lanes(&model, &TimelineOptions::default());
        let arrests = event(&model, "arrests");
        let on: Vec<&str> = l
            .lanes
            .iter()
            .filter(|x| x.events.contains(&arrests))
            .map(|x| x.label.as_str())
            .collect();
        assert_eq!(on, ["French police", "Dutch police"]);
    }

    #[test]
    fn lanes_by_country_merge_agencies_of_one_country() {
        let model = load(CASE);
        let opts = TimelineOptions {
            lanes: LaneMode::Country,
            ..TimelineOptions::default()
        };
        let l = lanes(&model, &opts);
        assert_eq!(
            labels(&l).iter().filter(|s| **s == "Netherlands").count(),
            1
        );
        assert!(l.lanes.iter().all(|x| x.group.is_none()));
    }

    #[test]
    fn lanes_by_team_keep_loose_events_in_a_last_lane() {
        let model = load(CASE);
        let opts = TimelineOptions {
            lanes: LaneMode::Team,
            ..TimelineOptions::default()
        };
        let l = lanes(&model, &opts);
        assert_eq!(
            labels(&l),
            ["Joint investigation team A", "Team B", "Other events"]
        );
        assert_eq!(l.lanes[2].events.len(), 3);
    }

    #[test]
    fn lanes_out_of_focus_are_marked() {
        let model = load(CASE);
        let opts = TimelineOptions {
            focus: Some(agency(&model, "nl-police")),
            ..TimelineOptions::default()
        };
        let l = lanes(&model, &opts);
        let focus: Vec<(&str, bool)> = l
            .lanes
            .iter()
            .map(|x| (x.label.as_str(), x.focus))
            .collect();
        assert!(focus.contains(&("French police", true)));
        assert!(focus.contains(&("German customs", false)));
    }
}
