//! A legend: entries of swatch and label flowing left to right from the margin,
//! wrapping to a new line at the right margin.

use super::MARGIN;
use super::text::label;
use crate::scene::{Anchor, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, truncate, wrap};

/// One legend entry: what its swatch shows, its text, and the record it stands for.
pub(crate) struct LegendEntry<S> {
    pub(crate) swatch: S,
    pub(crate) text: String,
    pub(crate) record: Option<String>,
}

/// The legend's type size and spacing, in px.
pub(crate) struct LegendStyle {
    /// Type size of the labels.
    pub(crate) size: f64,
    /// Width given to a swatch.
    pub(crate) swatch: f64,
    /// From a swatch to its label.
    pub(crate) gap: f64,
    /// From a label to the next swatch.
    pub(crate) spacing: f64,
    /// Added between lines to the text's height.
    pub(crate) leading: f64,
}

/// Lines a legend text takes at most before it is cut.
const MOST_LINES: usize = 3;

/// Draws the entries on the baseline `y`, each swatch by `draw_swatch(scene,
/// swatch, x, cy, w)` centred on the text's first line at `cy`, and returns the
/// baseline of the last line. Guarantees: entries stay within the margins, a
/// line breaks before an entry that would pass the right one (never before the
/// first of a line); a text too long for a whole line wraps onto lines of its
/// own, and past [`MOST_LINES`] is cut, its full text then its tooltip.
pub(crate) fn draw_legend<S>(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    style: &LegendStyle,
    entries: &[LegendEntry<S>],
    mut y: f64,
    mut draw_swatch: impl FnMut(&mut Scene, &S, f64, f64, f64),
) -> f64 {
    let (size, sw, gap) = (style.size, style.swatch, style.gap);
    let width = scene.width;
    let pitch = m.ascent(size) + m.descent(size) + style.leading;
    let room = (width - 2.0 * MARGIN - sw - gap).max(0.0);
    let mut lx = MARGIN;
    // After an entry of several lines the next starts a line of its own.
    let mut break_next = false;
    for entry in entries {
        let (lines, cut) = legend_lines(m, &entry.text, size, room);
        let tw = lines
            .iter()
            .map(|l| m.width(l, size, Weight::Regular))
            .fold(0.0, f64::max);
        if (break_next || lines.len() > 1 || lx + sw + gap + tw > width - MARGIN) && lx > MARGIN {
            lx = MARGIN;
            y += pitch;
        }
        break_next = lines.len() > 1;
        let cy = y - (m.ascent(size) - m.descent(size)) / 2.0;
        draw_swatch(scene, &entry.swatch, lx, cy, sw);
        let last = lines.len().saturating_sub(1);
        for (k, line) in lines.iter().enumerate() {
            let idx = label(
                scene,
                m,
                lx + sw + gap,
                y,
                line,
                size,
                Weight::Regular,
                theme.text,
                Anchor::Start,
            );
            let item = &mut scene.items[idx];
            item.record = entry.record.as_deref().map(Into::into);
            item.tooltip = cut.then(|| entry.text.as_str().into());
            if k < last {
                // Closer than the entries' lines, so the lines read as one text.
                y += m.ascent(size) + m.descent(size) + style.leading.min(3.0);
            }
        }
        lx += sw + gap + tw + style.spacing;
    }
    y
}

/// A legend text as lines no wider than `room`, at most [`MOST_LINES`], and
/// whether it was cut to fit them.
fn legend_lines(m: &dyn TextMeasure, text: &str, size: f64, room: f64) -> (Vec<String>, bool) {
    if m.width(text, size, Weight::Regular) <= room {
        return (vec![text.to_string()], false);
    }
    let mut lines = wrap(m, text, size, Weight::Regular, room);
    if lines.len() <= MOST_LINES {
        return (lines, false);
    }
    let rest = lines[MOST_LINES - 1..].join(" ");
    lines.truncate(MOST_LINES - 1);
    lines.push(truncate(m, &rest, size, Weight::Regular, room).unwrap_or_default());
    (lines, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::{Rect, Role, Shape};
    use crate::text::FixedMeasure;

    fn entry(text: &str) -> LegendEntry<()> {
        LegendEntry {
            swatch: (),
            text: text.into(),
            record: Some(text.into()),
        }
    }

    fn draw(width: f64, entries: &[LegendEntry<()>]) -> Scene {
        let theme = Theme::by_name("light").unwrap();
        let mut scene = Scene::new(width, 100.0, theme.background);
        let style = LegendStyle {
            size: 16.0,
            swatch: 30.0,
            gap: 10.0,
            spacing: 30.0,
            leading: 10.0,
        };
        draw_legend(
            &mut scene,
            &FixedMeasure { em: 0.5 },
            &theme,
            &style,
            entries,
            100.0,
            |scene, _, x, cy, w| {
                scene.push(
                    Role::Decoration,
                    Shape::Rect {
                        rect: Rect::new(x, cy - 5.0, w, 10.0),
                        radius: 0.0,
                        fill: crate::scene::Paint::None,
                        stroke: None,
                    },
                );
            },
        );
        scene
    }

    #[test]
    fn entries_wrap_at_the_margin_each_swatch_before_its_text() {
        let entries: Vec<_> = (0..12)
            .map(|i| entry(&format!("Entry number {i}")))
            .collect();
        let scene = draw(600.0, &entries);
        assert_eq!(scene.items.len(), 24);
        let mut lines = Vec::new();
        for pair in scene.items.chunks(2) {
            let (swatch, text) = (pair[0].bbox(), pair[1].bbox());
            assert!(swatch.right() < text.x, "swatch before its text");
            assert!(swatch.x >= MARGIN && text.right() <= 600.0 - MARGIN);
            assert!(text.y <= swatch.y && swatch.bottom() <= text.bottom());
            if !lines.contains(&text.y) {
                lines.push(text.y);
            }
        }
        assert!(lines.len() > 1, "the entries wrap");
        assert_eq!(scene.items[1].record.as_deref(), Some("Entry number 0"));
    }

    #[test]
    fn a_text_longer_than_a_line_wraps_and_past_three_lines_is_cut() {
        let two = "word ".repeat(12);
        let scene = draw(300.0, &[entry(&two), entry("Next")]);
        let texts: Vec<&crate::scene::Item> = scene
            .items
            .iter()
            .filter(|i| matches!(i.shape, Shape::Text { .. }))
            .collect();
        assert!(texts.len() >= 3, "wrapped onto two lines, then the next");
        let words: usize = texts[..texts.len() - 1]
            .iter()
            .map(|i| match &i.shape {
                Shape::Text { text, .. } => text.split_whitespace().count(),
                _ => 0,
            })
            .sum();
        assert_eq!(words, 12, "every word is drawn");
        for t in &texts {
            assert!(t.bbox().x >= MARGIN && t.bbox().right() <= 300.0 - MARGIN);
            assert_eq!(t.tooltip, None, "nothing was cut");
        }
        let next = texts[texts.len() - 1].bbox();
        assert!(
            next.y > texts[texts.len() - 2].bbox().y,
            "the next entry below"
        );

        let long = "word ".repeat(100);
        let scene = draw(600.0, &[entry(&long)]);
        let lines: Vec<&crate::scene::Item> = scene
            .items
            .iter()
            .filter(|i| matches!(i.shape, Shape::Text { .. }))
            .collect();
        assert_eq!(lines.len(), MOST_LINES);
        for text in lines {
            assert!(text.bbox().right() <= 600.0 - MARGIN);
            assert_eq!(text.tooltip.as_deref(), Some(long.as_str()));
        }
    }
}
