//! The legend: what the node colours stand for.

use crate::layout::kit::{LegendEntry, LegendStyle, draw_legend};
use crate::scene::{Paint, Role, Scene, Shape};
use crate::style::{Color, Theme};
use crate::text::TextMeasure;

use super::labels::LABEL;

/// Draws a swatch and a name for each colour below `top`, wrapping into rows
/// between the margins. Returns the bottom of the last row.
pub(super) fn legend(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    keys: &[(Color, String)],
    top: f64,
) -> f64 {
    let entries: Vec<LegendEntry<Color>> = keys
        .iter()
        .map(|(color, name)| LegendEntry {
            swatch: *color,
            text: name.clone(),
            record: None,
        })
        .collect();
    let style = LegendStyle {
        size: LABEL,
        swatch: 26.0,
        gap: 0.0,
        spacing: 30.0,
        leading: 10.0,
    };
    let y = top + 24.0 + m.ascent(LABEL);
    let y = draw_legend(
        scene,
        m,
        theme,
        &style,
        &entries,
        y,
        |scene, &color, x, cy, _| {
            scene.push(
                Role::Decoration,
                Shape::Circle {
                    cx: x + 9.0,
                    cy,
                    r: 8.0,
                    fill: Paint::Solid(color, 1.0),
                    stroke: None,
                },
            );
        },
    );
    y + m.descent(LABEL)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::kit::MARGIN;
    use crate::text::FontMeasure;

    fn drawn(keys: &[&str], width: f64) -> (Scene, f64) {
        let (m, theme) = (FontMeasure::new(), Theme::by_name("light").unwrap());
        let mut scene = Scene::new(width, 100.0, theme.background);
        let keys: Vec<(Color, String)> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (theme.color(i), k.to_string()))
            .collect();
        let bottom = legend(&mut scene, &m, &theme, &keys, 500.0);
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
    fn each_entry_is_its_name_beside_its_colour() {
        let (scene, bottom) = drawn(&["France", "Netherlands"], 1920.0);
        let t = texts(&scene);
        assert_eq!(
            t.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(),
            ["France", "Netherlands"]
        );
        assert!(
            t.iter().all(|t| t.2 > 500.0 && t.2 < bottom),
            "below the panels"
        );
        let Shape::Circle { fill, .. } = &scene.items[2].shape else {
            panic!("a swatch")
        };
        assert_eq!(
            *fill,
            Paint::Solid(Theme::by_name("light").unwrap().color(1), 1.0)
        );
    }

    #[test]
    fn entries_wrap_into_rows_within_the_margins() {
        let keys = ["FR", "NL", "DE", "BE", "IT", "ES", "PT", "AT"];
        let (scene, _) = drawn(&keys, 500.0);
        let t = texts(&scene);
        assert_eq!(t.len(), keys.len());
        assert!(t.windows(2).any(|w| w[1].2 > w[0].2), "more than one row");
        assert!(
            scene
                .items
                .iter()
                .all(|i| i.bbox().right() <= 500.0 - MARGIN + 1e-6)
        );
    }
}
