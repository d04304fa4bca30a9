//! Stress layout for graphs too large for all pairs: pivot MDS to start (Brandes &
//! Pich 2006), then the sparse stress model of Ortmann, Klimenta & Brandes (2016).
//!
//! Full stress majorization needs every hop distance, which is quadratic in time and
//! memory. Here only `k` pivots get a breadth-first search. Each node keeps exact
//! terms for its graph neighbours, and one term per pivot that stands for the nodes
//! of the pivot's region lying nearer to the pivot than half the distance; one sweep
//! costs O(m + n·k) instead of O(n²).

use super::hops::{UNREACHED, bfs};
use super::stress::Rng;

/// Sweeps at most: pivot MDS starts close, and later sweeps mostly shuffle nodes
/// whose terms are alike (a pivot's neighbours, say) without lowering stress.
const MAX_SWEEPS: usize = 50;

/// Seeded partners of each node besides its neighbours and the pivots.
const PARTNERS: usize = 4;

/// Stop when nodes move less than this (in hops, root mean square) in a sweep.
const TOLERANCE: f64 = 1e-4;

/// One stress term of a node: the other end, its target distance and its weight.
#[derive(Clone, Copy)]
struct Term {
    j: usize,
    d: f64,
    w: f64,
}

/// Positions (in hop units) for the graph `adj` from sparse stress majorization with
/// up to `pivots` pivots. Deterministic for a given `seed`, which picks the first
/// pivot and the tie-breaking jitter. Like [`super::hops::hop_distances`], nodes
/// without a path between them are treated as one hop further apart than the
/// longest path found.
pub fn sparse_majorize(adj: &[Vec<usize>], seed: u64, pivots: usize) -> Vec<(f64, f64)> {
    let n = adj.len();
    if n < 2 {
        return vec![(0.0, 0.0); n];
    }
    let mut rng = Rng(seed);
    let piv = Pivots::pick(adj, pivots, &mut rng);
    let terms = Terms::new(adj, &piv, &mut rng);
    let hops = |d: u32| piv.hops(d);
    let mut pos = pivot_mds(&piv.rows, &hops, n);
    scale_to_terms(&mut pos, &terms, &mut rng);
    sweep(&mut pos, &terms);
    pos
}

/// The pivots and their breadth-first distances to every node.
struct Pivots {
    /// The pivot nodes, in the order chosen.
    nodes: Vec<usize>,
    /// Hops from each pivot to every node.
    rows: Vec<Vec<u32>>,
    /// The longest distance found (at least 1).
    longest: u32,
    /// The distance that stands for no path: one more than the longest.
    unreached: f64,
}

impl Pivots {
    /// Up to `k` pivots by max/min distance: each new one is the node farthest from
    /// those chosen so far, so they spread over the graph and reach every
    /// component. The first is drawn from `rng`.
    fn pick(adj: &[Vec<usize>], k: usize, rng: &mut Rng) -> Pivots {
        let n = adj.len();
        let k = k.clamp(1, n);
        let mut nodes: Vec<usize> = Vec::with_capacity(k);
        let mut rows: Vec<Vec<u32>> = Vec::with_capacity(k);
        let mut nearest = vec![UNREACHED; n];
        let mut queue = Vec::with_capacity(n);
        let mut next = ((rng.next_f64() * n as f64) as usize).min(n - 1);
        while nodes.len() < k {
            let row = bfs(adj, next, &mut queue);
            for (m, &d) in nearest.iter_mut().zip(&row) {
                *m = (*m).min(d);
            }
            nodes.push(next);
            rows.push(row);
            let (far, dist) =
                nearest.iter().enumerate().fold(
                    (0, 0),
                    |best, (v, &d)| if d > best.1 { (v, d) } else { best },
                );
            if dist == 0 {
                break;
            }
            next = far;
        }
        let longest = rows
            .iter()
            .flatten()
            .copied()
            .filter(|&d| d != UNREACHED)
            .max()
            .unwrap_or(0)
            .max(1);
        Pivots {
            nodes,
            rows,
            longest,
            unreached: f64::from(longest) + 1.0,
        }
    }

    /// A distance in hops, no path counting as [`Pivots::unreached`].
    fn hops(&self, d: u32) -> f64 {
        if d == UNREACHED {
            self.unreached
        } else {
            f64::from(d)
        }
    }

    /// Regions: every node belongs to its nearest pivot (the first on ties).
    /// `within[p][t]` counts the nodes of p's region at most t hops from p.
    // Nodes are column ids into the rows of pivot distances; indexing reads clearer.
    #[allow(clippy::needless_range_loop)]
    fn region_sizes(&self, n: usize) -> Vec<Vec<usize>> {
        let (k, rows) = (self.rows.len(), &self.rows);
        let cap = self.longest as usize + 1;
        let mut within = vec![vec![0usize; cap + 1]; k];
        for v in 0..n {
            let (p, d) = (0..k)
                .map(|p| (p, rows[p][v]))
                .fold(
                    (0, UNREACHED),
                    |best, (p, d)| if d < best.1 { (p, d) } else { best },
                );
            if d != UNREACHED {
                within[p][d as usize] += 1;
            }
        }
        for counts in &mut within {
            for t in 1..counts.len() {
                counts[t] += counts[t - 1];
            }
        }
        within
    }

    /// The weight of a term towards pivot `pi` at `h` hops, at `pi * stride + h`
    /// (the unreached distance last): the pivot stands for the nodes of its region
    /// nearer to it than half the distance.
    fn weights(&self, n: usize) -> (Vec<f64>, usize) {
        let within = self.region_sizes(n);
        let k = self.rows.len();
        let cap = self.longest as usize + 1;
        let stride = self.longest as usize + 2;
        let mut pivot_weight = vec![0.0; k * stride];
        for pi in 0..k {
            for h in 1..stride {
                let d = h as f64;
                let half = ((d / 2.0) as usize).min(cap);
                let s = within[pi][half].max(1) as f64;
                pivot_weight[pi * stride + h] = s / (d * d);
            }
        }
        (pivot_weight, stride)
    }
}

/// The stress terms of every node: node i's are `terms[start[i]..start[i + 1]]`.
struct Terms {
    start: Vec<usize>,
    terms: Vec<Term>,
}

impl Terms {
    /// Exact terms along edges, weighted ones towards the pivots, and a few seeded
    /// partners drawn from `rng`; no term joins a node to itself.
    // Read node by node, so the distances to the pivots are laid out node by node
    // too (the rows, pivot by pivot, would cost a cache miss per pivot and node),
    // and the weight of each pivot and distance is worked out once.
    fn new(adj: &[Vec<usize>], piv: &Pivots, rng: &mut Rng) -> Terms {
        let (n, k) = (adj.len(), piv.nodes.len());
        let mut to_pivots = vec![0u32; n * k];
        for (pi, row) in piv.rows.iter().enumerate() {
            for (v, &d) in row.iter().enumerate() {
                to_pivots[v * k + pi] = d;
            }
        }
        let (pivot_weight, stride) = piv.weights(n);
        let mut start = Vec::with_capacity(n + 1);
        let most = adj.iter().map(Vec::len).sum::<usize>() + n * (k + PARTNERS);
        let mut terms: Vec<Term> = Vec::with_capacity(most);
        for i in 0..n {
            start.push(terms.len());
            for &j in &adj[i] {
                if j != i {
                    terms.push(Term { j, d: 1.0, w: 1.0 });
                }
            }
            let from_i = &to_pivots[i * k..(i + 1) * k];
            for (pi, &p) in piv.nodes.iter().enumerate() {
                let d = piv.hops(from_i[pi]);
                if p == i || d <= 1.0 {
                    continue;
                }
                terms.push(Term {
                    j: p,
                    d,
                    w: pivot_weight[pi * stride + d as usize],
                });
            }
            // Nodes at the same distances from every pivot (isolated nodes, leaves of
            // one hub) would have the same terms and meet in one spot: a few seeded
            // partners, at the shortest distance through a pivot, keep them apart.
            for _ in 0..PARTNERS {
                let j = ((rng.next_f64() * n as f64) as usize).min(n - 1);
                if j == i || adj[i].contains(&j) {
                    continue;
                }
                let d = from_i
                    .iter()
                    .zip(&to_pivots[j * k..(j + 1) * k])
                    .map(|(&a, &b)| piv.hops(a) + piv.hops(b))
                    .fold(piv.unreached, f64::min)
                    .max(1.0);
                terms.push(Term {
                    j,
                    d,
                    w: 1.0 / (d * d),
                });
            }
        }
        start.push(terms.len());
        Terms { start, terms }
    }

    /// The terms of node `i`.
    fn of(&self, i: usize) -> &[Term] {
        &self.terms[self.start[i]..self.start[i + 1]]
    }
}

/// Scales `pos` by the uniform factor that fits the terms best, so that
/// majorization starts at the right size, then jitters every node a little (from
/// `rng`): nodes with the same distances to every pivot start in one spot, and
/// the jitter lets their own terms push them apart.
fn scale_to_terms(pos: &mut [(f64, f64)], terms: &Terms, rng: &mut Rng) {
    let (mut num, mut den) = (0.0, 0.0);
    for i in 0..pos.len() {
        for t in terms.of(i) {
            let e = dist(pos[i], pos[t.j]);
            num += t.w * t.d * e;
            den += t.w * e * e;
        }
    }
    let s = if den > 0.0 { num / den } else { 1.0 };
    for p in pos.iter_mut() {
        p.0 = p.0 * s + (rng.next_f64() - 0.5) * 1e-2;
        p.1 = p.1 * s + (rng.next_f64() - 0.5) * 1e-2;
    }
}

/// Majorization sweeps over the terms, node by node, until nodes move less than
/// [`TOLERANCE`] in a sweep or [`MAX_SWEEPS`] have run.
fn sweep(pos: &mut [(f64, f64)], terms: &Terms) {
    let n = pos.len();
    let weight: Vec<f64> = (0..n)
        .map(|i| terms.of(i).iter().map(|t| t.w).sum())
        .collect();
    for _ in 0..MAX_SWEEPS {
        let mut moved = 0.0;
        for i in 0..n {
            let (mut sx, mut sy) = (0.0, 0.0);
            let (xi, yi) = pos[i];
            for t in terms.of(i) {
                let (xj, yj) = pos[t.j];
                let (dx, dy) = (xi - xj, yi - yj);
                let stretch = t.d / (dx * dx + dy * dy).sqrt().max(1e-9);
                sx += t.w * (xj + stretch * dx);
                sy += t.w * (yj + stretch * dy);
            }
            let sw = weight[i];
            if sw > 0.0 {
                let p = (sx / sw, sy / sw);
                moved += (p.0 - xi).powi(2) + (p.1 - yi).powi(2);
                pos[i] = p;
            }
        }
        if (moved / n as f64).sqrt() < TOLERANCE {
            break;
        }
    }
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// Pivot MDS: classical scaling of the n × k matrix of squared distances to the
/// pivots, double centred; the two leading eigenvectors of CᵀC give the axes.
fn pivot_mds(rows: &[Vec<u32>], hops: &dyn Fn(u32) -> f64, n: usize) -> Vec<(f64, f64)> {
    let k = rows.len();
    let mut c: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.iter().map(|&d| hops(d).powi(2)).collect())
        .collect();
    let col_mean: Vec<f64> = c.iter().map(|r| r.iter().sum::<f64>() / n as f64).collect();
    let row_mean: Vec<f64> = (0..n)
        .map(|v| c.iter().map(|r| r[v]).sum::<f64>() / k as f64)
        .collect();
    let grand = col_mean.iter().sum::<f64>() / k as f64;
    for (r, cm) in c.iter_mut().zip(&col_mean) {
        for (x, rm) in r.iter_mut().zip(&row_mean) {
            *x = -0.5 * (*x - rm - cm + grand);
        }
    }
    // Dot products four at a time: each still adds its terms in order (from -0.0,
    // as `sum` does), so the results are the same, but the four chains of
    // additions run side by side instead of one waiting on the next.
    let mut ctc = vec![vec![0.0; k]; k];
    for p in 0..k {
        let cp = &c[p];
        let mut q = p;
        while q + 4 <= k {
            let (c0, c1, c2, c3) = (&c[q][..n], &c[q + 1][..n], &c[q + 2][..n], &c[q + 3][..n]);
            let mut s = [-0.0f64; 4];
            for (v, a) in cp[..n].iter().enumerate() {
                s[0] += a * c0[v];
                s[1] += a * c1[v];
                s[2] += a * c2[v];
                s[3] += a * c3[v];
            }
            for (j, sj) in s.into_iter().enumerate() {
                ctc[p][q + j] = sj;
                ctc[q + j][p] = sj;
            }
            q += 4;
        }
        for q in q..k {
            let s: f64 = cp.iter().zip(&c[q]).map(|(a, b)| a * b).sum();
            ctc[p][q] = s;
            ctc[q][p] = s;
        }
    }
    let first = leading_eigenvector(&ctc, None);
    let second = leading_eigenvector(&ctc, Some(&first));
    (0..n)
        .map(|v| {
            let x: f64 = (0..k).map(|p| c[p][v] * first[p]).sum();
            let y: f64 = (0..k).map(|p| c[p][v] * second[p]).sum();
            (x, y)
        })
        .collect()
}

/// Power iteration on the symmetric matrix `m`, kept orthogonal to `not` if given.
/// Starts from a fixed vector, so the result is deterministic. A hundred steps at
/// most: the result only starts the majorization, which needs no precise axes.
fn leading_eigenvector(m: &[Vec<f64>], not: Option<&[f64]>) -> Vec<f64> {
    let k = m.len();
    let mut v: Vec<f64> = (0..k).map(|i| 1.0 + (i % 7) as f64 / 7.0).collect();
    let orthogonalise = |v: &mut Vec<f64>| {
        if let Some(u) = not {
            let dot: f64 = v.iter().zip(u).map(|(a, b)| a * b).sum();
            for (a, b) in v.iter_mut().zip(u) {
                *a -= dot * b;
            }
        }
        let norm = v.iter().map(|a| a * a).sum::<f64>().sqrt();
        if norm > 0.0 {
            for a in v.iter_mut() {
                *a /= norm;
            }
        }
    };
    orthogonalise(&mut v);
    for _ in 0..100 {
        let mut w: Vec<f64> = m
            .iter()
            .map(|row| row.iter().zip(&v).map(|(a, b)| a * b).sum())
            .collect();
        orthogonalise(&mut w);
        let change: f64 = w.iter().zip(&v).map(|(a, b)| (a - b).abs()).sum();
        v = w;
        if change < 1e-9 {
            break;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::{hop_distances, stress};

    fn grid(w: usize, h: usize) -> Vec<Vec<usize>> {
        let mut adj = vec![Vec::new(); w * h];
        for y in 0..h {
            for x in 0..w {
                let v = y * w + x;
                if x + 1 < w {
                    adj[v].push(v + 1);
                    adj[v + 1].push(v);
                }
                if y + 1 < h {
                    adj[v].push(v + w);
                    adj[v + w].push(v);
                }
            }
        }
        adj
    }

    #[test]
    fn a_grid_comes_out_as_a_grid() {
        let adj = grid(20, 15);
        let pos = sparse_majorize(&adj, 3, 30);
        let s = stress(&pos, &hop_distances(&adj));
        assert!(s < 0.05, "stress {s}");
        assert_eq!(pos, sparse_majorize(&adj, 3, 30), "deterministic");
    }

    #[test]
    fn alike_nodes_do_not_meet() {
        // A star plus isolated nodes: every leaf, and every isolated node, is as
        // far from each pivot as the others of its kind.
        let mut adj = vec![Vec::new(); 700];
        for leaf in 1..400 {
            adj[0].push(leaf);
            adj[leaf].push(0);
        }
        let pos = sparse_majorize(&adj, 5, 50);
        let mut closest = f64::MAX;
        for i in 0..pos.len() {
            for j in i + 1..pos.len() {
                closest = closest.min(dist(pos[i], pos[j]));
            }
        }
        assert!(closest > 1e-3, "{closest}");
    }

    #[test]
    fn odd_graphs_do_not_break_it() {
        for adj in [
            vec![],
            vec![vec![]],
            vec![vec![], vec![]],
            vec![vec![0], vec![2], vec![1]],
            vec![vec![1], vec![0], vec![], vec![4], vec![3]],
        ] {
            let pos = sparse_majorize(&adj, 1, 2);
            assert_eq!(pos.len(), adj.len());
            assert!(pos.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
        }
    }
}
