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

pub mod sparse_stress;

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

/// splitmix64: a tiny deterministic generator for the starting positions.
pub(super) struct Rng(pub(super) u64);
impl Rng {
    pub(super) fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Hop distances between all nodes (BFS from each); unreachable pairs get one more
/// than the longest finite distance, which keeps components near each other.
// Nodes are ids into the distance matrix rows and columns; indexing reads clearer.
#[allow(clippy::needless_range_loop)]
pub fn hop_distances(adj: &[Vec<usize>]) -> Vec<Vec<f64>> {
    let n = adj.len();
    let mut d = vec![vec![f64::INFINITY; n]; n];
    let mut queue = std::collections::VecDeque::new();
    for s in 0..n {
        d[s][s] = 0.0;
        queue.clear();
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            for &w in &adj[v] {
                if d[s][w].is_infinite() {
                    d[s][w] = d[s][v] + 1.0;
                    queue.push_back(w);
                }
            }
        }
    }
    let max = d
        .iter()
        .flatten()
        .copied()
        .filter(|x| x.is_finite())
        .fold(1.0, f64::max);
    for row in &mut d {
        for x in row.iter_mut() {
            if x.is_infinite() {
                *x = max + 1.0;
            }
        }
    }
    d
}

/// Normalised stress: Σ (|xi − xj| − dij)² / dij² over pairs, after the scale that
/// fits the positions best, divided by the number of pairs.
pub fn stress(pos: &[(f64, f64)], d: &[Vec<f64>]) -> f64 {
    let n = pos.len();
    let (mut num, mut den) = (0.0, 0.0);
    for i in 0..n {
        for j in i + 1..n {
            let e = ((pos[i].0 - pos[j].0).powi(2) + (pos[i].1 - pos[j].1).powi(2)).sqrt();
            let w = 1.0 / (d[i][j] * d[i][j]);
            num += w * d[i][j] * e;
            den += w * e * e;
        }
    }
    let s = if den > 0.0 { num / den } else { 1.0 };
    let mut total = 0.0;
    let mut pairs = 0.0;
    for i in 0..n {
        for j in i + 1..n {
            let e = s * ((pos[i].0 - pos[j].0).powi(2) + (pos[i].1 - pos[j].1).powi(2)).sqrt();
            total += (e - d[i][j]).powi(2) / (d[i][j] * d[i][j]);
            pairs += 1.0;
        }
    }
    if pairs > 0.0 { total / pairs } else { 0.0 }
}

/// Stress majorization from a seeded start; `pinned` stays at the origin.
pub fn majorize(adj: &[Vec<usize>], seed: u64, pinned: Option<usize>) -> Vec<(f64, f64)> {
    let n = adj.len();
    if n == 0 {
        return Vec::new();
    }
    let d = hop_distances(adj);
    let mut rng = Rng(seed);
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|_| {
            (
                (rng.next_f64() - 0.5) * n as f64,
                (rng.next_f64() - 0.5) * n as f64,
            )
        })
        .collect();
    if let Some(p) = pinned {
        pos[p] = (0.0, 0.0);
    }
    let mut last = f64::MAX;
    for _ in 0..400 {
        for i in 0..n {
            if Some(i) == pinned {
                continue;
            }
            let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
            for j in 0..n {
                if i == j {
                    continue;
                }
                let w = 1.0 / (d[i][j] * d[i][j]);
                let dx = pos[i].0 - pos[j].0;
                let dy = pos[i].1 - pos[j].1;
                let e = (dx * dx + dy * dy).sqrt().max(1e-9);
                sx += w * (pos[j].0 + d[i][j] * dx / e);
                sy += w * (pos[j].1 + d[i][j] * dy / e);
                sw += w;
            }
            if sw > 0.0 {
                pos[i] = (sx / sw, sy / sw);
            }
        }
        let s = stress(&pos, &d);
        if (last - s).abs() < 1e-6 * last.max(1e-9) {
            break;
        }
        last = s;
    }
    pos
}

/// Graphs up to this many nodes get full stress majorization; larger ones the
/// sparse model, whose sweeps cost O(m + n·k) instead of O(n²).
pub const FULL_STRESS_MAX: usize = 300;

/// Pivots of the sparse stress model; Ortmann et al. find little gain beyond 200.
const PIVOTS: usize = 200;

/// Node positions (in hop units) for the graph `adj`: full stress majorization up
/// to [`FULL_STRESS_MAX`] nodes, sparse stress majorization beyond.
pub fn place(adj: &[Vec<usize>], seed: u64) -> Vec<(f64, f64)> {
    if adj.len() <= FULL_STRESS_MAX {
        majorize(adj, seed, None)
    } else {
        sparse_stress::sparse_majorize(adj, seed, PIVOTS)
    }
}

/// The same value as [`stress`] over [`hop_distances`] of `adj`, with one
/// breadth-first search per node and linear memory instead of a distance matrix.
pub fn graph_stress(pos: &[(f64, f64)], adj: &[Vec<usize>]) -> f64 {
    let n = pos.len().min(adj.len());
    // Σ (s·e − d)²/d² = s²·A − 2s·B + pairs with A = Σ e²/d², B = Σ e/d, and the best
    // scale s = B/A; unreachable pairs wait for their distance in the `far` sums.
    let (mut a, mut b) = (0.0, 0.0);
    let (mut far_e, mut far_e2) = (0.0, 0.0);
    let mut longest = 0u32;
    let mut queue = Vec::with_capacity(n);
    for s in 0..n {
        let d = sparse_stress::bfs(adj, s, &mut queue);
        longest = d
            .iter()
            .copied()
            .filter(|&x| x != u32::MAX)
            .fold(longest, u32::max);
        for j in s + 1..n {
            let e = ((pos[s].0 - pos[j].0).powi(2) + (pos[s].1 - pos[j].1).powi(2)).sqrt();
            if d[j] == u32::MAX {
                far_e += e;
                far_e2 += e * e;
            } else {
                let dj = f64::from(d[j]);
                a += e * e / (dj * dj);
                b += e / dj;
            }
        }
    }
    let far = f64::from(longest.max(1)) + 1.0;
    a += far_e2 / (far * far);
    b += far_e / far;
    let pairs = (n * n.saturating_sub(1) / 2) as f64;
    if pairs == 0.0 {
        return 0.0;
    }
    let s = if a > 0.0 { b / a } else { 1.0 };
    ((s * s * a - 2.0 * s * b + pairs) / pairs).max(0.0)
}

fn segments_cross(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> bool {
    let orient = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (o1, o2, o3, o4) = (
        orient(a, b, c),
        orient(a, b, d),
        orient(c, d, a),
        orient(c, d, b),
    );
    o1 * o2 < 0.0 && o3 * o4 < 0.0
}

/// Edge crossings of a drawing (edges sharing an end never count).
pub fn edge_crossings(pos: &[(f64, f64)], edges: &[(usize, usize)]) -> usize {
    // Two edges can only cross if their boxes meet: sweep the edges from left to
    // right and test only those whose x ranges overlap.
    struct Seg {
        x0: f64,
        x1: f64,
        y0: f64,
        y1: f64,
        a: usize,
        b: usize,
    }
    let mut segs: Vec<Seg> = edges
        .iter()
        .filter(|&&(a, b)| a < pos.len() && b < pos.len())
        .map(|&(a, b)| Seg {
            x0: pos[a].0.min(pos[b].0),
            x1: pos[a].0.max(pos[b].0),
            y0: pos[a].1.min(pos[b].1),
            y1: pos[a].1.max(pos[b].1),
            a,
            b,
        })
        .collect();
    segs.sort_by(|p, q| p.x0.total_cmp(&q.x0));
    let mut count = 0;
    for (i, p) in segs.iter().enumerate() {
        for q in &segs[i + 1..] {
            if q.x0 > p.x1 {
                break;
            }
            if q.y0 > p.y1 || q.y1 < p.y0 {
                continue;
            }
            if p.a == q.a || p.a == q.b || p.b == q.a || p.b == q.b {
                continue;
            }
            if segments_cross(pos[p.a], pos[p.b], pos[q.a], pos[q.b]) {
                count += 1;
            }
        }
    }
    count
}

const LABEL: f64 = 16.0;
const PANEL_TITLE: f64 = 22.0;
/// Room between node circles.
const GAP: f64 = 6.0;
/// The share of the disc inscribed in a panel that the node circles of a large
/// graph, each with half the gap around it, may cover together.
const MAX_COVER: f64 = 0.3;
/// Sweeps of overlap removal at most on large graphs.
const SEPARATE_SWEEPS: usize = 500;

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

/// Pushes circles `i` and `j` apart if they are closer than their radii and `gap`
/// allow; the pinned one stays put. True if they were.
fn push_apart(
    pos: &mut [(f64, f64)],
    radius: &[f64],
    pinned: Option<usize>,
    gap: f64,
    i: usize,
    j: usize,
) -> bool {
    let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
    let dist = (dx * dx + dy * dy).sqrt();
    let need = radius[i] + radius[j] + gap;
    if dist >= need {
        return false;
    }
    let (ux, uy) = if dist > 1e-9 {
        (dx / dist, dy / dist)
    } else {
        (1.0, 0.0)
    };
    let push = (need - dist) / 2.0 + 0.01;
    let (fi, fj) = match pinned {
        Some(p) if p == i => (0.0, 2.0),
        Some(p) if p == j => (2.0, 0.0),
        _ => (1.0, 1.0),
    };
    pos[i].0 -= ux * push * fi;
    pos[i].1 -= uy * push * fi;
    pos[j].0 += ux * push * fj;
    pos[j].1 += uy * push * fj;
    true
}

/// Pushes overlapping circles apart until none overlap (or the budget runs out).
fn separate(pos: &mut [(f64, f64)], radius: &[f64], pinned: Option<usize>, gap: f64) {
    let n = pos.len();
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                moved |= push_apart(pos, radius, pinned, gap, i, j);
            }
        }
        if !moved {
            break;
        }
    }
}

/// Node circles filed under the cells of a grid, each under every cell that its
/// circle plus half the gap touches, so that circles closer than the gap share a cell.
struct CircleGrid {
    x0: f64,
    y0: f64,
    cell: f64,
    cols: usize,
    rows: usize,
    /// Cell c holds `ids[start[c]..start[c + 1]]`.
    start: Vec<usize>,
    ids: Vec<usize>,
}

impl CircleGrid {
    fn reach(p: (f64, f64), r: f64, gap: f64) -> (f64, f64, f64, f64) {
        let r = r + gap / 2.0;
        (p.0 - r, p.0 + r, p.1 - r, p.1 + r)
    }

    /// None if the positions are not finite.
    fn new(pos: &[(f64, f64)], radius: &[f64], gap: f64) -> Option<CircleGrid> {
        let n = pos.len();
        let mut sizes: Vec<f64> = radius.to_vec();
        sizes.sort_by(f64::total_cmp);
        let typical = 2.0 * sizes.get(n / 2).copied().unwrap_or(1.0) + gap;
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (p, r) in pos.iter().zip(radius) {
            let b = Self::reach(*p, *r, gap);
            (x0, x1, y0, y1) = (x0.min(b.0), x1.max(b.1), y0.min(b.2), y1.max(b.3));
        }
        if !(x1 - x0).is_finite() || !(y1 - y0).is_finite() {
            return None;
        }
        // Cells of about one typical circle, but never many more cells than nodes.
        let cell = typical
            .max(((x1 - x0) * (y1 - y0) / (4 * n.max(1)) as f64).sqrt())
            .max(1e-6);
        let mut grid = CircleGrid {
            x0,
            y0,
            cell,
            cols: ((x1 - x0) / cell) as usize + 1,
            rows: ((y1 - y0) / cell) as usize + 1,
            start: Vec::new(),
            ids: Vec::new(),
        };
        // Counting sort: sizes first, then the ids.
        let mut start = vec![0; grid.cols * grid.rows + 1];
        for (p, r) in pos.iter().zip(radius) {
            grid.each_cell(Self::reach(*p, *r, gap), |c| start[c + 1] += 1);
        }
        for c in 1..start.len() {
            start[c] += start[c - 1];
        }
        let mut fill = start.clone();
        let mut ids = vec![0; start[grid.cols * grid.rows]];
        for (i, (p, r)) in pos.iter().zip(radius).enumerate() {
            grid.each_cell(Self::reach(*p, *r, gap), |c| {
                ids[fill[c]] = i;
                fill[c] += 1;
            });
        }
        grid.start = start;
        grid.ids = ids;
        Some(grid)
    }

    /// Calls `f` with every cell that the box touches (clamped to the grid).
    fn each_cell(&self, b: (f64, f64, f64, f64), mut f: impl FnMut(usize)) {
        let at =
            |v: f64, lo: f64, len: usize| (((v - lo) / self.cell).max(0.0) as usize).min(len - 1);
        let (c0, c1) = (at(b.0, self.x0, self.cols), at(b.1, self.x0, self.cols));
        let (r0, r1) = (at(b.2, self.y0, self.rows), at(b.3, self.y0, self.rows));
        for row in r0..=r1 {
            for c in c0..=c1 {
                f(row * self.cols + c);
            }
        }
    }

    /// Circles after `i` that share a cell with circle `i` at `p`, ascending.
    fn after(&self, i: usize, p: (f64, f64), r: f64, gap: f64, out: &mut Vec<usize>) {
        out.clear();
        self.each_cell(Self::reach(p, r, gap), |c| {
            out.extend(
                self.ids[self.start[c]..self.start[c + 1]]
                    .iter()
                    .filter(|&&j| j > i),
            );
        });
        out.sort_unstable();
        out.dedup();
    }
}

/// Pairs of circles closer than their radii and `gap` allow.
fn crowded_pairs(pos: &[(f64, f64)], radius: &[f64], gap: f64) -> usize {
    let Some(grid) = CircleGrid::new(pos, radius, gap) else {
        return 0;
    };
    let mut near = Vec::new();
    let mut count = 0;
    for i in 0..pos.len() {
        grid.after(i, pos[i], radius[i], gap, &mut near);
        count += near
            .iter()
            .filter(|&&j| {
                let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
                (dx * dx + dy * dy).sqrt() < radius[i] + radius[j] + gap
            })
            .count();
    }
    count
}

/// [`separate`] for large graphs: each sweep only tries the pairs that share a cell
/// of a grid built at its start. A sweep that moves nothing has seen every
/// overlapping pair, so stopping there is as safe as with all pairs.
fn separate_by_grid(pos: &mut [(f64, f64)], radius: &[f64], pinned: Option<usize>, gap: f64) {
    let mut near = Vec::new();
    for _ in 0..SEPARATE_SWEEPS {
        let Some(grid) = CircleGrid::new(pos, radius, gap) else {
            return;
        };
        let mut moved = false;
        for i in 0..pos.len() {
            grid.after(i, pos[i], radius[i], gap, &mut near);
            for &j in &near {
                moved |= push_apart(pos, radius, pinned, gap, i, j);
            }
        }
        if !moved {
            break;
        }
    }
}

/// Shrinks the drawing if separation pushed it out of the panel, then separates again.
fn keep_inside(
    pos: &mut [(f64, f64)],
    radius: &[f64],
    pinned: Option<usize>,
    inner_w: f64,
    inner_h: f64,
) {
    let (minx, maxx) = pos
        .iter()
        .zip(radius)
        .fold((f64::MAX, f64::MIN), |(a, b), (p, r)| {
            (a.min(p.0 - r), b.max(p.0 + r))
        });
    let (miny, maxy) = pos
        .iter()
        .zip(radius)
        .fold((f64::MAX, f64::MIN), |(a, b), (p, r)| {
            (a.min(p.1 - r), b.max(p.1 + r))
        });
    let fit = ((inner_w / (maxx - minx).max(1e-9)).min(inner_h / (maxy - miny).max(1e-9))).min(1.0);
    if fit < 1.0 {
        for p in pos.iter_mut() {
            p.0 *= fit;
            p.1 *= fit;
        }
        separate(pos, radius, pinned, GAP);
    }
}

/// Places the circles of a large graph: the drawing grows until no more circles
/// crowd each other than there are nodes (pushing apart jams in a dense crowd), circles are
/// pushed apart, and the whole drawing, circles included, is zoomed into the panel.
/// Returns the positions and the radii at that zoom.
fn arrange_large(
    mut pos: Vec<(f64, f64)>,
    mut radius: Vec<f64>,
    pinned: Option<usize>,
    inner_w: f64,
    inner_h: f64,
) -> (Vec<(f64, f64)>, Vec<f64>) {
    let n = pos.len();
    // At their natural size the circles of a large graph would cover the panel many
    // times over: shrink them to cover at most MAX_COVER of the disc that the
    // drawing tends to fill.
    let room = MAX_COVER * std::f64::consts::PI / 4.0 * inner_w.min(inner_h).powi(2);
    let covered = |f: f64| {
        let area = |r: &f64| std::f64::consts::PI * (f * r + GAP / 2.0).powi(2);
        radius.iter().map(area).sum::<f64>()
    };
    if covered(1.0) > room {
        // The largest factor that fits, by bisection (the cover grows with it).
        let (mut lo, mut hi) = (0.0, 1.0);
        for _ in 0..50 {
            let mid = (lo + hi) / 2.0;
            if covered(mid) > room {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        let shrink = lo.max(0.05);
        radius.iter_mut().for_each(|r| *r *= shrink);
    }
    for _ in 0..40 {
        if crowded_pairs(&pos, &radius, GAP) <= n {
            break;
        }
        for p in &mut pos {
            p.0 *= 1.25;
            p.1 *= 1.25;
        }
    }
    separate_by_grid(&mut pos, &radius, pinned, GAP);
    if pinned.is_none() {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for (p, r) in pos.iter().zip(&radius) {
            (x0, x1) = (x0.min(p.0 - r), x1.max(p.0 + r));
            (y0, y1) = (y0.min(p.1 - r), y1.max(p.1 + r));
        }
        let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        for p in &mut pos {
            p.0 -= mx;
            p.1 -= my;
        }
    }
    let hw = pos
        .iter()
        .zip(&radius)
        .map(|(p, r)| p.0.abs() + r)
        .fold(1e-9, f64::max);
    let hh = pos
        .iter()
        .zip(&radius)
        .map(|(p, r)| p.1.abs() + r)
        .fold(1e-9, f64::max);
    let fit = (inner_w / 2.0 / hw).min(inner_h / 2.0 / hh).min(1.0);
    for (p, r) in pos.iter_mut().zip(radius.iter_mut()) {
        p.0 *= fit;
        p.1 *= fit;
        *r *= fit;
    }
    // The gap shrinks with the zoom, so circles apart before are apart now.
    separate_by_grid(&mut pos, &radius, pinned, GAP * fit);
    (pos, radius)
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

    // Positions in one panel's coordinates (the same for every panel).
    let (minx, maxx) = raw
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (miny, maxy) = raw
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let label_pad = if facet { 40.0 } else { 150.0 };
    let inner_w = (panel_w - 2.0 * label_pad).max(50.0);
    let inner_h = (panel_h - 2.0 * 40.0 - if facet { PANEL_TITLE + 10.0 } else { 0.0 }).max(50.0);
    // The middle of the drawing, or the pinned node, goes to the middle of the panel.
    let (ox, oy, hw, hh) = match pinned {
        Some(p) => {
            let (px, py) = raw[p];
            let hw = raw.iter().map(|q| (q.0 - px).abs()).fold(1e-9, f64::max);
            let hh = raw.iter().map(|q| (q.1 - py).abs()).fold(1e-9, f64::max);
            (px, py, hw, hh)
        }
        None => (
            (minx + maxx) / 2.0,
            (miny + maxy) / 2.0,
            ((maxx - minx) / 2.0).max(1e-9),
            ((maxy - miny) / 2.0).max(1e-9),
        ),
    };
    let s = if n > 1 {
        (inner_w / 2.0 / hw).min(inner_h / 2.0 / hh)
    } else {
        1.0
    };
    let mut pos: Vec<(f64, f64)> = raw
        .iter()
        .map(|p| ((p.0 - ox) * s, (p.1 - oy) * s))
        .collect();
    let (pos, radius) = if n > FULL_STRESS_MAX {
        arrange_large(pos, radius, pinned, inner_w, inner_h)
    } else {
        separate(&mut pos, &radius, pinned, GAP);
        keep_inside(&mut pos, &radius, pinned, inner_w, inner_h);
        (pos, radius)
    };

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn majorization_recovers_a_path() {
        // A path of 5 nodes: distances on the page should follow hop distances.
        let adj = vec![vec![1], vec![0, 2], vec![1, 3], vec![2, 4], vec![3]];
        let pos = majorize(&adj, 1, None);
        let d = hop_distances(&adj);
        assert!(stress(&pos, &d) < 0.01, "{}", stress(&pos, &d));
        assert_eq!(pos, majorize(&adj, 1, None), "deterministic");
    }

    #[test]
    fn crossings_are_counted() {
        let pos = [(0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (1.0, 0.0)];
        assert_eq!(edge_crossings(&pos, &[(0, 1), (2, 3)]), 1);
        assert_eq!(edge_crossings(&pos, &[(0, 2), (1, 3)]), 0);
    }
}
