//! The network view: agencies (or countries) as nodes, cooperation as edges.
//!
//! Positions come from stress majorization (Gansner, Koren & North 2004), the model
//! behind Graphviz neato: node distances on the page follow hop distances in the
//! graph. The start is seeded, so the same graph always gets the same picture.
//! Graphs of more than [`FULL_STRESS_MAX`] nodes get the sparse stress model of
//! [`sparse_stress`] instead, which avoids all-pairs distances.
//! Overlapping nodes are then pushed apart, and each label takes the first of
//! eight places around its node that is free.

use petgraph::visit::EdgeRef;

use crate::graph::{Actor, CoopGraph, Link};
use crate::model::{Model, PartialDate};
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::{TextMeasure, Weight, truncate};

use super::kit::{BoxGrid, MARGIN};

mod circle_grid;
mod fit;
mod hops;
mod measure;
mod place;
pub mod sparse_stress;
mod stress;

use fit::{Circles, fit_nodes};
pub use hops::hop_distances;
pub use measure::{edge_crossings, graph_stress};
pub use place::{FULL_STRESS_MAX, place};
pub use stress::{majorize, stress};

/// What node colours stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetColor {
    /// A colour per country.
    Country,
    /// A colour per agency kind.
    Kind,
}

/// Everything the network view can be asked to do.
#[derive(Clone, Debug)]
pub struct NetworkOptions {
    /// Node colours.
    pub color: NetColor,
    /// Pin this node (its key: agency id or country code) at the centre.
    pub center: Option<String>,
    /// Small multiples, one panel per year, nodes in the same place in each.
    pub facet_years: bool,
    /// Canvas width in px.
    pub width: f64,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
    /// Seed of the starting positions.
    pub seed: u64,
    /// Measure the layout ([`NetworkStats::crossings`] and [`NetworkStats::stress`]);
    /// on large graphs that takes longer than the layout itself.
    pub stats: bool,
}

impl Default for NetworkOptions {
    fn default() -> Self {
        NetworkOptions {
            color: NetColor::Country,
            center: None,
            facet_years: false,
            width: 1920.0,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
            seed: 7,
            stats: false,
        }
    }
}

/// How good a network layout is. Crossings and stress are only measured when
/// [`NetworkOptions::stats`] asks; otherwise they are 0 and NaN.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct NetworkStats {
    /// Pairs of edges that cross.
    pub crossings: usize,
    /// Normalised stress of the positions (0 is a perfect fit of hop distances),
    /// as [`stress`] computes it.
    pub stress: f64,
    /// Nodes.
    pub nodes: usize,
    /// Edges.
    pub edges: usize,
}

const LABEL: f64 = 16.0;
const PANEL_TITLE: f64 = 22.0;

fn node_radius(occasions: usize) -> f64 {
    9.0 + 3.0 * (occasions as f64).sqrt()
}

fn color_key(model: &Model, a: &Actor, by: NetColor) -> String {
    match (a, by) {
        (Actor::Agency(r), NetColor::Country) => model[*r].country.code().to_string(),
        (Actor::Agency(r), NetColor::Kind) => model[*r].kind.as_str().to_string(),
        (Actor::Country(c), _) => c.code().to_string(),
        (Actor::Kind(k), _) => k.as_str().to_string(),
    }
}

/// Writes the tooltip of the link between nodes `a` and `b` into `t`: a large
/// network has tens of thousands of edges, and one buffer serves them all.
fn write_edge_tooltip(t: &mut String, model: &Model, g: &CoopGraph, a: usize, b: usize, l: &Link) {
    let label = |i: usize| g.graph[petgraph::graph::NodeIndex::new(i)].name(model);
    let n = l.occasions().len();
    t.push_str(label(a));
    t.push_str(" – ");
    t.push_str(label(b));
    t.push_str(": ");
    t.push_str(itoa::Buffer::new().format(n));
    t.push_str(if n == 1 { " occasion" } else { " occasions" });
    for o in l.occasions() {
        t.push('\n');
        let _ = o.period.write_human(t);
        t.push_str(" (");
        let _ = o.period.write_given(t);
        t.push_str("): ");
        t.push_str(o.via.kind());
        t.push(' ');
        t.push_str(o.via.name(model));
        let sources = o.via.sources(model);
        let any = sources.len() > 0;
        for (i, s) in sources.enumerate() {
            t.push_str(if i == 0 { " [sources: " } else { ", " });
            t.push_str(s);
        }
        if any {
            t.push(']');
        }
    }
}

/// Lays out the network of `g` (already sliced or aggregated as wanted).
#[allow(clippy::needless_range_loop)]
pub fn layout_network(
    model: &Model,
    g: &CoopGraph,
    m: &dyn TextMeasure,
    opts: &NetworkOptions,
) -> (Scene, NetworkStats) {
    let theme = &opts.theme;
    let n = g.graph.node_count();
    let adj = g.adjacency();
    let pinned = opts.center.as_ref().and_then(|c| {
        g.graph
            .node_indices()
            .find(|v| g.graph[*v].key(model) == c)
            .map(|v| v.index())
    });
    // Stress does not change when the drawing moves, so pinning a node at the centre
    // is a translation of the free layout, not a constraint that would distort it.
    let raw = place(&adj, opts.seed);
    let edges: Vec<(usize, usize)> = g
        .graph
        .edge_references()
        .map(|e| (e.source().index(), e.target().index()))
        .collect();
    let occasions: Vec<usize> = g
        .graph
        .node_indices()
        .map(|v| g.graph.edges(v).map(|e| e.weight().occasions().len()).sum())
        .collect();
    let radius: Vec<f64> = occasions.iter().map(|o| node_radius(*o)).collect();

    // Fit to a square plot, then push nodes apart at that scale.
    let width = opts.width;
    let mut scene = Scene::new(width, 100.0, theme.background);
    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| "Cooperation network".into());
    let subtitle = format!(
        "{} nodes · {} links · node size: occasions of cooperation · line width: shared teams and events",
        n,
        edges.len()
    );
    let (title, subtitle, mut y) = super::kit::heading(&mut scene, m, theme, &title, &subtitle);
    y += 32.0;

    let years: Vec<i32> = if opts.facet_years {
        // Every year from the first cooperation to the last date known, including
        // years in which cooperation only went on.
        let firsts: Vec<i32> = g.occasions_by_year().into_iter().map(|(y, _)| y).collect();
        let last_end = g
            .graph
            .edge_weights()
            .flat_map(|l| {
                l.occasions()
                    .iter()
                    .filter_map(|o| o.period.end.map(|e| e.year()))
            })
            .max();
        match (firsts.first(), firsts.last()) {
            (Some(a), Some(b)) => (*a..=(*b).max(last_end.unwrap_or(*b))).collect(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    // Faceting needs a year of cooperation; without one the whole network is
    // drawn once.
    let facet = !years.is_empty();
    let panels = years.len().max(1);
    let cols = if facet {
        (panels as f64).sqrt().ceil() as usize
    } else {
        1
    };
    let panel_w = (width - 2.0 * MARGIN - (cols as f64 - 1.0) * 32.0) / cols as f64;
    let panel_h = if facet {
        panel_w * 0.8
    } else {
        (panel_w * 0.62).min(1100.0)
    };
    let scale_nodes = if facet {
        (1.0 / cols as f64).sqrt().max(0.5)
    } else {
        1.0
    };
    let radius: Vec<f64> = radius.iter().map(|r| r * scale_nodes).collect();
    let label_pad = if facet { 40.0 } else { 150.0 };
    let inner_w = (panel_w - 2.0 * label_pad).max(50.0);
    let inner_h = (panel_h - 2.0 * 40.0 - if facet { PANEL_TITLE + 10.0 } else { 0.0 }).max(50.0);
    let Circles { pos, radius } = fit_nodes(&raw, radius, pinned, inner_w, inner_h);

    let stats = NetworkStats {
        crossings: if opts.stats {
            edge_crossings(&pos, &edges)
        } else {
            0
        },
        stress: if opts.stats {
            graph_stress(&raw, &adj)
        } else {
            f64::NAN
        },
        nodes: n,
        edges: edges.len(),
    };

    let mut colors: Vec<String> = Vec::new();
    let mut color_of = |k: String| -> Color {
        let i = match colors.iter().position(|c| *c == k) {
            Some(i) => i,
            None => {
                colors.push(k);
                colors.len() - 1
            }
        };
        theme.color(i)
    };
    let node_colors: Vec<Color> = g
        .graph
        .node_indices()
        .map(|v| color_of(color_key(model, &g.graph[v], opts.color)))
        .collect();

    let max_w = g.graph.edge_weights().map(Link::weight).max().unwrap_or(1) as f64;
    let mut bottom = y;
    for p in 0..panels {
        let (c, r) = (p % cols, p / cols);
        let px = MARGIN + c as f64 * (panel_w + 32.0);
        let py = y + r as f64 * (panel_h + 24.0);
        let mut top = py;
        let sub = if facet {
            let year = years[p];
            let from = PartialDate::parse(&year.to_string()).ok();
            top += PANEL_TITLE + 10.0;
            scene.push_text(
                m,
                px,
                py + m.ascent(PANEL_TITLE),
                &year.to_string(),
                PANEL_TITLE,
                Weight::Semibold,
                theme.text,
                Anchor::Start,
            );
            Some(g.slice(from.as_ref(), from.as_ref()))
        } else {
            None
        };
        let view = sub.as_ref().unwrap_or(g);
        let cx = px + panel_w / 2.0;
        let cy = top + (panel_h - (top - py)) / 2.0;
        let at = |i: usize| (cx + pos[i].0, cy + pos[i].1);
        // Edges under nodes.
        scene
            .items
            .reserve(view.graph.edge_count() + 2 * g.graph.node_count());
        let mut text = String::new();
        for e in view.graph.edge_references() {
            let (a, b) = (e.source().index(), e.target().index());
            let l = e.weight();
            let w = l.weight() as f64;
            let idx = scene.push(
                Role::Decoration,
                Shape::Line {
                    x1: at(a).0,
                    y1: at(a).1,
                    x2: at(b).0,
                    y2: at(b).1,
                    stroke: Stroke {
                        color: theme.muted,
                        width: 1.2 + 4.0 * (w / max_w).sqrt(),
                        dash: None,
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
            write_edge_tooltip(&mut text, model, g, a, b, l);
            scene.items[idx].tooltip = Some(text.as_str().into());
        }
        // Nodes: those without a link in this panel are faint.
        let mut node_boxes = BoxGrid::new(64.0);
        for v in g.graph.node_indices() {
            let i = v.index();
            let active = view.graph.edges(v).next().is_some() || sub.is_none();
            let (x, yy) = at(i);
            let idx = scene.push(
                Role::Mark,
                Shape::Circle {
                    cx: x,
                    cy: yy,
                    r: radius[i],
                    fill: Paint::Solid(node_colors[i], 1.0),
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
            scene.items[idx].tooltip = Some(
                format!(
                    "{}\n{} occasions of cooperation with {} partners",
                    node_name(model, actor),
                    occasions[i],
                    adj[i].len()
                )
                .into(),
            );
            scene.items[idx].opacity = if active { 1.0 } else { theme.dim };
            node_boxes.insert(scene.items[idx].bbox());
        }
        // Labels: the first free place around each node, biggest nodes first.
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|a, b| radius[*b].total_cmp(&radius[*a]).then(a.cmp(b)));
        let mut label_boxes = BoxGrid::new(64.0);
        let size = if facet { 14.0 } else { LABEL };
        let panel_box = Rect::new(px, top, panel_w, panel_h - (top - py));
        for i in order {
            let v = petgraph::graph::NodeIndex::new(i);
            if sub.is_some() && view.graph.edges(v).next().is_none() {
                continue;
            }
            let actor = &g.graph[v];
            let h = m.ascent(size) + m.descent(size);
            let (x, yy) = at(i);
            let r = radius[i] + 4.0;
            let spots = |w: f64| {
                [
                    (x + r, yy - h / 2.0),
                    (x - r - w, yy - h / 2.0),
                    (x - w / 2.0, yy - r - h),
                    (x - w / 2.0, yy + r),
                    (x + r * 0.7, yy - r * 0.7 - h),
                    (x - r * 0.7 - w, yy - r * 0.7 - h),
                    (x + r * 0.7, yy + r * 0.7),
                    (x - r * 0.7 - w, yy + r * 0.7),
                ]
            };
            let free = |bb: &Rect| {
                panel_box.contains(bb)
                    && Rect::new(0.0, 0.0, width, f64::MAX).contains(bb)
                    && !node_boxes.overlaps(bb)
                    && !label_boxes.overlaps(&bb.inflate(2.0))
            };
            // Every box of a spot holds the box of no width at the spot's anchor, so
            // if none of those is free no text fits: skip shaping it (in a large
            // graph most nodes are hemmed in).
            if !spots(0.0)
                .iter()
                .any(|&(lx, ly)| free(&Rect::new(lx, ly, 0.0, h)))
            {
                continue;
            }
            let Some(text) = truncate(m, &actor.label(model), size, Weight::Semibold, 220.0) else {
                continue;
            };
            let w = m.width(&text, size, Weight::Semibold);
            let Some(bb) = spots(w)
                .iter()
                .map(|&(lx, ly)| Rect::new(lx, ly, w, h))
                .find(|bb| free(bb))
            else {
                continue;
            };
            let t = scene.push_text(
                m,
                bb.x,
                bb.y + m.ascent(size),
                &text,
                size,
                Weight::Semibold,
                theme.text,
                Anchor::Start,
            );
            scene.items[t].record = Some(actor.key(model).to_string().into());
            scene.items[t].tooltip = Some(node_name(model, actor).into());
            label_boxes.insert(bb);
        }
        bottom = bottom.max(py + panel_h);
    }

    // Legend.
    let mut yl = bottom + 24.0 + m.ascent(LABEL);
    let mut lx = MARGIN;
    for (i, key) in colors.iter().enumerate() {
        let name = match opts.color {
            NetColor::Country => {
                crate::model::Country::from_code(key).map_or(key.clone(), |c| c.name().to_string())
            }
            NetColor::Kind => key.clone(),
        };
        let w = m.width(&name, LABEL, Weight::Regular);
        if lx + 30.0 + w > width - MARGIN && lx > MARGIN {
            lx = MARGIN;
            yl += m.ascent(LABEL) + m.descent(LABEL) + 10.0;
        }
        let cy = yl - (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
        scene.push(
            Role::Decoration,
            Shape::Circle {
                cx: lx + 9.0,
                cy,
                r: 8.0,
                fill: Paint::Solid(theme.color(i), 1.0),
                stroke: None,
            },
        );
        scene.push_text(
            m,
            lx + 26.0,
            yl,
            &name,
            LABEL,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        lx += 26.0 + w + 30.0;
    }
    scene.height = (yl + m.descent(LABEL) + MARGIN).ceil();
    scene.title = title;
    scene.description = format!("Cooperation network: {subtitle}");
    (scene, stats)
}

fn node_name(model: &Model, a: &Actor) -> String {
    match a {
        Actor::Agency(r) => model[*r].name.clone(),
        other => other.label(model),
    }
}
