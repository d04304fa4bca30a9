//! Links: a line per link of the panel, under the nodes.

use crate::layout::kit::write_period;
use petgraph::graph::EdgeReference;
use petgraph::visit::EdgeRef;

use crate::graph::{CoopGraph, Link, Via};
use crate::i18n::t;
use crate::model::Model;
use crate::scene::{Role, Scene, Shape, Stroke};
use crate::style::Theme;

use super::facets::Frame;
use super::nodes::node_label;

/// The dashes of a link of low confidence.
pub(super) const LOW_DASH: (f64, f64) = (7.0, 4.0);

/// Draws a line between the ends of every link the panel shows; lines grow wider
/// with the link's weight, the heaviest link of `max_weight` the widest. Each line
/// names its ends and lists its occasions with their sources.
pub(super) fn draw_edges(scene: &mut Scene, frame: &Frame, theme: &Theme, max_weight: f64) {
    scene
        .items
        .reserve(frame.shown.graph.edge_count() + 2 * frame.g.graph.node_count());
    let mut text = String::new();
    for e in frame.shown.graph.edge_references() {
        draw_link(scene, frame, theme, max_weight, e, &mut text);
    }
}

/// Draws the line of link `e` as [`draw_edges`] does; `text` is a buffer that
/// the lines of a panel share.
pub(super) fn draw_link(
    scene: &mut Scene,
    frame: &Frame,
    theme: &Theme,
    max_weight: f64,
    e: EdgeReference<'_, Link>,
    text: &mut String,
) {
    let (model, g) = (frame.model, frame.g);
    let (a, b) = (e.source().index(), e.target().index());
    let l = e.weight();
    let w = l.weight() as f64;
    let idx = scene.push(
        Role::Decoration,
        Shape::Line {
            x1: frame.at(a).0,
            y1: frame.at(a).1,
            x2: frame.at(b).0,
            y2: frame.at(b).1,
            stroke: Stroke {
                color: theme.muted,
                width: 1.2 + 4.0 * (w / max_weight).sqrt(),
                // Every occasion of low confidence: the link is as uncertain.
                dash: l
                    .occasions()
                    .iter()
                    .all(|o| o.via.assurance(model).is_low())
                    .then_some(LOW_DASH),
                opacity: 0.55,
            },
        },
    );
    text.clear();
    text.push_str(g.graph[e.source()].key(model));
    text.push_str("--");
    text.push_str(g.graph[e.target()].key(model));
    scene.items[idx].record = Some(text.as_str().into());
    text.clear();
    write_edge_tooltip(text, model, g, a, b, l);
    scene.items[idx].tooltip = Some(text.as_str().into());
}

/// The weight of the heaviest link of `g` (1 without links).
pub(super) fn max_weight(g: &CoopGraph) -> f64 {
    g.graph.edge_weights().map(Link::weight).max().unwrap_or(1) as f64
}

/// Writes the tooltip of the link between nodes `a` and `b` into `t`: a large
/// network has tens of thousands of edges, and one buffer serves them all.
fn write_edge_tooltip(t: &mut String, model: &Model, g: &CoopGraph, a: usize, b: usize, l: &Link) {
    let label = |i: usize| node_label(model, &g.graph[petgraph::graph::NodeIndex::new(i)]);
    t.push_str(&t!(
        "network-link",
        from = label(a),
        to = label(b),
        count = l.occasions().len()
    ));
    let mut period = String::new();
    for o in l.occasions() {
        t.push('\n');
        period.clear();
        write_period(&mut period, &o.period);
        let (period, name) = (period.as_str(), o.via.name(model));
        let occasion = match o.via {
            Via::Team(_) => t!("network-link-team", period = period, name = name),
            Via::Event(_) => t!("network-link-event", period = period, name = name),
            Via::Hosting(_) => t!("network-link-hosting", period = period, name = name),
        };
        let sources: Vec<&str> = o.via.sources(model).collect();
        if sources.is_empty() {
            t.push_str(&occasion);
        } else {
            t.push_str(&t!(
                "network-link-sources",
                occasion = occasion,
                sources = sources.join(", ")
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::facets::Panels;
    use crate::layout::network::fit::Circles;
    use crate::layout::network::fixture::small;

    #[test]
    fn each_link_is_a_line_between_its_nodes_named_and_explained() {
        let (model, g) = small();
        let theme = Theme::by_name("light").unwrap();
        let n = g.graph.node_count();
        let circles = Circles {
            pos: (0..n).map(|i| (100.0 * i as f64, 0.0)).collect(),
            radius: vec![10.0; n],
        };
        let panel = Panels::new(Vec::new(), 1920.0, None).panel(0, 100.0);
        let frame = Frame::new(&model, &g, None, None, &circles, &panel);
        let mut scene = Scene::new(1920.0, 100.0, theme.background);
        draw_edges(&mut scene, &frame, &theme, max_weight(&g));
        assert_eq!(scene.items.len(), g.graph.edge_count());
        let ac = scene
            .items
            .iter()
            .find(|i| i.record.as_deref() == Some("a--c"))
            .expect("the event links a and c");
        let Shape::Line { x1, x2, .. } = ac.shape else {
            panic!("a line")
        };
        assert_eq!((x1, x2), (frame.at(0).0, frame.at(2).0));
        assert_eq!(
            ac.tooltip.as_deref(),
            Some(
                "Agency A – Agency C: 1 occasion\n4 May 2020 (as written: 2020-05-04): event Event E"
            )
        );
    }
}
