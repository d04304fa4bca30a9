//! The cooperation graph of the bundled Matrix case, against facts worked out by hand.

use crate::common::matrix;

use coopline::{
    Actor, CoopGraph, Country, EventRef, Grouping, Model, Occasion, PartialDate, Period, Precision,
    Qualifier, SourceSet, TeamRef, Via, build_graph,
};
use petgraph::visit::EdgeRef;

fn agency(m: &Model, g: &CoopGraph, id: &str) -> petgraph::graph::NodeIndex {
    g.node(Actor::Agency(m.agency(id).unwrap())).unwrap()
}

fn via_ids(m: &Model, g: &CoopGraph, a: &str, b: &str) -> Vec<(String, String)> {
    g.link(agency(m, g, a), agency(m, g, b))
        .map(|l| {
            l.occasions()
                .iter()
                .map(|o| (o.via.kind().to_string(), o.via.id(m).to_string()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn spanish_and_dutch_police_cooperate_through_the_task_force_from_june_2024() {
    let m = matrix();
    let g = build_graph(&m);
    let link = g
        .link(
            agency(&m, &g, "es-pn-udyco"),
            agency(&m, &g, "nl-politie-loi"),
        )
        .unwrap();
    let first = *link
        .occasions()
        .iter()
        .find(|o| o.via == Via::Team(m.team("otf-matrix").unwrap()))
        .unwrap();
    assert_eq!(first.period.start.to_string(), "2024-06");
    assert_eq!(first.period.start.precision(), Precision::Month);
    assert_eq!(first.period.end, None, "the task force was still running");
    assert_eq!(link.first().to_string(), "2024-06");
    // ...and the Dutch prosecution only meets the Spanish police on the action day.
    assert_eq!(
        via_ids(&m, &g, "es-pn-udyco", "nl-om"),
        [("event".to_string(), "action-day".to_string())]
    );
}

#[test]
fn the_jit_links_france_and_the_netherlands_with_eurojust_as_host() {
    let m = matrix();
    let g = build_graph(&m);
    let jit = m.team("jit-matrix").unwrap();
    for (fr, nl) in [("fr-ofac", "nl-om"), ("fr-junalco-j3", "nl-politie-loi")] {
        let link = g.link(agency(&m, &g, fr), agency(&m, &g, nl)).unwrap();
        let o = link
            .occasions()
            .iter()
            .find(|o| o.via == Via::Team(jit))
            .unwrap();
        assert_eq!(o.period.start.qualifier(), Qualifier::OnOrBefore);
        assert_eq!(o.period.start.to_string(), "..2024-12-03");
    }
    for member in ["fr-ofac", "fr-junalco-j3", "nl-om", "nl-politie-loi"] {
        let link = g
            .link(agency(&m, &g, "eurojust"), agency(&m, &g, member))
            .unwrap();
        assert!(
            link.occasions().iter().any(|o| o.via == Via::Hosting(jit)),
            "{member}"
        );
    }
    // Europol hosts the task force, not the JIT: Italy meets Europol only through
    // the task force, at its set-up and while Europol hosts it.
    assert_eq!(
        via_ids(&m, &g, "europol", "country:IT"),
        [
            ("event".to_string(), "otf-set-up".to_string()),
            ("hosting".to_string(), "otf-matrix".to_string())
        ]
    );
}

#[test]
fn every_occasion_is_counted_once() {
    let m = matrix();
    let g = build_graph(&m);
    // Team pairs: JIT 4 members -> 6, task force 5 -> 10. Hosting: Eurojust x 4,
    // Europol x 5. Events: phone found (1 participant) 0, JUNALCO case 1, task
    // force set up (6) 15, interception 1, action day (10) 45, surrender 1.
    assert_eq!(g.occasion_count(), 6 + 10 + 4 + 5 + 1 + 15 + 1 + 45 + 1);
    for l in g.graph.edge_weights() {
        let mut sorted = l.occasions().to_vec();
        sorted.sort_by_key(|o| (o.period.sort_key(), o.via));
        assert_eq!(sorted, l.occasions(), "occasions are in time order");
        sorted.dedup();
        assert_eq!(sorted.len(), l.occasions().len(), "no occasion twice");
    }
}

#[test]
fn slicing_keeps_only_what_had_begun() {
    let m = matrix();
    let g = build_graph(&m);
    let june = g.as_of(&PartialDate::parse("2024-06").unwrap());
    // By the end of June 2024: the task force (10 member pairs + 5 with Europol) and
    // the 2022 JUNALCO case (JUNALCO with OFAC). The JIT is only known to exist by
    // December 2024, and the action day had not happened.
    assert_eq!(june.graph.edge_count(), 16);
    let eurojust = agency(&m, &june, "eurojust");
    assert_eq!(june.graph.neighbors(eurojust).count(), 0);
    let y2022 = g.slice(
        Some(&PartialDate::parse("2022").unwrap()),
        Some(&PartialDate::parse("2022").unwrap()),
    );
    assert_eq!(y2022.graph.edge_count(), 1);
    assert_eq!(
        y2022.graph.node_count(),
        m.agencies.len(),
        "slices keep every agency"
    );
    // 2025: only the surrender (the open-ended teams also still count).
    let y2025 = g.slice(Some(&PartialDate::parse("2025").unwrap()), None);
    let kmar = agency(&m, &y2025, "nl-kmar");
    assert_eq!(y2025.graph.neighbors(kmar).count(), 1);
    assert!(y2025.link(agency(&m, &y2025, "nl-om"), kmar).is_some());
}

#[test]
fn aggregation_by_country_keeps_eu_bodies_and_merges_occasions() {
    let m = matrix();
    let g = build_graph(&m).aggregate(&m, Grouping::Country);
    let c = |code: &str| {
        g.node(Actor::Country(Country::from_code(code).unwrap()))
            .unwrap()
    };
    // NL, FR, ES, LT, IT, DE and the two EU agencies as themselves.
    assert_eq!(g.graph.node_count(), 8);
    assert!(
        g.node(Actor::Agency(m.agency("europol").unwrap()))
            .is_some()
    );
    assert!(g.node(Actor::Country(Country::EU)).is_none());
    let nl_fr = g.link(c("NL"), c("FR")).unwrap();
    let mut through: Vec<&str> = nl_fr.occasions().iter().map(|o| o.via.id(&m)).collect();
    through.sort();
    through.dedup();
    assert_eq!(
        through,
        [
            "action-day",
            "jit-matrix",
            "live-interception",
            "otf-matrix",
            "otf-set-up"
        ]
    );
    // The JIT pairs FR x NL (2 x 2 agencies) share one period: one occasion, not four.
    let jit = nl_fr
        .occasions()
        .iter()
        .filter(|o| o.via == Via::Team(m.team("jit-matrix").unwrap()))
        .count();
    assert_eq!(jit, 1);
    // Links inside one country go.
    assert!(g.graph.edge_indices().all(|e| {
        let (a, b) = g.graph.edge_endpoints(e).unwrap();
        a != b
    }));
    let kinds = build_graph(&m).aggregate(&m, Grouping::Kind);
    assert_eq!(
        kinds.graph.node_count(),
        4,
        "police, prosecution, eu-agency, other"
    );
}

#[test]
fn paths_and_centrality() {
    let m = matrix();
    let g = build_graph(&m);
    // The Marechaussee only worked with the Dutch prosecution, so every chain to it
    // passes through the OM.
    let path = g
        .shortest_path(agency(&m, &g, "country:IT"), agency(&m, &g, "nl-kmar"))
        .unwrap();
    let ids: Vec<&str> = path.iter().map(|n| g.graph[*n].key(&m)).collect();
    assert_eq!(ids.first(), Some(&"country:IT"));
    assert_eq!(&ids[ids.len() - 2..], ["nl-om", "nl-kmar"]);
    assert_eq!(ids.len(), 4);
    let b = g.betweenness();
    let om = agency(&m, &g, "nl-om").index();
    assert!(b.iter().enumerate().all(|(i, v)| i == om || *v < b[om]));
    assert_eq!(g.components().len(), 1);
}

/// Every pair a team or an event brings together, worked out the plain way: a
/// map from pair to occasions, each list in time order without repeats.
fn pairs_by_hand(m: &Model) -> std::collections::BTreeMap<(usize, usize), Vec<Occasion>> {
    let mut pairs: std::collections::BTreeMap<(usize, usize), Vec<Occasion>> = Default::default();
    let mut add = |a: usize, b: usize, via: Via, period: Period| {
        if a != b {
            pairs
                .entry((a.min(b), a.max(b)))
                .or_default()
                .push(Occasion { via, period });
        }
    };
    for (ti, team) in m.teams.iter().enumerate() {
        let t = TeamRef(ti);
        for (i, x) in team.members.iter().enumerate() {
            for y in &team.members[i + 1..] {
                let p = team
                    .membership_period(x)
                    .intersect(&team.membership_period(y));
                if let Some(p) = p {
                    add(x.agency.0, y.agency.0, Via::Team(t), p);
                }
            }
        }
        if let Some(h) = team.hosted_by
            && !team.members.iter().any(|x| x.agency == h)
        {
            for x in &team.members {
                add(h.0, x.agency.0, Via::Hosting(t), team.membership_period(x));
            }
        }
    }
    for (ei, ev) in m.events.iter().enumerate() {
        for (i, x) in ev.participants.iter().enumerate() {
            for y in &ev.participants[i + 1..] {
                add(x.0, y.0, Via::Event(EventRef(ei)), ev.period());
            }
        }
    }
    for list in pairs.values_mut() {
        list.sort_by_key(|o| (o.period.sort_key(), o.via));
        list.dedup();
    }
    pairs
}

#[test]
fn the_graph_has_every_pair_and_occasion_found_by_hand_in_pair_order() {
    let mut cases = vec![matrix()];
    for seed in 1..=6 {
        let yaml = coopline::generate(40, 6, 300, seed);
        let mut s = SourceSet::new();
        s.add(format!("gen-{seed}.yaml"), yaml);
        cases.push(coopline::check(&s).expect("generated data is valid").model);
    }
    for m in &cases {
        let g = build_graph(m);
        let found: Vec<((usize, usize), Vec<Occasion>)> = g
            .graph
            .edge_references()
            .map(|e| {
                let (Actor::Agency(a), Actor::Agency(b)) =
                    (g.graph[e.source()], g.graph[e.target()])
                else {
                    panic!("only agencies before grouping");
                };
                ((a.0, b.0), e.weight().occasions().to_vec())
            })
            .collect();
        let expected: Vec<_> = pairs_by_hand(m).into_iter().collect();
        assert!(expected.len() > 20 || m.events.len() < 100);
        assert_eq!(found, expected);
    }
}
