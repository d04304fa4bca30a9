//! What the network view can be asked, and what it reports back.

use crate::layout::{NetLinks, NetMode};
use crate::style::Theme;

/// What node colours stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NetColor {
    /// A colour per country.
    Country,
    /// A colour per agency kind.
    Kind,
}

/// Everything the network view can be asked to do.
#[derive(Clone, Debug)]
pub struct NetworkOptions {
    /// Node colours.
    pub color: NetColor,
    /// Pin this node (its key: agency id or country code) at the centre.
    pub center: Option<String>,
    /// Small multiples, one panel per year, nodes in the same place in each.
    pub facet_years: bool,
    /// Agencies only, or with their teams and events as hubs; `None` chooses
    /// by the graph (see [`NetMode`]).
    pub mode: Option<NetMode>,
    /// Every link a line, or those beyond what the canvas can tell apart bundled.
    pub links: NetLinks,
    /// Canvas width in px.
    pub width: f64,
    /// Canvas height in px, when fixed: the panels fill what the heading and
    /// legend leave.
    pub height: Option<f64>,
    /// Colours.
    pub theme: Theme,
    /// Replaces the dataset title.
    pub title: Option<String>,
    /// Seed of the starting positions.
    pub seed: u64,
    /// Mark each node, hub and link with the date it first appears, for a
    /// step-by-step build ([`crate::scene::Scene::frame`]).
    pub steps: bool,
    /// Measure the layout ([`NetworkStats::crossings`] and [`NetworkStats::stress`]);
    /// on large graphs that takes longer than the layout itself.
    pub stats: bool,
    /// On a web page, whose heading says the title: the picture draws only
    /// its subtitle.
    pub page: bool,
}

impl Default for NetworkOptions {
    fn default() -> Self {
        NetworkOptions {
            color: NetColor::Country,
            center: None,
            facet_years: false,
            mode: None,
            links: NetLinks::Bundled,
            width: 1920.0,
            height: None,
            theme: Theme::by_name("light").expect("light theme exists"),
            title: None,
            seed: 7,
            stats: false,
            steps: false,
            page: false,
        }
    }
}

/// How good a network layout is. Crossings and stress are only measured when
/// [`NetworkOptions::stats`] asks; otherwise they are 0 and NaN.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NetworkStats {
    /// The mode drawn: the one asked for, or the one the graph called for.
    pub mode: NetMode,
    /// Pairs of edges that cross.
    pub crossings: usize,
    /// Normalised stress of the positions (0 is a perfect fit of hop distances),
    /// as [`super::stress()`] computes it.
    pub stress: f64,
    /// Nodes, hubs included.
    pub nodes: usize,
    /// Hubs: the teams and events drawn as nodes (none in agencies mode).
    pub hubs: usize,
    /// Edges.
    pub edges: usize,
}
