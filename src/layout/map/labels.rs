//! Names on the map. Each name takes the first free place among candidates
//! around what it names: on a country (or beside a marker), then farther
//! out with a leader line back to it, then its code alone; a name that finds
//! no room is listed under the map rather than drawn over something.
//!
//! Guarantees: a name placed here overlaps no other name and no mark but its
//! own, and stays inside its panel.

use crate::layout::kit::{BoxGrid, label};
use crate::scene::{Anchor, Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight};

/// Type size of every name on the map, in px.
pub(super) const SIZE: f64 = 16.0;

/// Around a name: its halo, which keeps it legible over fills and lines.
const HALO: f64 = 3.0;

/// A name to place.
pub(super) struct Want {
    /// The full name.
    pub(super) text: String,
    /// A shorter form tried when the name finds no room (a country code).
    pub(super) short: Option<String>,
    /// What it names, in canvas px.
    pub(super) at: (f64, f64),
    /// The mark it belongs to (a marker's index), if any: it may touch it.
    pub(super) host: Option<usize>,
    /// How far from `at` a name beside it starts: the marker's radius; for
    /// a country, `None`: the name may sit on `at` itself.
    pub(super) beside: Option<f64>,
    /// Whether the name is too wide for its country: it starts away from
    /// it, with a leader line.
    pub(super) small: bool,
    /// Weight.
    pub(super) weight: Weight,
    /// What the name shows, for the item.
    pub(super) record: Option<std::sync::Arc<str>>,
    /// Hover text.
    pub(super) tooltip: Option<std::sync::Arc<str>>,
    /// Build step.
    pub(super) step: Option<u32>,
}

/// Where names may go and what they must keep clear of.
pub(super) struct Room {
    /// The panel, in canvas px.
    pub(super) area: Rect,
    /// Names placed so far.
    pub(super) names: BoxGrid,
    /// Marks, with their indices.
    pub(super) marks: Vec<(usize, Rect)>,
}

/// Places each name in turn (see the module's guarantees); returns the
/// names that found no room.
pub(super) fn place_names(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    wants: Vec<Want>,
    room: &mut Room,
) -> Vec<String> {
    let mut left_out = Vec::new();
    for want in wants {
        let texts = std::iter::once(want.text.clone()).chain(want.short.clone());
        let found = texts
            .into_iter()
            .find_map(|t| spot_for(m, &want, &t, room).map(|(b, lead)| (t, b, lead)));
        match found {
            Some((text, bbox, leader)) => {
                draw_name(scene, m, theme, &want, &text, bbox, leader, room)
            }
            None => left_out.push(want.text),
        }
    }
    left_out
}

/// Distances from the point named at which a country's name is tried, in px.
const RINGS: [f64; 7] = [14.0, 28.0, 48.0, 72.0, 104.0, 144.0, 196.0];

/// The first free box for `text`, and whether it needs a leader line.
fn spot_for(m: &dyn TextMeasure, want: &Want, text: &str, room: &Room) -> Option<(Rect, bool)> {
    let w = m.width(text, SIZE, want.weight);
    let (asc, desc) = (m.ascent(SIZE), m.descent(SIZE));
    let h = asc + desc;
    let (x, y) = want.at;
    let boxed = |cx: f64, cy: f64| Rect::new(cx - w / 2.0, cy - h / 2.0, w, h);
    let mut tries: Vec<(Rect, bool)> = Vec::new();
    match want.beside {
        Some(r) => {
            let d = r + 5.0;
            tries.push((Rect::new(x + d, y - h / 2.0, w, h), false));
            tries.push((Rect::new(x - d - w, y - h / 2.0, w, h), false));
            tries.push((boxed(x, y - d - h / 2.0), false));
            tries.push((boxed(x, y + d + h / 2.0), false));
            for ring in &RINGS[1..] {
                ring_tries(&mut tries, (x, y), r + ring, w, h);
            }
        }
        None => {
            if !want.small {
                tries.push((boxed(x, y), false));
            }
            for ring in RINGS {
                ring_tries(&mut tries, (x, y), ring, w, h);
            }
        }
    }
    tries.into_iter().find(|(b, _)| free(room, b, want.host))
}

/// Twelve boxes around `at`, their near edge `d` from it, each with a leader.
fn ring_tries(tries: &mut Vec<(Rect, bool)>, (x, y): (f64, f64), d: f64, w: f64, h: f64) {
    for k in 0..12 {
        let a = std::f64::consts::PI * 2.0 * k as f64 / 12.0;
        let (dx, dy) = (a.cos(), -a.sin());
        // The box's centre, so that its edge nearest `at` is about `d` away.
        let cx = x + dx * (d + w / 2.0 * dx.abs());
        let cy = y + dy * (d + h / 2.0 * dy.abs());
        tries.push((Rect::new(cx - w / 2.0, cy - h / 2.0, w, h), true));
    }
}

/// Whether a name's box, with its halo, is inside the panel and clear of
/// other names and of marks other than its host.
fn free(room: &Room, b: &Rect, host: Option<usize>) -> bool {
    let halo = b.inflate(HALO);
    let area = room.area.inflate(-2.0);
    area.contains(&halo)
        && !room.names.overlaps(&halo)
        && !room
            .marks
            .iter()
            .any(|(i, r)| Some(*i) != host && r.overlaps(&halo))
}

#[allow(clippy::too_many_arguments)]
fn draw_name(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    want: &Want,
    text: &str,
    bbox: Rect,
    leader: bool,
    room: &mut Room,
) {
    let mut drawn = Vec::new();
    if leader {
        let end = nearest_on(&bbox, want.at);
        // From a marker's edge, not its centre, so the line never crosses it.
        let (dx, dy) = (end.0 - want.at.0, end.1 - want.at.1);
        let len = dx.hypot(dy).max(1e-9);
        let r = want.beside.unwrap_or(0.0).min(len);
        drawn.push(scene.push(
            Role::Decoration,
            Shape::Line {
                x1: want.at.0 + dx / len * r,
                y1: want.at.1 + dy / len * r,
                x2: end.0,
                y2: end.1,
                stroke: Stroke {
                    color: theme.muted,
                    width: 1.2,
                    dash: None,
                    opacity: 1.0,
                },
            },
        ));
        if want.beside.is_none() {
            drawn.push(scene.push(
                Role::Decoration,
                Shape::Circle {
                    cx: want.at.0,
                    cy: want.at.1,
                    r: 2.5,
                    fill: Paint::Solid(theme.muted, 1.0),
                    stroke: None,
                },
            ));
        }
    }
    drawn.push(scene.push(
        Role::Decoration,
        Shape::Rect {
            rect: bbox.inflate(HALO),
            radius: 4.0,
            fill: Paint::Solid(theme.background, 0.82),
            stroke: None,
        },
    ));
    let baseline = bbox.y + m.ascent(SIZE);
    let t = label(
        scene,
        m,
        bbox.x,
        baseline,
        text,
        SIZE,
        want.weight,
        theme.text,
        Anchor::Start,
    );
    drawn.push(t);
    scene.items[t].host = want.host;
    for i in drawn {
        let item = &mut scene.items[i];
        item.record.clone_from(&want.record);
        item.tooltip.clone_from(&want.tooltip);
        item.step = want.step;
    }
    room.names.insert(bbox.inflate(HALO));
}

/// The point of `r`'s edge nearest `p`, where a leader line meets the name.
fn nearest_on(r: &Rect, p: (f64, f64)) -> (f64, f64) {
    (p.0.clamp(r.x, r.right()), p.1.clamp(r.y, r.bottom()))
}
