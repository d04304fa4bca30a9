//! Line geometry: where the slots stand across the page, the path each line
//! takes through them, and the lines drawn.

use super::LINE_W;
use super::legend::key_swatch;
use super::story::Story;
use crate::layout::kit::Colors;
use crate::scene::{Role, Scene, Segment, Shape, Stroke};
use crate::style::{Color, Theme};

/// Where the slots stand across the page: slot `s` is a flat stretch `seg` px long
/// from `seg_x(s)`, centred in a column `pitch` px wide; columns follow each other
/// left to right without a gap.
#[derive(Clone, Copy, Debug)]
pub(super) struct Columns {
    x0: f64,
    pub(super) pitch: f64,
    pub(super) seg: f64,
}

impl Columns {
    /// `slots` columns (at least one) sharing the room from `x0` to `x1`, each
    /// stretch half its column.
    pub(super) fn new(x0: f64, x1: f64, slots: usize) -> Columns {
        let pitch = (x1 - x0) / slots.max(1) as f64;
        Columns {
            x0,
            pitch,
            seg: pitch * 0.5,
        }
    }

    /// The slot whose column holds `x` (the first or last outside them).
    pub(super) fn slot_at(&self, x: f64, slots: usize) -> usize {
        let s = ((x - self.x0) / self.pitch).floor().max(0.0) as usize;
        s.min(slots.saturating_sub(1))
    }

    /// Where slot `s`'s stretch starts.
    pub(super) fn seg_x(&self, s: usize) -> f64 {
        self.x0 + s as f64 * self.pitch + (self.pitch - self.seg) / 2.0
    }
}

/// One line's path: from its start through its segments to its end.
pub(super) struct LinePath {
    pub(super) line: usize,
    pub(super) from: (f64, f64),
    pub(super) segments: Vec<Segment>,
    pub(super) end: (f64, f64),
}

/// Every line's path, in line order: flat at its height across each slot of its
/// run and an S-curve from each slot to the next, so a line that keeps its height
/// runs straight. It starts at the left of its first slot's stretch and ends at
/// the right of its last. `ys` holds each cell's height, as [`super::place::align`]
/// gives it.
pub(super) fn line_paths(story: &Story, ys: &[f64], cols: &Columns) -> Vec<LinePath> {
    let n = story.lines.len();
    let mut paths: Vec<LinePath> = Vec::with_capacity(n);
    for l in 0..n {
        let run = story.run(l);
        let cells = &ys[story.off[l]..story.off[l + 1]];
        let Some((&y0, rest)) = cells.split_first() else {
            continue;
        };
        let first = run.start;
        let mut segs = Vec::with_capacity(1 + 2 * rest.len());
        segs.push(Segment::Line(cols.seg_x(first) + cols.seg, y0));
        let mut prev_y = y0;
        for (s, &yy) in (first + 1..).zip(rest) {
            let (xa, xb) = (cols.seg_x(s - 1) + cols.seg, cols.seg_x(s));
            let mid = (xa + xb) / 2.0;
            segs.push(Segment::Cubic((mid, prev_y), (mid, yy), (xb, yy)));
            segs.push(Segment::Line(xb + cols.seg, yy));
            prev_y = yy;
        }
        let end = (cols.seg_x(run.end - 1) + cols.seg, prev_y);
        paths.push(LinePath {
            line: l,
            from: (cols.seg_x(first), y0),
            segments: segs,
            end,
        });
    }
    paths
}

/// A drawn line, as its labels need it: where it starts and ends, the colour its
/// name is written in and the name's width.
pub(super) struct LineEnds {
    pub(super) line: usize,
    pub(super) start: (f64, f64),
    pub(super) end: (f64, f64),
    pub(super) ink: Color,
    pub(super) name_w: f64,
}

/// The dashes of a line of low confidence: long enough to keep its colour.
pub(super) const LOW_DASH: (f64, f64) = (9.0, 5.0);

/// Draws every path in its line's colour (its country's or kind's, as in every
/// view), with the line's key as its record and its name as its tooltip. Every
/// name is written in its line's hue, darkened or lightened until it reads
/// against the background.
pub(super) fn draw_lines(
    scene: &mut Scene,
    theme: &Theme,
    story: &Story,
    paths: Vec<LinePath>,
    name_w: &[f64],
    colors: &Colors,
) -> Vec<LineEnds> {
    let mut ends: Vec<LineEnds> = Vec::with_capacity(paths.len());
    for LinePath {
        line,
        from,
        segments,
        end,
    } in paths
    {
        let color = key_swatch(colors, story.lines[line].color).color;
        let (key, label) = (&story.lines[line].key, &story.lines[line].label);
        let idx = scene.push(
            Role::Decoration,
            Shape::Path {
                from,
                segments,
                stroke: Stroke {
                    color,
                    width: LINE_W,
                    dash: story.lines[line].low.then_some(LOW_DASH),
                    opacity: 1.0,
                },
            },
        );
        scene.items[idx].record = Some(key.as_str().into());
        scene.items[idx].tooltip = Some(label.as_str().into());
        let ink = theme.ink(color);
        ends.push(LineEnds {
            line,
            start: from,
            end,
            ink,
            name_w: name_w[line],
        });
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::StorylineOptions;
    use crate::layout::storyline::tests::{generated, laid};

    #[test]
    fn columns_follow_each_other_inside_their_room() {
        let cols = Columns::new(100.0, 1100.0, 8);
        for s in 0..8 {
            // Centred in its column.
            let centre = 100.0 + (s as f64 + 0.5) * cols.pitch;
            assert!((cols.seg_x(s) + cols.seg / 2.0 - centre).abs() < 1e-9);
            assert!(cols.seg_x(s) >= 100.0 && cols.seg_x(s) + cols.seg <= 1100.0);
            if s > 0 {
                assert!(
                    cols.seg_x(s) > cols.seg_x(s - 1) + cols.seg,
                    "stretches {s} overlap"
                );
            }
        }
        // No slots still makes one column, not a division by zero.
        assert!(Columns::new(0.0, 100.0, 0).pitch.is_finite());
    }

    #[test]
    fn a_line_runs_flat_through_each_slot_of_its_run_and_curves_between() {
        let m = generated(60, 8, 200, 7);
        let laid = laid(&m, &StorylineOptions::default());
        let cols = Columns::new(200.0, 4000.0, laid.story.slots.len());
        let paths = line_paths(&laid.story, &laid.ys, &cols);
        assert_eq!(paths.len(), laid.story.lines.len());
        for p in &paths {
            let run = laid.story.run(p.line);
            let ys = &laid.ys[laid.story.off[p.line]..laid.story.off[p.line + 1]];
            assert_eq!(p.from, (cols.seg_x(run.start), ys[0]));
            assert_eq!(
                p.end,
                (cols.seg_x(run.end - 1) + cols.seg, ys[ys.len() - 1])
            );
            assert_eq!(p.segments.len(), 2 * ys.len() - 1);
            // Each flat stretch is at the line's height at that slot.
            for (k, seg) in p.segments.iter().step_by(2).enumerate() {
                let Segment::Line(x, y) = seg else {
                    panic!("a stretch that is not flat")
                };
                assert_eq!((*x, *y), (cols.seg_x(run.start + k) + cols.seg, ys[k]));
            }
        }
    }
}
