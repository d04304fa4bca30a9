//! What the line colours stand for: a colour per country or per agency kind.

use super::bands::band_style;
use super::story::Story;
use super::{LABEL, LINE_W, Page, StoryColor};
use crate::i18n::t;
use crate::layout::kit::{self, Colors, LegendEntry, LegendStyle, Swatch};
use crate::model::{Agency, AgencyKind};
use crate::scene::{Item, Paint, Rect, Role, Scene, Shape, Stroke};
use crate::style::Color;

/// A legend swatch: a stretch of line in a colour, or a band.
enum Key {
    Line(Color),
    /// A team's band (true) or an event's.
    Band(bool),
    /// A line and a band of low confidence.
    Low,
}

/// What an agency's line colour stands for: its country or its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ColorKey {
    Country(crate::model::Country),
    Kind(AgencyKind),
}

/// The colour key of an agency's line: the same for every agency of one country
/// (or of one kind), different for different ones.
pub(super) fn color_key(a: &Agency, color: StoryColor) -> ColorKey {
    match color {
        StoryColor::Country => ColorKey::Country(a.country),
        StoryColor::Kind => ColorKey::Kind(a.kind),
    }
}

/// The colour of `key`: the country's or kind's, the same in every view.
pub(super) fn key_swatch(colors: &Colors, key: ColorKey) -> Swatch {
    match key {
        ColorKey::Country(c) => colors.country(c.code()),
        ColorKey::Kind(k) => Swatch {
            color: colors.kind(k),
            own: true,
        },
    }
}

/// The name of a colour key: the country or the kind.
fn key_name(key: ColorKey) -> String {
    match key {
        ColorKey::Country(c) => c.name().to_string(),
        ColorKey::Kind(k) => kit::agency_kind_name(k).to_string(),
    }
}

/// Draws the legend from `y` down: for each colour key, in the order the lines
/// first use it, a short stretch of line in its colour and its name, left to right
/// and wrapped within the margins. Returns the y below it.
pub(super) fn draw_legend(
    scene: &mut Scene,
    page: &Page,
    colors: &Colors,
    story: &Story,
    y: f64,
) -> f64 {
    let (m, theme) = (page.m, page.theme);
    let mut seen: Vec<ColorKey> = Vec::new();
    for key in story.lines.iter().map(|l| l.color) {
        if !seen.contains(&key) {
            seen.push(key);
        }
    }
    // Countries without a colour of their own share one entry, last; their
    // lines carry their codes.
    let (own, other): (Vec<ColorKey>, Vec<ColorKey>) =
        seen.into_iter().partition(|k| key_swatch(colors, *k).own);
    let mut entries: Vec<LegendEntry<Key>> = own
        .into_iter()
        .map(|key| LegendEntry {
            swatch: Key::Line(key_swatch(colors, key).color),
            text: key_name(key),
            record: None,
        })
        .collect();
    if !other.is_empty() {
        entries.push(LegendEntry {
            swatch: Key::Line(colors.other()),
            text: t!("storyline-legend-other-countries"),
            record: None,
        });
    }
    // What the two kinds of band mean, for those the picture draws.
    let drawn = |team: bool| {
        scene.items.iter().any(|i| {
            matches!(&i.shape, Shape::Rect { stroke: Some(s), .. }
                if i.role == Role::Mark && s.dash.is_none() == team)
        })
    };
    for (team, key) in [
        (true, "storyline-legend-team"),
        (false, "storyline-legend-event"),
    ] {
        if drawn(team) {
            entries.push(LegendEntry {
                swatch: Key::Band(team),
                text: t!(key),
                record: None,
            });
        }
    }
    let low = story.lines.iter().any(|l| l.low) || scene.items.iter().any(Item::is_hatched_mark);
    if low {
        entries.push(LegendEntry {
            swatch: Key::Low,
            text: t!("storyline-legend-low-confidence"),
            record: None,
        });
    }
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
        |scene, key, x, cy, _| {
            // A swatch line, and a band behind it: a key's two parts.
            let line = |color, dash| Shape::Line {
                x1: x,
                y1: cy,
                x2: x + 30.0,
                y2: cy,
                stroke: Stroke {
                    color,
                    width: LINE_W,
                    dash,
                    opacity: 1.0,
                },
            };
            let band = |fill, stroke| Shape::Rect {
                rect: Rect::new(x, cy - 9.0, 30.0, 18.0),
                radius: 5.0,
                fill,
                stroke: Some(stroke),
            };
            match *key {
                Key::Line(color) => {
                    scene.push(Role::Decoration, line(color, None));
                }
                Key::Band(team) => {
                    let (fill, stroke) = band_style(theme, team);
                    scene.push(Role::Decoration, band(Paint::Solid(fill, 1.0), stroke));
                }
                Key::Low => {
                    let outline = band_style(theme, false).1;
                    scene.push(Role::Decoration, band(Paint::Hatch(theme.grid), outline));
                    let dash = Some(super::lines::LOW_DASH);
                    scene.push(Role::Decoration, line(theme.muted, dash));
                }
            }
        },
    );
    y + m.descent(LABEL) + 20.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::kit::MARGIN;
    use crate::layout::storyline::StorylineOptions;
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
        let colors = Colors::new(&m, &opts.theme);
        let below = draw_legend(&mut scene, &page, &colors, &story, 200.0);
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
        // Each entry's swatch is its country's colour, the same in every view.
        let swatches: Vec<Color> = scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Line { stroke, .. } => Some(stroke.color),
                _ => None,
            })
            .collect();
        let expected: Vec<Color> = names
            .iter()
            .map(|n| {
                let a = m.agencies.iter().find(|a| a.country.name() == *n).unwrap();
                colors.country(a.country.code()).color
            })
            .collect();
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
