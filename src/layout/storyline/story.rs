//! Building the story: the time slots, the lines, and which group each line is
//! in at every slot.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap;

use super::legend::{ColorKey, color_key};
use super::{StoryBy, StorylineOptions};
use crate::model::{AgencyRef, EventRef, Model, PartialDate, TeamRef};

/// Most time steps before the story is read month by month, then year by year.
pub(super) const MAX_SLOTS: usize = 240;

/// A group at one slot: a team or an event, and the lines in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Session {
    Event(EventRef),
    Team(TeamRef),
}

/// A line: an agency, or a country.
pub(super) struct Line {
    /// Agency id or country code.
    pub(super) key: String,
    /// What the line is called.
    pub(super) label: String,
    /// What its colour stands for, as [`color_key`] gives it.
    pub(super) color: ColorKey,
    /// The country code its name must keep, when it is drawn in the shared
    /// "other countries" colour.
    pub(super) code: Option<&'static str>,
    /// Every agency it stands for is of low confidence: drawn dashed.
    pub(super) low: bool,
}

/// What happens over time: who is in which group at every slot.
pub(super) struct Story {
    pub(super) lines: Vec<Line>,
    /// Slot dates, each with the date as written that it stands for.
    pub(super) slots: Vec<NaiveDate>,
    pub(super) labels: Vec<PartialDate>,
    /// Each line's first slot. A line runs through the slots from its first to its
    /// last without a break, so what it does slot by slot is kept line by line, in
    /// one vector: line `l` holds cells `off[l]..off[l + 1]`, one per slot of its run.
    pub(super) first: Vec<usize>,
    pub(super) off: Vec<usize>,
    /// Each cell's group, as an index into `sessions`, or [`ALONE`].
    pub(super) group: Vec<u32>,
    /// The groups, each once.
    pub(super) sessions: Vec<Session>,
}

/// The group of a line that is in none.
pub(super) const ALONE: u32 = u32::MAX;

impl Story {
    /// The slots line `l` runs through.
    pub(super) fn run(&self, l: usize) -> std::ops::Range<usize> {
        self.first[l]..self.first[l] + (self.off[l + 1] - self.off[l])
    }

    /// The cell of line `l` at slot `s`, if the line runs there.
    pub(super) fn cell(&self, l: usize, s: usize) -> Option<usize> {
        let k = s.checked_sub(self.first[l])?;
        (k < self.off[l + 1] - self.off[l]).then(|| self.off[l] + k)
    }

    /// Line `l`'s group at slot `s`: None if the line is absent, Some(ALONE) if alone.
    pub(super) fn group_at(&self, l: usize, s: usize) -> Option<u32> {
        self.cell(l, s).map(|c| self.group[c])
    }
}

/// An agency's line: its key (agency id, or country code), name and colour key.
fn line_key(model: &Model, by: StoryBy, a: AgencyRef) -> (String, String) {
    let ag = &model[a];
    match by {
        StoryBy::Country if ag.country.is_country() => {
            (ag.country.code().to_string(), ag.country.name().to_string())
        }
        _ => (ag.id.as_str().to_string(), ag.label().to_string()),
    }
}

/// A session as it runs: its group, first and last day, and who takes part.
type Stretch = (Session, NaiveDate, NaiveDate, Vec<AgencyRef>);

/// A slot: its first and last day, and the date it is labelled with.
type Span = (NaiveDate, NaiveDate, PartialDate);

/// The story of `model` within the options' window: a slot per date at which
/// something starts or ends (at most [`MAX_SLOTS`], read by month or year past
/// that), a line per agency (or country) that takes part, and at every slot each
/// line in at most one group, events before teams, bigger before smaller. A line
/// runs from its first slot to its last without a break.
pub(super) fn build_story(model: &Model, opts: &StorylineOptions) -> Story {
    let (sessions, written) = stretches(model, opts);
    let dates = slot_dates(model, opts, &sessions);
    let spans = match bucket_of(&dates) {
        None => exact_spans(&dates, &written),
        Some(bucket) => bucket_spans(&dates, bucket),
    };
    let labels: Vec<PartialDate> = spans.iter().map(|s| s.2).collect();
    let slots: Vec<NaiveDate> = spans.iter().map(|s| s.0).collect();
    let active = active_sessions(&spans, &sessions);
    let (numbers, group_sessions) = group_numbers(&sessions);
    let mut lines = LineTable::new(model, opts);
    let entries = slot_entries(model, &sessions, &numbers, &active, &mut lines);
    let (first, off, group) = cells(lines.lines.len(), &entries);
    // Several agencies of one country in one event collapse into one line (by country):
    // groups of one line stay groups, which is right: the country took part.
    Story {
        lines: lines.lines,
        slots,
        labels,
        first,
        off,
        group,
        sessions: group_sessions,
    }
}

/// Every team membership, team host and event within the window as a stretch of
/// days, and every date a slot may stand for, as written.
fn stretches(
    model: &Model,
    opts: &StorylineOptions,
) -> (Vec<Stretch>, Vec<(NaiveDate, PartialDate)>) {
    let within = |p: &crate::model::Period| p.within(opts.from.as_ref(), opts.to.as_ref());
    // Where each session runs, as days [first, last].
    let mut sessions: Vec<Stretch> = Vec::new();
    // Every date a slot may stand for, as written.
    let mut written: Vec<(NaiveDate, PartialDate)> = Vec::new();
    let far = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    for (ti, t) in model.teams.iter().enumerate() {
        if !within(&t.period()) {
            continue;
        }
        // Each membership is its own stretch; the host runs through while the team does.
        // A start known only as "on or before" counts from its stated date.
        let mut stretch = |p: crate::model::Period, who: AgencyRef| {
            let start = if p.start.earliest().is_none() {
                p.start.last_day()
            } else {
                p.start.first_day()
            };
            written.push((start, p.start));
            sessions.push((
                Session::Team(TeamRef(ti)),
                start,
                p.end.map_or(far, |e| e.last_day()),
                vec![who],
            ));
        };
        for mb in &t.members {
            stretch(t.membership_period(mb), mb.agency);
        }
        if let Some(h) = t.hosted_by {
            stretch(t.period(), h);
        }
    }
    for (ei, e) in model.events.iter().enumerate() {
        let p = e.period();
        if !within(&p) || e.participants.is_empty() {
            continue;
        }
        let end = p.end.map_or(p.start.first_day(), |d| {
            if e.end.is_some() {
                d.last_day()
            } else {
                p.start.first_day()
            }
        });
        written.push((p.start.first_day(), p.start));
        if let (Some(_), Some(d)) = (e.end, p.end) {
            written.push((d.last_day(), d));
        }
        sessions.push((
            Session::Event(EventRef(ei)),
            p.start.first_day(),
            end,
            e.participants.clone(),
        ));
    }
    (sessions, written)
}

/// The dates of the slots, rising, each once, within the window: every date at
/// which a session starts, and every span event's end.
fn slot_dates(model: &Model, opts: &StorylineOptions, sessions: &[Stretch]) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = sessions.iter().map(|s| s.1).collect();
    let mut in_story = vec![false; model.events.len()];
    for (s, ..) in sessions {
        if let Session::Event(e) = s {
            in_story[e.0] = true;
        }
    }
    for (ei, e) in model.events.iter().enumerate() {
        if e.end.is_some() && in_story[ei] {
            dates.push(e.period().end.map_or(e.start.first_day(), |d| d.last_day()));
        }
    }
    if let Some(f) = &opts.from {
        dates.retain(|d| *d >= f.first_day());
    }
    if let Some(t) = &opts.to {
        dates.retain(|d| *d <= t.last_day());
    }
    dates.sort();
    dates.dedup();
    dates
}

/// How a bucket's date is written, and whether buckets are months (else years).
type Bucket = (fn(i32, u32) -> String, bool);

fn month_start(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d)
}

fn year_start(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d)
}

/// A long story is read month by month (or year by year): None when `dates` are
/// at most [`MAX_SLOTS`], else the finest bucket that gives at most that many
/// (years, whatever they give).
fn bucket_of(dates: &[NaiveDate]) -> Option<Bucket> {
    let count = |f: &dyn Fn(NaiveDate) -> NaiveDate| {
        let mut v: Vec<NaiveDate> = dates.iter().map(|d| f(*d)).collect();
        v.dedup();
        v.len()
    };
    if dates.len() <= MAX_SLOTS {
        None
    } else if count(&month_start) <= MAX_SLOTS {
        Some((|y, m| format!("{y:04}-{m:02}"), true))
    } else {
        Some((|y, _| format!("{y:04}"), false))
    }
}

/// A slot per date, each labelled with the most precise date written for it
/// (never more precise than the data); among equals the last written.
fn exact_spans(dates: &[NaiveDate], written: &[(NaiveDate, PartialDate)]) -> Vec<Span> {
    let rank = |pd: &PartialDate| {
        (
            pd.precision(),
            pd.qualifier() == crate::model::Qualifier::Stated,
        )
    };
    let mut most: FxHashMap<NaiveDate, PartialDate> = FxHashMap::default();
    for (k, pd) in written {
        most.entry(*k)
            .and_modify(|m| {
                if rank(pd) >= rank(m) {
                    *m = *pd;
                }
            })
            .or_insert(*pd);
    }
    dates
        .iter()
        .map(|d| {
            let label = most.get(d).copied().unwrap_or_else(|| {
                PartialDate::parse(&d.format("%Y-%m-%d").to_string())
                    .unwrap_or_else(|_| PartialDate::parse("2000").expect("valid"))
            });
            (*d, *d, label)
        })
        .collect()
}

/// A slot per month (or year) that holds a date, spanning the whole of it and
/// labelled with it.
fn bucket_spans(dates: &[NaiveDate], (fmt, by_month): Bucket) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for d in dates {
        let first = if by_month {
            month_start(*d)
        } else {
            year_start(*d)
        };
        if spans.last().is_some_and(|s| s.0 == first) {
            continue;
        }
        let text = fmt(first.year(), first.month());
        let label = PartialDate::parse(&text)
            .unwrap_or_else(|_| PartialDate::parse("2000").expect("valid"));
        spans.push((first, label.last_day(), label));
    }
    spans
}

/// The sessions active in each slot (those whose days meet the slot's), in
/// session order. Slot bounds rise from slot to slot, so these are a run, found by
/// bisection; a slot list that did not rise (it cannot, but a fallback date could)
/// is scanned whole.
fn active_sessions(spans: &[Span], sessions: &[Stretch]) -> Vec<Vec<usize>> {
    let rising = spans
        .windows(2)
        .all(|w| w[0].0 <= w[1].0 && w[0].1 <= w[1].1);
    let mut active: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    for (i, (_, start, end, _)) in sessions.iter().enumerate() {
        if rising {
            let lo = spans.partition_point(|sp| sp.1 < *start);
            let hi = spans.partition_point(|sp| sp.0 <= *end);
            for slot in active.iter_mut().take(hi).skip(lo) {
                slot.push(i);
            }
        } else {
            for (si, (first, last, _)) in spans.iter().enumerate() {
                if *start <= *last && *first <= *end {
                    active[si].push(i);
                }
            }
        }
    }
    active
}

/// Groups carried as small numbers: each stretch's group number, and the groups
/// in number order. A group's number is its place among the groups by first
/// appearance. (Records are capped far below 2^32.)
fn group_numbers(sessions: &[Stretch]) -> (Vec<u32>, Vec<Session>) {
    let mut group_sessions: Vec<Session> = Vec::new();
    let mut number: FxHashMap<Session, u32> = FxHashMap::default();
    let numbers: Vec<u32> = sessions
        .iter()
        .map(|(s, ..)| {
            *number.entry(*s).or_insert_with(|| {
                group_sessions.push(*s);
                (group_sessions.len() - 1) as u32
            })
        })
        .collect();
    (numbers, group_sessions)
}

/// The lines met so far, each once, by key.
struct LineTable<'a> {
    model: &'a Model,
    opts: &'a StorylineOptions,
    lines: Vec<Line>,
    line_of: BTreeMap<String, usize>,
    /// An agency's line, once known: the key is built once per agency, not per slot.
    line_of_agency: Vec<Option<usize>>,
}

impl<'a> LineTable<'a> {
    fn new(model: &'a Model, opts: &'a StorylineOptions) -> LineTable<'a> {
        LineTable {
            model,
            opts,
            lines: Vec::new(),
            line_of: BTreeMap::new(),
            line_of_agency: vec![None; model.agencies.len()],
        }
    }

    /// Agency `a`'s line, added when first met.
    fn index(&mut self, a: AgencyRef) -> usize {
        if let Some(i) = self.line_of_agency.get(a.0).copied().flatten() {
            return i;
        }
        let (k, label) = line_key(self.model, self.opts.by, a);
        let low = self.model[a].assurance.is_low();
        if let Some(i) = self.line_of.get(&k) {
            if let Some(slot) = self.line_of_agency.get_mut(a.0) {
                *slot = Some(*i);
            }
            self.lines[*i].low &= low;
            return *i;
        }
        let color = color_key(&self.model[a], self.opts.color);
        self.lines.push(Line {
            key: k.clone(),
            label,
            color,
            code: None,
            low,
        });
        self.line_of.insert(k, self.lines.len() - 1);
        if let Some(slot) = self.line_of_agency.get_mut(a.0) {
            *slot = Some(self.lines.len() - 1);
        }
        self.lines.len() - 1
    }
}

/// A candidate group as one number that sorts as (kind: events first, size:
/// bigger first, session) does, with the group's number in its last quarter (ties
/// never reach it). Sizes and indices are counts of records, below 2^32.
fn candidate(model: &Model, s: &Session, code: u32) -> u128 {
    let (kind, size, index) = match s {
        Session::Event(e) => (0u128, model[*e].participants.len(), e.0),
        Session::Team(t) => (1u128, model[*t].members.len(), t.0),
    };
    let fewer = (u32::MAX as usize - size.min(u32::MAX as usize)) as u128;
    kind << 96 | fewer << 64 | (index as u128 & 0xffff_ffff) << 32 | code as u128
}

/// Each slot's lines with their group, in the order first met: a line's group at
/// a slot is the first of its candidates there by [`candidate`].
fn slot_entries(
    model: &Model,
    sessions: &[Stretch],
    numbers: &[u32],
    active: &[Vec<usize>],
    lines: &mut LineTable,
) -> Vec<Vec<(usize, u32)>> {
    // A line's best candidate is kept in a table stamped with the slot, so a slot
    // costs its own sessions only.
    let mut entries: Vec<Vec<(usize, u32)>> = Vec::with_capacity(active.len());
    // Each line's best candidate at the slot at hand: (slot, candidate).
    let mut best: Vec<(usize, u128)> = Vec::new();
    let mut touched: Vec<usize> = Vec::new();
    for (si, act) in active.iter().enumerate() {
        touched.clear();
        for &i in act {
            let (s, _, _, who) = &sessions[i];
            let cand = candidate(model, s, numbers[i]);
            for a in who {
                let li = lines.index(*a);
                if best.len() <= li {
                    best.resize(li + 1, (usize::MAX, 0));
                }
                let (at, c) = &mut best[li];
                if *at != si {
                    (*at, *c) = (si, cand);
                    touched.push(li);
                } else if cand < *c {
                    *c = cand;
                }
            }
        }
        // In the order first met: each line's entry only goes to its own cell.
        entries.push(touched.iter().map(|li| (*li, best[*li].1 as u32)).collect());
    }
    entries
}

/// The cells of `n` lines from each slot's entries: each line's first slot, where
/// its cells start and end, and each cell's group. A line runs from its first to
/// its last slot; in between it is alone when in no group.
fn cells(n: usize, entries: &[Vec<(usize, u32)>]) -> (Vec<usize>, Vec<usize>, Vec<u32>) {
    let mut reach: Vec<Option<(usize, usize)>> = vec![None; n];
    for (s, slot) in entries.iter().enumerate() {
        for (li, _) in slot {
            let r = reach[*li].get_or_insert((s, s));
            r.1 = s;
        }
    }
    let mut first = vec![0; n];
    let mut off = Vec::with_capacity(n + 1);
    off.push(0);
    for (li, r) in reach.iter().enumerate() {
        let len = r.map_or(0, |(a, b)| {
            first[li] = a;
            b - a + 1
        });
        off.push(off[li] + len);
    }
    let mut group = vec![ALONE; off[n]];
    for (s, slot) in entries.iter().enumerate() {
        for (li, g) in slot {
            group[off[*li] + s - first[*li]] = *g;
        }
    }
    (first, off, group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::tests::{SMALL, generated, model};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    /// The group of the line keyed `key` at the slot dated `on`.
    fn group_of(story: &Story, key: &str, on: NaiveDate) -> Option<Session> {
        let l = story.lines.iter().position(|l| l.key == key)?;
        let s = story.slots.iter().position(|d| *d == on)?;
        let g = story.group_at(l, s)?;
        story.sessions.get(g as usize).copied()
    }

    #[test]
    fn an_event_takes_its_agencies_out_of_their_team_while_it_lasts() {
        let m = model(SMALL);
        let story = build_story(&m, &StorylineOptions::default());
        assert_eq!(story.lines.len(), 3);
        // Slots: the team's start, the raid, and nothing else (the team's end is no slot).
        assert_eq!(story.slots, vec![date(2020, 1, 1), date(2021, 5, 1)]);
        let (team, raid) = (Session::Team(TeamRef(0)), Session::Event(EventRef(0)));
        assert_eq!(group_of(&story, "a", date(2020, 1, 1)), Some(team));
        assert_eq!(group_of(&story, "a", date(2021, 5, 1)), Some(raid));
        assert_eq!(group_of(&story, "b", date(2021, 5, 1)), Some(raid));
        assert_eq!(group_of(&story, "c", date(2021, 5, 1)), Some(team));
    }

    #[test]
    fn by_country_the_agencies_of_a_country_share_one_line() {
        let m = model(SMALL);
        let opts = StorylineOptions {
            by: StoryBy::Country,
            ..Default::default()
        };
        let story = build_story(&m, &opts);
        let keys: Vec<&str> = story.lines.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(keys, ["NL", "FR"]);
        assert_eq!(story.lines[0].label, "Netherlands");
        // Agencies of one country share a colour; of two countries, they do not.
        assert_ne!(story.lines[0].color, story.lines[1].color);
    }

    #[test]
    fn slots_run_forward_in_time_within_the_window() {
        let m = generated(60, 8, 200, 7);
        let from = PartialDate::parse("2021").expect("a date");
        let opts = StorylineOptions {
            from: Some(from),
            ..Default::default()
        };
        for story in [
            build_story(&m, &StorylineOptions::default()),
            build_story(&m, &opts),
        ] {
            assert!(story.slots.windows(2).all(|w| w[0] < w[1]));
            assert_eq!(story.labels.len(), story.slots.len());
            // Every line runs through at least one slot, and its cells are its run.
            for l in 0..story.lines.len() {
                assert!(!story.run(l).is_empty());
                assert_eq!(story.run(l).len(), story.off[l + 1] - story.off[l]);
            }
        }
        let windowed = build_story(&m, &opts);
        assert!(windowed.slots.iter().all(|d| *d >= from.first_day()));
    }

    #[test]
    fn a_long_story_is_read_month_by_month_then_year_by_year() {
        let days = |years: i64| -> Vec<NaiveDate> {
            (0..years * 365)
                .map(|k| date(2000, 1, 1) + chrono::Duration::days(k))
                .collect()
        };
        let few = days(0)
            .into_iter()
            .chain([date(2000, 1, 1), date(2000, 3, 5)])
            .collect::<Vec<_>>();
        assert!(bucket_of(&few).is_none(), "a short story keeps its dates");
        let two_years = days(2);
        let bucket = bucket_of(&two_years).expect("read by month");
        let spans = bucket_spans(&two_years, bucket);
        assert_eq!(spans.len(), 24);
        assert_eq!(
            (spans[0].0, spans[0].1),
            (date(2000, 1, 1), date(2000, 1, 31))
        );
        assert_eq!(
            spans[1].2.human(),
            PartialDate::parse("2000-02").expect("").human()
        );
        let thirty_years = days(30);
        let spans = bucket_spans(&thirty_years, bucket_of(&thirty_years).expect("by year"));
        assert_eq!(spans.len(), 30);
        assert!(spans.len() <= MAX_SLOTS);
        assert_eq!(
            (spans[0].0, spans[0].1),
            (date(2000, 1, 1), date(2000, 12, 31))
        );
    }
}
