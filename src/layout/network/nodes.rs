//! Nodes: their sizes, their colours, and their circles in a panel.

use std::fmt::Write;

use crate::graph::{Actor, CoopGraph};
use crate::model::Model;
use crate::scene::{Paint, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};

use super::super::kit::BoxGrid;
use super::facets::Frame;
use super::net::Net;
use super::options::NetColor;

/// The radius of each node: its area grows with its occasions of cooperation,
/// times `scale`.
pub(super) fn node_radii(occasions: &[usize], scale: f64) -> Vec<f64> {
    occasions
        .iter()
        .map(|&o| (9.0 + 3.0 * (o as f64).sqrt()) * scale)
        .collect()
}

/// Node colours: nodes with the same key (country or kind) share a colour, the
/// theme's colours in order of each key's first node.
pub(super) struct NodeColors {
    /// The keys in the order of their colours.
    pub(super) keys: Vec<String>,
    /// The colour of each node.
    pub(super) of_node: Vec<Color>,
}

/// The colours of the nodes of `g`, by country or kind as `by` asks.
pub(super) fn node_colors(model: &Model, g: &CoopGraph, by: NetColor, theme: &Theme) -> NodeColors {
    let mut keys: Vec<String> = Vec::new();
    let of_node = g
        .graph
        .node_indices()
        .map(|v| {
            let k = color_key(model, &g.graph[v], by);
            let i = match keys.iter().position(|c| *c == k) {
                Some(i) => i,
                None => {
                    keys.push(k);
                    keys.len() - 1
                }
            };
            theme.color(i)
        })
        .collect();
    NodeColors { keys, of_node }
}

fn color_key(model: &Model, a: &Actor, by: NetColor) -> String {
    match (a, by) {
        (Actor::Agency(r), NetColor::Country) => model[*r].country.code().to_string(),
        (Actor::Agency(r), NetColor::Kind) => model[*r].kind.as_str().to_string(),
        (Actor::Country(c), _) => c.code().to_string(),
        (Actor::Kind(k), _) => k.as_str().to_string(),
    }
}

/// The full name of a node, for tooltips.
pub(super) fn node_name(model: &Model, a: &Actor) -> String {
    match a {
        Actor::Agency(r) => model[*r].name.clone(),
        other => other.label(model),
    }
}

/// Draws a circle for every node, in the same place in every panel; nodes the
/// panel does not show (no link in its year) are faint. Each circle names its node
/// and tells its occasions and partners. Returns the circles' boxes, which labels
/// must not cover.
pub(super) fn draw_nodes(
    scene: &mut Scene,
    frame: &Frame,
    net: &Net,
    colors: &[Color],
    theme: &Theme,
) -> BoxGrid {
    let (model, g) = (frame.model, frame.g);
    let mut node_boxes = BoxGrid::new(64.0);
    for v in g.graph.node_indices() {
        let i = v.index();
        let (x, y) = frame.at(i);
        let idx = scene.push(
            Role::Mark,
            Shape::Circle {
                cx: x,
                cy: y,
                r: frame.circles.radius[i],
                fill: Paint::Solid(colors[i], 1.0),
                stroke: Some(Stroke {
                    color: theme.background,
                    width: 2.0,
                    dash: None,
                    opacity: 1.0,
                }),
            },
        );
        let actor = &g.graph[v];
        scene.items[idx].record = Some(actor.key(model).to_string().into());
        let mut tip = format!(
            "{}\n{} occasions of cooperation with {} partners",
            node_name(model, actor),
            net.occasions[i],
            net.partners[i]
        );
        if frame.hubs.is_some() {
            let n = net.adj[i].len();
            let what = if n == 1 {
                "team or event"
            } else {
                "teams and events"
            };
            let _ = write!(tip, ", in {n} {what}");
        }
        scene.items[idx].tooltip = Some(tip.into());
        scene.items[idx].opacity = if frame.shows(i) { 1.0 } else { theme.dim };
        node_boxes.insert(scene.items[idx].bbox());
    }
    node_boxes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::facets::Panels;
    use crate::layout::network::fit::Circles;
    use crate::layout::network::fixture::small;

    #[test]
    fn busier_nodes_are_bigger_and_scale_shrinks_them_all() {
        let r = node_radii(&[0, 1, 4, 9], 1.0);
        assert!(r.windows(2).all(|w| w[0] < w[1]), "{r:?}");
        let half = node_radii(&[0, 1, 4, 9], 0.5);
        assert!(
            r.iter()
                .zip(&half)
                .all(|(a, b)| (a / 2.0 - b).abs() < 1e-12)
        );
    }

    #[test]
    fn one_colour_per_country_in_order_of_first_appearance() {
        let (model, g) = small();
        let theme = Theme::by_name("light").unwrap();
        let c = node_colors(&model, &g, NetColor::Country, &theme);
        assert_eq!(c.keys, ["NL", "FR", "EU"]);
        assert_eq!(
            c.of_node,
            [
                theme.color(0),
                theme.color(1),
                theme.color(1),
                theme.color(2)
            ]
        );
        let k = node_colors(&model, &g, NetColor::Kind, &theme);
        assert_eq!(k.keys, ["police", "prosecution", "eu-agency"]);
    }

    #[test]
    fn nodes_without_a_link_in_the_year_are_faint_and_tooltips_count() {
        let (model, g) = small();
        let theme = Theme::by_name("light").unwrap();
        let net = Net::of(&model, &g, None, None);
        let colors = node_colors(&model, &g, NetColor::Country, &theme).of_node;
        let n = g.graph.node_count();
        let circles = Circles {
            pos: (0..n).map(|i| (60.0 * i as f64, 0.0)).collect(),
            radius: vec![10.0; n],
        };
        let panel = Panels::new(vec![2021], 1920.0).panel(0, 100.0);
        let year = g.slice(
            crate::model::PartialDate::parse("2021").ok().as_ref(),
            crate::model::PartialDate::parse("2021").ok().as_ref(),
        );
        let mut scene = Scene::new(1920.0, 100.0, theme.background);
        let frame = Frame::new(&model, &g, Some(&year), None, &circles, &panel);
        draw_nodes(&mut scene, &frame, &net, &colors, &theme);
        assert_eq!(scene.items.len(), n);
        let c = &scene.items[2];
        assert_eq!(c.record.as_deref(), Some("c"));
        assert_eq!(c.opacity, theme.dim, "c only met a in 2020");
        assert_eq!(scene.items[0].opacity, 1.0);
        assert_eq!(
            scene.items[0].tooltip.as_deref(),
            Some("Agency A\n3 occasions of cooperation with 3 partners")
        );
    }
}
