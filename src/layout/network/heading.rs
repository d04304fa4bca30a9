//! The view's heading: what the picture shows, in words.

use crate::model::Model;
use crate::scene::Scene;
use crate::style::Theme;
use crate::text::TextMeasure;

use super::super::kit;

/// The heading as drawn, and where the panels may start.
pub(super) struct Heading {
    /// The title as drawn (cut to one line).
    pub(super) title: String,
    /// What the picture shows, for readers who cannot see it.
    pub(super) description: String,
    /// The top of the panels, clear of the subtitle.
    pub(super) y: f64,
}

/// Draws the title (the one asked for, else the dataset's, else a generic one)
/// and a subtitle that counts nodes and links and says what sizes mean.
pub(super) fn heading(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    model: &Model,
    title: Option<&str>,
    (nodes, links): (usize, usize),
) -> Heading {
    let title = title
        .map(str::to_string)
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| "Cooperation network".into());
    let subtitle = format!(
        "{nodes} nodes · {links} links · node size: occasions of cooperation · line width: shared teams and events"
    );
    let (title, subtitle, y) = kit::heading(scene, m, theme, &title, &subtitle);
    Heading {
        title,
        description: format!("Cooperation network: {subtitle}"),
        y: y + 32.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::network::fixture::small;
    use crate::scene::Shape;
    use crate::text::FontMeasure;

    fn texts(scene: &Scene) -> Vec<String> {
        scene
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text { text, .. } => Some(text.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_title_falls_back_to_the_dataset_then_a_generic_one_and_the_subtitle_counts() {
        let (mut model, _) = small();
        let (m, theme) = (FontMeasure::new(), Theme::by_name("light").unwrap());
        let mut scene = Scene::new(1200.0, 100.0, theme.background);
        let h = heading(&mut scene, &m, &theme, &model, Some("Asked"), (4, 3));
        assert_eq!(h.title, "Asked");
        assert!(texts(&scene)[1].starts_with("4 nodes · 3 links"));
        assert!(
            h.description
                .starts_with("Cooperation network: 4 nodes · 3 links")
        );
        assert!(h.y > 100.0, "the panels start below the subtitle");
        model.title = Some("Dataset".into());
        let h = heading(&mut scene, &m, &theme, &model, None, (4, 3));
        assert_eq!(h.title, "Dataset");
        model.title = None;
        let h = heading(&mut scene, &m, &theme, &model, None, (4, 3));
        assert_eq!(h.title, "Cooperation network");
    }
}
