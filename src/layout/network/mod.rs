//! The network view: agencies (or countries) as nodes, cooperation as edges.
//!
//! Positions come from stress majorization (Gansner, Koren & North 2004), the model
//! behind Graphviz neato: node distances on the page follow hop distances in the
//! graph. The start is seeded, so the same graph always gets the same picture.
//! Graphs of more than [`FULL_STRESS_MAX`] nodes get the sparse stress model of
//! [`sparse_stress`] instead, which avoids all-pairs distances.
//! Overlapping nodes are then pushed apart, and each label takes the first of
//! eight places around its node that is free.
//!
//! The files run one way: [`layout_network`] here calls the steps (`net`,
//! `heading`, `facets`, `nodes`, `edges`, `labels`, `legend`), which draw on the
//! placement below them (`fit`, `circle_grid`, `place`, `stress`, `sparse_stress`,
//! `hops`, `measure`); placement never imports the view.

use crate::graph::CoopGraph;
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::kit::MARGIN;

mod circle_grid;
mod edges;
mod facets;
mod fit;
#[cfg(test)]
mod fixture;
mod heading;
mod hops;
mod labels;
mod legend;
mod measure;
mod net;
mod nodes;
mod options;
mod place;
pub mod sparse_stress;
mod stress;
mod view;

pub use hops::hop_distances;
pub use measure::{edge_crossings, graph_stress};
pub use options::{NetColor, NetworkOptions, NetworkStats};
pub use place::{FULL_STRESS_MAX, place};
pub use stress::stress;
pub use view::Network;

use facets::{Frame, Panels, facet_years};
use fit::{Circles, fit_nodes};
use net::Net;

/// Lays out the network of `g` (already sliced or aggregated as wanted).
pub fn layout_network(
    model: &Model,
    g: &CoopGraph,
    m: &dyn TextMeasure,
    opts: &NetworkOptions,
) -> (Scene, NetworkStats) {
    let theme = &opts.theme;
    let net = Net::of(model, g, opts.center.as_deref());
    // Stress does not change when the drawing moves, so pinning a node at the centre
    // is a translation of the free layout, not a constraint that would distort it.
    let raw = place(&net.adj, opts.seed);

    let mut scene = Scene::new(opts.width, 100.0, theme.background);
    let counts = (g.graph.node_count(), net.edges.len());
    let head = heading::heading(&mut scene, m, theme, model, opts.title.as_deref(), counts);

    // Faceting needs a year of cooperation; without one the whole network is
    // drawn once.
    let years = if opts.facet_years {
        facet_years(g)
    } else {
        Vec::new()
    };
    let colors = nodes::node_colors(model, g, opts.color, theme);
    let room = opts.height.map(|h| {
        let mut scratch = Scene::new(opts.width, 100.0, theme.background);
        let legend_h = legend::legend(&mut scratch, m, theme, &colors.keys, 0.0);
        h - head.y - legend_h - MARGIN
    });
    let panels = Panels::new(years, opts.width, room);
    // Positions in one panel's coordinates (the same for every panel).
    let radius = nodes::node_radii(&net.occasions, panels.node_scale);
    let circles = fit_nodes(&raw, radius, net.pinned, panels.inner_w, panels.inner_h);
    let stats = measured(opts.stats, &net, &raw, &circles);

    let max_weight = edges::max_weight(g);
    let mut bottom = head.y;
    for p in 0..panels.count() {
        let panel = panels.panel(p, head.y);
        let year = panel.year_graph(&mut scene, m, theme, g);
        let frame = Frame::new(model, g, year.as_ref(), &circles, &panel);
        // Edges under nodes.
        edges::draw_edges(&mut scene, &frame, theme, max_weight);
        let node_boxes = nodes::draw_nodes(&mut scene, &frame, &net, &colors, m, theme);
        let size = labels::label_size(panels.faceted());
        labels::draw_labels(
            &mut scene,
            m,
            &frame,
            &node_boxes,
            &colors.code,
            size,
            theme,
        );
        bottom = bottom.max(panel.bottom());
    }

    let end = legend::legend(&mut scene, m, theme, &colors.keys, bottom);
    scene.height = (end + MARGIN).ceil();
    scene.title = head.title;
    scene.description = head.description;
    (scene, stats)
}

/// The size of the graph, and crossings (of the drawing) and stress (of the
/// stress model's positions `raw`) when `measure` asks; 0 and NaN otherwise.
fn measured(measure: bool, net: &Net, raw: &[(f64, f64)], circles: &Circles) -> NetworkStats {
    NetworkStats {
        crossings: if measure {
            edge_crossings(&circles.pos, &net.edges)
        } else {
            0
        },
        stress: if measure {
            graph_stress(raw, &net.adj)
        } else {
            f64::NAN
        },
        nodes: net.adj.len(),
        edges: net.edges.len(),
    }
}
