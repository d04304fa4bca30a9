//! What the line colours stand for: a colour per country or per agency kind.

use super::story::Story;
use super::{LABEL, LINE_W, Page, StoryColor, StorylineOptions};
use crate::layout::kit::{self, LegendEntry, LegendStyle};
use crate::model::{Agency, Model};
use crate::scene::{Role, Scene, Shape, Stroke};
use crate::style::{Color, Theme};

/// The colour key of an agency's line: the same for every agency of one country
/// (or of one kind), different for different ones.
pub(super) fn color_key(a: &Agency, color: StoryColor) -> usize {
    match color {
        StoryColor::Country => a
            .country
            .code()
            .bytes()
            .fold(0usize, |h, b| h * 31 + b as usize),
        StoryColor::Kind => a.kind as usize,
    }
}

/// The theme colour of `key`: keys take the palette in the order first asked for,
/// so the same key is always the same colour.
pub(super) fn palette_color(theme: &Theme, key: usize, keys: &mut Vec<usize>) -> Color {
    let i = match keys.iter().position(|k| *k == key) {
        Some(i) => i,
        None => {
            keys.push(key);
            keys.len() - 1
        }
    };
    theme.color(i)
}

/// The name of a colour key: the country or the kind it was made from.
pub(super) fn story_color_name(model: &Model, opts: &StorylineOptions, key: usize) -> String {
    for a in &model.agencies {
        if color_key(a, opts.color) == key {
            return match opts.color {
                StoryColor::Country => a.country.name().to_string(),
                StoryColor::Kind => a.kind.as_str().to_string(),
            };
        }
    }
    String::new()
}

/// Draws the legend from `y` down: for each colour key, in the order the lines
/// first use it, a short stretch of line in its colour and its name, left to right
/// and wrapped within the margins. Returns the y below it.
pub(super) fn draw_legend(
    scene: &mut Scene,
    page: &Page,
    model: &Model,
    opts: &StorylineOptions,
    story: &Story,
    keys: &mut Vec<usize>,
    y: f64,
) -> f64 {
    let (m, theme) = (page.m, page.theme);
    let mut seen: Vec<(usize, String)> = Vec::new();
    for key in story.lines.iter().map(|l| &l.color) {
        if !seen.iter().any(|(k, _)| k == key) {
            let name = story_color_name(model, opts, *key);
            seen.push((*key, name));
        }
    }
    let entries: Vec<LegendEntry<Color>> = seen
        .into_iter()
        .map(|(key, text)| LegendEntry {
            swatch: palette_color(theme, key, keys),
            text,
            record: None,
        })
        .collect();
    let style = LegendStyle {
        size: LABEL,
        swatch: 40.0,
        gap: 0.0,
        spacing: 32.0,
        leading: 10.0,
    };
    let y = y + m.ascent(LABEL);
    let y = kit::draw_legend(
        scene,
        m,
        theme,
        &style,
        &entries,
        y,
        |scene, &color, x, cy, _| {
            scene.push(
                Role::Decoration,
                Shape::Line {
                    x1: x,
                    y1: cy,
                    x2: x + 30.0,
                    y2: cy,
                    stroke: Stroke {
                        color,
                        width: LINE_W,
                        dash: None,
                        opacity: 1.0,
                    },
                },
            );
        },
    );
    y + m.descent(LABEL) + 20.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::kit::MARGIN;
    use crate::layout::storyline::story::build_story;
    use crate::layout::storyline::tests::{model, page};
    use crate::text::FontMeasure;

    #[test]
    fn one_entry_per_colour_in_that_colour_wrapped_inside_the_margins() {
        let measure = FontMeasure::new();
        let m = model(crate::MATRIX_YAML);
        let opts = StorylineOptions::default();
        let story = build_story(&m, &opts);
        let page = page(&measure, &opts.theme, 600.0, story.slots.len());
        let mut scene = Scene::new(page.width, 100.0, opts.theme.background);
        let mut keys = Vec::new();
        let below = draw_legend(&mut scene, &page, &m, &opts, &story, &mut keys, 200.0);
        let mut countries: Vec<&str> = m.agencies.iter().map(|a| a.country.name()).collect();
        countries.sort_unstable();
        countries.dedup();
        let names: Vec<&str> = scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, countries, "one entry per country");
        // Each entry's swatch is in the palette colour of its key, in order.
        let swatches: Vec<Color> = scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Line { stroke, .. } => Some(stroke.color),
                _ => None,
            })
            .collect();
        let expected: Vec<Color> = (0..names.len()).map(|i| opts.theme.color(i)).collect();
        assert_eq!(swatches, expected);
        let rows = {
            let mut ys: Vec<i64> = scene.items.iter().map(|i| i.bbox().y as i64).collect();
            ys.sort_unstable();
            ys.dedup();
            ys.len()
        };
        assert!(
            rows > 2,
            "{} entries on a narrow page in {rows} rows",
            names.len()
        );
        for i in &scene.items {
            // A swatch's box takes in half its stroke either side.
            let b = i.bbox().inflate(-LINE_W / 2.0);
            assert!(b.x >= MARGIN && b.right() <= page.width - MARGIN, "{b:?}");
            assert!(b.y >= 200.0 && b.bottom() <= below, "{b:?}");
        }
    }
}
