//! Teams and events as hubs: which nodes of the cooperation graph each one
//! joined, read off the graph's links.
//!
//! Reading them off the links (not the records) makes the hubs follow whatever
//! made the graph: a time slice keeps a team's hub with the members whose
//! cooperation falls in the window, and grouping by country links the hub to
//! countries. A team or event is a hub when at least one of its links is in the
//! graph, so every hub joins two nodes or more, as every link does.

use petgraph::visit::EdgeRef;

use crate::graph::{Actor, CoopGraph, Via};
use crate::layout::view::{AFFILIATION_MAX, HAIRBALL};
use crate::model::{AgencyRef, EventRef, Model, TeamRef};

/// What a hub stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum HubOf {
    Team(TeamRef),
    Event(EventRef),
}

impl HubOf {
    /// The team's or event's id, which marks every item drawn for it.
    pub(super) fn id(self, model: &Model) -> &str {
        match self {
            HubOf::Team(t) => model[t].id.as_str(),
            HubOf::Event(e) => model[e].id.as_str(),
        }
    }

    /// The team's or event's name.
    pub(super) fn name(self, model: &Model) -> &str {
        match self {
            HubOf::Team(t) => &model[t].name,
            HubOf::Event(e) => &model[e].name,
        }
    }
}

/// How a link ties its ends to a hub.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tie {
    /// A member of the team, or a participant in the event.
    Member,
    /// The team's host, where the host is no member.
    Host,
    /// Between an event's hub and the hub of a team the event belongs to.
    PartOf,
}

/// One team or event and the nodes it joined.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Hub {
    pub(super) of: HubOf,
    /// Its members or participants, as nodes of the graph, in order.
    pub(super) members: Vec<usize>,
    /// The node of the team's host, if it is no member's.
    pub(super) host: Option<usize>,
}

impl Hub {
    /// How many nodes the hub joins: its size.
    pub(super) fn joined(&self) -> usize {
        self.members.len() + usize::from(self.host.is_some())
    }
}

/// The hubs of a graph. Node `actors + k` of the drawing is hub `k`.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Affiliation {
    /// Teams in the model's order, then events in the model's order (so sorted by
    /// [`Hub::of`]).
    pub(super) hubs: Vec<Hub>,
    /// The graph's nodes, which come before the hubs.
    pub(super) actors: usize,
}

/// A link of the drawing: two node numbers and how they are tied.
pub(super) type HubLink = (usize, usize, Tie);

impl Affiliation {
    /// The teams and events behind the links of `g`, each with the nodes at the
    /// ends of its links; a team's host is told apart from its members by the
    /// node its agency falls into.
    pub(super) fn of(model: &Model, g: &CoopGraph) -> Affiliation {
        let mut teams: Vec<(Vec<usize>, Vec<usize>)> =
            vec![(Vec::new(), Vec::new()); model.teams.len()];
        let mut events: Vec<Vec<usize>> = vec![Vec::new(); model.events.len()];
        for e in g.graph.edge_references() {
            let ends = [e.source().index(), e.target().index()];
            for o in e.weight().occasions() {
                match o.via {
                    Via::Team(t) => teams[t.0].0.extend(ends),
                    Via::Event(ev) => events[ev.0].extend(ends),
                    Via::Hosting(t) => {
                        let host = model[t].hosted_by.and_then(|h| node_of(model, g, h));
                        for end in ends {
                            if Some(end) == host {
                                teams[t.0].1.push(end);
                            } else {
                                teams[t.0].0.push(end);
                            }
                        }
                    }
                }
            }
        }
        let mut hubs = Vec::new();
        for (t, (mut members, hosts)) in teams.into_iter().enumerate() {
            members.sort_unstable();
            members.dedup();
            let host = hosts
                .into_iter()
                .find(|h| members.binary_search(h).is_err());
            if !members.is_empty() || host.is_some() {
                hubs.push(Hub {
                    of: HubOf::Team(TeamRef(t)),
                    members,
                    host,
                });
            }
        }
        for (e, mut members) in events.into_iter().enumerate() {
            members.sort_unstable();
            members.dedup();
            if !members.is_empty() {
                hubs.push(Hub {
                    of: HubOf::Event(EventRef(e)),
                    members,
                    host: None,
                });
            }
        }
        Affiliation {
            hubs,
            actors: g.graph.node_count(),
        }
    }

    /// Whether the network should draw these hubs when not told: some hub joins
    /// more nodes than the links among them would leave readable, and the hubs
    /// do not make the drawing too large to lay out in good time.
    pub(super) fn called_for(&self) -> bool {
        self.hubs.iter().any(|h| h.joined() > HAIRBALL)
            && self.actors + self.hubs.len() <= AFFILIATION_MAX
    }

    /// The hub of a team or event, if it has one.
    pub(super) fn hub(&self, of: HubOf) -> Option<usize> {
        self.hubs.binary_search_by(|h| h.of.cmp(&of)).ok()
    }

    /// The drawing's node for hub `k`.
    pub(super) fn node(&self, k: usize) -> usize {
        self.actors + k
    }

    /// The hub that drawing node `i` is, if it is one.
    pub(super) fn hub_at(&self, i: usize) -> Option<&Hub> {
        i.checked_sub(self.actors).and_then(|k| self.hubs.get(k))
    }

    /// Every link of these hubs, numbered as the hubs of `drawn` (the affiliation
    /// of the whole drawing; this one may be a year of it): each hub's members,
    /// then its host, then each event's links to the teams it belongs to.
    /// Hubs `drawn` lacks are left out.
    pub(super) fn links(&self, model: &Model, drawn: &Affiliation) -> Vec<HubLink> {
        let mut out = Vec::new();
        for hub in &self.hubs {
            let Some(k) = drawn.hub(hub.of) else {
                continue;
            };
            let at = drawn.node(k);
            out.extend(hub.members.iter().map(|&m| (m, at, Tie::Member)));
            out.extend(hub.host.map(|h| (h, at, Tie::Host)));
            if let HubOf::Event(e) = hub.of {
                for &t in &model[e].teams {
                    if self.hub(HubOf::Team(t)).is_some()
                        && let Some(team) = drawn.hub(HubOf::Team(t))
                    {
                        out.push((at, drawn.node(team), Tie::PartOf));
                    }
                }
            }
        }
        out
    }
}

/// The node of `g` that agency `a` falls into: itself, its country or its kind,
/// whichever grouping made `g`.
fn node_of(model: &Model, g: &CoopGraph, a: AgencyRef) -> Option<usize> {
    let agency = &model[a];
    g.node(Actor::Agency(a))
        .or_else(|| g.node(Actor::Country(agency.country)))
        .or_else(|| g.node(Actor::Kind(agency.kind)))
        .map(|n| n.index())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Grouping;
    use crate::layout::network::fixture::small;

    #[test]
    fn a_team_links_its_members_and_its_host_an_event_its_participants() {
        // a and b in team t hosted by h; a and c at event e.
        let (model, g) = small();
        let aff = Affiliation::of(&model, &g);
        assert_eq!(aff.actors, 4);
        let [team, event] = &aff.hubs[..] else {
            panic!("{:?}", aff.hubs)
        };
        assert_eq!(team.of, HubOf::Team(TeamRef(0)));
        assert_eq!((team.members.as_slice(), team.host), (&[0, 1][..], Some(3)));
        assert_eq!(team.joined(), 3);
        assert_eq!(event.members, [0, 2]);
        assert!(!aff.called_for());
        assert_eq!(
            aff.links(&model, &aff),
            [
                (0, 4, Tie::Member),
                (1, 4, Tie::Member),
                (3, 4, Tie::Host),
                (0, 5, Tie::Member),
                (2, 5, Tie::Member),
            ]
        );
        assert_eq!(aff.hub_at(5).map(|h| h.of), Some(event.of));
        assert_eq!(aff.hub_at(3), None);
    }

    #[test]
    fn hubs_are_called_for_by_a_crowded_one_unless_the_drawing_grows_too_large() {
        let day = |joined: usize| Hub {
            of: HubOf::Event(EventRef(0)),
            members: (0..joined).collect(),
            host: None,
        };
        let of = |actors: usize, hubs: Vec<Hub>| Affiliation { hubs, actors };
        assert!(!of(20, vec![day(4), day(3)]).called_for());
        assert!(of(20, vec![day(4), day(5)]).called_for());
        assert!(of(AFFILIATION_MAX - 2, vec![day(4), day(5)]).called_for());
        assert!(!of(AFFILIATION_MAX - 1, vec![day(4), day(5)]).called_for());
    }

    #[test]
    fn hubs_follow_the_slice_and_the_grouping() {
        let (model, g) = small();
        // In 2021 only the team went on.
        let y = crate::model::PartialDate::parse("2021").ok();
        let year = Affiliation::of(&model, &g.slice(y.as_ref(), y.as_ref()));
        assert_eq!(year.hubs.len(), 1);
        let full = Affiliation::of(&model, &g);
        assert_eq!(year.links(&model, &full).len(), 3);
        // By country: a (NL) and b (FR) in the team, its host the EU body h; the
        // event joins a (NL) and c (FR).
        let by = g.aggregate(&model, Grouping::Country);
        let aff = Affiliation::of(&model, &by);
        let key = |i: usize| by.graph[petgraph::graph::NodeIndex::new(i)].key(&model);
        let team = &aff.hubs[0];
        let members: Vec<&str> = team.members.iter().map(|&i| key(i)).collect();
        assert_eq!(members, ["NL", "FR"]);
        assert_eq!(team.host.map(key), Some("h"));
        assert_eq!(aff.hubs[1].members.len(), 2);
    }

    #[test]
    fn an_event_of_a_team_links_to_the_teams_hub() {
        let mut s = crate::source::SourceSet::new();
        s.add(
            "t.yaml",
            "
agencies:
  - {id: a, name: A, country: NL, kind: police}
  - {id: b, name: B, country: FR, kind: police}
  - {id: c, name: C, country: DE, kind: police}
  - {id: d, name: D, country: BE, kind: police}
  - {id: e, name: E, country: IT, kind: police}
teams:
  - {id: t, name: T, kind: jit, start: 2020-01, members: [a, b]}
events:
  - {id: day, name: Day, date: 2020-05-04, participants: [a, b, c, d, e], teams: [t]}
",
        );
        let model = crate::check(&s).expect("valid").model;
        let g = crate::graph::build_graph(&model);
        let aff = Affiliation::of(&model, &g);
        assert!(aff.called_for(), "five at the action day");
        let links = aff.links(&model, &aff);
        assert_eq!(links.len(), 2 + 5 + 1);
        assert_eq!(links.last(), Some(&(6, 5, Tie::PartOf)));
    }
}
