//! How good a drawing is: edge crossings and stress, measured without the
//! quadratic memory of a distance matrix.

use super::hops::{UNREACHED, bfs};

/// The same value as [`super::stress()`] over [`super::hop_distances`] of `adj`, with one
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
        let d = bfs(adj, s, &mut queue);
        longest = d
            .iter()
            .copied()
            .filter(|&x| x != UNREACHED)
            .fold(longest, u32::max);
        for j in s + 1..n {
            let e = ((pos[s].0 - pos[j].0).powi(2) + (pos[s].1 - pos[j].1).powi(2)).sqrt();
            if d[j] == UNREACHED {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::{hop_distances, stress};

    #[test]
    fn crossings_are_counted() {
        let pos = [(0.0, 0.0), (1.0, 1.0), (0.0, 1.0), (1.0, 0.0)];
        assert_eq!(edge_crossings(&pos, &[(0, 1), (2, 3)]), 1);
        assert_eq!(edge_crossings(&pos, &[(0, 2), (1, 3)]), 0);
    }

    #[test]
    fn graph_stress_agrees_with_stress_over_the_distance_matrix() {
        // Two parts, so that unreachable pairs count too.
        let adj = vec![
            vec![1, 2],
            vec![0, 2],
            vec![0, 1, 3],
            vec![2],
            vec![5],
            vec![4],
        ];
        let pos = [
            (0.0, 0.0),
            (1.0, 0.2),
            (0.7, 1.1),
            (2.0, 1.5),
            (-1.0, 3.0),
            (-2.2, 2.5),
        ];
        let full = stress(&pos, &hop_distances(&adj));
        assert!((graph_stress(&pos, &adj) - full).abs() < 1e-12, "{full}");
    }
}
