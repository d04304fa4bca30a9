//! Nodes: their sizes, their colours, and their circles in a panel.

use std::fmt::Write;

use crate::graph::{Actor, CoopGraph};
use crate::i18n::t;
use crate::layout::kit::{self, note};
use crate::model::Model;
use crate::scene::{Anchor, Rect, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::{TextMeasure, Weight};

use super::super::kit::{BoxGrid, Colors, Swatch};
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

/// Node colours: a node takes its country's (or kind's) colour, the same as in
/// every other view.
pub(super) struct NodeColors {
    /// The legend: each colour drawn and what it stands for, in the order of
    /// the first node in it; countries without a colour of their own share one
    /// entry, last.
    pub(super) keys: Vec<(Color, String)>,
    /// The colour of each node.
    pub(super) of_node: Vec<Color>,
    /// The country code each node's label must carry, for nodes drawn in the
    /// shared "other countries" colour.
    pub(super) code: Vec<Option<&'static str>>,
}

/// The colours of the nodes of `g`, by country or kind as `by` asks.
pub(super) fn node_colors(model: &Model, g: &CoopGraph, by: NetColor, theme: &Theme) -> NodeColors {
    let colors = Colors::new(model, theme);
    let mut keys: Vec<(Color, String)> = Vec::new();
    let mut others = false;
    let mut of_node = Vec::with_capacity(g.graph.node_count());
    let mut code = Vec::with_capacity(g.graph.node_count());
    for v in g.graph.node_indices() {
        let (swatch, name, country) = match (&g.graph[v], by) {
            (Actor::Agency(r), NetColor::Country) => {
                let c = model[*r].country;
                (colors.country(c.code()), c.name().to_string(), Some(c))
            }
            (Actor::Country(c), _) => (colors.country(c.code()), c.name().to_string(), None),
            (Actor::Agency(r), NetColor::Kind) => {
                let k = model[*r].kind;
                (
                    own(colors.kind(k)),
                    kit::agency_kind_name(k).to_string(),
                    None,
                )
            }
            (Actor::Kind(k), _) => (
                own(colors.kind(*k)),
                kit::agency_kind_name(*k).to_string(),
                None,
            ),
        };
        if swatch.own {
            if !keys.iter().any(|(_, n)| *n == name) {
                keys.push((swatch.color, name));
            }
        } else {
            others = true;
        }
        of_node.push(swatch.color);
        code.push(country.filter(|_| !swatch.own).map(|c| c.code()));
    }
    if others {
        keys.push((colors.other(), t!("network-legend-other-countries")));
    }
    NodeColors {
        keys,
        of_node,
        code,
    }
}

fn own(color: Color) -> Swatch {
    Swatch { color, own: true }
}

/// Size of the country code written inside a node, in px.
pub(super) const CHIP: f64 = 13.0;

/// The least radius of a node that holds `code` inside it.
pub(super) fn chip_radius(m: &dyn TextMeasure, code: &str) -> f64 {
    let w = m.width(code, CHIP, Weight::Semibold);
    let h = m.ascent(CHIP) + m.descent(CHIP);
    w.max(h) / 1.3
}

/// An agency of low confidence (a country or kind node never is: it stands
/// for what is known of all its agencies).
pub(super) fn is_low(model: &Model, a: &Actor) -> bool {
    matches!(a, Actor::Agency(r) if model[*r].assurance.is_low())
}

/// The short name of a node, as its label gives it: an agency's short name, a
/// country's or a kind's name, in the language spoken.
pub(super) fn node_label<'m>(model: &'m Model, a: &Actor) -> &'m str {
    match a {
        Actor::Kind(k) => kit::agency_kind_name(*k),
        other => other.name(model),
    }
}

/// The full name of a node, for tooltips.
pub(super) fn node_name(model: &Model, a: &Actor) -> String {
    match a {
        Actor::Agency(r) => model[*r].name.clone(),
        other => node_label(model, other).to_string(),
    }
}

/// Draws a circle for every node, in the same place in every panel; nodes the
/// panel does not show (no link in its year) are faint. Each circle names its node
/// and tells its occasions and partners. Returns the circles' boxes, which labels
/// must not cover, and by node whether its code is written inside it.
pub(super) fn draw_nodes(
    scene: &mut Scene,
    frame: &Frame,
    net: &Net,
    colors: &NodeColors,
    m: &dyn TextMeasure,
    theme: &Theme,
) -> (BoxGrid, Vec<bool>) {
    let (model, g) = (frame.model, frame.g);
    let mut node_boxes = BoxGrid::new(64.0);
    let mut chips = Vec::new();
    for v in g.graph.node_indices() {
        let i = v.index();
        let (x, y) = frame.at(i);
        let actor = &g.graph[v];
        let low = is_low(model, actor);
        let idx = scene.push(
            Role::Mark,
            Shape::Circle {
                cx: x,
                cy: y,
                r: frame.circles.radius[i],
                fill: kit::mark_fill(colors.of_node[i], 1.0, low),
                stroke: Some(Stroke {
                    width: 2.0,
                    ..kit::mark_ring(theme, colors.of_node[i], low)
                }),
            },
        );
        scene.items[idx].record = Some(actor.key(model).to_string().into());
        let (occasions, partners) = (net.occasions[i], net.partners[i]);
        let cooperation = if frame.hubs.is_some() {
            t!(
                "network-node-cooperation-hubs",
                occasions = occasions,
                partners = partners,
                hubs = net.adj[i].len()
            )
        } else {
            t!(
                "network-node-cooperation",
                occasions = occasions,
                partners = partners
            )
        };
        let mut tip = format!("{}\n{cooperation}", node_name(model, actor));
        if let Actor::Agency(a) = actor {
            if let Some(n) = &model[*a].notes {
                let _ = write!(tip, "\n{n}");
            }
            kit::write_confidence(&mut tip, &model[*a].assurance);
        }
        scene.items[idx].tooltip = Some(tip.into());
        let opacity = if frame.shows(i) { 1.0 } else { theme.dim };
        scene.items[idx].opacity = opacity;
        node_boxes.insert(scene.items[idx].bbox());
        // A code would not read on stripes: the node's name carries it.
        if !low {
            chips.push((i, idx, (x, y), opacity));
        }
    }
    // A node in the shared "other countries" colour carries its code inside,
    // where it fits, so it is told apart even where its name finds no room;
    // below its own size, or where its box would reach a neighbour's, it is
    // not drawn (the node's name carries the code). Drawn once every node's
    // box is known.
    let size = CHIP;
    let mut chipped = vec![false; chips.len()];
    for (i, idx, (x, y), opacity) in chips {
        let r = frame.circles.radius[i];
        let Some(code) = colors.code.get(i).copied().flatten() else {
            continue;
        };
        let w = m.width(code, size, Weight::Semibold);
        let h = m.ascent(size) + m.descent(size);
        let baseline = y + (m.ascent(size) - m.descent(size)) / 2.0;
        let chip = Rect::new(x - w / 2.0, baseline - m.ascent(size), w, h);
        let host = scene.items[idx].bbox();
        if r < chip_radius(m, code) || node_boxes.overlaps_other(&chip, |b| *b == host) {
            continue;
        }
        let t = note(
            scene,
            m,
            x,
            baseline,
            code,
            size,
            Weight::Semibold,
            theme.ink_on(colors.of_node[i]),
            Anchor::Middle,
        );
        scene.items[t].host = Some(idx);
        scene.items[t].record = scene.items[idx].record.clone();
        scene.items[t].opacity = opacity;
        if let Some(c) = chipped.get_mut(i) {
            *c = true;
        }
    }
    (node_boxes, chipped)
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
    fn one_colour_per_country_the_same_as_every_view_draws() {
        let (model, g) = small();
        let theme = Theme::by_name("light").unwrap();
        let colors = Colors::new(&model, &theme);
        let c = node_colors(&model, &g, NetColor::Country, &theme);
        let names: Vec<&str> = c.keys.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["Netherlands", "France", "European Union"]);
        let fr = colors.country("FR").color;
        assert_eq!(
            c.of_node,
            [
                colors.country("NL").color,
                fr,
                fr,
                colors.country("EU").color
            ]
        );
        assert!(
            c.code.iter().all(Option::is_none),
            "three hues, no code needed"
        );
        let k = node_colors(&model, &g, NetColor::Kind, &theme);
        let names: Vec<&str> = k.keys.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["police", "prosecution", "EU agency"]);
    }

    #[test]
    fn nodes_without_a_link_in_the_year_are_faint_and_tooltips_count() {
        let (model, g) = small();
        let theme = Theme::by_name("light").unwrap();
        let net = Net::of(&model, &g, None, None);
        let colors = node_colors(&model, &g, NetColor::Country, &theme);
        let n = g.graph.node_count();
        let circles = Circles {
            pos: (0..n).map(|i| (60.0 * i as f64, 0.0)).collect(),
            radius: vec![10.0; n],
        };
        let panel = Panels::new(vec![2021], 1920.0, None).panel(0, 100.0);
        let year = g.slice(
            crate::model::PartialDate::parse("2021").ok().as_ref(),
            crate::model::PartialDate::parse("2021").ok().as_ref(),
        );
        let mut scene = Scene::new(1920.0, 100.0, theme.background);
        let frame = Frame::new(&model, &g, Some(&year), None, &circles, &panel);
        draw_nodes(
            &mut scene,
            &frame,
            &net,
            &colors,
            &crate::text::FixedMeasure { em: 0.5 },
            &theme,
        );
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
