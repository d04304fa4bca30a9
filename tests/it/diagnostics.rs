//! Every error class, checked against fixture files that state what they expect.
//!
//! Each fixture in tests/fixtures/bad (and warnings in tests/fixtures/good) starts with
//! lines of the form
//!
//! ```text
//! # expect: <error|warning> <code> <line>:<col> | <message> | <hint fragment> [| <line>:<col>, ...]
//! ```
//!
//! The diagnostics produced must match these lines exactly: same count, same codes,
//! primary locations and messages; the hint must contain the fragment, and the
//! secondary labels must sit at the listed places.

use std::path::Path;

use coopline::{Diagnostic, Severity, SourceSet};

struct Expect {
    severity: Severity,
    code: String,
    at: (usize, usize),
    message: String,
    help: String,
    also: Vec<(usize, usize)>,
}

fn pos(s: &str) -> (usize, usize) {
    let (l, c) = s.trim().split_once(':').expect("line:col");
    (l.parse().unwrap(), c.parse().unwrap())
}

fn expectations(text: &str) -> Vec<Expect> {
    text.lines()
        .filter_map(|l| l.strip_prefix("# expect: "))
        .map(|l| {
            let parts: Vec<&str> = l.split(" | ").collect();
            let head: Vec<&str> = parts[0].split_whitespace().collect();
            Expect {
                severity: match head[0] {
                    "error" => Severity::Error,
                    "warning" => Severity::Warning,
                    s => panic!("bad severity {s}"),
                },
                code: head[1].to_string(),
                at: pos(head[2]),
                message: parts[1].to_string(),
                help: parts[2].to_string(),
                also: parts
                    .get(3)
                    .map(|s| s.split(',').map(pos).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn run(path: &str) -> (SourceSet, Vec<Diagnostic>, bool) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&full).unwrap();
    let mut sources = SourceSet::new();
    sources.add(path, text);
    match coopline::check(&sources) {
        Ok(c) => (sources, c.warnings, true),
        Err(d) => (sources, d, false),
    }
}

fn check_fixture(path: &str, expect_valid: bool) {
    let (sources, diags, valid) = run(path);
    let text = sources.iter().next().unwrap().1.text.clone();
    let expected = expectations(&text);
    assert!(!expected.is_empty(), "{path} states no expectations");
    let shown = coopline::render_reports(&diags, &sources, false);
    assert_eq!(valid, expect_valid, "{path}: validity\n{shown}");
    assert_eq!(
        diags.len(),
        expected.len(),
        "{path}: expected {} diagnostics, got:\n{shown}",
        expected.len()
    );
    for (d, e) in diags.iter().zip(&expected) {
        let lc = sources.line_col(d.span().unwrap()).unwrap();
        assert_eq!(d.severity, e.severity, "{path}: severity of {}", d.code);
        assert_eq!(d.code, e.code, "{path}\n{shown}");
        assert_eq!(
            (lc.line, lc.column),
            e.at,
            "{path}: location of {}\n{shown}",
            d.code
        );
        assert_eq!(d.message, e.message, "{path}");
        let help = d.help.clone().unwrap_or_default();
        assert!(
            help.contains(&e.help),
            "{path}: hint `{help}` lacks `{}`",
            e.help
        );
        let also: Vec<(usize, usize)> = d.labels[1..]
            .iter()
            .map(|l| {
                let lc = sources.line_col(l.span).unwrap();
                (lc.line, lc.column)
            })
            .collect();
        assert_eq!(also, e.also, "{path}: secondary labels of {}", d.code);
        // The rendered report names the file and position, and shows the line itself.
        let one = coopline::render_report(d, &sources, false);
        let place = format!("[{path}:{}:{}]", e.at.0, e.at.1);
        assert!(one.contains(&place), "{path}: report lacks {place}:\n{one}");
        let line_text = text.lines().nth(e.at.0 - 1).unwrap();
        assert!(
            one.contains(line_text.trim()),
            "{path}: report lacks the snippet:\n{one}"
        );
    }
}

macro_rules! bad {
    ($($name:ident => $file:literal),* $(,)?) => {$(
        #[test]
        fn $name() {
            check_fixture(concat!("tests/fixtures/bad/", $file), false);
        }
    )*};
}

bad! {
    malformed_yaml => "malformed-yaml.yaml",
    unknown_field_with_did_you_mean => "unknown-field.yaml",
    wrong_type => "wrong-type.yaml",
    duplicate_id_points_at_both => "duplicate-id.yaml",
    duplicate_key => "duplicate-key.yaml",
    dangling_reference_with_did_you_mean => "dangling-reference.yaml",
    impossible_date => "impossible-date.yaml",
    end_before_start => "end-before-start.yaml",
    membership_outside_team_span => "membership-outside-team.yaml",
    unknown_country_with_suggestion => "unknown-country.yaml",
    country_reference_with_suggestion => "country-reference.yaml",
    outcome_units_and_amounts => "outcome-unit.yaml",
    unknown_kind => "unknown-kind.yaml",
    agency_its_own_ancestor => "parent-cycle.yaml",
    empty_dataset => "empty-dataset.yaml",
    missing_required_fields => "missing-field.yaml",
    unsafe_url => "unsafe-url.yaml",
    control_character => "control-character.yaml",
    invalid_id => "invalid-id.yaml",
    context_records_and_legal_basis_ref => "context.yaml",
    tab_reported_at_the_tab => "tab-indent.yaml",
    references_written_as_names_suggest_only_valid_ids => "reference-by-name.yaml",
    confidence_and_grades => "confidence.yaml",
    place_coordinates_and_fields => "places.yaml",
    chapters_name_records_that_exist => "chapters.yaml",
    texts_in_several_languages_with_their_codes => "languages.yaml",
}

/// A hint is wrapped between words, never inside a `code span`: a date or a
/// field cut over two lines (`2024-` / `06`) reads as two things.
#[test]
fn hints_never_wrap_inside_a_code_span() {
    let (sources, diags, _) = run("tests/fixtures/bad/impossible-date.yaml");
    let shown = coopline::render_reports(&diags, &sources, false);
    let mut wrapped = 0;
    for d in &diags {
        let one = coopline::render_report(d, &sources, false);
        let help: Vec<&str> = one
            .lines()
            .skip_while(|l| !l.trim_start().starts_with("help:"))
            .take_while(|l| !l.trim().is_empty())
            .collect();
        wrapped += usize::from(help.len() > 1);
        for line in help {
            assert_eq!(
                line.matches('`').count() % 2,
                0,
                "cut inside a code span: {line:?}\n{shown}"
            );
        }
    }
    assert!(wrapped > 0, "no hint long enough to wrap:\n{shown}");
}

#[test]
fn warnings_do_not_invalidate() {
    check_fixture("tests/fixtures/good/warnings.yaml", true);
}

/// Places the gazetteer does not find, or finds several of, are warnings with
/// what was meant; the places are kept.
#[test]
fn unknown_and_ambiguous_places_are_warnings() {
    check_fixture("tests/fixtures/good/places.yaml", true);
}

#[test]
fn every_bad_fixture_is_tested() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let listed = include_str!("diagnostics.rs");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            listed.contains(&format!("=> \"{name}\"")),
            "{name} has no test in tests/diagnostics.rs"
        );
    }
}

/// On a narrow terminal a report fits it: hints wrap to its width and a
/// long line of the file is cut around the label.
#[test]
fn a_report_fits_a_narrow_terminal() {
    let long = format!(
        "agencies:\n  - {{id: europol, name: \"{}\", country: EU, kind: eu-agency}}\n  - {{id: x, name: X, country: XX, kind: police}}\nevents:\n  - {{id: e, name: \"{}\", date: 2021-6-7, participants: [europol, x]}}\n",
        "Europol ".repeat(12),
        "A very long event name ".repeat(6)
    );
    let mut sources = SourceSet::new();
    sources.add("long.yaml", long);
    let diags = coopline::check(&sources).unwrap_err();
    for width in [60, 80] {
        let shown = coopline::render_reports_in(&diags, &sources, false, Some(width));
        for line in shown.lines() {
            assert!(
                line.chars().count() <= width,
                "{} columns at width {width}: {line:?}\n{shown}",
                line.chars().count()
            );
        }
        assert!(
            shown.contains("2021-6-7"),
            "the label's text is kept:\n{shown}"
        );
    }
}
