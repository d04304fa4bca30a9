//! Links beyond what the canvas can tell apart: the strongest drawn one by one,
//! the others bundled by where they run.
//!
//! A panel shows at most [`line_limit`] lines. When its links are more, the
//! panel is cut into a grid of parts, few enough that every pair of parts
//! fits in half the limit; the strongest links fill the other half one by
//! one, and each pair of parts gets one pale line for the other links
//! between them (or within one part), which says how many links and
//! occasions it stands for and names the strongest.

use std::collections::BTreeMap;

use petgraph::graph::EdgeReference;
use petgraph::visit::EdgeRef;

use crate::graph::Link;
use crate::i18n::t;
use crate::scene::{Role, Scene, Shape, Stroke};
use crate::style::Theme;

use super::edges::draw_link;
use super::facets::Frame;
use super::nodes::node_label;

/// Square pixels of the node box that one line needs to be told apart from
/// its neighbours: a square of 32 px, as much as a line of a hundred pixels
/// with five pixels of room on either side.
pub const LINE_ROOM: f64 = 1024.0;

/// Links a bundle's hover text names, strongest first.
const NAMED: usize = 5;

/// The most lines a panel whose nodes fill a box of `inner_w` × `inner_h` can
/// show apart: one per [`LINE_ROOM`].
pub(super) fn line_limit(inner_w: f64, inner_h: f64) -> usize {
    let lines = (inner_w * inner_h / LINE_ROOM).floor();
    if lines.is_finite() && lines >= 2.0 {
        lines as usize
    } else {
        2
    }
}

/// Draws the links of the panel, at most `limit` lines: every link when they
/// are no more, else the strongest one by one and the others bundled. True if
/// some were bundled.
pub(super) fn draw_links(
    scene: &mut Scene,
    frame: &Frame,
    theme: &Theme,
    max_weight: f64,
    limit: usize,
) -> bool {
    let links: Vec<EdgeReference<'_, Link>> = frame.shown.graph.edge_references().collect();
    if links.len() <= limit {
        super::edges::draw_edges(scene, frame, theme, max_weight);
        return false;
    }
    let grid = Grid::new(frame, &links, limit);
    // The strongest links keep a line of their own: by weight, then occasions,
    // then the graph's order, so that the same data keeps the same lines.
    let mut order: Vec<(usize, usize, usize)> = links
        .iter()
        .enumerate()
        .map(|(k, e)| (e.weight().weight(), e.weight().occasions().len(), k))
        .collect();
    order.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
    let own = limit.saturating_sub(grid.pairs());
    let mut kept = vec![false; links.len()];
    for &(_, _, k) in order.iter().take(own) {
        kept[k] = true;
    }
    // The other links, strongest first, under the pair of parts they join.
    let mut bundles: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for &(_, _, k) in order.iter().skip(own) {
        bundles
            .entry(grid.key(frame, &links[k]))
            .or_default()
            .push(k);
    }
    let most = bundles
        .values()
        .map(|b| occasions(&links, b))
        .max()
        .unwrap_or(1)
        .max(1);
    scene.items.reserve(own + bundles.len());
    let mut text = String::new();
    // Bundles under the links of their own, which stand out on them.
    for (key, members) in &bundles {
        if let [k] = members[..] {
            draw_link(scene, frame, theme, max_weight, links[k], &mut text);
        } else {
            let within = key.0 == key.1;
            draw_bundle(
                scene,
                frame,
                theme,
                (&links, members),
                (&grid, within),
                most,
            );
        }
    }
    for (k, e) in links.iter().enumerate() {
        if kept[k] {
            draw_link(scene, frame, theme, max_weight, *e, &mut text);
        }
    }
    true
}

/// Occasions of cooperation behind the links `members`.
fn occasions(links: &[EdgeReference<'_, Link>], members: &[usize]) -> usize {
    members
        .iter()
        .map(|&k| links[k].weight().occasions().len())
        .sum()
}

/// The parts of a panel: a grid over the box of the links' ends.
struct Grid {
    x0: f64,
    y0: f64,
    cell_w: f64,
    cell_h: f64,
    cols: usize,
    rows: usize,
}

impl Grid {
    /// As many parts as the lines of half of `limit` can join, every part to
    /// every other and to itself, in a grid about as wide as the drawing.
    fn new(frame: &Frame, links: &[EdgeReference<'_, Link>], limit: usize) -> Grid {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for e in links {
            for i in [e.source().index(), e.target().index()] {
                let (x, y) = frame.at(i);
                (x0, x1, y0, y1) = (x0.min(x), x1.max(x), y0.min(y), y1.max(y));
            }
        }
        let (w, h) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        // The most parts c with c (c + 1) / 2 pairs in half the limit.
        let mut parts = ((limit as f64).sqrt() as usize).max(1);
        while parts > 1 && parts * (parts + 1) > limit {
            parts -= 1;
        }
        let cols = ((parts as f64 * w / h).sqrt().floor() as usize).clamp(1, parts);
        let rows = (parts / cols).max(1);
        Grid {
            x0,
            y0,
            cell_w: w / cols as f64,
            cell_h: h / rows as f64,
            cols,
            rows,
        }
    }

    /// The most bundles there can be: one per pair of parts and per part.
    fn pairs(&self) -> usize {
        let parts = self.cols * self.rows;
        parts * (parts + 1) / 2
    }

    /// The part of the panel at `p`.
    fn part(&self, p: (f64, f64)) -> usize {
        let at = |v: f64, lo: f64, size: f64, len: usize| {
            (((v - lo) / size).max(0.0) as usize).min(len - 1)
        };
        at(p.1, self.y0, self.cell_h, self.rows) * self.cols
            + at(p.0, self.x0, self.cell_w, self.cols)
    }

    /// The pair of parts that link `e` joins, the lower first.
    fn key(&self, frame: &Frame, e: &EdgeReference<'_, Link>) -> (usize, usize) {
        let a = self.part(frame.at(e.source().index()));
        let b = self.part(frame.at(e.target().index()));
        (a.min(b), a.max(b))
    }
}

/// Draws one pale line for the links `members` (strongest first) from the
/// middle of their ends in one part to the middle of their ends in the other;
/// `within` one part, from the middle of their left ends to that of their
/// right ends. Widths grow with the occasions, the bundle of `most` widest.
fn draw_bundle(
    scene: &mut Scene,
    frame: &Frame,
    theme: &Theme,
    (links, members): (&[EdgeReference<'_, Link>], &[usize]),
    (grid, within): (&Grid, bool),
    most: usize,
) {
    let (mut from, mut to) = ((0.0, 0.0), (0.0, 0.0));
    for &k in members {
        let (mut p, mut q) = (
            frame.at(links[k].source().index()),
            frame.at(links[k].target().index()),
        );
        // Across parts the lower part's end comes first, as in the key.
        let swap = if within {
            q.0 < p.0
        } else {
            grid.part(q) < grid.part(p)
        };
        if swap {
            (p, q) = (q, p);
        }
        (from.0, from.1, to.0, to.1) = (from.0 + p.0, from.1 + p.1, to.0 + q.0, to.1 + q.1);
    }
    let n = members.len() as f64;
    let occasions = occasions(links, members);
    let idx = scene.push(
        Role::Decoration,
        Shape::Line {
            x1: from.0 / n,
            y1: from.1 / n,
            x2: to.0 / n,
            y2: to.1 / n,
            stroke: Stroke {
                color: theme.muted,
                width: 1.2 + 6.0 * (occasions as f64 / most as f64).sqrt(),
                dash: None,
                opacity: 0.3,
            },
        },
    );
    let head = if within {
        "network-bundle-within"
    } else {
        "network-bundle"
    };
    let mut text = t!(head, links = members.len(), occasions = occasions);
    let (model, g) = (frame.model, frame.g);
    for &k in members.iter().take(NAMED) {
        let e = links[k];
        text.push('\n');
        text.push_str(&t!(
            "network-link",
            from = node_label(model, &g.graph[e.source()]),
            to = node_label(model, &g.graph[e.target()]),
            count = e.weight().occasions().len()
        ));
    }
    if members.len() > NAMED {
        text.push('\n');
        text.push_str(&t!("network-bundle-more", count = members.len() - NAMED));
    }
    scene.items[idx].tooltip = Some(text.into());
}
