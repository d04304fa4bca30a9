//! The timeline down a phone's column (issue 20): time runs down the page on
//! every bundled case, the generated cases and a crowded day after a long
//! quiet gap; names at 16 px, small print at 13 or more, tap targets 44 px
//! tall; every mark carries its record and hover text; `--orient` forces
//! either form, and across a phone draws the lanes it always did.

use std::collections::BTreeMap;

use crate::common::{self, load, load_named, matrix, measure};
use crate::timeline::assert_sound;

use coopline::{
    Options, Orient, Paint, PartialDate, Rect, Role, Scene, Shape, Size, Theme, layout, view,
};

const PHONE: Size = Size::Column { width: 390.0 };

/// A task force in 2015, then nothing for eight years, then fourteen events
/// on one day (in as many countries as a generated action day), two the day
/// after, and one known only to the month.
fn crowded_day() -> String {
    let countries = [
        "NL", "FR", "DE", "BE", "ES", "IT", "PT", "PL", "RO", "BG", "SE", "FI", "AT", "CZ",
    ];
    let mut y = String::from("title: One crowded day\nagencies:\n");
    y += "  - {id: europol, name: Europol, country: EU, kind: eu-agency}\n";
    for c in countries {
        let l = c.to_lowercase();
        y += &format!("  - {{id: {l}, name: Police {c}, country: {c}, kind: police}}\n");
    }
    y += "teams:\n  - {id: tf, name: Early task force, kind: otf, start: 2015-02, end: 2016-01-20, members: [nl, fr, de]}\n";
    y +=
        "events:\n  - {id: first, name: First meeting, date: 2015-03-02, participants: [nl, fr]}\n";
    for (i, c) in countries.iter().enumerate() {
        let l = c.to_lowercase();
        y += &format!(
            "  - {{id: raid-{i}, name: Searches and arrests by the police of {c} on the action day, date: 2024-06-04, participants: [europol, {l}]}}\n"
        );
    }
    y += "  - {id: after-1, name: Debrief, date: 2024-06-05, participants: [europol, nl]}\n";
    y += "  - {id: after-2, name: Press conference, date: 2024-06-05, participants: [europol]}\n";
    y += "  - {id: month, name: Extraditions, date: 2024-07, participants: [es, nl]}\n";
    y
}

/// Every case the column is checked on.
fn cases() -> Vec<(String, coopline::Model)> {
    let mut out: Vec<(String, coopline::Model)> = coopline::BUNDLED
        .iter()
        .map(|(name, yaml)| (name.to_string(), load_named(name, yaml)))
        .collect();
    out.push((
        "generated-30 with a 20-country action day".into(),
        load(&coopline::generate_with(30, 4, 40, 3, 20)),
    ));
    out.push((
        "generated-40".into(),
        load(&coopline::generate(40, 4, 40, 3)),
    ));
    out.push(("crowded day".into(), load(&crowded_day())));
    out
}

fn down(model: &coopline::Model, opts: Options) -> coopline::Laid {
    layout(view("timeline").unwrap(), model, &opts, measure()).unwrap()
}

/// The invisible target a block is tapped on: the one item of a block with
/// a fully transparent fill.
fn targets(s: &Scene) -> Vec<(&str, Rect)> {
    s.items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Rect {
                rect,
                fill: Paint::Solid(_, a),
                ..
            } if *a == 0.0 => Some((i.record.as_deref()?, *rect)),
            _ => None,
        })
        .collect()
}

/// The top of each event's name, by event id.
fn name_tops<'a>(s: &'a Scene, model: &coopline::Model) -> BTreeMap<&'a str, f64> {
    let mut out = BTreeMap::new();
    for i in &s.items {
        if let (Shape::Text { bbox, .. }, Some(r)) = (&i.shape, i.record.as_deref())
            && i.role == Role::Label
            && model.event(r).is_some()
        {
            let top = out.entry(r).or_insert(bbox.y);
            *top = top.min(bbox.y);
        }
    }
    out
}

/// What a phone's column must hold to beyond the scene checks: the width
/// asked for, unscaled; names at 16 px or more and small print at 13 or more;
/// every event shown as a block with its name, on a target 44 px or more
/// tall; no two targets overlapping.
pub(crate) fn phone_problems(
    what: &str,
    laid: &coopline::Laid,
    model: &coopline::Model,
) -> Vec<String> {
    let s = &laid.scene;
    let mut out = Vec::new();
    if s.width != 390.0 || laid.scaled.is_some() {
        out.push(format!(
            "{what}: {} wide, scaled {:?}",
            s.width, laid.scaled
        ));
    }
    for i in &s.items {
        if let Shape::Text { size, text, .. } = &i.shape {
            let least = if i.role == Role::Label { 16.0 } else { 13.0 };
            if *size < least && !text.is_empty() {
                out.push(format!("{what}: {text:?} at {size} px, under {least}"));
            }
        }
    }
    let targets = targets(s);
    for (r, t) in &targets {
        if t.h < 44.0 {
            out.push(format!("{what}: {r}'s target is {:.0} px tall", t.h));
        }
    }
    for (k, (a, ra)) in targets.iter().enumerate() {
        for (b, rb) in &targets[k + 1..] {
            if ra.overlaps(rb) {
                out.push(format!("{what}: {a} and {b} overlap"));
            }
        }
    }
    let named = name_tops(s, model);
    for e in &model.events {
        let id = e.id.as_str();
        if !named.contains_key(id) || !targets.iter().any(|(r, _)| *r == id) {
            out.push(format!("{what}: {id} has no block"));
        }
    }
    out
}

#[test]
fn every_case_reads_down_a_phone_in_every_theme() {
    let mut problems = Vec::new();
    for (name, model) in cases() {
        for theme in Theme::NAMES {
            let laid = down(
                &model,
                Options {
                    size: PHONE,
                    theme: Theme::by_name(theme).unwrap(),
                    print: true,
                    ..Default::default()
                },
            );
            let what = format!("{name} ({theme})");
            assert_sound(&laid.scene, &what);
            problems.extend(phone_problems(&what, &laid, &model));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// An event's name is lower on the page than every earlier event's, and
/// events of one day are listed one under another.
#[test]
fn time_runs_down_the_page() {
    for (name, model) in cases() {
        let laid = down(
            &model,
            Options {
                size: PHONE,
                ..Default::default()
            },
        );
        let tops = name_tops(&laid.scene, &model);
        let mut events: Vec<(chrono::NaiveDate, chrono::NaiveDate, f64, &str)> = model
            .events
            .iter()
            .map(|e| {
                let p = e.period();
                let end = p.end.unwrap_or(p.start).last_day();
                (p.start.first_day(), end, tops[e.id.as_str()], e.id.as_str())
            })
            .collect();
        events.sort_by_key(|a| (a.0, a.1));
        for w in events.windows(2) {
            let ((d0, _, y0, a), (d1, _, y1, b)) = (w[0], w[1]);
            assert!(
                y0 < y1,
                "{name}: {a} ({d0}) at {y0:.0}, {b} ({d1}) at {y1:.0}"
            );
        }
    }
    // The fourteen raids of one day, each below the one before, their
    // targets apart; the next day below them all.
    let model = load(&crowded_day());
    let laid = down(
        &model,
        Options {
            size: PHONE,
            ..Default::default()
        },
    );
    let targets = targets(&laid.scene);
    let raid = |i: usize| {
        let id = format!("raid-{i}");
        targets.iter().find(|(r, _)| *r == id).unwrap().1
    };
    for i in 1..14 {
        assert!(
            raid(i).y >= raid(i - 1).bottom(),
            "raid-{i} not below raid-{}",
            i - 1
        );
    }
    let debrief = targets.iter().find(|(r, _)| *r == "after-1").unwrap().1;
    assert!(debrief.y >= raid(13).bottom());
    // Eight quiet years are compressed behind a break, and the legend says so.
    let texts: Vec<&str> = laid
        .scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        texts.iter().any(|t| t.starts_with("Time axis broken:")),
        "{texts:?}"
    );
    let first = targets.iter().find(|(r, _)| *r == "first").unwrap().1;
    assert!(
        raid(0).y - first.bottom() < 400.0,
        "eight quiet years take {:.0} px",
        raid(0).y - first.bottom()
    );
}

/// Dates are written as precisely as the data has them, team bars run down
/// the gutter over their dates, and every mark says what it is: the same
/// records and hover texts as across.
#[test]
fn blocks_say_their_dates_as_written_and_marks_carry_their_records() {
    let m = matrix();
    let laid = down(
        &m,
        Options {
            size: PHONE,
            ..Default::default()
        },
    );
    let s = &laid.scene;
    let texts: Vec<&str> = s
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for date in [
        "Jul 2021",
        "2022",
        "c. Sep 2024 – 3 Dec 2024",
        "3 Dec 2024",
        "31 Jan 2025",
    ] {
        assert!(texts.contains(&date), "{date} not written in {texts:?}");
    }
    assert!(
        texts.iter().any(|t| t.starts_with("by 3 Dec 2024")),
        "{texts:?}"
    );
    // Each event's and team's items carry its record and the hover text the
    // timeline across gives it.
    let across = down(
        &m,
        Options {
            orient: Some(Orient::Across),
            ..Default::default()
        },
    );
    for id in ["action-day", "phone-found", "live-interception"] {
        let tip = |s: &Scene| {
            s.items
                .iter()
                .find(|i| i.record.as_deref() == Some(id) && i.role == Role::Mark)
                .and_then(|i| i.tooltip.clone())
                .unwrap_or_else(|| panic!("no mark for {id}"))
        };
        assert_eq!(tip(s), tip(&across.scene), "{id}");
    }
    assert!(
        tip_has(s, "action-day", "Outcomes: "),
        "outcomes in the hover text"
    );
    // A team's bar runs down, taller than wide, in the team's colour.
    let colors = coopline::Colors::new(&m, &Theme::by_name("light").unwrap());
    let otf = m.team("otf-matrix").unwrap();
    let bar = s
        .items
        .iter()
        .filter(|i| i.record.as_deref() == Some("otf-matrix") && i.role == Role::Mark)
        .filter_map(|i| match &i.shape {
            Shape::Rect {
                rect,
                fill: Paint::Solid(c, _),
                ..
            } if *c == colors.team(otf) => Some(*rect),
            _ => None,
        })
        .fold(None::<Rect>, |acc, r| {
            Some(acc.map_or(r, |a| {
                let (top, bottom) = (a.y.min(r.y), a.bottom().max(r.bottom()));
                Rect::new(a.x.min(r.x), top, a.w.max(r.w), bottom - top)
            }))
        })
        .expect("a bar for the task force");
    assert!(bar.h > 10.0 * bar.w, "{bar:?}");
}

fn tip_has(s: &Scene, id: &str, words: &str) -> bool {
    s.items.iter().any(|i| {
        i.record.as_deref() == Some(id) && i.tooltip.as_deref().is_some_and(|t| t.contains(words))
    })
}

/// A build shows one date's events at a time, in date order; focus dims
/// the others; a window shows only what falls in it.
#[test]
fn steps_focus_and_windows_work_down_the_column() {
    let m = matrix();
    let steps = down(
        &m,
        Options {
            size: PHONE,
            steps: true,
            ..Default::default()
        },
    )
    .scene;
    assert!(steps.steps() >= 5, "{} steps", steps.steps());
    let step_of = |id: &str| {
        steps
            .items
            .iter()
            .find(|i| i.record.as_deref() == Some(id))
            .and_then(|i| i.step)
            .unwrap_or_else(|| panic!("{id} has no step"))
    };
    assert_eq!(step_of("phone-found"), 1);
    assert!(step_of("phone-found") < step_of("action-day"));
    assert!(step_of("action-day") < step_of("surrender-nl-suspect"));
    assert!(step_of("otf-matrix") <= step_of("live-interception"));
    let first = steps.frame(1);
    assert!(
        first
            .items
            .iter()
            .all(|i| i.record.as_deref() != Some("action-day"))
    );

    let focus = down(
        &m,
        Options {
            size: PHONE,
            focus: Some("fr-ofac".into()),
            ..Default::default()
        },
    )
    .scene;
    assert_sound(&focus, "matrix down, focus on OFAC");
    let dimmed = |id: &str| {
        focus
            .items
            .iter()
            .filter(|i| i.record.as_deref() == Some(id) && i.role == Role::Mark)
            .all(|i| i.opacity < 1.0)
    };
    assert!(dimmed("surrender-nl-suspect"));
    assert!(!dimmed("action-day"));

    let window = down(
        &m,
        Options {
            size: PHONE,
            from: Some(PartialDate::parse("2024-06").unwrap()),
            ..Default::default()
        },
    )
    .scene;
    assert_sound(&window, "matrix down from June 2024");
    let has = |id: &str| window.items.iter().any(|i| i.record.as_deref() == Some(id));
    assert!(!has("phone-found") && !has("junalco-takes-case"));
    assert!(has("action-day") && has("otf-matrix"));
}

/// `--orient` is the timeline's: down at any size, across on a phone as it
/// always was (names above the lanes), and refused by the other views.
#[test]
fn the_orient_option_forces_either_form_and_is_the_timelines_alone() {
    let svg = |args: &[&str]| {
        let mut all = vec!["render", "data/matrix.yaml", "-o", "-"];
        all.extend(args);
        let out = common::coopline(&all);
        assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
        common::text(&out.stdout)
    };
    let phone = svg(&["--size", "phone"]);
    let down_flag = svg(&["--size", "phone", "--orient", "down"]);
    let across = svg(&["--size", "phone", "--orient", "across"]);
    assert_eq!(phone, down_flag, "down is the phone's default");
    assert_ne!(phone, across);
    // Across, the lanes are named; down, there are none.
    for lane in ["Politie LOI", "JUNALCO J3"] {
        assert!(across.contains(&format!(">\n{lane}\n<")), "{lane}");
        assert!(!phone.contains(&format!(">\n{lane}\n<")), "{lane}");
    }
    assert!(phone.contains("data-record=\"action-day\""));
    assert!(phone.contains("<title>Action day against Matrix"));
    // Down at the default size: a reading column, not 1920 px.
    let auto = svg(&["--orient", "down"]);
    assert!(auto.contains("width=\"640\""), "{}", &auto[..300]);
    for other in ["storyline", "network", "map"] {
        let out = common::coopline(&[
            "render",
            "data/matrix.yaml",
            "--view",
            other,
            "--orient",
            "down",
            "-o",
            "-",
        ]);
        assert_eq!(out.status.code(), Some(2), "{other}");
        let err = common::text(&out.stderr);
        assert!(
            err.contains(&format!(
                "--orient does not apply to the {other} view; it applies to the timeline view"
            )),
            "{err}"
        );
    }
}

/// A window that opens after everything but a team with no end date (found
/// by fuzzing: the column's axis ran backwards and a bar's clamp panicked).
#[test]
fn a_window_after_the_data_with_an_open_team_is_drawn() {
    let model = crate::common::load(
        "agencies:
  - {id: a, name: A, country: NL, kind: police}
  - {id: b, name: B, country: FR, kind: police}
teams:
  - {id: t, name: Team, kind: jit, start: 2020-01, members: [a, b]}
events:
  - {id: e, name: E, date: 2021-03-04, participants: [a, b]}
",
    );
    for orient in [coopline::Orient::Down, coopline::Orient::Across] {
        for (from, to) in [("~2034", None), ("2034", None), ("2019", Some("2010"))] {
            let opts = coopline::Options {
                size: coopline::Size::parse("portrait").unwrap(),
                orient: Some(orient),
                from: Some(coopline::PartialDate::parse(from).unwrap()),
                to: to.map(|t| coopline::PartialDate::parse(t).unwrap()),
                ..coopline::Options::default()
            };
            let laid = coopline::layout(
                coopline::view("timeline").unwrap(),
                &model,
                &opts,
                crate::common::measure(),
            )
            .unwrap();
            let s = &laid.scene;
            assert!(
                s.outside_canvas().is_empty() && s.overlapping_labels().is_empty(),
                "{orient:?} from {from} to {to:?}"
            );
        }
    }
}
