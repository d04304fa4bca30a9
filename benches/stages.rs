//! Each pipeline stage on generated datasets of 100 to 100,000 events (one agency
//! per ten events, one team per hundred), so growth per stage can be read off:
//!
//! ```sh
//! cargo bench --bench stages              # every stage and size
//! cargo bench --bench stages -- timeline  # one stage
//! ```
//!
//! Whole commands, side by side with Graphviz, are timed by scripts/bench.sh.

use std::sync::OnceLock;

use coopline::{
    CoopGraph, FontMeasure, Limits, Model, NetMode, NetworkOptions, Scene, SourceSet,
    StorylineOptions, TimelineOptions, build_graph, layout_network, layout_storyline,
    layout_timeline, parse_sources, render_svg, validate,
};
use divan::Bencher;

fn main() {
    divan::main();
}

const SIZES: [usize; 4] = [100, 1_000, 10_000, 100_000];

/// Generated once per size and shared by every stage.
struct Case {
    sources: SourceSet,
    model: Model,
    graph: CoopGraph,
    timeline: Scene,
}

fn case(events: usize) -> &'static Case {
    static CASES: [OnceLock<Case>; 4] = [const { OnceLock::new() }; 4];
    let slot = SIZES
        .iter()
        .position(|&s| s == events)
        .expect("a known size");
    CASES[slot].get_or_init(|| {
        let yaml = coopline::generate(events / 10, (events / 100).max(2), events, 1);
        let mut sources = SourceSet::new();
        sources.add(format!("gen-{events}.yaml"), yaml);
        let model = coopline::check(&sources)
            .expect("generated data is valid")
            .model;
        let graph = build_graph(&model);
        let timeline = layout_timeline(&model, measure(), &TimelineOptions::default());
        Case {
            sources,
            model,
            graph,
            timeline,
        }
    })
}

fn measure() -> &'static FontMeasure {
    static M: OnceLock<FontMeasure> = OnceLock::new();
    M.get_or_init(FontMeasure::new)
}

/// YAML text → raw records (the floor every command pays).
#[divan::bench(args = SIZES, max_time = 3)]
fn load(b: Bencher, events: usize) {
    let c = case(events);
    b.bench(|| parse_sources(&c.sources, Limits::default()));
}

/// Raw records → checked model.
#[divan::bench(args = SIZES, max_time = 3)]
fn validate_records(b: Bencher, events: usize) {
    let c = case(events);
    let (raw, _) = parse_sources(&c.sources, Limits::default());
    b.with_inputs(|| raw.clone()).bench_values(validate);
}

/// Model → cooperation graph.
#[divan::bench(args = SIZES, max_time = 3)]
fn graph(b: Bencher, events: usize) {
    let c = case(events);
    b.bench(|| build_graph(&c.model));
}

/// Model → timeline scene.
#[divan::bench(args = SIZES, max_time = 3)]
fn layout_timeline_view(b: Bencher, events: usize) {
    let c = case(events);
    b.bench(|| layout_timeline(&c.model, measure(), &TimelineOptions::default()));
}

/// Model → storyline scene.
#[divan::bench(args = SIZES, max_time = 3)]
fn layout_storyline_view(b: Bencher, events: usize) {
    let c = case(events);
    b.bench(|| layout_storyline(&c.model, measure(), &StorylineOptions::default()));
}

/// Graph → network scene.
#[divan::bench(args = SIZES, max_time = 3)]
fn layout_network_view(b: Bencher, events: usize) {
    let c = case(events);
    // Agencies only: the same work at every size (hubs are drawn by default
    // only up to a size).
    let opts = NetworkOptions {
        mode: Some(NetMode::Agencies),
        ..NetworkOptions::default()
    };
    b.bench(|| layout_network(&c.model, &c.graph, measure(), &opts));
}

/// Timeline scene → SVG text.
#[divan::bench(args = SIZES, max_time = 3)]
fn render(b: Bencher, events: usize) {
    let c = case(events);
    b.bench(|| render_svg(&c.timeline));
}
