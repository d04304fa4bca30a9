//! Which graph to place: the cooperation graph reduced to plain node indices.

use petgraph::visit::EdgeRef;

use crate::graph::CoopGraph;
use crate::model::Model;

/// The graph to place. Node `i` is `NodeIndex::new(i)` of the graph it came from.
pub(super) struct Net {
    /// The neighbours of each node.
    pub(super) adj: Vec<Vec<usize>>,
    /// Every link as its two ends, in the graph's order of edges.
    pub(super) edges: Vec<(usize, usize)>,
    /// Occasions of cooperation of each node, summed over its links.
    pub(super) occasions: Vec<usize>,
    /// The node whose key is the one asked for at the centre, if there is one.
    pub(super) pinned: Option<usize>,
}

impl Net {
    /// The nodes and links of `g` as indices; `center` is an agency id or a
    /// country code, and pins nothing if no node has it.
    pub(super) fn of(model: &Model, g: &CoopGraph, center: Option<&str>) -> Net {
        let pinned = center.and_then(|c| {
            g.graph
                .node_indices()
                .find(|v| g.graph[*v].key(model) == c)
                .map(|v| v.index())
        });
        let edges = g
            .graph
            .edge_references()
            .map(|e| (e.source().index(), e.target().index()))
            .collect();
        let occasions = g
            .graph
            .node_indices()
            .map(|v| g.graph.edges(v).map(|e| e.weight().occasions().len()).sum())
            .collect();
        Net {
            adj: g.adjacency(),
            edges,
            occasions,
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
        let net = Net::of(&model, &g, Some("h"));
        let h = net.pinned.expect("h is a node");
        assert_eq!(g.graph[petgraph::graph::NodeIndex::new(h)].key(&model), "h");
        assert_eq!(net.edges.len(), g.graph.edge_count());
        let a = (0..net.adj.len())
            .find(|&i| g.graph[petgraph::graph::NodeIndex::new(i)].key(&model) == "a")
            .unwrap();
        // The team with b, hosting by h, the event with c.
        assert_eq!(net.adj[a].len(), 3);
        assert_eq!(net.occasions[a], 3);
        assert_eq!(Net::of(&model, &g, Some("nowhere")).pinned, None);
    }
}
