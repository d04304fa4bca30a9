//! The hostile corpus (tests/fixtures/hostile): every file is either refused with
//! the error its first line names, or renders to SVG and exports that parse, hold
//! no script, no event handler and no external reference, and show the text literally.

use std::path::Path;

use crate::common::inert::dangers;

use coopline::{
    ExportFormat, FontMeasure, LaneMode, SourceSet, TimelineOptions, build_graph, export,
    layout_timeline, render_svg,
};

fn corpus() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_hostile_file_is_refused_or_rendered_safely() {
    let measure = FontMeasure::new();
    let files = corpus();
    assert!(files.len() >= 10, "the corpus is missing files");
    for (name, text) in files {
        let expect = text
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches("# expect: ")
            .to_string();
        let mut sources = SourceSet::new();
        sources.add(name.clone(), text.clone());
        let result = coopline::check(&sources);
        if let Some(code) = expect.strip_prefix("error ") {
            let diags = result
                .err()
                .unwrap_or_else(|| panic!("{name}: should be refused"));
            assert!(
                diags.iter().any(|d| d.code == code),
                "{name}: expected {code}, got {:?}",
                diags.iter().map(|d| d.code).collect::<Vec<_>>()
            );
            // Reports never echo raw control characters to the terminal.
            let report = coopline::render_reports(&diags, &sources, false);
            assert!(
                !report.chars().any(|c| c.is_control() && c != '\n'),
                "{name}: control character in the report"
            );
            continue;
        }
        assert_eq!(expect, "valid", "{name}: bad expectation line");
        let model = match result {
            Ok(c) => c.model,
            Err(d) => panic!("{name}: {}", coopline::render_reports(&d, &sources, false)),
        };
        for lanes in [LaneMode::Agency, LaneMode::Team] {
            let opts = TimelineOptions {
                lanes,
                ..Default::default()
            };
            let scene = layout_timeline(&model, &measure, &opts);
            assert!(
                scene.overlapping_labels().is_empty(),
                "{name}: labels overlap"
            );
            assert!(scene.outside_canvas().is_empty(), "{name}: off the canvas");
            let svg = render_svg(&scene);
            let doc = roxmltree::Document::parse(&svg)
                .unwrap_or_else(|e| panic!("{name}: SVG does not parse: {e}"));
            let d = dangers(&doc);
            assert!(d.is_empty(), "{name}: {d:?}");
            // Every agency's full name is in the picture, literally, as a tooltip.
            let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
            for a in &model.agencies {
                assert!(
                    texts.iter().any(|t| t.contains(a.name.as_str())),
                    "{name}: {:?} not shown literally",
                    a.name.chars().take(40).collect::<String>()
                );
            }
        }
        let g = build_graph(&model);
        for format in [ExportFormat::GraphMl, ExportFormat::Gexf] {
            let xml = export(&model, &g, format);
            let doc = roxmltree::Document::parse(&xml)
                .unwrap_or_else(|e| panic!("{name} {format:?}: {e}"));
            assert!(
                doc.descendants().all(|n| n.tag_name().name() != "script"),
                "{name} {format:?}"
            );
        }
        let json: serde_json::Value =
            serde_json::from_str(&export(&model, &g, ExportFormat::Json)).unwrap();
        assert_eq!(
            json["nodes"].as_array().unwrap().len(),
            model.agencies.len()
        );
    }
}
