//! The shape of every JSON document coopline writes: the node-link export and
//! the answers of `query --json`. Field names and meanings are a promise to
//! programs that read them (documented in docs/graph.md): change them only
//! with that document.

use serde::Serialize;

use crate::graph::{Link, Occasion};
use crate::model::Model;

/// The node-link JSON document (documented in docs/graph.md).
#[derive(Serialize)]
pub struct NodeLink {
    /// Always false.
    pub directed: bool,
    /// Always false: one link per pair, occasions inside it.
    pub multigraph: bool,
    /// Dataset metadata.
    pub graph: GraphMeta,
    /// Nodes in graph order.
    pub nodes: Vec<JsonNode>,
    /// Links in graph order.
    pub links: Vec<JsonLink>,
}

/// Dataset metadata in the JSON export.
#[derive(Serialize)]
pub struct GraphMeta {
    /// Dataset title.
    pub title: Option<String>,
}

/// A node in the JSON export.
#[derive(Serialize)]
pub struct JsonNode {
    /// Agency id, country code or kind.
    pub id: String,
    /// Short label.
    pub label: String,
    /// Full name.
    pub name: String,
    /// Country code, if the node stands in one.
    pub country: Option<String>,
    /// Agency kind, if known.
    pub kind: Option<String>,
}

/// A link in the JSON export.
#[derive(Serialize)]
pub struct JsonLink {
    /// Node id.
    pub source: String,
    /// Node id.
    pub target: String,
    /// Distinct teams and events behind the link.
    pub weight: usize,
    /// When, and through what.
    #[serde(flatten)]
    pub span: JsonSpan,
}

/// An occasion in the JSON export.
#[derive(Serialize)]
pub struct JsonOccasion {
    /// `team`, `event` or `hosting`.
    pub via: &'static str,
    /// Team or event id.
    pub id: String,
    /// Team or event name.
    pub name: String,
    /// Start, as written (`2024-06`, `~2024-09`, `..2024-12-03`).
    pub start: String,
    /// End, as written; null while open.
    pub end: Option<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A link's time span and occasions, as every JSON output gives them.
#[derive(Serialize)]
pub struct JsonSpan {
    /// Start of the first occasion, as written.
    pub first: String,
    /// End of the last occasion, as written; null while one is open.
    pub last: Option<String>,
    /// Every occasion, in time order.
    pub occasions: Vec<JsonOccasion>,
}

/// The span of `link` for JSON outputs.
pub fn json_span(model: &Model, link: &Link) -> JsonSpan {
    JsonSpan {
        first: link.first().to_string(),
        last: link.last().map(|d| d.to_string()),
        occasions: link
            .occasions()
            .iter()
            .map(|o| json_occasion(model, o))
            .collect(),
    }
}

/// The occasion as it appears in JSON outputs.
pub fn json_occasion(model: &Model, o: &Occasion) -> JsonOccasion {
    JsonOccasion {
        via: o.via.kind(),
        id: o.via.id(model).to_string(),
        name: o.via.name(model).to_string(),
        start: o.period.start.to_string(),
        end: o.period.end.map(|e| e.to_string()),
        sources: o.via.sources(model).map(String::from).collect(),
    }
}

/// One cooperating pair in `pairs` JSON.
#[derive(Serialize)]
pub struct PairJson {
    /// Node id.
    pub a: String,
    /// Node id.
    pub b: String,
    /// When, and through what.
    #[serde(flatten)]
    pub span: JsonSpan,
}

/// A partner in `with` JSON.
#[derive(Serialize)]
pub struct PartnerJson {
    /// Node id.
    pub id: String,
    /// Readable name.
    pub label: String,
    /// When, and through what.
    #[serde(flatten)]
    pub span: JsonSpan,
}

/// One hop of a path in `path` JSON.
#[derive(Serialize)]
pub struct HopJson {
    /// Node id.
    pub from: String,
    /// Node id.
    pub to: String,
    /// The earliest occasion linking the two.
    pub occasion: JsonOccasion,
}

/// A ranked node in `stats` JSON.
#[derive(Serialize)]
pub struct RankJson {
    /// Node id.
    pub id: String,
    /// Number of distinct partners.
    pub degree: usize,
    /// Normalised betweenness centrality (0–1), rounded to 4 decimals.
    pub betweenness: f64,
}

/// The busiest year in `stats` JSON.
#[derive(Serialize)]
pub struct YearJson {
    /// The year.
    pub year: i32,
    /// Occasions that began in it.
    pub occasions: usize,
}

/// One total of `outcomes` JSON: an outcome name in one unit, over the
/// events that give it.
#[derive(Serialize)]
pub struct OutcomeTotalJson {
    /// The outcome's name as written (`cash`).
    pub name: String,
    /// `count`, `amount` or `text`.
    pub kind: &'static str,
    /// The unit of an amount (`EUR`, `kg`); `null` for counts and texts.
    pub unit: Option<String>,
    /// The sum; `null` for texts, which are not added.
    pub total: Option<serde_json::Value>,
    /// How many events give it.
    pub events: usize,
    /// Their ids, in the dataset's order.
    pub through: Vec<String>,
}

/// `stats` JSON.
#[derive(Serialize)]
pub struct StatsJson {
    /// Nodes.
    pub nodes: usize,
    /// Cooperating pairs.
    pub links: usize,
    /// Occasions on all links.
    pub occasions: usize,
    /// Connected components (an isolated node is one).
    pub components: usize,
    /// Nodes by degree, then betweenness, then id: the first ten.
    pub most_connected: Vec<RankJson>,
    /// The year in which most occasions began (the earliest, on a tie).
    pub busiest_year: Option<YearJson>,
}
