//! Exports: well-formed, escaped, deterministic, and faithful to the graph.

use coopline::export::{Format, export};
use coopline::graph::{Grouping, build_graph};
use coopline::model::Model;
use coopline::source::SourceSet;

fn load(yaml: &str) -> Model {
    let mut s = SourceSet::new();
    s.add("t.yaml", yaml);
    coopline::check(&s).expect("valid").model
}

const HOSTILE: &str = r#"
title: "Case </desc><script>alert(1)</script> & \"quotes\""
agencies:
  - id: a
    name: "<script>alert('x')</script>"
    short: "A \"quoted\" \\N label"
    country: NL
    kind: police
  - id: b
    name: "]]><svg onload=alert(1)> &amp; \u202E reversed"
    country: FR
    kind: police
events:
  - id: e
    name: "Raid \"Night\" <b>bold</b>"
    date: 2024-05
    participants: [a, b]
"#;

/// Undoes DOT string quoting: the inverse of what a DOT parser reads.
fn unquote_dot(s: &str) -> String {
    let inner = &s[1..s.len() - 1];
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn dot_strings_round_trip_hostile_text() {
    for text in [
        "plain",
        "a \"quoted\" \\N label",
        "back\\slash\\",
        "line\nbreak",
    ] {
        let quoted = coopline::export::quote_dot(text);
        assert!(quoted.starts_with('"') && quoted.ends_with('"'));
        // No unescaped quote inside: it would end the string early.
        let inner = &quoted[1..quoted.len() - 1];
        let mut escaped = false;
        for c in inner.chars() {
            assert!(escaped || c != '"', "bare quote in {quoted}");
            escaped = !escaped && c == '\\';
        }
        assert!(!escaped, "dangling backslash in {quoted}");
        assert_eq!(unquote_dot(&quoted), text.replace('\r', " "));
    }
}

#[test]
fn xml_exports_parse_and_show_hostile_text_literally() {
    let m = load(HOSTILE);
    let g = build_graph(&m);
    for format in [Format::GraphMl, Format::Gexf] {
        let xml = export(&m, &g, format);
        let doc =
            roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{format:?}: {e}\n{xml}"));
        assert!(
            doc.descendants().all(|n| n.tag_name().name() != "script"),
            "{format:?} grew a script element"
        );
        let texts: Vec<String> = doc
            .descendants()
            .flat_map(|n| {
                n.text()
                    .map(String::from)
                    .into_iter()
                    .chain(n.attributes().map(|a| a.value().to_string()))
            })
            .collect();
        assert!(
            texts.iter().any(|t| t == "<script>alert('x')</script>"),
            "{format:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.contains("]]><svg onload=alert(1)> &amp;")),
            "{format:?}"
        );
    }
}

#[test]
fn json_is_node_link_and_escaped() {
    let m = load(HOSTILE);
    let g = build_graph(&m);
    let v: serde_json::Value = serde_json::from_str(&export(&m, &g, Format::Json)).unwrap();
    assert_eq!(v["directed"], false);
    assert_eq!(v["nodes"][0]["name"], "<script>alert('x')</script>");
    assert_eq!(v["links"][0]["source"], "a");
    assert_eq!(v["links"][0]["target"], "b");
    assert_eq!(v["links"][0]["occasions"][0]["start"], "2024-05");
    assert_eq!(v["links"][0]["occasions"][0]["via"], "event");
}

#[test]
fn matrix_exports_are_deterministic_and_complete() {
    let m = load(coopline::MATRIX_YAML);
    let g = build_graph(&m);
    for format in [Format::Dot, Format::GraphMl, Format::Gexf, Format::Json] {
        let once = export(&m, &g, format);
        let again = export(&m, &build_graph(&m), format);
        assert_eq!(once, again, "{format:?} is not deterministic");
    }
    let json: serde_json::Value = serde_json::from_str(&export(&m, &g, Format::Json)).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), m.agencies.len());
    assert_eq!(
        json["links"].as_array().unwrap().len(),
        g.graph.edge_count()
    );
    let occasions: usize = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["occasions"].as_array().unwrap().len())
        .sum();
    assert_eq!(occasions, g.occasion_count());

    let dot = export(&m, &g, Format::Dot);
    assert_eq!(dot.matches(" -- ").count(), g.graph.edge_count());

    // GEXF: one spell per distinct period; month precision becomes the whole month
    // (the task force's set-up in June 2024), an open end stays open.
    let gexf = export(&m, &g, Format::Gexf);
    let doc = roxmltree::Document::parse(&gexf).unwrap();
    let edge = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("edge")
                && n.attribute("source") == Some("nl-politie-loi")
                && n.attribute("target") == Some("es-pn-udyco")
        })
        .expect("police pair edge");
    let spells: Vec<(Option<&str>, Option<&str>)> = edge
        .descendants()
        .filter(|n| n.has_tag_name("spell"))
        .map(|n| (n.attribute("start"), n.attribute("end")))
        .collect();
    assert_eq!(
        spells,
        [
            (Some("2024-06-01"), Some("2024-06-30")),
            (Some("2024-06-01"), None),
            (Some("2024-12-03"), Some("2024-12-03"))
        ]
    );
}

#[test]
fn country_graph_uses_codes_as_ids() {
    let m = load(coopline::MATRIX_YAML);
    let g = build_graph(&m).aggregate(&m, Grouping::Country);
    let graphml = export(&m, &g, Format::GraphMl);
    let doc = roxmltree::Document::parse(&graphml).unwrap();
    let mut ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        ["DE", "ES", "FR", "IT", "LT", "NL", "eurojust", "europol"]
    );
}
