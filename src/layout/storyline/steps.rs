//! A step-by-step build of the storyline (`--steps`): one frame per time step,
//! each adding what happens at its date, so a line appears when its first
//! cooperation is reached and grows with the story; nothing moves between
//! frames.

use std::ops::Range;

use super::lines::Columns;
use crate::scene::{Anchor, Item, Scene, Segment, Shape};

/// Gives every item of the plot (`plot`, the bands, lines, names and the axis)
/// the step of the time step it belongs to, counted from 1; a line is cut into
/// one piece per time step first. Items outside `plot` (heading, legend,
/// notes) show in every frame.
pub(super) fn assign_steps(scene: &mut Scene, plot: Range<usize>, cols: &Columns, slots: usize) {
    let step = |x: f64| cols.slot_at(x, slots) as u32 + 1;
    let tail = scene.items.split_off(plot.end);
    let body = scene.items.split_off(plot.start);
    for mut item in body {
        match &item.shape {
            Shape::Path {
                from,
                segments,
                stroke,
            } => {
                for (start, piece) in pieces(*from, segments) {
                    let mut part = Item {
                        shape: Shape::Path {
                            from: start,
                            segments: piece,
                            stroke: *stroke,
                        },
                        ..item.clone()
                    };
                    // A piece belongs to the step it runs into: the curve
                    // towards a time step is drawn with it.
                    let end = match &part.shape {
                        Shape::Path { segments, .. } => segments.last().map_or(start, Segment::end),
                        _ => start,
                    };
                    part.step = Some(step(end.0 - 1.0));
                    scene.items.push(part);
                }
                continue;
            }
            Shape::Text { anchor, bbox, .. } => {
                // A name stands just beside the line end it names.
                let x = match anchor {
                    Anchor::End => bbox.right() + 10.0,
                    Anchor::Start => bbox.x - 10.0,
                    Anchor::Middle => bbox.x + bbox.w / 2.0,
                };
                item.step = Some(step(x));
            }
            _ => {
                let bb = item.bbox();
                item.step = Some(step(bb.x + bb.w / 2.0));
            }
        }
        scene.items.push(item);
    }
    scene.items.extend(tail);
}

/// A line's path as pieces: its first stretch, then each curve into the next
/// time step with the stretch across it. Each piece starts where the one
/// before it ends.
fn pieces(from: (f64, f64), segments: &[Segment]) -> Vec<((f64, f64), Vec<Segment>)> {
    let mut out: Vec<((f64, f64), Vec<Segment>)> = Vec::new();
    let mut start = from;
    let mut current: Vec<Segment> = Vec::new();
    for seg in segments {
        if matches!(seg, Segment::Cubic(..)) && !current.is_empty() {
            let end = current.last().map_or(start, Segment::end);
            out.push((start, std::mem::take(&mut current)));
            start = end;
        }
        current.push(*seg);
    }
    if !current.is_empty() {
        out.push((start, current));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_cut_where_each_curve_begins_and_the_pieces_join() {
        let segs = [
            Segment::Line(10.0, 0.0),
            Segment::Cubic((15.0, 0.0), (15.0, 5.0), (20.0, 5.0)),
            Segment::Line(30.0, 5.0),
            Segment::Cubic((35.0, 5.0), (35.0, 0.0), (40.0, 0.0)),
            Segment::Line(50.0, 0.0),
        ];
        let p = pieces((0.0, 0.0), &segs);
        assert_eq!(p.len(), 3);
        assert_eq!(p[0], ((0.0, 0.0), vec![segs[0]]));
        assert_eq!(p[1], ((10.0, 0.0), vec![segs[1], segs[2]]));
        assert_eq!(p[2], ((30.0, 5.0), vec![segs[3], segs[4]]));
    }
}
