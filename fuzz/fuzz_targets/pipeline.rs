//! load → validate → graph → layout → render and export, on arbitrary bytes.
#![no_main]

use coopline::export::{Format, export};
use coopline::graph::build_graph;
use coopline::layout::{TimelineOptions, layout_timeline};
use coopline::render::render_svg;
use coopline::source::SourceSet;
use coopline::text::FixedMeasure;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut sources = SourceSet::new();
    sources.add("fuzz.yaml", text);
    match coopline::check(&sources) {
        Ok(checked) => {
            let scene = layout_timeline(&checked.model, &FixedMeasure { em: 0.6 }, &TimelineOptions::default());
            let svg = render_svg(&scene);
            assert!(!svg.contains("<script"));
            let g = build_graph(&checked.model);
            for f in [Format::Dot, Format::GraphMl, Format::Gexf, Format::Json] {
                let _ = export(&checked.model, &g, f);
            }
        }
        Err(diags) => {
            let _ = coopline::diag::render_all(&diags, &sources, false);
        }
    }
});
