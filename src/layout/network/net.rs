//! Which graph to place: the cooperation graph reduced to plain node indices,
//! with its teams and events as hubs in affiliation mode.

use petgraph::visit::EdgeRef;

use crate::graph::CoopGraph;
use crate::model::Model;

use super::affiliation::Affiliation;

/// The graph to place. Node `i` is `NodeIndex::new(i)` of the graph it came
/// from; in affiliation mode the hubs follow ([`Affiliation::node`]).
pub(super) struct Net {
    /// The neighbours of each node.
    pub(super) adj: Vec<Vec<usize>>,
    /// Every link as its two ends: the graph's edges in their order, or the hubs' links.
    pub(super) edges: Vec<(usize, usize)>,
    /// Occasions of cooperation of each node of the graph, summed over its links.
    pub(super) occasions: Vec<usize>,
    /// Partners of each node of the graph.
    pub(super) partners: Vec<usize>,
    /// The node whose key is the one asked for at the centre, if there is one.
    pub(super) pinned: Option<usize>,
}

impl Net {
    /// The nodes and links of `g` as indices, or with `hubs` those of the nodes
    /// and hubs; `center` is an agency id or a country code, and pins nothing if
    /// no node has it.
    pub(super) fn of(
        model: &Model,
        g: &CoopGraph,
        hubs: Option<&Affiliation>,
        center: Option<&str>,
    ) -> Net {
        let pinned = center.and_then(|c| {
            g.graph
                .node_indices()
                .find(|v| g.graph[*v].key(model) == c)
                .map(|v| v.index())
        });
        let occasions = g
            .graph
            .node_indices()
            .map(|v| g.graph.edges(v).map(|e| e.weight().occasions().len()).sum())
            .collect();
        let partners_adj = g.adjacency();
        let partners = partners_adj.iter().map(Vec::len).collect();
        let (adj, edges) = match hubs {
            None => (
                partners_adj,
                g.graph
                    .edge_references()
                    .map(|e| (e.source().index(), e.target().index()))
                    .collect(),
            ),
            Some(aff) => {
                let edges: Vec<(usize, usize)> = aff
                    .links(model, aff)
                    .into_iter()
                    .map(|(a, b, _)| (a, b))
                    .collect();
                let mut adj = vec![Vec::new(); aff.node(aff.hubs.len())];
                for &(a, b) in &edges {
                    adj[a].push(b);
                    adj[b].push(a);
                }
                for n in &mut adj {
                    n.sort_unstable();
                    n.dedup();
                }
                (adj, edges)
            }
        };
        Net {
            adj,
            edges,
            occasions,
            partners,
            pinned,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::fixture::small;

    #[test]
    fn the_centre_is_found_by_key_and_occasions_add_up_over_links() {
        let (model, g) = small();
        let net = Net::of(&model, &g, None, Some("h"));
        let h = net.pinned.expect("h is a node");
        assert_eq!(g.graph[petgraph::graph::NodeIndex::new(h)].key(&model), "h");
        assert_eq!(net.edges.len(), g.graph.edge_count());
        let a = (0..net.adj.len())
            .find(|&i| g.graph[petgraph::graph::NodeIndex::new(i)].key(&model) == "a")
            .unwrap();
        // The team with b, hosting by h, the event with c.
        assert_eq!(net.adj[a].len(), 3);
        assert_eq!(net.occasions[a], 3);
        assert_eq!(Net::of(&model, &g, None, Some("nowhere")).pinned, None);
    }

    #[test]
    fn with_hubs_the_nodes_link_to_their_teams_and_events_only() {
        let (model, g) = small();
        let aff = Affiliation::of(&model, &g);
        let net = Net::of(&model, &g, Some(&aff), None);
        // Four agencies, then the team (4) and the event (5).
        assert_eq!(net.adj.len(), 6);
        assert_eq!(net.adj[0], [4, 5], "a is in the team and at the event");
        assert_eq!(net.adj[4], [0, 1, 3], "the team: a, b and its host h");
        assert_eq!(net.edges.len(), 5);
        assert_eq!(
            net.partners[0], 3,
            "partners are still counted in the graph"
        );
        assert_eq!(net.occasions.len(), 4);
    }
}
