//! The time axis: the date of each slot under the lines.

use super::story::Story;
use super::{Page, TICK};
use crate::layout::kit::MARGIN;
use crate::layout::kit::label;
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
        label(
            scene,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::StorylineOptions;
    use crate::layout::storyline::story::build_story;
    use crate::layout::storyline::tests::{generated, page};
    use crate::scene::Shape;
    use crate::style::Theme;
    use crate::text::FontMeasure;

    #[test]
    fn dates_run_left_to_right_apart_and_inside_the_margins() {
        let (measure, theme) = (
            FontMeasure::new(),
            Theme::by_name("light").expect("a theme"),
        );
        let story = build_story(&generated(60, 8, 200, 7), &StorylineOptions::default());
        let page = page(&measure, &theme, 1200.0, story.slots.len());
        let mut scene = Scene::new(page.width, 100.0, theme.background);
        let below = draw_axis(&mut scene, &page, &story, 500.0);
        let boxes: Vec<_> = scene.items.iter().map(|i| i.bbox()).collect();
        assert!(boxes.len() > 3, "hardly a date drawn");
        assert!(
            boxes.len() < story.slots.len(),
            "dates too many to read are all drawn"
        );
        for w in boxes.windows(2) {
            assert!(w[1].x >= w[0].right() + 10.0, "dates too close: {w:?}");
        }
        for b in &boxes {
            assert!(b.x >= MARGIN && b.right() <= page.width - MARGIN);
            assert!(b.y > 500.0 && b.bottom() < below);
        }
        assert!(
            scene
                .items
                .iter()
                .all(|i| matches!(i.shape, Shape::Text { .. }))
        );
    }
}
