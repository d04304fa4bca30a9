//! Which stress model places a graph: the full one while it is affordable.

use super::sparse_stress::sparse_majorize;
use super::stress::majorize;

/// Graphs up to this many nodes get full stress majorization; larger ones the
/// sparse model, whose sweeps cost O(m + n·k) instead of O(n²).
pub const FULL_STRESS_MAX: usize = 300;

/// Pivots of the sparse stress model; Ortmann et al. find little gain beyond 200.
const PIVOTS: usize = 200;

/// Node positions (in hop units) for the graph `adj`: full stress majorization up
/// to [`FULL_STRESS_MAX`] nodes, sparse stress majorization beyond.
/// Separate parts of the graph are then set beside the largest, in columns
/// or rows.
pub fn place(adj: &[Vec<usize>], seed: u64) -> Vec<(f64, f64)> {
    let mut pos = if adj.len() <= FULL_STRESS_MAX {
        majorize(adj, seed, None)
    } else {
        sparse_majorize(adj, seed, PIVOTS)
    };
    pack_parts(adj, &mut pos);
    pos
}

/// The connected parts of the graph, largest first (then by first node).
fn parts(adj: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut seen = vec![false; adj.len()];
    let mut out = Vec::new();
    for start in 0..adj.len() {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut part = vec![start];
        let mut k = 0;
        while k < part.len() {
            for &j in &adj[part[k]] {
                if !seen[j] {
                    seen[j] = true;
                    part.push(j);
                }
            }
            k += 1;
        }
        out.push(part);
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    out
}

/// The box of `nodes` at `pos`: (x0, y0, x1, y1).
fn bounds(nodes: &[usize], pos: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    nodes.iter().fold(
        (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        |(x0, y0, x1, y1), &i| {
            let (x, y) = pos[i];
            (x0.min(x), y0.min(y), x1.max(x), y1.max(y))
        },
    )
}

/// Sets every part of the graph but the largest beside it, as drawn by
/// stress, in order of size: in columns to its right when it is taller than
/// wide, else in rows under it, about a hop apart (two across, for the names).
/// Stress has no distance to keep between parts: it puts them one hop beyond
/// the longest path in any direction, scattered over the canvas, and the
/// drawing that matters shrinks to make room.
fn pack_parts(adj: &[Vec<usize>], pos: &mut [(f64, f64)]) {
    let parts = parts(adj);
    let Some((main, rest)) = parts.split_first() else {
        return;
    };
    if rest.is_empty() {
        return;
    }
    let (mx0, my0, mx1, my1) = bounds(main, pos);
    let tall = my1 - my0 >= mx1 - mx0;
    // How far a column or row runs: as far as the largest part, and beside a
    // small one far enough that the others make a block rather than a line.
    let side = (rest.len() as f64).sqrt().ceil();
    let (last_x, last_y) = (mx1.max(mx0 + 2.0 * side), my1.max(my0 + side));
    // Where the next part goes, and the extent of the current column or row.
    let (mut x, mut y) = if tall {
        (mx1 + 1.5, my0)
    } else {
        (mx0, my1 + 1.0)
    };
    let mut extent: f64 = 0.0;
    for part in rest {
        let (x0, y0, x1, y1) = bounds(part, pos);
        let (w, h) = (x1 - x0, y1 - y0);
        if tall {
            if y > my0 && y + h > last_y {
                x += extent + 2.5;
                y = my0;
                extent = 0.0;
            }
        } else if x > mx0 && x + w > last_x {
            y += extent + 0.7;
            x = mx0;
            extent = 0.0;
        }
        for &i in part {
            pos[i] = (pos[i].0 - x0 + x, pos[i].1 - y0 + y);
        }
        if tall {
            y += h + 1.0;
            extent = extent.max(w);
        } else {
            x += w + 2.0;
            extent = extent.max(h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separate_parts_stand_beside_the_largest() {
        // A path of four, three nodes with no link, and a pair.
        let adj = vec![
            vec![1],
            vec![0, 2],
            vec![1, 3],
            vec![2],
            vec![],
            vec![],
            vec![],
            vec![8],
            vec![7],
        ];
        let pos = place(&adj, 7);
        let right = (0..4).map(|i| pos[i].0).fold(f64::MIN, f64::max);
        let (top, bottom) = (0..4).fold((f64::MAX, f64::MIN), |(a, b), i| {
            (a.min(pos[i].1), b.max(pos[i].1))
        });
        let wide = right - (0..4).map(|i| pos[i].0).fold(f64::MAX, f64::min) > bottom - top;
        for i in 4..9 {
            if wide {
                assert!(pos[i].1 > bottom, "node {i} under the drawing: {pos:?}");
            } else {
                assert!(pos[i].0 > right, "node {i} beside the drawing: {pos:?}");
            }
        }
        // One hop apart at least, in order.
        for i in 4..6 {
            let d = (pos[i + 1].0 - pos[i].0).hypot(pos[i + 1].1 - pos[i].1);
            assert!(d >= 1.0 - 1e-9, "{pos:?}");
        }
    }
}
