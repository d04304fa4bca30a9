//! The network view: agencies (or countries) as nodes, cooperation as edges;
//! in affiliation mode, the teams and events behind the edges as hubs instead
//! (`affiliation`), linked to the nodes that took part.
//!
//! Positions come from stress majorization (Gansner, Koren & North 2004), the model
//! behind Graphviz neato: node distances on the page follow hop distances in the
//! graph. The start is seeded, so the same graph always gets the same picture.
//! Graphs of more than [`FULL_STRESS_MAX`] nodes get the sparse stress model of
//! [`sparse_stress`] instead, which avoids all-pairs distances.
//! Overlapping nodes are then pushed apart, and each label takes the first of
//! eight places around its node that is free.
//!
//! The files run one way: [`layout_network`] here calls the steps (`affiliation`,
//! `net`, `heading`, `facets`, `nodes`, `edges`, `hubs`, `labels`, `legend`), which draw on the
//! placement below them (`fit`, `circle_grid`, `place`, `stress`, `sparse_stress`,
//! `hops`, `measure`); placement never imports the view.

use crate::graph::{Actor, CoopGraph};
use crate::layout::{NetLinks, NetMode};
use crate::model::Model;
use crate::scene::Scene;
use crate::text::TextMeasure;

use super::kit::{self, MARGIN};

mod affiliation;
mod bundles;
mod circle_grid;
mod edges;
mod facets;
mod fit;
#[cfg(test)]
mod fixture;
mod heading;
mod hops;
mod hubs;
mod labels;
mod legend;
mod measure;
mod net;
mod nodes;
mod options;
mod place;
pub mod sparse_stress;
mod steps;
mod stress;
mod view;

pub use bundles::LINE_ROOM;
pub use hops::hop_distances;
pub use measure::{edge_crossings, graph_stress};
pub use options::{NetColor, NetworkOptions, NetworkStats};
pub use place::{FULL_STRESS_MAX, place};
pub use stress::stress;
pub use view::Network;

use affiliation::{Affiliation, HubOf, Tie};
use facets::{Frame, Panels, facet_years};
use fit::{Circles, fit_nodes};
use heading::{Counts, Nodes};
use legend::Marks;
use net::Net;

/// Lays out the network of `g` (already sliced or aggregated as wanted): its
/// nodes linked to each other, or in affiliation mode to hubs for the teams and
/// events behind the links.
pub fn layout_network(
    model: &Model,
    g: &CoopGraph,
    m: &dyn TextMeasure,
    opts: &NetworkOptions,
) -> (Scene, NetworkStats) {
    let theme = &opts.theme;
    let (mode, hubs) = mode_of(model, g, opts.mode);
    let hubs = hubs.filter(|_| mode == NetMode::Affiliation);
    let net = Net::of(model, g, hubs.as_ref(), opts.center.as_deref());
    // Stress does not change when the drawing moves, so pinning a node at the centre
    // is a translation of the free layout, not a constraint that would distort it.
    let raw = place(&net.adj, opts.seed);

    let mut scene = Scene::new(opts.width, 100.0, theme.background);
    let noun = Nodes::of(g);
    let counts = Counts {
        nodes: g.graph.node_count(),
        unnamed: g
            .graph
            .node_weights()
            .filter(|a| matches!(a, Actor::Agency(r) if model[*r].implicit))
            .count(),
        noun,
        hubs: hubs.as_ref().map(|a| {
            let teams = a
                .hubs
                .iter()
                .filter(|h| matches!(h.of, HubOf::Team(_)))
                .count();
            (teams, a.hubs.len() - teams)
        }),
        links: net.edges.len(),
    };
    let head = heading::heading(
        &mut scene,
        m,
        theme,
        model,
        opts.title.as_deref(),
        &counts,
        opts.page,
    );

    // Faceting needs a year of cooperation; without one the whole network is
    // drawn once.
    let years = if opts.facet_years {
        facet_years(g)
    } else {
        Vec::new()
    };
    let colors = nodes::node_colors(model, g, opts.color, theme);
    let marks = match &hubs {
        None => Marks::Agencies,
        Some(a) => Marks::Affiliation {
            noun,
            teams: counts.hubs.is_some_and(|(t, _)| t > 0),
            events: counts.hubs.is_some_and(|(_, e)| e > 0),
            dashed: a.links(model, a).iter().any(|l| l.2 != Tie::Member),
        },
    };
    // On a canvas of fixed height the panels get what the heading and the
    // legend leave; the legend says so when links will be bundled, which the
    // panels' size decides: first their size without that note.
    let room = |note: Option<usize>| {
        opts.height.map(|h| {
            let mut scratch = Scene::new(opts.width, 100.0, theme.background);
            let legend_h = legend::legend(&mut scratch, m, theme, &colors.keys, &marks, note, 0.0);
            h - head.y - legend_h - MARGIN
        })
    };
    let bundling = |p: &Panels| {
        let limit = bundles::line_limit(p.inner_w, p.inner_h);
        (hubs.is_none() && opts.links == NetLinks::Bundled && net.edges.len() > limit)
            .then_some(limit)
    };
    let mut panels = Panels::new(years.clone(), opts.width, room(None));
    if opts.height.is_some() && bundling(&panels).is_some() {
        panels = Panels::new(years, opts.width, room(bundling(&panels)));
    }
    // Lines a panel can show apart, if links beyond them are bundled.
    let limit = (hubs.is_none() && opts.links == NetLinks::Bundled)
        .then(|| bundles::line_limit(panels.inner_w, panels.inner_h));
    let mut bundled = false;
    // Positions in one panel's coordinates (the same for every panel).
    let mut radius = nodes::node_radii(&net.occasions, panels.node_scale);
    // On a narrow canvas names rarely find room, so a node in the shared
    // colour is drawn at least large enough to carry its code inside.
    if panels.node_scale < 1.0 {
        for (r, code) in radius.iter_mut().zip(&colors.code) {
            if let Some(code) = code {
                *r = r.max(nodes::chip_radius(m, code));
            }
        }
    }
    if let Some(a) = &hubs {
        radius.extend(hubs::hub_radii(a, panels.node_scale));
    }
    let circles = fit_nodes(&raw, radius, net.pinned, panels.inner_w, panels.inner_h);
    let mut stats = measured(opts.stats, &net, &raw, &circles);
    (stats.mode, stats.hubs) = (mode, hubs.as_ref().map_or(0, |a| a.hubs.len()));

    if counts.nodes == 0 {
        let why = kit::nothing_to_draw_why(model, "network-nothing", false);
        let end = kit::nothing_to_draw(&mut scene, m, theme, head.y, &why);
        scene.height = (end + MARGIN).ceil();
        scene.title = head.title;
        scene.description = head.description;
        return (scene, stats);
    }

    let max_weight = edges::max_weight(g);
    let mut bottom = head.y;
    for p in 0..panels.count() {
        let panel = panels.panel(p, head.y);
        let panel_start = scene.items.len();
        let year = panel.year_graph(&mut scene, m, theme, g);
        let frame = Frame::new(model, g, year.as_ref(), hubs.as_ref(), &circles, &panel);
        // Edges under nodes.
        if hubs.is_some() {
            hubs::draw_ties(&mut scene, &frame, theme);
        } else if let Some(limit) = limit {
            bundled |= bundles::draw_links(&mut scene, &frame, theme, max_weight, limit);
        } else {
            edges::draw_edges(&mut scene, &frame, theme, max_weight);
        }
        let (mut node_boxes, chipped) =
            nodes::draw_nodes(&mut scene, &frame, &net, &colors, m, theme);
        hubs::draw_hubs(&mut scene, &frame, theme, &mut node_boxes);
        // Faceted panels name fewer nodes rather than in smaller type.
        let size = labels::LABEL;
        labels::draw_labels(
            &mut scene,
            m,
            &frame,
            &node_boxes,
            (&colors.code, &chipped),
            size,
            theme,
        );
        if opts.steps {
            let drawn = panel_start..scene.items.len();
            steps::assign_steps(&mut scene, drawn, &frame);
        }
        bottom = bottom.max(panel.bottom());
    }

    let note = limit.filter(|_| bundled);
    let end = legend::legend(&mut scene, m, theme, &colors.keys, &marks, note, bottom);
    scene.height = (end + MARGIN).ceil();
    scene.title = head.title;
    scene.description = head.description;
    (scene, stats)
}

/// The mode to draw, the one asked for or else the one the graph calls for, and
/// the hubs of `g` when they were needed to tell or to draw.
fn mode_of(model: &Model, g: &CoopGraph, asked: Option<NetMode>) -> (NetMode, Option<Affiliation>) {
    match asked {
        Some(NetMode::Agencies) => (NetMode::Agencies, None),
        Some(NetMode::Affiliation) => (NetMode::Affiliation, Some(Affiliation::of(model, g))),
        None => {
            let hubs = Affiliation::of(model, g);
            let mode = if hubs.called_for() {
                NetMode::Affiliation
            } else {
                NetMode::Agencies
            };
            (mode, Some(hubs))
        }
    }
}

/// The size of the graph, and crossings (of the drawing) and stress (of the
/// stress model's positions `raw`) when `measure` asks; 0 and NaN otherwise.
/// The mode and hubs are the caller's to fill in.
fn measured(measure: bool, net: &Net, raw: &[(f64, f64)], circles: &Circles) -> NetworkStats {
    NetworkStats {
        mode: NetMode::Agencies,
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
        hubs: 0,
        edges: net.edges.len(),
    }
}
