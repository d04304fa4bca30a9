//! The TimelineJS export: what a reader of the published timeline sees. One
//! slide per dated record and a title slide, dates no more precise than the
//! data, worded when approximate or "by then", groups, and dataset text that
//! stays text. scripts/check-timelinejs.sh loads the same output into
//! TimelineJS itself; these tests hold the JSON to the data.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{coopline, load, load_named, matrix, scratch, text};
use coopline::{ExportFormat, Grouping, Model, PartialDate, build_graph_in, export, timelinejs};

fn doc(model: &Model, by: Grouping) -> Value {
    serde_json::from_str(&timelinejs(model, None, None, by)).expect("TimelineJS JSON parses")
}

fn slides(doc: &Value) -> &Vec<Value> {
    doc["events"].as_array().expect("an events array")
}

fn slide<'a>(doc: &'a Value, id: &str) -> &'a Value {
    slides(doc)
        .iter()
        .find(|s| s["unique_id"] == id)
        .unwrap_or_else(|| panic!("no slide {id}"))
}

/// Text escaped once, as TimelineJS shows HTML: `&lt;` reads `<`.
fn shown(s: &str) -> String {
    s.replace("&#10;", "\n")
        .replace("&#13;", "\r")
        .replace("&#9;", "\t")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn read(path: &str) -> Model {
    let yaml = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    load_named(path, &yaml)
}

#[test]
fn the_matrix_case_has_a_title_slide_and_one_slide_per_event_and_team() {
    let m = matrix();
    let d = doc(&m, Grouping::Agency);
    assert_eq!(m.context.len(), 0, "the Matrix case has no context records");
    assert_eq!(slides(&d).len(), m.events.len() + m.teams.len());
    assert_eq!(
        shown(d["title"]["text"]["headline"].as_str().unwrap()),
        m.title.clone().unwrap()
    );
    let description = d["title"]["text"]["text"].as_str().unwrap();
    assert!(description.contains("took it down on 3 December 2024"));
    // Ids come from the records' own, so a slide can be linked to and found again.
    let ids: BTreeSet<String> = slides(&d)
        .iter()
        .map(|s| s["unique_id"].as_str().unwrap().to_string())
        .collect();
    let expected: BTreeSet<String> = (m.events.iter().map(|e| format!("event-{}", e.id)))
        .chain(m.teams.iter().map(|t| format!("team-{}", t.id)))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(d["title"]["unique_id"], "title");
}

#[test]
fn dates_are_as_precise_as_the_data_and_never_more() {
    let d = doc(&matrix(), Grouping::Agency);
    // `date: "2022"`: a year, with no month or day made up.
    let year = &slide(&d, "event-junalco-takes-case")["start_date"];
    assert_eq!(year, &serde_json::json!({"year": "2022"}));
    // `date: 2021-07`: a month, no day.
    let month = &slide(&d, "event-phone-found")["start_date"];
    assert_eq!(month, &serde_json::json!({"year": "2021", "month": "7"}));
    let day = slide(&d, "event-action-day");
    assert_eq!(
        day["start_date"],
        serde_json::json!({"year": "2024", "month": "12", "day": "3"})
    );
    assert!(day.get("end_date").is_none(), "a single day is no span");
    assert!(
        day.get("display_date").is_none(),
        "a stated date is TimelineJS's to word"
    );
}

#[test]
fn approximate_and_on_or_before_dates_say_so_in_words() {
    let m = matrix();
    let d = doc(&m, Grouping::Agency);
    // `start: "~2024-09"`, `end: 2024-12-03`: a span from about September.
    let approximate = slide(&d, "event-live-interception");
    assert_eq!(
        approximate["start_date"],
        serde_json::json!({"year": "2024", "month": "9"})
    );
    assert_eq!(
        approximate["end_date"],
        serde_json::json!({"year": "2024", "month": "12", "day": "3"})
    );
    assert_eq!(approximate["display_date"], "c. Sep 2024 – 3 Dec 2024");
    // The words are the ones every picture uses for the same dates.
    let ev = &m.events[m.event("live-interception").unwrap().0];
    assert_eq!(approximate["display_date"], ev.period().human());
    // `start: "..2024-12-03"` and no end: a team known only to exist by then.
    let by_then = slide(&d, "team-jit-matrix");
    assert_eq!(by_then["display_date"], "by 3 Dec 2024 – no end date");
    assert!(by_then.get("end_date").is_none(), "no end is made up");
    // A team set up in a stated month that has not ended: said in words too.
    assert_eq!(
        slide(&d, "team-otf-matrix")["display_date"],
        "Jun 2024 – no end date"
    );
}

#[test]
fn groups_follow_by_team_country_or_kind() {
    let m = matrix();
    let group = |by, id: &str| shown(&shown(slide(&doc(&m, by), id)["group"].as_str().unwrap()));
    let jit = "Joint investigation team Matrix (FR–NL)";
    // By team (the default): an event in its first team's group, a team in its own.
    assert_eq!(group(Grouping::Agency, "event-action-day"), jit);
    assert_eq!(group(Grouping::Agency, "team-jit-matrix"), jit);
    assert_eq!(group(Grouping::Agency, "event-phone-found"), "Other events");
    // By country: the first participant that belongs to a country, even when
    // an EU body is listed first (the task force's set-up lists Europol first).
    assert_eq!(group(Grouping::Country, "event-otf-set-up"), "Netherlands");
    assert_eq!(
        group(Grouping::Country, "event-junalco-takes-case"),
        "France"
    );
    assert_eq!(group(Grouping::Country, "team-jit-matrix"), "France");
    // By kind: the record's own kind.
    assert_eq!(group(Grouping::Kind, "event-action-day"), "Action day");
    assert_eq!(
        group(Grouping::Kind, "team-jit-matrix"),
        "Joint investigation team"
    );
}

#[test]
fn context_records_are_slides_of_their_own_group() {
    let m = read("data/legal-framework.yaml");
    let d = doc(&m, Grouping::Agency);
    assert_eq!(
        slides(&d).len(),
        m.context.len() + m.events.len() + m.teams.len()
    );
    let c = &m.context[0];
    let s = slide(&d, &format!("context-{}", c.id));
    assert_eq!(s["group"], "Context");
    assert_eq!(shown(s["text"]["headline"].as_str().unwrap()), c.name);
    let by_kind = doc(&m, Grouping::Kind);
    assert_eq!(
        slide(&by_kind, &format!("context-{}", c.id))["group"],
        "Convention"
    );
}

#[test]
fn the_text_names_participants_outcomes_notes_and_linked_sources() {
    let m = matrix();
    let d = doc(&m, Grouping::Agency);
    let t = slide(&d, "event-action-day")["text"]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(t.contains("<strong>Participants:</strong> <bdi>Netherlands Police – National Investigations and Interventions Unit</bdi> (Netherlands); "), "{t}");
    // Outcomes as people read them, each with its unit.
    assert!(
        t.contains("<strong>Outcomes:</strong> <bdi>arrests: 3</bdi>; <bdi>searches: 13</bdi>; <bdi>cash: EUR 145,000</bdi>; <bdi>crypto: EUR 500,000</bdi>;"),
        "{t}"
    );
    assert!(t.contains("Reported as Operation Passionflower."), "{t}");
    let source = &m.sources[m.events[m.event("action-day").unwrap().0].sources[0].0];
    let link = format!(
        "<bdi>Europol</bdi>, 3 Dec 2024: <a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\"><bdi>{}</bdi></a>",
        source.url.as_deref().unwrap(),
        source.title
    );
    assert!(t.contains(&link), "{t}");
    let team = slide(&d, "team-otf-matrix")["text"]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(team.starts_with("<p><em><bdi>Europol operational task force</bdi></em>, hosted by <bdi>European Union Agency for Law Enforcement Cooperation</bdi> (European Union)</p><p><strong>Members:</strong> "), "{team}");
    // The authorities the sources name only by their country are said to be so.
    assert!(
        team.contains("<bdi>Authorities of Lithuania</bdi> (not named in the sources); <bdi>Authorities of Italy</bdi> (not named in the sources)"),
        "{team}"
    );
    assert!(
        t.contains("<bdi>Authorities of Germany</bdi> (not named in the sources)"),
        "{t}"
    );
}

#[test]
fn a_link_that_is_not_http_or_mail_is_left_as_text() {
    // Validation refuses such links; a model changed afterwards must not get
    // one into the page either.
    let mut m = matrix();
    for s in &mut m.sources {
        s.url = Some("javascript:window.__pwned=1".into());
    }
    let out = timelinejs(&m, None, None, Grouping::Agency);
    assert!(!out.contains("href"), "{out}");
    assert!(!out.contains("javascript:"), "{out}");
    assert!(
        out.contains("<bdi>Crimesite report on Matrix</bdi>"),
        "the title stays"
    );
}

/// Every `<` in slide text opens one of the export's own tags.
fn only_own_tags(html: &str) {
    const OWN: [&str; 14] = [
        "<p>",
        "</p>",
        "<em>",
        "</em>",
        "<strong>",
        "</strong>",
        "<bdi>",
        "</bdi>",
        "<ul>",
        "</ul>",
        "<li>",
        "</li>",
        "<a href=\"",
        "</a>",
    ];
    for (i, _) in html.match_indices('<') {
        assert!(
            OWN.iter().any(|t| html[i..].starts_with(t)),
            "markup that is not the export's own at byte {i}: {html}"
        );
    }
    for (i, _) in html.match_indices("<a href=\"") {
        let rest = &html[i + 9..];
        let end = rest.find('"').expect("a closed href");
        assert!(
            !rest[..end].contains(['<', '>']),
            "an href is one escaped attribute"
        );
    }
}

#[test]
fn hostile_labels_stay_text() {
    for path in [
        "tests/fixtures/good/hostile-labels.yaml",
        "tests/fixtures/hostile/script-tags.yaml",
        "tests/fixtures/hostile/attribute-breakout.yaml",
        "tests/fixtures/hostile/cdata-and-entities.yaml",
    ] {
        let m = read(path);
        for by in [Grouping::Agency, Grouping::Country, Grouping::Kind] {
            let out = timelinejs(&m, None, None, by);
            // Pasted inline into a page's script, it cannot end the script.
            let lower = out.to_lowercase();
            assert!(
                !lower.contains("</script") && !lower.contains("<!--"),
                "{path}"
            );
            let d: Value = serde_json::from_str(&out).unwrap();
            for s in slides(&d).iter().chain(d.get("title")) {
                let headline = s["text"]["headline"].as_str().unwrap();
                assert!(!headline.contains(['<', '>']), "{path}: {headline}");
                only_own_tags(s["text"]["text"].as_str().unwrap());
                // TimelineJS decodes these once before writing them as HTML.
                for field in ["group", "display_date"] {
                    if let Some(v) = s.get(field).and_then(Value::as_str) {
                        assert!(!shown(v).contains(['<', '>']), "{path}: {field} {v}");
                    }
                }
            }
        }
        // What a reader sees is what the data says, character for character.
        let d = doc(&m, Grouping::Agency);
        for e in &m.events {
            let s = slide(&d, &format!("event-{}", e.id));
            assert_eq!(shown(s["text"]["headline"].as_str().unwrap()), e.name);
        }
        for t in &m.teams {
            let s = slide(&d, &format!("team-{}", t.id));
            assert_eq!(shown(&shown(s["group"].as_str().unwrap())), t.name);
        }
    }
}

#[test]
fn the_hostile_labels_case_reads_as_written() {
    let m = read("tests/fixtures/good/hostile-labels.yaml");
    let d = doc(&m, Grouping::Country);
    let s = slide(&d, "event-e");
    assert_eq!(
        s["text"]["headline"],
        "Raid &quot;Night&quot; &lt;b&gt;bold&lt;/b&gt; digraph { a -&gt; b }"
    );
    let t = s["text"]["text"].as_str().unwrap();
    assert!(
        t.contains("<bdi>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;</bdi> (Netherlands)"),
        "{t}"
    );
    // An unclosed right-to-left override stays inside its name.
    assert!(
        t.contains("\u{202E} reversed \u{200D} joined</bdi> (France)"),
        "{t}"
    );
    assert_eq!(
        d["title"]["text"]["headline"],
        "Case &lt;/desc&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"
    );
}

#[test]
fn the_same_data_gives_the_same_bytes() {
    let m = matrix();
    for by in [Grouping::Agency, Grouping::Country, Grouping::Kind] {
        let first = timelinejs(&m, None, None, by);
        assert_eq!(first, timelinejs(&matrix(), None, None, by));
        // Through the graph, as `coopline export` writes it.
        let g = build_graph_in(&m, None, None, by);
        assert_eq!(export(&m, &g, ExportFormat::TimelineJs), first);
    }
    let out = coopline(&["export", "data/matrix.yaml", "--format", "timelinejs"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        timelinejs(&m, None, None, Grouping::Agency)
    );
}

#[test]
fn from_and_to_keep_the_records_of_that_time() {
    let m = matrix();
    let date = |s: &str| PartialDate::parse(s).unwrap();
    let ids = |from: Option<&str>, to: Option<&str>| -> Vec<String> {
        let (f, t) = (from.map(date), to.map(date));
        let g = build_graph_in(&m, f.as_ref(), t.as_ref(), Grouping::Agency);
        let d: Value = serde_json::from_str(&export(&m, &g, ExportFormat::TimelineJs)).unwrap();
        slides(&d)
            .iter()
            .map(|s| s["unique_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(None, Some("2022")),
        ["event-phone-found", "event-junalco-takes-case"]
    );
    let late = ids(Some("2025"), None);
    // The open teams go on into 2025; the events of 2024 are over.
    assert_eq!(
        late,
        [
            "team-otf-matrix",
            "team-jit-matrix",
            "event-surrender-nl-suspect"
        ]
    );
}

#[test]
fn the_file_name_picks_timelinejs_and_plain_json_stays_node_link() {
    let dir = scratch("timelinejs-names");
    let m = matrix();
    let out = coopline(&[
        "export",
        "data/matrix.yaml",
        "-o",
        dir.join("m.timeline.json").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let timeline = std::fs::read_to_string(dir.join("m.timeline.json")).unwrap();
    assert_eq!(timeline, timelinejs(&m, None, None, Grouping::Agency));
    let out = coopline(&[
        "export",
        "data/matrix.yaml",
        "-o",
        dir.join("m.json").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let node_link: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("m.json")).unwrap()).unwrap();
    assert!(node_link["nodes"].is_array() && node_link.get("events").is_none());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_empty_timeline_is_written_with_a_warning() {
    let out = coopline(&[
        "export",
        "data/matrix.yaml",
        "--format",
        "timelinejs",
        "--to",
        "1990",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr)
            .contains("warning: no event, team or context record falls within --from/--to"),
        "{}",
        text(&out.stderr)
    );
    let d: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(slides(&d).len(), 0);
    // A dataset of agencies alone has nothing to put on a timeline either.
    let m = load("agencies:\n  - {id: a, name: A, country: NL, kind: police}\n");
    let d = doc(&m, Grouping::Agency);
    assert!(
        d.get("title").is_none(),
        "no title, no description: no title slide"
    );
    assert_eq!(slides(&d).len(), 0);
}

/// `export --lang fr`: the slides' own words and the case's names are
/// French; the dates as French writes them.
#[test]
fn the_slides_speak_the_language_asked_for() {
    let out = coopline(&[
        "export",
        "data/matrix.yaml",
        "--format",
        "timelinejs",
        "--lang",
        "fr",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_str(&text(&out.stdout)).expect("JSON");
    let day = slide(&doc, "event-action-day");
    assert_eq!(day["text"]["headline"], "Journée d’action contre Matrix");
    let body = shown(day["text"]["text"].as_str().unwrap());
    assert!(body.contains("Participants\u{a0}:"), "{body}");
    assert!(body.contains("Sources\u{a0}:"), "{body}");
    assert!(!body.contains("Participants:"), "{body}");
    let jit = shown(
        slide(&doc, "team-jit-matrix")["text"]["text"]
            .as_str()
            .unwrap(),
    );
    assert!(jit.contains("Équipe commune d’enquête"), "{jit}");
    assert!(jit.contains("Pays-Bas"), "{jit}");
}
