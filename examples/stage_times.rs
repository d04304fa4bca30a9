//! Time of each pipeline stage on a dataset, one line per stage (`name seconds`),
//! as scripts/bench.sh reads them:
//!
//! ```sh
//! cargo run --release --example stage_times -- data/matrix.yaml
//! ```
//!
//! `SKIP_STORYLINE=1` or `SKIP_NETWORK=1` leaves a view out.
//!
//! `--load` times only what `coopline check` does before validation, reading
//! the files and parsing them into records, and prints the seconds alone (as
//! scripts/bench/load.sh reads them):
//!
//! ```sh
//! cargo run --release --example stage_times -- --load data/matrix.yaml
//! ```

use std::time::Instant;

use coopline::{
    FontMeasure, Limits, NetMode, NetworkOptions, StorylineOptions, TimelineOptions, build_graph,
    layout_network, layout_storyline, layout_timeline, parse_sources, render_svg, validate,
};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--load") {
        args.remove(0);
        let paths: Vec<std::path::PathBuf> = args.iter().map(Into::into).collect();
        let t = Instant::now();
        let sources = coopline::read_paths(&paths, u64::MAX).expect("readable input");
        let (raw, _) = parse_sources(&sources, Limits::default());
        let seconds = t.elapsed().as_secs_f64();
        // Dropping the records is not part of a load: it is left out of the time.
        drop(raw);
        println!("{seconds:.6}");
        return;
    }
    let paths: Vec<std::path::PathBuf> = args.iter().map(Into::into).collect();
    let sources = coopline::read_paths(&paths, u64::MAX).expect("readable input");
    let t = Instant::now();
    let (raw, _) = parse_sources(&sources, Limits::default());
    println!("load           {:>9.4} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let model = validate(raw).expect("valid dataset").model;
    println!("validate       {:>9.4} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let g = build_graph(&model);
    println!("graph          {:>9.4} s", t.elapsed().as_secs_f64());
    let m = FontMeasure::new();
    let t = Instant::now();
    let scene = layout_timeline(&model, &m, &TimelineOptions::default());
    println!("timeline       {:>9.4} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let svg = render_svg(&scene);
    println!(
        "timeline-svg   {:>9.4} s ({} bytes)",
        t.elapsed().as_secs_f64(),
        svg.len()
    );
    if std::env::var_os("SKIP_STORYLINE").is_none() {
        let t = Instant::now();
        let _ = layout_storyline(&model, &m, &StorylineOptions::default());
        println!("storyline      {:>9.4} s", t.elapsed().as_secs_f64());
    }
    if std::env::var_os("SKIP_NETWORK").is_none() {
        let t = Instant::now();
        // Agencies only, as measured before the affiliation mode: the same work at every size.
        let opts = NetworkOptions {
            mode: Some(NetMode::Agencies),
            ..NetworkOptions::default()
        };
        let (scene, _) = layout_network(&model, &g, &m, &opts);
        println!("network        {:>9.4} s", t.elapsed().as_secs_f64());
        let t = Instant::now();
        let svg = render_svg(&scene);
        println!(
            "network-svg    {:>9.4} s ({} bytes)",
            t.elapsed().as_secs_f64(),
            svg.len()
        );
    }
}
