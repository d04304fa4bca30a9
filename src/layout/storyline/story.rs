//! Building the story: the time slots, the lines, and which group each line is
//! in at every slot.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::{StoryBy, StoryColor, StorylineOptions};
use crate::model::{AgencyRef, EventRef, Model, PartialDate, TeamRef};

/// Most time steps before the story is read month by month, then year by year.
pub(super) const MAX_SLOTS: usize = 240;

/// A group at one slot: a team or an event, and the lines in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Session {
    Event(EventRef),
    Team(TeamRef),
}

pub(super) struct Story {
    /// Line keys (agency id or country code), labels and colour keys.
    pub(super) lines: Vec<(String, String, usize)>,
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

pub(super) fn line_key(model: &Model, by: StoryBy, a: AgencyRef) -> (String, String) {
    let ag = &model[a];
    match by {
        StoryBy::Country if !ag.country.is_supranational() => {
            (ag.country.code().to_string(), ag.country.name().to_string())
        }
        _ => (ag.id.as_str().to_string(), ag.label().to_string()),
    }
}

pub(super) fn build_story(model: &Model, opts: &StorylineOptions) -> Story {
    let within = |p: &crate::model::Period| p.within(opts.from.as_ref(), opts.to.as_ref());
    // Where each session runs, as days [first, last].
    let mut sessions: Vec<(Session, NaiveDate, NaiveDate, Vec<AgencyRef>)> = Vec::new();
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
    // Slots: every date at which a session starts, and every span event's end.
    let mut dates: Vec<NaiveDate> = sessions.iter().map(|s| s.1).collect();
    let mut in_story = vec![false; model.events.len()];
    for (s, ..) in &sessions {
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
    // A long story is read month by month (or year by year): at most MAX_SLOTS steps.
    use chrono::Datelike;
    let month_start = |d: NaiveDate| NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d);
    let year_start = |d: NaiveDate| NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d);
    let count = |f: &dyn Fn(NaiveDate) -> NaiveDate| {
        let mut v: Vec<NaiveDate> = dates.iter().map(|d| f(*d)).collect();
        v.dedup();
        v.len()
    };
    // (how a bucket's date is written, whether buckets are months)
    type Bucket = (fn(i32, u32) -> String, bool);
    let bucket: Option<Bucket> = if dates.len() <= MAX_SLOTS {
        None
    } else if count(&month_start) <= MAX_SLOTS {
        Some((|y, m| format!("{y:04}-{m:02}"), true))
    } else {
        Some((|y, _| format!("{y:04}"), false))
    };
    // Each slot: its first and last day, and the date it is labelled with.
    let mut spans: Vec<(NaiveDate, NaiveDate, PartialDate)> = Vec::new();
    match bucket {
        None => {
            // Show each slot as the most precise date written for it (never more
            // precise); among equals the last written, as `max_by_key` would pick.
            let rank = |pd: &PartialDate| {
                (
                    pd.precision(),
                    pd.qualifier() == crate::model::Qualifier::Stated,
                )
            };
            let mut most: FxHashMap<NaiveDate, PartialDate> = FxHashMap::default();
            for (k, pd) in &written {
                most.entry(*k)
                    .and_modify(|m| {
                        if rank(pd) >= rank(m) {
                            *m = *pd;
                        }
                    })
                    .or_insert(*pd);
            }
            for d in &dates {
                let label = most.get(d).copied().unwrap_or_else(|| {
                    PartialDate::parse(&d.format("%Y-%m-%d").to_string())
                        .unwrap_or_else(|_| PartialDate::parse("2000").expect("valid"))
                });
                spans.push((*d, *d, label));
            }
        }
        Some((fmt, by_month)) => {
            for d in &dates {
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
        }
    }
    let labels: Vec<PartialDate> = spans.iter().map(|s| s.2).collect();
    let dates: Vec<NaiveDate> = spans.iter().map(|s| s.0).collect();
    let mut lines: Vec<(String, String, usize)> = Vec::new();
    let mut line_of: BTreeMap<String, usize> = BTreeMap::new();
    // An agency's line, once known: the key is built once per agency, not per slot.
    let mut line_of_agency: Vec<Option<usize>> = vec![None; model.agencies.len()];
    let mut line_index = |a: AgencyRef, lines: &mut Vec<(String, String, usize)>| -> usize {
        if let Some(i) = line_of_agency.get(a.0).copied().flatten() {
            return i;
        }
        let (k, label) = line_key(model, opts.by, a);
        if let Some(i) = line_of.get(&k) {
            if let Some(slot) = line_of_agency.get_mut(a.0) {
                *slot = Some(*i);
            }
            return *i;
        }
        let color_key = match opts.color {
            StoryColor::Country => model[a]
                .country
                .code()
                .bytes()
                .fold(0usize, |h, b| h * 31 + b as usize),
            StoryColor::Kind => model[a].kind as usize,
        };
        lines.push((k.clone(), label, color_key));
        line_of.insert(k, lines.len() - 1);
        if let Some(slot) = line_of_agency.get_mut(a.0) {
            *slot = Some(lines.len() - 1);
        }
        lines.len() - 1
    };
    // The slots each session is active in. Slot bounds rise from slot to slot, so
    // these are a run, found by bisection; a slot list that did not rise (it cannot,
    // but a fallback date could) is scanned whole.
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
    // Groups are carried as small numbers: a session's number is its place in the
    // list of sessions, by first appearance. (Records are capped far below 2^32.)
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
    // Each slot's lines with their group. A line's best candidate is kept in
    // a table stamped with the slot, so a slot costs its own sessions only.
    let mut entries: Vec<Vec<(usize, u32)>> = Vec::with_capacity(spans.len());
    // A candidate group as one number that sorts as (kind: events first, size:
    // bigger first, session) does, with the group's number in its last quarter (ties
    // never reach it). Sizes and indices are counts of records, below 2^32.
    let candidate = |s: &Session, code: u32| -> u128 {
        let (kind, size, index) = match s {
            Session::Event(e) => (0u128, model[*e].participants.len(), e.0),
            Session::Team(t) => (1u128, model[*t].members.len(), t.0),
        };
        let fewer = (u32::MAX as usize - size.min(u32::MAX as usize)) as u128;
        kind << 96 | fewer << 64 | (index as u128 & 0xffff_ffff) << 32 | code as u128
    };
    // Each line's best candidate at the slot at hand: (slot, candidate).
    let mut best: Vec<(usize, u128)> = Vec::new();
    let mut touched: Vec<usize> = Vec::new();
    for (si, act) in active.iter().enumerate() {
        // Candidate groups per line in this slot: events first (they are short), then
        // the biggest team; ties by session order.
        touched.clear();
        for &i in act {
            let (s, _, _, who) = &sessions[i];
            let cand = candidate(s, numbers[i]);
            for a in who {
                let li = line_index(*a, &mut lines);
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
    // A line runs from its first to its last slot; in between it is alone when in no group.
    let n = lines.len();
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
    // Several agencies of one country in one event collapse into one line (by country):
    // groups of one line stay groups, which is right: the country took part.
    Story {
        lines,
        slots: dates,
        labels,
        first,
        off,
        group,
        sessions: group_sessions,
    }
}
