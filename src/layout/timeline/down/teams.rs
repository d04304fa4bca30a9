//! Teams down the gutter beside the axis: one bar per team over its dates, in
//! its colour, its edges drawn at the precision of its dates as across.

use std::sync::Arc;

use chrono::{Duration, NaiveDate};

use super::super::bars::{Extent, extent};
use super::super::focus::Focus;
use super::super::frame::{Domain, span_days};
use super::super::lanes::Shown;
use super::super::wording::team_tooltip;
use super::super::{Inputs, Pen};
use super::column::Column;
use super::track::Track;
use crate::model::{Qualifier, TeamRef};
use crate::scene::{Paint, Rect, Role, Shape, Stroke};
use crate::style::Color;

/// Room, in days, a team's dates may take beyond their own: a start known
/// only as "by then" fades in before it.
const BY_THEN: i64 = 120;

/// Each shown team's column of the gutter (in `shown.teams`' order) and how
/// many columns there are. Guarantees: two teams whose times overlap (or
/// nearly: a fade may reach a little beyond a date) are in different columns;
/// a team takes the leftmost free column, teams in order of their start.
pub(super) fn columns(at: &Inputs, shown: &Shown, domain: &Domain) -> (Vec<usize>, usize) {
    let model = at.model;
    let times: Vec<(NaiveDate, NaiveDate)> = shown
        .teams
        .iter()
        .map(|&t| {
            let team = &model[t];
            let (mut a, _) = span_days(&team.start);
            if team.start.qualifier() == Qualifier::OnOrBefore {
                a -= Duration::days(BY_THEN);
            }
            let z = team.end.map_or(domain.d1, |e| span_days(&e).1);
            (a, z)
        })
        .collect();
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by_key(|&i| (times[i].0, i));
    let mut ends: Vec<NaiveDate> = Vec::new();
    let mut column = vec![0; times.len()];
    for i in order {
        let (a, z) = times[i];
        let k = match ends.iter().position(|end| *end < a) {
            Some(k) => k,
            None => {
                ends.push(z);
                ends.len() - 1
            }
        };
        ends[k] = z;
        column[i] = k;
    }
    (column, ends.len())
}

/// Draws each shown team's bar in its column, from `top` to `bottom` at most:
/// fading in and out in steps where a date is known only to the month or
/// year, or the team has no end (the scene's fades run across, not down),
/// dashed where a date is approximate or "by then", hatched when of low
/// confidence. A team known only to exist by a day is solid from its name
/// (at `named[i]`) on: that day is stretched to hold the blocks of the
/// day, and its end is under the last of them. Guarantees: every piece
/// carries the team's record and hover text, dimmed when the team is out
/// of focus.
pub(super) fn draw_bars(
    pen: &mut Pen,
    at: &Inputs,
    shown: &Shown,
    (col, track): (&Column, &Track),
    (columns, named): (&[usize], &[Option<f64>]),
    focus: &Focus,
    (top, bottom): (f64, f64),
) {
    let (model, theme) = (at.model, at.theme());
    for (i, &t) in shown.teams.iter().enumerate() {
        let team = &model[t];
        let by_then = (team.start.qualifier() == Qualifier::OnOrBefore)
            .then(|| span_days(&team.start).1)
            .zip(named[i]);
        let map = |d: NaiveDate| match by_then {
            Some((day_after, y)) if d == day_after => y.min(track.y(d)),
            _ => track.y(d),
        };
        let ext = extent(&team.start, team.end.as_ref(), map, (top, bottom));
        let color = shown.color(t, theme);
        let opacity = if focus.team(model, t) { 1.0 } else { theme.dim };
        let first = pen.scene.items.len();
        draw_bar(pen, t, &ext, (col.bar_x(columns[i]), col.bar_w), color, at);
        let record: Arc<str> = team.id.as_str().into();
        let tooltip: Arc<str> = team_tooltip(model, t).into();
        for idx in first..pen.scene.items.len() {
            pen.annotate(idx, Some(record.clone()), Some(tooltip.clone()), opacity);
        }
    }
}

/// How many steps a fade is drawn in: about one every 4 px, 2 to 12.
fn steps(len: f64) -> usize {
    ((len / 4.0).ceil() as usize).clamp(2, 12)
}

/// One team's bar at `x`, `w` wide.
fn draw_bar(
    pen: &mut Pen,
    t: TeamRef,
    ext: &Extent,
    (x, w): (f64, f64),
    color: Color,
    at: &Inputs,
) {
    let low = at.model[t].assurance.is_low();
    let (ya, (yb, yc), yd) = (ext.start, ext.solid, ext.end);
    let rect = |scene: &mut crate::scene::Scene, y0: f64, y1: f64, fill: Paint| {
        scene.push(
            Role::Mark,
            Shape::Rect {
                rect: Rect::new(x, y0, w, y1 - y0),
                radius: 0.0,
                fill,
                stroke: None,
            },
        )
    };
    let fade = |scene: &mut crate::scene::Scene, y0: f64, y1: f64, (from, to): (f64, f64)| {
        let n = steps(y1 - y0);
        for k in 0..n {
            let t = (k as f64 + 0.5) / n as f64;
            let (a, b) = (
                y0 + (y1 - y0) * k as f64 / n as f64,
                y0 + (y1 - y0) * (k + 1) as f64 / n as f64,
            );
            rect(scene, a, b, Paint::Solid(color, from + (to - from) * t));
        }
    };
    let dashed = |scene: &mut crate::scene::Scene, y0: f64, y1: f64| {
        scene.push(
            Role::Mark,
            Shape::Rect {
                rect: Rect::new(x, y0, w, y1 - y0),
                radius: 0.0,
                fill: Paint::None,
                stroke: Some(Stroke {
                    color,
                    width: 1.5,
                    dash: Some((4.0, 3.0)),
                    opacity: 1.0,
                }),
            },
        );
    };
    let scene = &mut pen.scene;
    if yb > ya + 0.5 {
        fade(scene, ya, yb, (0.12, 1.0));
        if ext.start_dashed {
            dashed(scene, ya, yb);
        }
    }
    if yc > yb + 0.5 {
        rect(
            scene,
            yb,
            yc,
            crate::layout::kit::mark_fill(color, 1.0, low),
        );
    }
    if yd > yc + 0.5 {
        fade(scene, yc, yd, (1.0, 0.12));
        if ext.end_dashed {
            dashed(scene, yc, yd);
        }
    }
}
