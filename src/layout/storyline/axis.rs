//! The time axis: the date of each slot under the lines.

use super::story::Story;
use super::{Page, TICK};
use crate::layout::kit::MARGIN;
use crate::scene::{Anchor, Scene};
use crate::text::Weight;

/// Writes each slot's date (as precise as the data) centred under its stretch,
/// 36 px below `bottom`, the lowest line; a date that would come within 10 px of
/// the one before or run past a margin is left out, so dates never overlap.
/// Returns the y below the dates.
pub(super) fn draw_axis(scene: &mut Scene, page: &Page, story: &Story, bottom: f64) -> f64 {
    let (m, width, cols) = (page.m, page.width, &page.cols);
    let y = bottom + 36.0 + m.ascent(TICK);
    let mut last_right = f64::MIN;
    for (s, d) in story.labels.iter().enumerate() {
        let text = d.human();
        let w = m.width(&text, TICK, Weight::Regular);
        let cx = cols.seg_x(s) + cols.seg / 2.0;
        if cx - w / 2.0 < last_right + 10.0
            || cx + w / 2.0 > width - MARGIN
            || cx - w / 2.0 < MARGIN
        {
            continue;
        }
        scene.push_text(
            m,
            cx,
            y,
            &text,
            TICK,
            Weight::Regular,
            page.theme.muted,
            Anchor::Middle,
        );
        last_right = cx + w / 2.0;
    }
    y + m.descent(TICK) + 28.0
}
