//! Vertical placement: the height of every line at every slot.

use super::order::Flat;
use super::story::Story;
use super::{BLOCK_GAP, LINE_GAP};

/// How far below the tightest stacking a block may stay to keep its lines
/// straight. Lowered blocks are never lifted otherwise, and over hundreds of
/// time steps the whole story would slide down into a picture many times taller
/// than its lines need.
pub(super) const MAX_DRIFT: f64 = 10.0 * BLOCK_GAP;

/// y of every cell (a line at a slot, as in [`Story::group`]): blocks stacked with
/// gaps, each block lowered to line up with where its lines were at the slot before
/// when there is room, unless that leaves it more than [`MAX_DRIFT`] below where
/// stacking would put it.
pub(super) fn align(story: &Story, orders: &[Flat], top: f64) -> Vec<f64> {
    let mut ys = vec![top; story.group.len()];
    for (s, order) in orders.iter().enumerate() {
        let mut cursor = top;
        for (_, ls) in order.iter() {
            let desired = if s > 0 {
                ls.iter()
                    .enumerate()
                    .filter_map(|(k, l)| story.cell(*l, s - 1).map(|c| ys[c] - k as f64 * LINE_GAP))
                    .fold(None, |acc: Option<f64>, v| {
                        Some(acc.map_or(v, |a| a.max(v)))
                    })
            } else {
                None
            };
            let start = desired
                .filter(|d| *d <= cursor + MAX_DRIFT)
                .map_or(cursor, |d| d.max(cursor));
            for (k, l) in ls.iter().enumerate() {
                if let Some(c) = story.cell(*l, s) {
                    ys[c] = start + k as f64 * LINE_GAP;
                }
            }
            cursor = start + (ls.len() as f64 - 1.0) * LINE_GAP + BLOCK_GAP;
        }
    }
    ys
}

/// Times a line moves between adjacent slots, over all lines.
pub(super) fn wiggles(story: &Story, ys: &[f64]) -> usize {
    story
        .off
        .windows(2)
        .map(|w| {
            ys[w[0]..w[1]]
                .windows(2)
                .filter(|p| (p[0] - p[1]).abs() > 0.5)
                .count()
        })
        .sum()
}
