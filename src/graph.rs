//! Stage 3, graph: who cooperated with whom, when, and through what.
//!
//! [`build_graph`] turns a [`Model`] into an undirected petgraph graph whose nodes are
//! agencies and whose edges are [`Link`]s: every [`Occasion`] that joins two agencies,
//! with its [`Period`] at the precision the data gives. Three things make an occasion:
//!
//! - two members of one team whose membership periods may overlap (the overlap);
//! - two participants of one event (the event's date);
//! - a team's host and each member, while the member belongs (unless the host is
//!   itself a member, which the first rule already covers).
//!
//! Slicing by time and aggregating by country or kind give new graphs of the same shape.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use crate::model::{AgencyKind, AgencyRef, Country, EventRef, Model, PartialDate, Period, TeamRef};

/// What brought two agencies together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Via {
    /// Both were members of this team at the same time.
    Team(TeamRef),
    /// Both took part in this event.
    Event(EventRef),
    /// One hosted this team while the other was a member.
    Hosting(TeamRef),
}

impl Via {
    /// `team`, `event` or `hosting`.
    pub fn kind(&self) -> &'static str {
        match self {
            Via::Team(_) => "team",
            Via::Event(_) => "event",
            Via::Hosting(_) => "hosting",
        }
    }

    /// The id of the team or event.
    pub fn id<'m>(&self, model: &'m Model) -> &'m str {
        match *self {
            Via::Team(t) | Via::Hosting(t) => model[t].id.as_str(),
            Via::Event(e) => model[e].id.as_str(),
        }
    }

    /// The name of the team or event.
    pub fn name<'m>(&self, model: &'m Model) -> &'m str {
        match *self {
            Via::Team(t) | Via::Hosting(t) => &model[t].name,
            Via::Event(e) => &model[e].name,
        }
    }

    /// How sure the team or event is.
    pub fn assurance<'m>(&self, model: &'m Model) -> &'m crate::model::Assurance {
        match *self {
            Via::Team(t) | Via::Hosting(t) => &model[t].assurance,
            Via::Event(e) => &model[e].assurance,
        }
    }

    /// Ids of the sources behind the team or event.
    pub fn sources<'m>(&self, model: &'m Model) -> impl ExactSizeIterator<Item = &'m str> {
        let refs = match *self {
            Via::Team(t) | Via::Hosting(t) => &model[t].sources,
            Via::Event(e) => &model[e].sources,
        };
        refs.iter().map(|s| model[*s].id.as_str())
    }
}

/// One occasion of cooperation: what, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Occasion {
    /// Through what.
    pub via: Via,
    /// When, at the data's precision.
    pub period: Period,
}

/// Every occasion that links two nodes. Invariant: never empty, sorted by time
/// (then by what), with no occasion listed twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    occasions: Occasions,
}

/// Most links have one occasion; keeping it inline spares a heap block per link,
/// which on large graphs is most of the cost of building them.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Occasions {
    One(Occasion),
    Many(Box<[Occasion]>),
}

impl Link {
    fn new(occasions: impl ExactSizeIterator<Item = Occasion>) -> Link {
        let mut occasions = occasions.peekable();
        if let (1, Some(one)) = (occasions.len(), occasions.peek()) {
            return Link {
                occasions: Occasions::One(*one),
            };
        }
        let mut occasions: Vec<Occasion> = occasions.collect();
        occasions.sort_by_key(|o| (o.period.sort_key(), o.via));
        occasions.dedup();
        Link {
            occasions: match occasions[..] {
                [one] => Occasions::One(one),
                _ => Occasions::Many(occasions.into_boxed_slice()),
            },
        }
    }

    /// The occasions, in time order.
    pub fn occasions(&self) -> &[Occasion] {
        match &self.occasions {
            Occasions::One(o) => std::slice::from_ref(o),
            Occasions::Many(all) => all,
        }
    }

    /// The start of the earliest occasion.
    pub fn first(&self) -> PartialDate {
        self.occasions()[0].period.start
    }

    /// The latest known end (or start) of any occasion; `None` if one is still open.
    pub fn last(&self) -> Option<PartialDate> {
        let mut last: Option<PartialDate> = None;
        for o in self.occasions() {
            let end = o.period.end?;
            if last.is_none_or(|l| (end.latest(), end.first_day()) > (l.latest(), l.first_day())) {
                last = Some(end);
            }
        }
        last
    }

    /// Number of distinct teams and events behind the link (hosting counts with its team).
    pub fn weight(&self) -> usize {
        if let Occasions::One(_) = self.occasions {
            return 1;
        }
        let mut seen: Vec<(bool, usize)> = self
            .occasions()
            .iter()
            .map(|o| match o.via {
                Via::Team(t) | Via::Hosting(t) => (false, t.0),
                Via::Event(e) => (true, e.0),
            })
            .collect();
        seen.sort();
        seen.dedup();
        seen.len()
    }
}

/// A node: an agency, or a group of agencies after aggregation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Actor {
    /// One agency.
    Agency(AgencyRef),
    /// All agencies of a country.
    Country(Country),
    /// All agencies of a kind.
    Kind(AgencyKind),
}

impl Actor {
    /// Stable identifier: the agency id, the country code or the kind name.
    pub fn key<'m>(&self, model: &'m Model) -> &'m str {
        match self {
            Actor::Agency(a) => model[*a].id.as_str(),
            Actor::Country(c) => c.code(),
            Actor::Kind(k) => k.as_str(),
        }
    }

    /// Readable name.
    pub fn label(&self, model: &Model) -> String {
        self.name(model).to_string()
    }

    /// [`Actor::label`], borrowed.
    pub fn name<'m>(&self, model: &'m Model) -> &'m str {
        match self {
            Actor::Agency(a) => model[*a].label(),
            Actor::Country(c) => c.name(),
            Actor::Kind(k) => k.as_str(),
        }
    }

    /// The country this node stands in, if one.
    pub fn country(&self, model: &Model) -> Option<Country> {
        match self {
            Actor::Agency(a) => Some(model[*a].country),
            Actor::Country(c) => Some(*c),
            Actor::Kind(_) => None,
        }
    }
}

/// How to group agencies into nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Grouping {
    /// One node per agency.
    Agency,
    /// One node per country; EU bodies and international organisations stay themselves.
    Country,
    /// One node per agency kind.
    Kind,
}

/// The cooperation graph. Node order is deterministic (model order, or order of first
/// appearance after aggregation) and edges are added in node-pair order.
#[derive(Clone, Debug)]
pub struct CoopGraph {
    /// The petgraph graph.
    pub graph: UnGraph<Actor, Link>,
    index: NodeMap,
    /// What the graph was made with, for exports of the records behind it
    /// (TimelineJS), which must keep to the same slice and grouping.
    made: Made,
}

/// The time slice and grouping a graph was made with.
#[derive(Clone, Copy, Debug)]
struct Made {
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    by: Grouping,
}

/// Where each actor's node is.
#[derive(Clone, Debug)]
enum NodeMap {
    /// One node per agency, in model order: agency i is node i, no table needed
    /// (a large case has ten thousand agencies).
    Agencies,
    /// Grouped nodes, in order of first appearance.
    Table(HashMap<Actor, NodeIndex>),
}

/// Calls `f(a, b, via, period)` for each pair of agencies a team brought
/// together (`a < b`), in team order: members at the same time, and the host with
/// each member.
fn each_team_pair(model: &Model, mut f: impl FnMut(usize, usize, Via, Period)) {
    let mut add = |a: AgencyRef, b: AgencyRef, via: Via, period: Period| {
        if a != b {
            f(a.0.min(b.0), a.0.max(b.0), via, period);
        }
    };
    for (ti, team) in model.teams.iter().enumerate() {
        let t = TeamRef(ti);
        let periods: Vec<(AgencyRef, Period)> = team
            .members
            .iter()
            .map(|m| (m.agency, team.membership_period(m)))
            .collect();
        for (i, (a, pa)) in periods.iter().enumerate() {
            for (b, pb) in &periods[i + 1..] {
                if let Some(p) = pa.intersect(pb) {
                    add(*a, *b, Via::Team(t), p);
                }
            }
        }
        if let Some(host) = team.hosted_by
            && !team.members.iter().any(|m| m.agency == host)
        {
            for (a, pa) in &periods {
                add(host, *a, Via::Hosting(t), *pa);
            }
        }
    }
}

/// The graph of cooperation within a time window (either end may be open), one
/// node per agency, country or kind: what `query`, `export` and the network view
/// look at.
pub fn build_graph_in(
    model: &Model,
    from: Option<&PartialDate>,
    to: Option<&PartialDate>,
    by: Grouping,
) -> CoopGraph {
    let mut g = build_graph(model);
    if from.is_some() || to.is_some() {
        g = g.slice(from, to);
    }
    if by != Grouping::Agency {
        g = g.aggregate(model, by);
    }
    g
}

/// Builds the agency graph of a model.
pub fn build_graph(model: &Model) -> CoopGraph {
    // Edges are made agency by agency (the pair's lower one), each from a short
    // list sorted by partner. Events bring most pairs. Filed straight into
    // per-agency lists they would be scattered over thousands of places at once,
    // which on large cases falls out of the cache; instead each event's pairs go
    // to one of a few dozen buckets (a run of agencies each), whose ends the
    // cache holds, and each bucket, small enough to stay in cache itself, is
    // sorted by agency when its turn comes. Reading and writing stay sequential.
    let n_agencies = model.agencies.len();
    // Team pairs are few: in found order, then by lower agency (stable).
    let mut team_pairs: Vec<(usize, usize, Occasion)> = Vec::new();
    each_team_pair(model, |a, b, via, period| {
        team_pairs.push((a, b, Occasion { via, period }));
    });
    team_pairs.sort_by_key(|(a, _, _)| *a);
    let mut buckets: Vec<Vec<EventPair>> = vec![Vec::new(); (n_agencies >> BUCKET_BITS) + 1];
    let mut n_pairs = team_pairs.len();
    let mut parts: Vec<u32> = Vec::new();
    for (e, event) in model.events.iter().enumerate() {
        parts.clear();
        for p in &event.participants {
            if !parts.contains(&(p.0 as u32)) {
                parts.push(p.0 as u32);
            }
        }
        n_pairs += parts.len() * parts.len().saturating_sub(1) / 2;
        let period = event.period();
        for &a in &parts {
            let bucket = &mut buckets[(a >> BUCKET_BITS) as usize];
            for &b in &parts {
                if b > a {
                    bucket.push(EventPair {
                        a,
                        b,
                        event: e as u32,
                        period,
                    });
                }
            }
        }
    }
    let mut g = CoopGraph {
        graph: UnGraph::with_capacity(n_agencies, n_pairs),
        index: NodeMap::Agencies,
        made: Made {
            from: None,
            to: None,
            by: Grouping::Agency,
        },
    };
    for i in 0..n_agencies {
        g.graph.add_node(Actor::Agency(AgencyRef(i)));
    }
    let mut team_rest = &team_pairs[..];
    // A pair's occasions in found order (teams, then events), and sort keys
    // (partner, found rank) small enough to sort fast.
    let mut found: Vec<Occasion> = Vec::new();
    let mut keys: Vec<u64> = Vec::new();
    let mut sorted: Vec<EventPair> = Vec::new();
    const RUN: usize = 1 << BUCKET_BITS;
    for (run, bucket) in buckets.iter_mut().enumerate() {
        let bucket = std::mem::take(bucket);
        // Each agency's pairs, still in event order.
        let mut starts = [0usize; RUN + 1];
        for p in &bucket {
            starts[(p.a as usize % RUN) + 1] += 1;
        }
        for i in 0..RUN {
            starts[i + 1] += starts[i];
        }
        sorted.clear();
        if let Some(&blank) = bucket.first() {
            sorted.resize(bucket.len(), blank);
        }
        let mut filled = starts;
        for p in &bucket {
            let slot = &mut filled[p.a as usize % RUN];
            sorted[*slot] = *p;
            *slot += 1;
        }
        let first = run * RUN;
        for (i, a) in (first..n_agencies.min(first + RUN)).enumerate() {
            found.clear();
            keys.clear();
            let mut file = |b: usize, o: Occasion| {
                keys.push(((b as u64) << 32) | found.len() as u64);
                found.push(o);
            };
            let here = team_rest.iter().take_while(|(x, _, _)| *x == a).count();
            for (_, b, o) in &team_rest[..here] {
                file(*b, *o);
            }
            team_rest = &team_rest[here..];
            for p in &sorted[starts[i]..starts[i + 1]] {
                let via = Via::Event(EventRef(p.event as usize));
                file(
                    p.b as usize,
                    Occasion {
                        via,
                        period: p.period,
                    },
                );
            }
            // Ranks are unique, so an unstable sort keeps a pair's found order.
            keys.sort_unstable();
            let mut rest = &keys[..];
            while let Some(&first) = rest.first() {
                let b = (first >> 32) as usize;
                let n = rest.iter().take_while(|k| (*k >> 32) as usize == b).count();
                let occasions = rest[..n].iter().map(|k| found[(*k as u32) as usize]);
                g.graph
                    .add_edge(NodeIndex::new(a), NodeIndex::new(b), Link::new(occasions));
                rest = &rest[n..];
            }
        }
    }
    g
}

/// Agencies per bucket of event pairs, as a power of two.
const BUCKET_BITS: u32 = 7;

/// Two agencies an event brought together, filed for the lower one (`a`).
#[derive(Clone, Copy)]
struct EventPair {
    a: u32,
    b: u32,
    event: u32,
    period: Period,
}

impl CoopGraph {
    /// The node of an actor, added if new. Only for graphs made with a table.
    fn add_node(
        graph: &mut UnGraph<Actor, Link>,
        table: &mut HashMap<Actor, NodeIndex>,
        actor: Actor,
    ) -> NodeIndex {
        *table.entry(actor).or_insert_with(|| graph.add_node(actor))
    }

    /// The node standing for an actor.
    pub fn node(&self, actor: Actor) -> Option<NodeIndex> {
        match (&self.index, actor) {
            (NodeMap::Agencies, Actor::Agency(a)) => {
                (a.0 < self.graph.node_count()).then(|| NodeIndex::new(a.0))
            }
            (NodeMap::Agencies, _) => None,
            (NodeMap::Table(table), _) => table.get(&actor).copied(),
        }
    }

    /// The link between two nodes, if they cooperated.
    pub fn link(&self, a: NodeIndex, b: NodeIndex) -> Option<&Link> {
        self.graph.find_edge(a, b).map(|e| &self.graph[e])
    }

    /// Number of occasions on all links.
    pub fn occasion_count(&self) -> usize {
        self.graph.edge_weights().map(|l| l.occasions().len()).sum()
    }

    /// The graph keeping only occasions that certainly began by the end of `to` and
    /// did not certainly end before `from` ([`Period::within`]). Every node stays;
    /// links left with no occasion go.
    pub fn slice(&self, from: Option<&PartialDate>, to: Option<&PartialDate>) -> CoopGraph {
        let mut g = self.rebuild(Some, |o| o.period.within(from, to));
        // A slice of a slice keeps what both keep: [`Period::within`] compares a
        // start with the end of `to` and an end with the first day of `from`, so
        // the narrower bound alone decides.
        g.made.from = [self.made.from.as_ref(), from]
            .into_iter()
            .flatten()
            .max_by_key(|d| d.first_day())
            .copied();
        g.made.to = [self.made.to.as_ref(), to]
            .into_iter()
            .flatten()
            .min_by_key(|d| d.latest())
            .copied();
        g
    }

    /// The time slice the graph was made with ([`CoopGraph::slice`]): `(from, to)`,
    /// `None` where it is open.
    pub fn window(&self) -> (Option<&PartialDate>, Option<&PartialDate>) {
        (self.made.from.as_ref(), self.made.to.as_ref())
    }

    /// How agencies are grouped into nodes ([`CoopGraph::aggregate`]).
    pub fn grouping(&self) -> Grouping {
        self.made.by
    }

    /// The graph without the nodes that have no link: in a slice of time,
    /// those that did not cooperate in it.
    pub fn without_isolated(&self) -> CoopGraph {
        let linked: BTreeSet<Actor> = self
            .graph
            .edge_references()
            .flat_map(|e| [self.graph[e.source()], self.graph[e.target()]])
            .collect();
        self.rebuild(|a| linked.contains(&a).then_some(a), |_| true)
    }

    /// The graph as of a date: everything that had begun by then.
    pub fn as_of(&self, date: &PartialDate) -> CoopGraph {
        self.slice(None, Some(date))
    }

    /// The graph with agencies grouped into nodes. Links inside one group go; the
    /// same occasion reached through several agency pairs counts once.
    pub fn aggregate(&self, model: &Model, by: Grouping) -> CoopGraph {
        let mut g = self.rebuild(
            |actor| match (by, actor) {
                (Grouping::Agency, a) => Some(a),
                (Grouping::Country, Actor::Agency(a)) => {
                    let c = model[a].country;
                    Some(if !c.is_country() {
                        Actor::Agency(a)
                    } else {
                        Actor::Country(c)
                    })
                }
                (Grouping::Kind, Actor::Agency(a)) => Some(Actor::Kind(model[a].kind)),
                (_, other) => Some(other),
            },
            |_| true,
        );
        // Only agencies are grouped: a graph grouped twice keeps the nodes of its
        // first grouping, and says so.
        if self.made.by == Grouping::Agency {
            g.made.by = by;
        }
        g
    }

    fn rebuild(
        &self,
        group: impl Fn(Actor) -> Option<Actor>,
        keep: impl Fn(&Occasion) -> bool,
    ) -> CoopGraph {
        let mut graph = UnGraph::default();
        let mut table = HashMap::new();
        let mut map = Vec::with_capacity(self.graph.node_count());
        for n in self.graph.node_indices() {
            map.push(group(self.graph[n]).map(|a| CoopGraph::add_node(&mut graph, &mut table, a)));
        }
        let mut g = CoopGraph {
            graph,
            index: NodeMap::Table(table),
            made: self.made,
        };
        let mut pairs: BTreeMap<(NodeIndex, NodeIndex), Vec<Occasion>> = BTreeMap::new();
        for e in self.graph.edge_references() {
            let (Some(a), Some(b)) = (map[e.source().index()], map[e.target().index()]) else {
                continue;
            };
            if a == b {
                continue;
            }
            let kept = e.weight().occasions().iter().filter(|o| keep(o)).copied();
            pairs.entry((a.min(b), a.max(b))).or_default().extend(kept);
        }
        for ((a, b), occasions) in pairs {
            if !occasions.is_empty() {
                g.graph.add_edge(a, b, Link::new(occasions.into_iter()));
            }
        }
        g
    }

    /// A shortest chain of links from `a` to `b` (fewest hops; ties broken by node
    /// order, so the answer is deterministic), as the nodes along it.
    pub fn shortest_path(&self, a: NodeIndex, b: NodeIndex) -> Option<Vec<NodeIndex>> {
        let mut prev: Vec<Option<NodeIndex>> = vec![None; self.graph.node_count()];
        let mut seen = vec![false; self.graph.node_count()];
        let mut queue = VecDeque::from([a]);
        seen[a.index()] = true;
        while let Some(n) = queue.pop_front() {
            if n == b {
                let mut path = vec![b];
                let mut at = b;
                while let Some(p) = prev[at.index()] {
                    path.push(p);
                    at = p;
                }
                path.reverse();
                return Some(path);
            }
            for m in self.sorted_neighbors(n) {
                if !seen[m.index()] {
                    seen[m.index()] = true;
                    prev[m.index()] = Some(n);
                    queue.push_back(m);
                }
            }
        }
        None
    }

    /// Each node's distinct neighbours, by index, in order: the graph as plain lists.
    pub fn adjacency(&self) -> Vec<Vec<usize>> {
        self.graph
            .node_indices()
            .map(|v| self.sorted_neighbors(v).iter().map(|m| m.index()).collect())
            .collect()
    }

    fn sorted_neighbors(&self, n: NodeIndex) -> Vec<NodeIndex> {
        let mut v: Vec<NodeIndex> = self.graph.neighbors(n).collect();
        v.sort();
        v.dedup();
        v
    }

    /// Connected components, each sorted, listed by their first node. Isolated
    /// nodes are components of one.
    pub fn components(&self) -> Vec<Vec<NodeIndex>> {
        let mut comp = vec![usize::MAX; self.graph.node_count()];
        let mut out: Vec<Vec<NodeIndex>> = Vec::new();
        for start in self.graph.node_indices() {
            if comp[start.index()] != usize::MAX {
                continue;
            }
            let id = out.len();
            let mut members = vec![start];
            comp[start.index()] = id;
            let mut i = 0;
            while i < members.len() {
                for m in self.graph.neighbors(members[i]) {
                    if comp[m.index()] == usize::MAX {
                        comp[m.index()] = id;
                        members.push(m);
                    }
                }
                i += 1;
            }
            members.sort();
            out.push(members);
        }
        out
    }

    /// Number of distinct partners of each node.
    pub fn degrees(&self) -> Vec<usize> {
        self.graph
            .node_indices()
            .map(|n| self.sorted_neighbors(n).len())
            .collect()
    }

    /// Betweenness centrality of each node (Brandes 2001, unweighted), normalised
    /// to 0–1 as for an undirected graph: the share of shortest paths between other
    /// nodes that pass through the node.
    pub fn betweenness(&self) -> Vec<f64> {
        let n = self.graph.node_count();
        let neighbors = self.adjacency();
        let mut cb = vec![0.0f64; n];
        let mut stack = Vec::with_capacity(n);
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        let mut delta = vec![0.0f64; n];
        let mut queue = VecDeque::new();
        for s in 0..n {
            stack.clear();
            for v in 0..n {
                preds[v].clear();
                sigma[v] = 0.0;
                dist[v] = -1;
                delta[v] = 0.0;
            }
            sigma[s] = 1.0;
            dist[s] = 0;
            queue.push_back(s);
            while let Some(v) = queue.pop_front() {
                stack.push(v);
                for &w in &neighbors[v] {
                    if dist[w] < 0 {
                        dist[w] = dist[v] + 1;
                        queue.push_back(w);
                    }
                    if dist[w] == dist[v] + 1 {
                        sigma[w] += sigma[v];
                        preds[w].push(v);
                    }
                }
            }
            while let Some(w) = stack.pop() {
                for &v in &preds[w] {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                if w != s {
                    cb[w] += delta[w];
                }
            }
        }
        // Each undirected path was counted from both ends.
        let scale = if n > 2 {
            1.0 / ((n - 1) * (n - 2)) as f64
        } else {
            0.0
        };
        cb.iter().map(|c| c * scale).collect()
    }

    /// Occasions per year of their start (a `..` start counts in its stated year),
    /// years in order.
    pub fn occasions_by_year(&self) -> Vec<(i32, usize)> {
        let mut years: BTreeMap<i32, usize> = BTreeMap::new();
        for l in self.graph.edge_weights() {
            for o in l.occasions() {
                *years.entry(o.period.start.year()).or_default() += 1;
            }
        }
        years.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceSet;

    fn model(yaml: &str) -> Model {
        let mut s = SourceSet::new();
        s.add("t.yaml", yaml);
        crate::check(&s).unwrap().model
    }

    const SMALL: &str = "
agencies:
  - {id: a, name: A, country: NL, kind: police}
  - {id: b, name: B, country: FR, kind: police}
  - {id: c, name: C, country: FR, kind: prosecution}
  - {id: h, name: H, country: EU, kind: eu-agency}
teams:
  - id: t
    name: T
    kind: jit
    hosted_by: h
    start: 2020-01
    end: 2020-12
    members:
      - a
      - {agency: b, from: 2020-06}
      - {agency: c, to: 2020-03}
events:
  - {id: e, name: E, date: 2021-05-04, participants: [a, b, b]}
";

    #[test]
    fn team_overlaps_events_and_hosting_make_occasions() {
        let m = model(SMALL);
        let g = build_graph(&m);
        let n = |id: &str| g.node(Actor::Agency(m.agency(id).unwrap())).unwrap();
        let ab = g.link(n("a"), n("b")).unwrap();
        assert_eq!(
            ab.occasions().len(),
            2,
            "team overlap and the event, b listed twice counts once"
        );
        assert_eq!(ab.occasions()[0].period.to_string(), "2020-06 – 2020-12");
        assert_eq!(ab.occasions()[1].period.to_string(), "2021-05-04");
        // b joined in June, c left in March: they never overlapped.
        assert!(g.link(n("b"), n("c")).is_none());
        let hc = g.link(n("h"), n("c")).unwrap();
        assert_eq!(hc.occasions()[0].via, Via::Hosting(TeamRef(0)));
        assert_eq!(hc.occasions()[0].period.to_string(), "2020-01 – 2020-03");
        assert_eq!(g.graph.edge_count(), 5); // ab ac ha hb hc
    }

    #[test]
    fn slicing_and_aggregation() {
        let m = model(SMALL);
        let g = build_graph(&m);
        let early = g.slice(None, Some(&PartialDate::parse("2020-04").unwrap()));
        // By April: a–c in the team, the host with a and with c; b joined in June.
        assert_eq!(early.graph.edge_count(), 3);
        let b = early.node(Actor::Agency(m.agency("b").unwrap())).unwrap();
        assert_eq!(early.graph.neighbors(b).count(), 0);
        let late = g.slice(Some(&PartialDate::parse("2021").unwrap()), None);
        assert_eq!(late.graph.edge_count(), 1, "only the 2021 event");
        let countries = g.aggregate(&m, Grouping::Country);
        // NL, FR and the EU host: FR-internal b–c drops; NL–FR merges team and event.
        assert_eq!(countries.graph.node_count(), 3);
        let nl = countries
            .node(Actor::Country(Country::from_code("NL").unwrap()))
            .unwrap();
        let fr = countries
            .node(Actor::Country(Country::from_code("FR").unwrap()))
            .unwrap();
        let link = countries.link(nl, fr).unwrap();
        // a–b and a–c share team t with different periods, plus event e: 3 occasions.
        assert_eq!(link.occasions().len(), 3);
        assert_eq!(link.weight(), 2);
    }

    #[test]
    fn a_graph_says_which_slice_and_grouping_made_it() {
        let m = model(SMALL);
        let d = |s: &str| PartialDate::parse(s).unwrap();
        let g = build_graph(&m);
        assert_eq!(g.window(), (None, None));
        assert_eq!(g.grouping(), Grouping::Agency);
        // Two slices keep what both keep: the later `from`, the earlier `to`.
        let twice = g
            .slice(Some(&d("2020-03")), Some(&d("2021")))
            .slice(Some(&d("2020-01")), Some(&d("2020-06")));
        assert_eq!(twice.window(), (Some(&d("2020-03")), Some(&d("2020-06"))));
        let once = g.slice(Some(&d("2020-03")), Some(&d("2020-06")));
        assert_eq!(twice.graph.edge_count(), once.graph.edge_count());
        let grouped = twice.aggregate(&m, Grouping::Country).without_isolated();
        assert_eq!(grouped.grouping(), Grouping::Country);
        assert_eq!(grouped.window(), twice.window(), "grouping keeps the slice");
        assert_eq!(
            grouped.aggregate(&m, Grouping::Kind).grouping(),
            Grouping::Country,
            "countries are not grouped again: the first grouping stands"
        );
    }

    #[test]
    fn betweenness_of_a_path() {
        let m = model(
            "
agencies:
  - {id: a, name: A, country: NL, kind: police}
  - {id: b, name: B, country: NL, kind: police}
  - {id: c, name: C, country: NL, kind: police}
events:
  - {id: e1, name: E1, date: 2020, participants: [a, b]}
  - {id: e2, name: E2, date: 2021, participants: [b, c]}
",
        );
        let g = build_graph(&m);
        assert_eq!(g.betweenness(), vec![0.0, 1.0, 0.0]);
        let path = g
            .shortest_path(NodeIndex::new(0), NodeIndex::new(2))
            .unwrap();
        assert_eq!(
            path,
            vec![NodeIndex::new(0), NodeIndex::new(1), NodeIndex::new(2)]
        );
        assert_eq!(g.components().len(), 1);
    }
}
