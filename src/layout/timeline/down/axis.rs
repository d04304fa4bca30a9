//! The time axis down the left: a line, a rule per tick into the gutter, the
//! labels (years, and months or days when time is short) beside it, and the
//! torn strips where a broken axis leaves time out.

use std::sync::Arc;

use chrono::NaiveDate;

use super::super::axis::{torn_strip, year_ticks};
use super::super::{Inputs, Pen};
use super::Type;
use super::column::Column;
use super::track::Track;
use crate::layout::scale::{Tick, Ticks};
use crate::scene::{Anchor, Role, Shape, Stroke};
use crate::text::{TextMeasure, Weight};

/// The widest axis label, for the column's left part.
pub(super) fn labels_width(m: &dyn TextMeasure, ticks: &Ticks, years: &[Tick]) -> f64 {
    let fine = ticks
        .minor
        .iter()
        .map(|t| m.width(&t.label, Type::TICK, Weight::Regular));
    years
        .iter()
        .map(|t| m.width(&t.label, Type::YEAR, Weight::Semibold))
        .chain(fine)
        .fold(0.0, f64::max)
}

/// The year ticks to label: the scale's, the years it resumes in after a
/// break, and the first year when no tick names it near the top.
pub(super) fn years(m: &dyn TextMeasure, ticks: &Ticks, d0: NaiveDate, top: f64) -> Vec<Tick> {
    let line = m.ascent(Type::YEAR) + m.descent(Type::YEAR);
    year_ticks(ticks, (d0, top), 2.0 * line)
}

/// Draws the axis line from `top` to `bottom` and a faint rule from each
/// tick to the axis, under the bars (drawn before them).
pub(super) fn draw_line(
    pen: &mut Pen,
    at: &Inputs,
    col: &Column,
    (ticks, track): (&Ticks, &Track),
    (top, bottom): (f64, f64),
) {
    let theme = at.theme();
    let line = |width: f64| Stroke {
        color: theme.grid,
        width,
        dash: None,
        opacity: 1.0,
    };
    for t in ticks.major.iter().chain(&ticks.minor) {
        let y = track.pos(t.x);
        pen.scene.push(
            Role::Decoration,
            Shape::Line {
                x1: col.labels_right + 4.0,
                y1: y,
                x2: col.axis_x,
                y2: y,
                stroke: line(1.0),
            },
        );
    }
    pen.scene.push(
        Role::Decoration,
        Shape::Line {
            x1: col.axis_x,
            y1: top,
            x2: col.axis_x,
            y2: bottom,
            stroke: line(2.0),
        },
    );
}

/// Draws the axis labels right-aligned beside the axis, each centred on its
/// tick. Guarantees: no label overlaps another (one that would is left
/// out, fine ticks before years) or leaves `top..bottom` by more than half
/// a line.
pub(super) fn draw_labels(
    pen: &mut Pen,
    at: &Inputs,
    col: &Column,
    (ticks, years, track): (&Ticks, &[Tick], &Track),
    (top, bottom): (f64, f64),
) {
    let (m, theme) = (at.m, at.theme());
    let mut taken: Vec<(f64, f64)> = Vec::new();
    let fine = ticks
        .minor
        .iter()
        .filter(|t| !t.label.is_empty())
        .map(|t| (t, Type::TICK, Weight::Regular, theme.muted));
    let years = years
        .iter()
        .map(|t| (t, Type::YEAR, Weight::Semibold, theme.text));
    let labels: Vec<_> = years.chain(fine).collect();
    for (t, size, weight, fill) in labels {
        let y = if t.x <= top { top } else { track.pos(t.x) };
        let (a, d) = (m.ascent(size), m.descent(size));
        let baseline = y + (a - d) / 2.0;
        let span = (baseline - a - 3.0, baseline + d + 3.0);
        if y > bottom || taken.iter().any(|&(s, e)| span.0 < e && s < span.1) {
            continue;
        }
        taken.push(span);
        let idx = pen.text(
            col.labels_right,
            baseline,
            &t.label,
            size,
            weight,
            fill,
            Anchor::End,
        );
        if size < Type::YEAR {
            // Months and days are small print beside the years: a phone's
            // column has no room for them at a name's size.
            pen.scene.items[idx].role = Role::Note;
        }
    }
}

/// Draws each break of the time axis as a torn strip across the gutter and
/// the axis (as across, turned), the background between two zigzags.
/// Guarantees: the strip carries the note as its hover text; bars under it
/// stay whole.
pub(super) fn draw_breaks(
    pen: &mut Pen,
    at: &Inputs,
    col: &Column,
    track: &Track,
    note: Option<&str>,
) {
    let theme = at.theme();
    let tooltip: Option<Arc<str>> = note.map(Arc::from);
    let (x0, x1) = (col.gutter_x - 6.0, col.axis_x + 10.0);
    let n = (((x1 - x0) / 6.0).ceil() as usize).max(2);
    let (gap, amp) = (6.0, 3.0);
    for b in track.base.breaks() {
        let mid = track.pos(b.mark);
        let edge = |dy: f64| -> Vec<(f64, f64)> {
            (0..=n)
                .map(|i| {
                    let zig = if i % 2 == 0 { -amp } else { amp };
                    (
                        (x0 + i as f64 * (x1 - x0) / n as f64).min(x1),
                        mid + dy + zig,
                    )
                })
                .collect()
        };
        torn_strip(pen, edge(-gap / 2.0), edge(gap / 2.0), theme, &tooltip);
    }
}
