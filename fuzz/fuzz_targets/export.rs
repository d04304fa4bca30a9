//! A valid dataset → the cooperation graph (slice and grouping from the knob
//! bytes after a NUL) → DOT, GraphML, GEXF, JSON and TimelineJS, each of which
//! must parse; TimelineJS's text must hold no markup but the export's own; and
//! the records → FtM entities, which must import back to the same records.
#![no_main]

use coopline::{ExportFormat, Model, SourceSet, Span, export};
use coopline_fuzz::{checked, graph_of, parse_xml, split_knobs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, mut knobs) = split_knobs(data);
    let Some(checked) = checked(text) else {
        return;
    };
    let model = &checked.model;
    let g = graph_of(&mut knobs, model);
    check_dot(&export(model, &g, ExportFormat::Dot));
    parse_xml(&export(model, &g, ExportFormat::GraphMl), "GraphML");
    parse_xml(&export(model, &g, ExportFormat::Gexf), "GEXF");
    let json = export(model, &g, ExportFormat::Json);
    match serde_json::from_str::<serde_json::Value>(&json) {
        Ok(v) => assert!(
            v["nodes"].is_array() && v["links"].is_array(),
            "JSON without nodes and links:\n{json}"
        ),
        Err(e) => panic!("JSON does not parse: {e}\n{json}"),
    }
    check_timelinejs(&export(model, &g, ExportFormat::TimelineJs));
    check_ftm(model);
});

/// Every slide has a year and an id of its own; headlines hold no tag, and
/// groups and worded dates none once TimelineJS has decoded them; slide text
/// opens only the export's own tags; no string can end an inline script.
fn check_timelinejs(out: &str) {
    let doc: serde_json::Value = match serde_json::from_str(out) {
        Ok(v) => v,
        Err(e) => panic!("TimelineJS JSON does not parse: {e}\n{out}"),
    };
    let lower = out.to_lowercase();
    assert!(
        !lower.contains("</script") && !lower.contains("<!--"),
        "{out}"
    );
    let slides = doc["events"].as_array().expect("an events array");
    let mut ids = std::collections::HashSet::new();
    for s in slides.iter().chain(doc.get("title")) {
        let id = s["unique_id"].as_str().expect("an id");
        assert!(ids.insert(id.to_string()), "id {id} twice:\n{out}");
        let headline = s["text"]["headline"].as_str().expect("a headline");
        assert!(!headline.contains(['<', '>']), "{headline}");
        for field in ["group", "display_date"] {
            if let Some(v) = s.get(field).and_then(|v| v.as_str()) {
                let decoded = v.replace("&lt;", "<").replace("&gt;", ">");
                assert!(!decoded.contains(['<', '>']), "{field}: {v}");
            }
        }
        let text = s["text"]["text"].as_str().expect("a text");
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
        for (i, _) in text.match_indices('<') {
            assert!(
                OWN.iter().any(|t| text[i..].starts_with(t)),
                "markup at {i}: {text}"
            );
        }
    }
    for s in slides {
        assert!(
            s["start_date"]["year"].is_string(),
            "a slide without a year: {s}"
        );
    }
}

/// The FtM export imports back to the records it was made from, with nothing
/// reported as not imported on the way.
fn check_ftm(model: &Model) {
    let ftm = coopline::to_ftm(model).text;
    let mut sources = SourceSet::new();
    sources.add("export.ftm", ftm.as_str());
    let imported = match coopline::import_ftm(&sources, None) {
        Ok(i) => i,
        Err(d) => panic!(
            "the FtM export does not import:\n{}\n{ftm}",
            coopline::render_reports(&d, &sources, false)
        ),
    };
    let ftm_codes = ["ftm-syntax", "not-imported", "dangling-reference", "invalid-date"];
    let odd: Vec<_> = imported
        .checked
        .warnings
        .iter()
        .filter(|d| ftm_codes.contains(&d.code.as_str()))
        .cloned()
        .collect();
    assert!(
        odd.is_empty(),
        "the import reports on coopline's own export:\n{}\n{ftm}",
        coopline::render_reports(&odd, &sources, false)
    );
    let back = checked(imported.yaml.as_bytes())
        .expect("the imported YAML checks")
        .model;
    assert_eq!(records(model), records(&back), "FtM round trip:\n{ftm}\n{}", imported.yaml);
}

/// The records, without the places they were written at; a member's dates as
/// the period it belonged (dates equal to its team's come back as the team's).
fn records(m: &Model) -> String {
    let mut m = m.clone();
    let none = Span::default();
    m.sources.iter_mut().for_each(|s| s.span = none);
    m.agencies.iter_mut().for_each(|a| a.span = none);
    m.events.iter_mut().for_each(|e| e.span = none);
    m.context.iter_mut().for_each(|c| c.span = none);
    for t in &mut m.teams {
        t.span = none;
        let periods: Vec<_> = t.members.iter().map(|x| t.membership_period(x)).collect();
        for (x, p) in t.members.iter_mut().zip(periods) {
            x.span = none;
            x.from = Some(p.start);
            x.to = p.end;
        }
    }
    format!("{:?}\n{:?}\n{:?}\n{:?}\n{:?}", m.sources, m.agencies, m.teams, m.events, m.context)
}

/// Every DOT string is closed on its own line and the braces balance outside
/// strings, so no label can end a string early and write graph syntax.
fn check_dot(dot: &str) {
    let (mut quoted, mut escaped, mut depth) = (false, false, 0i64);
    for (i, c) in dot.char_indices() {
        if quoted {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => quoted = false,
                '\n' | '\r' => panic!("line break inside a DOT string at byte {i}:\n{dot}"),
                _ => {}
            }
        } else {
            match c {
                '"' => quoted = true,
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            assert!(depth >= 0, "unbalanced }} at byte {i}:\n{dot}");
        }
    }
    assert!(
        !quoted && depth == 0,
        "unclosed DOT string or brace:\n{dot}"
    );
}
