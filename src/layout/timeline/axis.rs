//! The time axis under the lanes: fine tick labels (days to quarters), then years;
//! and the marks where a broken axis leaves time out.

use std::sync::Arc;

use chrono::NaiveDate;

use super::frame::Frame;
use super::rows::LaneRows;
use super::{Inputs, Pen, Type};
use crate::layout::kit::MARGIN;
use crate::layout::scale::{Tick, Ticks};
use crate::scene::{Anchor, Paint, Rect, Role, Segment, Shape, Stroke};
use crate::text::Weight;

/// Draws each break of the time axis as a torn strip: two parallel zigzags down
/// the lanes and a little into the axis, the background between them, and
/// returns the strips' boxes, for labels to keep off. Guarantees: the strip
/// carries the note as its tooltip; the bars under it are whole, so they still
/// read as running through; nothing drawn without breaks.
pub(super) fn draw_breaks(
    pen: &mut Pen,
    at: &Inputs,
    frame: &Frame,
    rows: &LaneRows,
    note: Option<&str>,
) -> Vec<Rect> {
    let theme = at.theme();
    let breaks = frame.scale.breaks();
    let mut boxes = Vec::with_capacity(breaks.len());
    // Without lanes, only across the axis: the context lane above is its labels'.
    let top = rows.y.first().map_or(rows.bottom - 8.0, |&(t, _)| t);
    let bottom = rows.bottom + 8.0;
    // Zigzag corners every `step` px, at most a few thousand down a very tall picture.
    let step = ((bottom - top) / 4000.0).max(6.0);
    let n = ((bottom - top) / step).ceil().max(1.0) as usize;
    let (gap, amp) = (6.0, 3.0);
    let tooltip: Option<Arc<str>> = note.map(Arc::from);
    for b in breaks {
        let edge = |dx: f64| -> Vec<(f64, f64)> {
            (0..=n)
                .map(|i| {
                    let zig = if i % 2 == 0 { -amp } else { amp };
                    (b.mark + dx + zig, (top + i as f64 * step).min(bottom))
                })
                .collect()
        };
        let idx = torn_strip(pen, edge(-gap / 2.0), edge(gap / 2.0), theme, &tooltip);
        boxes.push(pen.scene.items[idx].bbox());
    }
    boxes
}

/// A break in the time axis: a strip of the background between two torn
/// edges, each saying `tooltip` on hover. Returns the strip's index.
pub(super) fn torn_strip(
    pen: &mut super::Pen,
    one: Vec<(f64, f64)>,
    other: Vec<(f64, f64)>,
    theme: &crate::style::Theme,
    tooltip: &Option<std::sync::Arc<str>>,
) -> usize {
    let strip: Vec<(f64, f64)> = one.iter().chain(other.iter().rev()).copied().collect();
    let idx = pen.scene.push(
        Role::Decoration,
        Shape::Polygon {
            points: strip,
            fill: Paint::Solid(theme.background, 1.0),
            stroke: None,
        },
    );
    pen.annotate(idx, None, tooltip.clone(), 1.0);
    for line in [one, other] {
        let e = pen.scene.push(Role::Decoration, torn_edge(&line, theme));
        pen.annotate(e, None, tooltip.clone(), 1.0);
    }
    idx
}

/// One torn edge of a break: a zigzag through `line`, in the muted colour (on
/// the picture and in the legend alike).
pub(super) fn torn_edge(line: &[(f64, f64)], theme: &crate::style::Theme) -> Shape {
    Shape::Path {
        from: line[0],
        segments: line[1..]
            .iter()
            .map(|&(x, y)| Segment::Line(x, y))
            .collect(),
        stroke: Stroke {
            color: theme.muted,
            width: 1.5,
            dash: None,
            opacity: 1.0,
        },
    }
}

/// Draws the axis labels below `lanes_bottom` and returns the y below them.
/// Guarantees: labels on one line never overlap (a label that would is skipped)
/// and stay inside the right margin; the first year is named even when the axis
/// starts mid-year, if its label fits before the next year's, and so is the year
/// time resumes in after a break.
pub(super) fn draw_axis(
    pen: &mut Pen,
    at: &Inputs,
    ticks: &Ticks,
    frame: &Frame,
    lanes_bottom: f64,
) -> f64 {
    let (m, theme) = (at.m, at.theme());
    let right = frame.width - MARGIN;
    let mut y = lanes_bottom + 10.0;
    if !ticks.minor.is_empty() {
        y += m.ascent(Type::TICK);
        let mut last_right = f64::MIN;
        for t in &ticks.minor {
            if t.label.is_empty() {
                continue;
            }
            let w = m.width(&t.label, Type::TICK, Weight::Regular);
            if t.x - w / 2.0 < frame.x0 - 20.0
                || t.x + w / 2.0 > right
                || t.x - w / 2.0 < last_right + 8.0
            {
                continue;
            }
            pen.text(
                t.x,
                y,
                &t.label,
                Type::TICK,
                Weight::Regular,
                theme.muted,
                Anchor::Middle,
            );
            last_right = t.x + w / 2.0;
        }
        y += m.descent(Type::TICK) + 6.0;
    }
    y += m.ascent(Type::YEAR);
    let mut last_right = f64::MIN;
    let first_w = m.width(
        &frame.d0.format("%Y").to_string(),
        Type::YEAR,
        Weight::Semibold,
    );
    for t in &year_ticks(ticks, (frame.d0, frame.x0), first_w + 24.0) {
        let w = m.width(&t.label, Type::YEAR, Weight::Semibold);
        let left = t.x + 4.0;
        if left < last_right + 12.0 || left + w > right {
            continue;
        }
        pen.text(
            left,
            y,
            &t.label,
            Type::YEAR,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        last_right = left + w;
    }
    // Closer to the legend on a crowded page.
    y + m.descent(Type::YEAR) + (at.d.section_gap + 8.0).min(28.0)
}

/// The scale's year ticks and the years it resumes in after breaks, in order,
/// with the axis's first year (of `d0`, at `x0`) in front when the first of
/// them is `room` or more along the axis from it.
pub(super) fn year_ticks(ticks: &Ticks, (d0, x0): (NaiveDate, f64), room: f64) -> Vec<Tick> {
    let mut years: Vec<Tick> = ticks.major.iter().chain(&ticks.resume).cloned().collect();
    years.sort_by(|a, b| a.x.total_cmp(&b.x));
    if years.first().is_none_or(|t| t.x > x0 + room) {
        years.insert(
            0,
            Tick {
                x: x0,
                label: d0.format("%Y").to_string(),
            },
        );
    }
    years
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load};
    use super::super::{DENSITIES, Size, TimelineOptions, layout_with};
    use crate::scene::Shape;
    use crate::text::FixedMeasure;

    #[test]
    fn both_years_are_named_once_and_axis_labels_do_not_overlap() {
        let model = load(CASE);
        let opts = TimelineOptions {
            size: Size::Fixed {
                width: 800.0,
                height: 600.0,
            },
            ..TimelineOptions::default()
        };
        let (scene, _) = layout_with(&model, &FixedMeasure { em: 0.5 }, &opts, &DENSITIES[0]);
        let years: Vec<_> = scene
            .items
            .iter()
            .filter_map(|it| match &it.shape {
                Shape::Text { text, size, .. } if *size == 18.0 && text.len() == 4 => {
                    Some((text.clone(), it.bbox()))
                }
                _ => None,
            })
            .collect();
        let names: Vec<&str> = years.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["2020", "2021"]);
        let ticks: Vec<_> = scene
            .items
            .iter()
            .filter(|it| matches!(&it.shape, Shape::Text { size, .. } if *size == 16.0))
            .map(|it| it.bbox())
            .collect();
        for (i, a) in ticks.iter().enumerate() {
            assert!(a.right() <= 800.0 - 48.0);
            for b in &ticks[i + 1..] {
                if (a.y - b.y).abs() < 1.0 {
                    assert!(!a.overlaps(b), "tick labels overlap");
                }
            }
        }
    }
}
