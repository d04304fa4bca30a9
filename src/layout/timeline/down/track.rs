//! Time down the page: the broken scale of the timeline across, turned on its
//! side, with each day that holds entries stretched to the room they take.

use chrono::{Duration, NaiveDate};

use super::super::frame::Domain;
use crate::layout::scale::{BrokenScale, Scale};

/// How long a break in the time axis is drawn, whatever the time it leaves out.
const BREAK_H: f64 = 36.0;

/// Length of a year of time to scale, before days are stretched for their
/// entries: quiet months keep some length, so the axis still reads as time.
const YEAR_H: f64 = 90.0;

/// The axis's length to scale, at least and at most, before stretching.
const LEAST: f64 = 320.0;
const MOST: f64 = 1500.0;

/// The scale the column's time is drawn on before any day is stretched:
/// `domain`'s days from `top` down, its quiet stretches behind breaks, a year
/// [`YEAR_H`] long where that keeps it between [`LEAST`] and [`MOST`].
pub(super) fn base_scale(domain: &Domain, top: f64) -> BrokenScale {
    let left_out: i64 = domain
        .breaks
        .iter()
        .map(|(a, z)| (*z - *a).num_days())
        .sum();
    let drawn = ((domain.d1 - domain.d0).num_days() - left_out).max(1) as f64;
    let length = (drawn / 365.25 * YEAR_H).clamp(LEAST, MOST);
    let breaks = domain.breaks.len() as f64 * BREAK_H;
    BrokenScale::new(
        domain.d0,
        domain.d1,
        top,
        top + length + breaks,
        &domain.breaks,
        BREAK_H,
    )
}

/// One day stretched: where it begins and ends on the base scale, and the
/// room added to it.
#[derive(Clone, Copy, Debug)]
struct Stretch {
    from: f64,
    to: f64,
    added: f64,
}

/// Dates to y, down the page. Guarantees: `y` never decreases with the date;
/// a day given room by [`Track::new`] is at least that long; between
/// stretched days time is drawn to the base scale, so the gaps between
/// entries still say how much time passed (but for the breaks).
#[derive(Clone, Debug)]
pub(super) struct Track {
    pub(super) base: BrokenScale,
    /// In date order.
    stretches: Vec<Stretch>,
    /// Room added before each stretch.
    before: Vec<f64>,
}

impl Track {
    /// The base scale with each of `days` (in date order, each once) at least
    /// its room long.
    pub(super) fn new(base: BrokenScale, days: &[(NaiveDate, f64)]) -> Track {
        let mut stretches = Vec::with_capacity(days.len());
        let mut before = Vec::with_capacity(days.len());
        let mut added = 0.0;
        for &(day, room) in days {
            let (from, to) = (base.map(day), base.map(day + Duration::days(1)));
            let s = Stretch {
                from,
                to,
                added: (room - (to - from)).max(0.0),
            };
            before.push(added);
            added += s.added;
            stretches.push(s);
        }
        Track {
            base,
            stretches,
            before,
        }
    }

    /// A position on the base scale, down the stretched page.
    pub(super) fn pos(&self, p: f64) -> f64 {
        // The stretches that end at or before `p` have all their room above it.
        let k = self.stretches.partition_point(|s| s.to <= p);
        let mut y = p + self.before.get(k).copied().unwrap_or_else(|| self.total());
        if let Some(s) = self.stretches.get(k)
            && p > s.from
        {
            y += s.added * (p - s.from) / (s.to - s.from).max(1e-9);
        }
        y
    }

    /// Where day `d` begins.
    pub(super) fn y(&self, d: NaiveDate) -> f64 {
        self.pos(self.base.map(d))
    }

    /// All the room added.
    fn total(&self) -> f64 {
        self.stretches.iter().map(|s| s.added).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_crowded_day_is_stretched_and_later_days_move_down_with_it() {
        let base = BrokenScale::linear(d("2024-01-01"), d("2025-01-01"), 0.0, 366.0);
        let track = Track::new(base, &[(d("2024-03-01"), 100.0), (d("2024-03-02"), 0.5)]);
        let march = track.y(d("2024-03-01"));
        assert!((march - 60.0).abs() < 1e-6, "{march}");
        assert!((track.y(d("2024-03-02")) - march - 100.0).abs() < 1e-6);
        // A day already long enough is not stretched.
        assert!((track.y(d("2024-03-03")) - track.y(d("2024-03-02")) - 1.0).abs() < 1e-6);
        assert!((track.y(d("2025-01-01")) - 465.0).abs() < 1e-6);
        let mut last = f64::MIN;
        for day in 0..366 {
            let y = track.y(d("2024-01-01") + Duration::days(day));
            assert!(y > last, "day {day}");
            last = y;
        }
    }
}
