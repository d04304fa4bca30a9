//! Networks with more links than their canvas can tell apart: the strongest
//! drawn one by one, the others bundled, every link counted in some line's
//! hover text, and a note saying how to draw them all.

use crate::common;
use common::load;

use coopline::internals::LINE_ROOM;
use coopline::{
    FontMeasure, NetLinks, NetMode, NetworkOptions, Scene, Shape, build_graph, layout_network,
};

/// A number as the English messages write it ("1,518").
fn number(s: &str) -> usize {
    s.replace(',', "")
        .parse()
        .unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

/// The lines that stand for links, each as (links, occasions) it stands for,
/// read from its hover text: a link's own line names its two ends and counts
/// its occasions; a bundle's says how many links and occasions it holds.
fn link_lines(scene: &Scene) -> Vec<(usize, usize)> {
    scene
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Line { .. }))
        .filter_map(|i| {
            let first = i.tooltip.as_deref()?.lines().next()?;
            Some(if i.record.is_some() {
                // "A – B: 3 occasions"
                let (_, count) = first.rsplit_once(": ").expect("a link's count");
                (1, number(count.split(' ').next()?))
            } else {
                // "12 links bundled between …, 15 occasions of cooperation; …"
                let links = first.split(' ').next()?;
                let (_, rest) = first.split_once(", ").expect("a bundle's occasions");
                (number(links), number(rest.split(' ').next()?))
            })
        })
        .collect()
}

/// The most lines the legend says a panel draws, if it says links were bundled.
fn stated_limit(scene: &Scene) -> Option<usize> {
    scene.items.iter().find_map(|i| match &i.shape {
        Shape::Text { text, .. } if text.contains("--links all") => {
            let (_, after) = text.split_once("more than ")?;
            Some(number(after.split(' ').next()?))
        }
        _ => None,
    })
}

#[test]
fn a_network_of_ten_thousand_events_bundles_what_its_canvas_cannot_tell_apart() {
    let m = load(&common::dataset(1000, 100, 10_000, 1));
    let g = build_graph(&m);
    let links = g.graph.edge_count();
    let occasions: usize = g.graph.edge_weights().map(|l| l.occasions().len()).sum();
    let measure = FontMeasure::new();
    let opts = NetworkOptions {
        mode: Some(NetMode::Agencies),
        ..NetworkOptions::default()
    };
    let (scene, _) = layout_network(&m, &g, &measure, &opts);
    let limit = stated_limit(&scene).expect("the legend says links were bundled");
    // The limit follows from the canvas: at most a line per LINE_ROOM of it.
    assert!(
        (limit as f64) <= scene.width * scene.height / LINE_ROOM && limit > 100,
        "{limit} lines on {} x {}",
        scene.width,
        scene.height
    );
    assert!(links > limit, "{links} links: nothing to bundle");
    let lines = link_lines(&scene);
    assert!(lines.len() <= limit, "{} lines, limit {limit}", lines.len());
    let line_elements = scene
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Line { .. }))
        .count();
    // The legend's swatches are the only other lines.
    assert!(line_elements <= limit + 10, "{line_elements} line elements");
    assert!(lines.iter().any(|l| l.0 > 1), "no bundle drawn");
    assert!(lines.iter().filter(|l| l.0 == 1).count() > limit / 3);
    let counted: usize = lines.iter().map(|l| l.0).sum();
    let counted_occasions: usize = lines.iter().map(|l| l.1).sum();
    assert_eq!((counted, counted_occasions), (links, occasions));

    // Asked for every link, the network draws a line for each, and no note.
    let all = NetworkOptions {
        links: NetLinks::All,
        ..opts
    };
    let (scene, _) = layout_network(&m, &g, &measure, &all);
    assert_eq!(stated_limit(&scene), None);
    let lines = link_lines(&scene);
    assert_eq!(lines.len(), links);
    assert!(lines.iter().all(|l| l.0 == 1));
}

#[test]
fn a_small_network_draws_every_link_and_no_note() {
    let m = load(include_str!("../../data/matrix.yaml"));
    let g = build_graph(&m);
    let measure = FontMeasure::new();
    let opts = NetworkOptions {
        mode: Some(NetMode::Agencies),
        ..NetworkOptions::default()
    };
    let (bundled, _) = layout_network(&m, &g, &measure, &opts);
    assert_eq!(stated_limit(&bundled), None);
    assert_eq!(link_lines(&bundled).len(), g.graph.edge_count());
    let all = NetworkOptions {
        links: NetLinks::All,
        ..opts
    };
    let (every, _) = layout_network(&m, &g, &measure, &all);
    assert_eq!(coopline::render_svg(&bundled), coopline::render_svg(&every));
}
