//! The network view: no overlaps, deterministic, the same positions in every facet.

use crate::common;
use common::load;

use coopline::{
    FontMeasure, Grouping, NetworkOptions, Scene, Shape, build_graph, layout_network, render_svg,
};

/// Node circles by record, in drawing order.
fn nodes(scene: &Scene) -> Vec<(String, f64, f64, f64)> {
    scene
        .items
        .iter()
        .filter(|i| i.role == coopline::Role::Mark)
        .filter_map(|i| match (&i.shape, &i.record) {
            (Shape::Circle { cx, cy, r, .. }, Some(rec)) => Some((rec.to_string(), *cx, *cy, *r)),
            _ => None,
        })
        .collect()
}

fn assert_clean(scene: &Scene, what: &str) {
    assert!(
        scene.overlapping_labels().is_empty(),
        "{what}: labels overlap"
    );
    assert!(
        scene.labels_over_marks().is_empty(),
        "{what}: a label covers a node"
    );
    assert!(scene.outside_canvas().is_empty(), "{what}: off the canvas");
    let ns = nodes(scene);
    for (i, a) in ns.iter().enumerate() {
        for b in &ns[i + 1..] {
            let d = ((a.1 - b.1).powi(2) + (a.2 - b.2).powi(2)).sqrt();
            assert!(
                d >= a.3 + b.3 - 0.01,
                "{what}: nodes {} and {} overlap",
                a.0,
                b.0
            );
        }
    }
}

#[test]
fn matrix_network_is_clean_and_deterministic() {
    let m = load(coopline::MATRIX_YAML);
    let measure = FontMeasure::new();
    let g = build_graph(&m);
    for (what, graph) in [
        ("agencies", g.clone()),
        ("countries", g.aggregate(&m, Grouping::Country)),
    ] {
        let opts = NetworkOptions {
            stats: true,
            ..Default::default()
        };
        let (scene, stats) = layout_network(&m, &graph, &measure, &opts);
        assert_clean(&scene, what);
        assert_eq!(stats.nodes, graph.graph.node_count());
        assert!(stats.stress < 0.2, "{what}: stress {}", stats.stress);
        let again = layout_network(&m, &graph, &measure, &NetworkOptions::default()).0;
        assert_eq!(
            render_svg(&scene),
            render_svg(&again),
            "{what}: not deterministic"
        );
        // Every node is labelled on the Matrix case.
        let labelled = scene
            .items
            .iter()
            .filter(|i| matches!(i.shape, Shape::Text { .. }) && i.tooltip.is_some())
            .count();
        assert!(
            labelled >= graph.graph.node_count(),
            "{what}: {labelled} labels"
        );
    }
    // Edges carry their occasions, dates and sources.
    let (scene, _) = layout_network(&m, &g, &measure, &NetworkOptions::default());
    let edge = scene
        .items
        .iter()
        .find(|i| i.record.as_deref() == Some("nl-om--nl-kmar"))
        .expect("OM–KMar edge");
    let tip = edge.tooltip.as_deref().unwrap();
    assert!(
        tip.contains(
            "31 Jan 2025 (as written: 2025-01-31): event Dutch suspect surrendered from Spain"
        ),
        "{tip}"
    );
    assert!(
        tip.contains("sources: om-2025-02, crimesite-2025-01"),
        "{tip}"
    );
}

#[test]
fn the_center_node_is_in_the_middle() {
    let m = load(coopline::MATRIX_YAML);
    let g = build_graph(&m);
    let opts = NetworkOptions {
        center: Some("europol".into()),
        ..Default::default()
    };
    let (scene, _) = layout_network(&m, &g, &FontMeasure::new(), &opts);
    let ns = nodes(&scene);
    let (_, ex, _, _) = ns.iter().find(|n| n.0 == "europol").unwrap();
    assert!(
        (ex - scene.width / 2.0).abs() < 1.0,
        "Europol is not in the middle of the picture"
    );
}

#[test]
fn facets_keep_every_node_in_the_same_place() {
    let m = load(include_str!("../../data/encrochat.yaml"));
    let g = build_graph(&m);
    let opts = NetworkOptions {
        facet_years: true,
        ..Default::default()
    };
    let (scene, _) = layout_network(&m, &g, &FontMeasure::new(), &opts);
    assert_clean(&scene, "facets");
    let ns = nodes(&scene);
    let per_panel = g.graph.node_count();
    assert_eq!(ns.len() % per_panel, 0);
    let panels: Vec<&[(String, f64, f64, f64)]> = ns.chunks(per_panel).collect();
    assert!(panels.len() >= 4, "EncroChat runs from 2020 to 2024");
    // Relative to the first node, every node sits in the same place in every panel.
    for p in &panels[1..] {
        for (a, b) in panels[0].iter().zip(p.iter()) {
            assert_eq!(a.0, b.0);
            let da = (a.1 - panels[0][0].1, a.2 - panels[0][0].2);
            let db = (b.1 - p[0].1, b.2 - p[0].2);
            assert!(
                (da.0 - db.0).abs() < 1e-6 && (da.1 - db.1).abs() < 1e-6,
                "{} moved",
                a.0
            );
        }
    }
}

#[test]
fn generated_networks_are_clean() {
    let measure = FontMeasure::new();
    for (agencies, teams, events, seed) in [(50, 8, 120, 21), (150, 20, 300, 22)] {
        let m = load(&common::dataset(agencies, teams, events, seed));
        let g = build_graph(&m);
        let opts = NetworkOptions {
            stats: true,
            ..Default::default()
        };
        let (scene, stats) = layout_network(&m, &g, &measure, &opts);
        let what = format!("{agencies} agencies: {stats:?}");
        assert_clean(&scene, &what);
        assert!(stats.stress < 0.5, "{what}");
    }
}

#[test]
fn a_large_generated_network_has_no_overlapping_nodes() {
    // Beyond the full-stress limit: sparse stress and grid-based overlap removal.
    let m = load(&common::dataset(1500, 40, 1500, 23));
    let g = build_graph(&m);
    assert!(g.graph.node_count() > coopline::internals::FULL_STRESS_MAX);
    let measure = FontMeasure::new();
    let opts = NetworkOptions::default();
    let (scene, _) = layout_network(&m, &g, &measure, &opts);
    assert_clean(&scene, "1500 agencies");
    assert_eq!(nodes(&scene).len(), g.graph.node_count());
    let again = layout_network(&m, &g, &measure, &opts).0;
    assert_eq!(render_svg(&scene), render_svg(&again), "not deterministic");
}

#[test]
fn faceting_a_network_without_any_cooperation_draws_it_once() {
    // Agencies that never worked together have no year to facet by: the view
    // draws them once, unfaceted, instead of failing.
    let m = load(
        "
agencies:
  - {id: a, name: Alpha Police, country: NL, kind: police}
  - {id: b, name: Beta Prosecutors, country: FR, kind: prosecution}
",
    );
    let g = build_graph(&m);
    let opts = NetworkOptions {
        facet_years: true,
        ..NetworkOptions::default()
    };
    let (scene, stats) = layout_network(&m, &g, &FontMeasure::new(), &opts);
    assert_eq!((stats.nodes, stats.edges), (2, 0));
    assert_eq!(nodes(&scene).len(), 2, "both agencies are drawn");
    assert_clean(&scene, "unfaceted fallback");
    assert!(render_svg(&scene).contains("Alpha Police"));
}
