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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::StorylineOptions;
    use crate::layout::storyline::order::naive_orders;
    use crate::layout::storyline::tests::{SMALL, generated, laid, model};

    #[test]
    fn groups_stand_apart_and_their_lines_evenly_spaced() {
        for m in [generated(60, 8, 200, 7), generated(30, 4, 1000, 3)] {
            let laid = laid(&m, &StorylineOptions::default());
            let (story, ys) = (&laid.story, &laid.ys);
            for (s, order) in laid.orders.iter().enumerate() {
                let mut above: Option<f64> = None;
                for (_, ls) in order.iter() {
                    let y: Vec<f64> = ls
                        .iter()
                        .map(|l| ys[story.cell(*l, s).expect("runs")])
                        .collect();
                    assert!(
                        y.windows(2).all(|w| w[1] - w[0] == LINE_GAP),
                        "slot {s}: {y:?}"
                    );
                    if let Some(a) = above {
                        assert!(
                            y[0] - a >= BLOCK_GAP,
                            "slot {s}: blocks {a} and {} too close",
                            y[0]
                        );
                    }
                    above = y.last().copied();
                }
            }
        }
    }

    #[test]
    fn lines_that_keep_their_group_run_straight() {
        // Alpha and Bravo stay side by side from the team into the raid; only
        // Charlie, left behind, may move.
        let m = model(SMALL);
        let story = crate::layout::storyline::story::build_story(&m, &StorylineOptions::default());
        let ys = align(&story, &naive_orders(&story), 0.0);
        let at = |key: &str| {
            let l = story
                .lines
                .iter()
                .position(|l| l.key == key)
                .expect("a line");
            ys[story.off[l]..story.off[l + 1]].to_vec()
        };
        assert_eq!(at("a"), [0.0, 0.0]);
        assert_eq!(at("b"), [LINE_GAP, LINE_GAP]);
        assert!(wiggles(&story, &ys) <= 1);
    }

    #[test]
    fn a_long_story_never_drifts_far_below_the_stack() {
        let m = generated(30, 4, 1000, 3);
        let laid = laid(&m, &StorylineOptions::default());
        // However many slots, no block starts further below the one above it (or
        // the top) than the drift allowed plus a gap.
        for (s, order) in laid.orders.iter().enumerate() {
            let mut cursor = 100.0;
            for (_, ls) in order.iter() {
                let y0 = laid.ys[laid.story.cell(ls[0], s).expect("runs")];
                assert!(y0 <= cursor + MAX_DRIFT, "slot {s}");
                cursor = laid.ys[laid.story.cell(ls[ls.len() - 1], s).expect("runs")] + BLOCK_GAP;
            }
        }
    }
}
