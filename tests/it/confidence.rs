//! Confidence and grades: how sure a record is follows from the author or from
//! the grades of its citations, every view draws the uncertain distinctly and
//! says so in its legend, and `--min-confidence` leaves out what is below.

use crate::common;
use common::load;

use coopline::{Confidence, FontMeasure, Options, Scene, Shape, layout, view};

const CASE: &str = "title: Graded
sources:
  - {id: press, title: Press release, publisher: Europol, date: 2024-12-03}
  - {id: blog, title: Blog post, publisher: Somebody, date: 2024-12-05}
agencies:
  - {id: fr-pol, name: Police A, country: FR, kind: police, sources: [press]}
  - {id: nl-pol, name: Police B, country: NL, kind: police, confidence: low, sources: [blog]}
  - {id: nl-om, name: Prosecutor C, country: NL, kind: prosecution, sources: [press]}
teams:
  - {id: jit, name: JIT T, kind: jit, start: 2024-01, end: 2024-12-20, members: [fr-pol, nl-pol, nl-om], sources: [{id: press, grade: A1}]}
events:
  - {id: arrests, name: Arrests in Lyon, date: 2024-09-03, participants: [fr-pol, nl-om], sources: [{id: blog, grade: D4}]}
  - {id: seizure, name: Seizure, date: 2024-12-04, participants: [fr-pol, nl-om], confidence: medium, sources: [{id: blog, grade: E5}]}
  - {id: raid, name: Raid, date: 2024-06, participants: [fr-pol, nl-om], sources: [press]}
";

/// The records drawn hatched, each once.
fn hatched(scene: &Scene) -> Vec<String> {
    let mut out: Vec<String> = scene
        .items
        .iter()
        .filter(|i| i.is_hatched_mark())
        .filter_map(|i| i.record.as_deref().map(str::to_string))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn texts(scene: &Scene) -> String {
    scene
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some(text.to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn draw(name: &str, yaml: &str) -> Scene {
    layout(
        view(name).unwrap(),
        &load(yaml),
        &Options::default(),
        &FontMeasure::new(),
    )
    .unwrap()
    .scene
}

#[test]
fn the_author_states_confidence_else_the_best_grade_gives_it() {
    let m = load(CASE);
    let of = |id: &str| {
        let e = m.events.iter().find(|e| e.id.as_str() == id).unwrap();
        (e.assurance.confidence, e.assurance.from_grades)
    };
    assert_eq!(of("arrests"), (Some(Confidence::Low), true));
    assert_eq!(of("seizure"), (Some(Confidence::Medium), false));
    assert_eq!(of("raid"), (None, false));
    assert_eq!(m.teams[0].assurance.confidence, Some(Confidence::High));
    assert_eq!(m.agencies[1].assurance.confidence, Some(Confidence::Low));
}

#[test]
fn every_view_draws_the_uncertain_distinctly_and_says_so_in_its_legend() {
    // Timeline: the low event, and the low agency's bar in the team's colour.
    let t = draw("timeline", CASE);
    assert_eq!(hatched(&t), ["arrests", "jit"], "timeline");
    assert!(
        texts(&t).contains("Hatched: low confidence"),
        "timeline legend"
    );
    // Storyline: the event's band hatched, the agency's line dashed.
    let s = draw("storyline", CASE);
    assert_eq!(hatched(&s), ["arrests"], "storyline");
    let dashed: Vec<&str> = s
        .items
        .iter()
        .filter(|i| matches!(&i.shape, Shape::Path { stroke, .. } if stroke.dash.is_some()))
        .filter_map(|i| i.record.as_deref())
        .collect();
    assert_eq!(dashed, ["nl-pol"], "storyline lines");
    assert!(texts(&s).contains("low confidence"), "storyline legend");
    // Network: the agency's node.
    let n = draw("network", CASE);
    assert_eq!(hatched(&n), ["nl-pol"], "network");
    assert!(texts(&n).contains("low confidence"), "network legend");
    // Nothing uncertain: nothing hatched, and no legend entry.
    let sure = CASE
        .replace("confidence: low, ", "")
        .replace("grade: D4", "grade: B2")
        .replace("grade: E5", "grade: B2");
    for name in ["timeline", "storyline", "network"] {
        let scene = draw(name, &sure);
        assert!(hatched(&scene).is_empty(), "{name}");
        assert!(!texts(&scene).contains("low confidence"), "{name}");
    }
}

#[test]
fn hover_text_gives_each_grade_and_the_confidence() {
    let t = draw("timeline", CASE);
    let tip = t
        .items
        .iter()
        .find(|i| i.record.as_deref() == Some("arrests") && i.tooltip.is_some())
        .and_then(|i| i.tooltip.as_deref())
        .unwrap()
        .to_string();
    assert!(tip.contains("Blog post (graded D4)"), "{tip}");
    assert!(
        tip.contains("Confidence: low (from the sources' grades)"),
        "{tip}"
    );
    let svg = coopline::render_svg(&t);
    assert!(svg.contains("<pattern "), "the hatching is defined once");
}

#[test]
fn min_confidence_leaves_out_what_is_below_and_says_how_many() {
    let dir = common::scratch("min-confidence");
    let case = dir.join("graded.yaml");
    std::fs::write(&case, CASE).unwrap();
    let out = common::coopline(&[
        "check",
        case.to_str().unwrap(),
        "--min-confidence",
        "medium",
    ]);
    let said = common::text(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(
            "--min-confidence medium leaves out 1 agency and 1 event below medium confidence"
        ),
        "{said}"
    );
    assert!(
        said.contains("agencies: nl-pol") && said.contains("events: arrests"),
        "{said}"
    );
    let svg = dir.join("t.svg");
    let out = common::coopline(&[
        "render",
        case.to_str().unwrap(),
        "--min-confidence",
        "medium",
        "-o",
        svg.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    assert!(
        common::text(&out.stderr).contains("left out 1 agency and 1 event below medium confidence"),
        "{}",
        common::text(&out.stderr)
    );
    let drawn = std::fs::read_to_string(&svg).unwrap();
    assert!(!drawn.contains("data-record=\"arrests\""));
    assert!(!drawn.contains("Police B"));
    assert!(drawn.contains("data-record=\"seizure\""));
    let bad = common::coopline(&["check", case.to_str().unwrap(), "--min-confidence", "sure"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(common::text(&bad.stderr).contains("levels: high, medium, low"));
}

#[test]
fn the_sources_report_gives_the_grade_each_record_gives_its_source() {
    let report = coopline::sources_report(&load(CASE));
    assert!(
        report.contains("  events: arrests (D4), seizure (E5)"),
        "{report}"
    );
    assert!(report.contains("  teams: jit (A1)"), "{report}");
}

/// The bundled cases are built from researched facts graded H or M: every
/// record says which, and none is drawn as uncertain.
#[test]
fn every_bundled_record_states_the_confidence_of_its_facts() {
    for (name, yaml) in coopline::BUNDLED {
        let m = load(yaml);
        let stated = m
            .agencies
            .iter()
            .filter(|a| !a.implicit)
            .map(|a| (&a.id, &a.assurance))
            .chain(m.teams.iter().map(|t| (&t.id, &t.assurance)))
            .chain(m.events.iter().map(|e| (&e.id, &e.assurance)))
            .chain(m.context.iter().map(|c| (&c.id, &c.assurance)));
        for (id, sure) in stated {
            assert!(
                matches!(sure.confidence, Some(Confidence::High | Confidence::Medium))
                    && !sure.from_grades,
                "{name}: `{id}` states no high or medium confidence"
            );
        }
    }
}

#[test]
fn timelinejs_slides_give_grades_and_confidence() {
    let dir = common::scratch("graded-timelinejs");
    let case = dir.join("graded.yaml");
    std::fs::write(&case, CASE).unwrap();
    let out = common::coopline(&["export", case.to_str().unwrap(), "--format", "timelinejs"]);
    let json = common::text(&out.stdout);
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    assert!(
        json.contains("graded D4: not usually reliable, doubtful"),
        "{json}"
    );
    assert!(
        json.contains("Confidence:</strong> low (from the sources' grades)"),
        "{json}"
    );
}
