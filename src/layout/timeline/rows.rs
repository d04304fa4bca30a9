//! The lanes down the page: where each lane sits, its shading, the grid behind
//! the bars, and the lane and group labels in the left columns.

use super::frame::Frame;
use super::lanes::{Lane, Lanes};
use super::{Inputs, Pen};
use crate::layout::kit::Colors;
use crate::layout::scale::Ticks;
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::style::Color;
use crate::text::{Weight, truncate};

/// Where the lanes sit on the page.
pub(super) struct LaneRows {
    /// Top of the lanes (of the context lane, when there is one).
    pub(super) top: f64,
    /// Each lane's top and height, in lane order.
    pub(super) y: Vec<(f64, f64)>,
    /// Bottom of the last lane.
    pub(super) bottom: f64,
    /// Distance from one row of bars to the next.
    pub(super) pitch: f64,
    /// When names stand above the lanes: the height of a lane's name line,
    /// and by lane the baseline of its group's name if it opens a group.
    pub(super) above: Option<(f64, Vec<Option<f64>>)>,
}

impl LaneRows {
    /// The middle of lane `i`.
    pub(super) fn mid(&self, i: usize) -> f64 {
        let (top, h) = self.y[i];
        top + h / 2.0
    }
}

/// Stacks the lanes below `top` and the context lane's `context_h`. Guarantees:
/// lanes follow each other without overlap, each at least one lane label high and
/// tall enough for its rows of bars, with a gap wherever the group changes; when
/// `stacked`, a line for each lane's name above it and for each group's name
/// above its first lane (and for the context lane's name above it), none of
/// them counted in the lane's own height.
pub(super) fn lane_rows(
    at: &Inputs,
    lanes: &[Lane],
    (mut top, context_h): (f64, f64),
    stacked: bool,
) -> LaneRows {
    let (m, d) = (at.m, at.d);
    let pitch = d.bar_h + d.row_gap;
    let name_h = m.ascent(d.lane_type) + m.descent(d.lane_type) + 2.0;
    let group_h = m.ascent(d.group_type) + m.descent(d.group_type) + 4.0;
    if stacked && context_h > 0.0 {
        top += name_h;
    }
    let mut y: Vec<(f64, f64)> = Vec::new();
    let mut groups: Vec<Option<f64>> = Vec::new();
    let mut ly = top + context_h;
    let mut prev_group: Option<usize> = None;
    for (i, lane) in lanes.iter().enumerate() {
        let opens = lane.group.is_some() && (i == 0 || lane.group != prev_group);
        if lane.group != prev_group && prev_group.is_some() {
            ly += d.group_gap;
        }
        prev_group = lane.group;
        let lane_h = if stacked {
            // Bars alone: the name has its own line.
            (lane.rows as f64 * pitch - d.row_gap + 2.0 * d.lane_pad).max(pitch)
        } else {
            (lane.rows as f64 * pitch - d.row_gap + 2.0 * d.lane_pad)
                .max(m.ascent(d.lane_type) + m.descent(d.lane_type) + 2.0 * d.lane_pad)
        };
        if stacked {
            if opens {
                ly += group_h;
                groups.push(Some(ly - m.descent(d.group_type) - 4.0));
            } else {
                groups.push(None);
            }
            ly += name_h;
        }
        y.push((ly, lane_h));
        ly += lane_h;
    }
    LaneRows {
        top,
        y,
        bottom: ly,
        pitch,
        above: stacked.then_some((name_h, groups)),
    }
}

/// Draws every other lane's shading, the tick grid from the top of the lanes to
/// the bottom, and the labels: each lane's (cut to its column) and each group's
/// at its first lane. Out-of-focus lanes and groups are dimmed.
pub(super) fn draw_lanes(
    pen: &mut Pen,
    at: &Inputs,
    lanes: &Lanes,
    rows: &LaneRows,
    frame: &Frame,
    ticks: &Ticks,
) {
    let theme = at.theme();
    let name_h = rows.above.as_ref().map_or(0.0, |(h, _)| *h);
    for (i, &(top, h)) in rows.y.iter().enumerate() {
        if i % 2 == 0 {
            let (top, h) = (top - name_h, h + name_h);
            let idx = pen.scene.push(
                Role::Decoration,
                Shape::Rect {
                    rect: Rect::new(frame.lane_x - 8.0, top, frame.x1 - frame.lane_x + 8.0, h),
                    radius: 0.0,
                    fill: Paint::Solid(theme.band, 1.0),
                    stroke: None,
                },
            );
            pen.annotate(idx, None, None, 1.0);
        }
    }
    for t in ticks.minor.iter().chain(ticks.major.iter()) {
        let major = ticks.major.iter().any(|mj| (mj.x - t.x).abs() < 0.5);
        pen.scene.push(
            Role::Decoration,
            Shape::Line {
                x1: t.x,
                y1: rows.top,
                x2: t.x,
                y2: rows.bottom,
                stroke: Stroke {
                    color: theme.grid,
                    width: if major { 2.0 } else { 1.0 },
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
    }
    // Names above the lanes are drawn last, over the lines that run down
    // through them.
    if rows.above.is_none() {
        label_lanes(pen, at, lanes, rows, frame);
    }
}

/// Writes each lane's name (cut to its column) and each group's at its first
/// lane: beside the lanes, or above them on a clear patch of their shading.
pub(super) fn label_lanes(
    pen: &mut Pen,
    at: &Inputs,
    lanes: &Lanes,
    rows: &LaneRows,
    frame: &Frame,
) {
    let (m, d, theme) = (at.m, at.d, at.theme());
    let colors = Colors::new(at.model, theme);
    let mut prev_group: Option<usize> = None;
    for (i, lane) in lanes.lanes.iter().enumerate() {
        let mid = rows.mid(i);
        let opacity = if lane.focus { 1.0 } else { theme.dim };
        let baseline = match &rows.above {
            Some(_) => rows.y[i].0 - m.descent(d.lane_type) - 2.0,
            None => mid + (m.ascent(d.lane_type) - m.descent(d.lane_type)) / 2.0,
        };
        let group_baseline = match &rows.above {
            Some((_, groups)) => groups.get(i).copied().flatten().unwrap_or(baseline),
            None => baseline,
        };
        let label = truncate(m, &lane.label, d.lane_type, Weight::Regular, frame.lane_col)
            .unwrap_or_default();
        if rows.above.is_some() {
            let shade = if i % 2 == 0 {
                theme.band
            } else {
                theme.background
            };
            let w = m.width(&label, d.lane_type, Weight::Regular);
            clear_patch(pen, (frame.lane_x, baseline), (w, d.lane_type), shade);
        }
        let idx = pen.text(
            frame.lane_x,
            baseline,
            &label,
            d.lane_type,
            Weight::Regular,
            match lane.country {
                Some(c) => theme.ink(colors.country(c.code()).color),
                None => theme.text,
            },
            Anchor::Start,
        );
        pen.annotate(
            idx,
            Some(lane.key.clone()),
            Some(lane.tooltip.clone()),
            opacity,
        );
        if lane.group != prev_group
            && let Some(g) = lane.group
        {
            let label = &lanes.groups[g].label;
            let gl = truncate(m, label, d.group_type, Weight::Semibold, frame.group_col)
                .unwrap_or_default();
            if frame.group_col > 0.0 && !gl.is_empty() {
                // A country is named in its colour, as every view draws it.
                let ink = match lanes.groups[g].country {
                    Some(c) => theme.ink(colors.country(c.code()).color),
                    None => theme.muted,
                };
                if rows.above.is_some() {
                    let w = m.width(&gl, d.group_type, Weight::Semibold);
                    let at_size = (w, d.group_type);
                    clear_patch(
                        pen,
                        (frame.group_x, group_baseline),
                        at_size,
                        theme.background,
                    );
                }
                let idx = pen.text(
                    frame.group_x,
                    group_baseline,
                    &gl,
                    d.group_type,
                    Weight::Semibold,
                    ink,
                    Anchor::Start,
                );
                let focus = lanes.lanes.iter().any(|l| l.group == Some(g) && l.focus);
                pen.annotate(
                    idx,
                    None,
                    Some(label.as_str().into()),
                    if focus { 1.0 } else { theme.dim },
                );
            }
        }
        prev_group = lane.group;
    }
}

/// A patch of `fill` behind a text `w` wide at `size` whose baseline starts at
/// `(x, baseline)`, so that lines running under it stop short of the letters.
fn clear_patch(pen: &mut Pen, (x, baseline): (f64, f64), (w, size): (f64, f64), fill: Color) {
    let (a, d) = (pen.m.ascent(size), pen.m.descent(size));
    pen.scene.push(
        Role::Decoration,
        Shape::Rect {
            rect: Rect::new(x - 2.0, baseline - a - 1.0, w + 4.0, a + d + 2.0),
            radius: 2.0,
            fill: Paint::Solid(fill, 1.0),
            stroke: None,
        },
    );
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load};
    use super::super::{DENSITIES, TimelineOptions, focus::focus_circle, lanes};
    use super::*;
    use crate::text::FixedMeasure;

    #[test]
    fn lanes_stack_without_overlap_and_groups_are_set_apart() {
        let model = load(CASE);
        let m = FixedMeasure { em: 0.5 };
        let opts = TimelineOptions::default();
        let d = &DENSITIES[0];
        let at = Inputs {
            model: &model,
            m: &m,
            opts: &opts,
            d,
        };
        let shown = lanes::Shown::new(&model, &opts);
        let l = lanes::collect_lanes(&at, &shown, &focus_circle(&model, &opts));
        let mut l = lanes::order_lanes(l, &shown.periods, opts.lanes);
        lanes::stack_bars(&mut l.lanes);
        let rows = lane_rows(&at, &l.lanes, (100.0, 40.0), false);
        assert_eq!(rows.y[0].0, 140.0, "below the context lane");
        for (i, w) in rows.y.windows(2).enumerate() {
            let gap = w[1].0 - (w[0].0 + w[0].1);
            let new_group = l.lanes[i].group != l.lanes[i + 1].group;
            assert_eq!(gap, if new_group { d.group_gap } else { 0.0 });
        }
        // French police's two rows of bars make its lane taller than a one-row lane.
        assert!(rows.y[1].1 > rows.y[0].1);
        assert_eq!(rows.bottom, rows.y.last().map(|(t, h)| t + h).unwrap());
    }
}
