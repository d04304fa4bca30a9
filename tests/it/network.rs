//! The network view: no overlaps, deterministic, the same positions in every
//! facet; in affiliation mode a hub per team and event instead of the links
//! among everyone who took part.

use crate::common;
use common::load;

use coopline::{
    FontMeasure, Grouping, NetMode, NetworkOptions, Options, Role, Scene, Shape, build_graph,
    build_graph_in, layout, layout_network, render_svg, view,
};

/// Node circles by record, in drawing order.
fn nodes(scene: &Scene) -> Vec<(String, f64, f64, f64)> {
    scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark)
        .filter_map(|i| match (&i.shape, &i.record) {
            (Shape::Circle { cx, cy, r, .. }, Some(rec)) => Some((rec.to_string(), *cx, *cy, *r)),
            _ => None,
        })
        .collect()
}

/// Hubs (teams' squares and events' diamonds) by record, each as the centre
/// and half the width of its box, in drawing order.
fn hubs(scene: &Scene) -> Vec<(String, f64, f64, f64)> {
    scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark)
        .filter(|i| matches!(i.shape, Shape::Rect { .. } | Shape::Polygon { .. }))
        .filter_map(|i| {
            let b = i.bbox();
            let rec = i.record.as_deref()?;
            Some((rec.to_string(), b.x + b.w / 2.0, b.y + b.h / 2.0, b.w / 2.0))
        })
        .collect()
}

/// The records of the lines drawn, links and ties alike.
fn lines(scene: &Scene) -> Vec<String> {
    scene
        .items
        .iter()
        .filter(|i| matches!(i.shape, Shape::Line { .. }))
        .filter_map(|i| i.record.as_deref().map(str::to_string))
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
    let mut ns = nodes(scene);
    ns.extend(hubs(scene));
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
    for mode in [NetMode::Agencies, NetMode::Affiliation] {
        for (what, graph) in [
            ("agencies", g.clone()),
            ("countries", g.aggregate(&m, Grouping::Country)),
        ] {
            let what = format!("{what}, {mode:?}");
            let opts = NetworkOptions {
                stats: true,
                mode: Some(mode),
                ..Default::default()
            };
            let (scene, stats) = layout_network(&m, &graph, &measure, &opts);
            assert_clean(&scene, &what);
            assert_eq!(stats.mode, mode);
            assert_eq!(stats.nodes, graph.graph.node_count() + stats.hubs);
            assert_eq!(hubs(&scene).len(), stats.hubs, "{what}");
            assert_eq!(stats.hubs == 0, mode == NetMode::Agencies, "{what}");
            assert!(stats.stress < 0.2, "{what}: stress {}", stats.stress);
            let again = layout_network(&m, &graph, &measure, &opts).0;
            assert_eq!(
                render_svg(&scene),
                render_svg(&again),
                "{what}: not deterministic"
            );
            // Every node and hub is labelled on the Matrix case.
            let labelled = scene
                .items
                .iter()
                .filter(|i| i.role == Role::Label && i.tooltip.is_some())
                .count();
            assert!(labelled >= stats.nodes, "{what}: {labelled} labels");
        }
    }
    // Edges carry their occasions, dates and sources.
    let agencies = NetworkOptions {
        mode: Some(NetMode::Agencies),
        ..Default::default()
    };
    let (scene, _) = layout_network(&m, &g, &measure, &agencies);
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
    // With hubs, the same two meet through the event's hub, which names its sources.
    let (scene, stats) = layout_network(&m, &g, &measure, &NetworkOptions::default());
    assert_eq!(stats.mode, NetMode::Affiliation, "the action day joins ten");
    let recs = lines(&scene);
    for tie in [
        "nl-om--surrender-nl-suspect",
        "nl-kmar--surrender-nl-suspect",
    ] {
        assert!(recs.iter().any(|r| r == tie), "{tie}: {recs:?}");
    }
    assert!(!recs.iter().any(|r| r == "nl-om--nl-kmar"));
    let hub = scene
        .items
        .iter()
        .find(|i| i.role == Role::Mark && i.record.as_deref() == Some("surrender-nl-suspect"))
        .expect("the event's hub");
    let tip = hub.tooltip.as_deref().unwrap();
    assert!(
        tip.starts_with("Dutch suspect surrendered from Spain\nevent"),
        "{tip}"
    );
    assert!(tip.contains("\nSources: "), "{tip}");
}

/// Sixteen police forces of sixteen countries at one action day; two of them
/// and a seventeenth agency in a team the day belongs to, hosted by Europol.
fn action_day(participants: usize) -> String {
    const COUNTRIES: [&str; 16] = [
        "NL", "BE", "DE", "FR", "ES", "IT", "PT", "AT", "PL", "CZ", "SE", "DK", "FI", "IE", "LT",
        "RO",
    ];
    let mut y = String::from("title: Action day\nagencies:\n");
    for c in COUNTRIES {
        let id = c.to_lowercase();
        y.push_str(&format!(
            "  - {{id: {id}, name: Police {c}, country: {c}, kind: police}}\n"
        ));
    }
    y.push_str("  - {id: pros, name: Prosecution NL, country: NL, kind: prosecution}\n");
    y.push_str("  - {id: europol, name: Europol, country: EU, kind: eu-agency}\n");
    y.push_str(
        "teams:\n  - {id: otf, name: Task force, kind: otf, hosted_by: europol, start: 2021-01, end: 2022-12, members: [nl, be, pros]}\n",
    );
    let ids: Vec<String> = COUNTRIES[..participants]
        .iter()
        .map(|c| c.to_lowercase())
        .collect();
    y.push_str(&format!(
        "events:\n  - {{id: day, name: Action day, kind: action-day, date: 2022-06-15, participants: [{}], teams: [otf]}}\n",
        ids.join(", ")
    ));
    y
}

fn drawn(model: &coopline::Model, opts: &Options) -> (Scene, String) {
    let opts = Options {
        stats: true,
        ..opts.clone()
    };
    let laid = layout(view("network").unwrap(), model, &opts, &FontMeasure::new()).unwrap();
    (laid.scene, laid.stats.unwrap())
}

#[test]
fn a_sixteen_country_action_day_is_one_hub_with_sixteen_links() {
    let m = load(&action_day(16));
    let (scene, stats) = drawn(&m, &Options::default());
    assert_clean(&scene, "affiliation");
    assert!(stats.ends_with("affiliation mode"), "{stats}");
    assert!(stats.starts_with("edge crossings "), "{stats}");
    let day: Vec<String> = lines(&scene)
        .into_iter()
        .filter(|r| r.ends_with("--day"))
        .collect();
    assert_eq!(day.len(), 16, "{day:?}");
    assert!(
        lines(&scene).contains(&"day--otf".to_string()),
        "the day's tie to its team"
    );
    let hub = hubs(&scene);
    assert_eq!(
        hub.iter().map(|h| h.0.as_str()).collect::<Vec<_>>(),
        ["otf", "day"]
    );
    // No two agencies are linked to each other: every line ends at a hub.
    let all = lines(&scene);
    assert_eq!(
        all.len(),
        16 + 1 + 3 + 1,
        "the day's, the team's members and host"
    );
    assert!(
        all.iter()
            .all(|r| r.ends_with("--day") || r.ends_with("--otf")),
        "{all:?}"
    );
    // The sixteen ties meet only at the hub: the star crosses nothing.
    let crossings: usize = stats
        .strip_prefix("edge crossings ")
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap();

    // Asked for, the agencies' projection is back: the day alone links every
    // pair of its sixteen, and the drawing of that many lines crosses itself.
    let agencies = Options {
        mode: Some(NetMode::Agencies),
        ..Options::default()
    };
    let (scene, stats) = drawn(&m, &agencies);
    assert_clean(&scene, "agencies");
    assert!(stats.ends_with("agencies mode"), "{stats}");
    assert!(hubs(&scene).is_empty());
    let g = build_graph(&m);
    let day_pairs = g
        .graph
        .edge_weights()
        .filter(|l| l.occasions().iter().any(|o| o.via.kind() == "event"))
        .count();
    assert_eq!(day_pairs, 120);
    assert_eq!(lines(&scene).len(), g.graph.edge_count());
    let projected: usize = stats
        .strip_prefix("edge crossings ")
        .and_then(|s| s.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(
        projected > 10 * crossings.max(1),
        "{projected} crossings against {crossings}"
    );

    // By country the hub links countries: the same sixteen, as Belgium and the
    // Netherlands are the only countries with two agencies and one of them is
    // at the day.
    let by = Options {
        by: Grouping::Country,
        ..Options::default()
    };
    let (scene, stats) = drawn(&m, &by);
    assert_clean(&scene, "by country");
    assert!(stats.ends_with("affiliation mode"), "{stats}");
    let day = lines(&scene)
        .into_iter()
        .filter(|r| r.ends_with("--day"))
        .count();
    assert_eq!(day, 16);
    assert!(lines(&scene).contains(&"FR--day".to_string()));
}

#[test]
fn the_mode_switches_to_hubs_when_a_team_or_event_joins_more_than_four() {
    for (participants, mode) in [(4, "agencies"), (5, "affiliation")] {
        let m = load(&action_day(participants));
        let (_, stats) = drawn(&m, &Options::default());
        assert!(
            stats.ends_with(&format!("{mode} mode")),
            "{participants}: {stats}"
        );
        // An explicit mode always wins.
        for asked in [NetMode::Agencies, NetMode::Affiliation] {
            let opts = Options {
                mode: Some(asked),
                ..Options::default()
            };
            let (_, stats) = drawn(&m, &opts);
            let name = if asked == NetMode::Agencies {
                "agencies"
            } else {
                "affiliation"
            };
            assert!(stats.ends_with(&format!("{name} mode")), "{stats}");
        }
    }
    // The rule looks at the window drawn: before the action day only the team
    // (three members and its host) went on.
    let m = load(&action_day(16));
    let before = Options {
        to: coopline::PartialDate::parse("2022-05").ok(),
        ..Options::default()
    };
    let (scene, stats) = drawn(&m, &before);
    assert!(stats.ends_with("agencies mode"), "{stats}");
    assert_clean(&scene, "before the day");
    // Grouped by kind the sixteen forces are one node: nothing crowds.
    let kinds = Options {
        by: Grouping::Kind,
        ..Options::default()
    };
    assert!(drawn(&m, &kinds).1.ends_with("agencies mode"));
    let g = build_graph_in(&m, None, None, Grouping::Kind);
    assert_eq!(g.graph.node_count(), 3);
}

#[test]
fn hubs_work_with_facets_and_the_centre() {
    let m = load(&action_day(16));
    let faceted = Options {
        facet: Some(coopline::Facet::Year),
        ..Options::default()
    };
    let (scene, stats) = drawn(&m, &faceted);
    assert_clean(&scene, "facets");
    assert!(stats.ends_with("affiliation mode"), "{stats}");
    // A panel per year (2021, 2022), every hub in each, the day's faint in 2021.
    let hub = hubs(&scene);
    assert_eq!(hub.len(), 4, "{hub:?}");
    let day: Vec<&coopline::Item> = scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark && i.record.as_deref() == Some("day"))
        .collect();
    assert_eq!(day.len(), 2);
    assert!(day[0].opacity < 1.0 && day[1].opacity == 1.0);
    // In 2021 only the team's ties are drawn (three members and the host); in
    // 2022 the day's sixteen, the team's four and the day's tie to the team.
    let ties = lines(&scene);
    assert_eq!(ties.iter().filter(|r| r.ends_with("--day")).count(), 16);
    assert_eq!(ties.iter().filter(|r| r.ends_with("--otf")).count(), 4 + 5);

    let centred = Options {
        center: Some("pros".into()),
        ..Options::default()
    };
    let (scene, _) = drawn(&m, &centred);
    assert_clean(&scene, "centre");
    let (_, x, _, _) = nodes(&scene).into_iter().find(|n| n.0 == "pros").unwrap();
    assert!((x - scene.width / 2.0).abs() < 1.0, "not in the middle");
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
    for mode in [NetMode::Agencies, NetMode::Affiliation] {
        let opts = NetworkOptions {
            facet_years: true,
            mode: Some(mode),
            ..Default::default()
        };
        let (scene, stats) = layout_network(&m, &g, &FontMeasure::new(), &opts);
        assert_clean(&scene, &format!("facets, {mode:?}"));
        // Nodes and hubs alike, each panel's in the same order.
        let (ns, hs) = (nodes(&scene), hubs(&scene));
        let (per_panel, per_hubs) = (g.graph.node_count(), stats.hubs);
        assert_eq!(ns.len() % per_panel, 0);
        let count = ns.len() / per_panel;
        assert!(count >= 4, "EncroChat runs from 2020 to 2024");
        assert_eq!(hs.len(), count * per_hubs);
        let panels: Vec<Vec<(String, f64, f64, f64)>> = (0..count)
            .map(|p| {
                let mut v = ns[p * per_panel..(p + 1) * per_panel].to_vec();
                v.extend_from_slice(&hs[p * per_hubs..(p + 1) * per_hubs]);
                v
            })
            .collect();
        // Relative to the first node, every node sits in the same place in every panel.
        for p in &panels[1..] {
            for (a, b) in panels[0].iter().zip(p.iter()) {
                assert_eq!(a.0, b.0);
                let da = (a.1 - panels[0][0].1, a.2 - panels[0][0].2);
                let db = (b.1 - p[0].1, b.2 - p[0].2);
                assert!(
                    (da.0 - db.0).abs() < 1e-6 && (da.1 - db.1).abs() < 1e-6,
                    "{mode:?}: {} moved",
                    a.0
                );
            }
        }
    }
}

#[test]
fn generated_networks_are_clean() {
    let measure = FontMeasure::new();
    for (agencies, teams, events, seed) in [(50, 8, 120, 21), (150, 20, 300, 22)] {
        let m = load(&common::dataset(agencies, teams, events, seed));
        let g = build_graph(&m);
        for mode in [NetMode::Agencies, NetMode::Affiliation] {
            let opts = NetworkOptions {
                stats: true,
                mode: Some(mode),
                ..Default::default()
            };
            let (scene, stats) = layout_network(&m, &g, &measure, &opts);
            let what = format!("{agencies} agencies: {stats:?}");
            assert_clean(&scene, &what);
            assert!(stats.stress < 0.5, "{what}");
        }
    }
}

#[test]
fn a_large_generated_network_has_no_overlapping_nodes() {
    // Beyond the full-stress limit: sparse stress and grid-based overlap removal.
    let m = load(&common::dataset(1500, 40, 1500, 23));
    let g = build_graph(&m);
    assert!(g.graph.node_count() > coopline::internals::FULL_STRESS_MAX);
    let measure = FontMeasure::new();
    for mode in [NetMode::Agencies, NetMode::Affiliation] {
        let opts = NetworkOptions {
            mode: Some(mode),
            ..Default::default()
        };
        let (scene, _) = layout_network(&m, &g, &measure, &opts);
        assert_clean(&scene, &format!("1500 agencies, {mode:?}"));
        assert_eq!(nodes(&scene).len(), g.graph.node_count());
        let again = layout_network(&m, &g, &measure, &opts).0;
        assert_eq!(
            render_svg(&scene),
            render_svg(&again),
            "{mode:?}: not deterministic"
        );
    }
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

/// `--steps`: nodes, hubs and links appear with their first occasion, in the
/// places they have in the full picture, and the last frame is the picture.
#[test]
fn steps_add_nodes_and_links_as_cooperation_begins() {
    let model = common::matrix();
    for mode in [NetMode::Affiliation, NetMode::Agencies] {
        let opts = Options {
            steps: true,
            mode: Some(mode),
            ..Default::default()
        };
        let laid = layout(view("network").unwrap(), &model, &opts, common::measure()).unwrap();
        let scene = &laid.scene;
        let k = scene.steps();
        assert!(k >= 3, "{mode:?}: {k} frames");
        let circles = |s: &Scene| {
            s.items
                .iter()
                .filter(|i| matches!(i.shape, Shape::Circle { .. }) && i.record.is_some())
                .count()
        };
        let counts: Vec<usize> = (1..=k).map(|f| circles(&scene.frame(f))).collect();
        assert!(
            counts.windows(2).all(|w| w[0] <= w[1]),
            "{mode:?}: {counts:?}"
        );
        assert!(counts[0] < counts[counts.len() - 1], "{mode:?}: {counts:?}");
        // The first cooperation is Paris JUNALCO taking the case in 2022 (the
        // Dutch police's find of July 2021 involves no one else).
        let first = scene.frame(1);
        let named: Vec<&str> = first
            .items
            .iter()
            .filter(|i| matches!(i.shape, Shape::Circle { .. }))
            .filter_map(|i| i.record.as_deref())
            .collect();
        assert!(
            named
                .iter()
                .all(|r| ["fr-junalco-j3", "fr-ofac"].contains(r))
                && named.len() == 2,
            "{mode:?}: {named:?}"
        );
        // Nothing moves: the last frame is the full picture.
        assert_eq!(scene.frame(k).items, scene.items, "{mode:?}");
        // Every link appears no earlier than both its ends.
        for f in 1..=k {
            let frame = scene.frame(f);
            let shown: std::collections::BTreeSet<&str> = frame
                .items
                .iter()
                .filter(|i| !matches!(i.shape, Shape::Line { .. } | Shape::Text { .. }))
                .filter_map(|i| i.record.as_deref())
                .collect();
            for i in frame
                .items
                .iter()
                .filter(|i| matches!(i.shape, Shape::Line { .. }))
            {
                let Some(r) = i.record.as_deref() else {
                    continue;
                };
                assert!(
                    shown
                        .iter()
                        .filter(
                            |n| r.starts_with(&format!("{n}--")) || r.ends_with(&format!("--{n}"))
                        )
                        .count()
                        >= 2,
                    "{mode:?} frame {f}: link {r} before its ends"
                );
            }
        }
    }
}

/// With `--from`/`--to`, the network draws who cooperated in that time: an
/// agency with no link then is left out (the Matrix network of December 2024
/// drew the Dutch military police, active only before it, as a lone node).
#[test]
fn a_window_of_time_draws_only_who_cooperated_in_it() {
    let model = common::matrix();
    let december_2024 = coopline::PartialDate::parse("2024-12").unwrap();
    let whole = layout(
        view("network").unwrap(),
        &model,
        &Options::default(),
        &FontMeasure::new(),
    )
    .unwrap()
    .scene;
    let december = layout(
        view("network").unwrap(),
        &model,
        &Options {
            from: Some(december_2024),
            to: Some(december_2024),
            ..Options::default()
        },
        &FontMeasure::new(),
    )
    .unwrap()
    .scene;
    let ids = |s: &Scene| nodes(s).into_iter().map(|n| n.0).collect::<Vec<_>>();
    assert!(ids(&whole).contains(&"nl-kmar".to_string()));
    assert!(!ids(&december).contains(&"nl-kmar".to_string()));
    let g = build_graph_in(
        &model,
        Some(&december_2024),
        Some(&december_2024),
        Grouping::Agency,
    );
    let linked = g
        .graph
        .node_indices()
        .filter(|n| g.graph.neighbors(*n).next().is_some())
        .count();
    assert_eq!(
        ids(&december).len(),
        linked,
        "every agency drawn cooperated then"
    );
    assert!(
        december.items.iter().any(|i| matches!(&i.shape, Shape::Text { text, .. } if text.starts_with(&format!("{linked} agencies")))),
        "the subtitle counts them"
    );
}
