//! A dataset without some of its agencies (`--no-private`): the records are
//! renumbered, references to the agencies left out are dropped, and a team
//! left with no member goes too.

use super::{AgencyRef, Model, TeamRef};

/// What [`Model::without_agencies`] left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Agencies.
    pub agencies: usize,
    /// Teams whose every member was left out.
    pub teams: usize,
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
        };
        (m, left)
    }
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
}
