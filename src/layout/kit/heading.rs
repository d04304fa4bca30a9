//! The title and subtitle every view opens with.

use super::MARGIN;
use super::text::label;
use crate::scene::{Anchor, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight, truncate};

/// Draws a view's title and subtitle at the top left, each cut to one line, and
/// returns them as drawn with the y just below the subtitle.
pub(crate) fn heading(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    title: &str,
    subtitle: &str,
) -> (String, String, f64) {
    const TITLE: f64 = 44.0;
    const SUBTITLE: f64 = 24.0;
    let width = scene.width;
    let title =
        truncate(m, title, TITLE, Weight::Semibold, width - 2.0 * MARGIN).unwrap_or_default();
    let mut y = MARGIN + m.ascent(TITLE);
    label(
        scene,
        m,
        MARGIN,
        y,
        &title,
        TITLE,
        Weight::Semibold,
        theme.text,
        Anchor::Start,
    );
    y += m.descent(TITLE) + 8.0 + m.ascent(SUBTITLE);
    let subtitle =
        truncate(m, subtitle, SUBTITLE, Weight::Regular, width - 2.0 * MARGIN).unwrap_or_default();
    label(
        scene,
        m,
        MARGIN,
        y,
        &subtitle,
        SUBTITLE,
        Weight::Regular,
        theme.muted,
        Anchor::Start,
    );
    (title, subtitle, y + m.descent(SUBTITLE))
}
