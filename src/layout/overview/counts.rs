//! What an overview counts: the events and teams in the window, in calendar
//! bins, once over all and once per country.

use chrono::{Datelike, Months, NaiveDate};

use crate::model::{Country, Model, PartialDate, Period, Precision};

/// The calendar period one bin of the overview covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A day.
    Day,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
    /// Several calendar years, from a year divisible by their number.
    Years(i32),
}

impl Unit {
    /// From finest to coarsest: the first whose bins are wide enough is used.
    const ALL: [Unit; 7] = [
        Unit::Day,
        Unit::Month,
        Unit::Quarter,
        Unit::Year,
        Unit::Years(2),
        Unit::Years(5),
        Unit::Years(10),
    ];

    fn days(self) -> f64 {
        match self {
            Unit::Day => 1.0,
            Unit::Month => 30.44,
            Unit::Quarter => 91.3,
            Unit::Year => 365.25,
            Unit::Years(n) => 365.25 * n as f64,
        }
    }

    /// The first day of the bin holding `d`.
    fn floor(self, d: NaiveDate) -> NaiveDate {
        let ymd = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d);
        match self {
            Unit::Day => d,
            Unit::Month => ymd(d.year(), d.month()),
            Unit::Quarter => ymd(d.year(), (d.month() - 1) / 3 * 3 + 1),
            Unit::Year => ymd(d.year(), 1),
            Unit::Years(n) => ymd(d.year().div_euclid(n) * n, 1),
        }
    }

    fn next(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Unit::Day => d.succ_opt(),
            Unit::Month => d.checked_add_months(Months::new(1)),
            Unit::Quarter => d.checked_add_months(Months::new(3)),
            Unit::Year => d.checked_add_months(Months::new(12)),
            Unit::Years(n) => d.checked_add_months(Months::new(12 * n as u32)),
        }
    }

    /// Whether every date known to `p` lies in one bin: an event known only
    /// to the month has no day to be counted on.
    pub fn holds(self, p: Precision) -> bool {
        match p {
            Precision::Day => true,
            Precision::Month => self != Unit::Day,
            Precision::Year => matches!(self, Unit::Year | Unit::Years(_)),
        }
    }
}

/// One row of counts: every event (or team) of a country, or of all.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// A country's code; `*` for all events, `+` for the countries merged
    /// into one row, `-` for events that name no agency.
    pub key: String,
    /// The country the row stands for.
    pub country: Option<Country>,
    /// The countries merged into this row (for `+`).
    pub merged: Vec<Country>,
    /// Events in the row, each once.
    pub total: usize,
    /// Events per bin.
    pub bins: Vec<u32>,
    /// Events in the total but in no bin: dated less precisely than a bin.
    pub vague: usize,
}

impl Row {
    fn new(key: &str, country: Option<Country>, bins: usize) -> Row {
        Row {
            key: key.to_string(),
            country,
            merged: Vec::new(),
            total: 0,
            bins: vec![0; bins],
            vague: 0,
        }
    }

    fn add(&mut self, bin: Option<usize>) {
        self.total += 1;
        match bin {
            Some(b) => self.bins[b] += 1,
            None => self.vague += 1,
        }
    }
}

/// The counts an overview draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Counts {
    /// The bins' period.
    pub unit: Unit,
    /// The first day of each bin, in order.
    pub starts: Vec<NaiveDate>,
    /// The day after the last bin.
    pub end: NaiveDate,
    /// Every event in the window, each once.
    pub all: Row,
    /// Teams at work in each bin (a team counts in every bin its period meets).
    pub teams: Vec<u32>,
    /// Teams in the window.
    pub team_total: usize,
    /// A row per country (EU bodies: the EU's, international bodies:
    /// their own), busiest first; an event counts in the row of every
    /// country one of its participants is of.
    pub rows: Vec<Row>,
    /// Agencies that take part in an event or team in the window.
    pub agencies: usize,
}

impl Counts {
    /// Counts the events and teams of `model` within `from..to` in bins of
    /// the finest calendar unit that gives each bin `min_px` or more of
    /// `width`, with at most `max_rows` country rows (the quietest countries
    /// are then merged into the last row).
    pub fn new(
        model: &Model,
        (from, to): (Option<&PartialDate>, Option<&PartialDate>),
        (width, min_px): (f64, f64),
        max_rows: usize,
    ) -> Counts {
        let within = |p: &Period| p.within(from, to);
        let events: Vec<usize> = (0..model.events.len())
            .filter(|&i| within(&model.events[i].period()))
            .collect();
        let teams: Vec<usize> = (0..model.teams.len())
            .filter(|&i| within(&model.teams[i].period()))
            .collect();
        let (lo, hi) = domain(model, &events, &teams, (from, to));
        let span = (hi - lo).num_days() as f64 + 1.0;
        let most = (width / min_px).floor().max(1.0);
        let unit = Unit::ALL
            .into_iter()
            .find(|u| span / u.days() <= most)
            .unwrap_or(Unit::Years(10));
        let starts = bin_starts(unit, lo, hi);
        let end = starts
            .last()
            .and_then(|s| unit.next(*s))
            .unwrap_or(NaiveDate::MAX);
        let n = starts.len();
        let bin_of = |d: &PartialDate| -> Option<usize> {
            if !unit.holds(d.precision()) {
                return None;
            }
            let day = d.first_day();
            let i = starts.partition_point(|s| *s <= day);
            (i > 0 && day < end).then(|| i - 1)
        };

        let mut all = Row::new("*", None, n);
        let mut by_country: Vec<Row> = Vec::new();
        let mut index: std::collections::HashMap<&'static str, usize> = Default::default();
        let mut seen = vec![false; model.agencies.len()];
        let mut countries_of = Vec::with_capacity(events.len());
        for &e in &events {
            let ev = &model.events[e];
            let bin = bin_of(&ev.start);
            all.add(bin);
            let mut cs: Vec<Country> = ev
                .participants
                .iter()
                .map(|a| {
                    seen[a.0] = true;
                    model[*a].country
                })
                .collect();
            cs.sort_unstable();
            cs.dedup();
            if cs.is_empty() {
                cs.push(Country::NONE);
            }
            for c in &cs {
                let key = if ev.participants.is_empty() {
                    "-"
                } else {
                    c.code()
                };
                let r = *index.entry(key).or_insert_with(|| {
                    by_country.push(Row::new(key, Some(*c), n));
                    by_country.len() - 1
                });
                by_country[r].add(bin);
            }
            countries_of.push((bin, ev.participants.is_empty(), cs));
        }
        let mut team_bins = vec![0u32; n];
        for &t in &teams {
            let team = &model.teams[t];
            for m in &team.members {
                seen[m.agency.0] = true;
            }
            if let Some(h) = team.hosted_by {
                seen[h.0] = true;
            }
            let first = team.start.first_day();
            let last = team.end.map_or(hi, |e| e.last_day());
            let a = starts.partition_point(|s| *s <= first).saturating_sub(1);
            for (b, s) in starts.iter().enumerate().skip(a) {
                if *s > last {
                    break;
                }
                team_bins[b] += 1;
            }
        }
        by_country.sort_by(|a, b| b.total.cmp(&a.total).then(a.key.cmp(&b.key)));
        let rows = merge_quietest(by_country, &countries_of, max_rows, n);
        Counts {
            unit,
            starts,
            end,
            all,
            teams: team_bins,
            team_total: teams.len(),
            rows,
            agencies: seen.iter().filter(|s| **s).count(),
        }
    }

    /// The last day of bin `i`.
    pub fn last_day(&self, i: usize) -> NaiveDate {
        let next = self.starts.get(i + 1).copied().unwrap_or(self.end);
        next.pred_opt().unwrap_or(next)
    }

    /// The most events in one bin of one country's row (or of all events,
    /// when there is none): the darkest shade. The row of merged countries
    /// is left out, as its sums would pale every country beside it.
    pub fn busiest(&self) -> u32 {
        self.rows
            .iter()
            .filter(|r| r.key != "+")
            .flat_map(|r| r.bins.iter().copied())
            .max()
            .unwrap_or_else(|| self.all.bins.iter().copied().max().unwrap_or(0))
    }
}

/// The first and last day of what is shown: the events' and teams' dates,
/// cut to the window asked for.
fn domain(
    model: &Model,
    events: &[usize],
    teams: &[usize],
    (from, to): (Option<&PartialDate>, Option<&PartialDate>),
) -> (NaiveDate, NaiveDate) {
    let mut lo = NaiveDate::MAX;
    let mut hi = NaiveDate::MIN;
    for &e in events {
        let ev = &model.events[e];
        lo = lo.min(ev.start.first_day());
        hi = hi.max(ev.end.unwrap_or(ev.start).last_day());
    }
    for &t in teams {
        let team = &model.teams[t];
        lo = lo.min(team.start.first_day());
        hi = hi.max(team.end.unwrap_or(team.start).last_day());
    }
    if let Some(f) = from {
        lo = lo.max(f.first_day());
    }
    if let Some(t) = to {
        hi = hi.min(t.last_day());
    }
    if lo > hi {
        // Nothing in the window: one bin of the day asked for, or today's.
        let d = from.or(to).map_or(NaiveDate::MIN, |d| d.first_day());
        return (d, d);
    }
    (lo, hi)
}

fn bin_starts(unit: Unit, lo: NaiveDate, hi: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = unit.floor(lo);
    // Bounded by the unit's choice: a few thousand bins at most.
    while d <= hi && out.len() < 100_000 {
        out.push(d);
        match unit.next(d) {
            Some(n) => d = n,
            None => break,
        }
    }
    if out.is_empty() {
        out.push(unit.floor(lo));
    }
    out
}

/// Keeps the `max_rows - 1` busiest country rows and counts the events of
/// the others in one last row, each event once however many of the merged
/// countries took part.
fn merge_quietest(
    mut rows: Vec<Row>,
    events: &[(Option<usize>, bool, Vec<Country>)],
    max_rows: usize,
    bins: usize,
) -> Vec<Row> {
    if rows.len() <= max_rows.max(1) {
        return rows;
    }
    let keep = max_rows.max(2) - 1;
    let merged_rows = rows.split_off(keep);
    let mut merged = Row::new("+", None, bins);
    merged.merged = merged_rows.iter().filter_map(|r| r.country).collect();
    let unattributed = merged_rows.iter().any(|r| r.key == "-");
    for (bin, nobody, cs) in events {
        let hit = if *nobody {
            unattributed
        } else {
            cs.iter().any(|c| {
                merged_rows
                    .iter()
                    .any(|r| r.key != "-" && r.country == Some(*c))
            })
        };
        if hit {
            merged.add(*bin);
        }
    }
    rows.push(merged);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(yaml: &str) -> Model {
        let mut s = crate::source::SourceSet::new();
        s.add("t.yaml", yaml);
        crate::check(&s)
            .map(|c| c.model)
            .unwrap_or_else(|d| panic!("{}", crate::diag::render_all(&d, &s, false)))
    }

    const CASE: &str = "
agencies:
  - {id: a, name: A, country: NL, kind: police}
  - {id: b, name: B, country: FR, kind: police}
  - {id: c, name: C, country: FR, kind: judiciary}
  - {id: e, name: Europol, country: EU, kind: eu-agency}
events:
  - {id: one, name: One, date: 2021-03-04, participants: [a, b]}
  - {id: two, name: Two, date: 2021-03-20, participants: [b, c]}
  - {id: three, name: Three, date: 2021-07, participants: [e]}
  - {id: four, name: Four, date: 2022, participants: [a]}
  - {id: five, name: Five, date: 2022-02-01}
";

    #[test]
    fn every_event_counts_once_overall_and_once_per_country() {
        let m = model(CASE);
        let c = Counts::new(&m, (None, None), (1000.0, 6.0), 10);
        assert_eq!(c.unit, Unit::Month);
        assert_eq!(c.all.total, 5);
        // The year-only event has no month to be counted in.
        assert_eq!((c.all.bins.iter().sum::<u32>(), c.all.vague), (4, 1));
        let row = |k: &str| c.rows.iter().find(|r| r.key == k).unwrap();
        assert_eq!(row("FR").total, 2);
        assert_eq!(row("FR").bins[0], 2, "both March events in March");
        assert_eq!(row("NL").total, 2);
        assert_eq!(row("NL").vague, 1);
        assert_eq!(row("EU").total, 1);
        assert_eq!(row("-").total, 1, "the event naming no agency");
        assert_eq!(c.agencies, 4);
    }

    #[test]
    fn coarser_bins_when_the_width_is_short() {
        let m = model(CASE);
        let c = Counts::new(&m, (None, None), (60.0, 6.0), 10);
        assert_eq!(c.unit, Unit::Quarter);
        let c = Counts::new(&m, (None, None), (12.0, 6.0), 10);
        assert_eq!(c.unit, Unit::Year);
        assert_eq!(c.all.vague, 0, "a year holds the year-only event");
        assert_eq!(c.starts.len(), 2);
    }

    #[test]
    fn the_quietest_countries_share_a_row_counting_each_event_once() {
        let m = model(CASE);
        let c = Counts::new(&m, (None, None), (1000.0, 6.0), 2);
        assert_eq!(c.rows.len(), 2);
        let last = &c.rows[1];
        assert_eq!(last.key, "+");
        // NL, EU and the unattributed row merged: events one, three, four, five.
        assert_eq!(last.total, 4);
        assert_eq!(last.bins.iter().sum::<u32>() as usize + last.vague, 4);
    }

    #[test]
    fn the_window_cuts_events_and_bins() {
        let m = model(CASE);
        let from = PartialDate::parse("2021-06").unwrap();
        let c = Counts::new(&m, (Some(&from), None), (1000.0, 6.0), 10);
        assert_eq!(c.all.total, 3);
        // The window opens in June; its first event is in July.
        assert_eq!(c.starts[0], NaiveDate::from_ymd_opt(2021, 7, 1).unwrap());
    }
}
