//! The map's marks: the land and the countries that took part, the links
//! between them, the bodies at their seats and the places of events.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::layout::kit::{mark_fill, mark_ring};
use crate::model::Model;
use crate::scene::{Paint, Rect, Role, Scene, Segment, Shape, Stroke};
use crate::style::{Color, Theme};

use super::data::{End, Involved};
use super::land::Land;

/// The colours of the map in a theme.
pub(super) struct Paints {
    /// The sea.
    pub(super) sea: Color,
    /// Land of countries that did not take part.
    pub(super) land: Color,
    /// Borders.
    pub(super) border: Color,
}

impl Paints {
    /// The map's colours in `theme`: quiet land a step off the canvas, the
    /// sea the canvas itself, borders in the canvas colour.
    pub(super) fn of(theme: &Theme) -> Paints {
        Paints {
            sea: theme.background,
            land: theme.grid.over(&theme.background, 0.75),
            border: theme.background,
        }
    }
}

/// How strongly a country's colour fills it, by how many of its agencies
/// took part: 1, 2 or 3, 4 or more (the legend's classes).
pub(super) const SHADES: [(usize, f64); 3] = [(1, 0.42), (2, 0.68), (4, 0.95)];

/// The shade class of a country with `n` agencies taking part.
pub(super) fn shade(n: usize) -> usize {
    SHADES
        .iter()
        .rposition(|(least, _)| n >= *least)
        .unwrap_or(0)
}

/// Draws the land's rings at `(x, y)` in the quiet colour, but for the
/// countries `over` says a fill drawn later covers, outline and all: drawn
/// under it too, each of their rings would be written twice. Returns
/// nothing, as land is decoration.
pub(super) fn draw_land(
    scene: &mut Scene,
    land: &[Land],
    paints: &Paints,
    (x, y): (f64, f64),
    over: impl Fn(&Land) -> bool,
) {
    for l in land.iter().filter(|l| !over(l)) {
        for ring in &l.rings {
            scene.push(
                Role::Decoration,
                polygon(ring, (x, y), Paint::Solid(paints.land, 1.0), paints.border),
            );
        }
    }
}

/// A country's fill, at its shade of `colour`, hatched when every agency of
/// it that took part is of low confidence.
pub(super) struct Fill {
    pub(super) colour: Color,
    pub(super) class: usize,
    pub(super) low: bool,
    pub(super) tooltip: Arc<str>,
    pub(super) step: Option<u32>,
}

/// Draws the rings of one country that took part over the land, each
/// outlined as the land is.
pub(super) fn draw_fill(
    scene: &mut Scene,
    l: &Land,
    fill: &Fill,
    paints: &Paints,
    (x, y): (f64, f64),
) {
    let tint = fill.colour.over(&paints.land, SHADES[fill.class].1);
    let paint = if fill.low {
        Paint::Hatch(tint)
    } else {
        Paint::Solid(tint, 1.0)
    };
    for ring in &l.rings {
        let i = scene.push(
            Role::Decoration,
            polygon(ring, (x, y), paint, paints.border),
        );
        let item = &mut scene.items[i];
        item.tooltip = Some(fill.tooltip.clone());
        item.step = fill.step;
    }
}

fn polygon(ring: &[(f64, f64)], (x, y): (f64, f64), fill: Paint, border: Color) -> Shape {
    Shape::Polygon {
        points: ring.iter().map(|(a, b)| (a + x, b + y)).collect(),
        fill,
        stroke: Some(Stroke {
            color: border,
            width: 0.8,
            dash: None,
            opacity: 1.0,
        }),
    }
}

/// A link's width for `n` occasions: 1.5 px for one, wider for more, up to 9.
pub(super) fn link_width(n: usize) -> f64 {
    (1.5 + 1.6 * ((n as f64).sqrt() - 1.0) * 2.0).min(9.0)
}

/// The curve from `a` to `b`: a cubic bowing to the left of the way from
/// `a` to `b` by a fifth of its length, so that a link never hides the
/// straight line of another between the same places.
pub(super) fn curve(a: (f64, f64), b: (f64, f64), stroke: Stroke) -> Shape {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let bow = 0.2;
    let (nx, ny) = (dy * bow, -dx * bow);
    Shape::Path {
        from: a,
        segments: vec![Segment::Cubic(
            (a.0 + dx / 3.0 + nx, a.1 + dy / 3.0 + ny),
            (a.0 + 2.0 * dx / 3.0 + nx, a.1 + 2.0 * dy / 3.0 + ny),
            b,
        )],
        stroke,
    }
}

/// Dash of a link every occasion of which is of low confidence.
pub(super) const LOW_DASH: (f64, f64) = (6.0, 4.0);

/// Draws every link between ends that have a place, under the markers.
/// `tooltip(link)` words it.
pub(super) fn draw_links(
    scene: &mut Scene,
    model: &Model,
    inv: &Involved,
    at: &BTreeMap<End, (f64, f64)>,
    theme: &Theme,
    tooltip: impl Fn(usize) -> Arc<str>,
) {
    for (li, link) in inv.links.iter().enumerate() {
        let (Some(&a), Some(&b)) = (at.get(&link.ends.0), at.get(&link.ends.1)) else {
            continue;
        };
        if (a.0 - b.0).hypot(a.1 - b.1) < 1.0 {
            continue;
        }
        let low = link
            .occasions
            .iter()
            .all(|&o| inv.occasions[o].what.is_low(model));
        let stroke = Stroke {
            color: theme.text,
            width: link_width(link.occasions.len()),
            dash: low.then_some(LOW_DASH),
            opacity: 0.55,
        };
        let i = scene.push(Role::Decoration, curve(a, b, stroke));
        let first = &inv.occasions[link.occasions[0]];
        let item = &mut scene.items[i];
        item.record = Some(first.what.id(model).into());
        item.tooltip = Some(tooltip(li));
        item.step = Some(first.step);
    }
}

/// Radius of a body's marker, in px.
pub(super) const BODY_R: f64 = 10.0;

/// Radius of a place's dot, in px.
pub(super) const SPOT_R: f64 = 5.5;

/// A point mark to draw: where it belongs and how it looks.
pub(super) struct Pin {
    /// Where it belongs, in canvas px.
    pub(super) at: (f64, f64),
    pub(super) r: f64,
    pub(super) colour: Color,
    pub(super) low: bool,
    pub(super) record: Option<Arc<str>>,
    pub(super) tooltip: Arc<str>,
    pub(super) step: Option<u32>,
}

/// Draws the pins in order, each where it belongs or, if a pin drawn before
/// is there, at the nearest free place with a line back to where it
/// belongs. Returns each pin's centre and the index of its mark.
/// Guarantees: no two pins overlap; every pin lies within `area`.
pub(super) fn draw_pins<'p>(
    scene: &mut Scene,
    theme: &Theme,
    pins: impl IntoIterator<Item = &'p Pin>,
    area: Rect,
) -> Vec<((f64, f64), usize)> {
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    let mut out = Vec::new();
    for pin in pins {
        let c = free_spot(&placed, pin.at, pin.r, area);
        placed.push((c.0, c.1, pin.r));
        if (c.0 - pin.at.0).hypot(c.1 - pin.at.1) > 0.5 {
            let l = scene.push(
                Role::Decoration,
                Shape::Line {
                    x1: pin.at.0,
                    y1: pin.at.1,
                    x2: c.0,
                    y2: c.1,
                    stroke: Stroke {
                        color: theme.muted,
                        width: 1.2,
                        dash: None,
                        opacity: 1.0,
                    },
                },
            );
            scene.items[l].step = pin.step;
        }
        let i = scene.push(
            Role::Mark,
            Shape::Circle {
                cx: c.0,
                cy: c.1,
                r: pin.r,
                fill: mark_fill(pin.colour, 1.0, pin.low),
                stroke: Some(mark_ring(theme, pin.colour, pin.low)),
            },
        );
        let item = &mut scene.items[i];
        item.record.clone_from(&pin.record);
        item.tooltip = Some(pin.tooltip.clone());
        item.step = pin.step;
        out.push((c, i));
    }
    out
}

/// The free centre nearest `at` for a circle of radius `r` among `placed`
/// circles (kept 3 px apart), searched on growing rings, within `area`.
fn free_spot(placed: &[(f64, f64, f64)], at: (f64, f64), r: f64, area: Rect) -> (f64, f64) {
    let inside = |(x, y): (f64, f64)| {
        (area.x + r + 3.0..=area.right() - r - 3.0).contains(&x)
            && (area.y + r + 3.0..=area.bottom() - r - 3.0).contains(&y)
    };
    let clear = |(x, y): (f64, f64)| {
        placed
            .iter()
            .all(|&(px, py, pr)| (x - px).hypot(y - py) >= r + pr + 3.0)
    };
    let clamp = |(x, y): (f64, f64)| {
        (
            x.clamp(area.x + r + 3.0, area.right() - r - 3.0),
            y.clamp(area.y + r + 3.0, area.bottom() - r - 3.0),
        )
    };
    let start = clamp(at);
    if clear(start) {
        return start;
    }
    for ring in 1..200 {
        let d = ring as f64 * (r + 1.0);
        let n = 8 * ring;
        for k in 0..n {
            let a = std::f64::consts::PI * 2.0 * k as f64 / n as f64;
            let p = (start.0 + d * a.cos(), start.1 + d * a.sin());
            if inside(p) && clear(p) {
                return p;
            }
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shades_follow_the_legend_classes() {
        assert_eq!(shade(1), 0);
        assert_eq!(shade(2), 1);
        assert_eq!(shade(3), 1);
        assert_eq!(shade(4), 2);
        assert_eq!(shade(40), 2);
    }

    #[test]
    fn pins_at_one_seat_are_set_apart() {
        let placed = [(100.0, 100.0, 10.0)];
        let c = free_spot(
            &placed,
            (100.0, 100.0),
            10.0,
            Rect::new(0.0, 0.0, 400.0, 400.0),
        );
        assert!((c.0 - 100.0).hypot(c.1 - 100.0) >= 23.0 - 1e-9, "{c:?}");
        assert!((c.0 - 100.0).hypot(c.1 - 100.0) < 40.0, "{c:?}");
    }

    #[test]
    fn wider_links_for_more_occasions() {
        assert!((link_width(1) - 1.5).abs() < 1e-9);
        assert!(link_width(2) > link_width(1) && link_width(5) > link_width(2));
        assert!(link_width(1000) <= 9.0);
    }
}
