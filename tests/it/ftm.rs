//! FollowTheMoney: `export --format ftm` and `import ftm` give back the dataset
//! (compared as models, not text), and what the import cannot map is reported
//! with the entity and its line.

use crate::common::{coopline, coopline_in, facts, load, scratch, text};

use coopline::{Diagnostic, Model, SourceSet, import_ftm, to_ftm};

/// Imports entity lines; the reports rendered without colour beside the result.
fn import(ftm: &str) -> (Result<coopline::Imported, Vec<Diagnostic>>, String) {
    let mut sources = SourceSet::new();
    sources.add("case.ftm", ftm);
    let result = import_ftm(&sources, None);
    let diags = match &result {
        Ok(i) => i.checked.warnings.clone(),
        Err(d) => d.clone(),
    };
    let report = coopline::render_reports(&diags, &sources, false);
    (result, report)
}

/// Exports a model and imports it again; the import must report nothing but
/// the records that cite no source, as checking the model itself does (a
/// country's authorities named by their country have no sources of their own,
/// and are no record to warn about), and the places the gazetteer does not
/// find, which checking the model reported too.
fn round_trip(model: &Model) -> Model {
    let ftm = to_ftm(model).text;
    let (result, report) = import(&ftm);
    let imported = result.unwrap_or_else(|_| panic!("not imported:\n{report}\n{ftm}"));
    let uncited = model
        .agencies
        .iter()
        .filter(|a| a.sources.is_empty() && !a.implicit)
        .count()
        + model.teams.iter().filter(|t| t.sources.is_empty()).count()
        + model.events.iter().filter(|e| e.sources.is_empty()).count()
        + model
            .context
            .iter()
            .filter(|c| c.sources.is_empty())
            .count();
    let codes: Vec<&str> = imported
        .checked
        .warnings
        .iter()
        .map(|d| d.code.as_str())
        .filter(|c| !matches!(*c, "unknown-place" | "ambiguous-place"))
        .collect();
    assert_eq!(
        codes,
        vec!["uncited-record"; uncited],
        "reports on a coopline export:\n{report}"
    );
    load(&imported.yaml)
}

fn assert_same_records(original: &Model, back: &Model, what: &str) {
    let (a, b) = (facts(original.clone()), facts(back.clone()));
    assert_eq!(a.agencies, b.agencies, "{what}: agencies");
    assert_eq!(a.teams, b.teams, "{what}: teams and their memberships");
    assert_eq!(a.events, b.events, "{what}: events");
    assert_eq!(a.context, b.context, "{what}: context records");
    assert_eq!(a.sources, b.sources, "{what}: sources");
}

#[test]
fn every_bundled_case_comes_back_from_ftm() {
    for (name, yaml) in coopline::BUNDLED {
        let model = load(yaml);
        let back = round_trip(&model);
        assert_same_records(&model, &back, name);
        // Dates keep their precision and qualifiers: the cases have `~` and `..`.
        let dates = |m: &Model| -> Vec<String> {
            let teams = m.teams.iter().flat_map(|t| {
                t.members
                    .iter()
                    .map(|x| t.membership_period(x).to_string())
                    .collect::<Vec<_>>()
            });
            teams
                .chain(m.events.iter().map(|e| e.period().to_string()))
                .collect()
        };
        assert_eq!(dates(&model), dates(&back), "{name}");
    }
    let matrix = load(coopline::MATRIX_YAML);
    let start = matrix.teams.iter().map(|t| t.start.to_string());
    assert!(
        start.clone().any(|s| s == "..2024-12-03"),
        "the Matrix case has an on-or-before date to carry: {:?}",
        start.collect::<Vec<_>>()
    );
}

#[test]
fn the_export_is_the_same_bytes_every_time_and_valid_json_lines() {
    let out = |args: &[&str]| coopline(args).stdout;
    let first = out(&["export", "data/matrix.yaml", "--format", "ftm"]);
    assert_eq!(
        first,
        out(&["export", "data/matrix.yaml", "--format", "ftm"])
    );
    let text = text(&first);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("one JSON entity a line");
        let mut keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(keys, ["id", "properties", "schema"], "{line}");
        for values in v["properties"].as_object().unwrap().values() {
            assert!(
                values.as_array().unwrap().iter().all(|x| x.is_string()),
                "{line}"
            );
        }
    }
    assert!(text.starts_with(r#"{"id":"coopline-agency-europol","schema":"PublicBody","#));
}

/// The authorities of a country named by their country are exported as a
/// `PublicBody` of that country, which the import gives back as `country:LT`:
/// never as an agency of its own.
#[test]
fn a_countrys_authorities_come_back_as_the_country() {
    let matrix = load(coopline::MATRIX_YAML);
    let ftm = to_ftm(&matrix).text;
    let lt = ftm
        .lines()
        .find(|l| l.starts_with(r#"{"id":"coopline-country-lt","#))
        .expect("an entity for the Lithuanian authorities");
    assert!(lt.contains(r#""schema":"PublicBody""#), "{lt}");
    assert!(
        lt.contains(r#""name":["Authorities of Lithuania"]"#),
        "{lt}"
    );
    assert!(lt.contains(r#""jurisdiction":["lt"]"#), "{lt}");
    assert!(ftm.contains(r#""member":["coopline-country-it"]"#));
    assert!(
        ftm.contains("\"coopline-country-de\""),
        "the action day involves Germany"
    );
    assert!(!ftm.contains("country:"), "FtM ids take no `:`");
    let (result, report) = import(&ftm);
    let yaml = result.unwrap_or_else(|_| panic!("{report}")).yaml;
    assert!(yaml.contains("  - country:LT\n  - country:IT\n"), "{yaml}");
    assert!(yaml.contains("country:LT, country:DE, europol"), "{yaml}");
    assert!(
        !yaml.contains("Authorities of"),
        "no agency is made of them:\n{yaml}"
    );
    assert!(!report.contains("country"), "{report}");
}

/// A case with everything FtM cannot say in its own properties.
const AWKWARD: &str = r#"
title: Awkward
sources:
  - {id: mail_only, title: "Letter", url: "mailto:press@example.org", date: "~2021"}
  - {id: old-, title: "Chronicle", url: "https://localhost:99999/x", date: "0999"}
  - {id: first, title: "First", url: "https://example.org/same", urls: ["https://mirror.example.org/same", "mailto:desk@example.org"], archived: "https://web.archive.org/web/2021/https://example.org/same", accessed: "2025-01"}
  - {id: twin, title: "Twin", url: "https://example.org/same"}
agencies:
  - {id: interpol, name: "  \"INTERPOL\"  ", country: INT, kind: international, sources: [mail_only]}
  - {id: a_1, name: "A one", short: "'", country: XK, kind: police, parent: interpol, notes: "Formerly \"B\": renamed\nin 2019", sources: [twin]}
  - {id: long., name: "LONGNAME", country: EU, kind: other}
  - {id: firm, name: "A security firm", kind: private}
teams:
  - id: t_
    name: Team
    kind: task-force
    start: "..2021-03-10"
    end: "3001"
    members:
      - a_1
      - {agency: interpol, from: "2021-03-10", to: "~2022", role: "lead"}
      - {agency: long., from: "..2021-04"}
    legal_basis: "Art. 13\nsecond line"
    notes: "Also called: the Riga team"
    hosted_by: interpol
    sources: [old-]
events:
  - id: e_1
    name: Raid
    kind: "3"
    start: "~2021-09"
    end: "2021-12"
    participants: [a_1, a_1, interpol, firm]
    teams: [t_]
    places: ["Marbella, ES", "PLACE", "Riga"]
    outcomes: {arrests: 3, tonnes: 1.5, whole: 2.0, text: "3", "a: b": "c: d", quote: "\"q\"", cash: {amount: 145000, unit: EUR}, drugs: {amount: 1.5, unit: metric tonnes}, villa: "3 villas"}
    notes: "line one\n\nline two"
    sources: [mail_only, old-, first]
"#;

#[test]
fn what_ftm_cannot_say_comes_back_from_notes() {
    let yaml = AWKWARD
        .replace("LONGNAME", &"Very long name ".repeat(40))
        .replace("PLACE", &"a long place name ".repeat(20));
    let model = load(&yaml);
    let ftm = to_ftm(&model).text;
    // Nothing FtM refuses is in the properties: it is in notes.
    assert!(ftm.contains(r#""coopline jurisdiction: INT""#), "{ftm}");
    assert!(!ftm.contains(r#""int""#), "{ftm}");
    assert!(ftm.contains(r#""coopline sourceUrl: mailto:press@example.org""#));
    assert!(ftm.contains(r#""coopline incorporationDate: ..2021-03-10""#));
    assert!(ftm.contains(r#""incorporationDate":["2021-03-10"]"#));
    assert!(ftm.contains(r#""coopline dissolutionDate: 3001""#));
    assert!(ftm.contains(r#""coopline publishedAt: 0999""#));
    assert!(ftm.contains("coopline-agency-aU1"), "`_` is not in FtM ids");
    assert!(
        ftm.contains("coopline-agency-long.E"),
        "nor an id ending in `.`"
    );
    let back = round_trip(&model);
    assert_same_records(&model, &back, "awkward");
    assert_eq!(
        back.agencies[1].notes.as_deref(),
        Some("Formerly \"B\": renamed\nin 2019")
    );
    assert_eq!(
        back.teams[0].notes.as_deref(),
        Some("Also called: the Riga team")
    );
    let e = &back.events[0];
    assert_eq!(format!("{:?}", e.outcomes[1].1), "Float(1.5)");
    assert_eq!(format!("{:?}", e.outcomes[2].1), "Float(2.0)");
    assert_eq!(format!("{:?}", e.outcomes[3].1), "Text(\"3\")");
    // Amounts keep their unit; a text that reads like an amount stays text.
    assert!(ftm.contains(r#""cash: 145000 EUR""#), "{ftm}");
    assert!(ftm.contains(r#""drugs: 1.5 metric tonnes""#), "{ftm}");
    assert!(ftm.contains(r#""villa: \"3 villas\"""#), "{ftm}");
    assert_eq!(e.outcomes[6].1.to_string(), "EUR 145,000");
    assert_eq!(e.outcomes[7].1.to_string(), "1.5 metric tonnes");
    assert_eq!(format!("{:?}", e.outcomes[8].1), "Text(\"3 villas\")");
}

#[test]
fn the_export_names_what_it_leaves_out() {
    let dir = scratch("ftm-left-out");
    std::fs::write(
        dir.join("case.yaml"),
        format!("{AWKWARD}style:\n  colors:\n    NL: \"#112233\"\n"),
    )
    .unwrap();
    let out = coopline_in(&dir, &["export", "case.yaml", "-o", "case.ftm.json"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("note: the FtM export leaves out the dataset's title and description"),
        "{err}"
    );
    assert!(err.contains("leaves out the style's colours"), "{err}");
    let written = std::fs::read_to_string(dir.join("case.ftm.json")).unwrap();
    assert!(
        written.starts_with("{\"id\":\"coopline-agency-interpol\""),
        ".ftm.json is FtM, not node-link JSON"
    );
    let out = coopline_in(
        &dir,
        &["export", "case.yaml", "--format", "ftm", "--by", "country"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("the FtM export writes every record"));
}

/// Entities as another tool writes them: hashed ids, a Person, a reference to
/// an entity not in the file, and a line that is no entity.
const FOREIGN: &str = r#"{"id": "5f1c0a", "schema": "PublicBody", "properties": {"name": ["Policía Nacional"], "country": ["es"], "address": ["Madrid"], "email": ["prensa@policia.es"]}}
{"id": "9ab3", "schema": "Person", "properties": {"name": ["A. Suspect"]}}
{"id": "77e0", "schema": "Event", "properties": {"name": ["Arrests"], "date": ["2024-12-03T06:00:00"], "involved": ["5f1c0a", "9ab3", "gone"]}}
{"id": "77e0", "schema": "Event", "properties": {"location": ["Marbella, ES"]}}
not an entity
"#;

#[test]
fn foreign_entities_import_and_what_cannot_is_reported_with_its_line() {
    let (result, report) = import(FOREIGN);
    let imported = result.unwrap_or_else(|_| panic!("{report}"));
    let m = load(&imported.yaml);
    assert_eq!(m.agencies[0].id.as_str(), "policia-nacional");
    assert_eq!(m.agencies[0].country.code(), "ES");
    // An `address` is the agency's seat, looked up as any place.
    let seat = m.agencies[0]
        .seat
        .as_ref()
        .expect("the address is the seat");
    assert_eq!(
        (seat.name.as_str(), seat.country.map(|c| c.code())),
        ("Madrid", Some("ES"))
    );
    assert!(seat.at.is_some());
    let e = &m.events[0];
    assert_eq!(e.id.as_str(), "arrests");
    assert_eq!(e.start.to_string(), "2024-12-03");
    let places: Vec<String> = e.places.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        places,
        ["Marbella, ES"],
        "fragments of one entity are merged"
    );
    assert_eq!(e.participants.len(), 1);
    let codes: Vec<String> = imported
        .checked
        .warnings
        .iter()
        .map(|d| d.code.to_string())
        .collect();
    // The body and the event name no source: warned, as in any dataset.
    assert_eq!(
        codes,
        [
            "uncited-record",
            "not-imported",
            "not-imported",
            "uncited-record",
            "not-imported",
            "dangling-reference",
            "ftm-syntax"
        ],
        "{report}"
    );
    for expected in [
        // The Person: its id and line.
        "Person `9ab3` (line 2) is not imported: coopline has no record for a Person",
        "[case.ftm:2:",
        // The property nothing reads.
        "`email` of PublicBody `5f1c0a` (line 1) is not imported",
        "[case.ftm:1:",
        // The references to the Person and to an id not in the file.
        "`involved` of Event `77e0` (line 3) names Person `9ab3` (line 2), which is not imported",
        "`involved` of Event `77e0` (line 3) names `gone`, which is not in the file",
        "[case.ftm:3:",
        // The line that is no entity.
        "line 5 is not JSON: expected ident at column 2",
        "[case.ftm:5:2]",
    ] {
        assert!(report.contains(expected), "no `{expected}` in:\n{report}");
    }
}

#[test]
fn a_team_without_members_is_an_error_at_its_entity() {
    let ftm = r#"{"id": "t", "schema": "Organization", "properties": {"name": ["JIT"], "incorporationDate": ["2024"]}}
{"id": "m", "schema": "Membership", "properties": {"member": ["p"], "organization": ["t"]}}
{"id": "p", "schema": "Person", "properties": {"name": ["Someone"]}}
"#;
    let (result, report) = import(ftm);
    let diags = result.expect_err("a team needs a member");
    let errors: Vec<&Diagnostic> = diags.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 1, "{report}");
    assert_eq!(
        errors[0].message,
        "Organization `t` (line 1) has no members"
    );
    assert!(report.contains("[case.ftm:1:9]"), "{report}");
    assert!(
        report.contains(
            "`member` of Membership `m` (line 2) names Person `p` (line 3), which is not imported"
        ),
        "{report}"
    );
}

#[test]
fn import_ftm_from_the_command_line() {
    let dir = scratch("ftm-cli");
    let matrix = format!("{}/data/matrix.yaml", env!("CARGO_MANIFEST_DIR"));
    let out = coopline_in(&dir, &["export", &matrix, "-o", "matrix.ftm"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let before = std::fs::read_to_string(dir.join("matrix.ftm")).unwrap();
    // Never over its input.
    let out = coopline_in(&dir, &["import", "ftm", "matrix.ftm", "-o", "matrix.ftm"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("refusing to write over the input file"));
    assert_eq!(
        std::fs::read_to_string(dir.join("matrix.ftm")).unwrap(),
        before
    );
    let out = coopline_in(
        &dir,
        &[
            "import",
            "ftm",
            "matrix.ftm",
            "--title",
            "Matrix",
            "-o",
            "matrix.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "no reports on coopline's own export");
    let check = coopline_in(&dir, &["check", "matrix.yaml"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout).contains("valid — Matrix"),
        "{}",
        text(&check.stdout)
    );
    let out = coopline_in(&dir, &["import", "ftm", "no-such.ftm"]);
    assert_eq!(out.status.code(), Some(3));
    std::fs::write(
        dir.join("bad.ftm"),
        "{\"id\": \"p\", \"schema\": \"Person\"}\n",
    )
    .unwrap();
    let out = coopline_in(&dir, &["import", "ftm", "bad.ftm"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("no entity here becomes an agency, team, event or context record"),
        "{err}"
    );
    assert!(
        err.contains("error: bad.ftm cannot be imported: 1 error, 1 warning"),
        "{err}"
    );
}

#[test]
fn generated_and_hostile_datasets_come_back_from_ftm() {
    for seed in 1..=4 {
        let model = load(&crate::common::dataset(40, 8, 150, seed));
        assert_same_records(
            &model,
            &round_trip(&model),
            &format!("generated, seed {seed}"),
        );
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for folder in ["good", "hostile"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for path in files {
            let yaml = std::fs::read_to_string(&path).unwrap();
            if folder == "hostile" && !yaml.starts_with("# expect: valid") {
                continue;
            }
            let mut sources = SourceSet::new();
            sources.add("case.yaml", yaml.as_str());
            let checked_in = coopline::check(&sources).unwrap();
            let model = checked_in.model;
            let ftm = to_ftm(&model).text;
            let (result, report) = import(&ftm);
            let imported = result.unwrap_or_else(|_| panic!("{}:\n{report}", path.display()));
            let back = load(&imported.yaml);
            assert_same_records(&model, &back, &path.display().to_string());
            // A dataset with warnings comes back with the same warnings, no more.
            let codes = |d: &[Diagnostic]| -> Vec<String> {
                let mut c: Vec<String> = d.iter().map(|d| d.code.to_string()).collect();
                c.sort();
                c
            };
            assert_eq!(
                codes(&imported.checked.warnings),
                codes(&checked_in.warnings),
                "{}:\n{report}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "only {checked} fixtures");
}

#[test]
fn many_properties_values_and_fragments_import_in_linear_time() {
    use std::fmt::Write;
    let n = 100_000;
    let mut ftm = String::from(
        r#"{"id": "a", "schema": "PublicBody", "properties": {"name": ["A"], "jurisdiction": ["nl"]"#,
    );
    for i in 0..n {
        let _ = write!(ftm, r#", "p{i}": ["v{i}"]"#);
    }
    ftm.push_str("}}\n");
    // Values written with escapes the search for their place does not find.
    let _ = write!(
        ftm,
        r#"{{"id": "b", "schema": "PublicBody", "properties": {{"name": ["B"], "jurisdiction": ["nl"], "alias": ["#
    );
    for i in 0..n {
        let _ = write!(ftm, r#"{}"\u00e9{i}""#, if i == 0 { "" } else { ", " });
    }
    ftm.push_str("]}}\n");
    for i in 0..n / 2 {
        let _ = writeln!(
            ftm,
            r#"{{"id": "c", "schema": "PublicBody", "properties": {{"name": ["C"], "jurisdiction": ["nl"], "q{i}": ["x"]}}}}"#
        );
    }
    let t = std::time::Instant::now();
    let (result, report) = import(&ftm);
    // Quadratic searches took minutes here.
    assert!(
        t.elapsed() < std::time::Duration::from_secs(60),
        "{:?}",
        t.elapsed()
    );
    let imported = result.unwrap_or_else(|_| panic!("{}", &report[..report.len().min(2000)]));
    assert_eq!(load(&imported.yaml).agencies.len(), 3);
    assert!(report.contains("`alias` of PublicBody `b` (line 2) has 100000 values"));
}

#[test]
fn confidence_and_grades_come_back() {
    let model = load(
        "sources:\n  - {id: press, title: P}\n  - {id: blog, title: B}\nagencies:\n  - {id: a, name: A, country: FR, kind: police, confidence: low, sources: [press]}\nevents:\n  - {id: e, name: E, date: 2024, participants: [a], sources: [{id: press, grade: A1}, {id: blog, grade: E5}]}\n  - {id: f, name: F, date: 2024, participants: [a], confidence: medium, sources: [{id: blog, grade: B2}]}\n",
    );
    let back = round_trip(&model);
    assert_same_records(&model, &back, "graded");
    assert_eq!(back.events[0].assurance.grades.len(), 2);
    assert!(back.events[0].assurance.from_grades);
    assert!(!back.events[1].assurance.from_grades);
}
