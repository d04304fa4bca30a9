//! The storyline view: every agency (or country) is a line running left to right;
//! while agencies share a team or an event their lines run side by side inside a
//! labelled band, and split apart when the cooperation ends.
//!
//! After Tanahashi & Ma (2012) and StoryFlow (Liu et al. 2013): time becomes a
//! sequence of slots (one per date at which something starts or ends); at each slot
//! an agency belongs to at most one group; groups are ordered by barycentre sweeps
//! over the slots to cut crossings (ties broken by id, so the result is
//! deterministic), lines are then aligned across slots to cut wiggles, and the
//! layout is compacted so bands never overlap.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::model::{AgencyRef, EventRef, Model, PartialDate, TeamRef};
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Segment, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::{TextMeasure, Weight, truncate};

use super::kit::{BoxGrid, MARGIN};

/// One line per agency or per country.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryBy {
    /// One line per agency.
    Agency,
    /// One line per country (EU bodies and international organisations stay themselves).
    Country,
}

/// What the line colours stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryColor {
    /// A colour per country.
    Country,
    /// A colour per agency kind.
    Kind,
}

/// Everything the storyline can be asked to do.
#[derive(Clone, Debug)]
pub struct StorylineOptions {
    /// Lines per agency or per country.
    pub by: StoryBy,
    /// Line colours.
    pub color: StoryColor,
    /// Show cooperation that did not end before this date.
    pub from: Option<PartialDate>,
    /// Show cooperation that had begun by the end of this date.
    pub to: Option<PartialDate>,
    /// Canvas width in px.
    pub width: f64,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
}

impl Default for StorylineOptions {
    fn default() -> Self {
        StorylineOptions {
            by: StoryBy::Agency,
            color: StoryColor::Country,
            from: None,
            to: None,
            width: 1920.0,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
        }
    }
}

/// How good a storyline layout is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct StorylineStats {
    /// Pairs of lines that swap order between two adjacent slots.
    pub crossings: usize,
    /// Times a line moves up or down between two adjacent slots.
    pub wiggles: usize,
    /// Crossings of the naive order (lines sorted by id, groups by their first line).
    pub naive_crossings: usize,
    /// Wiggles of the naive order.
    pub naive_wiggles: usize,
    /// Number of time slots.
    pub slots: usize,
    /// Number of lines.
    pub lines: usize,
}

const LINE_GAP: f64 = 24.0;
const BLOCK_GAP: f64 = 56.0;
const LINE_W: f64 = 4.0;
const LABEL: f64 = 16.0;
const BAND_LABEL: f64 = 15.0;
const TICK: f64 = 15.0;
const SWEEPS: usize = 12;
/// Sweeps in a row that may find no order with fewer crossings before the search
/// stops: on large stories the count only wanders around the best one by then.
const PATIENCE: usize = 4;
/// Most time steps before the story is read month by month, then year by year.
const MAX_SLOTS: usize = 240;

/// A group at one slot: a team or an event, and the lines in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Session {
    Event(EventRef),
    Team(TeamRef),
}

/// One slot's arrangement: blocks top to bottom; a block is a group or a lone line.
#[cfg(test)]
type Order = Vec<(Option<Session>, Vec<usize>)>;

struct Story {
    /// Line keys (agency id or country code), labels and colour keys.
    lines: Vec<(String, String, usize)>,
    /// Slot dates, each with the date as written that it stands for.
    slots: Vec<NaiveDate>,
    labels: Vec<PartialDate>,
    /// Each line's first slot. A line runs through the slots from its first to its
    /// last without a break, so what it does slot by slot is kept line by line, in
    /// one vector: line `l` holds cells `off[l]..off[l + 1]`, one per slot of its run.
    first: Vec<usize>,
    off: Vec<usize>,
    /// Each cell's group, as an index into `sessions`, or [`ALONE`].
    group: Vec<u32>,
    /// The groups, each once.
    sessions: Vec<Session>,
}

/// The group of a line that is in none.
const ALONE: u32 = u32::MAX;

impl Story {
    /// The slots line `l` runs through.
    fn run(&self, l: usize) -> std::ops::Range<usize> {
        self.first[l]..self.first[l] + (self.off[l + 1] - self.off[l])
    }

    /// The cell of line `l` at slot `s`, if the line runs there.
    fn cell(&self, l: usize, s: usize) -> Option<usize> {
        let k = s.checked_sub(self.first[l])?;
        (k < self.off[l + 1] - self.off[l]).then(|| self.off[l] + k)
    }

    /// Line `l`'s group at slot `s`: None if the line is absent, Some(ALONE) if alone.
    fn group_at(&self, l: usize, s: usize) -> Option<u32> {
        self.cell(l, s).map(|c| self.group[c])
    }
}

fn line_key(model: &Model, by: StoryBy, a: AgencyRef) -> (String, String) {
    let ag = &model[a];
    match by {
        StoryBy::Country if !ag.country.is_supranational() => {
            (ag.country.code().to_string(), ag.country.name().to_string())
        }
        _ => (ag.id.as_str().to_string(), ag.label().to_string()),
    }
}

fn build_story(model: &Model, opts: &StorylineOptions) -> Story {
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

/// The naive order: lines by key, groups by their first line.
fn naive_orders(story: &Story) -> Vec<Flat> {
    let n = story.lines.len();
    let mut by_key: Vec<usize> = (0..n).collect();
    by_key.sort_by(|a, b| story.lines[*a].0.cmp(&story.lines[*b].0));
    // Each slot's lines in key order: lines dealt to their slots in that order.
    let mut per_slot: Vec<Vec<usize>> = vec![Vec::new(); story.slots.len()];
    for l in &by_key {
        for s in story.run(*l) {
            per_slot[s].push(*l);
        }
    }
    // A block's key is its first line's, so blocks come in the order their first
    // lines do, and lines in a block in key order. `block_of` holds each group's
    // block in the slot at hand, stamped with the slot.
    let mut block_of: Vec<(usize, usize)> = vec![(usize::MAX, 0); story.sessions.len()];
    let mut block_id: Vec<usize> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    per_slot
        .iter()
        .enumerate()
        .map(|(s, ls)| {
            let mut f = Flat::default();
            block_id.clear();
            ends.clear();
            for l in ls {
                let g = story.group_at(*l, s).unwrap_or(ALONE);
                let fresh = f.blocks.len();
                let b = match block_of.get_mut(g as usize) {
                    Some(at) if at.0 == s => at.1,
                    Some(at) => {
                        *at = (s, fresh);
                        fresh
                    }
                    None => fresh,
                };
                if b == fresh {
                    f.blocks.push((g, 0));
                    ends.push(0);
                }
                ends[b] += 1;
                block_id.push(b);
            }
            // Sizes to ends, then each line dealt to the next free place of its block.
            let mut end = 0;
            for (k, e) in ends.iter_mut().enumerate() {
                end += *e;
                *e = end - *e;
                f.blocks[k].1 = end as u32;
            }
            f.lines.resize(ls.len(), 0);
            for (l, b) in ls.iter().zip(&block_id) {
                f.lines[ends[*b]] = *l;
                ends[*b] += 1;
            }
            f
        })
        .collect()
}

/// Where each line stands in one slot's order (0 at the top), for the lines of that
/// slot only. Refilled slot after slot: a stamp marks the current slot's entries, so a
/// slot costs its own lines, not every line of the story. Stamp and place share one
/// word, so a look-up is one read (places are line counts, below 2^32, and stamps
/// count slots visited, far below).
struct Places {
    /// `(stamp << 32) | place`.
    at: Vec<u64>,
    now: u64,
}

impl Places {
    fn new(n: usize) -> Places {
        Places {
            at: vec![0; n],
            now: 0,
        }
    }

    /// Forgets the previous slot and records `lines`, top to bottom.
    fn fill(&mut self, lines: &[usize]) {
        self.now += 1;
        let stamp = self.now << 32;
        for (i, l) in lines.iter().enumerate() {
            self.at[*l] = stamp | i as u64;
        }
    }

    fn get(&self, l: usize) -> Option<usize> {
        let v = self.at[l];
        (v >> 32 == self.now).then_some((v & 0xffff_ffff) as usize)
    }
}

/// One slot's order as the sweeps work on it: all lines top to bottom in one vector,
/// blocks as ranges of it. Keeping the best orders seen then copies two vectors per
/// slot rather than one per block, and a sweep reads memory in order.
#[derive(Debug, Default)]
struct Flat {
    lines: Vec<usize>,
    /// Each block's group (as in [`Story::group`]) and where it ends in `lines`,
    /// in two half words: the sweeps copy blocks over and over, and a slot's blocks
    /// then fit in a third of the cache they took as a session and a length.
    blocks: Vec<(u32, u32)>,
}

impl Clone for Flat {
    fn clone(&self) -> Flat {
        Flat {
            lines: self.lines.clone(),
            blocks: self.blocks.clone(),
        }
    }

    // Keeping the best orders copies into the buffers of the last best, not new ones.
    fn clone_from(&mut self, source: &Flat) {
        self.lines.clone_from(&source.lines);
        self.blocks.clone_from(&source.blocks);
    }
}

impl Flat {
    #[cfg(test)]
    fn new(order: &Order) -> Flat {
        let mut f = Flat::default();
        for (g, ls) in order {
            f.lines.extend_from_slice(ls);
            f.blocks
                .push((g.map_or(ALONE, |_| 0), f.lines.len() as u32));
        }
        f
    }

    /// Each block's group (as in [`Story::group`]) and lines, top to bottom.
    fn iter(&self) -> impl Iterator<Item = (u32, &[usize])> + '_ {
        let mut start = 0;
        self.blocks.iter().map(move |(g, end)| {
            let end = *end as usize;
            let ls = &self.lines[start..end];
            start = end;
            (*g, ls)
        })
    }
}

/// Scratch space for [`reorder`], kept across slots.
#[derive(Default)]
struct Scratch {
    /// A block's lines as `(place << 32) | line`: places and lines are below 2^32
    /// (a slot's places are its lines), so these sort as (place, line) pairs do.
    keyed: Vec<u64>,
    sorted: Vec<usize>,
    /// Each block's sort key ([`total_key`] of its barycentre) and its barycentre
    /// rounded down, in block order.
    keys: Vec<(u64, usize)>,
    deal: Deal,
}

/// Blocks sorted by barycentre in linear time, not n log n. Barycentres are places,
/// below the number of lines of a slot, so blocks are dealt into one bucket per whole
/// number (most get one block or none) and only buckets dealt several are sorted.
/// Rounding down keeps order and dealing keeps block order, so this is the order a
/// plain sort by (barycentre, block) gives.
#[derive(Default)]
struct Deal {
    /// Blocks per bucket (bucket `w` at `w + 1`), then where each bucket starts,
    /// then where it ends.
    counts: Vec<usize>,
    /// Buckets dealt more than one block.
    crowded: Vec<usize>,
    /// (key, block), sorted.
    dealt: Vec<(u64, usize)>,
}

impl Deal {
    /// Starts a deal of whole parts below `bound`.
    fn start(&mut self, bound: usize) {
        self.counts.clear();
        self.counts.resize(bound + 1, 0);
        self.crowded.clear();
    }

    /// Counts a block whose barycentre rounds down to `w`, below the bound.
    fn count(&mut self, w: usize) {
        let c = &mut self.counts[w + 1];
        *c += 1;
        if *c == 2 {
            self.crowded.push(w);
        }
    }

    /// The counted blocks, sorted; `keys[b]` is block b's (key, whole part).
    fn finish(&mut self, keys: &[(u64, usize)]) -> &[(u64, usize)] {
        for i in 1..self.counts.len() {
            self.counts[i] += self.counts[i - 1];
        }
        self.dealt.clear();
        self.dealt.resize(keys.len(), (0, 0));
        for (b, (k, w)) in keys.iter().enumerate() {
            let at = &mut self.counts[*w];
            self.dealt[*at] = (*k, b);
            *at += 1;
        }
        for w in &self.crowded {
            // Bucket w now ends where it started, and starts where w - 1 ends.
            let start = w.checked_sub(1).map_or(0, |v| self.counts[v]);
            self.dealt[start..self.counts[*w]].sort_unstable();
        }
        &self.dealt
    }
}

/// Sorting networks for two to six values: pairs compared and exchanged in a fixed
/// order, without branches. Groups are mostly of two to five lines, in an order no
/// branch predictor can learn, and a sort by comparisons mispredicts about every
/// other comparison.
const NETWORKS: [&[(usize, usize)]; 5] = [
    &[(0, 1)],
    &[(0, 1), (0, 2), (1, 2)],
    &[(0, 1), (2, 3), (0, 2), (1, 3), (1, 2)],
    &[
        (0, 1),
        (3, 4),
        (2, 4),
        (2, 3),
        (0, 3),
        (0, 2),
        (1, 4),
        (1, 3),
        (1, 2),
    ],
    &[
        (1, 2),
        (4, 5),
        (0, 2),
        (3, 5),
        (0, 1),
        (3, 4),
        (2, 5),
        (0, 3),
        (1, 4),
        (2, 4),
        (1, 3),
        (2, 3),
    ],
];

/// Sorts `v`: by a network when short, else by `sort_unstable`.
fn sort_few(v: &mut [u64]) {
    match NETWORKS.get(v.len().wrapping_sub(2)) {
        Some(net) => {
            for (i, j) in net.iter() {
                let (a, b) = (v[*i], v[*j]);
                v[*i] = a.min(b);
                v[*j] = a.max(b);
            }
        }
        None => v.sort_unstable(),
    }
}

/// `x` as an integer that sorts as [`f64::total_cmp`] sorts `x`.
fn total_key(x: f64) -> u64 {
    let b = x.to_bits();
    if b >> 63 == 1 { !b } else { b | 1 << 63 }
}

/// One barycentre step, from `order` into `out`: blocks by the mean place of their
/// lines in `reference` (their own mean place when none is there), lines within a
/// block by their place in `reference`, else their own. Ties go to the earlier block,
/// the lower line id. `reference` holds `ref_len` lines.
fn reorder(
    order: &Flat,
    reference: &Places,
    ref_len: usize,
    out: &mut Flat,
    scratch: &mut Scratch,
) {
    let Scratch {
        keyed,
        sorted,
        keys,
        deal,
    } = scratch;
    sorted.clear();
    sorted.extend_from_slice(&order.lines);
    keys.clear();
    // A place is below its slot's line count, and so is a mean of places.
    let bound = ref_len.max(order.lines.len()) + 1;
    deal.start(bound);
    // False if a barycentre is not a place, which cannot happen.
    let mut dealable = true;
    let mut start = 0;
    for (_, end) in &order.blocks {
        let end = *end as usize;
        if end == start + 1 {
            // Most blocks are a lone line: its barycentre is a place, its own whole
            // part, and there is nothing to sort.
            let p = reference.get(order.lines[start]).unwrap_or(start);
            if dealable {
                deal.count(p);
            }
            keys.push((total_key(p as f64), p));
            start = end;
            continue;
        }
        // Places are whole numbers, far below 2^53: summed as integers they give the
        // same mean as summed as floats, in any order.
        let bary = {
            keyed.clear();
            let (mut sum, mut known) = (0usize, 0usize);
            for (k, l) in order.lines[start..end].iter().enumerate() {
                let key = match reference.get(*l) {
                    Some(p) => {
                        sum += p;
                        known += 1;
                        p
                    }
                    None => start + k,
                };
                keyed.push(((key as u64) << 32) | *l as u64);
            }
            // Keys are unique (the line id decides ties), so an unstable sort is exact.
            sort_few(keyed);
            for (to, kl) in sorted[start..end].iter_mut().zip(keyed.iter()) {
                *to = (kl & 0xffff_ffff) as usize;
            }
            if known == 0 {
                (start..end).map(|p| p as f64).sum::<f64>() / (end - start).max(1) as f64
            } else {
                sum as f64 / known as f64
            }
        };
        let w = bary as usize;
        dealable &= bary >= 0.0 && w < bound;
        if dealable {
            deal.count(w);
        }
        keys.push((total_key(bary), w));
        start = end;
    }
    let by_bary: &[(u64, usize)] = if dealable {
        deal.finish(keys)
    } else {
        deal.dealt.clear();
        deal.dealt
            .extend(keys.iter().enumerate().map(|(b, (k, _))| (*k, b)));
        deal.dealt.sort_unstable();
        &deal.dealt
    };
    out.lines.clear();
    out.blocks.clear();
    for (_, bi) in by_bary {
        let (g, end) = order.blocks[*bi];
        let end = end as usize;
        let start = bi.checked_sub(1).map_or(0, |p| order.blocks[p].1 as usize);
        // A copy call per lone line would cost more than the line.
        if end == start + 1 {
            out.lines.push(sorted[start]);
        } else {
            out.lines.extend_from_slice(&sorted[start..end]);
        }
        out.blocks.push((g, out.lines.len() as u32));
    }
}

/// Pairs of lines that swap order between adjacent slots, over all slots.
#[cfg(test)]
fn crossings(orders: &[Order], n: usize) -> usize {
    let flats: Vec<Flat> = orders.iter().map(Flat::new).collect();
    flat_crossings(&flats, n)
}

fn flat_crossings(orders: &[Flat], n: usize) -> usize {
    let mut next = Places::new(n);
    let mut seq: Vec<usize> = Vec::new();
    let mut tree = Fenwick::default();
    let mut total = 0;
    for w in orders.windows(2) {
        next.fill(&w[1].lines);
        total += pair_crossings(&w[0], &next, w[1].lines.len(), &mut seq, &mut tree);
    }
    total
}

/// Crossings between `left` and the slot whose places are `right` (`size` lines).
fn pair_crossings(
    left: &Flat,
    right: &Places,
    size: usize,
    seq: &mut Vec<usize>,
    tree: &mut Fenwick,
) -> usize {
    // Places at the right slot, read in the order of the left slot.
    seq.clear();
    seq.extend(left.lines.iter().filter_map(|l| right.get(*l)));
    inversions(seq, size, tree)
}

/// Pairs out of order in `v`, a sequence of distinct values below `size`:
/// O(len log size) with a Fenwick tree of counts seen so far.
fn inversions(v: &[usize], size: usize, tree: &mut Fenwick) -> usize {
    tree.reset(size);
    let mut count = 0;
    for (seen, x) in v.iter().enumerate() {
        // Earlier values that are larger than this one.
        count += seen - tree.count_below(*x + 1);
        tree.add(*x);
    }
    count
}

/// A set of values, counted below a value in O(log(n / 64)): a bit per value, and a
/// Fenwick tree over words of 64 of them. A plain Fenwick tree over the values
/// takes two chains of log n dependent steps per line; counting crossings is a
/// quarter of the sweeps' time, and this has a third of the steps.
#[derive(Default)]
struct Fenwick {
    bits: Vec<u64>,
    /// Fenwick tree of the words' counts (word w at w + 1).
    sums: Vec<u32>,
}

impl Fenwick {
    /// Empties the set, for values below `size`.
    fn reset(&mut self, size: usize) {
        let words = size / 64 + 1;
        self.bits.clear();
        self.bits.resize(words, 0);
        self.sums.clear();
        self.sums.resize(words + 1, 0);
    }

    /// Adds `x`, not yet in the set and below the size.
    fn add(&mut self, x: usize) {
        if let Some(w) = self.bits.get_mut(x / 64) {
            *w |= 1 << (x % 64);
        }
        let mut i = x / 64 + 1;
        while let Some(c) = self.sums.get_mut(i) {
            *c = c.wrapping_add(1);
            i += i & i.wrapping_neg();
        }
    }

    /// How many values below `x` were added.
    fn count_below(&self, x: usize) -> usize {
        let w = (x / 64).min(self.bits.len().saturating_sub(1));
        let mut sum = match self.bits.get(w) {
            Some(bits) if w == x / 64 => (bits & ((1u64 << (x % 64)) - 1)).count_ones() as usize,
            Some(bits) => bits.count_ones() as usize,
            None => 0,
        };
        let mut i = w;
        while i > 0 {
            sum += self.sums[i] as usize;
            i -= i & i.wrapping_neg();
        }
        sum
    }
}

/// Barycentre sweeps, left to right then right to left, keeping the best order seen,
/// until [`SWEEPS`] or [`PATIENCE`] sweeps in a row without a better one. Returns it
/// with the crossings of `orders` and of the best order.
fn optimise(orders: &[Flat], n: usize) -> (Vec<Flat>, usize, usize) {
    let mut orders = orders.to_vec();
    let mut best = orders.clone();
    let first_c = flat_crossings(&orders, n);
    let mut best_c = first_c;
    let mut reference = Places::new(n);
    let mut scratch = Scratch::default();
    let mut out = Flat::default();
    let mut seq = Vec::new();
    let mut tree = Fenwick::default();
    let mut since_best = 0;
    for _ in 0..SWEEPS {
        for s in 1..orders.len() {
            reference.fill(&orders[s - 1].lines);
            let ref_len = orders[s - 1].lines.len();
            reorder(&orders[s], &reference, ref_len, &mut out, &mut scratch);
            std::mem::swap(&mut orders[s], &mut out);
        }
        // Going back, slot s is final once reordered against slot s + 1, which
        // already is: their crossings are counted there, with the places at hand.
        let mut c = 0;
        for s in (0..orders.len().saturating_sub(1)).rev() {
            reference.fill(&orders[s + 1].lines);
            let ref_len = orders[s + 1].lines.len();
            reorder(&orders[s], &reference, ref_len, &mut out, &mut scratch);
            std::mem::swap(&mut orders[s], &mut out);
            c += pair_crossings(&orders[s], &reference, ref_len, &mut seq, &mut tree);
        }
        if c < best_c {
            best_c = c;
            best.clone_from(&orders);
            since_best = 0;
        } else {
            since_best += 1;
            if since_best == PATIENCE {
                break;
            }
        }
    }
    (best, first_c, best_c)
}

/// How far below the tightest stacking a block may stay to keep its lines
/// straight. Lowered blocks are never lifted otherwise, and over hundreds of
/// time steps the whole story would slide down into a picture many times taller
/// than its lines need.
const MAX_DRIFT: f64 = 10.0 * BLOCK_GAP;

/// y of every cell (a line at a slot, as in [`Story::group`]): blocks stacked with
/// gaps, each block lowered to line up with where its lines were at the slot before
/// when there is room, unless that leaves it more than [`MAX_DRIFT`] below where
/// stacking would put it.
fn align(story: &Story, orders: &[Flat], top: f64) -> Vec<f64> {
    let mut ys = vec![top; story.group.len()];
    for (s, order) in orders.iter().enumerate() {
        let mut cursor = top;
        for (_, ls) in order.iter() {
            let desired = if s > 0 {
                ls.iter()
                    .enumerate()
                    .filter_map(|(k, l)| story.cell(*l, s - 1).map(|c| ys[c] - k as f64 * LINE_GAP))
                    .fold(None, |acc: Option<f64>, v| {
                        Some(acc.map_or(v, |a| a.max(v)))
                    })
            } else {
                None
            };
            let start = desired
                .filter(|d| *d <= cursor + MAX_DRIFT)
                .map_or(cursor, |d| d.max(cursor));
            for (k, l) in ls.iter().enumerate() {
                if let Some(c) = story.cell(*l, s) {
                    ys[c] = start + k as f64 * LINE_GAP;
                }
            }
            cursor = start + (ls.len() as f64 - 1.0) * LINE_GAP + BLOCK_GAP;
        }
    }
    ys
}

/// Times a line moves between adjacent slots, over all lines.
fn wiggles(story: &Story, ys: &[f64]) -> usize {
    story
        .off
        .windows(2)
        .map(|w| {
            ys[w[0]..w[1]]
                .windows(2)
                .filter(|p| (p[0] - p[1]).abs() > 0.5)
                .count()
        })
        .sum()
}

/// Where the lines run, to keep labels clear of them. Each line is drawn as a flat
/// stretch at every slot of its run and a curve from each slot to the next; a label
/// must miss the boxes along it: one per stretch and six per curve, between points
/// of the curve. Boxes are not stored (they would be millions, and labels few):
/// per slot, stretches are kept by height, and curves by top with a tree of their
/// lowest bottoms, so a label is tested only against the pieces that reach its
/// height, whose boxes are then made on the spot, with the same arithmetic as ever.
/// The tree is there because plain y buckets would not do: between two slots a line
/// may drop across most of a tall picture.
struct LineBoxes {
    slots: Vec<SlotBoxes>,
    /// True if slots lie left to right, so the ones under a label can be bisected for.
    rising: bool,
    weights: [[f64; 4]; 6],
}

/// The pieces of line drawn for one slot: the stretches there and the curves into it.
struct SlotBoxes {
    /// Leftmost and rightmost edge of every box of the slot.
    extent: (f64, f64),
    /// x and width of every stretch's box.
    flat_x: (f64, f64),
    /// (top, line) of each stretch's box, by top.
    flats: Vec<(f64, usize)>,
    /// x and width of the six boxes along every curve.
    curve_x: [(f64, f64); 6],
    /// Curves from the slot before, by `top`.
    curves: Vec<Curve>,
    /// Implicit binary tree over `curves` (node 1 covers all, node i has children 2i
    /// and 2i + 1): the greatest `bottom` below each node.
    reach: Vec<f64>,
    /// Leaves of the tree: `curves.len()` rounded up to a power of two.
    leaves: usize,
}

/// One line's curve between two slots, from height `from` to `to`. `top` (and the
/// bottom kept in the tree) bound its boxes with a margin far wider than rounding,
/// so a curve passed over can never have touched the label.
struct Curve {
    top: f64,
    line: usize,
    from: f64,
    to: f64,
}

/// Weights of the curve's end points and control points at the six points along it
/// that bound its boxes, each product grouped as the drawing code first wrote it.
fn curve_weights() -> [[f64; 4]; 6] {
    let mut w = [[0.0; 4]; 6];
    for (k, row) in w.iter_mut().enumerate() {
        let t = (k + 1) as f64 / 6.0;
        let u = 1.0 - t;
        *row = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
    }
    w
}

/// The seven points, first to last, at which a curve's six boxes meet, along one
/// axis: from `a` through controls `b`, `c` to `d`.
fn curve_points(w: &[[f64; 4]; 6], a: f64, b: f64, c: f64, d: f64) -> [f64; 7] {
    let mut p = [a; 7];
    for (k, r) in w.iter().enumerate() {
        p[k + 1] = r[0] * a + r[1] * b + r[2] * c + r[3] * d;
    }
    p
}

/// The box a line of width [`LINE_W`] needs between two points.
fn piece_box(a: (f64, f64), b: (f64, f64)) -> Rect {
    Rect::new(
        a.0.min(b.0),
        a.1.min(b.1) - LINE_W,
        (a.0 - b.0).abs(),
        (a.1 - b.1).abs() + 2.0 * LINE_W,
    )
}

impl LineBoxes {
    /// `seg_x(s)` is where slot `s`'s stretches start, `seg` their length, and `y_at`
    /// a line's height at a slot.
    fn new(
        orders: &[Flat],
        seg_x: impl Fn(usize) -> f64,
        seg: f64,
        y_at: impl Fn(usize, usize) -> Option<f64>,
    ) -> LineBoxes {
        let w = curve_weights();
        let slots: Vec<SlotBoxes> = orders
            .iter()
            .enumerate()
            .map(|(s, order)| {
                let xb = seg_x(s);
                let flat = piece_box((xb, 0.0), (xb + seg, 0.0));
                let mut extent = (flat.x, flat.right());
                let mut curve_x = [(0.0, 0.0); 6];
                if s > 0 {
                    let xa = seg_x(s - 1) + seg;
                    let mid = (xa + xb) / 2.0;
                    let px = curve_points(&w, xa, mid, mid, xb);
                    for (i, cx) in curve_x.iter_mut().enumerate() {
                        let r = piece_box((px[i], 0.0), (px[i + 1], 0.0));
                        *cx = (r.x, r.w);
                        extent = (extent.0.min(r.x), extent.1.max(r.right()));
                    }
                }
                let mut flats: Vec<(f64, usize)> = Vec::with_capacity(order.lines.len());
                let mut curves: Vec<Curve> = Vec::new();
                for l in &order.lines {
                    let Some(to) = y_at(*l, s) else { continue };
                    flats.push((piece_box((xb, to), (xb + seg, to)).y, *l));
                    let Some(from) = s.checked_sub(1).and_then(|p| y_at(*l, p)) else {
                        continue;
                    };
                    let margin = 1e-9 * (1.0 + from.abs() + to.abs());
                    curves.push(Curve {
                        top: from.min(to) - LINE_W - margin,
                        line: *l,
                        from,
                        to,
                    });
                }
                // Stretches come top to bottom already; the sort only makes sure.
                flats.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
                // Which of two curves with the same top comes first does not change
                // an answer.
                curves.sort_unstable_by(|a, b| a.top.total_cmp(&b.top));
                let leaves = curves.len().next_power_of_two();
                let mut reach = vec![f64::NEG_INFINITY; 2 * leaves];
                for (i, c) in curves.iter().enumerate() {
                    let margin = 1e-9 * (1.0 + c.from.abs() + c.to.abs());
                    reach[leaves + i] = c.from.max(c.to) + LINE_W + margin;
                }
                for i in (1..leaves).rev() {
                    reach[i] = reach[2 * i].max(reach[2 * i + 1]);
                }
                SlotBoxes {
                    extent,
                    flat_x: (flat.x, flat.w),
                    flats,
                    curve_x,
                    curves,
                    reach,
                    leaves,
                }
            })
            .collect();
        let rising = slots
            .windows(2)
            .all(|p| p[0].extent.0 <= p[1].extent.0 && p[0].extent.1 <= p[1].extent.1);
        LineBoxes {
            slots,
            rising,
            weights: w,
        }
    }

    /// True if `bb` overlaps a box of a line other than `own` (as [`Rect::overlaps`]
    /// counts it).
    fn hits(&self, bb: &Rect, own: Option<usize>) -> bool {
        let (a, b) = if self.rising {
            let a = self.slots.partition_point(|s| s.extent.1 <= bb.x);
            let b = self.slots.partition_point(|s| s.extent.0 < bb.right());
            (a, b.max(a))
        } else {
            (0, self.slots.len())
        };
        self.slots[a..b]
            .iter()
            .any(|s| s.hits_flat(bb, own) || s.hits_curve(bb, own, &self.weights))
    }
}

impl SlotBoxes {
    fn hits_flat(&self, bb: &Rect, own: Option<usize>) -> bool {
        let (x, w) = self.flat_x;
        let h = 2.0 * LINE_W;
        if !(x < bb.right() && bb.x < x + w) {
            return false;
        }
        // Every stretch box is as tall, so bottoms rise with tops: the boxes that
        // reach the label's height are one run.
        let below = self.flats.partition_point(|(t, _)| *t < bb.bottom());
        let from = self.flats[..below].partition_point(|(t, _)| t + h <= bb.y);
        self.flats[from..below]
            .iter()
            .any(|(t, l)| Some(*l) != own && Rect::new(x, *t, w, h).overlaps(bb))
    }

    fn hits_curve(&self, bb: &Rect, own: Option<usize>, w: &[[f64; 4]; 6]) -> bool {
        if self.curves.is_empty() {
            return false;
        }
        // Only curves whose top is above the label's bottom can overlap it.
        let above = self.curves.partition_point(|c| c.top < bb.bottom());
        self.search(1, 0, self.leaves, above, bb, own, w)
    }

    #[allow(clippy::too_many_arguments)]
    fn search(
        &self,
        node: usize,
        lo: usize,
        hi: usize,
        above: usize,
        bb: &Rect,
        own: Option<usize>,
        w: &[[f64; 4]; 6],
    ) -> bool {
        // Nothing here starts high enough, or nothing here reaches down to the label.
        if lo >= above || self.reach[node] <= bb.y {
            return false;
        }
        if hi - lo == 1 {
            let c = &self.curves[lo];
            if Some(c.line) == own {
                return false;
            }
            let py = curve_points(w, c.from, c.from, c.to, c.to);
            return (0..6).any(|i| {
                let (x, wd) = self.curve_x[i];
                let r = piece_box((0.0, py[i]), (0.0, py[i + 1]));
                Rect::new(x, r.y, wd, r.h).overlaps(bb)
            });
        }
        let mid = (lo + hi) / 2;
        self.search(2 * node, lo, mid, above, bb, own, w)
            || self.search(2 * node + 1, mid, hi, above, bb, own, w)
    }
}

/// The bands, to keep labels off them. A slot's bands share their x and stand apart
/// top to bottom, so tops and bottoms rise together and the bands at a label's height
/// are found by bisection (checked: a slot where they did not rise is searched whole).
struct BandBoxes {
    slots: Vec<SlotBands>,
    /// True if slots lie left to right, so the ones under a label can be bisected for.
    rising: bool,
}

struct SlotBands {
    /// x and width of every band of the slot.
    x: f64,
    w: f64,
    /// The slot's bands, top to bottom.
    boxes: Vec<Rect>,
    /// True if bottoms rise with tops.
    sorted: bool,
}

impl BandBoxes {
    fn new(slots: Vec<(Rect, Vec<Rect>)>) -> BandBoxes {
        let slots: Vec<SlotBands> = slots
            .into_iter()
            .map(|(span, boxes)| SlotBands {
                x: span.x,
                w: span.w,
                sorted: boxes
                    .windows(2)
                    .all(|p| p[0].y <= p[1].y && p[0].bottom() <= p[1].bottom()),
                boxes,
            })
            .collect();
        let rising = slots
            .windows(2)
            .all(|p| p[0].x <= p[1].x && p[0].x + p[0].w <= p[1].x + p[1].w);
        BandBoxes { slots, rising }
    }

    /// True if `r` overlaps a band (as [`Rect::overlaps`] counts it).
    fn overlaps(&self, r: &Rect) -> bool {
        let (a, b) = if self.rising {
            let a = self.slots.partition_point(|s| s.x + s.w <= r.x);
            let b = self.slots.partition_point(|s| s.x < r.right());
            (a, b.max(a))
        } else {
            (0, self.slots.len())
        };
        self.slots[a..b].iter().any(|s| {
            if !(s.x < r.right() && r.x < s.x + s.w) {
                return false;
            }
            if !s.sorted {
                return s.boxes.iter().any(|b| b.overlaps(r));
            }
            let below = s.boxes.partition_point(|b| b.y < r.bottom());
            let from = s.boxes[..below].partition_point(|b| b.bottom() <= r.y);
            s.boxes[from..below].iter().any(|b| b.overlaps(r))
        })
    }
}

fn palette_color(theme: &Theme, key: usize, keys: &mut Vec<usize>) -> Color {
    let i = match keys.iter().position(|k| *k == key) {
        Some(i) => i,
        None => {
            keys.push(key);
            keys.len() - 1
        }
    };
    theme.color(i)
}

fn session_name(model: &Model, s: Session) -> (&str, &str) {
    match s {
        Session::Event(e) => (model[e].id.as_str(), model[e].name.as_str()),
        Session::Team(t) => (model[t].id.as_str(), model[t].name.as_str()),
    }
}

/// The name of a colour key: the country or the kind it was made from.
fn story_color_name(model: &Model, opts: &StorylineOptions, key: usize) -> String {
    for a in &model.agencies {
        let k = match opts.color {
            StoryColor::Country => a
                .country
                .code()
                .bytes()
                .fold(0usize, |h, b| h * 31 + b as usize),
            StoryColor::Kind => a.kind as usize,
        };
        if k == key {
            return match opts.color {
                StoryColor::Country => a.country.name().to_string(),
                StoryColor::Kind => a.kind.as_str().to_string(),
            };
        }
    }
    String::new()
}

/// Lays out the storyline of `model` and reports its crossings and wiggles.
// Lines and slots are ids into several parallel tables; indexing reads clearer here.
#[allow(clippy::needless_range_loop)]
pub fn layout_storyline(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &StorylineOptions,
) -> (Scene, StorylineStats) {
    let theme = &opts.theme;
    let story = build_story(model, opts);
    let n = story.lines.len();
    let naive = naive_orders(&story);
    let (orders, naive_c, best_c) = optimise(&naive, n);
    // At least 56 px per time step: a long story makes a wide picture, not a squashed one.
    // Each name's width, measured once: the labels want it again.
    let name_w: Vec<f64> = story
        .lines
        .iter()
        .map(|l| m.width(&l.1, LABEL, Weight::Semibold))
        .collect();
    let label_room = name_w.iter().copied().fold(0.0, f64::max).min(280.0) + 16.0;
    let width = opts
        .width
        .max(2.0 * (MARGIN + label_room) + story.slots.len() as f64 * 56.0);
    let mut scene = Scene::new(width, 100.0, theme.background);

    // Title.
    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| "Cooperation storyline".into());
    let subtitle = format!(
        "{} lines · {} time steps, evenly spaced (not to scale) · bands: shared teams and events",
        n,
        story.slots.len()
    );
    let (title, subtitle, mut y) = super::kit::heading(&mut scene, m, theme, &title, &subtitle);
    y += 40.0;

    // Horizontal geometry: a segment per slot, joined by curves.
    // Room for names on both sides: a line is named where it starts, or where it ends.
    let x0 = MARGIN + label_room;
    let x1 = width - MARGIN - label_room;
    let slots = story.slots.len().max(1);
    let pitch = (x1 - x0) / slots as f64;
    let seg = pitch * 0.5;
    let seg_x = |s: usize| x0 + s as f64 * pitch + (pitch - seg) / 2.0;

    let top = y + BAND_LABEL + 14.0;
    let ys = align(&story, &orders, top);
    let naive_ys = align(&story, &naive, top);
    let y_at = |l: usize, s: usize| story.cell(l, s).map(|c| ys[c]);
    let stats = StorylineStats {
        crossings: best_c,
        wiggles: wiggles(&story, &ys),
        naive_crossings: naive_c,
        naive_wiggles: wiggles(&story, &naive_ys),
        slots: story.slots.len(),
        lines: n,
    };
    let bottom = ys.iter().copied().fold(top, f64::max);

    // Line geometry first: bands and labels must keep clear of it.
    let mut keys = Vec::new();
    // (line, start point, path segments, end point)
    type Geom = (usize, (f64, f64), Vec<Segment>, (f64, f64));
    let mut line_geom: Vec<Geom> = Vec::with_capacity(n);
    for l in 0..n {
        let run = story.run(l);
        let cells = &ys[story.off[l]..story.off[l + 1]];
        let Some((&y0, rest)) = cells.split_first() else {
            continue;
        };
        let first = run.start;
        let mut segs = Vec::with_capacity(1 + 2 * rest.len());
        segs.push(Segment::Line(seg_x(first) + seg, y0));
        let mut prev_y = y0;
        for (s, &yy) in (first + 1..).zip(rest) {
            let (xa, xb) = (seg_x(s - 1) + seg, seg_x(s));
            let mid = (xa + xb) / 2.0;
            segs.push(Segment::Cubic((mid, prev_y), (mid, yy), (xb, yy)));
            segs.push(Segment::Line(xb + seg, yy));
            prev_y = yy;
        }
        let end = (seg_x(run.end - 1) + seg, prev_y);
        line_geom.push((l, (seg_x(first), y0), segs, end));
    }
    let line_boxes = LineBoxes::new(&orders, seg_x, seg, y_at);
    let hits_line = |bb: &Rect, own: Option<usize>| line_boxes.hits(bb, own);

    // Bands: one per group per slot, behind the lines; labelled once per run.
    // Labels are filed in a grid: a label is checked against the boxes near it, not
    // all of them.
    let mut labels = BoxGrid::new(64.0);
    // The slot at which each group was last seen, by group number.
    let mut last_seen: Vec<Option<usize>> = vec![None; story.sessions.len()];
    // Every band's box first, so a label can keep clear of bands drawn after it.
    let band_boxes: Vec<(Rect, Vec<Rect>)> = orders
        .iter()
        .enumerate()
        .map(|(s, order)| {
            let boxes = order
                .iter()
                .filter(|(g, _)| *g != ALONE)
                .map(|(_, ls)| {
                    let (lo, hi) = ls
                        .iter()
                        .filter_map(|l| y_at(*l, s))
                        .fold((f64::MAX, f64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
                    Rect::new(seg_x(s) - 8.0, lo - 10.0, seg + 16.0, hi - lo + 20.0)
                })
                .collect();
            (Rect::new(seg_x(s) - 8.0, 0.0, seg + 16.0, 0.0), boxes)
        })
        .collect();
    let bands = BandBoxes::new(band_boxes);
    // Room for every band and line up front: items are large, and growing the list
    // by doubling would copy them over and over.
    let band_count: usize = bands.slots.iter().map(|s| s.boxes.len()).sum();
    scene.items.reserve(band_count + 2 * n);
    // A group's tooltip, made once for all its bands, by group number.
    let mut tooltips: Vec<Option<std::sync::Arc<str>>> = vec![None; story.sessions.len()];
    for (s, order) in orders.iter().enumerate() {
        let groups = order.blocks.iter().filter(|(g, _)| *g != ALONE);
        for ((code, _), &rect) in groups.zip(&bands.slots[s].boxes) {
            let code = *code as usize;
            let Some(g) = story.sessions.get(code) else {
                continue;
            };
            let (id, name) = session_name(model, *g);
            let color = match g {
                Session::Team(_) => theme.grid,
                Session::Event(_) => theme.band,
            };
            let idx = scene.push(
                Role::Mark,
                Shape::Rect {
                    rect,
                    radius: 10.0,
                    fill: Paint::Solid(color, 1.0),
                    stroke: Some(Stroke {
                        color: theme.muted,
                        width: 1.0,
                        dash: matches!(g, Session::Event(_)).then_some((4.0, 3.0)),
                        opacity: 0.6,
                    }),
                },
            );
            let tooltip = tooltips[code].get_or_insert_with(|| {
                let when = match g {
                    Session::Event(e) => model[*e].period().human(),
                    Session::Team(t) => model[*t].period().human(),
                };
                let mut t = String::with_capacity(name.len() + 1 + when.len());
                t.push_str(name);
                t.push('\n');
                t.push_str(&when);
                t.into()
            });
            scene.items[idx].record = Some(id.into());
            scene.items[idx].tooltip = Some(tooltip.clone());
            // Label a run once, at its first slot, above the band, if it fits.
            let continues = s > 0 && last_seen[code].is_some_and(|l| l + 1 == s);
            last_seen[code] = Some(s);
            if continues {
                continue;
            }
            let max_w = pitch * 1.8;
            let h = m.ascent(BAND_LABEL) + m.descent(BAND_LABEL);
            // Above the band, else below it.
            let spots = [rect.y - 6.0, rect.bottom() + 6.0 + m.ascent(BAND_LABEL)];
            let free = |bx: f64, w: f64, base: f64| {
                let bb = Rect::new(bx, base - m.ascent(BAND_LABEL), w, h);
                // Lines block nearly every spot, so they are asked first.
                bb.y > y
                    && bb.bottom() < bottom + 30.0
                    && !hits_line(&bb, None)
                    && !labels.overlaps(&bb.inflate(2.0))
                    && !bands.overlaps(&bb)
            };
            // Measuring the name costs more than the tests, and most spots are
            // blocked. Unless a label would run past the right margin it starts at the
            // band's left edge whatever its width, so its box holds a box of no width
            // there, and anything that blocks that box blocks the label: if both
            // spots are blocked so, the name need not be measured.
            if rect.x <= width - MARGIN - max_w
                && !spots
                    .iter()
                    .any(|base| free(rect.x.max(MARGIN), 0.0, *base))
            {
                continue;
            }
            if let Some(text) = truncate(m, name, BAND_LABEL, Weight::Regular, max_w) {
                let w = m.width(&text, BAND_LABEL, Weight::Regular);
                let bx = (rect.x).min(width - MARGIN - w).max(MARGIN);
                let spot = spots.into_iter().find(|base| free(bx, w, *base));
                if let Some(base) = spot {
                    let bb = Rect::new(bx, base - m.ascent(BAND_LABEL), w, h);
                    let t = scene.push_text(
                        m,
                        bx,
                        base,
                        &text,
                        BAND_LABEL,
                        Weight::Regular,
                        theme.muted,
                        Anchor::Start,
                    );
                    scene.items[t].record = Some(id.into());
                    scene.items[t].tooltip = Some(tooltip.clone());
                    labels.insert(bb);
                }
            }
        }
    }

    // Lines: horizontal in each slot, S-curves between slots.
    // (line, start point, end point)
    type Ends = (usize, (f64, f64), (f64, f64));
    let mut line_paths: Vec<Ends> = Vec::with_capacity(n);
    for (l, from, segs, end) in line_geom {
        let color = palette_color(theme, story.lines[l].2, &mut keys);
        let (key, label, _) = &story.lines[l];
        let idx = scene.push(
            Role::Decoration,
            Shape::Path {
                from,
                segments: segs,
                stroke: Stroke {
                    color,
                    width: LINE_W,
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
        scene.items[idx].record = Some(key.as_str().into());
        scene.items[idx].tooltip = Some(label.as_str().into());
        line_paths.push((l, from, end));
    }

    // Line labels: where a line starts, else where it ends; clear of lines and bands.
    let mut omitted = 0;
    for (l, start, end) in &line_paths {
        let label = &story.lines[*l].1;
        let color = palette_color(theme, story.lines[*l].2, &mut keys);
        let ink = if color.contrast(&theme.background) >= 4.5 {
            color
        } else {
            theme.text
        };
        let (sx, sy) = *start;
        let (ex, ey) = *end;
        let mut placed = false;
        for (anchor_x, y_line, anchor) in
            [(sx - 10.0, sy, Anchor::End), (ex + 10.0, ey, Anchor::Start)]
        {
            let room = match anchor {
                Anchor::End => anchor_x - MARGIN,
                _ => width - MARGIN - anchor_x,
            };
            let room = room.clamp(0.0, 280.0);
            // A name that fits is used whole, as truncate would.
            let (text, w) = if name_w[*l] <= room {
                (std::borrow::Cow::Borrowed(label.as_str()), name_w[*l])
            } else {
                let Some(text) = truncate(m, label, LABEL, Weight::Semibold, room) else {
                    continue;
                };
                let w = m.width(&text, LABEL, Weight::Semibold);
                (std::borrow::Cow::Owned(text), w)
            };
            let base = y_line + (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
            let left = if anchor == Anchor::End {
                anchor_x - w
            } else {
                anchor_x
            };
            let bb = Rect::new(
                left,
                base - m.ascent(LABEL),
                w,
                m.ascent(LABEL) + m.descent(LABEL),
            );
            if labels.overlaps(&bb.inflate(2.0)) || bands.overlaps(&bb) || hits_line(&bb, Some(*l))
            {
                continue;
            }
            let t = scene.push_text(
                m,
                anchor_x,
                base,
                &text,
                LABEL,
                Weight::Semibold,
                ink,
                anchor,
            );
            scene.items[t].record = Some(story.lines[*l].0.clone().into());
            scene.items[t].tooltip = Some(label.clone().into());
            labels.insert(bb);
            placed = true;
            break;
        }
        if !placed {
            omitted += 1;
        }
    }

    // Long lines are named again where they join a group after a long stretch.
    const GAP_SLOTS: usize = 6;
    for (l, ..) in &line_paths {
        let run = story.run(*l);
        let first = run.start;
        let mut last = first;
        let cells = story.off[*l]..story.off[*l + 1];
        let (groups, heights) = (&story.group[cells.clone()], &ys[cells]);
        let label = &story.lines[*l].1;
        for (k, s) in run.enumerate() {
            // Joins a group: grouped here, and absent or elsewhere the slot before.
            let joins = s > 0
                && groups[k] != ALONE
                && k.checked_sub(1).is_none_or(|p| groups[p] != groups[k]);
            if s < last + GAP_SLOTS || !joins {
                continue;
            }
            let yy = heights[k];
            // Named in full or not at all: a clipped repeat helps no one. A label
            // too wide for one gap is too wide for all of them.
            let w = name_w[*l];
            if w > (pitch - seg).max(0.0) + seg * 0.5 {
                break;
            }
            let ax = seg_x(s) - 10.0;
            let base = yy + (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
            let bb = Rect::new(
                ax - w,
                base - m.ascent(LABEL),
                w,
                m.ascent(LABEL) + m.descent(LABEL),
            );
            if bb.x < MARGIN
                || labels.overlaps(&bb.inflate(2.0))
                || bands.overlaps(&bb)
                || hits_line(&bb, Some(*l))
            {
                continue;
            }
            let color = palette_color(theme, story.lines[*l].2, &mut keys);
            let ink = if color.contrast(&theme.background) >= 4.5 {
                color
            } else {
                theme.text
            };
            let t = scene.push_text(
                m,
                ax,
                base,
                label,
                LABEL,
                Weight::Semibold,
                ink,
                Anchor::End,
            );
            scene.items[t].record = Some(story.lines[*l].0.clone().into());
            scene.items[t].tooltip = Some(label.clone().into());
            labels.insert(bb);
            last = s;
        }
    }

    // Axis: the date of each slot, as precise as the data.
    let mut y = bottom + 36.0 + m.ascent(TICK);
    let mut last_right = f64::MIN;
    for (s, d) in story.labels.iter().enumerate() {
        let text = d.human();
        let w = m.width(&text, TICK, Weight::Regular);
        let cx = seg_x(s) + seg / 2.0;
        if cx - w / 2.0 < last_right + 10.0
            || cx + w / 2.0 > width - MARGIN
            || cx - w / 2.0 < MARGIN
        {
            continue;
        }
        scene.push_text(
            m,
            cx,
            y,
            &text,
            TICK,
            Weight::Regular,
            theme.muted,
            Anchor::Middle,
        );
        last_right = cx + w / 2.0;
    }
    y += m.descent(TICK) + 28.0;
    // Legend: what the colours stand for.
    let mut seen: Vec<(usize, String)> = Vec::new();
    for (_, _, key) in &story.lines {
        if !seen.iter().any(|(k, _)| k == key) {
            let name = story_color_name(model, opts, *key);
            seen.push((*key, name));
        }
    }
    let mut lx = MARGIN;
    y += m.ascent(LABEL);
    for (key, name) in &seen {
        let color = palette_color(theme, *key, &mut keys);
        let w = m.width(name, LABEL, Weight::Regular);
        if lx + 40.0 + w > width - MARGIN && lx > MARGIN {
            lx = MARGIN;
            y += m.ascent(LABEL) + m.descent(LABEL) + 10.0;
        }
        let cy = y - (m.ascent(LABEL) - m.descent(LABEL)) / 2.0;
        scene.push(
            Role::Decoration,
            Shape::Line {
                x1: lx,
                y1: cy,
                x2: lx + 30.0,
                y2: cy,
                stroke: Stroke {
                    color,
                    width: LINE_W,
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
        scene.push_text(
            m,
            lx + 40.0,
            y,
            name,
            LABEL,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        lx += 40.0 + w + 32.0;
    }
    y += m.descent(LABEL) + 20.0;
    if omitted > 0 {
        y += m.ascent(14.0);
        let note = format!("{omitted} line labels left out for space: hover the lines.");
        scene.push_text(
            m,
            MARGIN,
            y,
            &note,
            14.0,
            Weight::Regular,
            theme.muted,
            Anchor::Start,
        );
        y += m.descent(14.0);
    }
    scene.height = (y + MARGIN).ceil();
    scene.title = title;
    scene.description = format!(
        "Storyline of {}: {}",
        model.title.clone().unwrap_or_default(),
        subtitle
    );
    (scene, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small seeded generator: the tests see the same cases every run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// Some of `n` lines, shuffled, cut into blocks.
    fn random_order(rng: &mut Rng, n: usize) -> Order {
        let mut ls: Vec<usize> = (0..n).filter(|_| rng.below(4) != 0).collect();
        for i in (1..ls.len()).rev() {
            ls.swap(i, rng.below(i + 1));
        }
        let mut order = Order::new();
        while !ls.is_empty() {
            let take = 1 + rng.below(ls.len().min(4));
            let rest = ls.split_off(take);
            let g = (rng.below(2) == 0).then_some(Session::Event(EventRef(order.len())));
            order.push((g, ls));
            ls = rest;
        }
        order
    }

    #[test]
    fn crossings_match_a_count_of_every_pair() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for case in 0..300 {
            let n = 1 + case % 40;
            let orders: Vec<Order> = (0..1 + rng.below(5))
                .map(|_| random_order(&mut rng, n))
                .collect();
            let mut brute = 0;
            for w in orders.windows(2) {
                let place = |o: &Order, l: usize| o.iter().flat_map(|b| &b.1).position(|x| *x == l);
                for a in 0..n {
                    for b in a + 1..n {
                        if let (Some(a0), Some(b0), Some(a1), Some(b1)) = (
                            place(&w[0], a),
                            place(&w[0], b),
                            place(&w[1], a),
                            place(&w[1], b),
                        ) {
                            brute += usize::from((a0 < b0) != (a1 < b1));
                        }
                    }
                }
            }
            assert_eq!(crossings(&orders, n), brute, "case {case}: {orders:?}");
        }
    }

    /// One barycentre step as first written: float means and plain sorts.
    fn reorder_plain(order: &Flat, reference: &Places) -> Flat {
        let place = |l: usize| reference.get(l).map(|p| p as f64);
        let mut blocks: Vec<(f64, usize, Vec<usize>)> = Vec::new();
        let mut start = 0;
        for (bi, (_, end)) in order.blocks.iter().enumerate() {
            let end = *end as usize;
            let ls = &order.lines[start..end];
            let known = ls.iter().filter(|l| reference.get(**l).is_some()).count();
            let bary = if known == 0 {
                (start..end).map(|p| p as f64).sum::<f64>() / ls.len().max(1) as f64
            } else {
                ls.iter().filter_map(|l| place(*l)).sum::<f64>() / known as f64
            };
            let mut keyed: Vec<(f64, usize)> = ls
                .iter()
                .enumerate()
                .map(|(k, l)| (place(*l).unwrap_or((start + k) as f64), *l))
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            blocks.push((bary, bi, keyed.into_iter().map(|(_, l)| l).collect()));
            start = end;
        }
        blocks.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Flat::default();
        for (_, bi, ls) in blocks {
            out.lines.extend_from_slice(&ls);
            out.blocks
                .push((order.blocks[bi].0, out.lines.len() as u32));
        }
        out
    }

    #[test]
    fn reorder_matches_a_plain_barycentre_sort() {
        let mut rng = Rng(7);
        let mut scratch = Scratch::default();
        let mut out = Flat::default();
        for case in 0..2000 {
            let n = 1 + case % 60;
            // Some lines in both slots, some in one; blocks of one to nine lines, so
            // barycentres tie often and every sort path is taken.
            let mut lines: Vec<usize> = (0..n).filter(|_| rng.below(5) != 0).collect();
            for i in (1..lines.len()).rev() {
                lines.swap(i, rng.below(i + 1));
            }
            let mut order = Flat::default();
            while order.lines.len() < lines.len() {
                let take = (1 + rng.below(9)).min(lines.len() - order.lines.len());
                let from = order.lines.len();
                order.lines.extend_from_slice(&lines[from..from + take]);
                order
                    .blocks
                    .push((order.blocks.len() as u32, order.lines.len() as u32));
            }
            let mut other: Vec<usize> = (0..n).filter(|_| rng.below(4) != 0).collect();
            for i in (1..other.len()).rev() {
                other.swap(i, rng.below(i + 1));
            }
            let mut reference = Places::new(n);
            reference.fill(&other);
            reorder(&order, &reference, other.len(), &mut out, &mut scratch);
            let plain = reorder_plain(&order, &reference);
            assert_eq!(
                out.lines, plain.lines,
                "case {case}: {order:?} by {other:?}"
            );
            assert_eq!(
                out.blocks, plain.blocks,
                "case {case}: {order:?} by {other:?}"
            );
        }
        let xs = [-1.5, -0.0, 0.0, 0.25, 1.0, 3.5, f64::INFINITY];
        for w in xs.windows(2) {
            assert!(total_key(w[0]) < total_key(w[1]), "{w:?}");
        }
    }

    #[test]
    fn sorting_networks_sort_every_order() {
        // Every order of distinct values, up to eight (past six, the plain sort).
        for len in 0..=8usize {
            let mut perm: Vec<u64> = (0..len as u64).collect();
            let mut c = vec![0usize; len];
            let mut seen = 0;
            let mut check = |p: &[u64]| {
                let mut v = p.to_vec();
                sort_few(&mut v);
                assert!(v.windows(2).all(|w| w[0] < w[1]), "{p:?} -> {v:?}");
                seen += 1;
            };
            check(&perm);
            // Heap's algorithm.
            let mut i = 1;
            while i < len {
                if c[i] < i {
                    let k = if i % 2 == 0 { 0 } else { c[i] };
                    perm.swap(k, i);
                    check(&perm);
                    c[i] += 1;
                    i = 1;
                } else {
                    c[i] = 0;
                    i += 1;
                }
            }
            assert_eq!(seen, (1..=len).product::<usize>(), "orders of {len}");
        }
    }

    #[test]
    fn inversions_match_a_count_of_every_pair() {
        let mut rng = Rng(42);
        let mut tree = Fenwick::default();
        for len in 0..200 {
            let mut v: Vec<usize> = (0..len).collect();
            for i in (1..len).rev() {
                v.swap(i, rng.below(i + 1));
            }
            let brute = (0..len)
                .flat_map(|i| (i + 1..len).map(move |j| (i, j)))
                .filter(|&(i, j)| v[i] > v[j])
                .count();
            assert_eq!(inversions(&v, len, &mut tree), brute, "{v:?}");
        }
        // Fully reversed: every pair.
        let v: Vec<usize> = (0..1000).rev().collect();
        assert_eq!(inversions(&v, 1000, &mut tree), 1000 * 999 / 2);
    }
}
