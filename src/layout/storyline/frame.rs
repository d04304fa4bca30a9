//! The words around the picture: the heading above it, the note on left-out
//! labels below it, and the title and description it is filed under.

use super::story::Story;
use super::{Page, StorylineOptions};
use crate::i18n::t;
use crate::layout::kit::{MARGIN, Note, draw_notes, heading};
use crate::model::Model;
use crate::scene::Scene;
use crate::style::Theme;
use crate::text::TextMeasure;

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
        .unwrap_or_else(|| t!("storyline-title"));
    let subtitle = t!(
        "storyline-subtitle",
        lines = story.lines.len(),
        steps = story.slots.len()
    );
    let (title, subtitle, bottom) = heading(scene, m, theme, &title, &subtitle, opts.page);
    Heading {
        title,
        subtitle,
        bottom,
    }
}

/// Says from `y` down how many line labels were left out, if any (pointing to
/// hover only when the picture will be read with a pointer), then closes the
/// picture a margin below everything and files it under the heading's title, with
/// a description made of the dataset's title and the subtitle.
pub(super) fn finish(
    scene: &mut Scene,
    page: &Page,
    model: &Model,
    head: Heading,
    (omitted, print): (usize, bool),
    y: f64,
) {
    let m = page.m;
    let mut y = y;
    if omitted > 0 {
        let note = Note::plain(left_out_note(omitted, print));
        y = draw_notes(scene, m, page.theme, 14.0, vec![note], y + m.ascent(14.0));
        y += m.descent(14.0);
    }
    scene.height = (y + MARGIN).ceil();
    scene.title = head.title;
    scene.description = t!(
        "storyline-description",
        title = model.title.clone().unwrap_or_default(),
        subtitle = head.subtitle
    );
}

/// The note on line labels left out for space.
pub(super) fn left_out_note(omitted: usize, print: bool) -> String {
    if print {
        t!("storyline-left-out", count = omitted)
    } else {
        t!("storyline-left-out-hover", count = omitted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::storyline::story::build_story;
    use crate::layout::storyline::tests::{SMALL, model, page};
    use crate::scene::Shape;
    use crate::text::FontMeasure;

    fn texts(scene: &Scene) -> Vec<&str> {
        scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_heading_names_the_story_and_what_it_shows() {
        let measure = FontMeasure::new();
        let mut m = model(SMALL);
        let opts = StorylineOptions::default();
        let story = build_story(&m, &opts);
        let mut scene = Scene::new(1920.0, 100.0, opts.theme.background);
        let head = draw_heading(&mut scene, &measure, &opts.theme, &m, &opts, &story);
        assert_eq!(head.title, "Small");
        assert!(
            head.subtitle.starts_with("3 lines · 2 time steps"),
            "{}",
            head.subtitle
        );
        assert_eq!(texts(&scene), [head.title.as_str(), head.subtitle.as_str()]);
        let titled = StorylineOptions {
            title: Some("Asked for".into()),
            ..Default::default()
        };
        let head = draw_heading(&mut scene, &measure, &opts.theme, &m, &titled, &story);
        assert_eq!(head.title, "Asked for");
        m.title = None;
        let head = draw_heading(&mut scene, &measure, &opts.theme, &m, &opts, &story);
        assert_eq!(head.title, "Cooperation storyline");
    }

    #[test]
    fn the_footer_counts_left_out_labels_and_the_page_ends_below_it() {
        let measure = FontMeasure::new();
        let m = model(SMALL);
        let opts = StorylineOptions::default();
        let page = page(&measure, &opts.theme, 1920.0, 2);
        let head = || Heading {
            title: "T".into(),
            subtitle: "S".into(),
            bottom: 0.0,
        };
        let mut scene = Scene::new(1920.0, 100.0, opts.theme.background);
        finish(&mut scene, &page, &m, head(), (0, false), 500.0);
        assert!(texts(&scene).is_empty());
        assert_eq!(scene.height, 500.0 + MARGIN);
        assert_eq!(
            (scene.title.as_str(), scene.description.as_str()),
            ("T", "Storyline of Small: S")
        );
        finish(&mut scene, &page, &m, head(), (3, false), 500.0);
        assert_eq!(
            texts(&scene),
            ["3 line labels left out for space: hover the lines."]
        );
        let mut printed = Scene::new(1920.0, 100.0, opts.theme.background);
        finish(&mut printed, &page, &m, head(), (1, true), 500.0);
        assert_eq!(texts(&printed), ["1 line label left out for space."]);
        let note = scene.items[0].bbox();
        assert!(
            note.y >= 500.0 && note.bottom() + MARGIN <= scene.height,
            "{note:?} {}",
            scene.height
        );
    }
}
