//! The blocks drawn at their places: each one's mark on the axis (a dot, a
//! capsule over its days, a diamond, a team's line from its bar), its lines of
//! text and its country chips, over a tap target as tall as a finger.

use super::super::{Inputs, MARKER_R, Pen};
use super::Type;
use super::column::Column;
use super::entries::{CHIP_R, Entry, Mark};
use super::track::Track;
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::text::Weight;

/// The least length of a capsule: a span of a day or two still reads as one.
const CAPSULE_MIN: f64 = 16.0;

/// Draws each entry with its top at `tops[i]`, its team's bar in column
/// `team_x(entry)` when it is a team. Guarantees: every item of a block
/// (target, mark, text, chips) carries its record, hover text, opacity and
/// step, and lies within its block across and down, but for a span's
/// capsule, which runs down the axis over the days it covers.
pub(super) fn draw_entries(
    pen: &mut Pen,
    at: &Inputs,
    (col, track): (&Column, &Track),
    entries: &[Entry],
    tops: &[f64],
    team_x: impl Fn(&Entry) -> Option<f64>,
) {
    let (m, theme) = (at.m, at.theme());
    for (e, &top) in entries.iter().zip(tops) {
        let first = pen.scene.items.len();
        // The target a finger taps: the block's height, from the mark to the edge.
        let left = col.axis_x - MARKER_R - 4.0;
        pen.scene.push(
            Role::Decoration,
            Shape::Rect {
                rect: Rect::new(left, top, col.right - left, e.body.height),
                radius: 0.0,
                fill: Paint::Solid(theme.background, 0.0),
                stroke: None,
            },
        );
        let cy = top + e.body.mark_dy;
        draw_mark(pen, at, (col, track), e, cy, team_x(e));
        for l in &e.body.lines {
            let fill = if l.muted { theme.muted } else { theme.text };
            let idx = pen.text(
                col.text_x,
                top + l.dy,
                &l.text,
                l.size,
                l.weight,
                fill,
                Anchor::Start,
            );
            pen.scene.items[idx].role = l.role;
        }
        for c in &e.body.chips {
            let baseline = top + c.dy;
            let mut x = col.text_x + c.dx;
            if let Some(color) = c.color {
                let mid = baseline - (m.ascent(Type::CHIP) - m.descent(Type::CHIP)) / 2.0;
                pen.scene.push(
                    Role::Mark,
                    Shape::Circle {
                        cx: x + CHIP_R,
                        cy: mid,
                        r: CHIP_R,
                        fill: Paint::Solid(color, 1.0),
                        stroke: None,
                    },
                );
                x += 2.0 * CHIP_R + 4.0;
            }
            let idx = pen.text(
                x,
                baseline,
                &c.code,
                Type::CHIP,
                Weight::Regular,
                theme.text,
                Anchor::Start,
            );
            pen.scene.items[idx].role = Role::Note;
        }
        for idx in first..pen.scene.items.len() {
            pen.annotate(
                idx,
                Some(e.record.clone()),
                Some(e.tooltip.clone()),
                e.opacity,
            );
            pen.scene.items[idx].step = e.step;
        }
    }
}

/// An entry's mark, its middle at `cy` on the axis.
fn draw_mark(
    pen: &mut Pen,
    at: &Inputs,
    (col, track): (&Column, &Track),
    e: &Entry,
    cy: f64,
    bar_x: Option<f64>,
) {
    let theme = at.theme();
    let x = col.axis_x;
    let shape = match e.mark {
        Mark::Point { low } => Shape::Circle {
            cx: x,
            cy,
            r: MARKER_R - 1.0,
            fill: crate::layout::kit::mark_fill(theme.event, 1.0, low),
            stroke: Some(crate::layout::kit::mark_ring(theme, theme.event, low)),
        },
        Mark::Span {
            from,
            to,
            dashed,
            low,
        } => {
            let (mut y0, mut y1) = (track.y(from), track.y(to));
            if y1 - y0 < CAPSULE_MIN {
                let mid = (y0 + y1) / 2.0;
                (y0, y1) = (mid - CAPSULE_MIN / 2.0, mid + CAPSULE_MIN / 2.0);
            }
            Shape::Rect {
                rect: Rect::new(x - 5.0, y0, 10.0, y1 - y0),
                radius: 5.0,
                fill: crate::layout::kit::mark_fill(theme.event, 0.35, low),
                stroke: Some(Stroke {
                    color: theme.event,
                    width: 2.0,
                    dash: dashed.then_some((5.0, 3.0)),
                    opacity: 0.9,
                }),
            }
        }
        Mark::Diamond => {
            let r = MARKER_R - 1.0;
            Shape::Polygon {
                points: vec![(x, cy - r), (x + r, cy), (x, cy + r), (x - r, cy)],
                fill: Paint::Solid(theme.muted, 1.0),
                stroke: None,
            }
        }
        Mark::Team { color } => {
            // From the team's bar to its name, across the axis.
            let from = bar_x.unwrap_or(x);
            Shape::Line {
                x1: from,
                y1: cy,
                x2: col.text_x - 4.0,
                y2: cy,
                stroke: Stroke {
                    color,
                    width: 2.0,
                    dash: None,
                    opacity: 1.0,
                },
            }
        }
    };
    let role = match e.mark {
        Mark::Team { .. } => Role::Decoration,
        _ => Role::Mark,
    };
    pen.scene.push(role, shape);
}
