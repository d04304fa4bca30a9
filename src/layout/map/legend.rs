//! Under the map: the legend (what shades, lines, markers and dots mean) and
//! the footnote (sources, what could not be placed, the data's attribution).

use crate::i18n::t;
use crate::layout::kit::{LegendEntry, LegendStyle, Note, draw_legend, draw_notes};
use crate::scene::{Paint, Role, Scene, Segment, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::TextMeasure;

use super::labels::SIZE;
use super::marks::{BODY_R, LOW_DASH, Paints, SHADES, SPOT_R};

/// What the map drew, for its legend.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Drawn {
    /// Shade classes used.
    pub(super) shades: [bool; 3],
    pub(super) links: bool,
    pub(super) bodies: Option<Color>,
    pub(super) spots: Option<Color>,
    pub(super) low: bool,
    pub(super) low_links: bool,
}

enum Key {
    Shade(usize),
    Link,
    Body(Color),
    Spot(Color),
    Low,
}

/// The value messages select on to name each shade class.
const SHADE_CLASSES: [&str; 3] = ["one-agency", "two-or-three", "four-or-more"];

/// Draws the legend below `top`; returns the baseline of its last line.
pub(super) fn legend(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    d: &Drawn,
    top: f64,
) -> f64 {
    let entry = |swatch: Key, text: String| LegendEntry {
        swatch,
        text,
        record: None,
    };
    let mut entries = Vec::new();
    for (k, used) in d.shades.iter().enumerate() {
        if *used {
            // The first shade shown says what shading means.
            let key = if entries.is_empty() {
                "map-legend-shaded"
            } else {
                "map-legend-shade"
            };
            entries.push(entry(Key::Shade(k), t!(key, shade = SHADE_CLASSES[k])));
        }
    }
    if d.links {
        entries.push(entry(Key::Link, t!("map-legend-link")));
    }
    if let Some(c) = d.bodies {
        entries.push(entry(Key::Body(c), t!("map-legend-body")));
    }
    if let Some(c) = d.spots {
        entries.push(entry(Key::Spot(c), t!("map-legend-place")));
    }
    if d.low || d.low_links {
        let words = if d.low_links && !d.low {
            t!("map-legend-low-dashed")
        } else {
            crate::layout::kit::low_confidence().to_string()
        };
        entries.push(entry(Key::Low, words));
    }
    let style = LegendStyle {
        size: SIZE,
        swatch: 34.0,
        gap: 6.0,
        spacing: 30.0,
        leading: 10.0,
    };
    let paints = Paints::of(theme);
    let y = top + 24.0 + m.ascent(SIZE);
    let y = draw_legend(scene, m, theme, &style, &entries, y, |s, key, x, cy, w| {
        draw_key(s, theme, &paints, d, key, (x, cy, w))
    });
    y + m.descent(SIZE)
}

fn draw_key(
    scene: &mut Scene,
    theme: &Theme,
    paints: &Paints,
    d: &Drawn,
    key: &Key,
    (x, cy, w): (f64, f64, f64),
) {
    let shape = match key {
        Key::Shade(k) => Shape::Rect {
            rect: crate::scene::Rect::new(x + 2.0, cy - 9.0, w - 4.0, 18.0),
            radius: 2.0,
            fill: Paint::Solid(theme.muted.over(&paints.land, SHADES[*k].1), 1.0),
            stroke: None,
        },
        Key::Link | Key::Low if !(matches!(key, Key::Low) && d.low) => Shape::Path {
            from: (x, cy + 5.0),
            segments: vec![Segment::Cubic(
                (x + w / 3.0, cy - 5.0),
                (x + 2.0 * w / 3.0, cy - 5.0),
                (x + w, cy + 5.0),
            )],
            stroke: Stroke {
                color: theme.text,
                width: 3.0,
                dash: matches!(key, Key::Low).then_some(LOW_DASH),
                opacity: 0.55,
            },
        },
        Key::Body(c) => dot(x + w / 2.0, cy, BODY_R, Paint::Solid(*c, 1.0), theme),
        Key::Spot(c) => dot(x + w / 2.0, cy, SPOT_R, Paint::Solid(*c, 1.0), theme),
        _ => dot(x + w / 2.0, cy, 8.0, Paint::Hatch(theme.muted), theme),
    };
    scene.push(Role::Decoration, shape);
}

fn dot(cx: f64, cy: f64, r: f64, fill: Paint, theme: &Theme) -> Shape {
    Shape::Circle {
        cx,
        cy,
        r,
        fill,
        stroke: Some(Stroke {
            color: theme.muted,
            width: 1.0,
            dash: None,
            opacity: 1.0,
        }),
    }
}

/// Type size of the footnote, in px.
pub(super) const NOTE: f64 = 14.0;

/// The footnote: the sources cited, what is not on the map and why, and the
/// data's attribution. Returns the baseline of its last line.
pub(super) fn footnote(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    mut notes: Vec<Note>,
    places: bool,
    top: f64,
) -> f64 {
    let attribution = if places {
        t!("map-attribution-places")
    } else {
        t!("map-attribution")
    };
    notes.push(Note::plain(attribution));
    draw_notes(scene, m, theme, NOTE, notes, top + 20.0 + m.ascent(NOTE)) + m.descent(NOTE)
}
