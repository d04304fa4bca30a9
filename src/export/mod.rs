//! Graph exports for other tools: Graphviz DOT, GraphML, GEXF 1.3 (with time spells
//! for Gephi's timeline) and node-link JSON (networkx, d3); and the records
//! themselves as TimelineJS3 JSON (the crate's `timelinejs` module), for
//! newsrooms, and as FollowTheMoney entities (`ftm`), for Aleph.
//!
//! Every label is escaped for its format: record text is written by users and must
//! never become markup or syntax. XML text and attribute values are written by
//! the same code as in every XML output (the crate's `xml` module); DOT strings
//! by [`quote_dot`].

mod ftm;

pub use ftm::{FtmExport, to_ftm};

use std::borrow::Cow;
use std::fmt::Write;

use petgraph::visit::EdgeRef;

use crate::graph::{Actor, CoopGraph, Link, Occasion};
use crate::json::{GraphMeta, JsonLink, JsonNode, NodeLink, json_span};
use crate::model::{Model, PartialDate, Qualifier};
use crate::xml::{self, Attr, Text};

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Graphviz DOT.
    Dot,
    /// GraphML (validates against the GraphML 1.0 schema).
    #[value(name = "graphml")]
    GraphMl,
    /// GEXF 1.3, dynamic: edges carry spells.
    Gexf,
    /// Node-link JSON.
    Json,
    /// TimelineJS3 JSON: a slide per dated record, for Knight Lab's TimelineJS.
    #[value(name = "timelinejs")]
    TimelineJs,
    /// FollowTheMoney entities, one JSON object a line: the records, not the graph.
    Ftm,
}

impl Format {
    /// The format a file name's extension stands for. `.json` is node-link JSON,
    /// unless the name ends with `.timeline.json` (TimelineJS) or `.ftm.json`
    /// (as OpenSanctions names its FtM files). FtM entities also go to `.ftm`,
    /// `.jsonl` (JSON lines, which only the FtM export writes) and `.ftm.jsonl`.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".timeline.json") {
            return Some(Format::TimelineJs);
        }
        if name.ends_with(".ftm.json") {
            return Some(Format::Ftm);
        }
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "ftm" | "jsonl" => Some(Format::Ftm),
            "dot" | "gv" => Some(Format::Dot),
            "graphml" => Some(Format::GraphMl),
            "gexf" => Some(Format::Gexf),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Writes the graph in the chosen format. TimelineJS is written from the records
/// behind the graph: those within its time slice ([`CoopGraph::window`]), in
/// groups chosen by its grouping ([`CoopGraph::grouping`]); FtM writes the
/// model's records, whatever the graph.
pub fn export(model: &Model, graph: &CoopGraph, format: Format) -> String {
    match format {
        Format::Dot => to_dot(model, graph),
        Format::GraphMl => to_graphml(model, graph),
        Format::Gexf => to_gexf(model, graph),
        Format::Json => to_json(model, graph),
        Format::TimelineJs => crate::timelinejs::of_graph(model, graph),
        Format::Ftm => to_ftm(model).text,
    }
}

/// Graphviz reads a quoted string in pieces that end at a backslash, and a piece
/// longer than its 16,384-byte buffer is a syntax error ("longer than 16384?").
/// [`quote_dot`] ends a piece every this many bytes with a backslash-newline,
/// which DOT removes (a line continuation), so a string of any length gets through.
const DOT_PIECE_BYTES: usize = 8_000;

/// Labels longer than this many characters are cut to it, ending with `…`. dot
/// refuses a layout in which neighbouring nodes stand more than 65,535 points
/// apart ("Edge length ... larger than maximum 65535 allowed"), and a node is as
/// wide as its label: at Graphviz's 14 points a character is up to about 14
/// points wide, so two neighbours with labels of about 4,600 characters already
/// fail. A thousand leaves room for wider glyphs and fonts; the full text stays
/// in the `tooltip`, which takes no room.
const DOT_LABEL_CHARS: usize = 1_000;

/// The largest integer written into a DOT attribute (an edge's `weight`, the
/// number of teams and events behind it): dot's layout multiplies weights, and
/// weights in the hundreds of millions crash it.
const DOT_MAX_INT: usize = 65_535;

/// Quotes text as a DOT string that Graphviz reads back as the text:
///
/// - `"` and `\` are escaped and line breaks written `\n`; tab and carriage
///   return become spaces. Backslashes are doubled so user text cannot form
///   Graphviz escapes (`\N`, `\G`).
/// - `&` is written `&amp;`: Graphviz reads HTML entities in every string, so
///   `&lt;` would show as `<`, and `&#1;` would put a control character into the
///   SVG it writes.
/// - Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and
///   carriage return; U+FFFE, U+FFFF) become U+FFFD, as in the XML outputs: a NUL
///   ends dot's string early, and Graphviz copies the others into its SVG, which
///   no parser would then read.
/// - A long string is split with backslash-newline line continuations (at most
///   every 8,000 bytes), which Graphviz joins again: a piece of more than 16,384
///   bytes between two backslashes is a syntax error for dot.
pub fn quote_dot(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    // Bytes since the last backslash written, counting the one after it.
    let mut piece = 0;
    let mut buf = [0; 4];
    for c in s.chars() {
        let (text, escape) = match c {
            '"' => ("\\\"", true),
            '\\' => ("\\\\", true),
            '\n' => ("\\n", true),
            '&' => ("&amp;", false),
            '\r' | '\t' => (" ", false),
            c if xml::forbidden(c) => ("\u{FFFD}", false),
            c => (&*c.encode_utf8(&mut buf), false),
        };
        if escape {
            piece = 1;
        } else {
            if piece + text.len() > DOT_PIECE_BYTES {
                out.push_str("\\\n");
                piece = 0;
            }
            piece += text.len();
        }
        out.push_str(text);
    }
    out.push('"');
    out
}

/// A label dot can lay out: the text, or, past [`DOT_LABEL_CHARS`] characters,
/// its beginning and `…`; true when cut.
fn dot_label(s: &str) -> (Cow<'_, str>, bool) {
    let mut ends = s.char_indices().map(|(i, _)| i);
    match ends.nth(DOT_LABEL_CHARS - 1) {
        Some(end) if ends.next().is_some() => (Cow::Owned(format!("{}…", &s[..end])), true),
        _ => (Cow::Borrowed(s), false),
    }
}

fn node_name(model: &Model, a: &Actor) -> String {
    match a {
        Actor::Agency(r) => model[*r].name.clone(),
        other => other.label(model),
    }
}

fn node_kind(model: &Model, a: &Actor) -> Option<&'static str> {
    match a {
        Actor::Agency(r) => Some(model[*r].kind.as_str()),
        Actor::Kind(k) => Some(k.as_str()),
        Actor::Country(_) => None,
    }
}

fn describe(model: &Model, o: &Occasion) -> String {
    format!(
        "{}: {} {} ({})",
        o.period,
        o.via.kind(),
        o.via.id(model),
        o.via.name(model)
    )
}

fn last_text(l: &Link) -> String {
    l.last().map_or_else(String::new, |d| d.to_string())
}

fn to_dot(model: &Model, g: &CoopGraph) -> String {
    let mut s = String::new();
    s.push_str("graph coopline {\n");
    if let Some(t) = &model.title {
        let (label, cut) = dot_label(t);
        let _ = writeln!(s, "  label={};", quote_dot(&label));
        if cut {
            let _ = writeln!(s, "  tooltip={};", quote_dot(t));
        }
        s.push_str("  labelloc=t;\n");
    }
    s.push_str("  node [shape=box, style=\"rounded\"];\n");
    for n in g.graph.node_indices() {
        let a = &g.graph[n];
        let full = a.label(model);
        let (label, cut) = dot_label(&full);
        let name = node_name(model, a);
        // The tooltip holds the full name, and a cut label in full when it is not the name.
        let tooltip = if cut && full != name {
            format!("{name}\n{full}")
        } else {
            name
        };
        let _ = write!(
            s,
            "  {} [label={}, tooltip={}",
            quote_dot(a.key(model)),
            quote_dot(&label),
            quote_dot(&tooltip),
        );
        if let Some(c) = a.country(model) {
            let _ = write!(s, ", country={}", quote_dot(c.code()));
        }
        if let Some(k) = node_kind(model, a) {
            let _ = write!(s, ", kind={}", quote_dot(k));
        }
        s.push_str("];\n");
    }
    for e in g.graph.edge_references() {
        let l = e.weight();
        let tip: Vec<String> = l.occasions().iter().map(|o| describe(model, o)).collect();
        let _ = writeln!(
            s,
            "  {} -- {} [weight={}, penwidth={}, first={}, last={}, tooltip={}];",
            quote_dot(g.graph[e.source()].key(model)),
            quote_dot(g.graph[e.target()].key(model)),
            l.weight().min(DOT_MAX_INT),
            1 + l.weight().min(8),
            quote_dot(&l.first().to_string()),
            quote_dot(&last_text(l)),
            quote_dot(&tip.join("\n")),
        );
    }
    s.push_str("}\n");
    s
}

fn to_graphml(model: &Model, g: &CoopGraph) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    let keys = [
        ("label", "node", "string"),
        ("name", "node", "string"),
        ("country", "node", "string"),
        ("kind", "node", "string"),
        ("weight", "edge", "int"),
        ("occasions", "edge", "int"),
        ("first", "edge", "string"),
        ("last", "edge", "string"),
        ("via", "edge", "string"),
    ];
    for (name, on, ty) in keys {
        let _ = writeln!(
            s,
            "  <key id=\"{name}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    s.push_str("  <graph id=\"coopline\" edgedefault=\"undirected\">\n");
    if let Some(t) = &model.title {
        let _ = writeln!(s, "    <desc>{}</desc>", Text(t));
    }
    let data = |s: &mut String, key: &str, value: &str| {
        let _ = writeln!(s, "      <data key=\"{key}\">{}</data>", Text(value));
    };
    for n in g.graph.node_indices() {
        let a = &g.graph[n];
        let _ = writeln!(s, "    <node id=\"{}\">", Attr(a.key(model)));
        data(&mut s, "label", &a.label(model));
        data(&mut s, "name", &node_name(model, a));
        if let Some(c) = a.country(model) {
            data(&mut s, "country", c.code());
        }
        if let Some(k) = node_kind(model, a) {
            data(&mut s, "kind", k);
        }
        s.push_str("    </node>\n");
    }
    for (i, e) in g.graph.edge_references().enumerate() {
        let l = e.weight();
        let _ = writeln!(
            s,
            "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
            Attr(g.graph[e.source()].key(model)),
            Attr(g.graph[e.target()].key(model))
        );
        data(&mut s, "weight", &l.weight().to_string());
        data(&mut s, "occasions", &l.occasions().len().to_string());
        data(&mut s, "first", &l.first().to_string());
        if l.last().is_some() {
            data(&mut s, "last", &last_text(l));
        }
        let via: Vec<String> = l.occasions().iter().map(|o| describe(model, o)).collect();
        data(&mut s, "via", &via.join("; "));
        s.push_str("    </edge>\n");
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}

/// GEXF spell bounds: a partial date becomes the interval it names. A start
/// known only as "on or before" a date begins at that date, the first day it
/// certainly held (left out, Gephi would show it since the beginning of
/// time); an open end is left out, which GEXF reads as still going on.
fn spell(start: &PartialDate, end: Option<&PartialDate>) -> String {
    let mut s = String::from("<spell");
    let from = if start.qualifier() == Qualifier::OnOrBefore {
        start.last_day()
    } else {
        start.first_day()
    };
    let _ = write!(s, " start=\"{from}\"");
    if let Some(e) = end {
        let _ = write!(s, " end=\"{}\"", e.last_day());
    }
    s.push_str("/>");
    s
}

fn to_gexf(model: &Model, g: &CoopGraph) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
    s.push_str("  <meta>\n    <creator>coopline</creator>\n");
    if let Some(t) = &model.title {
        let _ = writeln!(s, "    <description>{}</description>", Text(t));
    }
    s.push_str("  </meta>\n");
    s.push_str("  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\" timerepresentation=\"interval\">\n");
    s.push_str("    <attributes class=\"node\" mode=\"static\">\n");
    s.push_str("      <attribute id=\"name\" title=\"name\" type=\"string\"/>\n");
    s.push_str("      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n");
    s.push_str("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n");
    s.push_str("    </attributes>\n");
    s.push_str("    <attributes class=\"edge\" mode=\"static\">\n");
    s.push_str("      <attribute id=\"occasions\" title=\"occasions\" type=\"integer\"/>\n");
    s.push_str("      <attribute id=\"via\" title=\"via\" type=\"string\"/>\n");
    s.push_str("    </attributes>\n");
    s.push_str("    <nodes>\n");
    for n in g.graph.node_indices() {
        let a = &g.graph[n];
        let _ = writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\">",
            Attr(a.key(model)),
            Attr(&a.label(model))
        );
        s.push_str("        <attvalues>\n");
        let _ = writeln!(
            s,
            "          <attvalue for=\"name\" value=\"{}\"/>",
            Attr(&node_name(model, a))
        );
        if let Some(c) = a.country(model) {
            let _ = writeln!(
                s,
                "          <attvalue for=\"country\" value=\"{}\"/>",
                Attr(c.code())
            );
        }
        if let Some(k) = node_kind(model, a) {
            let _ = writeln!(
                s,
                "          <attvalue for=\"kind\" value=\"{}\"/>",
                Attr(k)
            );
        }
        s.push_str("        </attvalues>\n");
        // A node appears in the timeline with its first cooperation.
        let first = g
            .graph
            .edges(n)
            .map(|e| e.weight().first())
            .min_by_key(|d| (d.earliest(), d.latest()));
        if let Some(f) = first {
            let _ = writeln!(s, "        <spells>{}</spells>", spell(&f, None));
        }
        s.push_str("      </node>\n");
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.graph.edge_references().enumerate() {
        let l = e.weight();
        let via: Vec<String> = l.occasions().iter().map(|o| describe(model, o)).collect();
        let _ = writeln!(
            s,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" weight=\"{}\">",
            Attr(g.graph[e.source()].key(model)),
            Attr(g.graph[e.target()].key(model)),
            l.weight()
        );
        s.push_str("        <attvalues>\n");
        let _ = writeln!(
            s,
            "          <attvalue for=\"occasions\" value=\"{}\"/>",
            l.occasions().len()
        );
        let _ = writeln!(
            s,
            "          <attvalue for=\"via\" value=\"{}\"/>",
            Attr(&via.join("; "))
        );
        s.push_str("        </attvalues>\n        <spells>\n");
        let mut spells: Vec<String> = l
            .occasions()
            .iter()
            .map(|o| spell(&o.period.start, o.period.end.as_ref()))
            .collect();
        spells.dedup();
        for sp in spells {
            let _ = writeln!(s, "          {sp}");
        }
        s.push_str("        </spells>\n      </edge>\n");
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}

/// The graph as a node-link document.
pub fn node_link(model: &Model, g: &CoopGraph) -> NodeLink {
    NodeLink {
        directed: false,
        multigraph: false,
        graph: GraphMeta {
            title: model.title.clone(),
        },
        nodes: g
            .graph
            .node_indices()
            .map(|n| {
                let a = &g.graph[n];
                JsonNode {
                    id: a.key(model).to_string(),
                    label: a.label(model),
                    name: node_name(model, a),
                    country: a.country(model).map(|c| c.code().to_string()),
                    kind: node_kind(model, a).map(String::from),
                }
            })
            .collect(),
        links: g
            .graph
            .edge_references()
            .map(|e| {
                let l = e.weight();
                JsonLink {
                    source: g.graph[e.source()].key(model).to_string(),
                    target: g.graph[e.target()].key(model).to_string(),
                    weight: l.weight(),
                    span: json_span(model, l),
                }
            })
            .collect(),
    }
}

fn to_json(model: &Model, g: &CoopGraph) -> String {
    let mut s = serde_json::to_string_pretty(&node_link(model, g)).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_choose_the_format() {
        let format = |name: &str| Format::from_path(std::path::Path::new(name));
        assert_eq!(format("a.GV"), Some(Format::Dot));
        assert_eq!(format("a.json"), Some(Format::Json));
        // A name that says FtM gets FtM entities, not node-link JSON.
        for name in ["a.ftm", "a.FTM.json", "dir.x/a.ftm.jsonl", "a.jsonl"] {
            assert_eq!(format(name), Some(Format::Ftm), "{name}");
        }
        assert_eq!(format("a.ftm.txt"), None);
        assert_eq!(format("ftm.json"), Some(Format::Json));
    }

    #[test]
    fn hostile_text_is_escaped() {
        assert_eq!(
            Attr("<script>&\"'").to_string(),
            "&lt;script&gt;&amp;&quot;&apos;"
        );
        assert_eq!(quote_dot("a\"b\\N"), "\"a\\\"b\\\\N\"");
        assert_eq!(quote_dot("AT&T &lt;"), "\"AT&amp;T &amp;lt;\"");
        assert_eq!(
            quote_dot("a\u{0}\u{1B}\u{FFFF}\u{85}\tb"),
            "\"a\u{FFFD}\u{FFFD}\u{FFFD}\u{85} b\""
        );
    }

    #[test]
    fn long_dot_strings_are_split_into_pieces_graphviz_reads() {
        let long = "é".repeat(10_000);
        let quoted = quote_dot(&long);
        let pieces: Vec<&str> = quoted.split("\\\n").collect();
        assert_eq!(pieces.len(), 3);
        assert!(pieces.iter().all(|p| p.len() <= DOT_PIECE_BYTES + 1));
        assert_eq!(pieces.concat(), format!("\"{long}\""));
        assert_eq!(quote_dot("short"), "\"short\"");
    }

    #[test]
    fn long_dot_labels_are_cut_with_an_ellipsis() {
        let exact = "ж".repeat(DOT_LABEL_CHARS);
        assert_eq!(dot_label(&exact), (Cow::Borrowed(exact.as_str()), false));
        let long = format!("{exact}z");
        let (label, cut) = dot_label(&long);
        assert!(cut);
        assert_eq!(label.chars().count(), DOT_LABEL_CHARS);
        assert!(label.ends_with("ж…"));
        assert_eq!(dot_label(""), (Cow::Borrowed(""), false));
    }
}
