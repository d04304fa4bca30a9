//! No input makes coopline panic, and whatever it accepts renders to well-formed SVG.

use crate::common::measure;

use coopline::{SourceSet, TimelineOptions, layout_timeline, render_svg};
use proptest::prelude::*;

/// Checks, and if valid lays out, renders and re-parses; panics only on a real fault.
fn run(yaml: &str) -> bool {
    let mut s = SourceSet::new();
    s.add("p.yaml", yaml);
    match coopline::check(&s) {
        Ok(c) => {
            let scene = layout_timeline(&c.model, measure(), &TimelineOptions::default());
            assert!(scene.overlapping_labels().is_empty(), "labels overlap");
            assert!(scene.outside_canvas().is_empty(), "item off the canvas");
            let svg = render_svg(&scene);
            if let Err(e) = roxmltree::Document::parse(&svg) {
                panic!("SVG does not parse: {e}");
            }
            true
        }
        Err(diags) => {
            assert!(!diags.is_empty());
            let _ = coopline::render_reports(&diags, &s, false);
            false
        }
    }
}

fn quoted(s: &str) -> String {
    // JSON strings are YAML double-quoted scalars.
    serde_json::to_string(s).unwrap()
}

/// A date in one of the format's forms (valid or, rarely, not).
fn date_text(form: u8, year: i32, month: u32, day: u32, q: u8) -> String {
    let body = match form {
        0 => format!("{year}"),
        1 => format!("{year}-{month:02}"),
        2 => format!("{year}-{month:02}-{day:02}"),
        _ => format!("{day}/{month}/{year}"),
    };
    match q {
        0 => format!("\"~{body}\""),
        1 => format!("\"..{body}\""),
        _ => body,
    }
}

/// (form, year, month, day, qualifier), mostly well-formed.
fn when() -> impl Strategy<Value = (u8, i32, u32, u32, u8)> {
    (
        prop_oneof![12 => 0u8..3, 1 => Just(3u8)],
        1995i32..2030,
        1u32..13,
        1u32..29,
        0u8..8,
    )
}

fn country() -> impl Strategy<Value = &'static str> {
    prop_oneof![12 => prop::sample::select(vec!["NL", "FR", "EU", "DE", "ES", "BE", "INT"]), 1 => Just("UK")]
}

type Record = (String, (u8, i32, u32, u32, u8), Option<i32>, Vec<usize>);

fn dataset_text(names: &[(String, &str)], teams: &[Record], events: &[Record]) -> String {
    let n = names.len();
    let mut y = String::from("title: Generated\nagencies:\n");
    for (i, (name, c)) in names.iter().enumerate() {
        y.push_str(&format!(
            "  - {{id: a{i}, name: {}, country: {c}, kind: police}}\n",
            quoted(name)
        ));
    }
    if !teams.is_empty() {
        y.push_str("teams:\n");
    }
    for (i, (name, (f, yr, m, d, q), end, members)) in teams.iter().enumerate() {
        let members: Vec<String> = members.iter().map(|k| format!("a{}", k % n)).collect();
        y.push_str(&format!(
            "  - id: t{i}\n    name: {}\n    kind: jit\n    start: {}\n",
            quoted(name),
            date_text(*f, *yr, *m, *d, *q)
        ));
        if let Some(e) = end {
            y.push_str(&format!("    end: {}\n", yr + e + 1));
        }
        y.push_str(&format!("    members: [{}]\n", members.join(", ")));
    }
    if !events.is_empty() {
        y.push_str("events:\n");
    }
    for (i, (name, (f, yr, m, d, q), end, parts)) in events.iter().enumerate() {
        let parts: Vec<String> = parts.iter().map(|k| format!("a{}", k % n)).collect();
        let start = date_text(*f, *yr, *m, *d, *q);
        match end {
            Some(e) => y.push_str(&format!(
                "  - {{id: e{i}, name: {}, start: {start}, end: {}, participants: [{}]}}\n",
                quoted(name),
                yr + e + 1,
                parts.join(", ")
            )),
            None => y.push_str(&format!(
                "  - {{id: e{i}, name: {}, date: {start}, participants: [{}]}}\n",
                quoted(name),
                parts.join(", ")
            )),
        }
    }
    y
}

/// Mostly printable text in any script, sometimes anything at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![4 => "\\PC{0,60}", 1 => any::<String>()]
}

prop_compose! {
    fn dataset()(
        names in prop::collection::vec((text(), country()), 1..7),
        teams in prop::collection::vec((text(), when(), prop::option::of(0i32..4), prop::collection::vec(0usize..100, 1..5)), 0..3),
        events in prop::collection::vec((text(), when(), prop::option::of(0i32..3), prop::collection::vec(0usize..100, 0..5)), 0..7),
    ) -> String {
        dataset_text(&names, &teams, &events)
    }
}

/// An edit to a text: (position fraction, kind, payload).
fn edits() -> impl Strategy<Value = Vec<(f64, u8, String)>> {
    prop::collection::vec(
        (
            0.0f64..1.0,
            0u8..4,
            "[\\[\\]{}:,&*!|>'\"#\\- a-z0-9\n]{0,6}",
        ),
        1..6,
    )
}

fn mutate(text: &str, edits: &[(f64, u8, String)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, kind, payload) in edits {
        let i = ((chars.len() as f64) * at) as usize;
        let i = i.min(chars.len());
        match kind {
            0 => {
                let end = (i + payload.len().max(1)).min(chars.len());
                chars.drain(i..end);
            }
            1 => {
                for (k, c) in payload.chars().enumerate() {
                    chars.insert(i + k, c);
                }
            }
            2 => {
                // Duplicate the line at i.
                let start = chars[..i]
                    .iter()
                    .rposition(|c| *c == '\n')
                    .map_or(0, |p| p + 1);
                let end = chars[i..]
                    .iter()
                    .position(|c| *c == '\n')
                    .map_or(chars.len(), |p| i + p + 1);
                let line: Vec<char> = chars[start..end].to_vec();
                for (k, c) in line.into_iter().enumerate() {
                    chars.insert(end + k, c);
                }
            }
            _ => {
                if i < chars.len() {
                    chars[i] = payload.chars().next().unwrap_or(' ');
                }
            }
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn generated_datasets_never_panic(yaml in dataset()) {
        run(&yaml);
    }

    #[test]
    fn mutated_matrix_never_panics(e in edits()) {
        run(&mutate(coopline::MATRIX_YAML, &e));
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        run(&text);
    }
}

/// The generator must reach the renderer, or the properties above test little.
#[test]
fn most_generated_datasets_are_valid() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let valid = (0..40)
        .filter(|_| run(&dataset().new_tree(&mut runner).unwrap().current()))
        .count();
    assert!(
        valid >= 8,
        "only {valid} of 40 generated datasets were valid"
    );
}
