//! The legend: what the marks and their sizes mean, then what the node colours
//! stand for.

use crate::i18n::t;
use crate::layout::kit::{LegendEntry, LegendStyle, draw_legend};
use crate::scene::{Item, Paint, Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};
use crate::text::TextMeasure;

use super::affiliation::Tie;
use super::edges::LOW_DASH;
use super::heading::Nodes;
use super::hubs::{hub_shape, tie_stroke};
use super::labels::LABEL;

/// What the drawing holds, for the legend's first line.
pub(super) enum Marks {
    /// Nodes linked to each other.
    Agencies,
    /// Nodes linked to hubs. `noun` says what the nodes are; the others say
    /// which kinds of hub and tie appear.
    Affiliation {
        noun: Nodes,
        teams: bool,
        events: bool,
        dashed: bool,
    },
}

/// A legend swatch.
enum Key {
    /// A colour and what it stands for.
    Colour(Color),
    /// A small and a large node.
    Sizes,
    /// A thin and a wide line.
    Widths,
    Node,
    Team,
    Event,
    Dashed,
    /// A hatched node, a dashed link, or both.
    Low(bool, bool),
    /// A pale bundle of links.
    Bundle,
}

/// Draws, below `top`, a line saying what marks, sizes and widths mean (and,
/// when links beyond the `bundled` lines a panel can show apart were bundled,
/// how to see them all), then a swatch and a name for each colour, wrapping
/// into rows between the margins. Returns the bottom of the last row.
pub(super) fn legend(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    keys: &[(Color, String)],
    marks: &Marks,
    bundled: Option<usize>,
    top: f64,
) -> f64 {
    let entry = |swatch: Key, text: String| LegendEntry {
        swatch,
        text,
        record: None,
    };
    let mut meaning: Vec<LegendEntry<Key>> = match *marks {
        Marks::Agencies => vec![
            entry(Key::Sizes, t!("network-legend-node-size")),
            entry(Key::Widths, t!("network-legend-line-width")),
        ],
        Marks::Affiliation {
            noun,
            teams,
            events,
            dashed,
        } => {
            let nodes = noun.selector();
            let mut v = vec![entry(Key::Node, t!("network-legend-node", nodes = nodes))];
            if teams {
                v.push(entry(Key::Team, t!("network-legend-team", nodes = nodes)));
            }
            if events {
                v.push(entry(Key::Event, t!("network-legend-event", nodes = nodes)));
            }
            if dashed {
                v.push(entry(Key::Dashed, t!("network-legend-host")));
            }
            v
        }
    };
    let hatched = scene.items.iter().any(Item::is_hatched_mark);
    let dashed = scene
        .items
        .iter()
        .any(|i| matches!(&i.shape, Shape::Line { stroke, .. } if stroke.dash == Some(LOW_DASH)));
    let words = match (hatched, dashed) {
        (true, true) => Some("network-legend-low-both"),
        (true, false) => Some("network-legend-low-hatched"),
        (false, true) => Some("network-legend-low-dashed"),
        (false, false) => None,
    };
    if let Some(w) = words {
        meaning.push(entry(Key::Low(hatched, dashed), t!(w)));
    }
    if let Some(limit) = bundled {
        meaning.push(entry(
            Key::Bundle,
            t!("network-legend-bundled", limit = limit),
        ));
    }
    let colours: Vec<LegendEntry<Key>> = keys
        .iter()
        .map(|(colour, name)| entry(Key::Colour(*colour), name.clone()))
        .collect();
    let swatch = |scene: &mut Scene, key: &Key, x: f64, cy: f64, w: f64| {
        draw_key(scene, theme, key, x, cy, w)
    };
    let row = m.ascent(LABEL) + m.descent(LABEL) + 14.0;
    let mut y = top + 24.0 + m.ascent(LABEL);
    let wide = LegendStyle {
        size: LABEL,
        swatch: 34.0,
        gap: 6.0,
        spacing: 30.0,
        leading: 10.0,
    };
    y = draw_legend(scene, m, theme, &wide, &meaning, y, swatch);
    if !colours.is_empty() {
        let style = LegendStyle {
            swatch: 26.0,
            gap: 0.0,
            ..wide
        };
        y = draw_legend(scene, m, theme, &style, &colours, y + row, swatch);
    }
    y + m.descent(LABEL)
}

/// Draws one swatch `w` wide from `x`, centred on `cy`.
fn draw_key(scene: &mut Scene, theme: &Theme, key: &Key, x: f64, cy: f64, w: f64) {
    let dot = |cx: f64, r: f64, colour| Shape::Circle {
        cx,
        cy,
        r,
        fill: Paint::Solid(colour, 1.0),
        stroke: None,
    };
    let line = |width: f64, x1: f64, x2: f64, stroke: Option<Stroke>| Shape::Line {
        x1,
        y1: cy,
        x2,
        y2: cy,
        stroke: stroke.unwrap_or(Stroke {
            color: theme.muted,
            width,
            dash: None,
            opacity: 0.8,
        }),
    };
    let shapes = match key {
        Key::Colour(colour) => vec![dot(x + 9.0, 8.0, *colour)],
        Key::Sizes => vec![
            dot(x + 5.0, 4.0, theme.muted),
            dot(x + 22.0, 9.0, theme.muted),
        ],
        Key::Widths => vec![
            line(1.2, x, x + 12.0, None),
            line(5.2, x + 18.0, x + w, None),
        ],
        Key::Node => vec![dot(x + w / 2.0, 8.0, theme.muted)],
        Key::Team => vec![hub_shape(true, x + w / 2.0, cy, 10.0, theme, false)],
        Key::Event => vec![hub_shape(false, x + w / 2.0, cy, 10.0, theme, false)],
        Key::Dashed => vec![line(0.0, x, x + w, Some(tie_stroke(Tie::Host, theme)))],
        Key::Bundle => vec![line(
            0.0,
            x,
            x + w,
            Some(Stroke {
                color: theme.muted,
                width: 5.0,
                dash: None,
                opacity: 0.3,
            }),
        )],
        Key::Low(hatched, dashed) => {
            let mut shapes = Vec::new();
            if *dashed {
                shapes.push(line(
                    0.0,
                    x,
                    x + w,
                    Some(Stroke {
                        color: theme.muted,
                        width: 2.0,
                        dash: Some(LOW_DASH),
                        opacity: 0.8,
                    }),
                ));
            }
            if *hatched {
                shapes.push(Shape::Circle {
                    cx: x + w / 2.0,
                    cy,
                    r: 8.0,
                    fill: Paint::Hatch(theme.muted),
                    stroke: Some(Stroke {
                        color: theme.muted,
                        width: 1.5,
                        dash: None,
                        opacity: 1.0,
                    }),
                });
            }
            shapes
        }
    };
    for shape in shapes {
        scene.push(Role::Decoration, shape);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::kit::MARGIN;
    use crate::text::FontMeasure;

    fn drawn(keys: &[&str], marks: &Marks, width: f64) -> (Scene, f64) {
        let (m, theme) = (FontMeasure::new(), Theme::by_name("light").unwrap());
        let mut scene = Scene::new(width, 100.0, theme.background);
        let keys: Vec<(Color, String)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (theme.color(i), k.to_string()))
            .collect();
        let bottom = legend(&mut scene, &m, &theme, &keys, marks, None, 500.0);
        (scene, bottom)
    }

    fn texts(scene: &Scene) -> Vec<(String, f64, f64)> {
        scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text { text, x, y, .. } => Some((text.clone(), *x, *y)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn sizes_and_widths_first_then_each_colour_with_its_name() {
        let (scene, bottom) = drawn(&["France", "Netherlands"], &Marks::Agencies, 1920.0);
        let t = texts(&scene);
        assert_eq!(
            t.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(),
            [
                "node size: occasions of cooperation",
                "line width: shared teams and events",
                "France",
                "Netherlands"
            ]
        );
        assert!(t[2].2 > t[0].2, "colours on a line of their own");
        assert!(
            t.iter().all(|t| t.2 > 500.0 && t.2 < bottom),
            "below the panels"
        );
        let netherlands = scene
            .items
            .iter()
            .rposition(|i| matches!(i.shape, Shape::Circle { .. }))
            .unwrap();
        let Shape::Circle { fill, .. } = &scene.items[netherlands].shape else {
            panic!("a swatch")
        };
        assert_eq!(
            *fill,
            Paint::Solid(Theme::by_name("light").unwrap().color(1), 1.0)
        );
    }

    #[test]
    fn affiliation_explains_the_hubs_that_appear() {
        let marks = Marks::Affiliation {
            noun: Nodes::Countries,
            teams: false,
            events: true,
            dashed: false,
        };
        let (scene, _) = drawn(&["France"], &marks, 1920.0);
        let t: Vec<String> = texts(&scene).into_iter().map(|t| t.0).collect();
        assert_eq!(
            t,
            [
                "country: size by occasions of cooperation",
                "event: size by countries at it",
                "France"
            ]
        );
        assert!(
            scene
                .items
                .iter()
                .any(|i| matches!(i.shape, Shape::Polygon { .. })),
            "a diamond for events"
        );
    }

    #[test]
    fn entries_wrap_into_rows_within_the_margins() {
        let keys = ["FR", "NL", "DE", "BE", "IT", "ES", "PT", "AT"];
        let (scene, _) = drawn(&keys, &Marks::Agencies, 500.0);
        let t = texts(&scene);
        assert_eq!(t.len(), keys.len() + 2);
        assert!(
            t[2..].windows(2).any(|w| w[1].2 > w[0].2),
            "more than one row"
        );
        assert!(
            scene
                .items
                .iter()
                .all(|i| i.bbox().right() <= 500.0 - MARGIN + 1e-6)
        );
    }
}
