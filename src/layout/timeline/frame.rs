//! The time shown and the page across: the date domain, the columns for group and
//! lane labels, and the x scale of the plot.

use chrono::{Duration, NaiveDate};

use super::context::{context_group, context_lane};
use super::lanes::{Lane, Lanes};
use super::{Inputs, Size};
use crate::layout::kit::MARGIN;
use crate::layout::scale::{BrokenScale, Scale};
use crate::model::{ContextRef, PartialDate, Period, Qualifier};
use crate::text::Weight;

/// How wide a break in the time axis is drawn, whatever the time it leaves out.
const BREAK_W: f64 = 44.0;

/// The interval a partial date covers, as days `[first, after_last)`.
pub(super) fn span_days(d: &PartialDate) -> (NaiveDate, NaiveDate) {
    (d.first_day(), d.last_day() + Duration::days(1))
}

/// The dates the timeline covers.
#[derive(Clone, Debug)]
pub(super) struct Domain {
    /// First and after-last day of everything on a lane (the subtitle's years).
    pub(super) lo: NaiveDate,
    pub(super) hi: NaiveDate,
    /// The axis: `lo..hi` padded, or the window asked for.
    pub(super) d0: NaiveDate,
    pub(super) d1: NaiveDate,
    /// Stretches the axis compresses (`from..to`), in date order.
    pub(super) breaks: Vec<(NaiveDate, NaiveDate)>,
    /// Nothing to draw: `lo..hi` is a stand-in year.
    pub(super) empty: bool,
}

/// Room on the axis before and after `days` of data: a little, more after (for
/// open-ended bars).
fn padding(days: i64) -> (Duration, Duration) {
    let days = days.max(1) as f64;
    (
        Duration::days((days * 0.03).max(10.0) as i64),
        Duration::days((days * 0.07).max(20.0) as i64),
    )
}

impl Domain {
    /// Guarantees: every bar and every event on a lane lies within `lo..hi`; the
    /// axis adds a little room on each side (more after, for open-ended bars)
    /// unless a window is asked for, which it then shows exactly. Context records
    /// widen it only when there is nothing else to show.
    pub(super) fn new(at: &Inputs, lanes: &[Lane], periods: &[Period]) -> Domain {
        let (model, opts) = (at.model, at.opts);
        let mut lo: Option<NaiveDate> = None;
        let mut hi: Option<NaiveDate> = None;
        let mut see = |d: NaiveDate| {
            lo = Some(lo.map_or(d, |l| l.min(d)));
            hi = Some(hi.map_or(d, |h| h.max(d)));
        };
        for lane in lanes {
            for b in &lane.bars {
                let (s0, s1) = span_days(&b.period.start);
                see(if b.period.start.qualifier() == Qualifier::OnOrBefore {
                    s1
                } else {
                    s0
                });
                see(s1);
                if let Some(e) = b.period.end {
                    see(span_days(&e).1);
                }
            }
        }
        // Each event once, though it sits on every participant's lane.
        let mut on_a_lane = vec![false; model.events.len()];
        for lane in lanes {
            for e in &lane.events {
                if let Some(seen) = on_a_lane.get_mut(e.0) {
                    *seen = true;
                }
            }
        }
        for (i, p) in periods.iter().enumerate() {
            if on_a_lane[i] {
                see(span_days(&p.start).0);
                see(span_days(&p.end.unwrap_or(p.start)).1);
            }
        }
        let nothing_else = lanes
            .iter()
            .all(|l| l.bars.is_empty() && l.events.is_empty());
        if nothing_else && opts.context {
            for c in &model.context {
                see(c.date.first_day());
                see(c.date.last_day() + Duration::days(1));
            }
        }
        let empty = lo.is_none();
        let (lo, hi) = match (lo, hi) {
            (Some(l), Some(h)) => (l, h),
            _ => {
                let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
                (d, d + Duration::days(365))
            }
        };
        let (before, after) = padding((hi - lo).num_days());
        let mut d0 = lo - before;
        let mut d1 = hi + after;
        if let Some(f) = &opts.from {
            d0 = f.first_day();
        }
        if let Some(t) = &opts.to {
            d1 = t.last_day() + Duration::days(1);
        }
        // A window past everything shown but an open-ended team (or before
        // everything, with only `to`) would run backwards: it keeps the day
        // asked for.
        if d1 <= d0 {
            if opts.to.is_some() {
                d0 = d1 - Duration::days(1);
            } else {
                d1 = d0 + Duration::days(1);
            }
        }
        Domain {
            lo,
            hi,
            d0,
            d1,
            breaks: Vec::new(),
            empty,
        }
    }

    /// Compresses the long stretches where nothing changes (unless the axis is
    /// linear; see [`super::quiet::quiet_stretches`]). Guarantees: the room before
    /// and after the data is then that for the time still drawn to scale, so it
    /// stays a little room; a window asked for is still shown exactly.
    pub(super) fn break_quiet_stretches(
        &mut self,
        at: &Inputs,
        lanes: &[Lane],
        periods: &[Period],
        context: &[ContextRef],
    ) {
        let (d0, d1) = (self.d0, self.d1);
        self.breaks = super::quiet::quiet_stretches(
            at,
            lanes,
            periods,
            context,
            (d0, d1),
            (self.lo, self.hi),
        );
        if self.breaks.is_empty() {
            return;
        }
        let left_out: i64 = self.breaks.iter().map(|(a, z)| (*z - *a).num_days()).sum();
        let (before, after) = padding((self.hi - self.lo).num_days() - left_out);
        if at.opts.from.is_none() {
            self.d0 = self.lo - before;
        }
        if at.opts.to.is_none() {
            self.d1 = self.hi + after;
        }
    }
}

/// Canvases narrower than this (a phone's column) set lane and group names
/// above the lanes rather than in columns beside them.
pub(super) const STACKED_UNDER: f64 = 600.0;

/// The page across: canvas size, label columns and the plot's x scale.
#[derive(Clone, Debug)]
pub(super) struct Frame {
    pub(super) width: f64,
    /// The canvas height asked for, if fixed.
    pub(super) fixed_height: Option<f64>,
    /// Left edge and width of the group labels' column (0 wide without groups).
    pub(super) group_x: f64,
    pub(super) group_col: f64,
    /// Left edge and width of the lane labels' column.
    pub(super) lane_x: f64,
    pub(super) lane_col: f64,
    /// The plot's left and right edges.
    pub(super) x0: f64,
    pub(super) x1: f64,
    /// On a canvas narrower than [`STACKED_UNDER`]: names go above their lanes,
    /// a group's above its first, and the plot takes the whole width.
    pub(super) stacked: bool,
    /// The first day of the axis.
    pub(super) d0: NaiveDate,
    pub(super) scale: BrokenScale,
}

impl Frame {
    /// Guarantees: the label columns are as wide as their widest label, but at most
    /// a fifth (lanes) and a seventh (groups) of the width; the plot takes the rest
    /// up to the right margin, each of the domain's breaks a short fixed width of it.
    pub(super) fn new(at: &Inputs, lanes: &Lanes, has_context: bool, domain: &Domain) -> Frame {
        let (m, d) = (at.m, at.d);
        let (width, fixed_height) = match at.opts.size {
            Size::Auto => (1920.0, None),
            Size::Column { width } => (width, None),
            Size::Fixed { width, height } => (width, Some(height)),
        };
        let lane_col = lanes
            .lanes
            .iter()
            .map(|l| m.width(&l.label, d.lane_type, Weight::Regular))
            .chain(has_context.then(|| m.width(context_lane(), d.lane_type, Weight::Regular)))
            .fold(0.0, f64::max)
            .min(width * 0.2);
        let group_col = lanes
            .groups
            .iter()
            .map(|g| m.width(&g.label, d.group_type, Weight::Semibold))
            .chain(
                (has_context && !lanes.groups.is_empty())
                    .then(|| m.width(context_group(), d.group_type, Weight::Semibold)),
            )
            .fold(0.0, f64::max)
            .min(width * 0.14);
        let stacked = width < STACKED_UNDER;
        let (group_x, lane_x) = if stacked {
            (MARGIN, MARGIN)
        } else {
            let lane_x = MARGIN
                + if group_col > 0.0 {
                    group_col + 20.0
                } else {
                    0.0
                };
            (MARGIN, lane_x)
        };
        let x1 = width - MARGIN;
        let (group_col, lane_col, x0) = if stacked {
            // Names above the lanes have the width to themselves.
            let full = x1 - MARGIN;
            (if group_col > 0.0 { full } else { 0.0 }, full, MARGIN + 8.0)
        } else {
            (group_col, lane_col, lane_x + lane_col + 24.0)
        };
        Frame {
            width,
            fixed_height,
            group_x,
            group_col,
            lane_x,
            lane_col,
            x0,
            x1,
            stacked,
            d0: domain.d0,
            scale: BrokenScale::new(domain.d0, domain.d1, x0, x1, &domain.breaks, BREAK_W),
        }
    }

    /// `x` kept within the plot.
    pub(super) fn clamp(&self, x: f64) -> f64 {
        x.clamp(self.x0, self.x1)
    }

    /// The day's position, kept within the plot.
    pub(super) fn x(&self, d: NaiveDate) -> f64 {
        self.clamp(self.scale.map(d))
    }

    /// The middle of the interval a date covers, within the plot.
    pub(super) fn mid(&self, d: &PartialDate) -> f64 {
        let (a, b) = span_days(d);
        (self.x(a) + self.x(b)) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{CASE, load};
    use super::super::{DENSITIES, TimelineOptions};
    use super::*;
    use crate::text::FixedMeasure;

    fn domain(opts: &TimelineOptions) -> Domain {
        let model = load(CASE);
        let m = FixedMeasure { em: 0.5 };
        let at = Inputs {
            model: &model,
            m: &m,
            opts,
            d: &DENSITIES[0],
        };
        let shown = super::super::lanes::Shown::new(&model, opts);
        let focus = super::super::focus::focus_circle(&model, opts);
        let lanes = super::super::lanes::collect_lanes(&at, &shown, &focus);
        Domain::new(&at, &lanes.lanes, &shown.periods)
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_axis_covers_every_bar_and_event_with_room_after() {
        let d = domain(&TimelineOptions::default());
        assert_eq!(d.lo, day("2020-03-15"));
        // Team B has no end: its bar runs to the end of its start month at least;
        // the last event is the takedown, the day after it is the end.
        assert_eq!(d.hi, day("2021-07-01"));
        assert!(d.d0 < d.lo && d.d1 > d.hi);
        assert!((d.d1 - d.hi) > (d.lo - d.d0), "more room after than before");
    }

    #[test]
    fn a_window_is_shown_exactly() {
        let opts = TimelineOptions {
            from: Some(PartialDate::parse("2020-06").unwrap()),
            to: Some(PartialDate::parse("2021").unwrap()),
            ..TimelineOptions::default()
        };
        let d = domain(&opts);
        assert_eq!((d.d0, d.d1), (day("2020-06-01"), day("2022-01-01")));
    }
}
