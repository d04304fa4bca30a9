//! Crowded moments: events on the same or nearby days, whose marks could not be
//! told apart, drawn as one cluster mark; every other event is a moment of its own.

use std::sync::Arc;

use super::band::TAG_PAD;
use super::events::{EventGeom, EventMarks, Lines, Member, OnLane, lane_mark};
use super::lanes::Lane;
use super::{Inputs, MARKER_R, Pen, Type};
use crate::model::EventRef;
use crate::scene::{Anchor, Paint, Rect, Role, Shape, Stroke};
use crate::text::{TextMeasure, Weight};

/// One mark across the lanes: a single event, or a cluster of events too close
/// in time to draw apart.
#[derive(Clone, Debug)]
pub(super) struct Moment {
    /// Its events, in anchor order (x, then model order).
    pub(super) events: Vec<EventRef>,
    /// Where its connector and leader run: a single event's anchor, or the
    /// middle of a cluster's anchors.
    pub(super) x: f64,
}

impl Moment {
    /// More than one event.
    pub(super) fn is_cluster(&self) -> bool {
        self.events.len() > 1
    }
}

/// The sizes clusters are drawn at, and how far apart moments must be.
#[derive(Clone, Copy, Debug)]
pub(super) struct CrowdSize {
    /// Radius of a cluster's disc on a lane, wide enough for its count.
    pub(super) disc_r: f64,
    /// Closest two moments may be, whatever they are: half the widest number
    /// tag the band may need, and 7 px, so that tags find room.
    least: f64,
}

impl CrowdSize {
    /// Guarantees: a disc holds any count up to the number of shown events in
    /// [`Type::COUNT`] with 3 px to spare each side; a number tag for as many
    /// moments as fit across `plot_w` is narrower than twice [`CrowdSize::least`]
    /// less 14 px.
    pub(super) fn new(m: &dyn TextMeasure, shown_events: usize, plot_w: f64) -> CrowdSize {
        let eights = |n: usize| "8".repeat(n.max(1).to_string().len());
        let widest = m.width(&eights(shown_events), Type::COUNT, Weight::Semibold);
        let disc_r = (widest / 2.0 + 3.0).max(MARKER_R + 4.0);
        let most_moments = (plot_w.max(0.0) / (2.0 * MARKER_R + GAP)) as usize + 1;
        let tag = m.width(&eights(most_moments), Type::TAG, Weight::Semibold) + 2.0 * TAG_PAD;
        CrowdSize {
            disc_r,
            least: (2.0 * MARKER_R + GAP).max(tag / 2.0 + 7.0),
        }
    }

    /// How far apart two moments' x must be, each a cluster or not: their marks
    /// (a day's dot, a cluster's disc) keep [`GAP`] px apart.
    fn apart(&self, a: bool, b: bool) -> f64 {
        let r = |cluster: bool| if cluster { self.disc_r } else { MARKER_R };
        self.least.max(r(a) + r(b) + GAP)
    }
}

/// Space between two moments' marks on one lane, in px.
const GAP: f64 = 5.0;

/// The shown events (`shown`) as moments, left to right. Guarantees: every shown
/// event is in exactly one moment; any two moments are as far apart as their
/// marks need ([`CrowdSize::apart`]); events join a cluster only to keep that
/// (walking the anchors in order, an event joins the moment before it when
/// nearer than the least spacing to its last event and nearer than twice a
/// cluster's spacing to its first, so a dense stretch becomes several clusters,
/// not one; then neighbours still too close merge).
pub(super) fn gather(shown: &[EventRef], geom: &[EventGeom], size: &CrowdSize) -> Vec<Moment> {
    let mut by_x: Vec<(f64, EventRef)> = shown.iter().map(|&e| (geom[e.0].x, e)).collect();
    by_x.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // Each moment with its first and last anchor.
    let mut moments: Vec<(Moment, f64, f64)> = Vec::new();
    let window = 2.0 * size.apart(true, true);
    for (x, e) in by_x {
        match moments.last_mut() {
            Some((open, first, last)) if x - *last < size.least && x - *first < window => {
                open.events.push(e);
                *last = x;
                open.x = (*first + x) / 2.0;
            }
            _ => moments.push((Moment { events: vec![e], x }, x, x)),
        }
    }
    // A cluster's disc is wider than a dot: merge until every neighbour is far
    // enough. Each merge leaves one moment fewer, so this ends.
    loop {
        let mut merged = false;
        let mut out: Vec<(Moment, f64, f64)> = Vec::with_capacity(moments.len());
        for (mo, first, last) in moments {
            match out.last_mut() {
                Some((prev, p_first, p_last))
                    if mo.x - prev.x < size.apart(prev.is_cluster(), mo.is_cluster()) =>
                {
                    prev.events.extend(mo.events);
                    *p_first = p_first.min(first);
                    *p_last = p_last.max(last);
                    prev.x = (*p_first + *p_last) / 2.0;
                    merged = true;
                }
                _ => out.push((mo, first, last)),
            }
        }
        moments = out;
        if !merged {
            break;
        }
    }
    moments.into_iter().map(|(mo, _, _)| mo).collect()
}

/// By event index: the x of the cluster it is drawn in, if it is in one.
pub(super) fn cluster_x(moments: &[Moment], n_events: usize) -> Vec<Option<f64>> {
    let mut out = vec![None; n_events];
    for mo in moments.iter().filter(|mo| mo.is_cluster()) {
        for e in &mo.events {
            out[e.0] = Some(mo.x);
        }
    }
    out
}

/// By moment: the stretches of y (sorted) where its leader or connector would
/// pass over another moment's mark, which only a span's capsule can reach
/// (other marks keep `spacing` apart). Guarantees: every capsule box on a lane
/// that covers a moment's x within 2 px, and is not that moment's own, is listed
/// for it, 2 px taller each way. Each capsule is checked against the few moments
/// under it, found by x.
pub(super) fn line_cuts(
    moments: &[Moment],
    lanes: &[Lane],
    geom: &[EventGeom],
    boxes: &[Vec<Rect>],
) -> Vec<Vec<(f64, f64)>> {
    let mut cuts: Vec<Vec<(f64, f64)>> = vec![Vec::new(); moments.len()];
    let n_events = geom.len();
    let mut moment_of = vec![usize::MAX; n_events];
    for (i, mo) in moments.iter().enumerate() {
        for e in &mo.events {
            moment_of[e.0] = i;
        }
    }
    for (i, lane) in lanes.iter().enumerate() {
        for (k, e) in lane.events.iter().enumerate() {
            if geom[e.0].span.is_none() {
                continue;
            }
            let Some(b) = boxes[i].get(k) else { continue };
            let from = moments.partition_point(|mo| mo.x < b.x - 2.0);
            for (j, mo) in moments.iter().enumerate().skip(from) {
                if mo.x > b.right() + 2.0 {
                    break;
                }
                if j != moment_of[e.0] {
                    cuts[j].push((b.y - 2.0, b.bottom() + 2.0));
                }
            }
        }
    }
    for c in &mut cuts {
        c.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    }
    cuts
}

/// By moment: the stretch its leader and connector run down, from `top` to the
/// foot of its lowest mark, 3 px wide each side, for labels to keep off.
pub(super) fn connector_boxes(
    moments: &[Moment],
    lanes: &[Lane],
    (boxes, n_events): (&[Vec<Rect>], usize),
    top: f64,
) -> Vec<Rect> {
    let mut foot = vec![f64::NEG_INFINITY; moments.len()];
    let mut moment_of = vec![usize::MAX; n_events];
    for (i, mo) in moments.iter().enumerate() {
        for e in &mo.events {
            moment_of[e.0] = i;
        }
    }
    for (lane, lane_boxes) in lanes.iter().zip(boxes) {
        for (e, b) in lane.events.iter().zip(lane_boxes) {
            if let Some(f) = moment_of.get(e.0).and_then(|&i| foot.get_mut(i)) {
                *f = f.max(b.bottom());
            }
        }
    }
    moments
        .iter()
        .zip(foot)
        .filter(|(_, f)| f.is_finite())
        .map(|(mo, f)| Rect::new(mo.x - 3.0, top, 6.0, (f - top).max(0.0)))
        .collect()
}

/// An event's record and hover text, shared by its marks.
type Handles = (Option<Arc<str>>, Option<Arc<str>>);

/// Draws a cluster: one leader and one connector through all its events'
/// lanes, and on each lane a disc (over the capsules of its events that span
/// time) with the number of the cluster's events that lane took part in.
/// Guarantees: each event known to the day gets its own disc on each of its
/// lanes, and one over a span its capsule (and a disc where no day has one),
/// each carrying its record, tooltip, lane and step, all discs at the cluster's
/// x, so the cluster reads as one mark; the leader and connector carry the first event's record and the
/// earliest step; a lane's count appears with the last of its events.
pub(super) fn draw_cluster(
    pen: &mut Pen,
    at: &Inputs,
    members: Vec<Member>,
    lines: &Lines,
    disc_r: f64,
) {
    let theme = at.theme();
    let opacity = if members.iter().any(|m| m.marks.focus) {
        1.0
    } else {
        theme.dim
    };
    let record: Option<Arc<str>> = Some(members[0].marks.record.into());
    let mut own: Vec<f64> = members
        .iter()
        .flat_map(|m| m.on.iter().map(|l| l.mid))
        .collect();
    own.sort_by(f64::total_cmp);
    own.dedup();
    let span = (
        own.first().copied().unwrap_or(f64::MAX),
        own.last().copied().unwrap_or(f64::MIN),
    );
    let first_item = lines.draw(pen, at, span, &own, (&record, opacity));
    let step = members.iter().filter_map(|m| m.marks.step).min();
    for item in &mut pen.scene.items[first_item..] {
        item.step = step;
    }
    // Member by member, so that each event's marks follow one another (a web
    // picture writes their shared hover text once): capsules first, then discs
    // over them, then the counts over the discs.
    let handles: Vec<Handles> = members
        .iter()
        .map(|m| {
            (
                Some(m.marks.record.into()),
                Some(m.marks.tooltip.as_str().into()),
            )
        })
        .collect();
    let lane_opacity = |on: &OnLane| if on.focus { opacity } else { theme.dim };
    for (member, (record, tooltip)) in members.iter().zip(&handles) {
        for on in member.on.iter().filter(|_| !member.marks.point) {
            let idx = pen
                .scene
                .push(Role::Mark, lane_mark(theme, member.marks, lines.x, on));
            pen.annotate(idx, record.clone(), tooltip.clone(), lane_opacity(on));
            pen.scene.items[idx].lane = on.key.clone();
            pen.scene.items[idx].step = member.marks.step;
        }
    }
    // A span has its capsule; it gets a disc only on a lane where no day does.
    let mut day_lanes: Vec<f64> = members
        .iter()
        .filter(|m| m.marks.point)
        .flat_map(|m| m.on.iter().map(|l| l.mid))
        .collect();
    for (member, (record, tooltip)) in members.iter().zip(&handles) {
        for on in &member.on {
            if !member.marks.point {
                if day_lanes.contains(&on.mid) {
                    continue;
                }
                day_lanes.push(on.mid);
            }
            let disc = Shape::Circle {
                cx: lines.x,
                cy: on.mid,
                r: disc_r,
                fill: Paint::Solid(theme.event, 1.0),
                stroke: Some(Stroke {
                    color: theme.background,
                    width: 2.5,
                    dash: None,
                    opacity: 1.0,
                }),
            };
            let idx = pen.scene.push(Role::Mark, disc);
            pen.annotate(idx, record.clone(), tooltip.clone(), lane_opacity(on));
            pen.scene.items[idx].lane = on.key.clone();
            pen.scene.items[idx].step = member.marks.step;
        }
    }
    // Each lane's share of the cluster, lane by lane down the page.
    let mut on_lanes: Vec<(usize, &OnLane)> = members
        .iter()
        .enumerate()
        .flat_map(|(i, m)| m.on.iter().map(move |l| (i, l)))
        .collect();
    on_lanes.sort_by(|a, b| a.1.mid.total_cmp(&b.1.mid).then(a.0.cmp(&b.0)));
    let mut start = 0;
    while start < on_lanes.len() {
        let mid = on_lanes[start].1.mid;
        let end = start + on_lanes[start..].partition_point(|(_, l)| l.mid == mid);
        let share: Vec<&EventMarks> = on_lanes[start..end]
            .iter()
            .map(|(i, _)| members[*i].marks)
            .collect();
        let lane = on_lanes[start].1;
        draw_count(pen, at, &share, (lines.x, lane), lane_opacity(lane) < 1.0);
        start = end;
    }
}

/// How many of a cluster's events (`share`) a lane took part in, inside its
/// disc at `x`, appearing with the last of them.
fn draw_count(
    pen: &mut Pen,
    at: &Inputs,
    share: &[&EventMarks],
    (x, lane): (f64, &OnLane),
    dimmed: bool,
) {
    let (m, theme) = (at.m, at.theme());
    // The count is part of the disc, inside it: drawn as decoration, not as a
    // label that must keep off marks. Dimmed, it keeps the text colour, which
    // reads on a faded disc where the background colour would not.
    let ink = if dimmed { theme.text } else { theme.background };
    let baseline = lane.mid + (m.ascent(Type::COUNT) - m.descent(Type::COUNT)) / 2.0;
    let idx = pen.text(
        x,
        baseline,
        &share.len().to_string(),
        Type::COUNT,
        Weight::Semibold,
        ink,
        Anchor::Middle,
    );
    let item = &mut pen.scene.items[idx];
    item.role = Role::Decoration;
    // Names only, and few: a large case has a count on thousands of lanes.
    let mut tip = crate::i18n::t!("tip-lane-cluster", count = share.len());
    for mk in share.iter().take(5) {
        tip.push('\n');
        tip.push_str(mk.tooltip.lines().next().unwrap_or_default());
    }
    if share.len() > 5 {
        tip.push('\n');
        tip.push_str(&crate::i18n::t!("tip-and-more", count = share.len() - 5));
    }
    item.tooltip = Some(tip.into());
    item.lane = lane.key.clone();
    item.step = share.iter().filter_map(|mk| mk.step).max();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FixedMeasure;

    fn size() -> CrowdSize {
        CrowdSize::new(&FixedMeasure { em: 0.5 }, 50, 1500.0)
    }

    fn moments(xs: &[f64]) -> Vec<Moment> {
        let shown: Vec<EventRef> = (0..xs.len()).map(EventRef).collect();
        let geom: Vec<EventGeom> = xs.iter().map(|&x| EventGeom { x, span: None }).collect();
        gather(&shown, &geom, &size())
    }

    fn groups(m: &[Moment]) -> Vec<Vec<usize>> {
        m.iter()
            .map(|m| m.events.iter().map(|e| e.0).collect())
            .collect()
    }

    #[test]
    fn events_closer_than_their_marks_share_one_mark() {
        let s = size();
        assert_eq!((s.least, s.disc_r), (21.0, 12.0));
        let m = moments(&[100.0, 100.0, 110.0, 200.0, 300.0, 322.0, 400.0, 425.0]);
        // Two dots 22 px apart stay apart, a dot 25 px from a cluster does not.
        assert_eq!(
            groups(&m),
            [vec![0, 1, 2], vec![3], vec![4], vec![5], vec![6], vec![7]]
        );
        assert_eq!(m[0].x, 105.0);
        let m = moments(&[100.0, 100.0, 121.0]);
        assert_eq!(
            groups(&m),
            [vec![0, 1, 2]],
            "a dot too near a cluster joins it"
        );
    }

    #[test]
    fn a_dense_stretch_splits_into_clusters_that_stay_apart() {
        // An event every 10 px: one cluster would stand for the whole stretch.
        let xs: Vec<f64> = (0..50).map(|i| 100.0 + 10.0 * i as f64).collect();
        let m = moments(&xs);
        assert!(m.len() > 5, "{} moments", m.len());
        assert_eq!(m.iter().map(|m| m.events.len()).sum::<usize>(), 50);
        let s = size();
        for w in m.windows(2) {
            let need = s.apart(w[0].is_cluster(), w[1].is_cluster());
            assert!(w[1].x - w[0].x >= need, "{} then {}", w[0].x, w[1].x);
        }
    }
}
