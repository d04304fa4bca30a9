//! Events on the lanes: where each event sits across, its marker on every lane it
//! belongs to, the connector between those lanes, the leader up to its label in
//! the band, and the label itself.

use std::sync::Arc;

use super::band::{Band, LabelText};
use super::crowd::draw_cluster;
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

/// The boxes event markers take on each lane: first one per event, in the
/// lane's event order (a span's marker is drawn in its box), then a cluster's
/// disc once per lane it is on. Bar labels keep clear of them all.
/// `cluster_x` is, by event index, the x of the cluster the event is drawn in.
pub(super) fn marker_boxes(
    lanes: &[Lane],
    geom: &[EventGeom],
    rows: &LaneRows,
    (cluster_x, disc_r): (&[Option<f64>], f64),
) -> Vec<Vec<Rect>> {
    let mut boxes: Vec<Vec<Rect>> = vec![Vec::new(); lanes.len()];
    for (i, lane) in lanes.iter().enumerate() {
        let mid = rows.mid(i);
        let dot =
            |x: f64, r: f64| Rect::new(x - r - 2.0, mid - r - 2.0, 2.0 * r + 4.0, 2.0 * r + 4.0);
        let mut discs: Vec<f64> = Vec::new();
        for e in &lane.events {
            let g = &geom[e.0];
            boxes[i].push(match (g.span, cluster_x[e.0]) {
                (None, None) => dot(g.x, MARKER_R),
                (None, Some(x)) => dot(x, disc_r),
                (Some((a, b)), _) => Rect::new(a, mid - 9.0, (b - a).max(6.0), 18.0),
            });
            // A span in a cluster keeps its capsule, with the cluster's disc on it.
            if let (Some(_), Some(x)) = (g.span, cluster_x[e.0])
                && !discs.contains(&x)
            {
                discs.push(x);
            }
        }
        boxes[i].extend(discs.into_iter().map(|x| dot(x, disc_r)));
    }
    boxes
}

/// What an event's mark on one lane needs.
#[derive(Clone, Default)]
pub(super) struct OnLane {
    pub(super) mid: f64,
    pub(super) focus: bool,
    /// The event's own box on the lane, if the event spans time.
    pub(super) marker: Option<Rect>,
    /// The lane's key, handed to the event's mark there (each event is drawn once).
    pub(super) key: Option<Arc<str>>,
    /// The lane is an agency of low confidence: its part in the event is as
    /// uncertain as the agency.
    pub(super) low: bool,
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
        model: &crate::model::Model,
        lanes: &[Lane],
        rows: &LaneRows,
        boxes: &[Vec<Rect>],
    ) -> EventLanes {
        let n_events = model.events.len();
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
            let low = lane.agency.is_some_and(|a| model[a].assurance.is_low());
            for (k, e) in lane.events.iter().enumerate() {
                on[filled[e.0]] = OnLane {
                    mid,
                    focus: lane.focus,
                    marker: boxes[i].get(k).copied(),
                    key: Some(lane.key.clone()),
                    low,
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
    pub(super) record: &'m str,
    pub(super) tooltip: String,
    pub(super) point: bool,
    dashed: bool,
    /// Low confidence: drawn hatched.
    pub(super) low: bool,
    pub(super) focus: bool,
    pub(super) step: Option<u32>,
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
            low: model[e].assurance.is_low(),
            focus: focus.event(model, e),
            step: steps.event(e),
        });
    }
    marks
}

/// How moments are drawn beyond their events: the clusters' disc size and,
/// by moment, the stretches of its lines that pass behind another event's mark.
pub(super) struct MomentLook {
    pub(super) disc_r: f64,
    pub(super) cuts: Vec<Vec<(f64, f64)>>,
}

/// Draws every moment, left to right: a dashed leader from its label in the band
/// down to its topmost lane (to the bottom of the lanes if it is on none), a
/// connector through its lanes when it is on several, and a marker on each lane
/// (a dot for a day, a capsule for a span, dashed when approximate; a cluster
/// draws a disc with a count instead of a dot). Guarantees: every item of an
/// event carries its record and step; marks on out-of-focus lanes are dimmed; a
/// leader or connector breaks where it would pass over another moment's mark.
pub(super) fn draw_event_marks(
    pen: &mut Pen,
    at: &Inputs,
    band: &Band,
    marks: &[Option<EventMarks>],
    mut lanes: EventLanes,
    (lanes_bottom, look): (f64, &MomentLook),
) {
    let mut label_row: Vec<Option<usize>> = vec![None; band.moments.len()];
    for l in &band.labels {
        label_row[l.moment] = Some(l.at.row);
    }
    for (rank, moment) in band.moments.iter().enumerate() {
        let members: Vec<Member> = moment
            .events
            .iter()
            .filter_map(|e| {
                let marks = marks[e.0].as_ref()?;
                let on = &mut lanes.on[lanes.start[e.0]..lanes.start[e.0 + 1]];
                Some(Member {
                    marks,
                    on: on.iter_mut().map(std::mem::take).collect(),
                })
            })
            .collect();
        if members.is_empty() {
            continue;
        }
        let lines = Lines {
            x: moment.x,
            leader_from: label_row[rank].map(|row| band.row_bottom(row)),
            lanes_bottom,
            cuts: &look.cuts[rank],
        };
        if moment.is_cluster() {
            draw_cluster(pen, at, members, &lines, look.disc_r);
        } else if let Some(member) = members.into_iter().next() {
            draw_event(pen, at, member, &lines);
        }
    }
}

/// One event of a moment, with its lanes.
pub(super) struct Member<'a> {
    pub(super) marks: &'a EventMarks<'a>,
    pub(super) on: Vec<OnLane>,
}

/// Where a moment's lines run.
pub(super) struct Lines<'a> {
    pub(super) x: f64,
    /// The bottom of the moment's label row, if it has a label.
    pub(super) leader_from: Option<f64>,
    pub(super) lanes_bottom: f64,
    /// Stretches of y to leave out, where another moment's mark is.
    pub(super) cuts: &'a [(f64, f64)],
}

impl Lines<'_> {
    /// Draws the leader from the label down to `top_mid` (the lanes' bottom
    /// when the moment is on no lane) and the connector from `top_mid` to
    /// `bottom_mid` when they differ; returns the first item drawn. `own` are the
    /// middles of the moment's lanes, where its own marks cover the line.
    pub(super) fn draw(
        &self,
        pen: &mut Pen,
        at: &Inputs,
        (top_mid, bottom_mid): (f64, f64),
        own: &[f64],
        (record, opacity): (&Option<Arc<str>>, f64),
    ) -> usize {
        let theme = at.theme();
        let first_item = pen.scene.items.len();
        if let Some(row_bottom) = self.leader_from {
            let end = if own.is_empty() {
                self.lanes_bottom
            } else {
                top_mid
            };
            let stroke = Stroke {
                color: theme.muted,
                width: 1.5,
                dash: Some((3.0, 3.0)),
                opacity: 0.8,
            };
            self.segments(pen, (row_bottom - 6.0, end), own, stroke, (record, opacity));
        }
        if !own.is_empty() && bottom_mid > top_mid {
            let stroke = Stroke {
                color: theme.event,
                width: 2.5,
                dash: None,
                opacity: 0.55,
            };
            self.segments(pen, (top_mid, bottom_mid), own, stroke, (record, opacity));
        }
        first_item
    }

    /// The line from `y1` to `y2`, left out over the cuts that hold none of `own`.
    fn segments(
        &self,
        pen: &mut Pen,
        (y1, y2): (f64, f64),
        own: &[f64],
        stroke: Stroke,
        (record, opacity): (&Option<Arc<str>>, f64),
    ) {
        let mut from = y1;
        let draw = |pen: &mut Pen, a: f64, b: f64| {
            if b > a {
                let shape = Shape::Line {
                    x1: self.x,
                    y1: a,
                    x2: self.x,
                    y2: b,
                    stroke,
                };
                let idx = pen.scene.push(Role::Decoration, shape);
                pen.annotate(idx, record.clone(), None, opacity);
            }
        };
        for &(c0, c1) in self.cuts {
            if c1 <= from || c0 >= y2 || own.iter().any(|m| (c0..=c1).contains(m)) {
                continue;
            }
            draw(pen, from, c0);
            from = from.max(c1);
        }
        draw(pen, from, y2);
    }
}

fn draw_event(pen: &mut Pen, at: &Inputs, member: Member, lines: &Lines) {
    let theme = at.theme();
    let marks = member.marks;
    let opacity = if marks.focus { 1.0 } else { theme.dim };
    // The items' shared handles are made here, in drawing order, not with the
    // marks: every item's copy of a handle touches it, and on a large case handles
    // made in the model's order would each be a separate wait on memory.
    let record: Option<Arc<str>> = Some(marks.record.into());
    let top_mid = member.on.iter().map(|l| l.mid).fold(f64::MAX, f64::min);
    let bottom_mid = member.on.iter().map(|l| l.mid).fold(f64::MIN, f64::max);
    let own: Vec<f64> = member.on.iter().map(|l| l.mid).collect();
    let first_item = lines.draw(pen, at, (top_mid, bottom_mid), &own, (&record, opacity));
    let tooltip: Option<Arc<str>> = Some(marks.tooltip.as_str().into());
    for on in member.on {
        let lane_opacity = if on.focus { opacity } else { theme.dim };
        let shape = lane_mark(theme, marks, lines.x, &on);
        let idx = pen.scene.push(Role::Mark, shape);
        pen.annotate(idx, record.clone(), tooltip.clone(), lane_opacity);
        pen.scene.items[idx].lane = on.key;
    }
    for item in &mut pen.scene.items[first_item..] {
        item.step = marks.step;
    }
}

/// An event's mark on one lane: a dot for a day, else a capsule over the span
/// (dashed when a date is approximate).
pub(super) fn lane_mark(theme: &Theme, marks: &EventMarks, x: f64, on: &OnLane) -> Shape {
    let mid = on.mid;
    let low = marks.low || on.low;
    if marks.point {
        Shape::Circle {
            cx: x,
            cy: mid,
            r: MARKER_R,
            fill: crate::layout::kit::mark_fill(theme.event, 1.0, low),
            stroke: Some(crate::layout::kit::mark_ring(theme, theme.event, low)),
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
            fill: crate::layout::kit::mark_fill(theme.event, 0.35, low),
            stroke: Some(Stroke {
                color: theme.event,
                width: 2.0,
                dash: marks.dashed.then_some((5.0, 3.0)),
                opacity: 0.9,
            }),
        }
    }
}

/// Draws the placed labels in the band: a name (one or two lines) above its
/// date, aligned as placed, or a number in a tag the moment's leader hangs from,
/// at the bottom of the label's row. Guarantees: a label's items carry its
/// event's record, tooltip and step (a cluster's: its first event's record, the
/// list of its events, its first step), and are dimmed when out of focus.
pub(super) fn draw_event_labels(
    pen: &mut Pen,
    at: &Inputs,
    band: &Band,
    marks: &[Option<EventMarks>],
    focus: &Focus,
) {
    let (m, theme) = (at.m, at.theme());
    for label in &band.labels {
        let moment = &band.moments[label.moment];
        let p = &label.at;
        let in_focus = moment.events.iter().any(|&e| focus.event(at.model, e));
        let opacity = if in_focus { 1.0 } else { theme.dim };
        let first = marks[moment.events[0].0].as_ref();
        let tooltip: Option<Arc<str>> = if moment.is_cluster() {
            Some(cluster_tooltip(moment.events.iter().filter_map(|e| marks[e.0].as_ref())).into())
        } else {
            first.map(|m| m.tooltip.as_str().into())
        };
        let record: Option<Arc<str>> = first.map(|m| m.record.into());
        let step = moment
            .events
            .iter()
            .filter_map(|e| marks[e.0].as_ref().and_then(|m| m.step))
            .min();
        let first_item = pen.scene.items.len();
        match &label.text {
            LabelText::Name { lines, date } => {
                let date_base = band.row_bottom(p.row) - 8.0 - m.descent(Type::EVENT_DATE);
                let (ax, anchor) = match p.align {
                    Anchor::Start => (p.x0, Anchor::Start),
                    Anchor::End => (p.x1, Anchor::End),
                    Anchor::Middle => ((p.x0 + p.x1) / 2.0, Anchor::Middle),
                };
                let mut base =
                    date_base - m.descent(Type::EVENT_DATE) - m.ascent(Type::EVENT_DATE) - 2.0;
                base -= (lines.len() - 1) as f64 * band.name_line;
                for line in lines {
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
                    date,
                    Type::EVENT_DATE,
                    Weight::Regular,
                    theme.muted,
                    anchor,
                );
                pen.annotate(idx, record, tooltip, opacity);
            }
            LabelText::Number { n, pill, aside } => {
                let bottom = band.row_bottom(p.row) - 6.0;
                let tag = Rect::new(pill.0, bottom - band.tag_h, pill.1 - pill.0, band.tag_h);
                // Out of focus, an outline: a faded fill would leave the number unreadable.
                let (fill, ink) = if in_focus {
                    (Paint::Solid(theme.event, 1.0), theme.background)
                } else {
                    (Paint::Solid(theme.background, 1.0), theme.muted)
                };
                let idx = pen.scene.push(
                    Role::Decoration,
                    Shape::Rect {
                        rect: tag,
                        radius: band.tag_h / 2.0,
                        fill,
                        stroke: Some(Stroke {
                            color: if in_focus { theme.event } else { theme.muted },
                            width: 1.5,
                            dash: None,
                            opacity: 1.0,
                        }),
                    },
                );
                pen.annotate(idx, record.clone(), tooltip.clone(), 1.0);
                let mid = bottom - band.tag_h / 2.0;
                let baseline = mid + (m.ascent(Type::TAG) - m.descent(Type::TAG)) / 2.0;
                let idx = pen.text(
                    (pill.0 + pill.1) / 2.0,
                    baseline,
                    &n.to_string(),
                    Type::TAG,
                    Weight::Semibold,
                    ink,
                    Anchor::Middle,
                );
                pen.annotate(idx, record.clone(), tooltip.clone(), 1.0);
                // A number pointing into the key: small print, like the key.
                pen.scene.items[idx].role = crate::scene::Role::Note;
                if let Some(aside) = aside {
                    let baseline =
                        mid + (m.ascent(Type::EVENT_DATE) - m.descent(Type::EVENT_DATE)) / 2.0;
                    let (ax, anchor) = if pill.1 < p.x1 {
                        (pill.1 + 6.0, Anchor::Start)
                    } else {
                        (pill.0 - 6.0, Anchor::End)
                    };
                    let idx = pen.text(
                        ax,
                        baseline,
                        aside,
                        Type::EVENT_DATE,
                        Weight::Regular,
                        theme.muted,
                        anchor,
                    );
                    pen.annotate(idx, record, tooltip, opacity);
                }
            }
        }
        for item in &mut pen.scene.items[first_item..] {
            item.step = step;
        }
    }
}

/// A cluster's hover text: how many events, then each one's name and date (at
/// most [`TOOLTIP_EVENTS`]; each event's own marks hold the rest of its details).
pub(super) fn cluster_tooltip<'a>(events: impl Iterator<Item = &'a EventMarks<'a>>) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    for m in events {
        if n < TOOLTIP_EVENTS {
            out.push('\n');
            for line in m.tooltip.lines().take(2) {
                out.push('\n');
                out.push_str(line);
            }
        }
        n += 1;
    }
    if n > TOOLTIP_EVENTS {
        out.push_str("\n\n");
        out.push_str(&crate::i18n::t!("tip-and-more", count = n - TOOLTIP_EVENTS));
    }
    format!("{}{out}", crate::i18n::t!("tip-cluster", count = n))
}

/// The most events a cluster's hover text names.
const TOOLTIP_EVENTS: usize = 20;

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
