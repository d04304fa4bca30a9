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
pub fn place(adj: &[Vec<usize>], seed: u64) -> Vec<(f64, f64)> {
    if adj.len() <= FULL_STRESS_MAX {
        majorize(adj, seed, None)
    } else {
        sparse_majorize(adj, seed, PIVOTS)
    }
}
