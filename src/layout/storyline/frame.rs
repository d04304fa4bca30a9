//! The words around the picture: the heading above it, the note on left-out
//! labels below it, and the title and description it is filed under.

use super::story::Story;
use super::{Page, StorylineOptions};
use crate::layout::kit::{MARGIN, heading};
use crate::model::Model;
use crate::scene::{Anchor, Scene};
use crate::style::Theme;
use crate::text::{TextMeasure, Weight};

/// The heading as drawn.
pub(super) struct Heading {
    pub(super) title: String,
    pub(super) subtitle: String,
    /// The y just below the subtitle.
    pub(super) bottom: f64,
}

/// Draws the title (the options' title, else the dataset's, else "Cooperation
/// storyline") and a subtitle saying how many lines and time steps there are and
/// that the steps are not to scale.
pub(super) fn draw_heading(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    model: &Model,
    opts: &StorylineOptions,
    story: &Story,
) -> Heading {
    let title = opts
        .title
        .clone()
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| "Cooperation storyline".into());
    let subtitle = format!(
        "{} lines · {} time steps, evenly spaced (not to scale) · bands: shared teams and events",
        story.lines.len(),
        story.slots.len()
    );
    let (title, subtitle, bottom) = heading(scene, m, theme, &title, &subtitle);
    Heading {
        title,
        subtitle,
        bottom,
    }
}

/// Says from `y` down how many line labels were left out, if any, then closes the
/// picture a margin below everything and files it under the heading's title, with
/// a description made of the dataset's title and the subtitle.
pub(super) fn finish(
    scene: &mut Scene,
    page: &Page,
    model: &Model,
    head: Heading,
    omitted: usize,
    y: f64,
) {
    let m = page.m;
    let mut y = y;
    if omitted > 0 {
        y += m.ascent(14.0);
        let note = format!("{omitted} line labels left out for space: hover the lines.");
        scene.push_text(
            m,
            MARGIN,
            y,
            &note,
            14.0,
            Weight::Regular,
            page.theme.muted,
            Anchor::Start,
        );
        y += m.descent(14.0);
    }
    scene.height = (y + MARGIN).ceil();
    scene.title = head.title;
    scene.description = format!(
        "Storyline of {}: {}",
        model.title.clone().unwrap_or_default(),
        head.subtitle
    );
}
