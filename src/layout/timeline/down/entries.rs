//! What the column lists, in date order: each legal milestone, team and event
//! as a block of text beside the axis (its date as read, its name, who took
//! part), measured before it is placed.

use std::sync::Arc;

use chrono::{Duration, NaiveDate};

use super::super::Inputs;
use super::super::focus::Focus;
use super::super::frame::{Domain, span_days};
use super::super::lanes::Shown;
use super::super::legend::team_entry;
use super::super::steps::Steps;
use super::super::wording::{Names, context_tooltip, event_tooltip, team_tooltip};
use super::Type;
use crate::layout::kit::Colors;
use crate::model::{
    AgencyRef, ContextRef, Country, EventRef, Period, Precision, Qualifier, TeamRef,
};
use crate::scene::Role;
use crate::style::Color;
use crate::text::{TextMeasure, Weight, truncate, wrap};

/// The least height of a block: a finger's tap target.
pub(super) const TAP_H: f64 = 44.0;

/// Room above a block's first line and below its last.
const PAD: f64 = 5.0;

/// Space between two lines of a block.
const LEADING: f64 = 2.0;

/// Radius of a participant's country dot.
pub(super) const CHIP_R: f64 = 5.0;

/// Rows of country chips a block shows before counting the rest.
const CHIP_ROWS: usize = 3;

/// The widest a partner with no country is named among the chips.
const NAMED_CHIP: f64 = 140.0;

/// The most lines a name takes; the rest is in its hover text.
const NAME_LINES: usize = 3;

/// What a block shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum What {
    Context(ContextRef),
    Team(TeamRef),
    Event(EventRef),
}

/// A block's mark on the axis.
#[derive(Clone, Copy, Debug)]
pub(super) enum Mark {
    /// An event known to the day: a dot.
    Point { low: bool },
    /// An event over days, or known only to the month or year: a capsule
    /// over every day it may cover, `from..to`.
    Span {
        from: NaiveDate,
        to: NaiveDate,
        dashed: bool,
        low: bool,
    },
    /// A legal instrument or milestone: a diamond.
    Diamond,
    /// A team's start: a line from its bar, in its colour.
    Team { color: Color },
}

/// A line of text in a block: its baseline below the block's top.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub(super) dy: f64,
    pub(super) text: String,
    pub(super) size: f64,
    pub(super) weight: Weight,
    pub(super) role: Role,
    pub(super) muted: bool,
}

/// A country that took part: a dot in its colour and its code, `dx` right of
/// the names' edge, on the baseline `dy` below the block's top.
#[derive(Clone, Debug)]
pub(super) struct Chip {
    pub(super) dx: f64,
    pub(super) dy: f64,
    pub(super) code: String,
    /// `None` for the count of those not shown.
    pub(super) color: Option<Color>,
}

/// A block's text, laid out from its top.
#[derive(Clone, Debug)]
pub(super) struct Body {
    pub(super) lines: Vec<Line>,
    pub(super) chips: Vec<Chip>,
    /// The middle of its first line, below its top: where its mark sits.
    pub(super) mark_dy: f64,
    /// At least [`TAP_H`].
    pub(super) height: f64,
}

/// One block of the column.
#[derive(Clone, Debug)]
pub(super) struct Entry {
    pub(super) what: What,
    /// The day it is placed at.
    pub(super) day: NaiveDate,
    pub(super) body: Body,
    pub(super) mark: Mark,
    pub(super) record: Arc<str>,
    pub(super) tooltip: Arc<str>,
    pub(super) opacity: f64,
    pub(super) step: Option<u32>,
}

/// What the blocks read besides the inputs.
pub(super) struct Sources<'a> {
    pub(super) shown: &'a Shown,
    pub(super) context: &'a [ContextRef],
    pub(super) domain: &'a Domain,
    pub(super) focus: &'a Focus,
    pub(super) steps: &'a Steps<'a>,
    /// The width names wrap to.
    pub(super) width: f64,
}

/// Every block, in the order the column lists them: by day, a day's legal
/// milestones first, then the teams that start on it, then its events (by
/// end, then in the model's order). Guarantees: each shown event and team
/// and each context record in view has one block, placed at its first day
/// (or the first day shown, if earlier); every line fits the width.
pub(super) fn entries(at: &Inputs, src: &Sources) -> Vec<Entry> {
    let model = at.model;
    let (theme, d0, d1) = (at.theme(), src.domain.d0, src.domain.d1);
    let colors = Colors::new(model, theme);
    let names = Names::new(model);
    let last = d1 - Duration::days(1);
    let place = |d: NaiveDate| d.clamp(d0, last.max(d0));
    let mut out: Vec<(NaiveDate, What, NaiveDate)> = Vec::new();
    for &c in src.context {
        let (a, z) = span_days(&model[c].date);
        out.push((place(a), What::Context(c), z));
    }
    for &t in &src.shown.teams {
        let p = model[t].period();
        out.push((
            place(p.start.first_day()),
            What::Team(t),
            p.start.last_day(),
        ));
    }
    for &e in &src.shown.events {
        let p = src.shown.periods[e.0];
        let (a, z) = (
            span_days(&p.start).0,
            span_days(&p.end.unwrap_or(p.start)).1,
        );
        out.push((place(a), What::Event(e), z));
    }
    out.sort_by_key(|&(day, what, end)| (day, rank(what), end, what));
    let block = Block {
        m: at.m,
        width: src.width,
    };
    out.into_iter()
        .map(|(day, what, _)| {
            let entry = |body, mark, record: &str, tooltip: String| Entry {
                what,
                day,
                body,
                mark,
                record: Arc::from(record),
                tooltip: Arc::from(tooltip),
                opacity: 1.0,
                step: None,
            };
            match what {
                What::Context(c) => {
                    let rec = &model[c];
                    let body = block.lay(&rec.date.human(), &rec.name, Weight::Regular, &[]);
                    entry(
                        body,
                        Mark::Diamond,
                        rec.id.as_str(),
                        context_tooltip(model, c),
                    )
                }
                What::Team(t) => {
                    let team = &model[t];
                    let who =
                        (team.hosted_by.into_iter()).chain(team.members.iter().map(|m| m.agency));
                    let chips = countries(at, &colors, who);
                    let name = team_entry(&team.name, team.kind);
                    let body = block.lay(&team.period().human(), &name, Weight::Semibold, &chips);
                    let mark = Mark::Team {
                        color: src.shown.color(t, theme),
                    };
                    Entry {
                        opacity: if src.focus.team(model, t) {
                            1.0
                        } else {
                            theme.dim
                        },
                        ..entry(body, mark, team.id.as_str(), team_tooltip(model, t))
                    }
                }
                What::Event(ev) => {
                    let event = &model[ev];
                    let p = src.shown.periods[ev.0];
                    let low = event.assurance.is_low();
                    let mut date = p.human();
                    if low {
                        // In words too: a hatched dot may be too small to read as one.
                        date.push_str(" · ");
                        date.push_str(crate::i18n::static_text("key-low-confidence"));
                    }
                    let chips = countries(at, &colors, event.participants.iter().copied());
                    let body = block.lay(&date, &event.name, Weight::Semibold, &chips);
                    let tip = event_tooltip(model, &names, ev);
                    Entry {
                        opacity: if src.focus.event(model, ev) {
                            1.0
                        } else {
                            theme.dim
                        },
                        step: src.steps.event(ev),
                        ..entry(body, event_mark(&p, low), event.id.as_str(), tip)
                    }
                }
            }
        })
        .collect()
}

/// An event's mark: a dot for one day known, else a capsule over every day
/// it may cover, dashed when a date is approximate or "by then" (as across).
fn event_mark(p: &Period, low: bool) -> Mark {
    if p.end.is_none_or(|end| end == p.start) && p.start.precision() == Precision::Day {
        return Mark::Point { low };
    }
    Mark::Span {
        from: span_days(&p.start).0,
        to: span_days(&p.end.unwrap_or(p.start)).1,
        dashed: p.start.qualifier() != Qualifier::Stated
            || p.end.is_some_and(|e| e.qualifier() != Qualifier::Stated),
        low,
    }
}

/// A day's milestones, then its teams, then its events.
fn rank(w: What) -> u8 {
    match w {
        What::Context(_) => 0,
        What::Team(_) => 1,
        What::Event(_) => 2,
    }
}

/// The countries of `who`, each once, in order of first mention, with their
/// colours; a partner with no country by its own short name.
fn countries(
    at: &Inputs,
    colors: &Colors,
    who: impl Iterator<Item = AgencyRef>,
) -> Vec<(String, Color)> {
    let mut out: Vec<(String, Color)> = Vec::new();
    for a in who {
        let ag = &at.model[a];
        let code = if ag.country == Country::NONE {
            let name = ag.short.as_deref().unwrap_or(&ag.name);
            truncate(at.m, name, Type::CHIP, Weight::Regular, NAMED_CHIP)
                .unwrap_or_else(|| name.to_string())
        } else {
            ag.country.code().to_string()
        };
        if !out.iter().any(|(c, _)| *c == code) {
            let color = colors.country(ag.country.code()).color;
            out.push((code, color));
        }
    }
    out
}

/// Lays out blocks `width` wide.
struct Block<'a> {
    m: &'a dyn TextMeasure,
    width: f64,
}

impl Block<'_> {
    /// A block of `date` (muted small print), `name` in `weight` and a row or
    /// more of `chips`, its lines set from the top. Guarantees: the date takes
    /// at most two lines, the name [`NAME_LINES`], chips [`CHIP_ROWS`] rows
    /// (the last ending in a count of those left out); nothing wider than the
    /// width; the block at least [`TAP_H`] tall.
    fn lay(&self, date: &str, name: &str, weight: Weight, chips: &[(String, Color)]) -> Body {
        let m = self.m;
        let mut y = PAD;
        let mut lines = Vec::new();
        let mut put = |y: &mut f64, text: String, (size, weight, role, muted)| {
            *y += m.ascent(size);
            lines.push(Line {
                dy: *y,
                text,
                size,
                weight,
                role,
                muted,
            });
            *y += m.descent(size) + LEADING;
        };
        for l in at_most(m, date, (Type::DATE, Weight::Regular), self.width, 2) {
            put(&mut y, l, (Type::DATE, Weight::Regular, Role::Note, true));
        }
        for l in at_most(m, name, (Type::NAME, weight), self.width, NAME_LINES) {
            put(&mut y, l, (Type::NAME, weight, Role::Label, false));
        }
        let first = &lines[0];
        let mark_dy = first.dy - (m.ascent(first.size) - m.descent(first.size)) / 2.0;
        let (chips, bottom) = self.chips(chips, y + 2.0);
        Body {
            lines,
            chips,
            mark_dy,
            height: (bottom + PAD).max(TAP_H),
        }
    }

    /// Chips in rows from `y` down; returns them and the y under the last row
    /// (back above the gap before them, without chips). Guarantees: at most
    /// [`CHIP_ROWS`] rows, none wider than the width; when some are left out,
    /// the last row ends with how many.
    fn chips(&self, all: &[(String, Color)], y: f64) -> (Vec<Chip>, f64) {
        let m = self.m;
        if all.is_empty() {
            return (Vec::new(), y - 2.0 - LEADING);
        }
        let size = Type::CHIP;
        let row_h = m.ascent(size) + m.descent(size) + LEADING;
        let baseline = |row: usize| y + row as f64 * row_h + m.ascent(size);
        let chip_w = |code: &str| 2.0 * CHIP_R + 4.0 + m.width(code, size, Weight::Regular);
        let mut out: Vec<Chip> = Vec::new();
        let (mut x, mut row) = (0.0, 0);
        for (code, color) in all {
            let w = chip_w(code);
            if x > 0.0 && x + w > self.width {
                row += 1;
                x = 0.0;
            }
            if row == CHIP_ROWS {
                break;
            }
            out.push(Chip {
                dx: x,
                dy: baseline(row),
                code: code.clone(),
                color: Some(*color),
            });
            x += w + 10.0;
        }
        // How many are left out, after the last chip that leaves room for it.
        while out.len() < all.len() {
            let more = format!("+{}", all.len() - out.len());
            let (dx, dy) = out
                .last()
                .map_or((0.0, baseline(0)), |c| (c.dx + chip_w(&c.code) + 8.0, c.dy));
            if out.is_empty() || dx + m.width(&more, size, Weight::Regular) <= self.width {
                out.push(Chip {
                    dx,
                    dy,
                    code: more,
                    color: None,
                });
                break;
            }
            out.pop();
        }
        let last = out.iter().map(|c| c.dy).fold(f64::MIN, f64::max);
        (out, last + m.descent(size))
    }
}

/// `text` wrapped to `max` px in at most `n` lines, the last cut with "…".
fn at_most(
    m: &dyn TextMeasure,
    text: &str,
    (size, weight): (f64, Weight),
    max: f64,
    n: usize,
) -> Vec<String> {
    let mut lines = wrap(m, text, size, weight, max);
    if lines.len() > n {
        let rest = lines[n - 1..].join(" ");
        lines.truncate(n - 1);
        lines.extend(truncate(m, &rest, size, weight, max));
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::super::super::fixture::{CASE, load};
    use super::super::super::{DENSITIES, TimelineOptions, focus, frame, lanes, steps};
    use super::*;
    use crate::text::FontMeasure;

    #[test]
    fn chips_take_three_rows_at_most_and_count_the_rest() {
        let m = FontMeasure::new();
        let block = Block {
            m: &m,
            width: 200.0,
        };
        let codes: Vec<(String, Color)> =
            (0..40).map(|i| (format!("C{i}"), Color(0, 0, 0))).collect();
        let (chips, _) = block.chips(&codes, 0.0);
        let mut rows: Vec<f64> = chips.iter().map(|c| c.dy).collect();
        rows.dedup();
        assert_eq!(rows.len(), CHIP_ROWS);
        let last = chips.last().unwrap();
        let shown = chips.len() - 1;
        assert_eq!(last.code, format!("+{}", 40 - shown));
        assert!(last.color.is_none());
        for c in &chips {
            let w = m.width(&c.code, Type::CHIP, Weight::Regular) + 2.0 * CHIP_R + 4.0;
            assert!(c.dx + w <= 200.0 + 1e-6, "{} runs off", c.code);
        }
    }

    #[test]
    fn blocks_come_in_date_order_milestones_then_teams_then_events() {
        let model = load(CASE);
        let opts = TimelineOptions::default();
        let at = Inputs {
            model: &model,
            m: &FontMeasure::new(),
            opts: &opts,
            d: &DENSITIES[0],
        };
        let shown = lanes::Shown::new(&model, &opts);
        let focus = focus::focus_circle(&model, &opts);
        let l = lanes::collect_lanes(&at, &shown, &focus);
        let domain = frame::Domain::new(&at, &l.lanes, &shown.periods);
        let steps = steps::Steps::new(&model, &shown);
        let list = entries(
            &at,
            &Sources {
                shown: &shown,
                context: &[ContextRef(0)],
                domain: &domain,
                focus: &focus,
                steps: &steps,
                width: 240.0,
            },
        );
        let records: Vec<&str> = list.iter().map(|e| &*e.record).collect();
        assert_eq!(
            records,
            [
                "jit-a",
                "reg",
                "team-b",
                "arrests",
                "customs-raid",
                "takedown"
            ]
        );
        for e in &list {
            assert!(e.body.height >= TAP_H);
            let name = e.body.lines.iter().find(|l| l.role == Role::Label).unwrap();
            assert_eq!(name.size, Type::NAME);
        }
        // Dates as read: to the day, the month, a team's span.
        let date = |id: &str| {
            let e = list.iter().find(|e| &*e.record == id).unwrap();
            e.body.lines[0].text.clone()
        };
        assert_eq!(date("arrests"), "4 Nov 2020");
        assert_eq!(date("customs-raid"), "Feb 2021");
        assert!(
            date("jit-a").starts_with("15 Mar 2020 – "),
            "{}",
            date("jit-a")
        );
    }
}
