//! Every XML output (the SVG of each view, GraphML, GEXF, the web page) is
//! well-formed whatever the text, from the data and from flags, and a parser
//! reads back the text as written, with only the characters XML 1.0 cannot carry
//! (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF) replaced
//! by U+FFFD. The JSON export keeps every character.
//!
//! The validator refuses control characters in data, so the writers are also
//! fed models whose names were set through the library, past the validator.

use crate::common::measure;

use crate::common;
use common::load;

use common::{awkward_names, awkward_strings, kept};
use coopline::{
    ExportFormat, Grouping, LaneMode, Model, NetworkOptions, Scene, StorylineOptions,
    TimelineOptions, build_graph, export, layout_network, layout_storyline, layout_timeline,
    render_html, render_svg,
};
use proptest::prelude::*;

/// Three agencies (one with a short label), a team, two events and a source.
const BASE: &str = r#"
title: Base case
description: "A case."
sources:
  - {id: s1, title: Source one, publisher: Publisher, url: "https://example.org/a?b=1&c=2", date: 2024-05}
agencies:
  - {id: a, name: Agency A, country: NL, kind: police, sources: [s1]}
  - {id: b, name: Agency B, short: B, country: FR, kind: prosecution}
  - {id: c, name: Agency C, country: EU, kind: eu-agency}
teams:
  - {id: t, name: Team T, kind: jit, start: 2023-02, members: [a, b], sources: [s1]}
events:
  - {id: e, name: Event E, date: 2024-05-06, participants: [a, b, c], sources: [s1]}
  - {id: f, name: Event F, start: 2023-06, end: 2023-09, participants: [b, c]}
"#;

/// The base case with these texts as the title, description, names and labels.
fn model_with(texts: &[String; 7]) -> Model {
    let mut m = load(BASE);
    m.title = Some(texts[0].clone());
    m.description = Some(texts[1].clone());
    m.agencies[0].name = texts[2].clone();
    m.agencies[1].short = Some(texts[3].clone());
    m.agencies[2].name = texts[4].clone();
    m.teams[0].name = texts[5].clone();
    m.events[0].name = texts[6].clone();
    m.sources[0].title = texts[3].clone();
    m.sources[0].publisher = Some(texts[5].clone());
    m
}

fn parse<'a>(what: &str, xml: &'a str) -> roxmltree::Document<'a> {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| {
        let at = e.pos();
        let line = xml.lines().nth(at.row as usize - 1).unwrap_or_default();
        panic!("{what} is not well-formed: {e}\n{line:?}")
    })
}

/// Every text node and attribute value in the document.
fn texts(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .flat_map(|n| {
            n.text()
                .map(String::from)
                .into_iter()
                .chain(n.attributes().map(|a| a.value().to_string()))
        })
        .collect()
}

fn assert_shown(what: &str, found: &[String], text: &str) {
    let want = kept(text);
    assert!(
        found.iter().any(|t| t.contains(&want)),
        "{what}: {want:?} is not read back"
    );
}

fn element_text(doc: &roxmltree::Document, id: &str) -> String {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_string()
}

/// The picture's title is the text, or (in views that shorten it) its beginning
/// and `…`.
fn assert_title(doc: &roxmltree::Document, text: &str, what: &str) {
    let found = element_text(doc, "title");
    let want = kept(text);
    let shortened = found
        .strip_suffix('…')
        .is_some_and(|start| want.starts_with(start.trim_end()));
    assert!(found == want || shortened, "{what}: {found:?} for {want:?}");
}

/// The pictures of every view, the exports and the page, parsed and checked.
fn check_writers(texts_in: &[String; 7]) {
    let model = model_with(texts_in);
    let [title, _, a_name, b_short, c_name, team, event] = texts_in;
    let m = measure();

    for lanes in [LaneMode::Agency, LaneMode::Team] {
        let opts = TimelineOptions {
            lanes,
            ..Default::default()
        };
        let scene = layout_timeline(&model, m, &opts);
        let svg = render_svg(&scene);
        let doc = parse("timeline SVG", &svg);
        assert_eq!(element_text(&doc, "title"), kept(title), "timeline title");
        let found = texts(&doc);
        for name in [a_name, c_name, team, event] {
            assert_shown("timeline SVG", &found, name);
        }

        let html = render_html(&scene, &coopline::page_data(&model));
        check_page(&html, &scene, &model);
    }

    let (scene, _) = layout_storyline(&model, m, &StorylineOptions::default());
    let svg = render_svg(&scene);
    let doc = parse("storyline SVG", &svg);
    assert_title(&doc, title, "storyline title");

    let g = build_graph(&model);
    for by in [Grouping::Agency, Grouping::Country, Grouping::Kind] {
        let g = if by == Grouping::Agency {
            g.clone()
        } else {
            g.aggregate(&model, by)
        };
        let (scene, _) = layout_network(&model, &g, m, &NetworkOptions::default());
        let svg = render_svg(&scene);
        let doc = parse("network SVG", &svg);
        assert_title(&doc, title, "network title");
    }

    for format in [ExportFormat::GraphMl, ExportFormat::Gexf] {
        let xml = export(&model, &g, format);
        let doc = parse(&format!("{format:?}"), &xml);
        let found = texts(&doc);
        for text in [title, a_name, b_short, c_name, team, event] {
            assert_shown(&format!("{format:?}"), &found, text);
        }
    }

    let json: serde_json::Value = serde_json::from_str(&export(&model, &g, ExportFormat::Json))
        .expect("the JSON export parses");
    assert_eq!(json["graph"]["title"], title.as_str());
    assert_eq!(json["nodes"][0]["name"], a_name.as_str());
    assert_eq!(json["nodes"][1]["label"], b_short.as_str());
}

/// The parts of the web page written from the data, each parsed as XML: the
/// inline picture, the heading, the search list, the agencies and the sources.
fn check_page(html: &str, scene: &Scene, model: &Model) {
    let part = |open: &str, close: &str| -> String {
        let start = html
            .find(open)
            .unwrap_or_else(|| panic!("{open} not in the page"));
        let end = start + html[start..].find(close).expect("closed") + close.len();
        html[start..end].to_string()
    };
    let svg = part("<svg", "\n</svg>");
    let doc = parse("SVG in the page", &svg);
    // The page holds several pictures: each one's ids carry its prefix.
    assert_eq!(
        element_text(&doc, "v0w-title"),
        kept(&scene.title),
        "page SVG title"
    );
    let title = if scene.title.is_empty() {
        "coopline"
    } else {
        scene.title.as_str()
    };

    let head = part("<title>", "</title>");
    let doc = parse("page title", &head);
    assert_eq!(doc.root_element().text().unwrap_or_default(), kept(title));

    let header = part("<header>", "</header>");
    let doc = parse("page header", &header);
    let h1 = doc.descendants().find(|n| n.has_tag_name("h1")).unwrap();
    assert_eq!(h1.text().unwrap_or_default(), kept(title));
    let p = doc.descendants().find(|n| n.has_tag_name("p")).unwrap();
    let description = model.description.as_deref().unwrap_or_default();
    assert_eq!(p.text().unwrap_or_default(), kept(description));

    let list = part("<datalist", "</datalist>");
    let doc = parse("search list", &list);
    let options: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("value"))
        .collect();
    for a in &model.agencies {
        assert!(
            options.contains(&kept(a.label()).as_str()),
            "{:?} not offered",
            a.label()
        );
    }

    let agencies = part("<section id=\"agencies\">", "</section>");
    let doc = parse("agency list", &agencies);
    let strong: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("strong"))
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect();
    for a in &model.agencies {
        assert!(strong.contains(&kept(&a.name)), "{:?} not listed", a.name);
    }

    let sources = part("<section id=\"sources\">", "</section>");
    let doc = parse("source list", &sources);
    let found = texts(&doc);
    for s in &model.sources {
        assert_shown("source list", &found, &s.title);
    }

    let index = part(
        "<script type=\"application/json\" id=\"coopline-index\">",
        "</script>",
    );
    let json = index
        .trim_start_matches("<script type=\"application/json\" id=\"coopline-index\">")
        .trim_end_matches("</script>");
    let v: serde_json::Value = serde_json::from_str(json).expect("the index is JSON");
    assert_eq!(v["agencies"][0]["name"], model.agencies[0].name.as_str());
}

#[test]
fn awkward_text_through_every_writer() {
    let awkward = awkward_strings();
    for (i, s) in awkward.iter().enumerate() {
        // Each string in every slot, next to its neighbours in the others.
        let texts: [String; 7] = std::array::from_fn(|k| {
            if k == i % 7 {
                s.clone()
            } else {
                awkward[(i + k) % awkward.len()].clone()
            }
        });
        check_writers(&texts);
    }
}

#[test]
fn awkward_text_from_flags_through_every_view() {
    let model = load(BASE);
    let m = measure();
    for s in awkward_strings() {
        let opts = TimelineOptions {
            title: Some(s.clone()),
            subtitle: Some(format!("sub {s}")),
            caption: Some(format!("caption {s}")),
            ..Default::default()
        };
        let scene = layout_timeline(&model, m, &opts);
        let svg = render_svg(&scene);
        let doc = parse("timeline SVG", &svg);
        assert_eq!(element_text(&doc, "title"), kept(&s), "--title {s:?}");
        assert!(
            element_text(&doc, "desc").contains(&kept(&format!("sub {s}"))),
            "--subtitle {s:?}"
        );
        check_page(
            &render_html(&scene, &coopline::page_data(&model)),
            &scene,
            &model,
        );

        let opts = StorylineOptions {
            title: Some(s.clone()),
            ..Default::default()
        };
        let (scene, _) = layout_storyline(&model, m, &opts);
        let svg = render_svg(&scene);
        let doc = parse("storyline SVG", &svg);
        assert_title(&doc, &s, "storyline --title");

        let opts = NetworkOptions {
            title: Some(s.clone()),
            ..Default::default()
        };
        let (scene, _) = layout_network(&model, &build_graph(&model), m, &opts);
        let svg = render_svg(&scene);
        let doc = parse("network SVG", &svg);
        assert_title(&doc, &s, "network --title");
    }
}

/// A YAML double-quoted scalar holding `s`, in ASCII (`\U` escapes).
fn yaml_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c => out.push_str(&format!("\\U{:08X}", c as u32)),
        }
    }
    out.push('"');
    out
}

#[test]
fn awkward_text_the_validator_accepts_is_kept_exactly() {
    for name in awkward_names() {
        let q = yaml_quoted(name);
        let yaml = format!(
            "title: {q}\ndescription: {}\nagencies:\n  - {{id: a, name: {q}, country: NL, kind: police}}\n  - {{id: b, name: \"B\", short: {q}, country: FR, kind: police}}\nteams:\n  - {{id: t, name: {q}, kind: jit, start: 2023, members: [a, b]}}\nevents:\n  - {{id: e, name: {q}, date: 2024-05, participants: [a, b]}}\n",
            yaml_quoted(&format!("{name}\n\tindented"))
        );
        let model = load(&yaml);
        assert_eq!(model.agencies[0].name, name, "the YAML holds {name:?}");
        // Nothing is replaced: every character here is one XML carries.
        assert_eq!(kept(name), name);
        let texts: [String; 7] = [
            model.title.clone().unwrap(),
            model.description.clone().unwrap(),
            model.agencies[0].name.clone(),
            model.agencies[1].short.clone().unwrap(),
            model.agencies[0].name.clone(),
            model.teams[0].name.clone(),
            model.events[0].name.clone(),
        ];
        check_writers(&texts);
    }
}

/// Mostly printable text in any script, sometimes anything at all, sometimes
/// one of the awkward strings.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => "\\PC{1,40}",
        2 => any::<String>(),
        1 => prop::sample::select(awkward_strings()),
        1 => prop::collection::vec(any::<char>(), 0..12).prop_map(|v| v.into_iter().collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn any_text_through_every_writer(
        texts in prop::array::uniform7(text())
    ) {
        check_writers(&texts);
    }
}
