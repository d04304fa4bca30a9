//! Crowded moments and what a printed picture must name: events on nearby days
//! drawn as one cluster, numbers and a key where names find no room, no word of
//! hovering on paper, and every event counted in a subtitle drawn somewhere.

use std::collections::BTreeSet;

use crate::common::{dataset, load, matrix};
use crate::timeline::assert_sound;

use coopline::{
    FontMeasure, LaneMode, Model, Options, Role, Scene, Shape, Size, Theme, TimelineOptions,
    Weight, layout, layout_timeline, render_svg, view,
};

/// Six events within three days, their participants overlapping across twelve
/// countries; one event whose sources name no agency; two on their own.
const CROWD: &str = r#"
title: A crowded week
agencies:
  - {id: europol, name: Europol, country: EU, kind: eu-agency}
  - {id: fr, name: French police, country: FR, kind: police}
  - {id: nl, name: Dutch police, country: NL, kind: police}
  - {id: de, name: German police, country: DE, kind: police}
  - {id: be, name: Belgian police, country: BE, kind: police}
  - {id: es, name: Spanish police, country: ES, kind: police}
  - {id: it, name: Italian police, country: IT, kind: police}
  - {id: pl, name: Polish police, country: PL, kind: police}
  - {id: se, name: Swedish police, country: SE, kind: police}
  - {id: ro, name: Romanian police, country: RO, kind: police}
  - {id: pt, name: Portuguese police, country: PT, kind: police}
  - {id: at, name: Austrian police, country: AT, kind: police}
  - {id: cz, name: Czech police, country: CZ, kind: police}
teams:
  - {id: jit, name: Joint team, kind: jit, start: 2024-03, members: [fr, nl, de]}
events:
  - {id: paris, name: Action day in Paris, date: 2024-12-03, participants: [fr, nl, europol]}
  - {id: madrid, name: Arrests in Madrid, date: 2024-12-03, participants: [es, fr, pt]}
  - {id: berlin, name: Searches in Berlin, date: 2024-12-04, participants: [de, pl, cz, nl]}
  - {id: rome, name: Seizure in Rome, date: 2024-12-04, participants: [it, at, europol]}
  - {id: north, name: Arrests in Stockholm, date: 2024-12-05, participants: [se, de]}
  - {id: east, name: Arrests in Bucharest, date: 2024-12-05, participants: [ro, be, fr, es]}
  - {id: meeting, name: Coordination meeting, date: 2024-06-12, participants: [europol, fr, nl, de, be]}
  - {id: anon, name: Servers seized, date: 2024-09-15}
  - {id: surrender, name: Surrender from Spain, date: 2025-01-31, participants: [es, nl]}
"#;

const WEEK: [&str; 6] = ["paris", "madrid", "berlin", "rome", "north", "east"];

fn opts(print: bool, size: Size, lanes: LaneMode, theme: &str) -> TimelineOptions {
    TimelineOptions {
        print,
        size,
        lanes,
        theme: Theme::by_name(theme).unwrap(),
        ..Default::default()
    }
}

fn texts(scene: &Scene) -> Vec<(&str, Option<&str>)> {
    scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some((text.as_str(), i.record.as_deref())),
            _ => None,
        })
        .collect()
}

/// Every dot or disc of one event that stands on another event's vertical line
/// (leader or connector) at another x: a mark that would read as taking part in
/// an event it has no part in. Marks at exactly a line's x are one cluster mark.
fn marks_on_other_lines(m: &Model, scene: &Scene) -> Vec<String> {
    let is_event = |r: Option<&str>| r.is_some_and(|r| m.events.iter().any(|e| e.id.as_str() == r));
    let lines: Vec<(f64, f64, f64, f64, &str)> = scene
        .items
        .iter()
        .filter(|i| is_event(i.record.as_deref()))
        .filter_map(|i| match i.shape {
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } if x1 == x2 => Some((
                x1,
                y1.min(y2),
                y1.max(y2),
                stroke.width,
                i.record.as_deref()?,
            )),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for item in scene.items.iter().filter(|i| i.role == Role::Mark) {
        let (Shape::Circle { cx, cy, r, .. }, Some(rec)) = (&item.shape, item.record.as_deref())
        else {
            continue;
        };
        if !is_event(Some(rec)) {
            continue;
        }
        for &(x, y0, y1, w, other) in &lines {
            if other != rec && x != *cx && (x - cx).abs() < r + w / 2.0 && (y0..=y1).contains(cy) {
                out.push(format!(
                    "{rec} at ({cx:.1}, {cy:.1}) stands on the line of {other}"
                ));
            }
        }
    }
    out
}

/// The number the subtitle gives before `one` or `many` ("1 team", "9 events"),
/// 0 when it names none.
fn counted(scene: &Scene, one: &str, many: &str) -> usize {
    texts(scene)[1]
        .0
        .split(" · ")
        .find_map(|part| {
            let (n, noun) = part.split_once(' ')?;
            (noun == one || noun == many).then(|| n.parse().ok())?
        })
        .unwrap_or(0)
}

/// The events that have a mark on a lane.
fn drawn_events(m: &Model, scene: &Scene) -> BTreeSet<String> {
    scene
        .items
        .iter()
        .filter(|i| i.role == Role::Mark)
        .filter_map(|i| i.record.as_deref())
        .filter(|r| m.events.iter().any(|e| e.id.as_str() == *r))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_crowded_week_is_one_cluster_mark_and_no_dot_stands_on_another_events_line() {
    let m = load(CROWD);
    let measure = FontMeasure::new();
    for print in [false, true] {
        for lanes in [
            LaneMode::Agency,
            LaneMode::Country,
            LaneMode::Kind,
            LaneMode::Team,
        ] {
            for (size, theme) in [
                (Size::Auto, "light"),
                (Size::parse("slide").unwrap(), "dark"),
            ] {
                let what = format!("print {print}, {lanes:?}, {size:?}");
                let scene = layout_timeline(&m, &measure, &opts(print, size, lanes, theme));
                assert_sound(&scene, &what);
                let wrong = marks_on_other_lines(&m, &scene);
                assert!(wrong.is_empty(), "{what}:\n{}", wrong.join("\n"));
                // The week's discs share one x, and each lane's disc says how many.
                let xs: BTreeSet<i64> = scene
                    .items
                    .iter()
                    .filter(|i| {
                        i.role == Role::Mark && WEEK.contains(&i.record.as_deref().unwrap_or(""))
                    })
                    .filter_map(|i| match i.shape {
                        Shape::Circle { cx, .. } => Some((cx * 100.0).round() as i64),
                        _ => None,
                    })
                    .collect();
                assert_eq!(xs.len(), 1, "{what}: the week is one mark: {xs:?}");
                let counts: Vec<usize> = texts(&scene)
                    .iter()
                    .zip(
                        scene
                            .items
                            .iter()
                            .filter(|i| matches!(i.shape, Shape::Text { .. })),
                    )
                    .filter(|(_, i)| i.role == Role::Decoration)
                    .filter_map(|((t, _), _)| t.parse().ok())
                    .collect();
                assert!(!counts.is_empty(), "{what}: no counts on the cluster");
                if lanes == LaneMode::Agency {
                    // French police took part in three of the six.
                    assert!(counts.contains(&3), "{what}: {counts:?}");
                }
            }
        }
    }
}

#[test]
fn on_paper_every_event_is_named_in_place_or_in_the_numbered_key_and_nothing_says_hover() {
    let measure = FontMeasure::new();
    let cases = [
        ("crowd", load(CROWD)),
        ("matrix", matrix()),
        ("generated", load(&dataset(30, 6, 120, 9))),
    ];
    for (name, m) in &cases {
        for lanes in [LaneMode::Agency, LaneMode::Team] {
            for size in [Size::Auto, Size::parse("slide").unwrap()] {
                let what = format!("{name} {lanes:?} {size:?}");
                let scene = layout_timeline(m, &measure, &opts(true, size, lanes, "light"));
                let t = texts(&scene);
                for (text, _) in &t {
                    assert!(!text.to_lowercase().contains("hover"), "{what}: {text:?}");
                }
                for ev in &m.events {
                    let id = ev.id.as_str();
                    let own: Vec<&str> = t
                        .iter()
                        .filter(|(_, r)| *r == Some(id))
                        .map(|(s, _)| *s)
                        .collect();
                    assert!(
                        own.join(" ").contains(&ev.name),
                        "{what}: {id} ({}) is not named: {own:?}",
                        ev.name
                    );
                }
                // A number tag in the band for each key entry: the numbers in
                // the small print (not the counts inside discs) come in pairs.
                let numbers: Vec<usize> = scene
                    .items
                    .iter()
                    .filter(|i| {
                        i.role == Role::Note
                            && m.events
                                .iter()
                                .any(|e| Some(e.id.as_str()) == i.record.as_deref())
                    })
                    .filter_map(|i| match &i.shape {
                        // Tags and key numbers: semibold small print, unlike
                        // dates (the key's is smaller in the tightest layouts).
                        Shape::Text {
                            text,
                            weight: Weight::Semibold,
                            size,
                            ..
                        } if *size == 15.0 || *size == 14.0 => text.parse().ok(),
                        _ => None,
                    })
                    .collect();
                // The crowded week is numbered in every layout of its case.
                assert!(
                    *name != "crowd" || !numbers.is_empty(),
                    "{what}: no numbers"
                );
                for n in numbers.iter().filter(|n| **n > 0) {
                    assert!(
                        numbers.iter().filter(|k| *k == n).count() >= 2,
                        "{what}: number {n} is not both on the picture and in the key"
                    );
                }
            }
        }
    }
    // The crowded week is numbered: its six events are one entry of the key.
    let m = load(CROWD);
    let scene = layout_timeline(
        &m,
        &measure,
        &opts(true, Size::Auto, LaneMode::Agency, "light"),
    );
    let t = texts(&scene);
    assert!(t.iter().any(|(s, _)| s.ends_with("— 6 events:")), "{t:?}");
    assert!(
        t.iter()
            .any(|(s, _)| *s == "3 Dec 2024 — Action day in Paris (FR, NL, EU)")
    );
    assert!(!render_svg(&scene).to_lowercase().contains("hover the"));
}

#[test]
fn an_event_without_participants_is_drawn_and_the_subtitle_counts_what_is_drawn() {
    let measure = FontMeasure::new();
    let cases = [
        ("crowd", load(CROWD)),
        ("generated", load(&dataset(20, 4, 60, 3))),
    ];
    for (name, m) in &cases {
        for lanes in [
            LaneMode::Agency,
            LaneMode::Country,
            LaneMode::Kind,
            LaneMode::Team,
        ] {
            for print in [false, true] {
                let what = format!("{name} {lanes:?} print {print}");
                let scene = layout_timeline(m, &measure, &opts(print, Size::Auto, lanes, "light"));
                let drawn = drawn_events(m, &scene);
                assert_eq!(drawn.len(), m.events.len(), "{what}: {drawn:?}");
                assert_eq!(counted(&scene, "event", "events"), drawn.len(), "{what}");
                let teams: BTreeSet<&str> = scene
                    .items
                    .iter()
                    .filter(|i| i.role == Role::Mark)
                    .filter_map(|i| i.record.as_deref())
                    .filter(|r| m.teams.iter().any(|t| t.id.as_str() == *r))
                    .collect();
                assert_eq!(counted(&scene, "team", "teams"), teams.len(), "{what}");
            }
        }
    }
    let m = load(CROWD);
    let scene = layout_timeline(
        &m,
        &measure,
        &opts(false, Size::Auto, LaneMode::Agency, "light"),
    );
    let anon = scene
        .items
        .iter()
        .find(|i| i.role == Role::Mark && i.record.as_deref() == Some("anon"))
        .expect("the unattributed event has a mark");
    assert_eq!(anon.lane.as_deref(), Some("(unattributed)"));
    assert!(
        texts(&scene)
            .iter()
            .any(|(s, _)| *s == "Participants not named")
    );
}

#[test]
fn the_storyline_and_network_count_only_what_they_draw_and_say_no_hover_on_paper() {
    let measure = FontMeasure::new();
    for (name, m) in [
        ("crowd", load(CROWD)),
        ("matrix", matrix()),
        ("generated", load(&dataset(60, 8, 200, 7))),
    ] {
        for print in [false, true] {
            let o = Options {
                print,
                ..Default::default()
            };
            let story = layout(view("storyline").unwrap(), &m, &o, &measure)
                .unwrap()
                .scene;
            let lines: BTreeSet<&str> = story
                .items
                .iter()
                .filter(|i| matches!(i.shape, Shape::Path { .. }))
                .filter_map(|i| i.record.as_deref())
                .collect();
            let subtitle = texts(&story)[1].0;
            let claimed: usize = subtitle.split(' ').next().unwrap().parse().unwrap();
            assert_eq!(claimed, lines.len(), "{name}: {subtitle}");
            if print {
                assert!(
                    !texts(&story)
                        .iter()
                        .any(|(s, _)| s.to_lowercase().contains("hover")),
                    "{name}"
                );
            }
            let net = layout(view("network").unwrap(), &m, &o, &measure)
                .unwrap()
                .scene;
            let nodes: BTreeSet<&str> = net
                .items
                .iter()
                .filter(|i| i.role == Role::Mark && matches!(i.shape, Shape::Circle { .. }))
                .filter_map(|i| i.record.as_deref())
                .collect();
            let links: BTreeSet<&str> = net
                .items
                .iter()
                .filter(|i| matches!(i.shape, Shape::Line { .. }))
                .filter_map(|i| i.record.as_deref())
                .filter(|r| r.contains("--"))
                .collect();
            let subtitle = texts(&net)[1].0;
            // "13 agencies · 1 team · 8 events · 29 links …" (affiliation) or
            // "13 nodes · 40 links" (agencies): the first count and the links'.
            let count = |part: &str| -> usize { part.split(' ').next().unwrap().parse().unwrap() };
            let parts: Vec<&str> = subtitle.split(" · ").collect();
            let linked = parts
                .iter()
                .find(|p| p.contains(" links"))
                .expect("a count of links");
            assert_eq!(
                [count(parts[0]), count(linked)],
                [nodes.len(), links.len()],
                "{name}: {subtitle}"
            );
            assert!(
                !texts(&net)
                    .iter()
                    .any(|(s, _)| s.to_lowercase().contains("hover")),
                "{name}"
            );
        }
    }
}

#[test]
fn the_binary_draws_a_fixed_size_for_paper_and_an_auto_size_for_the_screen() {
    // Five hundred events: far more unlabelled ones than a screen key lists.
    let dir = crate::common::scratch("print");
    std::fs::write(dir.join("case.yaml"), dataset(80, 20, 500, 5)).unwrap();
    let run = |args: &[&str]| {
        let out = crate::common::coopline_in(&dir, args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            crate::common::text(&out.stderr)
        );
    };
    run(&["render", "case.yaml", "-o", "screen.svg", "-q"]);
    run(&[
        "render",
        "case.yaml",
        "--size",
        "slide",
        "-o",
        "slide.svg",
        "-q",
    ]);
    // Eighty lines are more than 800x600 holds legibly: the storyline itself
    // is asked for, as well as the overview drawn by default.
    run(&[
        "render",
        "case.yaml",
        "--view",
        "storyline",
        "--size",
        "800x600",
        "--overview",
        "never",
        "-o",
        "story.svg",
        "-q",
    ]);
    run(&[
        "render",
        "case.yaml",
        "--view",
        "storyline",
        "--size",
        "800x600",
        "-o",
        "overview.svg",
        "-q",
    ]);
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    assert!(read("screen.svg").contains("hover the markers"));
    let slide = read("slide.svg");
    assert!(!slide.contains("hover the"), "a slide is not hovered");
    assert!(
        slide.lines().any(|l| l.trim_end().ends_with(" events:")),
        "clusters are listed in the key"
    );
    let story = read("story.svg");
    assert!(story.contains("left out for space.") && !story.contains("hover the"));
    let overview = read("overview.svg");
    assert!(overview.contains("Overview by country") && !overview.contains("hover"));
}
