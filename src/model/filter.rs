//! A dataset without some of its records (`--no-private`, `--min-confidence`):
//! the records are renumbered, references to those left out are dropped, and a
//! team left with no member goes too.

use super::{AgencyRef, Confidence, ContextRef, Model, TeamRef};

/// What [`Model::without_agencies`] left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Agencies.
    pub agencies: usize,
    /// Teams: below the confidence asked for, or every member left out.
    pub teams: usize,
    /// Events.
    pub events: usize,
    /// Context records.
    pub context: usize,
}

impl LeftOut {
    /// Nothing was left out.
    pub fn is_empty(&self) -> bool {
        *self == LeftOut::default()
    }
}

impl Model {
    /// The dataset without the agencies `drop` selects: they leave every
    /// team, event and hierarchy they were in, and a team with no member left
    /// goes with them. Events stay (with the participants that remain), so
    /// what happened is still shown.
    pub fn without_agencies(&self, drop: impl Fn(&super::Agency) -> bool) -> (Model, LeftOut) {
        let mut new_index: Vec<Option<usize>> = Vec::with_capacity(self.agencies.len());
        let mut kept = 0;
        for a in &self.agencies {
            if drop(a) {
                new_index.push(None);
            } else {
                new_index.push(Some(kept));
                kept += 1;
            }
        }
        let map = |a: AgencyRef| new_index[a.0].map(AgencyRef);
        let mut m = self.clone();
        m.agencies = self
            .agencies
            .iter()
            .zip(&new_index)
            .filter(|(_, n)| n.is_some())
            .map(|(a, _)| {
                let mut a = a.clone();
                a.parent = a.parent.and_then(map);
                a
            })
            .collect();
        let mut team_index: Vec<Option<usize>> = Vec::with_capacity(self.teams.len());
        let mut teams = Vec::with_capacity(self.teams.len());
        for t in &self.teams {
            let mut t = t.clone();
            t.hosted_by = t.hosted_by.and_then(map);
            t.members.retain_mut(|mb| match map(mb.agency) {
                Some(a) => {
                    mb.agency = a;
                    true
                }
                None => false,
            });
            if t.members.is_empty() {
                team_index.push(None);
            } else {
                team_index.push(Some(teams.len()));
                teams.push(t);
            }
        }
        let left_teams = self.teams.len() - teams.len();
        m.teams = teams;
        for e in &mut m.events {
            e.participants = e.participants.iter().filter_map(|&p| map(p)).collect();
            e.teams = e
                .teams
                .iter()
                .filter_map(|t| team_index[t.0].map(TeamRef))
                .collect();
        }
        let left = LeftOut {
            agencies: self.agencies.len() - m.agencies.len(),
            teams: left_teams,
            ..LeftOut::default()
        };
        (m, left)
    }

    /// The dataset without the records whose confidence is below `min`
    /// (stated, or from their grades; a record with neither stays). An
    /// agency left out leaves its teams and events as with
    /// [`Model::without_agencies`]; an event or context record left out is
    /// simply not there.
    pub fn at_least(&self, min: Confidence) -> (Model, LeftOut) {
        let (mut m, mut left) = self.without_agencies(|a| !a.assurance.meets(min));
        let team_index = renumber(m.teams.iter().map(|t| t.assurance.meets(min)));
        let context_index = renumber(m.context.iter().map(|c| c.assurance.meets(min)));
        let before = (m.teams.len(), m.events.len(), m.context.len());
        m.teams.retain(|t| t.assurance.meets(min));
        m.context.retain(|c| c.assurance.meets(min));
        m.events.retain(|e| e.assurance.meets(min));
        for t in &mut m.teams {
            t.legal_basis_ref = t
                .legal_basis_ref
                .and_then(|c| context_index[c.0].map(ContextRef));
        }
        for e in &mut m.events {
            e.teams.retain_mut(|t| match team_index[t.0] {
                Some(n) => {
                    *t = TeamRef(n);
                    true
                }
                None => false,
            });
        }
        left.teams += before.0 - m.teams.len();
        left.events = before.1 - m.events.len();
        left.context = before.2 - m.context.len();
        (m, left)
    }
}

/// Each kept record's new index, in order; `None` for one left out.
fn renumber(keep: impl Iterator<Item = bool>) -> Vec<Option<usize>> {
    let mut next = 0;
    keep.map(|k| {
        k.then(|| {
            next += 1;
            next - 1
        })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use crate::model::AgencyKind;

    #[test]
    fn private_partners_leave_teams_events_and_hierarchies() {
        let mut sources = crate::source::SourceSet::new();
        sources.add(
            "case.yaml",
            "agencies:\n  - {id: a, name: A, country: FR, kind: police}\n  - {id: p, name: P, kind: private}\n  - {id: b, name: B, country: DE, kind: police, parent: a}\nteams:\n  - {id: t, name: T, kind: jit, start: 2020, members: [a, p, b]}\n  - {id: u, name: U, kind: other, start: 2020, members: [p]}\nevents:\n  - {id: e, name: E, date: 2021, participants: [p, b], teams: [u, t]}\n",
        );
        let m = crate::check(&sources).expect("valid").model;
        let (f, left) = m.without_agencies(|a| a.kind.is_private());
        assert_eq!((left.agencies, left.teams), (1, 1));
        let ids: Vec<&str> = f.agencies.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(f.agencies[1].parent, Some(crate::model::AgencyRef(0)));
        assert_eq!(f.teams.len(), 1);
        assert_eq!(f.teams[0].members.len(), 2);
        assert_eq!(f.teams[0].members[1].agency, crate::model::AgencyRef(1));
        assert_eq!(f.events[0].participants, [crate::model::AgencyRef(1)]);
        assert_eq!(f.events[0].teams, [crate::model::TeamRef(0)]);
        assert!(f.agencies.iter().all(|a| a.kind != AgencyKind::Private));
    }

    #[test]
    fn records_below_a_confidence_go_and_references_follow() {
        let mut sources = crate::source::SourceSet::new();
        sources.add(
            "case.yaml",
            "sources:\n  - {id: s, title: S}\nagencies:\n  - {id: a, name: A, country: FR, kind: police}\n  - {id: b, name: B, country: DE, kind: police}\ncontext:\n  - {id: k, name: K, date: 2019, confidence: low}\n  - {id: l, name: L, date: 2019}\nteams:\n  - {id: t, name: T, kind: jit, start: 2020, members: [a], sources: [{id: s, grade: E5}]}\n  - {id: u, name: U, kind: jit, start: 2020, members: [a, b], legal_basis_ref: l}\n  - {id: v, name: V, kind: jit, start: 2020, members: [b], legal_basis_ref: k}\nevents:\n  - {id: e, name: E, date: 2021, participants: [a], teams: [t, u, v]}\n  - {id: f, name: F, date: 2021, participants: [b], confidence: low}\n",
        );
        let m = crate::check(&sources).expect("valid").model;
        let (f, left) = m.at_least(crate::model::Confidence::Medium);
        assert_eq!(
            (left.agencies, left.teams, left.events, left.context),
            (0, 1, 1, 1)
        );
        let ids = |v: Vec<&str>| v.join(",");
        assert_eq!(ids(f.teams.iter().map(|t| t.id.as_str()).collect()), "u,v");
        use crate::model::{ContextRef, TeamRef};
        assert_eq!(f.events[0].teams, [TeamRef(0), TeamRef(1)]);
        assert_eq!(f.teams[0].legal_basis_ref, Some(ContextRef(0)));
        assert_eq!(f.teams[1].legal_basis_ref, None);
        assert_eq!(f.events.len(), 1);
    }
}
