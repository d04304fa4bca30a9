//! The title and subtitle every view opens with.

use super::MARGIN;
use super::text::label;
use crate::model::Model;
use crate::scene::{Anchor, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, truncate, wrap};

/// Lines a title or subtitle may take before the rest is cut.
const MAX_LINES: usize = 3;

/// Draws a view's title and subtitle at the top left, each wrapped to at most
/// three lines within the margins (smaller on a narrow canvas such as a
/// phone's), and returns them as drawn with the y just below the subtitle.
/// On a web page (`page`), whose heading already says the title, only the
/// subtitle is drawn.
pub(crate) fn heading(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    title: &str,
    subtitle: &str,
    page: bool,
) -> (String, String, f64) {
    let narrow = scene.width < 800.0;
    let (title_size, sub_size) = if narrow { (28.0, 18.0) } else { (44.0, 24.0) };
    let room = scene.width - 2.0 * MARGIN;
    let mut y = MARGIN;
    let mut shown = Vec::new();
    for (text, size, weight, fill, gap) in [
        (title, title_size, Weight::Semibold, theme.text, 0.0),
        (subtitle, sub_size, Weight::Regular, theme.muted, 8.0),
    ] {
        let lines = lines(m, text, size, weight, room);
        if page && size == title_size {
            shown.push(text.to_string());
            continue;
        }
        y += gap;
        for line in &lines {
            y += m.ascent(size);
            label(scene, m, MARGIN, y, line, size, weight, fill, Anchor::Start);
            y += m.descent(size) + size * 0.15;
        }
        y -= size * 0.15;
        // The picture's accessible title is the text as written, unless it
        // had to be cut.
        let cut = lines
            .last()
            .is_some_and(|l| l.ends_with('…') && !text.ends_with('…'));
        shown.push(if cut {
            lines.join(" ")
        } else {
            text.to_string()
        });
    }
    let subtitle = shown.pop().unwrap_or_default();
    let title = shown.pop().unwrap_or_default();
    (title, subtitle, y)
}

/// `text` wrapped to the width, its last line cut if it runs past [`MAX_LINES`].
fn lines(m: &dyn TextMeasure, text: &str, size: f64, weight: Weight, room: f64) -> Vec<String> {
    let mut lines = wrap(m, text, size, weight, room);
    if lines.len() > MAX_LINES {
        let rest = lines[MAX_LINES - 1..].join(" ");
        lines.truncate(MAX_LINES - 1);
        lines.extend(truncate(m, &rest, size, weight, room));
    }
    lines
}

/// Why a view has nothing to draw: no agency takes part in anything shown,
/// and, for a view other than the timeline, that the timeline draws the
/// dataset's legal milestones, if it has any.
///
/// `what` is the message naming what is missing (`nothing-lanes`).
pub(crate) fn nothing_to_draw_why(model: &Model, what: &str, timeline: bool) -> String {
    let mut why = crate::i18n::t!("nothing-to-draw", what = crate::i18n::text(what, None));
    match if timeline { 0 } else { model.context.len() } {
        0 => {}
        n => {
            why.push(' ');
            why.push_str(&crate::i18n::t!("nothing-to-draw-milestones", count = n));
        }
    }
    why
}

/// Says under the heading, from `y`, why the picture is empty, wrapped within
/// the margins at label size; returns the y below it.
pub(crate) fn nothing_to_draw(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    y: f64,
    why: &str,
) -> f64 {
    let size = super::LABEL + 2.0;
    let mut y = y + 24.0;
    for line in wrap(m, why, size, Weight::Regular, scene.width - 2.0 * MARGIN) {
        y += m.ascent(size);
        label(
            scene,
            m,
            MARGIN,
            y,
            &line,
            size,
            Weight::Regular,
            theme.text,
            Anchor::Start,
        );
        y += m.descent(size) + size * 0.3;
    }
    y
}
