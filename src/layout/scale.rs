//! Time → x, with ticks chosen for the width available.

use chrono::{Datelike, Duration, NaiveDate};

use crate::model::month_abbr;
use crate::text::{TextMeasure, Weight};

/// Maps values to positions and proposes labelled ticks (after plotters' `Ranged`).
pub trait Scale<T> {
    /// Position of a value.
    fn map(&self, value: T) -> f64;
    /// Labelled tick positions that fit the scale's width.
    fn ticks(&self, m: &dyn TextMeasure, size: f64) -> Ticks;
}

/// A tick mark with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Position.
    pub x: f64,
    /// Label (may be empty: an unlabelled tick).
    pub label: String,
}

/// Ticks in two tiers: fine ticks (days to quarters) and year ticks below them.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Ticks {
    /// Fine ticks; empty when years are the finest unit that fits.
    pub minor: Vec<Tick>,
    /// Year (or multi-year) ticks.
    pub major: Vec<Tick>,
}

/// Tick spacing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Years(i32),
}

/// A linear scale from a date range onto `x0..x1`. A day is an interval: day `d`
/// covers `map(d)..map(d + 1 day)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    /// First day shown.
    pub start: NaiveDate,
    /// The day after the last day shown.
    pub end: NaiveDate,
    /// Left position.
    pub x0: f64,
    /// Right position.
    pub x1: f64,
}

impl TimeScale {
    /// A scale over `start..end` (end exclusive). A range of zero days is widened to one.
    pub fn new(start: NaiveDate, end: NaiveDate, x0: f64, x1: f64) -> TimeScale {
        let end = if end <= start {
            start + Duration::days(1)
        } else {
            end
        };
        TimeScale { start, end, x0, x1 }
    }

    /// Pixels per day.
    pub fn px_per_day(&self) -> f64 {
        (self.x1 - self.x0) / (self.end - self.start).num_days() as f64
    }

    fn unit_days(unit: Unit) -> f64 {
        match unit {
            Unit::Day => 1.0,
            Unit::Week => 7.0,
            Unit::Month => 30.44,
            Unit::Quarter => 91.3,
            Unit::Years(n) => 365.25 * n as f64,
        }
    }

    fn label(unit: Unit, d: NaiveDate) -> String {
        match unit {
            Unit::Day | Unit::Week => format!("{} {}", d.day(), month_abbr(d.month())),
            Unit::Month | Unit::Quarter => month_abbr(d.month()).to_string(),
            Unit::Years(_) => d.year().to_string(),
        }
    }

    fn steps(&self, unit: Unit) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut d = match unit {
            Unit::Day => self.start,
            Unit::Week => {
                let back = self.start.weekday().num_days_from_monday() as i64;
                self.start - Duration::days(back)
            }
            Unit::Month => NaiveDate::from_ymd_opt(self.start.year(), self.start.month(), 1)
                .unwrap_or(self.start),
            Unit::Quarter => {
                let m = (self.start.month() - 1) / 3 * 3 + 1;
                NaiveDate::from_ymd_opt(self.start.year(), m, 1).unwrap_or(self.start)
            }
            Unit::Years(n) => {
                let y = self.start.year().div_euclid(n) * n;
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(self.start)
            }
        };
        // Bounded: a scale is never wider than a few thousand ticks of its unit.
        for _ in 0..20_000 {
            if d >= self.end {
                break;
            }
            if d >= self.start {
                out.push(d);
            }
            let next = match unit {
                Unit::Day => d.succ_opt(),
                Unit::Week => d.checked_add_signed(Duration::days(7)),
                Unit::Month => d.checked_add_months(chrono::Months::new(1)),
                Unit::Quarter => d.checked_add_months(chrono::Months::new(3)),
                Unit::Years(n) => NaiveDate::from_ymd_opt(d.year() + n, 1, 1),
            };
            match next {
                Some(n) => d = n,
                None => break,
            }
        }
        out
    }
}

impl Scale<NaiveDate> for TimeScale {
    fn map(&self, d: NaiveDate) -> f64 {
        self.x0 + (d - self.start).num_days() as f64 * self.px_per_day()
    }

    fn ticks(&self, m: &dyn TextMeasure, size: f64) -> Ticks {
        let px = self.px_per_day();
        let gap = size * 1.2;
        let fits = |unit: Unit, sample: &str| {
            Self::unit_days(unit) * px >= m.width(sample, size, Weight::Regular) + gap
        };
        let fine = [
            (Unit::Day, "30 Sep"),
            (Unit::Week, "30 Sep"),
            (Unit::Month, "Sep"),
            (Unit::Quarter, "Sep"),
        ];
        let minor_unit = fine.iter().find(|(u, s)| fits(*u, s)).map(|(u, _)| *u);
        let year_unit = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .map(Unit::Years)
            .find(|u| fits(*u, "2024"))
            .unwrap_or(Unit::Years(100));
        let ticks = |unit: Unit| -> Vec<Tick> {
            self.steps(unit)
                .into_iter()
                .map(|d| Tick {
                    x: self.map(d),
                    label: Self::label(unit, d),
                })
                .collect()
        };
        let mut out = Ticks {
            minor: minor_unit.map(ticks).unwrap_or_default(),
            major: ticks(year_unit),
        };
        // Fine ticks on a year boundary are the year tick's: leave them unlabelled there.
        if year_unit == Unit::Years(1) {
            for t in &mut out.minor {
                if out.major.iter().any(|y| (y.x - t.x).abs() < 0.5) {
                    t.label.clear();
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FixedMeasure;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn maps_days_linearly() {
        let s = TimeScale::new(d(2024, 1, 1), d(2025, 1, 1), 0.0, 366.0);
        assert_eq!(s.map(d(2024, 1, 1)), 0.0);
        assert_eq!(s.map(d(2024, 2, 1)), 31.0);
        assert_eq!(s.map(d(2025, 1, 1)), 366.0);
    }

    #[test]
    fn tick_unit_adapts_to_width() {
        let m = FixedMeasure { em: 0.6 };
        let narrow = TimeScale::new(d(2000, 1, 1), d(2025, 1, 1), 0.0, 800.0).ticks(&m, 16.0);
        assert!(narrow.minor.is_empty());
        assert!(narrow.major.len() <= 14, "{}", narrow.major.len());
        let wide = TimeScale::new(d(2024, 1, 1), d(2025, 1, 1), 0.0, 1600.0).ticks(&m, 16.0);
        assert_eq!(wide.minor.len(), 12, "months fit");
        assert_eq!(wide.major.len(), 1);
        let days = TimeScale::new(d(2024, 12, 1), d(2024, 12, 15), 0.0, 1600.0).ticks(&m, 16.0);
        assert_eq!(days.minor.len(), 14);
        assert_eq!(days.minor[2].label, "3 Dec");
        // Labels never collide: consecutive ticks are further apart than a label.
        for t in [&narrow, &wide, &days] {
            for w in t.minor.windows(2).chain(t.major.windows(2)) {
                assert!(w[1].x - w[0].x >= m.width(&w[0].label, 16.0, Weight::Regular));
            }
        }
    }
}
