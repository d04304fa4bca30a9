//! The overview of a large case: a timeline or storyline of more agencies than
//! lanes can show is a picture of counts per country, legible at every size,
//! whose numbers are the data's; detail stays one option away.

use std::collections::BTreeMap;

use crate::common::{load, measure};
use coopline::{Options, Overview, Role, Scene, Shape, Size, layout, view};

const SLIDE: Size = Size::Fixed {
    width: 1920.0,
    height: 1080.0,
};

/// "1,497" as a number.
fn number(s: &str) -> usize {
    s.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("{s:?} is not a count"))
}

/// What the picture says: each row's name and total (the count written
/// beside the name), the sum of its bins' tooltips, the events it says are
/// counted in no bin, and the countries a merged row stands for.
#[derive(Default, Debug)]
struct Said {
    total: usize,
    in_bins: usize,
    vague: usize,
    merged: Vec<String>,
}

fn read(scene: &Scene) -> BTreeMap<String, Said> {
    let mut rows: BTreeMap<String, Said> = BTreeMap::new();
    for item in &scene.items {
        let Some(tip) = item.tooltip.as_deref() else {
            continue;
        };
        match &item.shape {
            // The count beside a row's name; its tooltip opens with the name.
            Shape::Text {
                text,
                anchor: coopline::Anchor::End,
                ..
            } => {
                let (name, _) = tip.split_once(": ").expect("a row's tooltip names it");
                let row = rows.entry(name.to_string()).or_default();
                row.total = number(text);
                for line in tip.lines().skip(1) {
                    if line.contains("dated less precisely") {
                        row.vague = number(line.split(' ').next().unwrap());
                    }
                    if let Some(names) = line.strip_prefix("Countries in this row: ") {
                        row.merged = names.split(", ").map(str::to_string).collect();
                    }
                }
            }
            // A bin: "Germany, Mar 2021: 3 events".
            Shape::Rect { .. } if item.role == Role::Mark => {
                let (head, count) = tip.rsplit_once(": ").expect("a bin's tooltip counts");
                let (name, _) = head
                    .split_once(", ")
                    .expect("a bin's tooltip names its row");
                rows.entry(name.to_string()).or_default().in_bins +=
                    number(count.split(' ').next().unwrap());
            }
            _ => {}
        }
    }
    rows
}

fn sound(what: &str, laid: &coopline::Laid) -> Vec<String> {
    let s = &laid.scene;
    let mut problems = Vec::new();
    if !s.overlapping_labels().is_empty() {
        problems.push(format!(
            "{what}: {} labels overlap",
            s.overlapping_labels().len()
        ));
    }
    if !s.labels_over_marks().is_empty() {
        problems.push(format!(
            "{what}: {} labels over marks",
            s.labels_over_marks().len()
        ));
    }
    if !s.outside_canvas().is_empty() {
        problems.push(format!(
            "{what}: {} items off the canvas",
            s.outside_canvas().len()
        ));
    }
    if laid.smallest_text().is_none_or(|t| t < 13.0) {
        problems.push(format!("{what}: text of {:?} px", laid.smallest_text()));
    }
    problems
}

/// A generated case of 10,000 events: each view's overview reads at the
/// automatic size, on a slide and on a phone, stays a picture (not 48,000
/// px of lanes), and its rows' totals and bins count the data's events.
#[test]
fn the_overview_of_ten_thousand_events_is_legible_and_adds_up() {
    let model = load(&coopline::generate(1000, 100, 10_000, 1));
    let name_of = |a: &coopline::Agency| a.country.name().to_string();
    // Events per country, each once, from the data.
    let mut per_country: BTreeMap<String, usize> = BTreeMap::new();
    let mut countries_of_event = Vec::new();
    for e in &model.events {
        let mut names: Vec<String> = e.participants.iter().map(|a| name_of(&model[*a])).collect();
        names.sort();
        names.dedup();
        for n in &names {
            *per_country.entry(n.clone()).or_default() += 1;
        }
        countries_of_event.push(names);
    }
    let mut problems = Vec::new();
    for v in ["timeline", "storyline"] {
        for (size_name, size) in [
            ("auto", Size::Auto),
            ("slide", SLIDE),
            ("phone", Size::Column { width: 390.0 }),
        ] {
            let what = format!("{v} at {size_name}");
            let opts = Options {
                size,
                ..Options::default()
            };
            let laid = layout(view(v).unwrap(), &model, &opts, measure()).unwrap();
            problems.extend(sound(&what, &laid));
            assert!(
                laid.scene.height <= 4000.0,
                "{what}: a {} px tall picture is no overview",
                laid.scene.height
            );
            let rows = read(&laid.scene);
            let all = &rows["All events"];
            assert_eq!(all.total, model.events.len(), "{what}: all events");
            assert_eq!(
                all.in_bins + all.vague,
                all.total,
                "{what}: all events' bins"
            );
            assert_eq!(
                rows["Teams at work"].total,
                model.teams.len(),
                "{what}: teams"
            );
            let mut countries_drawn = 0;
            for (name, said) in &rows {
                if name == "All events" || name == "Teams at work" {
                    continue;
                }
                let expect = if said.merged.is_empty() {
                    countries_drawn += 1;
                    per_country.get(name).copied().unwrap_or(0)
                } else {
                    countries_drawn += said.merged.len();
                    countries_of_event
                        .iter()
                        .filter(|cs| cs.iter().any(|c| said.merged.contains(c)))
                        .count()
                };
                assert_eq!(said.total, expect, "{what}: the row of {name}");
                assert_eq!(
                    said.in_bins + said.vague,
                    said.total,
                    "{what}: {name}'s bins"
                );
            }
            assert_eq!(
                countries_drawn,
                per_country.len(),
                "{what}: every country has a row"
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A few more agencies than lanes fit: an overview by default, every agency
/// when the reader asks for it, chooses the lanes, or reads a web page.
#[test]
fn detail_is_one_option_away() {
    let model = load(&coopline::generate(150, 10, 400, 3));
    let timeline = view("timeline").unwrap();
    let is_overview = |opts: &Options| {
        let laid = layout(timeline, &model, opts, measure()).unwrap();
        laid.scene
            .items
            .iter()
            .any(|i| matches!(&i.shape, Shape::Text { text, .. } if text == "All events"))
    };
    assert!(is_overview(&Options::default()));
    assert!(!is_overview(&Options {
        overview: Overview::Never,
        ..Options::default()
    }));
    assert!(!is_overview(&Options {
        lanes: Some(coopline::LaneMode::Agency),
        ..Options::default()
    }));
    assert!(!is_overview(&Options {
        page: true,
        ..Options::default()
    }));
    assert!(!is_overview(&Options {
        focus: Some(model.agencies[0].id.to_string()),
        ..Options::default()
    }));
    // A small case is drawn in detail unless the overview is asked for.
    let small = crate::common::matrix();
    let laid = layout(timeline, &small, &Options::default(), measure()).unwrap();
    assert!(!laid.scene.items.iter().any(|i| {
        i.tooltip
            .as_deref()
            .is_some_and(|t| t.starts_with("All events"))
    }));
    let always = Options {
        overview: Overview::Always,
        ..Options::default()
    };
    let laid = layout(timeline, &small, &always, measure()).unwrap();
    assert!(sound("Matrix overview", &laid).is_empty());
    assert_eq!(read(&laid.scene)["All events"].total, small.events.len());
}

/// A step-by-step build of an overview reveals the bins in time order.
#[test]
fn an_overview_builds_up_over_time() {
    let model = load(&coopline::generate(150, 10, 400, 3));
    let opts = Options {
        steps: true,
        ..Options::default()
    };
    let laid = layout(view("timeline").unwrap(), &model, &opts, measure()).unwrap();
    let s = &laid.scene;
    assert!(s.steps() > 10, "{} steps", s.steps());
    let first = s.frame(1);
    let bins = |sc: &Scene| {
        sc.items
            .iter()
            .filter(|i| i.role == Role::Mark && i.step.is_some())
            .count()
    };
    assert!(bins(&first) < bins(s) / 5);
}
