//! The view's heading: what the picture shows, in words.

use crate::graph::{Actor, CoopGraph};
use crate::i18n::t;
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

/// What the nodes of a network stand for, which the heading and the legend
/// name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Nodes {
    Agencies,
    Countries,
    Kinds,
}

impl Nodes {
    /// What the nodes of `g` are: agencies, unless grouped.
    pub(super) fn of(g: &CoopGraph) -> Nodes {
        let mut nodes = Nodes::Agencies;
        for a in g.graph.node_weights() {
            match a {
                Actor::Kind(_) => return Nodes::Kinds,
                Actor::Country(_) => nodes = Nodes::Countries,
                Actor::Agency(_) => {}
            }
        }
        nodes
    }

    /// The value messages select on to name the nodes: `agency`, `country`
    /// or `kind`.
    pub(super) fn selector(self) -> &'static str {
        match self {
            Nodes::Agencies => "agency",
            Nodes::Countries => "country",
            Nodes::Kinds => "kind",
        }
    }

    /// `4 agencies`, in the language spoken.
    fn count(self, n: usize) -> String {
        let key = match self {
            Nodes::Agencies => "network-agencies",
            Nodes::Countries => "network-countries",
            Nodes::Kinds => "network-kinds",
        };
        t!(key, count = n)
    }
}

/// What the picture counts, for the subtitle.
pub(super) struct Counts {
    /// The graph's nodes, and what they are.
    pub(super) nodes: usize,
    /// Of the agencies, the authorities of a country the sources name no
    /// agency of (`country:LT`).
    pub(super) unnamed: usize,
    pub(super) noun: Nodes,
    /// Hubs, in affiliation mode (teams, events); `None` in agencies mode.
    pub(super) hubs: Option<(usize, usize)>,
    /// Links drawn.
    pub(super) links: usize,
}

/// Draws the title (the one asked for, else the dataset's, else a generic one)
/// and a subtitle that counts nodes, hubs and links and says what a link is.
pub(super) fn heading(
    scene: &mut Scene,
    m: &dyn TextMeasure,
    theme: &Theme,
    model: &Model,
    title: Option<&str>,
    c: &Counts,
    page: bool,
) -> Heading {
    let title = title
        .map(str::to_string)
        .or_else(|| model.title.clone())
        .unwrap_or_else(|| t!("network-title"));
    let mut nodes = c.noun.count(c.nodes);
    if c.unnamed > 0 {
        nodes.push_str(&kit::unnamed_words(c.unnamed));
    }
    let links = t!("network-links", count = c.links);
    let subtitle = match c.hubs {
        None => t!("network-subtitle", nodes = nodes, links = links),
        Some((teams, events)) => t!(
            "network-subtitle-hubs",
            nodes = nodes,
            teams = t!("count-teams", count = teams),
            events = t!("count-events", count = events),
            links = links
        ),
    };
    let (title, subtitle, y) = kit::heading(scene, m, theme, &title, &subtitle, page);
    Heading {
        title,
        description: t!("network-description", subtitle = subtitle),
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
        let mut c = Counts {
            nodes: 4,
            unnamed: 0,
            noun: Nodes::Agencies,
            hubs: None,
            links: 3,
        };
        let h = heading(&mut scene, &m, &theme, &model, Some("Asked"), &c, false);
        assert_eq!(h.title, "Asked");
        assert_eq!(
            texts(&scene)[1],
            "4 agencies · 3 links, one per pair that shared a team or event"
        );
        assert!(
            h.description
                .starts_with("Cooperation network: 4 agencies · 3 links")
        );
        assert!(h.y > 100.0, "the panels start below the subtitle");
        model.title = Some("Dataset".into());
        c.hubs = Some((1, 1));
        c.links = 5;
        let h = heading(&mut scene, &m, &theme, &model, None, &c, false);
        assert_eq!(h.title, "Dataset");
        assert_eq!(
            texts(&scene)[3],
            "4 agencies · 1 team · 1 event · 5 links from each team and event to who took part"
        );
        model.title = None;
        let h = heading(&mut scene, &m, &theme, &model, None, &c, false);
        assert_eq!(h.title, "Cooperation network");
    }
}
