//! Exports: well-formed, escaped, deterministic, and faithful to the graph.

use crate::common::load;

use crate::common;

use std::io::Write as _;
use std::process::{Command, Stdio};

use common::{awkward_strings, forbidden_in_xml, graphviz_dot};
use coopline::{ExportFormat, Grouping, Id, Model, build_graph, export};
use proptest::prelude::*;

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

/// Undoes DOT string quoting as Graphviz reads it: a backslash-newline joins
/// lines, `\n` is a line break, and the entity `&amp;` is `&`.
fn unquote_dot(s: &str) -> String {
    let inner = &s[1..s.len() - 1];
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('\n') => {}
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out.replace("&amp;", "&")
}

/// What Graphviz must read back from a quoted string: tab and carriage return
/// as spaces, and what XML cannot carry as U+FFFD.
fn dot_kept(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\r' => ' ',
            c if forbidden_in_xml(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// A quoted DOT string Graphviz reads whole: no bare quote inside, no dangling
/// backslash, no piece between backslashes over its 16,384-byte buffer, no NUL.
fn assert_dot_string(quoted: &str) {
    assert!(quoted.starts_with('"') && quoted.ends_with('"'));
    let inner = &quoted[1..quoted.len() - 1];
    let mut escaped = false;
    for c in inner.chars() {
        assert!(escaped || c != '"', "bare quote in {quoted:?}");
        escaped = !escaped && c == '\\';
    }
    assert!(!escaped, "dangling backslash in {quoted:?}");
    let longest = quoted.split('\\').map(str::len).max().unwrap_or(0);
    assert!(longest < 16_000, "a piece of {longest} bytes");
    assert!(
        !inner.chars().any(forbidden_in_xml),
        "a character XML cannot carry in {quoted:?}"
    );
}

#[test]
fn dot_strings_round_trip_hostile_text() {
    let mut texts: Vec<String> = [
        "plain",
        "a \"quoted\" \\N label",
        "back\\slash\\",
        "line\nbreak",
        "AT&T &amp; &lt;b&gt; &#1;",
    ]
    .map(String::from)
    .to_vec();
    texts.extend(awkward_strings());
    texts.push("é".repeat(20_000));
    texts.push("&".repeat(10_000) + &"\\".repeat(10_000) + &"x".repeat(20_000));
    for text in texts {
        let quoted = coopline::quote_dot(&text);
        assert_dot_string(&quoted);
        assert_eq!(unquote_dot(&quoted), dot_kept(&text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn dot_strings_round_trip_any_text(
        text in prop_oneof![
            3 => any::<String>(),
            1 => prop::sample::select(awkward_strings()),
            1 => (any::<String>(), 0usize..2_000).prop_map(|(s, n)| s.repeat(n)),
        ]
    ) {
        let quoted = coopline::quote_dot(&text);
        assert_dot_string(&quoted);
        prop_assert_eq!(unquote_dot(&quoted), dot_kept(&text));
    }
}

/// Runs Graphviz's `dot -Tsvg` on `dot`: its SVG, or the reason it refused.
fn graphviz_svg(program: &str, dot: &str) -> Result<String, String> {
    let mut child = Command::new(program)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dot");
    let mut stdin = child.stdin.take().unwrap();
    let input = dot.to_string();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("dot runs");
    feeder.join().unwrap().expect("dot reads its input");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() || stderr.contains("Error") {
        return Err(format!("{:?}: {}", out.status.code(), stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn parse_graphviz_svg(svg: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(svg, opts)
        .unwrap_or_else(|e| panic!("Graphviz wrote SVG that does not parse: {e}"))
}

/// Two agencies with 20,000-character names side by side in one rank (dot
/// places neighbours at least their half-widths apart, and refuses more than
/// 65,535 points), a 20,000-character title, and 70,000 events between one pair.
fn huge_case() -> Model {
    let long = |c: &str| format!("Agency {}", c.repeat(20_000));
    let mut m = load(&format!(
        "title: {}\nagencies:\n  - {{id: hub, name: Hub, country: NL, kind: police}}\n  - {{id: wide-a, name: {}, country: FR, kind: police}}\n  - {{id: wide-b, name: {}, country: DE, kind: police}}\nevents:\n  - {{id: e0, name: Meeting, date: 2024-05, participants: [hub, wide-a]}}\n  - {{id: f, name: Raid, date: 2024-06, participants: [hub, wide-b]}}\n",
        long("T"),
        long("é"),
        long("中W")
    ));
    let first = m.events[0].clone();
    for i in 1..70_000 {
        let mut e = first.clone();
        e.id = Id::parse(&format!("e{i}")).unwrap();
        m.events.push(e);
    }
    m
}

#[test]
fn graphviz_draws_huge_labels_and_weights() {
    let m = huge_case();
    let g = build_graph(&m);
    let dot = export(&m, &g, ExportFormat::Dot);
    let wide = m.agencies[1].name.as_str();

    // The label is cut with an ellipsis; the tooltip keeps the whole name.
    let line = dot
        .lines()
        .find(|l| l.starts_with("  \"wide-a\" ["))
        .expect("the node");
    let label = line
        .split("label=")
        .nth(1)
        .and_then(|r| r.split(", tooltip=").next())
        .unwrap();
    let label = unquote_dot(label);
    assert_eq!(label.chars().count(), 1_000);
    assert!(label.ends_with("éé…"), "{}", &label[label.len() - 20..]);
    assert!(wide.starts_with(label.trim_end_matches('…')));
    assert!(
        dot.contains(&format!("tooltip={}", coopline::quote_dot(wide))),
        "the full name is the tooltip"
    );
    // The title likewise.
    assert!(dot.contains(&format!(
        "  tooltip={};",
        coopline::quote_dot(m.title.as_deref().unwrap())
    )));
    // The edge weight is clamped; its tooltip lists every occasion.
    assert!(dot.contains("weight=65535,"), "the weight is clamped");
    assert!(!dot.contains("weight=70000"));

    let Some(program) = graphviz_dot() else {
        eprintln!("skipped: no Graphviz here (CI runs this)");
        return;
    };
    let svg = graphviz_svg(program, &dot).unwrap_or_else(|e| panic!("dot refused it: {e}"));
    let doc = parse_graphviz_svg(&svg);
    let xlink = "http://www.w3.org/1999/xlink";
    let tips: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute((xlink, "title")))
        .collect();
    assert!(tips.contains(&wide), "Graphviz kept the whole name");
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(
        texts.contains(&label.as_str()),
        "Graphviz shows the cut label"
    );
}

#[test]
fn graphviz_reads_awkward_names_and_writes_svg_that_parses() {
    let Some(program) = graphviz_dot() else {
        eprintln!("skipped: no Graphviz here (CI runs this)");
        return;
    };
    let awkward = awkward_strings();
    let mut m = load(HOSTILE);
    for chunk in awkward.chunks(3) {
        m.title = Some(chunk[0].clone());
        m.agencies[0].name = chunk[0].clone();
        m.agencies[0].short = chunk.get(1).cloned();
        m.agencies[1].name = chunk.last().unwrap().clone();
        m.events[0].name = chunk.concat();
        let g = build_graph(&m);
        let dot = export(&m, &g, ExportFormat::Dot);
        let svg =
            graphviz_svg(program, &dot).unwrap_or_else(|e| panic!("dot refused {chunk:?}: {e}"));
        let doc = parse_graphviz_svg(&svg);
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        let label = dot_kept(chunk.get(1).unwrap_or(&chunk[0]));
        // Graphviz splits labels at line breaks; each line is shown as written.
        for line in label.lines().filter(|l| !l.trim().is_empty()) {
            assert!(
                texts.iter().any(|t| t.contains(line.trim())),
                "{line:?} not shown by Graphviz"
            );
        }
    }
}

#[test]
fn xml_exports_parse_and_show_hostile_text_literally() {
    let m = load(HOSTILE);
    let g = build_graph(&m);
    for format in [ExportFormat::GraphMl, ExportFormat::Gexf] {
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
    let v: serde_json::Value = serde_json::from_str(&export(&m, &g, ExportFormat::Json)).unwrap();
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
    for format in [
        ExportFormat::Dot,
        ExportFormat::GraphMl,
        ExportFormat::Gexf,
        ExportFormat::Json,
    ] {
        let once = export(&m, &g, format);
        let again = export(&m, &build_graph(&m), format);
        assert_eq!(once, again, "{format:?} is not deterministic");
    }
    let json: serde_json::Value =
        serde_json::from_str(&export(&m, &g, ExportFormat::Json)).unwrap();
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

    let dot = export(&m, &g, ExportFormat::Dot);
    assert_eq!(dot.matches(" -- ").count(), g.graph.edge_count());

    // GEXF: one spell per distinct period; month precision becomes the whole month
    // (the task force's set-up in June 2024), an open end stays open.
    let gexf = export(&m, &g, ExportFormat::Gexf);
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

    // A team known only to exist by 3 December 2024 (the JIT) is drawn from
    // then on, not since the beginning of time.
    let edge = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("edge")
                && n.attribute("source") == Some("fr-junalco-j3")
                && n.attribute("target") == Some("fr-ofac")
        })
        .expect("JIT pair edge");
    let starts: Vec<Option<&str>> = edge
        .descendants()
        .filter(|n| n.has_tag_name("spell"))
        .map(|n| n.attribute("start"))
        .collect();
    assert_eq!(
        starts,
        [Some("2024-12-03"), Some("2022-01-01"), Some("2024-12-03")]
    );
}

#[test]
fn country_graph_uses_codes_as_ids() {
    let m = load(coopline::MATRIX_YAML);
    let g = build_graph(&m).aggregate(&m, Grouping::Country);
    let graphml = export(&m, &g, ExportFormat::GraphMl);
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
