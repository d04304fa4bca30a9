//! Time → x, with ticks chosen for the width available.

use chrono::{Datelike, Duration, NaiveDate};

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
    /// Labels only, no tick: the year where a piece of a [`BrokenScale`] resumes
    /// after a break, when no year tick starts it.
    pub resume: Vec<Tick>,
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
            Unit::Day | Unit::Week => crate::i18n::cldr::day_month(d),
            Unit::Month | Unit::Quarter => crate::i18n::cldr::month_alone(d.month()).to_string(),
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
        let units = Units::fitting(self.px_per_day(), m, size);
        let tier = |unit: Unit| -> Vec<Tick> {
            self.steps(unit)
                .into_iter()
                .map(|d| Tick {
                    x: self.map(d),
                    label: TimeScale::label(unit, d),
                })
                .collect()
        };
        let mut out = Ticks {
            minor: units.minor.map(tier).unwrap_or_default(),
            major: tier(units.year),
            resume: Vec::new(),
        };
        units.unlabel_minor_on_years(&mut out);
        out
    }
}

/// The tick units that fit a scale's pixels per day: the finest fine unit whose
/// labels have room (none when even quarters do not), and the year step.
#[derive(Clone, Copy, Debug)]
struct Units {
    minor: Option<Unit>,
    year: Unit,
    /// Least distance between two ticks of each tier for their labels to read.
    minor_room: f64,
    year_room: f64,
}

impl Units {
    fn fitting(px: f64, m: &dyn TextMeasure, size: f64) -> Units {
        let gap = size * 1.2;
        let room = |sample: &str| m.width(sample, size, Weight::Regular) + gap;
        let fits = |unit: Unit, sample: &str| TimeScale::unit_days(unit) * px >= room(sample);
        let fine = [
            (Unit::Day, "30 Sep"),
            (Unit::Week, "30 Sep"),
            (Unit::Month, "Sep"),
            (Unit::Quarter, "Sep"),
        ];
        let minor = fine.iter().find(|(u, s)| fits(*u, s));
        let year = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .map(Unit::Years)
            .find(|u| fits(*u, "2024"))
            .unwrap_or(Unit::Years(100));
        Units {
            minor: minor.map(|(u, _)| *u),
            year,
            minor_room: minor.map_or(0.0, |(_, s)| room(s)),
            year_room: room("2024"),
        }
    }

    /// Fine ticks on a year boundary are the year tick's: leaves them unlabelled there.
    fn unlabel_minor_on_years(&self, ticks: &mut Ticks) {
        if self.year == Unit::Years(1) {
            for t in &mut ticks.minor {
                if ticks.major.iter().any(|y| (y.x - t.x).abs() < 0.5) {
                    t.label.clear();
                }
            }
        }
    }
}

/// A stretch of time a [`BrokenScale`] leaves out, drawn a short fixed width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Break {
    /// First day left out.
    pub from: NaiveDate,
    /// The day after the last day left out.
    pub to: NaiveDate,
    /// Where the break begins across.
    pub x0: f64,
    /// Where it ends.
    pub x1: f64,
    /// Where its mark goes: the middle of the longest stretch it joins.
    pub mark: f64,
}

/// One piece of a [`BrokenScale`]: drawn to scale, or a break.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Piece {
    scale: TimeScale,
    /// The break's mark, for a break.
    mark: Option<f64>,
}

/// A time scale that leaves out long empty stretches: pieces drawn to scale, all
/// at the same pixels per day, with breaks between them, each a short fixed
/// width whatever the time it stands for. Without breaks it is a [`TimeScale`].
#[derive(Clone, Debug, PartialEq)]
pub struct BrokenScale {
    /// In date order, each beginning where the one before ends, across and in time.
    pieces: Vec<Piece>,
}

impl BrokenScale {
    /// A scale over `start..end` (end exclusive) onto `x0..x1` with nothing left out.
    pub fn linear(start: NaiveDate, end: NaiveDate, x0: f64, x1: f64) -> BrokenScale {
        BrokenScale {
            pieces: vec![Piece {
                scale: TimeScale::new(start, end, x0, x1),
                mark: None,
            }],
        }
    }

    /// A scale over `start..end` onto `x0..x1` that leaves out `breaks` (each
    /// `from..to`, end exclusive), each drawn `width` px wide (less if the breaks
    /// would otherwise take over a third of the width). Breaks are cut to the
    /// scale's dates; breaks that overlap or touch are joined into one, its mark
    /// in the middle of the longest of them. Breaks that would leave nothing to
    /// scale are dropped.
    pub fn new(
        start: NaiveDate,
        end: NaiveDate,
        x0: f64,
        x1: f64,
        breaks: &[(NaiveDate, NaiveDate)],
        width: f64,
    ) -> BrokenScale {
        let whole = TimeScale::new(start, end, x0, x1);
        // Each joined break, with the longest of the breaks it joins.
        let mut cut: Vec<(NaiveDate, NaiveDate)> = breaks
            .iter()
            .map(|&(a, b)| (a.max(whole.start), b.min(whole.end)))
            .filter(|(a, b)| a < b)
            .collect();
        cut.sort_unstable();
        let mut joined: Vec<((NaiveDate, NaiveDate), (NaiveDate, NaiveDate))> = Vec::new();
        for (a, b) in cut {
            match joined.last_mut() {
                Some((span, longest)) if a <= span.1 => {
                    span.1 = span.1.max(b);
                    if b - a > longest.1 - longest.0 {
                        *longest = (a, b);
                    }
                }
                _ => joined.push(((a, b), (a, b))),
            }
        }
        let days = |(a, b): (NaiveDate, NaiveDate)| (b - a).num_days() as f64;
        let total = days((whole.start, whole.end));
        let left_out: f64 = joined.iter().map(|(span, _)| days(*span)).sum();
        let plot = whole.x1 - whole.x0;
        if joined.is_empty() || left_out >= total || !plot.is_finite() || plot <= 0.0 {
            return BrokenScale::linear(start, end, x0, x1);
        }
        let n = joined.len() as f64;
        let break_w = width.min(plot / (3.0 * n)).max(0.0);
        let px = (plot - n * break_w) / (total - left_out);
        let mut pieces = Vec::with_capacity(2 * joined.len() + 1);
        let (mut d, mut x) = (whole.start, whole.x0);
        let mut push =
            |from: NaiveDate, to: NaiveDate, w: f64, longest: Option<(NaiveDate, NaiveDate)>| {
                if from >= to {
                    return;
                }
                let scale = TimeScale {
                    start: from,
                    end: to,
                    x0: x,
                    x1: x + w,
                };
                let mark = longest.map(|(a, b)| scale.map(a + (b - a) / 2));
                pieces.push(Piece { scale, mark });
                x += w;
            };
        for &(span, longest) in &joined {
            push(d, span.0, days((d, span.0)) * px, None);
            push(span.0, span.1, break_w, Some(longest));
            d = span.1;
        }
        push(d, whole.end, days((d, whole.end)) * px, None);
        // The last piece ends exactly at the right edge, whatever the rounding.
        if let Some(last) = pieces.last_mut() {
            last.scale.x1 = whole.x1;
        }
        BrokenScale { pieces }
    }

    /// Pixels per day where time is drawn to scale.
    pub fn px_per_day(&self) -> f64 {
        self.pieces
            .iter()
            .find(|p| p.mark.is_none())
            .map_or(0.0, |p| p.scale.px_per_day())
    }

    /// The stretches left out, in date order.
    pub fn breaks(&self) -> Vec<Break> {
        self.pieces
            .iter()
            .filter_map(|p| {
                p.mark.map(|mark| Break {
                    from: p.scale.start,
                    to: p.scale.end,
                    x0: p.scale.x0,
                    x1: p.scale.x1,
                    mark,
                })
            })
            .collect()
    }

    /// The piece a day falls in; days outside the scale go to the nearest end piece.
    fn piece(&self, d: NaiveDate) -> &Piece {
        let i = self.pieces.partition_point(|p| p.scale.end <= d);
        &self.pieces[i.min(self.pieces.len() - 1)]
    }
}

impl Scale<NaiveDate> for BrokenScale {
    fn map(&self, d: NaiveDate) -> f64 {
        self.piece(d).scale.map(d)
    }

    /// Guarantees: the same units as a [`TimeScale`] at the pieces' pixels per day,
    /// no tick inside a break, and, in each tier, ticks at least a label's room
    /// apart across a break (the one before the break gives way); each piece after
    /// a break gets a `resume` label with its year unless a year tick starts it.
    fn ticks(&self, m: &dyn TextMeasure, size: f64) -> Ticks {
        let units = Units::fitting(self.px_per_day(), m, size);
        let mut out = Ticks::default();
        // The year tier with each piece's resume label in front, so that both
        // give way alike; `true` marks a resume label.
        let mut years: Vec<(Tick, bool)> = Vec::new();
        let mut after_break = false;
        for p in &self.pieces {
            if p.mark.is_some() {
                after_break = true;
                continue;
            }
            let tier = |unit: Unit| -> Vec<Tick> {
                p.scale
                    .steps(unit)
                    .into_iter()
                    .map(|d| Tick {
                        x: p.scale.map(d),
                        label: TimeScale::label(unit, d),
                    })
                    .collect()
            };
            let mut year_ticks: Vec<(Tick, bool)> =
                tier(units.year).into_iter().map(|t| (t, false)).collect();
            if after_break
                && year_ticks
                    .first()
                    .is_none_or(|(t, _)| t.x > p.scale.x0 + 0.5)
            {
                let label = p.scale.start.year().to_string();
                year_ticks.insert(
                    0,
                    (
                        Tick {
                            x: p.scale.x0,
                            label,
                        },
                        true,
                    ),
                );
            }
            let first = year_ticks.first().map(|(t, _)| t.x);
            while let (Some((last, _)), Some(first)) = (years.last(), first) {
                if after_break && first - last.x < units.year_room {
                    years.pop();
                } else {
                    break;
                }
            }
            years.extend(year_ticks);
            if let Some(unit) = units.minor {
                let minor = tier(unit);
                let first = minor.first().map(|t| t.x);
                while let (Some(last), Some(first)) = (out.minor.last(), first) {
                    if after_break && first - last.x < units.minor_room {
                        out.minor.pop();
                    } else {
                        break;
                    }
                }
                out.minor.extend(minor);
            }
            after_break = false;
        }
        for (t, resume) in years {
            if resume {
                out.resume.push(t);
            } else {
                out.major.push(t);
            }
        }
        units.unlabel_minor_on_years(&mut out);
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

    fn broken(breaks: &[(NaiveDate, NaiveDate)]) -> BrokenScale {
        BrokenScale::new(d(2020, 1, 1), d(2026, 1, 1), 100.0, 1300.0, breaks, 40.0)
    }

    #[test]
    fn a_break_is_narrow_and_time_around_it_keeps_one_scale() {
        let s = broken(&[(d(2021, 3, 1), d(2024, 6, 1))]);
        assert_eq!(s.map(d(2020, 1, 1)), 100.0);
        assert_eq!(s.map(d(2026, 1, 1)), 1300.0);
        let b = s.breaks();
        assert_eq!(b.len(), 1);
        assert_eq!((b[0].from, b[0].to), (d(2021, 3, 1), d(2024, 6, 1)));
        assert!((b[0].x1 - b[0].x0 - 40.0).abs() < 1e-9);
        assert!(b[0].x0 < b[0].mark && b[0].mark < b[0].x1);
        // The same px per day on both sides: 1160 px for the days not left out.
        let kept = (d(2026, 1, 1) - d(2020, 1, 1)) - (d(2024, 6, 1) - d(2021, 3, 1));
        let px = 1160.0 / kept.num_days() as f64;
        let before = s.map(d(2021, 1, 1)) - s.map(d(2020, 1, 1));
        let after = s.map(d(2025, 1, 1)) - s.map(d(2024, 7, 1));
        assert!((before - 366.0 * px).abs() < 1e-6, "{before}");
        assert!((after - 184.0 * px).abs() < 1e-6, "{after}");
        assert!((s.px_per_day() - px).abs() < 1e-9);
        // Monotone over every day, and continuous where a piece meets the next.
        let mut day = d(2019, 12, 1);
        let mut last = f64::MIN;
        while day < d(2026, 2, 1) {
            let x = s.map(day);
            assert!(x > last, "{day}: {x} after {last}");
            last = x;
            day = day.succ_opt().unwrap();
        }
        assert_eq!(s.map(d(2021, 3, 1)), b[0].x0);
        assert_eq!(s.map(d(2024, 6, 1)), b[0].x1);
    }

    #[test]
    fn breaks_that_touch_or_overlap_are_one_and_are_cut_to_the_scale() {
        let s = broken(&[
            (d(2022, 1, 1), d(2023, 1, 1)),
            (d(2023, 1, 1), d(2024, 6, 1)),
            (d(2019, 1, 1), d(2020, 3, 1)),
            (d(2025, 6, 1), d(2025, 3, 1)),
        ]);
        let b = s.breaks();
        let spans: Vec<_> = b.iter().map(|b| (b.from, b.to)).collect();
        assert_eq!(
            spans,
            [
                (d(2020, 1, 1), d(2020, 3, 1)),
                (d(2022, 1, 1), d(2024, 6, 1))
            ]
        );
        // The mark sits in the longer of the two joined: 2023 to June 2024.
        assert!(b[1].mark > s.map(d(2023, 1, 1)));
        // Leaving everything out leaves nothing to scale: no breaks then.
        let all = broken(&[(d(2019, 1, 1), d(2027, 1, 1))]);
        assert!(all.breaks().is_empty());
        assert_eq!(
            all,
            BrokenScale::linear(d(2020, 1, 1), d(2026, 1, 1), 100.0, 1300.0)
        );
    }

    #[test]
    fn many_breaks_never_take_the_whole_width() {
        let breaks: Vec<_> = (0..5)
            .map(|i| (d(2020 + i, 2, 1), d(2020 + i, 12, 1)))
            .collect();
        let s = BrokenScale::new(d(2020, 1, 1), d(2026, 1, 1), 0.0, 300.0, &breaks, 40.0);
        let wide: f64 = s.breaks().iter().map(|b| b.x1 - b.x0).sum();
        assert!(wide <= 100.0 + 1e-9, "{wide}");
        assert!(s.px_per_day() > 0.0);
    }

    /// Labelled ticks of a tier, in order, are at least their label apart.
    fn readable(ticks: &[Tick], m: &FixedMeasure) {
        let labelled: Vec<_> = ticks.iter().filter(|t| !t.label.is_empty()).collect();
        for w in labelled.windows(2) {
            let room = m.width(&w[0].label, 16.0, Weight::Regular);
            assert!(
                w[1].x - w[0].x >= room,
                "{:?} too close to {:?}",
                w[1],
                w[0]
            );
        }
    }

    #[test]
    fn ticks_skip_breaks_keep_apart_across_them_and_name_the_year_after() {
        let m = FixedMeasure { em: 0.6 };
        let breaks = [(d(2021, 3, 1), d(2024, 6, 1))];
        let s = BrokenScale::new(d(2020, 1, 1), d(2026, 1, 1), 0.0, 2500.0, &breaks, 40.0);
        let t = s.ticks(&m, 16.0);
        let b = s.breaks()[0];
        for tick in t.minor.iter().chain(&t.major).chain(&t.resume) {
            assert!(
                tick.x <= b.x0 || tick.x >= b.x1,
                "{tick:?} inside the break"
            );
        }
        // Months fit at this scale: February 2021 is the last before the break,
        // June 2024 the first after it, where time resumes in 2024.
        assert_eq!(
            t.minor.iter().rev().find(|t| t.x < b.x0).unwrap().label,
            "Feb"
        );
        let after = t.minor.iter().find(|t| t.x >= b.x1).unwrap();
        assert_eq!((after.x, after.label.as_str()), (b.x1, "Jun"));
        assert_eq!(
            t.resume,
            [Tick {
                x: b.x1,
                label: "2024".into()
            }]
        );
        let years: Vec<&str> = t.major.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(years, ["2020", "2021", "2025"]);
        readable(&t.minor, &m);
        readable(&t.major, &m);

        // A break ending on New Year: the year tick names it, no resume label.
        let s = broken(&[(d(2021, 3, 1), d(2024, 1, 1))]);
        let t = s.ticks(&m, 16.0);
        assert!(t.resume.is_empty());
        assert!(
            t.major
                .iter()
                .any(|y| y.label == "2024" && y.x == s.breaks()[0].x1)
        );
    }

    #[test]
    fn ticks_never_collide_across_a_break_whatever_its_dates() {
        let m = FixedMeasure { em: 0.6 };
        // In each, a tick falls just before the break and the next just after it:
        // weeks (a Monday, the break from Tuesday to a Monday), months, years.
        for (start, end, width, break_w, from, to) in [
            (
                d(2024, 1, 1),
                d(2024, 6, 1),
                500.0,
                40.0,
                d(2024, 1, 16),
                d(2024, 5, 6),
            ),
            (
                d(2020, 1, 1),
                d(2026, 1, 1),
                1600.0,
                8.0,
                d(2021, 2, 5),
                d(2024, 6, 1),
            ),
            (
                d(2020, 1, 1),
                d(2026, 1, 1),
                500.0,
                8.0,
                d(2021, 1, 20),
                d(2024, 1, 1),
            ),
            (
                d(2020, 1, 1),
                d(2026, 1, 1),
                900.0,
                40.0,
                d(2021, 2, 27),
                d(2024, 1, 3),
            ),
            (
                d(2020, 1, 1),
                d(2026, 1, 1),
                500.0,
                40.0,
                d(2020, 6, 15),
                d(2025, 7, 1),
            ),
        ] {
            let s = BrokenScale::new(start, end, 0.0, width, &[(from, to)], break_w);
            let t = s.ticks(&m, 16.0);
            assert!(!t.minor.is_empty() || !t.major.is_empty());
            readable(&t.minor, &m);
            let mut years: Vec<Tick> = t.major.iter().chain(&t.resume).cloned().collect();
            years.sort_by(|a, b| a.x.total_cmp(&b.x));
            readable(&years, &m);
        }
    }
}
