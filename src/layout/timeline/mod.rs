//! The timeline view: one lane per agency (grouped by country), team memberships as
//! bars, events as markers tied to a labelled band above the lanes.
//!
//! Dates are drawn at their own precision: a bar whose start is known to the day
//! has a crisp edge; one known to the month or year fades in across that month or
//! year; an approximate or unpublished date also gets a dashed outline. An event
//! known only to the month or year is drawn as a capsule across that interval, not
//! as a point.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Duration, NaiveDate};

use super::kit::MARGIN;
use super::scale::{Scale, TimeScale};
use crate::graph::build_graph;
use crate::model::{
    AgencyKind, AgencyRef, ContextRef, Country, EventRef, Model, PartialDate, Period, Precision,
    Qualifier, TeamKind, TeamRef,
};
use crate::scene::{Anchor, Item, Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::{TextMeasure, Weight, truncate, wrap};

/// What one lane stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneMode {
    /// One lane per agency, grouped by country.
    Agency,
    /// One lane per team (events sit on the teams they belong to).
    Team,
    /// One lane per country (EU bodies share the EU lane).
    Country,
    /// One lane per agency kind.
    Kind,
}

/// Canvas size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Size {
    /// 1920 px wide, as tall as the content needs.
    Auto,
    /// A fixed canvas; content taller than it is scaled down to fit.
    Fixed {
        /// Width in px.
        width: f64,
        /// Height in px.
        height: f64,
    },
}

impl Size {
    /// `auto`, `slide` (1920×1080), `slide43` (1440×1080), `a4` (landscape, 1754×1240),
    /// `square` (1080×1080), `social` (1200×630) or `WIDTHxHEIGHT`.
    pub fn parse(s: &str) -> Result<Size, String> {
        let fixed = |width, height| Ok(Size::Fixed { width, height });
        match s {
            "auto" => Ok(Size::Auto),
            "slide" | "16:9" => fixed(1920.0, 1080.0),
            "slide43" | "4:3" => fixed(1440.0, 1080.0),
            "a4" => fixed(1754.0, 1240.0),
            "square" => fixed(1080.0, 1080.0),
            "social" => fixed(1200.0, 630.0),
            _ => {
                let (w, h) = s
                    .split_once(['x', 'X'])
                    .ok_or_else(|| format!("unknown size `{s}`: use auto, slide, slide43, a4, square, social or WIDTHxHEIGHT"))?;
                let (w, h): (f64, f64) = (
                    w.trim()
                        .parse()
                        .map_err(|_| format!("bad width in `{s}`"))?,
                    h.trim()
                        .parse()
                        .map_err(|_| format!("bad height in `{s}`"))?,
                );
                if !(480.0..=10_000.0).contains(&w) || !(270.0..=10_000.0).contains(&h) {
                    return Err(format!(
                        "`{s}`: width must be 480–10000 and height 270–10000 px"
                    ));
                }
                fixed(w, h)
            }
        }
    }
}

/// Everything the timeline can be asked to do.
#[derive(Clone, Debug)]
pub struct TimelineOptions {
    /// What a lane stands for.
    pub lanes: LaneMode,
    /// Show cooperation that did not end before this date.
    pub from: Option<PartialDate>,
    /// Show cooperation that had begun by the end of this date.
    pub to: Option<PartialDate>,
    /// Highlight this agency and those it worked with; dim the rest.
    pub focus: Option<AgencyRef>,
    /// Canvas size.
    pub size: Size,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
    /// Replaces the generated subtitle.
    pub subtitle: Option<String>,
    /// A line under the picture (credit, context, a question for the class).
    pub caption: Option<String>,
    /// Draw the dataset's context records (legal instruments) as a lane and reference lines.
    pub context: bool,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            lanes: LaneMode::Agency,
            from: None,
            to: None,
            focus: None,
            size: Size::Auto,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
            subtitle: None,
            caption: None,
            context: true,
        }
    }
}

/// Type sizes in px. None is below 14, so a 1920×1080 slide reads from the back of a room.
struct Type;
impl Type {
    const TITLE: f64 = 44.0;
    const SUBTITLE: f64 = 24.0;
    const GROUP: f64 = 20.0;
    const LANE: f64 = 19.0;
    const EVENT: f64 = 17.0;
    const EVENT_DATE: f64 = 15.0;
    const BAR: f64 = 16.0;
    const TICK: f64 = 16.0;
    const YEAR: f64 = 18.0;
    const LEGEND: f64 = 16.0;
    const FOOT: f64 = 14.0;
    const CAPTION: f64 = 18.0;
    const CONTEXT: f64 = 15.0;
}

const MARKER_R: f64 = 8.0;

/// Vertical spacing, tightened step by step when a fixed canvas is too short.
/// Type sizes never change: a denser layout, not smaller text.
#[derive(Clone, Copy, Debug)]
struct Density {
    bar_h: f64,
    row_gap: f64,
    lane_pad: f64,
    group_gap: f64,
    section_gap: f64,
    max_band_rows: usize,
    /// Widths event names may wrap to (at most two lines), tried in order.
    label_widths: [f64; 2],
}

const DENSITIES: [Density; 3] = [
    Density {
        bar_h: 24.0,
        row_gap: 8.0,
        lane_pad: 10.0,
        group_gap: 10.0,
        section_gap: 28.0,
        max_band_rows: 8,
        label_widths: [300.0, 200.0],
    },
    Density {
        bar_h: 20.0,
        row_gap: 5.0,
        lane_pad: 6.0,
        group_gap: 6.0,
        section_gap: 18.0,
        max_band_rows: 6,
        label_widths: [440.0, 260.0],
    },
    Density {
        bar_h: 16.0,
        row_gap: 3.0,
        lane_pad: 4.0,
        group_gap: 2.0,
        section_gap: 12.0,
        max_band_rows: 5,
        label_widths: [520.0, 300.0],
    },
];

#[derive(Clone, Debug)]
struct Bar {
    team: TeamRef,
    period: Period,
    host: bool,
    tooltip: Arc<str>,
    row: usize,
}

#[derive(Clone, Debug)]
struct Lane {
    key: Arc<str>,
    /// The agency a lane of agencies stands for.
    agency: Option<AgencyRef>,
    label: String,
    tooltip: Arc<str>,
    group: Option<usize>,
    bars: Vec<Bar>,
    events: Vec<EventRef>,
    rows: usize,
    focus: bool,
}

#[derive(Clone, Debug)]
struct Group {
    label: String,
}

fn sources_line(model: &Model, refs: &[crate::model::SourceRef]) -> String {
    let mut line = String::new();
    write_sources_line(&mut line, model, refs);
    line
}

/// `\nSources: …` appended to `out`, nothing if there are none.
fn write_sources_line(out: &mut String, model: &Model, refs: &[crate::model::SourceRef]) {
    use std::fmt::Write;
    for (i, s) in refs.iter().enumerate() {
        out.push_str(if i == 0 { "\nSources: " } else { "; " });
        let s = &model[*s];
        let _ = match (&s.publisher, &s.date) {
            (Some(p), Some(d)) => write!(out, "{p}, {d}: "),
            (Some(p), None) => write!(out, "{p}: "),
            (None, Some(d)) => write!(out, "{d}: "),
            (None, None) => Ok(()),
        };
        out.push_str(&s.title);
    }
}

fn team_kind_name(k: TeamKind) -> &'static str {
    match k {
        TeamKind::Jit => "joint investigation team",
        TeamKind::Otf => "Europol operational task force",
        TeamKind::TaskForce => "task force",
        TeamKind::Network => "network",
        TeamKind::Other => "team",
    }
}

fn kind_label(k: AgencyKind) -> &'static str {
    match k {
        AgencyKind::Police => "Police",
        AgencyKind::Prosecution => "Prosecution",
        AgencyKind::Judiciary => "Judiciary",
        AgencyKind::Customs => "Customs",
        AgencyKind::Intelligence => "Intelligence",
        AgencyKind::Ministry => "Ministries",
        AgencyKind::EuAgency => "EU agencies",
        AgencyKind::International => "International organisations",
        AgencyKind::Other => "Other",
    }
}

fn event_tooltip(model: &Model, names: &Names, e: EventRef) -> String {
    use std::fmt::Write;
    let ev = &model[e];
    // Written in place: every event has one, and a large case has a hundred thousand.
    let mut t = String::with_capacity(256);
    t.push_str(&ev.name);
    t.push('\n');
    let _ = ev.period().write_human(&mut t);
    t.push_str(" (as written: ");
    let _ = ev.start.write_given(&mut t);
    if let Some(end) = ev.end {
        t.push_str(" – ");
        let _ = end.write_given(&mut t);
    }
    t.push(')');
    if let Some(k) = &ev.kind {
        t.push_str("\nKind: ");
        t.push_str(k);
    }
    for (i, p) in ev.participants.iter().enumerate() {
        t.push_str(if i == 0 { "\nParticipants: " } else { "; " });
        t.push_str(names.get(p.0));
    }
    for (i, p) in ev.places.iter().enumerate() {
        t.push_str(if i == 0 { "\nPlaces: " } else { "; " });
        t.push_str(p);
    }
    for (i, (k, v)) in ev.outcomes.iter().enumerate() {
        t.push_str(if i == 0 { "\nOutcomes: " } else { ", " });
        let _ = write!(t, "{} {v}", k.replace('_', " "));
    }
    if let Some(n) = &ev.notes {
        let _ = write!(t, "\n{n}");
    }
    write_sources_line(&mut t, model, &ev.sources);
    t
}

/// Every agency's name in one block: each event's tooltip names its
/// participants, and on a large case names kept with their agencies, all over
/// memory, would each be a wait.
struct Names {
    text: String,
    ends: Vec<usize>,
}

impl Names {
    fn new(model: &Model) -> Names {
        let mut text = String::new();
        let mut ends = Vec::with_capacity(model.agencies.len());
        for a in &model.agencies {
            text.push_str(&a.name);
            ends.push(text.len());
        }
        Names { text, ends }
    }

    fn get(&self, a: usize) -> &str {
        let from = if a == 0 { 0 } else { self.ends[a - 1] };
        &self.text[from..self.ends[a]]
    }
}

fn agency_tooltip(model: &Model, a: AgencyRef) -> String {
    let ag = &model[a];
    let mut t = ag.name.clone();
    if let Some(l) = &ag.local_name {
        t.push_str(&format!("\n{l}"));
    }
    t.push_str(&format!("\n{} · {}", ag.country.name(), ag.kind.as_str()));
    t.push_str(&sources_line(model, &ag.sources));
    t
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` wrapped to `max` px, kept to two lines (the second cut with "…"), so a
/// very long title cannot push the picture off the canvas.
fn at_most_two_lines(
    m: &dyn TextMeasure,
    text: &str,
    size: f64,
    weight: Weight,
    max: f64,
) -> Vec<String> {
    let mut lines = wrap(m, text, size, weight, max);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.extend(truncate(m, &rest, size, weight, max));
    }
    lines
}

/// The interval a partial date covers, as days `[first, after_last)`.
fn span_days(d: &PartialDate) -> (NaiveDate, NaiveDate) {
    (d.first_day(), d.last_day() + Duration::days(1))
}

struct Ctx<'a> {
    m: &'a dyn TextMeasure,
    muted: Color,
    scene: Scene,
}

impl Ctx<'_> {
    #[allow(clippy::too_many_arguments)]
    fn text(
        &mut self,
        x: f64,
        baseline: f64,
        text: &str,
        size: f64,
        weight: Weight,
        fill: Color,
        anchor: Anchor,
    ) -> usize {
        self.scene
            .push_text(self.m, x, baseline, text, size, weight, fill, anchor)
    }

    fn annotate(
        &mut self,
        i: usize,
        record: Option<Arc<str>>,
        tooltip: Option<Arc<str>>,
        opacity: f64,
    ) {
        // Dimmed text turns to the muted colour instead of fading, so it still
        // reads at WCAG AA.
        let muted = self.muted;
        let it: &mut Item = &mut self.scene.items[i];
        it.record = record;
        it.tooltip = tooltip;
        match &mut it.shape {
            Shape::Text { fill, .. } if opacity < 1.0 => *fill = muted,
            _ => it.opacity = opacity,
        }
    }
}

/// Where a band label sits: its row (0 nearest the lanes), extent and alignment.
#[derive(Clone, Copy)]
struct Placed {
    row: usize,
    x0: f64,
    x1: f64,
    align: Anchor,
}

/// The band's rows of event labels while they are placed, greedily, nearest the
/// lanes first: a leader line must not cross a label in a lower row, and no label
/// may sit on a higher row's leader.
struct BandRows<'a> {
    /// Event anchors' x, in rank order.
    anchors: &'a [f64],
    width: f64,
    is_placed: Vec<bool>,
    /// Fenwick tree counting anchors still unplaced, by rank.
    fen: Vec<i64>,
    /// Per row: placed labels as (x0, x1, leader), sorted by x0.
    rows: Vec<Vec<(f64, f64, f64)>>,
    /// Per row: the leaders' x, sorted.
    leaders: Vec<Vec<f64>>,
}

impl<'a> BandRows<'a> {
    fn new(max_rows: usize, anchors: &'a [f64], width: f64) -> Self {
        let mut band = BandRows {
            anchors,
            width,
            is_placed: vec![false; anchors.len()],
            fen: vec![0; anchors.len() + 1],
            rows: vec![Vec::new(); max_rows],
            leaders: vec![Vec::new(); max_rows],
        };
        for i in 0..anchors.len() {
            band.fen_add(i, 1);
        }
        band
    }

    fn fen_add(&mut self, i: usize, v: i64) {
        let mut i = i + 1;
        while i < self.fen.len() {
            self.fen[i] += v;
            i += i & i.wrapping_neg();
        }
    }

    /// Unplaced anchors of rank below `i`.
    fn fen_sum(&self, mut i: usize) -> i64 {
        let mut s = 0;
        while i > 0 {
            s += self.fen[i];
            i -= i & i.wrapping_neg();
        }
        s
    }

    /// The first row and alignment (start, end, middle) where a label `w` wide for
    /// the anchor at `x` fits; in the strict pass it must also leave the anchors of
    /// unplaced events uncovered. A wider label never fits where a narrower did not.
    fn find(&self, x: f64, w: f64, strict: bool) -> Option<Placed> {
        // Where each alignment puts the label, and whether it stays on the canvas
        // (and, when strict, off unplaced anchors): the same in every row.
        let aligns = [Anchor::Start, Anchor::End, Anchor::Middle].map(|align| {
            let (bx0, bx1) = match align {
                Anchor::Start => (x - 4.0, x - 4.0 + w),
                Anchor::End => (x + 4.0 - w, x + 4.0),
                Anchor::Middle => (x - w / 2.0, x + w / 2.0),
            };
            let mut ok = bx0 >= MARGIN && bx1 <= self.width - MARGIN;
            if ok && strict {
                let lo = self.anchors.partition_point(|a| *a < bx0 - 6.0);
                let hi = self.anchors.partition_point(|a| *a <= bx1 + 6.0);
                ok = self.fen_sum(hi) - self.fen_sum(lo) - 1 <= 0;
            }
            (align, bx0, bx1, ok)
        });
        let max_rows = self.rows.len();
        for row in 0..max_rows {
            for &(align, bx0, bx1, ok) in &aligns {
                if !ok {
                    continue;
                }
                let pad = 14.0;
                // Same row: the neighbours by x must stay apart.
                let same = &self.rows[row];
                let k = same.partition_point(|l| l.0 < bx0);
                let clear_row = (k == 0 || same[k - 1].1 + pad <= bx0)
                    && (k == same.len() || bx1 + pad <= same[k].0);
                if !clear_row {
                    continue;
                }
                // Higher rows: their leaders must not pass through this label.
                let crosses_leader = (row + 1..max_rows).any(|r| {
                    let ls = &self.leaders[r];
                    let i = ls.partition_point(|v| *v < bx0 - 6.0);
                    i < ls.len() && ls[i] <= bx1 + 6.0
                });
                // Lower rows: this leader must not pass through their labels.
                let crosses_label = (0..row).any(|r| {
                    let ls = &self.rows[r];
                    let i = ls.partition_point(|l| l.0 - 6.0 <= x);
                    i > 0 && ls[i - 1].1 + 6.0 >= x
                });
                if crosses_leader || crosses_label {
                    continue;
                }
                return Some(Placed {
                    row,
                    x0: bx0,
                    x1: bx1,
                    align,
                });
            }
        }
        None
    }

    fn place(&mut self, rank: usize, x: f64, p: Placed) {
        let at = self.rows[p.row].partition_point(|l| l.0 < p.x0);
        self.rows[p.row].insert(at, (p.x0, p.x1, x));
        let at = self.leaders[p.row].partition_point(|v| *v < x);
        self.leaders[p.row].insert(at, x);
        self.is_placed[rank] = true;
        self.fen_add(rank, -1);
    }
}

/// Lays out the timeline of `model`. On a fixed canvas the layout tightens its
/// spacing until the content fits; only if even the tightest does not fit is the
/// picture scaled down (and letterboxed with the background colour).
pub fn layout_timeline(model: &Model, m: &dyn TextMeasure, opts: &TimelineOptions) -> Scene {
    let (mut scene, omitted) = layout_with(model, m, opts, &DENSITIES[0]);
    if let Size::Fixed { width, height } = opts.size {
        if scene.display.is_some() || omitted > 0 {
            // The roomiest density that fits, preferring one that keeps every label.
            let tries: Vec<(Scene, usize)> = DENSITIES[1..]
                .iter()
                .map(|d| layout_with(model, m, opts, d))
                .collect();
            let pick = tries
                .iter()
                .position(|(s, o)| s.display.is_none() && *o == 0)
                .or_else(|| tries.iter().position(|(s, _)| s.display.is_none()));
            if let Some(i) = pick {
                scene = tries.into_iter().nth(i).map(|(s, _)| s).unwrap_or(scene);
            } else if scene.display.is_some() {
                scene = tries.into_iter().last().map(|(s, _)| s).unwrap_or(scene);
            }
        }
        if scene.display.is_some() {
            // Fill the display's shape so the letterbox shares the background.
            let natural_w = scene.width;
            let target_ratio = width / height;
            if scene.height * target_ratio > natural_w {
                let new_w = scene.height * target_ratio;
                scene.translate((new_w - natural_w) / 2.0, 0.0);
                scene.width = new_w;
            }
        }
    }
    scene
}

/// One layout at one density; also returns how many event labels did not fit.
fn layout_with(
    model: &Model,
    m: &dyn TextMeasure,
    opts: &TimelineOptions,
    d: &Density,
) -> (Scene, usize) {
    let theme = &opts.theme;
    let (width, fixed_height) = match opts.size {
        Size::Auto => (1920.0, None),
        Size::Fixed { width, height } => (width, Some(height)),
    };
    let within = |p: &Period| p.within(opts.from.as_ref(), opts.to.as_ref());

    // Who is in focus: the agency and everyone it cooperated with in the window.
    let focus_set: Option<Vec<AgencyRef>> = opts.focus.map(|f| {
        let g = build_graph(model).slice(opts.from.as_ref(), opts.to.as_ref());
        let mut set = vec![f];
        if let Some(n) = g.node(crate::graph::Actor::Agency(f)) {
            for nb in g.graph.neighbors(n) {
                if let crate::graph::Actor::Agency(a) = g.graph[nb] {
                    set.push(a);
                }
            }
        }
        set
    });
    let in_focus = |a: AgencyRef| focus_set.as_ref().is_none_or(|s| s.contains(&a));
    let event_in_focus = |e: EventRef| match opts.focus {
        None => true,
        Some(f) => model[e].participants.contains(&f),
    };
    let team_in_focus = |t: TeamRef| match opts.focus {
        None => true,
        Some(f) => {
            model[t].members.iter().any(|mb| mb.agency == f) || model[t].hosted_by == Some(f)
        }
    };

    // Visible teams and events.
    let teams: Vec<TeamRef> = (0..model.teams.len())
        .map(TeamRef)
        .filter(|t| within(&model[*t].period()))
        .collect();
    // Each event's period, read once: the passes below would otherwise each
    // walk the whole event list, which on a large case does not stay in cache.
    let periods: Vec<Period> = model.events.iter().map(|e| e.period()).collect();
    let events: Vec<EventRef> = (0..model.events.len())
        .map(EventRef)
        .filter(|e| within(&periods[e.0]))
        .collect();
    let team_color: BTreeMap<TeamRef, Color> = teams
        .iter()
        .enumerate()
        .map(|(i, t)| (*t, theme.color(i)))
        .collect();

    // Lanes.
    let mut groups: Vec<Group> = Vec::new();
    let mut lanes: Vec<Lane> = Vec::new();
    let member_bar = |t: TeamRef, who: &str, period: Period, role: Option<&str>, host: bool| {
        let team = &model[t];
        let what = if host {
            format!("{who} hosts {}", team.name)
        } else {
            format!("{who}: member of {}", team.name)
        };
        let role = role.map(|r| format!("\nRole: {r}")).unwrap_or_default();
        let basis = team
            .legal_basis
            .as_ref()
            .map(|b| format!("\nLegal basis: {b}"))
            .unwrap_or_default();
        Bar {
            team: t,
            period,
            host,
            tooltip: format!(
                "{what} ({})\n{}{role}{basis}{}",
                team_kind_name(team.kind),
                period.human(),
                sources_line(model, &team.sources)
            )
            .into(),
            row: 0,
        }
    };
    match opts.lanes {
        LaneMode::Agency | LaneMode::Country | LaneMode::Kind => {
            // Lane key per agency.
            let lane_of = |a: AgencyRef| -> (String, String, String, Option<String>) {
                let ag = &model[a];
                match opts.lanes {
                    LaneMode::Agency => (
                        ag.id.as_str().to_string(),
                        ag.label().to_string(),
                        agency_tooltip(model, a),
                        Some(ag.country.name().to_string()),
                    ),
                    LaneMode::Country => (
                        ag.country.code().to_string(),
                        ag.country.name().to_string(),
                        ag.country.name().to_string(),
                        None,
                    ),
                    _ => (
                        ag.kind.as_str().to_string(),
                        kind_label(ag.kind).to_string(),
                        kind_label(ag.kind).to_string(),
                        None,
                    ),
                }
            };
            let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
            let mut group_index: BTreeMap<String, usize> = BTreeMap::new();
            // Each agency's lane, once known: participants recur in thousands of
            // events, and naming a lane builds its label and tooltip.
            let mut lane_by_agency: Vec<Option<usize>> = vec![None; model.agencies.len()];
            let mut touch =
                |a: AgencyRef, lanes: &mut Vec<Lane>, groups: &mut Vec<Group>| -> usize {
                    if let Some(i) = lane_by_agency.get(a.0).copied().flatten() {
                        if in_focus(a) {
                            lanes[i].focus = true;
                        }
                        return i;
                    }
                    let (key, label, tooltip, group) = lane_of(a);
                    if let Some(i) = by_key.get(&key) {
                        if in_focus(a) {
                            lanes[*i].focus = true;
                        }
                        if let Some(slot) = lane_by_agency.get_mut(a.0) {
                            *slot = Some(*i);
                        }
                        return *i;
                    }
                    let gi = group.map(|g| {
                        *group_index.entry(g.clone()).or_insert_with(|| {
                            groups.push(Group { label: g });
                            groups.len() - 1
                        })
                    });
                    lanes.push(Lane {
                        key: key.as_str().into(),
                        agency: (opts.lanes == LaneMode::Agency).then_some(a),
                        label,
                        tooltip: tooltip.into(),
                        group: gi,
                        bars: Vec::new(),
                        events: Vec::new(),
                        rows: 1,
                        focus: in_focus(a),
                    });
                    by_key.insert(key, lanes.len() - 1);
                    if let Some(slot) = lane_by_agency.get_mut(a.0) {
                        *slot = Some(lanes.len() - 1);
                    }
                    lanes.len() - 1
                };
            for &t in &teams {
                let team = &model[t];
                for mb in &team.members {
                    let p = team.membership_period(mb);
                    if !within(&p) {
                        continue;
                    }
                    let li = touch(mb.agency, &mut lanes, &mut groups);
                    let who = lanes[li].label.clone();
                    let who = if opts.lanes == LaneMode::Agency {
                        model[mb.agency].name.clone()
                    } else {
                        who
                    };
                    let bar = member_bar(t, &who, p, mb.role.as_deref(), false);
                    if !lanes[li]
                        .bars
                        .iter()
                        .any(|b| b.team == t && b.period == p && !b.host)
                    {
                        lanes[li].bars.push(bar);
                    }
                }
                if let Some(h) = team.hosted_by {
                    let li = touch(h, &mut lanes, &mut groups);
                    let already_member = lanes[li].bars.iter().any(|b| b.team == t && !b.host);
                    if !already_member {
                        let who = if opts.lanes == LaneMode::Agency {
                            model[h].name.clone()
                        } else {
                            lanes[li].label.clone()
                        };
                        lanes[li]
                            .bars
                            .push(member_bar(t, &who, team.period(), None, true));
                    }
                }
            }
            for &e in &events {
                for &p in &model[e].participants {
                    let li = touch(p, &mut lanes, &mut groups);
                    // Events come in order, so a repeat can only be this one (two
                    // participants sharing a lane); an EU body's lane holds a good
                    // share of all events, too many to search.
                    if lanes[li].events.last() != Some(&e) {
                        lanes[li].events.push(e);
                    }
                }
            }
        }
        LaneMode::Team => {
            for &t in &teams {
                let team = &model[t];
                let gi = {
                    let name = team_kind_name(team.kind).to_string();
                    match groups.iter().position(|g| g.label == name) {
                        Some(i) => i,
                        None => {
                            groups.push(Group { label: name });
                            groups.len() - 1
                        }
                    }
                };
                let members: Vec<&str> = team
                    .members
                    .iter()
                    .map(|mb| model[mb.agency].name.as_str())
                    .collect();
                let bar = member_bar(t, &team.name, team.period(), None, false);
                lanes.push(Lane {
                    key: team.id.as_str().into(),
                    agency: None,
                    label: team.name.clone(),
                    tooltip: format!(
                        "{} ({})\nMembers: {}",
                        team.name,
                        team_kind_name(team.kind),
                        members.join("; ")
                    )
                    .into(),
                    group: Some(gi),
                    bars: vec![Bar {
                        tooltip: format!("{}\nMembers: {}", bar.tooltip, members.join("; ")).into(),
                        ..bar
                    }],
                    events: events
                        .iter()
                        .copied()
                        .filter(|e| model[*e].teams.contains(&t))
                        .collect(),
                    rows: 1,
                    focus: team_in_focus(t),
                });
            }
            let loose: Vec<EventRef> = events
                .iter()
                .copied()
                .filter(|e| model[*e].teams.is_empty())
                .collect();
            if !loose.is_empty() {
                lanes.push(Lane {
                    key: "events".into(),
                    agency: None,
                    label: "Other events".into(),
                    tooltip: "Events not tied to a team".into(),
                    group: None,
                    bars: Vec::new(),
                    events: loose,
                    rows: 1,
                    focus: true,
                });
            }
        }
    }

    // Domain: everything visible, padded; or the requested window.
    let mut lo: Option<NaiveDate> = None;
    let mut hi: Option<NaiveDate> = None;
    let mut see = |d: NaiveDate| {
        lo = Some(lo.map_or(d, |l| l.min(d)));
        hi = Some(hi.map_or(d, |h| h.max(d)));
    };
    for lane in &lanes {
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
    for lane in &lanes {
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
    let (lo, hi) = match (lo, hi) {
        (Some(l), Some(h)) => (l, h),
        _ => {
            let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
            (d, d + Duration::days(365))
        }
    };
    let span = (hi - lo).num_days().max(1);
    let mut d0 = lo - Duration::days((span as f64 * 0.03).max(10.0) as i64);
    let mut d1 = hi + Duration::days((span as f64 * 0.07).max(20.0) as i64);
    if let Some(f) = &opts.from {
        d0 = f.first_day();
    }
    if let Some(t) = &opts.to {
        d1 = t.last_day() + Duration::days(1);
    }

    // Lane order: EU bodies first, then by first activity.
    let event_first: Vec<NaiveDate> = periods.iter().map(|p| p.start.first_day()).collect();
    let first_day = |lane: &Lane| -> NaiveDate {
        let mut best = NaiveDate::MAX;
        for b in &lane.bars {
            best = best.min(b.period.start.last_day());
        }
        for e in &lane.events {
            best = best.min(event_first[e.0]);
        }
        best
    };
    let group_rank = |g: &Group| -> u8 {
        if g.label == Country::EU.name() {
            0
        } else if g.label == Country::INT.name() {
            1
        } else {
            2
        }
    };
    let mut order: Vec<usize> = (0..lanes.len()).collect();
    let lane_first: Vec<NaiveDate> = lanes.iter().map(first_day).collect();
    let mut group_first: Vec<NaiveDate> = vec![NaiveDate::MAX; groups.len()];
    for (l, first) in lanes.iter().zip(&lane_first) {
        if let Some(g) = l.group.and_then(|g| group_first.get_mut(g)) {
            *g = (*g).min(*first);
        }
    }
    if opts.lanes != LaneMode::Team {
        // Keys built once per lane, not once per comparison.
        order.sort_by_cached_key(|&i| {
            let l = &lanes[i];
            (
                l.group.map(|g| {
                    (
                        group_rank(&groups[g]),
                        group_first[g],
                        groups[g].label.clone(),
                    )
                }),
                lane_first[i],
                l.label.clone(),
            )
        });
    }
    let mut slots: Vec<Option<Lane>> = lanes.into_iter().map(Some).collect();
    let mut lanes: Vec<Lane> = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();

    // Sub-rows: bars that overlap in time stack within their lane.
    for lane in &mut lanes {
        lane.bars
            .sort_by_key(|b| (b.period.start.first_day(), b.team, b.host));
        let mut row_end: Vec<NaiveDate> = Vec::new();
        for b in &mut lane.bars {
            let start = b.period.start.first_day();
            let end = b.period.end.map_or(NaiveDate::MAX, |e| e.last_day());
            match row_end.iter().position(|r| *r < start) {
                Some(r) => {
                    row_end[r] = end;
                    b.row = r;
                }
                None => {
                    row_end.push(end);
                    b.row = row_end.len() - 1;
                }
            }
        }
        lane.rows = row_end.len().max(1);
    }

    // Horizontal geometry.
    // Context records within the time shown (they never widen it).
    let context_items: Vec<ContextRef> = if opts.context {
        (0..model.context.len())
            .map(ContextRef)
            .filter(|c| {
                let dt = &model[*c].date;
                dt.last_day() >= d0 && dt.first_day() < d1
            })
            .collect()
    } else {
        Vec::new()
    };
    const CONTEXT_LANE: &str = "Legal framework";
    const CONTEXT_GROUP: &str = "Context";
    let lane_col = lanes
        .iter()
        .map(|l| m.width(&l.label, Type::LANE, Weight::Regular))
        .chain(
            (!context_items.is_empty()).then(|| m.width(CONTEXT_LANE, Type::LANE, Weight::Regular)),
        )
        .fold(0.0, f64::max)
        .min(width * 0.2);
    let group_col = groups
        .iter()
        .map(|g| m.width(&g.label, Type::GROUP, Weight::Semibold))
        .chain(
            (!context_items.is_empty() && !groups.is_empty())
                .then(|| m.width(CONTEXT_GROUP, Type::GROUP, Weight::Semibold)),
        )
        .fold(0.0, f64::max)
        .min(width * 0.14);
    let group_x = MARGIN;
    let lane_x = MARGIN
        + if group_col > 0.0 {
            group_col + 20.0
        } else {
            0.0
        };
    let x0 = lane_x + lane_col + 24.0;
    let x1 = width - MARGIN;
    let scale = TimeScale::new(d0, d1, x0, x1);
    let clamp_x = |x: f64| x.clamp(x0, x1);

    let mut cx = Ctx {
        m,
        muted: theme.muted,
        scene: Scene::new(width, 100.0, theme.background),
    };

    // Title and subtitle.
    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| "Cooperation timeline".to_string());
    let mut y = MARGIN;
    let title_lines = at_most_two_lines(
        m,
        &title,
        Type::TITLE,
        Weight::Semibold,
        width - 2.0 * MARGIN,
    );
    for line in &title_lines {
        y += m.ascent(Type::TITLE);
        cx.text(
            MARGIN,
            y,
            line,
            Type::TITLE,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        y += m.descent(Type::TITLE) + 4.0;
    }
    let agencies_shown: std::collections::BTreeSet<AgencyRef> = events
        .iter()
        .flat_map(|e| model[*e].participants.iter().copied())
        .chain(
            teams
                .iter()
                .flat_map(|t| model[*t].members.iter().map(|mb| mb.agency)),
        )
        .chain(teams.iter().filter_map(|t| model[*t].hosted_by))
        .collect();
    let country_count = agencies_shown
        .iter()
        .map(|a| model[*a].country)
        .filter(|c| !c.is_supranational())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let (first_year, last_year) = (
        lo.format("%Y").to_string(),
        (hi - Duration::days(1)).format("%Y").to_string(),
    );
    let years = if first_year == last_year {
        first_year
    } else {
        format!("{first_year}–{last_year}")
    };
    let subtitle = opts.subtitle.clone().unwrap_or_else(|| {
        let mut parts = vec![years.clone()];
        if !agencies_shown.is_empty() {
            parts.push(format!(
                "{} from {}",
                plural(agencies_shown.len(), "agency", "agencies"),
                plural(country_count, "country", "countries")
            ));
        }
        if !teams.is_empty() {
            parts.push(plural(teams.len(), "team", "teams"));
        }
        if !events.is_empty() {
            parts.push(plural(events.len(), "event", "events"));
        }
        if opts.context && !model.context.is_empty() {
            parts.push(plural(
                model.context.len(),
                "legal milestone",
                "legal milestones",
            ));
        }
        let mut s = parts.join(" · ");
        if let Some(f) = opts.focus {
            s.push_str(&format!(" · focus: {}", model[f].label()));
        }
        s
    });
    y += 6.0;
    for line in at_most_two_lines(
        m,
        &subtitle,
        Type::SUBTITLE,
        Weight::Regular,
        width - 2.0 * MARGIN,
    ) {
        y += m.ascent(Type::SUBTITLE);
        cx.text(
            MARGIN,
            y,
            &line,
            Type::SUBTITLE,
            Weight::Regular,
            theme.muted,
            Anchor::Start,
        );
        y += m.descent(Type::SUBTITLE) + 2.0;
    }
    y += d.section_gap;

    // Event anchors: where each event's leader meets the lanes.
    // With the span a marker covers when the date is not one known day. Worked
    // out once per event, in the model's order: the lanes ask again and again,
    // in an order that would jump all over memory on a large case.
    struct EventGeom {
        x: f64,
        span: Option<(f64, f64)>,
    }
    let mut geom: Vec<EventGeom> = Vec::new();
    geom.resize_with(model.events.len(), || EventGeom { x: 0.0, span: None });
    for &e in &events {
        let p = periods[e.0];
        geom[e.0] =
            if p.end.is_none_or(|end| end == p.start) && p.start.precision() == Precision::Day {
                let (a, b) = span_days(&p.start);
                EventGeom {
                    x: (clamp_x(scale.map(a)) + clamp_x(scale.map(b))) / 2.0,
                    span: None,
                }
            } else {
                let a = clamp_x(scale.map(span_days(&p.start).0));
                let b = clamp_x(scale.map(span_days(&p.end.unwrap_or(p.start)).1));
                EventGeom {
                    x: (a + b) / 2.0,
                    span: Some((a, b)),
                }
            };
    }
    let event_x = |e: EventRef| geom[e.0].x;

    // Band labels: greedy rows, nearest the lanes first; a leader line must not
    // cross a label in a lower row, and no label may sit on a higher row's leader.
    let mut omitted = 0usize;
    let mut by_x: Vec<(f64, EventRef)> = events.iter().map(|&e| (event_x(e), e)).collect();
    by_x.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // In anchor order (x, then id): an event's index here is its rank in the
    // range queries below.
    let (anchors, band_events): (Vec<f64>, Vec<EventRef>) = by_x.into_iter().unzip();
    // A name takes at most two lines; long names wrap rather than run across others.
    let label_widths = d.label_widths.map(|w| w.min((x1 - x0) * 0.4));
    // Each event's date and label candidates (name wrapped to two widths), worked
    // out once and only when asked for: most events of a large case find no room
    // in the band, and that shows before their text is measured.
    let dates: Vec<OnceCell<(String, f64)>> = vec![OnceCell::new(); band_events.len()];
    let date_of = |r: usize| {
        dates[r].get_or_init(|| {
            let date = model[band_events[r]].period().human();
            let w = m.width(&date, Type::EVENT_DATE, Weight::Regular);
            (date, w)
        })
    };
    type Candidates = Vec<(Vec<String>, f64)>;
    let candidates: Vec<OnceCell<Candidates>> = vec![OnceCell::new(); band_events.len()];
    let candidates_of = |r: usize| {
        candidates[r].get_or_init(|| {
            let ev = &model[band_events[r]];
            let date_w = date_of(r).1;
            let mut candidates: Candidates = Vec::new();
            for max in label_widths {
                let mut lines = wrap(m, &ev.name, Type::EVENT, Weight::Semibold, max);
                if lines.len() > 2 {
                    let rest = lines[1..].join(" ");
                    lines.truncate(1);
                    lines.extend(truncate(m, &rest, Type::EVENT, Weight::Semibold, max));
                }
                if !lines.is_empty() && !candidates.iter().any(|(c, _)| *c == lines) {
                    let w = lines
                        .iter()
                        .map(|l| m.width(l, Type::EVENT, Weight::Semibold))
                        .fold(date_w, f64::max);
                    candidates.push((lines, w));
                }
            }
            candidates
        })
    };
    let max_rows = d.max_band_rows;
    let place =
        |ranks: &mut dyn Iterator<Item = usize>| -> Vec<(EventRef, Placed, Vec<String>, String)> {
            let ranks: Vec<usize> = ranks.collect();
            let mut placed: Vec<(EventRef, Placed, Vec<String>, String)> = Vec::new();
            let mut band = BandRows::new(max_rows, &anchors, width);
            // First pass: no label may cover the anchor of an event still to be placed;
            // second pass: whatever is left, wherever it fits.
            for strict in [true, false] {
                for &rank in &ranks {
                    if band.is_placed[rank] {
                        continue;
                    }
                    let x = anchors[rank];
                    // A label is at least as wide as its date, and a wider one only
                    // meets more: if a point, then the date alone, finds no room,
                    // neither does any candidate.
                    if band.find(x, 0.0, strict).is_none()
                        || band.find(x, date_of(rank).1, strict).is_none()
                    {
                        continue;
                    }
                    for (lines, w) in candidates_of(rank) {
                        if let Some(spot) = band.find(x, *w, strict) {
                            band.place(rank, x, spot);
                            placed.push((
                                band_events[rank],
                                spot,
                                lines.clone(),
                                date_of(rank).0.clone(),
                            ));
                            break;
                        }
                    }
                }
            }
            placed
        };
    // Left to right suits labels that end at their anchor; right to left turns a
    // cluster into a staircase of labels reaching right. Keep whichever labels more
    // events (then uses fewer rows).
    let ascending = place(&mut (0..band_events.len()));
    let descending = place(&mut (0..band_events.len()).rev());
    let rows_of = |p: &[(EventRef, Placed, Vec<String>, String)]| {
        p.iter().map(|(_, pl, _, _)| pl.row + 1).max().unwrap_or(0)
    };
    let placed = if (descending.len(), std::cmp::Reverse(rows_of(&descending)))
        > (ascending.len(), std::cmp::Reverse(rows_of(&ascending)))
    {
        descending
    } else {
        ascending
    };
    omitted += band_events.len() - placed.len();
    let band_rows = placed
        .iter()
        .map(|(_, p, _, _)| p.row + 1)
        .max()
        .unwrap_or(0);
    let name_line = m.ascent(Type::EVENT) + m.descent(Type::EVENT);
    let band_lines = placed.iter().map(|(_, _, l, _)| l.len()).max().unwrap_or(1) as f64;
    let row_h =
        band_lines * name_line + m.ascent(Type::EVENT_DATE) + m.descent(Type::EVENT_DATE) + 16.0;
    let band_top = y;
    let band_bottom = band_top + band_rows as f64 * row_h;
    let lanes_top = band_bottom + if band_rows > 0 { 14.0 } else { 0.0 };

    // The context lane: a marker per instrument, labels below in up to three rows.
    let ctx_x = |c: ContextRef| -> f64 {
        let (a, b) = span_days(&model[c].date);
        (clamp_x(scale.map(a)) + clamp_x(scale.map(b))) / 2.0
    };
    let ctx_line = m.ascent(Type::CONTEXT) + m.descent(Type::CONTEXT) + 4.0;
    let mut ctx_sorted = context_items.clone();
    // Right to left, labels reaching right: close markers make a staircase whose
    // leaders never cross a label.
    ctx_sorted.sort_by(|a, b| ctx_x(*b).total_cmp(&ctx_x(*a)).then(a.cmp(b)));
    let mut ctx_placed: Vec<(ContextRef, usize, f64, Anchor, String)> = Vec::new(); // (record, row, marker x, align, text)
    let mut ctx_boxes: Vec<(usize, f64, f64)> = Vec::new();
    // First pass: no label may cover a marker still to be labelled; then the rest.
    for strict in [true, false] {
        for &c in &ctx_sorted {
            if ctx_placed.iter().any(|(p, _, _, _, _)| *p == c) {
                continue;
            }
            let x = ctx_x(c);
            let unplaced: Vec<f64> = ctx_sorted
                .iter()
                .filter(|o| **o != c && !ctx_placed.iter().any(|(p, _, _, _, _)| p == *o))
                .map(|o| ctx_x(*o))
                .collect();
            let Some(text) = truncate(m, model[c].label(), Type::CONTEXT, Weight::Regular, 300.0)
            else {
                continue;
            };
            let w = m.width(&text, Type::CONTEXT, Weight::Regular);
            let max_rows = if lanes.is_empty() { 10 } else { 3 };
            'rows: for row in 0..max_rows {
                for (align, bx0) in [(Anchor::Start, x - 4.0), (Anchor::End, x + 4.0 - w)] {
                    let bx1 = bx0 + w;
                    if bx0 < x0 || bx1 > x1 {
                        continue;
                    }
                    if strict
                        && unplaced
                            .iter()
                            .any(|ox| (bx0 - 4.0..=bx1 + 4.0).contains(ox))
                    {
                        continue;
                    }
                    if ctx_boxes
                        .iter()
                        .any(|(r, a, b)| *r == row && !(bx1 + 12.0 <= *a || *b + 12.0 <= bx0))
                    {
                        continue;
                    }
                    // The leader from the marker down to this row must not cross a label
                    // above it, nor may this label sit across the leader of a lower one.
                    if ctx_boxes
                        .iter()
                        .any(|(r, a, b)| *r < row && (a - 4.0..=b + 4.0).contains(&x))
                        || ctx_placed.iter().any(|(_, r, lx, _, _)| {
                            *r > row && (bx0 - 4.0..=bx1 + 4.0).contains(lx)
                        })
                    {
                        continue;
                    }
                    ctx_boxes.push((row, bx0, bx1));
                    ctx_placed.push((c, row, x, align, text.clone()));
                    break 'rows;
                }
            }
        }
    }
    let ctx_rows = ctx_placed
        .iter()
        .map(|(_, r, _, _, _)| r + 1)
        .max()
        .unwrap_or(0);
    let ctx_marker_h = 22.0;
    let context_h = if context_items.is_empty() {
        0.0
    } else {
        2.0 * d.lane_pad + ctx_marker_h + ctx_rows as f64 * ctx_line + d.group_gap
    };

    // Vertical geometry of lanes.
    let row_pitch = d.bar_h + d.row_gap;
    let mut lane_y: Vec<(f64, f64)> = Vec::new(); // (top, height)
    let mut ly = lanes_top + context_h;
    let mut prev_group: Option<usize> = None;
    for lane in &lanes {
        if lane.group != prev_group && prev_group.is_some() {
            ly += d.group_gap;
        }
        prev_group = lane.group;
        let h = (lane.rows as f64 * row_pitch - d.row_gap + 2.0 * d.lane_pad)
            .max(m.ascent(Type::LANE) + m.descent(Type::LANE) + 2.0 * d.lane_pad);
        lane_y.push((ly, h));
        ly += h;
    }
    let lanes_bottom = ly;

    // Lane shading, grid and labels.
    let ticks = scale.ticks(m, Type::TICK);
    for (i, &(top, h)) in lane_y.iter().enumerate() {
        if i % 2 == 0 {
            let idx = cx.scene.push(
                Role::Decoration,
                Shape::Rect {
                    rect: Rect::new(lane_x - 8.0, top, x1 - lane_x + 8.0, h),
                    radius: 0.0,
                    fill: Paint::Solid(theme.band, 1.0),
                    stroke: None,
                },
            );
            cx.annotate(idx, None, None, 1.0);
        }
    }
    for t in ticks.minor.iter().chain(ticks.major.iter()) {
        let major = ticks.major.iter().any(|mj| (mj.x - t.x).abs() < 0.5);
        cx.scene.push(
            Role::Decoration,
            Shape::Line {
                x1: t.x,
                y1: lanes_top,
                x2: t.x,
                y2: lanes_bottom,
                stroke: Stroke {
                    color: theme.grid,
                    width: if major { 2.0 } else { 1.0 },
                    dash: None,
                    opacity: 1.0,
                },
            },
        );
    }
    let mut prev_group: Option<usize> = None;
    for (i, lane) in lanes.iter().enumerate() {
        let (top, h) = lane_y[i];
        let mid = top + h / 2.0;
        let opacity = if lane.focus { 1.0 } else { theme.dim };
        let baseline = mid + (m.ascent(Type::LANE) - m.descent(Type::LANE)) / 2.0;
        let label =
            truncate(m, &lane.label, Type::LANE, Weight::Regular, lane_col).unwrap_or_default();
        let idx = cx.text(
            lane_x,
            baseline,
            &label,
            Type::LANE,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        cx.annotate(
            idx,
            Some(lane.key.clone()),
            Some(lane.tooltip.clone()),
            opacity,
        );
        if lane.group != prev_group
            && let Some(g) = lane.group
        {
            let gl = truncate(
                m,
                &groups[g].label,
                Type::GROUP,
                Weight::Semibold,
                group_col,
            )
            .unwrap_or_default();
            if group_col > 0.0 && !gl.is_empty() {
                let idx = cx.text(
                    group_x,
                    baseline,
                    &gl,
                    Type::GROUP,
                    Weight::Semibold,
                    theme.muted,
                    Anchor::Start,
                );
                let focus = lanes.iter().any(|l| l.group == Some(g) && l.focus);
                cx.annotate(
                    idx,
                    None,
                    Some(groups[g].label.as_str().into()),
                    if focus { 1.0 } else { theme.dim },
                );
            }
        }
        prev_group = lane.group;
    }

    // Context lane, its markers, labels and reference lines.
    if !context_items.is_empty() {
        let top = lanes_top;
        let h = context_h - d.group_gap;
        cx.scene.push(
            Role::Decoration,
            Shape::Rect {
                rect: Rect::new(lane_x - 8.0, top, x1 - lane_x + 8.0, h),
                radius: 0.0,
                fill: Paint::Solid(theme.band, 1.0),
                stroke: None,
            },
        );
        let mid = top + d.lane_pad + ctx_marker_h / 2.0;
        let baseline = mid + (m.ascent(Type::LANE) - m.descent(Type::LANE)) / 2.0;
        cx.text(
            lane_x,
            baseline,
            CONTEXT_LANE,
            Type::LANE,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        if group_col > 0.0 {
            cx.text(
                group_x,
                baseline,
                CONTEXT_GROUP,
                Type::GROUP,
                Weight::Semibold,
                theme.muted,
                Anchor::Start,
            );
        }
        for &c in &context_items {
            let x = ctx_x(c);
            let ctxr = &model[c];
            let mut tip = format!(
                "{}\n{} (as written: {})\nKind: {}",
                ctxr.name,
                ctxr.date.human(),
                ctxr.date,
                ctxr.kind.as_str()
            );
            if let Some(n) = &ctxr.notes {
                tip.push_str(&format!("\n{n}"));
            }
            tip.push_str(&sources_line(model, &ctxr.sources));
            let record: Option<Arc<str>> = Some(ctxr.id.as_str().into());
            let idx = cx.scene.push(
                Role::Decoration,
                Shape::Line {
                    x1: x,
                    y1: top + h,
                    x2: x,
                    y2: lanes_bottom,
                    stroke: Stroke {
                        color: theme.muted,
                        width: 1.5,
                        dash: Some((2.0, 5.0)),
                        opacity: 0.7,
                    },
                },
            );
            cx.annotate(idx, record.clone(), None, 1.0);
            let idx = if ctxr.date.precision() == Precision::Day {
                let r = 7.0;
                cx.scene.push(
                    Role::Mark,
                    Shape::Polygon {
                        points: vec![(x, mid - r), (x + r, mid), (x, mid + r), (x - r, mid)],
                        fill: Paint::Solid(theme.muted, 1.0),
                        stroke: Some(Stroke {
                            color: theme.background,
                            width: 1.5,
                            dash: None,
                            opacity: 1.0,
                        }),
                    },
                )
            } else {
                let (a, b) = span_days(&ctxr.date);
                let (a, b) = (clamp_x(scale.map(a)), clamp_x(scale.map(b)));
                cx.scene.push(
                    Role::Mark,
                    Shape::Rect {
                        rect: Rect::new(a, mid - 6.0, (b - a).max(8.0), 12.0),
                        radius: 6.0,
                        fill: Paint::Solid(theme.muted, 0.35),
                        stroke: Some(Stroke {
                            color: theme.muted,
                            width: 1.5,
                            dash: ctxr.date.is_approximate().then_some((4.0, 3.0)),
                            opacity: 1.0,
                        }),
                    },
                )
            };
            cx.annotate(idx, record, Some(tip.into()), 1.0);
        }
        for (c, row, mx, align, text) in &ctx_placed {
            let y = top
                + d.lane_pad
                + ctx_marker_h
                + (*row as f64) * ctx_line
                + m.ascent(Type::CONTEXT)
                + 2.0;
            if *row > 0 {
                let leader = Shape::Line {
                    x1: *mx,
                    y1: mid + 8.0,
                    x2: *mx,
                    y2: y - m.ascent(Type::CONTEXT) - 1.0,
                    stroke: Stroke {
                        color: theme.muted,
                        width: 1.0,
                        dash: None,
                        opacity: 0.8,
                    },
                };
                cx.scene.push(Role::Decoration, leader);
            }
            let ax = if *align == Anchor::Start {
                mx - 4.0
            } else {
                mx + 4.0
            };
            let idx = cx.text(
                ax,
                y,
                text,
                Type::CONTEXT,
                Weight::Regular,
                theme.text,
                *align,
            );
            let full = (text.as_str() != model[*c].name).then(|| model[*c].name.clone());
            cx.annotate(
                idx,
                Some(model[*c].id.as_str().into()),
                full.map(Into::into),
                1.0,
            );
        }
    }

    // Bars.
    let mut marker_boxes: Vec<Vec<Rect>> = vec![Vec::new(); lanes.len()];
    for (i, lane) in lanes.iter().enumerate() {
        for e in &lane.events {
            let g = &geom[e.0];
            let (top, h) = lane_y[i];
            let mid = top + h / 2.0;
            match g.span {
                None => marker_boxes[i].push(Rect::new(
                    g.x - MARKER_R - 2.0,
                    mid - MARKER_R - 2.0,
                    2.0 * MARKER_R + 4.0,
                    2.0 * MARKER_R + 4.0,
                )),
                Some((a, b)) => {
                    marker_boxes[i].push(Rect::new(a, mid - 9.0, (b - a).max(6.0), 18.0))
                }
            }
        }
    }
    struct DrawnBar {
        lane: usize,
        team: TeamRef,
        start: f64,
        solid: (f64, f64),
        end: f64,
        y: f64,
        index: Option<usize>,
        opacity: f64,
    }
    let mut drawn_bars: Vec<DrawnBar> = Vec::new();
    for (i, lane) in lanes.iter().enumerate() {
        let (top, _) = lane_y[i];
        for b in &lane.bars {
            let color = team_color.get(&b.team).copied().unwrap_or(theme.text);
            let by = top + d.lane_pad + b.row as f64 * row_pitch;
            let opacity = if lane.focus && team_in_focus(b.team) {
                1.0
            } else {
                theme.dim
            };
            let start = &b.period.start;
            let (s0, s1) = span_days(start);
            let (mut xa, mut xb) = (scale.map(s0), scale.map(s1));
            let start_dashed = start.qualifier() != Qualifier::Stated;
            match start.qualifier() {
                Qualifier::OnOrBefore => xa = xb - 56.0,
                Qualifier::Approximate => {
                    let w = xb - xa;
                    xa -= w / 2.0;
                    xb += w / 2.0;
                }
                Qualifier::Stated => {}
            }
            let start_fade =
                start.precision() != Precision::Day || start.qualifier() != Qualifier::Stated;
            let (mut ya, yb, end_fade, end_dashed) = match &b.period.end {
                Some(e) => {
                    let (e0, e1) = span_days(e);
                    let (mut ya, mut yb) = (scale.map(e0), scale.map(e1));
                    if e.qualifier() == Qualifier::Approximate {
                        let w = yb - ya;
                        ya -= w / 2.0;
                        yb += w / 2.0;
                    }
                    (
                        ya,
                        yb,
                        e.precision() != Precision::Day || e.qualifier() != Qualifier::Stated,
                        e.qualifier() != Qualifier::Stated,
                    )
                }
                None => (x1 - 48.0, x1, true, false),
            };
            if !start_fade {
                xb = xa;
            }
            if !end_fade {
                ya = yb;
            }
            // Clip to the plot; what runs past an edge fades out there.
            let (xa, xb) = (clamp_x(xa), clamp_x(xb.max(xa)));
            let (ya, yb) = (clamp_x(ya.max(xb)), clamp_x(yb.max(ya.max(xb))));
            let tooltip = Some(b.tooltip.clone());
            let record: Option<Arc<str>> = Some(model[b.team].id.as_str().into());
            let fill_for = |from: f64, to: f64| {
                if b.host {
                    Paint::FadeX {
                        color,
                        from: from * 0.18,
                        to: to * 0.18,
                    }
                } else {
                    Paint::FadeX { color, from, to }
                }
            };
            let solid = if b.host {
                Paint::Solid(color, 0.18)
            } else {
                Paint::Solid(color, 1.0)
            };
            let outline = |dashed: bool| {
                Some(Stroke {
                    color,
                    width: 2.0,
                    dash: dashed.then_some((6.0, 4.0)),
                    opacity: 1.0,
                })
            };
            // A bar is up to three segments: fading in, solid, fading out.
            let segments = [
                (
                    xa,
                    xb,
                    fill_for(0.12, 1.0),
                    if start_dashed || b.host {
                        outline(true)
                    } else {
                        None
                    },
                ),
                (xb, ya, solid, if b.host { outline(false) } else { None }),
                (
                    ya,
                    yb,
                    fill_for(1.0, 0.12),
                    if end_dashed || b.host {
                        outline(true)
                    } else {
                        None
                    },
                ),
            ];
            let mut host_index = None;
            for (k, (from, to, fill, stroke)) in segments.into_iter().enumerate() {
                if to <= from + 0.5 {
                    continue;
                }
                let idx = cx.scene.push(
                    Role::Mark,
                    Shape::Rect {
                        rect: Rect::new(from, by, to - from, d.bar_h),
                        radius: 0.0,
                        fill,
                        stroke,
                    },
                );
                cx.annotate(idx, record.clone(), tooltip.clone(), opacity);
                cx.scene.items[idx].lane = Some(lane.key.clone());
                if k == 1 {
                    host_index = Some(idx);
                }
            }
            if !b.host {
                drawn_bars.push(DrawnBar {
                    lane: i,
                    team: b.team,
                    start: xa,
                    solid: (xb, ya),
                    end: yb,
                    y: by,
                    index: host_index,
                    opacity,
                });
            }
        }
    }

    // One label per team: inside the solid part of a bar, else in the free space
    // before or after it, always clear of marks and other labels.
    let mut label_boxes: Vec<Rect> = Vec::new();
    // Filed in a grid: a large case has hundreds of thousands of marks, and
    // each try only needs the few near it.
    let mark_boxes = super::kit::FrozenBoxGrid::new(
        64.0,
        cx.scene
            .items
            .iter()
            .filter(|it| it.role == Role::Mark)
            .map(|it| it.bbox())
            .chain(marker_boxes.iter().flatten().copied())
            .collect(),
    );
    // Each team's bars in drawing order, found without a pass over all bars.
    let mut bars_of: Vec<Vec<usize>> = vec![Vec::new(); model.teams.len()];
    for (i, db) in drawn_bars.iter().enumerate() {
        bars_of[db.team.0].push(i);
    }
    for &t in &teams {
        let name = &model[t].name;
        let color = team_color.get(&t).copied().unwrap_or(theme.text);
        let record: Option<Arc<str>> = Some(model[t].id.as_str().into());
        'bars: for db in bars_of[t.0].iter().map(|&i| &drawn_bars[i]) {
            let baseline =
                db.y + d.bar_h / 2.0 + (m.ascent(Type::BAR) - m.descent(Type::BAR)) / 2.0;
            let tooltip = lanes[db.lane]
                .bars
                .iter()
                .find(|b| b.team == t && !b.host)
                .map(|b| b.tooltip.clone());
            // (left edge, right edge, anchor, ink, host mark)
            let mut tries: Vec<(f64, f64, Anchor, Color, Option<usize>)> = Vec::new();
            if let Some(hi) = db.index.filter(|_| db.opacity >= 1.0) {
                tries.push((
                    db.solid.0 + 8.0,
                    db.solid.1 - 8.0,
                    Anchor::Start,
                    theme.ink_on(color),
                    Some(hi),
                ));
            }
            tries.push((x0 + 4.0, db.start - 10.0, Anchor::End, theme.text, None));
            tries.push((db.end + 10.0, x1 - 4.0, Anchor::Start, theme.text, None));
            for (left, right, anchor, ink, host) in tries {
                if right - left < 60.0 {
                    continue;
                }
                let Some(text) = truncate(m, name, Type::BAR, Weight::Semibold, right - left)
                else {
                    continue;
                };
                if text.ends_with('…') && text.chars().count() < 12 {
                    continue;
                }
                let w = m.width(&text, Type::BAR, Weight::Semibold);
                let bx = if anchor == Anchor::End {
                    right - w
                } else {
                    left
                };
                let a = m.ascent(Type::BAR);
                let bb = Rect::new(bx, baseline - a, w, a + m.descent(Type::BAR));
                let host_box = host.map(|h| cx.scene.items[h].bbox());
                let clear_of_marks =
                    !mark_boxes.overlaps_other(&bb.inflate(3.0), |r| Some(*r) == host_box);
                if !clear_of_marks || label_boxes.iter().any(|r| r.overlaps(&bb.inflate(3.0))) {
                    continue;
                }
                let x = if anchor == Anchor::End { right } else { left };
                let idx = cx.text(x, baseline, &text, Type::BAR, Weight::Semibold, ink, anchor);
                cx.annotate(idx, record.clone(), tooltip.clone(), db.opacity);
                cx.scene.items[idx].host = host;
                cx.scene.items[idx].lane = Some(lanes[db.lane].key.clone());
                label_boxes.push(bb);
                break 'bars;
            }
        }
    }

    // Step-by-step builds: events appear one at a time in date order, each team
    // with the first event on or after its start.
    let mut order: Vec<(NaiveDate, Option<NaiveDate>, EventRef)> = events
        .iter()
        .map(|e| {
            let p = periods[e.0];
            (p.start.first_day(), p.end.map(|d| d.last_day()), *e)
        })
        .collect();
    order.sort_unstable();
    let n_steps = order.len() as u32;
    let mut event_step: Vec<Option<u32>> = vec![None; model.events.len()];
    if n_steps > 0 {
        for (i, (_, _, e)) in order.iter().enumerate() {
            event_step[e.0] = Some(i as u32 + 1);
        }
    }
    let team_step: rustc_hash::FxHashMap<&str, u32> = teams
        .iter()
        .map(|&t| {
            let start = model[t].start.first_day();
            let before = order.partition_point(|(first, _, _)| *first < start) as u32;
            (model[t].id.as_str(), (before + 1).min(n_steps.max(1)))
        })
        .collect();

    // Event connectors, leaders and markers.
    // Indexed by event: large cases have a hundred thousand of them.
    // Each event's lanes, with what its marks there need: one list, event after
    // event (counted, then filled lane by lane). The marks are drawn left to
    // right, and on a large case reaching back into the lanes (thousands of
    // them) for each mark would be a wait on memory; the lane's handle is
    // copied here, while the lane is at hand.
    let mut lanes_start = vec![0usize; model.events.len() + 1];
    for lane in &lanes {
        for e in &lane.events {
            lanes_start[e.0 + 1] += 1;
        }
    }
    for i in 0..model.events.len() {
        lanes_start[i + 1] += lanes_start[i];
    }
    #[derive(Clone)]
    struct OnLane {
        mid: f64,
        focus: bool,
        /// The event's own box on the lane, if the event spans time.
        marker: Option<Rect>,
        /// The lane's key, handed to the event's mark there (each event is
        /// drawn once).
        key: Option<Arc<str>>,
    }
    let blank = OnLane {
        mid: 0.0,
        focus: false,
        marker: None,
        key: None,
    };
    let mut event_lanes = vec![blank; lanes_start[model.events.len()]];
    let mut filled = lanes_start.clone();
    for (i, lane) in lanes.iter().enumerate() {
        let mid = lane_y[i].0 + lane_y[i].1 / 2.0;
        for (k, e) in lane.events.iter().enumerate() {
            event_lanes[filled[e.0]] = OnLane {
                mid,
                focus: lane.focus,
                marker: marker_boxes[i].get(k).copied(),
                key: Some(lane.key.clone()),
            };
            filled[e.0] += 1;
        }
    }
    let mut placed_row: Vec<Option<&Placed>> = vec![None; model.events.len()];
    for (e, p, _, _) in &placed {
        if let Some(slot) = placed_row.get_mut(e.0) {
            *slot = Some(p);
        }
    }
    // What each event shows, worked out in the model's order: the marks are drawn
    // left to right, and on a large case reading the events in that order would
    // jump all over memory.
    struct EventMarks<'m> {
        record: &'m str,
        tooltip: String,
        point: bool,
        dashed: bool,
        focus: bool,
        step: Option<u32>,
    }
    let mut marks_of: Vec<Option<EventMarks>> = Vec::new();
    marks_of.resize_with(model.events.len(), || None);
    let names = Names::new(model);
    for &e in &events {
        let ev = &model[e];
        let p = periods[e.0];
        marks_of[e.0] = Some(EventMarks {
            record: ev.id.as_str(),
            tooltip: event_tooltip(model, &names, e),
            point: geom[e.0].span.is_none(),
            dashed: p.start.qualifier() != Qualifier::Stated
                || p.end.is_some_and(|e| e.qualifier() != Qualifier::Stated),
            focus: event_in_focus(e),
            step: event_step[e.0],
        });
    }
    for (&e, &x) in band_events.iter().zip(&anchors) {
        let Some(marks) = &marks_of[e.0] else {
            continue;
        };
        let opacity = if marks.focus { 1.0 } else { theme.dim };
        // The items' shared handles are made here, in drawing order, not with
        // the marks: every item's copy of a handle touches it, and on a large
        // case handles made in the model's order would each be a separate wait
        // on memory.
        let record: Option<Arc<str>> = Some(marks.record.into());
        let first_item = cx.scene.items.len();
        let lanes_of = &mut event_lanes[lanes_start[e.0]..lanes_start[e.0 + 1]];
        let top_mid = lanes_of.iter().map(|l| l.mid).fold(f64::MAX, f64::min);
        let bottom_mid = lanes_of.iter().map(|l| l.mid).fold(f64::MIN, f64::max);
        if let Some(p) = placed_row.get(e.0).copied().flatten() {
            let row_bottom = band_bottom - p.row as f64 * row_h;
            let end = if lanes_of.is_empty() {
                lanes_bottom
            } else {
                top_mid
            };
            let idx = cx.scene.push(
                Role::Decoration,
                Shape::Line {
                    x1: x,
                    y1: row_bottom - 6.0,
                    x2: x,
                    y2: end,
                    stroke: Stroke {
                        color: theme.muted,
                        width: 1.5,
                        dash: Some((3.0, 3.0)),
                        opacity: 0.8,
                    },
                },
            );
            cx.annotate(idx, record.clone(), None, opacity);
        }
        if lanes_of.len() > 1 {
            let idx = cx.scene.push(
                Role::Decoration,
                Shape::Line {
                    x1: x,
                    y1: top_mid,
                    x2: x,
                    y2: bottom_mid,
                    stroke: Stroke {
                        color: theme.event,
                        width: 2.5,
                        dash: None,
                        opacity: 0.55,
                    },
                },
            );
            cx.annotate(idx, record.clone(), None, opacity);
        }
        let tooltip: Option<Arc<str>> = Some(marks.tooltip.as_str().into());
        let point = marks.point;
        for on in lanes_of {
            let mid = on.mid;
            let lane_opacity = if on.focus { opacity } else { theme.dim };
            let idx = if point {
                cx.scene.push(
                    Role::Mark,
                    Shape::Circle {
                        cx: x,
                        cy: mid,
                        r: MARKER_R,
                        fill: Paint::Solid(theme.event, 1.0),
                        stroke: Some(Stroke {
                            color: theme.background,
                            width: 2.5,
                            dash: None,
                            opacity: 1.0,
                        }),
                    },
                )
            } else {
                // The event's own box on this lane (another event's box may
                // also cover its middle).
                let r = on
                    .marker
                    .unwrap_or(Rect::new(x - 6.0, mid - 9.0, 12.0, 18.0));
                let dashed = marks.dashed;
                cx.scene.push(
                    Role::Mark,
                    Shape::Rect {
                        rect: Rect::new(r.x, mid - 8.0, r.w, 16.0),
                        radius: 8.0,
                        fill: Paint::Solid(theme.event, 0.35),
                        stroke: Some(Stroke {
                            color: theme.event,
                            width: 2.0,
                            dash: dashed.then_some((5.0, 3.0)),
                            opacity: 0.9,
                        }),
                    },
                )
            };
            cx.annotate(idx, record.clone(), tooltip.clone(), lane_opacity);
            cx.scene.items[idx].lane = on.key.take();
        }
        for item in &mut cx.scene.items[first_item..] {
            item.step = marks.step;
        }
    }
    for (e, p, lines, date) in &placed {
        let opacity = if event_in_focus(*e) { 1.0 } else { theme.dim };
        let row_bottom = band_bottom - p.row as f64 * row_h;
        let date_base = row_bottom - 8.0 - m.descent(Type::EVENT_DATE);
        let (ax, anchor) = match p.align {
            Anchor::Start => (p.x0, Anchor::Start),
            Anchor::End => (p.x1, Anchor::End),
            Anchor::Middle => ((p.x0 + p.x1) / 2.0, Anchor::Middle),
        };
        let marks = marks_of[e.0].as_ref();
        let tooltip: Option<Arc<str>> = marks.map(|m| m.tooltip.as_str().into());
        let record: Option<Arc<str>> = marks.map(|m| m.record.into());
        let first_item = cx.scene.items.len();
        let mut base = date_base - m.descent(Type::EVENT_DATE) - m.ascent(Type::EVENT_DATE) - 2.0;
        base -= (lines.len() - 1) as f64 * name_line;
        for line in lines {
            let idx = cx.text(
                ax,
                base,
                line,
                Type::EVENT,
                Weight::Semibold,
                theme.text,
                anchor,
            );
            cx.annotate(idx, record.clone(), tooltip.clone(), opacity);
            base += name_line;
        }
        let idx = cx.text(
            ax,
            date_base,
            date,
            Type::EVENT_DATE,
            Weight::Regular,
            theme.muted,
            anchor,
        );
        cx.annotate(idx, record, tooltip, opacity);
        let step = marks.and_then(|m| m.step);
        for item in &mut cx.scene.items[first_item..] {
            item.step = step;
        }
    }

    // Axis.
    let mut y = lanes_bottom + 10.0;
    if !ticks.minor.is_empty() {
        y += m.ascent(Type::TICK);
        let mut last_right = f64::MIN;
        for t in &ticks.minor {
            if t.label.is_empty() {
                continue;
            }
            let w = m.width(&t.label, Type::TICK, Weight::Regular);
            if t.x - w / 2.0 < x0 - 20.0
                || t.x + w / 2.0 > width - MARGIN
                || t.x - w / 2.0 < last_right + 8.0
            {
                continue;
            }
            cx.text(
                t.x,
                y,
                &t.label,
                Type::TICK,
                Weight::Regular,
                theme.muted,
                Anchor::Middle,
            );
            last_right = t.x + w / 2.0;
        }
        y += m.descent(Type::TICK) + 6.0;
    }
    y += m.ascent(Type::YEAR);
    let mut last_right = f64::MIN;
    let mut year_ticks = ticks.major.clone();
    // Name the first year even when the domain starts mid-year, if its label fits
    // before the next year's.
    let first_w = m.width(&d0.format("%Y").to_string(), Type::YEAR, Weight::Semibold);
    if year_ticks.first().is_none_or(|t| t.x > x0 + first_w + 24.0) {
        year_ticks.insert(
            0,
            super::scale::Tick {
                x: x0,
                label: d0.format("%Y").to_string(),
            },
        );
    }
    for t in &year_ticks {
        let w = m.width(&t.label, Type::YEAR, Weight::Semibold);
        let left = t.x + 4.0;
        if left < last_right + 12.0 || left + w > width - MARGIN {
            continue;
        }
        cx.text(
            left,
            y,
            &t.label,
            Type::YEAR,
            Weight::Semibold,
            theme.text,
            Anchor::Start,
        );
        last_right = left + w;
    }
    y += m.descent(Type::YEAR) + 28.0;

    // Step-by-step builds: the events' items have their step; the teams' (bars,
    // labels, a team's lane) take it from the team's id.
    if n_steps > 0 {
        for item in &mut cx.scene.items {
            if item.step.is_none() {
                item.step = item
                    .record
                    .as_deref()
                    .and_then(|r| team_step.get(r).copied());
            }
        }
    }

    // Legend: one entry per team, then the marks and what faded or dashed edges mean.
    let mut entries: Vec<(LegendSwatch, String, Option<String>)> = Vec::new();
    for &t in &teams {
        let c = team_color.get(&t).copied().unwrap_or(theme.text);
        let name = &model[t].name;
        let kind = team_kind_name(model[t].kind);
        let says_kind = {
            let lower = name.to_lowercase();
            lower.contains(kind.to_lowercase().as_str())
                || lower.contains("task force")
                || lower.contains("jit")
        };
        let text = if says_kind {
            name.clone()
        } else {
            format!("{name} ({kind})")
        };
        entries.push((
            LegendSwatch::Bar(c),
            text,
            Some(model[t].id.as_str().to_string()),
        ));
    }
    if lanes.iter().any(|l| l.bars.iter().any(|b| b.host)) {
        entries.push((
            LegendSwatch::Host(theme.muted),
            "Outlined: hosts the team".into(),
            None,
        ));
    }
    if !events.is_empty() {
        entries.push((
            LegendSwatch::Point(theme.event),
            "Event (day known)".into(),
            None,
        ));
    }
    if lanes
        .iter()
        .any(|l| l.events.iter().any(|e| geom[e.0].span.is_some()))
    {
        entries.push((
            LegendSwatch::Capsule(theme.event),
            "Event over a span, or known only to the month or year".into(),
            None,
        ));
    }
    if !context_items.is_empty() {
        entries.push((
            LegendSwatch::Diamond(theme.muted),
            "Legal instrument or milestone (context)".into(),
            None,
        ));
    }
    if lanes
        .iter()
        .any(|l| !l.bars.is_empty() || !l.events.is_empty())
    {
        entries.push((
            LegendSwatch::Fade(theme.muted),
            "Faded edge: date known to the month or year, or no end date".into(),
            None,
        ));
        entries.push((
            LegendSwatch::Dashed(theme.muted),
            "Dashed: approximate, or only known to exist by then".into(),
            None,
        ));
    }
    let sw = 34.0;
    let mut lx = MARGIN;
    y += m.ascent(Type::LEGEND);
    for (swatch, text, record) in &entries {
        let tw = m
            .width(text, Type::LEGEND, Weight::Regular)
            .min(width - 2.0 * MARGIN - sw - 10.0);
        if lx + sw + 10.0 + tw > width - MARGIN && lx > MARGIN {
            lx = MARGIN;
            y += m.ascent(Type::LEGEND) + m.descent(Type::LEGEND) + 12.0;
        }
        let cy = y - (m.ascent(Type::LEGEND) - m.descent(Type::LEGEND)) / 2.0;
        swatch.draw(&mut cx.scene, lx, cy, sw, theme);
        let shown = truncate(m, text, Type::LEGEND, Weight::Regular, tw).unwrap_or_default();
        let tooltip = (shown != *text).then(|| text.clone());
        let idx = cx.text(
            lx + sw + 10.0,
            y,
            &shown,
            Type::LEGEND,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        cx.annotate(
            idx,
            record.as_deref().map(Into::into),
            tooltip.map(Into::into),
            1.0,
        );
        lx += sw + 10.0 + tw + 36.0;
    }
    y += m.descent(Type::LEGEND) + 20.0;

    if let Some(caption) = &opts.caption {
        let lines = at_most_two_lines(
            m,
            caption,
            Type::CAPTION,
            Weight::Regular,
            width - 2.0 * MARGIN,
        );
        let full = (lines.join(" ") != *caption).then(|| caption.clone());
        for line in lines {
            y += m.ascent(Type::CAPTION);
            let idx = cx.text(
                MARGIN,
                y,
                &line,
                Type::CAPTION,
                Weight::Regular,
                theme.text,
                Anchor::Start,
            );
            cx.annotate(idx, None, full.as_deref().map(Into::into), 1.0);
            y += m.descent(Type::CAPTION) + 4.0;
        }
        y += 12.0;
    }

    // Footnote: the cited sources, compactly, each linked and with its full title on hover.
    let mut cited: Vec<crate::model::SourceRef> = Vec::new();
    let mut cite = |refs: &[crate::model::SourceRef]| {
        for r in refs {
            if !cited.contains(r) {
                cited.push(*r);
            }
        }
    };
    for &t in &teams {
        cite(&model[t].sources);
    }
    for &e in &events {
        cite(&model[e].sources);
    }
    for lane in &lanes {
        if let Some(a) = lane.agency {
            cite(&model[a].sources);
        }
    }
    for &c in &context_items {
        cite(&model[c].sources);
    }
    // (text, source id, full title, link)
    type Note = (String, Option<String>, Option<String>, Option<String>);
    let mut notes: Vec<Note> = Vec::new();
    if !cited.is_empty() {
        notes.push(("Sources:".into(), None, None, None));
    }
    for (n, s) in cited.iter().enumerate() {
        let src = &model[*s];
        let publisher = src.publisher.clone().unwrap_or_else(|| src.title.clone());
        let text = match &src.date {
            Some(d) => format!("{publisher} ({})", d.human()),
            None => publisher,
        };
        let sep = if n + 1 < cited.len() { ";" } else { "." };
        notes.push((
            format!("{text}{sep}"),
            Some(src.id.as_str().to_string()),
            Some(src.title.clone()),
            src.url.clone(),
        ));
    }
    let context_omitted = context_items.len() - ctx_placed.len();
    if omitted + context_omitted > 0 {
        let what = match (omitted, context_omitted) {
            (0, n) => plural(n, "context label", "context labels"),
            (n, 0) => plural(n, "event label", "event labels"),
            (a, b) => format!(
                "{} and {}",
                plural(a, "event label", "event labels"),
                plural(b, "context label", "context labels")
            ),
        };
        notes.push((
            format!("{what} left out for space: hover the markers."),
            None,
            None,
            None,
        ));
    }
    let mut fx = MARGIN;
    y += m.ascent(Type::FOOT);
    for (text, record, tooltip, href) in notes {
        let text = truncate(m, &text, Type::FOOT, Weight::Regular, width - 2.0 * MARGIN)
            .unwrap_or_default();
        let w = m.width(&text, Type::FOOT, Weight::Regular);
        if fx + w > width - MARGIN && fx > MARGIN {
            fx = MARGIN;
            y += m.ascent(Type::FOOT) + m.descent(Type::FOOT) + 6.0;
        }
        let idx = cx.text(
            fx,
            y,
            &text,
            Type::FOOT,
            Weight::Regular,
            theme.muted,
            Anchor::Start,
        );
        cx.annotate(idx, record.map(Into::into), tooltip.map(Into::into), 1.0);
        if let Shape::Text { href: h, .. } = &mut cx.scene.items[idx].shape {
            *h = href;
        }
        fx += w + 8.0;
    }
    y += m.descent(Type::FOOT) + MARGIN;

    let mut scene = cx.scene;
    scene.height = y.ceil();
    if let Some(h) = fixed_height {
        if scene.height <= h {
            scene.height = h;
        } else {
            scene.display = Some((width, h));
        }
    }
    scene.title = title.clone();
    scene.description = format!(
        "Timeline of {}. {}{}",
        title,
        subtitle,
        model
            .description
            .as_ref()
            .map(|d| format!(". {d}"))
            .unwrap_or_default()
    );
    (scene, omitted)
}

/// Legend swatches.
enum LegendSwatch {
    Diamond(Color),
    Bar(Color),
    Host(Color),
    Point(Color),
    Capsule(Color),
    Fade(Color),
    Dashed(Color),
}

impl LegendSwatch {
    fn draw(&self, scene: &mut Scene, x: f64, cy: f64, w: f64, theme: &Theme) {
        let h = 16.0;
        let rect = Rect::new(x, cy - h / 2.0, w, h);
        let shape = match *self {
            LegendSwatch::Diamond(c) => {
                let (mx, r) = (x + w / 2.0, 7.0);
                Shape::Polygon {
                    points: vec![(mx, cy - r), (mx + r, cy), (mx, cy + r), (mx - r, cy)],
                    fill: Paint::Solid(c, 1.0),
                    stroke: None,
                }
            }
            LegendSwatch::Bar(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::Solid(c, 1.0),
                stroke: None,
            },
            LegendSwatch::Host(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::Solid(c, 0.18),
                stroke: Some(Stroke {
                    color: c,
                    width: 2.0,
                    dash: Some((6.0, 4.0)),
                    opacity: 1.0,
                }),
            },
            LegendSwatch::Point(c) => Shape::Circle {
                cx: x + w / 2.0,
                cy,
                r: MARKER_R,
                fill: Paint::Solid(c, 1.0),
                stroke: Some(Stroke {
                    color: theme.background,
                    width: 2.5,
                    dash: None,
                    opacity: 1.0,
                }),
            },
            LegendSwatch::Capsule(c) => Shape::Rect {
                rect,
                radius: 8.0,
                fill: Paint::Solid(c, 0.35),
                stroke: Some(Stroke {
                    color: c,
                    width: 2.0,
                    dash: None,
                    opacity: 0.9,
                }),
            },
            LegendSwatch::Fade(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::FadeX {
                    color: c,
                    from: 0.12,
                    to: 1.0,
                },
                stroke: None,
            },
            LegendSwatch::Dashed(c) => Shape::Rect {
                rect,
                radius: 0.0,
                fill: Paint::FadeX {
                    color: c,
                    from: 0.12,
                    to: 1.0,
                },
                stroke: Some(Stroke {
                    color: c,
                    width: 2.0,
                    dash: Some((6.0, 4.0)),
                    opacity: 1.0,
                }),
            },
        };
        scene.push(Role::Decoration, shape);
    }
}
