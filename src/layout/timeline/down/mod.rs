//! The timeline with time running down the page, for a phone's narrow column:
//! the time axis on the left, teams as bars in a gutter beside it, and every
//! legal milestone, team and event as a block of text in date order to its
//! right (its date as read, its name, the countries that took part).
//!
//! It shares the timeline across's steps where they do not depend on the
//! direction: what is shown and in focus, the time domain and its quiet
//! stretches, the heading, bars' extents, step numbers, the legend and the
//! footer. What it adds: the column across (`column`), the blocks measured
//! (`entries`), time down the page with each busy day stretched to hold its
//! blocks (`track`), the axis (`axis`), the teams' gutter (`teams`) and the
//! blocks drawn (`marks`).

mod axis;
mod column;
mod entries;
mod marks;
mod teams;
mod track;

use super::legend::{self, Drawn};
use super::{DENSITIES, Inputs, Pen, TimelineOptions};
use super::{context, focus, footer, frame, heading, lanes, quiet, steps};
use crate::layout::scale::Scale;
use crate::model::{ContextRef, Model};
use crate::scene::Scene;
use crate::text::TextMeasure;

pub(super) use super::MARKER_R;

/// Type sizes in px: names at 16, the rest small print at 14, as a phone
/// reads them at arm's length.
struct Type;
impl Type {
    const NAME: f64 = 16.0;
    const DATE: f64 = 14.0;
    const CHIP: f64 = 14.0;
    const TICK: f64 = 14.0;
    const YEAR: f64 = 16.0;
}

/// Space between two blocks.
const GAP: f64 = 8.0;

/// Lays out the timeline of `model` down a column. Guarantees: blocks in date
/// order, each at its day on the axis (a day holding several stretched to
/// hold them all), none overlapping another; nothing off the canvas.
pub(super) fn layout_down(model: &Model, m: &dyn TextMeasure, opts: &TimelineOptions) -> Scene {
    let at = Inputs {
        model,
        m,
        opts,
        d: &DENSITIES[0],
    };
    let focus = focus::focus_circle(model, opts);
    let shown = lanes::Shown::new(model, opts);
    // The lanes across decide the time shown and which stretches are quiet,
    // so both forms of a picture show the same time.
    let lanes = lanes::collect_lanes(&at, &shown, &focus);
    let mut domain = frame::Domain::new(&at, &lanes.lanes, &shown.periods);
    let context = context::context_in_view(&at, &domain);
    domain.break_quiet_stretches(&at, &lanes.lanes, &shown.periods, &context);
    let context = context::context_in_view(&at, &domain);
    let page = column::Page::new(opts.size);
    let mut pen = Pen::new(m, page.inner, &opts.theme);
    let heading = heading::draw_heading(&mut pen, &at, &shown, &domain);
    let size = (page.inner, page.fixed_height);
    if domain.empty && context.is_empty() {
        let why = crate::layout::kit::nothing_to_draw_why(model, "nothing-lanes", true);
        let y = crate::layout::kit::nothing_to_draw(
            &mut pen.scene,
            m,
            &opts.theme,
            heading.bottom + 16.0,
            &why,
        );
        let scene = footer::finish(
            pen.scene,
            &at,
            size,
            &heading,
            y + crate::layout::kit::MARGIN,
        );
        return to_canvas(scene, &page);
    }

    let on_page = OnPage {
        shown: &shown,
        context: &context,
        domain: &domain,
        focus: &focus,
    };
    let (bottom, drawn, break_note) =
        draw_column(&mut pen, &at, &on_page, &page, heading.bottom + 28.0);
    let mut entries = legend::legend_entries(&at, &shown, &drawn);
    entries.extend(legend::break_key(&at, break_note.as_deref()));
    let y = legend::draw_legend(&mut pen, &at, &entries, bottom + 28.0);
    let y = footer::draw_caption(&mut pen, &at, y);
    let all_labelled = footer::LeftOut {
        events: 0,
        context: Vec::new(),
    };
    let y = footer::draw_footnote(
        &mut pen,
        &at,
        &shown,
        &lanes.lanes,
        &context,
        all_labelled,
        y,
    );
    let mut scene = footer::finish(pen.scene, &at, size, &heading, y);
    quiet::describe(&mut scene, break_note.as_deref());
    to_canvas(scene, &page)
}

/// What the column shows, worked out before it is drawn.
struct OnPage<'a> {
    shown: &'a lanes::Shown,
    context: &'a [ContextRef],
    domain: &'a frame::Domain,
    focus: &'a focus::Focus,
}

/// Draws the column from `top`: the axis, the teams' bars, the breaks, the
/// blocks and the axis labels. Returns the bottom of the axis, what kinds of
/// mark were drawn (for the legend) and what the breaks leave out.
fn draw_column(
    pen: &mut Pen,
    at: &Inputs,
    on: &OnPage,
    page: &column::Page,
    top: f64,
) -> (f64, Drawn, Option<String>) {
    let (model, m, shown) = (at.model, at.m, on.shown);
    let base = track::base_scale(on.domain, top);
    let ticks = base.ticks(m, Type::TICK);
    let years = axis::years(m, &ticks, on.domain.d0, top);
    let (team_column, team_columns) = teams::columns(at, shown, on.domain);
    let col = column::Column::new(page, axis::labels_width(m, &ticks, &years), team_columns);
    let steps = steps::Steps::new(model, shown);
    let sources = entries::Sources {
        shown,
        context: on.context,
        domain: on.domain,
        focus: on.focus,
        steps: &steps,
        width: col.text_w(),
    };
    let list = entries::entries(at, &sources);
    let (track, tops) = place(base, &list);
    let bottom = track.y(on.domain.d1);

    axis::draw_line(pen, at, &col, (&ticks, &track), (top, bottom));
    // Where each team is named: a team known to exist only by a day is
    // solid from there.
    let team_of = |e: &entries::Entry| match e.what {
        entries::What::Team(t) => shown.teams.iter().position(|s| *s == t),
        _ => None,
    };
    let mut named = vec![None; shown.teams.len()];
    for (e, top) in list.iter().zip(&tops) {
        if let Some(i) = team_of(e) {
            named[i] = Some(top + e.body.mark_dy);
        }
    }
    let columns = (&team_column[..], &named[..]);
    teams::draw_bars(
        pen,
        at,
        shown,
        (&col, &track),
        columns,
        on.focus,
        (top, bottom),
    );
    let break_note = quiet::break_note(&track.base.breaks());
    axis::draw_breaks(pen, at, &col, &track, break_note.as_deref());
    let bar_edge = |e: &entries::Entry| team_of(e).map(|i| col.bar_x(team_column[i]) + col.bar_w);
    marks::draw_entries(pen, at, (&col, &track), &list, &tops, bar_edge);
    axis::draw_labels(pen, at, &col, (&ticks, &years, &track), (top, bottom));
    steps.apply_to_teams(&mut pen.scene);

    let drawn = Drawn {
        spans: list
            .iter()
            .any(|e| matches!(e.mark, entries::Mark::Span { .. })),
        context: !on.context.is_empty(),
        anything: list
            .iter()
            .any(|e| !matches!(e.what, entries::What::Context(_))),
        low: list.iter().any(|e| low(model, e)),
        ..Drawn::default()
    };
    (bottom, drawn, break_note)
}

/// Whether an entry's record is of low confidence, drawn hatched.
fn low(model: &Model, e: &entries::Entry) -> bool {
    match e.what {
        entries::What::Context(c) => model[c].assurance.is_low(),
        entries::What::Team(t) => model[t].assurance.is_low(),
        entries::What::Event(ev) => model[ev].assurance.is_low(),
    }
}

/// Time down the page with each day stretched to hold its blocks, and each
/// block's top. Guarantees: a day's blocks stack in list order from the
/// day's start, [`GAP`] apart; no two blocks overlap.
fn place(
    base: crate::layout::scale::BrokenScale,
    list: &[entries::Entry],
) -> (track::Track, Vec<f64>) {
    let mut days: Vec<(chrono::NaiveDate, f64)> = Vec::new();
    for e in list {
        match days.last_mut() {
            Some((d, room)) if *d == e.day => *room += e.body.height + GAP,
            _ => days.push((e.day, e.body.height + GAP)),
        }
    }
    let track = track::Track::new(base, &days);
    let mut tops = Vec::with_capacity(list.len());
    let mut below: Option<(chrono::NaiveDate, f64)> = None;
    for e in list {
        let top = match below {
            Some((d, y)) if d == e.day => y,
            _ => track.y(e.day),
        };
        tops.push(top);
        below = Some((e.day, top + e.body.height + GAP));
    }
    (track, tops)
}

/// The picture moved onto the canvas asked for: drawn with the page margin on
/// a wider one, it keeps the narrow margin (see [`column::Page`]).
fn to_canvas(mut scene: Scene, page: &column::Page) -> Scene {
    scene.translate(-page.shift, 0.0);
    scene.width = page.width;
    if let Some((_, h)) = scene.display {
        scene.display = Some((page.width, h));
    }
    scene
}
