//! Vertical placement: the height of every line at every slot.

use super::order::Flat;
use super::story::{ALONE, Story};
use super::{BLOCK_GAP, LINE_GAP};

/// How far below the tightest stacking a block may stay to keep its lines
/// straight, in block gaps. Lowered blocks are never lifted otherwise, and over
/// hundreds of time steps the whole story would slide down into a picture many
/// times taller than its lines need.
const DRIFT_GAPS: f64 = 10.0;

/// The vertical spacing: between the lines of one group, between blocks, and
/// how far (in block gaps) a block may stay lowered to keep its lines straight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Gaps {
    pub(super) line: f64,
    pub(super) block: f64,
    /// Between two lines that are each alone at the slot: no band stands
    /// between them to keep clear of.
    pub(super) alone: f64,
    pub(super) drift: f64,
}

impl Gaps {
    /// The spacing of a picture as tall as it needs.
    pub(super) const NATURAL: Gaps = Gaps {
        line: LINE_GAP,
        block: BLOCK_GAP,
        alone: BLOCK_GAP,
        drift: DRIFT_GAPS,
    };
    /// The closest lines may come: a name's height apart, blocks far enough
    /// apart that their bands do not touch, and stacked as tight as they go
    /// (lines bend more to stay in their block's place).
    pub(super) const CLOSEST: Gaps = Gaps {
        line: 20.0,
        block: 30.0,
        alone: 20.0,
        drift: 0.0,
    };
    /// The most a fixed canvas spreads the natural spacing to fill its height.
    const MOST: f64 = 1.5;

    /// The natural spacing times `f`, within the closest and the most.
    pub(super) fn scaled(f: f64) -> Gaps {
        let f = f.min(Self::MOST);
        Gaps {
            line: (LINE_GAP * f).max(Self::CLOSEST.line),
            block: (BLOCK_GAP * f).max(Self::CLOSEST.block),
            alone: (BLOCK_GAP * f).max(Self::CLOSEST.block),
            drift: DRIFT_GAPS,
        }
    }

    /// The spacing a share `t` of the way from this one to `to`.
    pub(super) fn towards(self, to: Gaps, t: f64) -> Gaps {
        let mix = |a: f64, b: f64| a + (b - a) * t;
        Gaps {
            line: mix(self.line, to.line),
            block: mix(self.block, to.block),
            alone: mix(self.alone, to.alone),
            drift: mix(self.drift, to.drift),
        }
    }

    fn max_drift(self) -> f64 {
        self.drift * self.block
    }
}

/// y of every cell (a line at a slot, as in [`Story::group`]): blocks stacked with
/// gaps, each block lowered to line up with where its lines were at the slot before
/// when there is room, unless that leaves it more than [`DRIFT_GAPS`] block gaps
/// below where stacking would put it.
pub(super) fn align(story: &Story, orders: &[Flat], top: f64, gaps: Gaps) -> Vec<f64> {
    let (line_gap, block_gap, max_drift) = (gaps.line, gaps.block, gaps.max_drift());
    let mut ys = vec![top; story.group.len()];
    for (s, order) in orders.iter().enumerate() {
        // The lowest line so far, and whether its block was a line alone.
        let mut last: Option<(f64, bool)> = None;
        for (g, ls) in order.iter() {
            let alone = g == ALONE;
            let cursor = match last {
                None => top,
                Some((y, was_alone)) if was_alone && alone => y + gaps.alone,
                Some((y, _)) => y + block_gap,
            };
            let desired = if s > 0 {
                ls.iter()
                    .enumerate()
                    .filter_map(|(k, l)| story.cell(*l, s - 1).map(|c| ys[c] - k as f64 * line_gap))
                    .fold(None, |acc: Option<f64>, v| {
                        Some(acc.map_or(v, |a| a.max(v)))
                    })
            } else {
                None
            };
            let start = desired
                .filter(|d| *d <= cursor + max_drift)
                .map_or(cursor, |d| d.max(cursor));
            for (k, l) in ls.iter().enumerate() {
                if let Some(c) = story.cell(*l, s) {
                    ys[c] = start + k as f64 * line_gap;
                }
            }
            last = Some((start + (ls.len() as f64 - 1.0) * line_gap, alone));
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
        let ys = align(&story, &naive_orders(&story), 0.0, Gaps::NATURAL);
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
                assert!(y0 <= cursor + Gaps::NATURAL.max_drift(), "slot {s}");
                cursor = laid.ys[laid.story.cell(ls[ls.len() - 1], s).expect("runs")] + BLOCK_GAP;
            }
        }
    }
}
