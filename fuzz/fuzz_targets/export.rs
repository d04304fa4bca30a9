//! A valid dataset → the cooperation graph (slice and grouping from the knob
//! bytes after a NUL) → DOT, GraphML, GEXF and JSON, each of which must parse.
#![no_main]

use coopline::{ExportFormat, export};
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
});

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
