//! Events on the lanes: where each event sits across, its marker on every lane it
//! belongs to, the connector between those lanes, the leader up to its label in
//! the band, and the label itself.

use std::sync::Arc;

use super::band::Band;
use super::focus::Focus;
use super::frame::{Frame, span_days};
use super::lanes::{Lane, Shown};
use super::rows::LaneRows;
use super::steps::Steps;
use super::wording::{Names, event_tooltip};
use super::{Inputs, MARKER_R, Pen, Type};
use crate::model::{Precision, Qualifier};
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::style::Theme;
use crate::text::Weight;

/// Where an event sits across the plot.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct EventGeom {
    /// The event's anchor: its leader and connector run here.
    pub(super) x: f64,
    /// The span its marker covers, when the date is not one known day.
    pub(super) span: Option<(f64, f64)>,
}

/// Each shown event's place across, by event index (events not shown keep the
/// default). Guarantees: an event known to the day is a point in the middle of
/// its day; any other is a span over every day it may cover, its anchor in the
/// middle; everything within the plot. Worked out once, in the model's order: the
/// lanes ask again and again, in an order that would jump all over memory on a
/// large case.
pub(super) fn event_geometry(shown: &Shown, frame: &Frame, n_events: usize) -> Vec<EventGeom> {
    let mut geom = vec![EventGeom::default(); n_events];
    for &e in &shown.events {
        let p = shown.periods[e.0];
        geom[e.0] =
            if p.end.is_none_or(|end| end == p.start) && p.start.precision() == Precision::Day {
                EventGeom {
                    x: frame.mid(&p.start),
                    span: None,
                }
            } else {
                let a = frame.x(span_days(&p.start).0);
                let b = frame.x(span_days(&p.end.unwrap_or(p.start)).1);
                EventGeom {
                    x: (a + b) / 2.0,
                    span: Some((a, b)),
                }
            };
    }
    geom
}

/// The boxes event markers take on each lane, in the lane's event order: bar
/// labels keep clear of them, and a span's marker is drawn in its box.
pub(super) fn marker_boxes(lanes: &[Lane], geom: &[EventGeom], rows: &LaneRows) -> Vec<Vec<Rect>> {
    let mut boxes: Vec<Vec<Rect>> = vec![Vec::new(); lanes.len()];
    for (i, lane) in lanes.iter().enumerate() {
        for e in &lane.events {
            let g = &geom[e.0];
            let mid = rows.mid(i);
            boxes[i].push(match g.span {
                None => Rect::new(
                    g.x - MARKER_R - 2.0,
                    mid - MARKER_R - 2.0,
                    2.0 * MARKER_R + 4.0,
                    2.0 * MARKER_R + 4.0,
                ),
                Some((a, b)) => Rect::new(a, mid - 9.0, (b - a).max(6.0), 18.0),
            });
        }
    }
    boxes
}

/// What an event's mark on one lane needs.
#[derive(Clone, Default)]
struct OnLane {
    mid: f64,
    focus: bool,
    /// The event's own box on the lane, if the event spans time.
    marker: Option<Rect>,
    /// The lane's key, handed to the event's mark there (each event is drawn once).
    key: Option<Arc<str>>,
}

/// Each event's lanes, in one list, event after event (counted, then filled lane
/// by lane). The marks are drawn left to right, and on a large case reaching back
/// into the lanes (thousands of them) for each mark would be a wait on memory; the
/// lane's handle is copied here, while the lane is at hand.
pub(super) struct EventLanes {
    /// Where each event's lanes begin in `on` (one more at the end).
    start: Vec<usize>,
    on: Vec<OnLane>,
}

impl EventLanes {
    pub(super) fn new(
        n_events: usize,
        lanes: &[Lane],
        rows: &LaneRows,
        boxes: &[Vec<Rect>],
    ) -> EventLanes {
        let mut start = vec![0usize; n_events + 1];
        for lane in lanes {
            for e in &lane.events {
                start[e.0 + 1] += 1;
            }
        }
        for i in 0..n_events {
            start[i + 1] += start[i];
        }
        let mut on = vec![OnLane::default(); start[n_events]];
        let mut filled = start.clone();
        for (i, lane) in lanes.iter().enumerate() {
            let mid = rows.mid(i);
            for (k, e) in lane.events.iter().enumerate() {
                on[filled[e.0]] = OnLane {
                    mid,
                    focus: lane.focus,
                    marker: boxes[i].get(k).copied(),
                    key: Some(lane.key.clone()),
                };
                filled[e.0] += 1;
            }
        }
        EventLanes { start, on }
    }
}

/// What each event shows, worked out in the model's order: the marks are drawn
/// left to right, and on a large case reading the events in that order would jump
/// all over memory.
pub(super) struct EventMarks<'m> {
    record: &'m str,
    tooltip: String,
    point: bool,
    dashed: bool,
    focus: bool,
    step: Option<u32>,
}

/// Each shown event's record, tooltip, shape, focus and step, by event index.
pub(super) fn event_marks<'m>(
    at: &Inputs<'m>,
    shown: &Shown,
    geom: &[EventGeom],
    steps: &Steps,
    focus: &Focus,
) -> Vec<Option<EventMarks<'m>>> {
    let model = at.model;
    let mut marks: Vec<Option<EventMarks>> = Vec::new();
    marks.resize_with(model.events.len(), || None);
    let names = Names::new(model);
    for &e in &shown.events {
        let p = shown.periods[e.0];
        marks[e.0] = Some(EventMarks {
            record: model[e].id.as_str(),
            tooltip: event_tooltip(model, &names, e),
            point: geom[e.0].span.is_none(),
            dashed: p.start.qualifier() != Qualifier::Stated
                || p.end.is_some_and(|e| e.qualifier() != Qualifier::Stated),
            focus: focus.event(model, e),
            step: steps.event(e),
        });
    }
    marks
}

/// Draws every event, left to right: a dashed leader from its label in the band
/// down to its topmost lane (to the bottom of the lanes if it is on none), a
/// connector through its lanes when it is on several, and a marker on each lane
/// (a dot for a day, a capsule for a span, dashed when approximate). Guarantees:
/// every item of an event carries its record and step; marks on out-of-focus lanes
/// are dimmed.
pub(super) fn draw_event_marks(
    pen: &mut Pen,
    at: &Inputs,
    band: &Band,
    marks: &[Option<EventMarks>],
    mut lanes: EventLanes,
    lanes_bottom: f64,
) {
    let mut label_row: Vec<Option<usize>> = vec![None; at.model.events.len()];
    for l in &band.labels {
        if let Some(slot) = label_row.get_mut(l.event.0) {
            *slot = Some(l.at.row);
        }
    }
    for (&e, &x) in band.events.iter().zip(&band.anchors) {
        let Some(marks) = &marks[e.0] else {
            continue;
        };
        let leader_from = label_row[e.0].map(|row| band.row_bottom(row));
        let on = &mut lanes.on[lanes.start[e.0]..lanes.start[e.0 + 1]];
        draw_event(pen, at, marks, x, on, leader_from, lanes_bottom);
    }
}

fn draw_event(
    pen: &mut Pen,
    at: &Inputs,
    marks: &EventMarks,
    x: f64,
    lanes_of: &mut [OnLane],
    leader_from: Option<f64>,
    lanes_bottom: f64,
) {
    let theme = at.theme();
    let opacity = if marks.focus { 1.0 } else { theme.dim };
    // The items' shared handles are made here, in drawing order, not with the
    // marks: every item's copy of a handle touches it, and on a large case handles
    // made in the model's order would each be a separate wait on memory.
    let record: Option<Arc<str>> = Some(marks.record.into());
    let first_item = pen.scene.items.len();
    let top_mid = lanes_of.iter().map(|l| l.mid).fold(f64::MAX, f64::min);
    let bottom_mid = lanes_of.iter().map(|l| l.mid).fold(f64::MIN, f64::max);
    let line = |y1: f64, y2: f64, stroke: Stroke| Shape::Line {
        x1: x,
        y1,
        x2: x,
        y2,
        stroke,
    };
    if let Some(row_bottom) = leader_from {
        let end = if lanes_of.is_empty() {
            lanes_bottom
        } else {
            top_mid
        };
        let stroke = Stroke {
            color: theme.muted,
            width: 1.5,
            dash: Some((3.0, 3.0)),
            opacity: 0.8,
        };
        let idx = pen
            .scene
            .push(Role::Decoration, line(row_bottom - 6.0, end, stroke));
        pen.annotate(idx, record.clone(), None, opacity);
    }
    if lanes_of.len() > 1 {
        let stroke = Stroke {
            color: theme.event,
            width: 2.5,
            dash: None,
            opacity: 0.55,
        };
        let idx = pen
            .scene
            .push(Role::Decoration, line(top_mid, bottom_mid, stroke));
        pen.annotate(idx, record.clone(), None, opacity);
    }
    let tooltip: Option<Arc<str>> = Some(marks.tooltip.as_str().into());
    for on in lanes_of {
        let lane_opacity = if on.focus { opacity } else { theme.dim };
        let shape = lane_mark(theme, marks, x, on);
        let idx = pen.scene.push(Role::Mark, shape);
        pen.annotate(idx, record.clone(), tooltip.clone(), lane_opacity);
        pen.scene.items[idx].lane = on.key.take();
    }
    for item in &mut pen.scene.items[first_item..] {
        item.step = marks.step;
    }
}

/// An event's mark on one lane: a dot for a day, else a capsule over the span
/// (dashed when a date is approximate).
fn lane_mark(theme: &Theme, marks: &EventMarks, x: f64, on: &OnLane) -> Shape {
    let mid = on.mid;
    if marks.point {
        Shape::Circle {
            cx: x,
            cy: mid,
            r: MARKER_R,
            fill: Paint::Solid(theme.event, 1.0),
            stroke: Some(Stroke {
                color: theme.background,
                width: 2.5,
                dash: None,
                opacity: 1.0,
            }),
        }
    } else {
        // The event's own box on this lane (another event's box may also
        // cover its middle).
        let r = on
            .marker
            .unwrap_or(Rect::new(x - 6.0, mid - 9.0, 12.0, 18.0));
        Shape::Rect {
            rect: Rect::new(r.x, mid - 8.0, r.w, 16.0),
            radius: 8.0,
            fill: Paint::Solid(theme.event, 0.35),
            stroke: Some(Stroke {
                color: theme.event,
                width: 2.0,
                dash: marks.dashed.then_some((5.0, 3.0)),
                opacity: 0.9,
            }),
        }
    }
}

/// Draws the placed labels in the band: the name (one or two lines) above the
/// date, aligned as placed, at the bottom of the label's row. Guarantees: a
/// label's items carry its event's record, tooltip and step, and are dimmed when
/// the event is out of focus.
pub(super) fn draw_event_labels(
    pen: &mut Pen,
    at: &Inputs,
    band: &Band,
    marks: &[Option<EventMarks>],
    focus: &Focus,
) {
    let (m, theme) = (at.m, at.theme());
    for label in &band.labels {
        let (e, p) = (label.event, &label.at);
        let opacity = if focus.event(at.model, e) {
            1.0
        } else {
            theme.dim
        };
        let date_base = band.row_bottom(p.row) - 8.0 - m.descent(Type::EVENT_DATE);
        let (ax, anchor) = match p.align {
            Anchor::Start => (p.x0, Anchor::Start),
            Anchor::End => (p.x1, Anchor::End),
            Anchor::Middle => ((p.x0 + p.x1) / 2.0, Anchor::Middle),
        };
        let marks = marks[e.0].as_ref();
        let tooltip: Option<Arc<str>> = marks.map(|m| m.tooltip.as_str().into());
        let record: Option<Arc<str>> = marks.map(|m| m.record.into());
        let first_item = pen.scene.items.len();
        let mut base = date_base - m.descent(Type::EVENT_DATE) - m.ascent(Type::EVENT_DATE) - 2.0;
        base -= (label.lines.len() - 1) as f64 * band.name_line;
        for line in &label.lines {
            let idx = pen.text(
                ax,
                base,
                line,
                Type::EVENT,
                Weight::Semibold,
                theme.text,
                anchor,
            );
            pen.annotate(idx, record.clone(), tooltip.clone(), opacity);
            base += band.name_line;
        }
        let idx = pen.text(
            ax,
            date_base,
            &label.date,
            Type::EVENT_DATE,
            Weight::Regular,
            theme.muted,
            anchor,
        );
        pen.annotate(idx, record, tooltip, opacity);
        let step = marks.and_then(|m| m.step);
        for item in &mut pen.scene.items[first_item..] {
            item.step = step;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, event, load};
    use super::super::{DENSITIES, TimelineOptions, layout_with};
    use crate::scene::{Role, Shape};
    use crate::text::FixedMeasure;

    #[test]
    fn a_day_is_a_dot_on_every_participants_lane_a_month_is_a_capsule() {
        let model = load(CASE);
        let opts = TimelineOptions::default();
        let (scene, _) = layout_with(&model, &FixedMeasure { em: 0.5 }, &opts, &DENSITIES[0]);
        let marks_of = |id: &str| {
            scene
                .items
                .iter()
                .filter(|it| it.role == Role::Mark && it.record.as_deref() == Some(id))
                .map(|it| &it.shape)
                .collect::<Vec<_>>()
        };
        let arrests = marks_of("arrests");
        assert_eq!(arrests.len(), 2, "one dot on each participant's lane");
        assert!(arrests.iter().all(|s| matches!(s, Shape::Circle { .. })));
        let raid = marks_of("customs-raid");
        assert!(matches!(raid[..], [Shape::Rect { rect, .. }] if rect.w > 20.0));
        // The two dots of one event share its x, joined by a connector.
        let xs: Vec<f64> = arrests
            .iter()
            .filter_map(|s| match s {
                Shape::Circle { cx, .. } => Some(*cx),
                _ => None,
            })
            .collect();
        assert_eq!(xs[0], xs[1]);
        let e = event(&model, "arrests");
        assert!(scene.items.iter().any(|it| {
            it.record.as_deref() == Some(model[e].id.as_str())
                && matches!(it.shape, Shape::Line { x1, y1, y2, .. } if x1 == xs[0] && y2 > y1)
        }));
    }

    #[test]
    fn event_labels_sit_above_the_lanes_with_name_and_date() {
        let model = load(CASE);
        let (scene, omitted) = layout_with(
            &model,
            &FixedMeasure { em: 0.5 },
            &TimelineOptions::default(),
            &DENSITIES[0],
        );
        assert_eq!(omitted, 0);
        let label = |text: &str| {
            scene.items.iter().find_map(|it| match &it.shape {
                Shape::Text { text: t, bbox, .. } if t == text => Some(*bbox),
                _ => None,
            })
        };
        let name = label("Takedown").expect("the takedown is labelled");
        let date = label("20 May 2021").expect("with its date");
        assert!(name.bottom() <= date.y, "the name above its date");
        let first_dot = scene
            .items
            .iter()
            .find_map(|it| match it.shape {
                Shape::Circle { cy, .. } => Some(cy),
                _ => None,
            })
            .unwrap();
        assert!(date.bottom() < first_dot, "labels above the lanes");
        assert_eq!(
            scene.items.iter().filter_map(|it| it.step).max(),
            Some(3),
            "three events, three steps"
        );
    }
}
