//! Team bars on the lanes, their edges drawn at the precision of their dates, and
//! one label per team.

use std::sync::Arc;

use super::focus::Focus;
use super::frame::{Frame, span_days};
use super::lanes::{Bar, Lane, Shown};
use super::rows::LaneRows;
use super::{Inputs, Pen, Type};
use crate::layout::kit::FrozenBoxGrid;
use crate::model::{PartialDate, Precision, Qualifier, TeamRef};
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::style::Color;
use crate::text::{Weight, truncate};

/// A bar's extent along the time axis (across, or down in the column form):
/// fading in over `start..solid.0`, solid to `solid.1`, fading out to `end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Extent {
    pub(super) start: f64,
    pub(super) solid: (f64, f64),
    pub(super) end: f64,
    pub(super) start_dashed: bool,
    pub(super) end_dashed: bool,
}

/// Where a bar's segments go, with `map` placing a day on the time axis and
/// `(lo, hi)` the plot's ends along it. Guarantees: an edge known to the day is
/// crisp (its fade has no length); one known to the month or year fades across
/// that month or year (an approximate one over twice that); a start known only
/// as "by then" fades in over 56 px before it; an open end fades out over the
/// last 48 px of the plot; approximate or "by then" edges are dashed; all
/// within the plot and in order.
pub(super) fn extent(
    period_start: &PartialDate,
    period_end: Option<&PartialDate>,
    map: impl Fn(chrono::NaiveDate) -> f64,
    (lo, hi): (f64, f64),
) -> Extent {
    // A plot of no length holds a bar of none (and `clamp` would panic).
    let hi = hi.max(lo);
    let clamp = |v: f64| v.clamp(lo, hi);
    let (s0, s1) = span_days(period_start);
    let (mut xa, mut xb) = (map(s0), map(s1));
    let start_dashed = period_start.qualifier() != Qualifier::Stated;
    match period_start.qualifier() {
        Qualifier::OnOrBefore => xa = xb - 56.0,
        Qualifier::Approximate => {
            let w = xb - xa;
            xa -= w / 2.0;
            xb += w / 2.0;
        }
        Qualifier::Stated => {}
    }
    let start_fade =
        period_start.precision() != Precision::Day || period_start.qualifier() != Qualifier::Stated;
    let (mut ya, yb, end_fade, end_dashed) = match period_end {
        Some(e) => {
            let (e0, e1) = span_days(e);
            let (mut ya, mut yb) = (map(e0), map(e1));
            if e.qualifier() == Qualifier::Approximate {
                let w = yb - ya;
                ya -= w / 2.0;
                yb += w / 2.0;
            }
            (
                ya,
                yb,
                e.precision() != Precision::Day || e.qualifier() != Qualifier::Stated,
                e.qualifier() != Qualifier::Stated,
            )
        }
        None => (hi - 48.0, hi, true, false),
    };
    if !start_fade {
        xb = xa;
    }
    if !end_fade {
        ya = yb;
    }
    // Clip to the plot; what runs past an edge fades out there.
    let (xa, xb) = (clamp(xa), clamp(xb.max(xa)));
    let (ya, yb) = (clamp(ya.max(xb)), clamp(yb.max(ya.max(xb))));
    Extent {
        start: xa,
        solid: (xb, ya),
        end: yb,
        start_dashed,
        end_dashed,
    }
}

/// [`extent`] across the plot of the timeline with lanes.
fn extent_across(start: &PartialDate, end: Option<&PartialDate>, frame: &Frame) -> Extent {
    let map = |d| crate::layout::scale::Scale::map(&frame.scale, d);
    extent(start, end, map, (frame.x0, frame.x1))
}

/// A membership bar as drawn, for its team's label.
pub(super) struct DrawnBar {
    lane: usize,
    team: TeamRef,
    extent: Extent,
    y: f64,
    /// The solid segment's item, if drawn, and not hatched: a name can be
    /// written inside it.
    index: Option<usize>,
    opacity: f64,
}

/// Draws every bar in its lane's row, in the team's colour: a hosting as a pale
/// outlined bar, a membership in up to three segments (fading in, solid, fading
/// out). Guarantees: a bar is dimmed unless both its lane and its team are in
/// focus; each segment carries the team's record, the bar's tooltip and the lane.
/// Returns the memberships drawn (hostings get no label).
pub(super) fn draw_bars(
    pen: &mut Pen,
    at: &Inputs,
    shown: &Shown,
    lanes: &[Lane],
    rows: &LaneRows,
    frame: &Frame,
    focus: &Focus,
) -> Vec<DrawnBar> {
    let theme = at.theme();
    let mut drawn: Vec<DrawnBar> = Vec::new();
    for (i, lane) in lanes.iter().enumerate() {
        let (top, _) = rows.y[i];
        for b in &lane.bars {
            let by = top + at.d.lane_pad + b.row as f64 * rows.pitch;
            let opacity = if lane.focus && focus.team(at.model, b.team) {
                1.0
            } else {
                theme.dim
            };
            let ext = extent_across(&b.period.start, b.period.end.as_ref(), frame);
            let color = shown.color(b.team, theme);
            let solid = draw_bar(pen, at, b, lane, &ext, (by, color, opacity));
            if !b.host {
                drawn.push(DrawnBar {
                    lane: i,
                    team: b.team,
                    extent: ext,
                    y: by,
                    index: solid.filter(|_| !b.low),
                    opacity,
                });
            }
        }
    }
    drawn
}

/// One bar's segments at top `by`; returns the solid segment's item.
fn draw_bar(
    pen: &mut Pen,
    at: &Inputs,
    b: &Bar,
    lane: &Lane,
    ext: &Extent,
    (by, color, opacity): (f64, Color, f64),
) -> Option<usize> {
    let tooltip = Some(b.tooltip.clone());
    let record: Option<Arc<str>> = Some(at.model[b.team].id.as_str().into());
    let fill_for = |from: f64, to: f64| {
        if b.host {
            Paint::FadeX {
                color,
                from: from * 0.18,
                to: to * 0.18,
            }
        } else {
            Paint::FadeX { color, from, to }
        }
    };
    let solid = if b.host {
        Paint::Solid(color, 0.18)
    } else {
        crate::layout::kit::mark_fill(color, 1.0, b.low)
    };
    let outline = |dashed: bool| {
        Some(Stroke {
            color,
            width: 2.0,
            dash: dashed.then_some((6.0, 4.0)),
            opacity: 1.0,
        })
    };
    let edge = |dashed: bool| (dashed || b.host).then(|| outline(true)).flatten();
    let (xa, (xb, ya), yb) = (ext.start, ext.solid, ext.end);
    let segments = [
        (xa, xb, fill_for(0.12, 1.0), edge(ext.start_dashed)),
        (xb, ya, solid, if b.host { outline(false) } else { None }),
        (ya, yb, fill_for(1.0, 0.12), edge(ext.end_dashed)),
    ];
    let mut solid_index = None;
    for (k, (from, to, fill, stroke)) in segments.into_iter().enumerate() {
        if to <= from + 0.5 {
            continue;
        }
        let idx = pen.scene.push(
            Role::Mark,
            Shape::Rect {
                rect: Rect::new(from, by, to - from, at.d.bar_h),
                radius: 0.0,
                fill,
                stroke,
            },
        );
        pen.annotate(idx, record.clone(), tooltip.clone(), opacity);
        pen.scene.items[idx].lane = Some(lane.key.clone());
        if k == 1 {
            solid_index = Some(idx);
        }
    }
    solid_index
}

/// One label per team, on the first of its bars with room: inside the solid part
/// (when in focus), else in the free space before or after it; shortened only
/// where the whole name fits on none of its bars, and across a line joining an
/// event's marks only where it fits nowhere clear of them. Guarantees: a
/// label never overlaps a mark (but the bar it is written on), an event marker or
/// another team label, and is never cut to fewer than 12 characters.
pub(super) fn label_bars(
    pen: &mut Pen,
    at: &Inputs,
    shown: &Shown,
    lanes: &[Lane],
    drawn: &[DrawnBar],
    (marker_boxes, connectors): (&[Vec<Rect>], &[Rect]),
    frame: &Frame,
) {
    let model = at.model;
    let mut label_boxes: Vec<Rect> = Vec::new();
    // Filed in a grid: a large case has hundreds of thousands of marks, and
    // each try only needs the few near it.
    let mark_boxes = FrozenBoxGrid::new(
        64.0,
        pen.scene
            .items
            .iter()
            .filter(|it| it.role == Role::Mark)
            .map(|it| it.bbox())
            .chain(marker_boxes.iter().flatten().copied())
            .collect(),
    );
    let connectors = FrozenBoxGrid::new(64.0, connectors.to_vec());
    // Each team's bars in drawing order, found without a pass over all bars.
    let mut bars_of: Vec<Vec<usize>> = vec![Vec::new(); model.teams.len()];
    for (i, db) in drawn.iter().enumerate() {
        bars_of[db.team.0].push(i);
    }
    for &t in &shown.teams {
        let color = shown.color(t, at.theme());
        // The whole name on any bar before a shortened one; clear of the lines
        // joining events' marks before across one.
        let modes = [(false, false), (false, true), (true, false), (true, true)];
        let tries = modes
            .into_iter()
            .flat_map(|mode| bars_of[t.0].iter().map(move |&i| (mode, &drawn[i])));
        for ((cut, cross), db) in tries {
            let tooltip = lanes[db.lane]
                .bars
                .iter()
                .find(|b| b.team == t && !b.host)
                .map(|b| b.tooltip.clone());
            let spot = BarLabel { db, color, tooltip };
            if label_bar(
                pen,
                at,
                (&spot, cut),
                lanes,
                frame,
                (
                    &mark_boxes,
                    (!cross).then_some(&connectors),
                    &mut label_boxes,
                ),
            ) {
                break;
            }
        }
    }
}

/// A bar about to be labelled.
struct BarLabel<'a> {
    db: &'a DrawnBar,
    color: Color,
    tooltip: Option<Arc<str>>,
}

/// Tries the places for one bar's label, the name shortened only if `cut`, and
/// kept off `lines` when given; true once it is drawn.
fn label_bar(
    pen: &mut Pen,
    at: &Inputs,
    (spot, cut): (&BarLabel, bool),
    lanes: &[Lane],
    frame: &Frame,
    (mark_boxes, lines, label_boxes): (&FrozenBoxGrid, Option<&FrozenBoxGrid>, &mut Vec<Rect>),
) -> bool {
    let (m, theme, db) = (at.m, at.theme(), spot.db);
    let team = &at.model[db.team];
    let baseline = db.y + at.d.bar_h / 2.0 + (m.ascent(Type::BAR) - m.descent(Type::BAR)) / 2.0;
    let ext = &db.extent;
    // (left edge, right edge, anchor, ink, host mark)
    let mut tries: Vec<(f64, f64, Anchor, Color, Option<usize>)> = Vec::new();
    if let Some(hi) = db.index.filter(|_| db.opacity >= 1.0) {
        tries.push((
            ext.solid.0 + 8.0,
            ext.solid.1 - 8.0,
            Anchor::Start,
            theme.ink_on(spot.color),
            Some(hi),
        ));
    }
    tries.push((
        frame.x0 + 4.0,
        ext.start - 10.0,
        Anchor::End,
        theme.text,
        None,
    ));
    tries.push((
        ext.end + 10.0,
        frame.x1 - 4.0,
        Anchor::Start,
        theme.text,
        None,
    ));
    for (left, right, anchor, ink, host) in tries {
        if right - left < 60.0 {
            continue;
        }
        let Some(text) = truncate(m, &team.name, Type::BAR, Weight::Semibold, right - left) else {
            continue;
        };
        if text.ends_with('…') && (!cut || text.chars().count() < 12) {
            continue;
        }
        let w = m.width(&text, Type::BAR, Weight::Semibold);
        let bx = if anchor == Anchor::End {
            right - w
        } else {
            left
        };
        let a = m.ascent(Type::BAR);
        let bb = Rect::new(bx, baseline - a, w, a + m.descent(Type::BAR));
        let host_box = host.map(|h| pen.scene.items[h].bbox());
        let clear_of_marks = !mark_boxes.overlaps_other(&bb.inflate(3.0), |r| Some(*r) == host_box)
            && !lines.is_some_and(|l| l.overlaps_other(&bb, |_| false));
        if !clear_of_marks || label_boxes.iter().any(|r| r.overlaps(&bb.inflate(3.0))) {
            continue;
        }
        let x = if anchor == Anchor::End { right } else { left };
        let idx = pen.text(x, baseline, &text, Type::BAR, Weight::Semibold, ink, anchor);
        let record: Option<Arc<str>> = Some(team.id.as_str().into());
        pen.annotate(idx, record, spot.tooltip.clone(), db.opacity);
        pen.scene.items[idx].host = host;
        pen.scene.items[idx].lane = Some(lanes[db.lane].key.clone());
        label_boxes.push(bb);
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load};
    use super::super::{DENSITIES, TimelineOptions, layout_with};
    use super::*;
    use crate::scene::Shape;
    use crate::text::FixedMeasure;

    fn frame() -> Frame {
        let d = |s: &str| s.parse().unwrap();
        Frame {
            width: 1000.0,
            fixed_height: None,
            group_x: 48.0,
            group_col: 0.0,
            lane_x: 48.0,
            lane_col: 100.0,
            x0: 100.0,
            x1: 900.0,
            stacked: false,
            d0: d("2020-01-01"),
            scale: crate::layout::scale::BrokenScale::linear(
                d("2020-01-01"),
                d("2022-01-01"),
                100.0,
                900.0,
            ),
        }
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn a_day_has_a_crisp_edge_a_month_fades_an_open_end_fades_out() {
        let f = frame();
        let day = extent_across(&date("2020-03-15"), Some(&date("2021-06-30")), &f);
        assert_eq!(day.start, day.solid.0, "no fade at a known day");
        assert_eq!(day.solid.1, day.end);
        assert!(!day.start_dashed && !day.end_dashed);
        let month = extent_across(&date("2020-03"), None, &f);
        assert!(month.solid.0 - month.start > 20.0, "fades across March");
        assert_eq!((month.solid.1, month.end), (f.x1 - 48.0, f.x1));
        let approx = extent_across(&date("~2020-03"), None, &f);
        assert!(approx.start_dashed);
        assert!(approx.solid.0 - approx.start > month.solid.0 - month.start);
    }

    #[test]
    fn each_team_is_named_once_clear_of_marks() {
        let model = load(CASE);
        let (scene, _) = layout_with(
            &model,
            &FixedMeasure { em: 0.5 },
            &TimelineOptions::default(),
            &DENSITIES[0],
        );
        for name in ["Joint investigation team A", "Team B"] {
            let labels: Vec<_> = scene
                .items
                .iter()
                .filter(|it| {
                    it.role == crate::scene::Role::Label
                        && matches!(&it.shape, Shape::Text { text, .. } if text == name)
                        && it.lane.is_some()
                })
                .collect();
            assert_eq!(labels.len(), 1, "{name} labelled once on a bar");
            let bb = labels[0].bbox();
            let hits = scene.items.iter().enumerate().filter(|(i, it)| {
                it.role == Role::Mark && Some(*i) != labels[0].host && it.bbox().overlaps(&bb)
            });
            assert_eq!(hits.count(), 0, "{name}'s label covers a mark");
        }
    }
}
