//! The JSON Schema editors use (`coopline schema`): current, honest about the
//! format, and satisfied by every bundled dataset.

use std::collections::BTreeSet;
use std::path::Path;

use coopline::{FIELDS, MODELINE, schema, schema_json, yaml_to_json};

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&schema()).expect("the schema is itself valid")
}

fn errors(v: &jsonschema::Validator, yaml: &str) -> Vec<String> {
    let data = yaml_to_json(yaml).expect("test YAML parses");
    v.iter_errors(&data)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn yaml_files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_schema_file_in_the_repository_is_current() {
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/coopline.schema.json"),
    )
    .unwrap();
    assert!(
        committed == schema_json(),
        "schema/coopline.schema.json is stale: run `cargo run -- schema -o schema/coopline.schema.json`"
    );
}

#[test]
fn every_bundled_dataset_satisfies_the_schema_and_points_editors_at_it() {
    let v = validator();
    let files = yaml_files("data");
    assert!(files.len() >= 4);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert_eq!(
            text.lines().next(),
            Some(MODELINE),
            "{} starts with the schema line",
            f.display()
        );
        let errs = errors(&v, &text);
        assert!(errs.is_empty(), "{}: {errs:#?}", f.display());
    }
    for f in yaml_files("tests/fixtures/good") {
        let errs = errors(&v, &std::fs::read_to_string(&f).unwrap());
        assert!(errs.is_empty(), "{}: {errs:#?}", f.display());
    }
}

#[test]
fn the_schema_knows_exactly_the_fields_the_reader_knows() {
    let s = schema();
    for (record, fields) in FIELDS {
        let props = if *record == "dataset" {
            &s["properties"]
        } else {
            let mut name = record.to_string();
            name[..1].make_ascii_uppercase();
            &s["$defs"][name]["properties"]
        };
        let in_schema: BTreeSet<&str> = props
            .as_object()
            .unwrap_or_else(|| panic!("no schema for {record}"))
            .keys()
            .map(String::as_str)
            .collect();
        let in_reader: BTreeSet<&str> = fields.iter().copied().collect();
        assert_eq!(in_schema, in_reader, "fields of {record}");
    }
}

#[test]
fn the_schema_flags_what_an_editor_should_underline() {
    let v = validator();
    let good =
        "agencies:\n  - {id: nl-politie, name: Netherlands Police, country: NL, kind: police}\n";
    assert!(errors(&v, good).is_empty());
    for (bad, what) in [
        (
            "agencies:\n  - {id: a, name: A, country: NL, kind: police, colour: red}\n",
            "unknown field",
        ),
        (
            "agencies:\n  - {id: a, name: A, country: UK, kind: police}\n",
            "country code",
        ),
        (
            "agencies:\n  - {id: a, name: A, country: NL, kind: cops}\n",
            "agency kind",
        ),
        (
            "agencies:\n  - {id: NL Police, name: A, country: NL, kind: police}\n",
            "id form",
        ),
        (
            "agencies:\n  - {id: a, country: NL, kind: police}\n",
            "missing name",
        ),
        (
            "teams:\n  - {id: t, name: T, kind: jit, start: 2024-13, members: [a]}\n",
            "month 13",
        ),
        (
            "teams:\n  - {id: t, name: T, kind: jit, start: 24-01, members: [a]}\n",
            "two-digit year",
        ),
        (
            "teams:\n  - {id: t, name: T, kind: jit, start: 2024, members: []}\n",
            "no members",
        ),
        (
            "events:\n  - {id: e, name: E, date: 2024, outcomes: {arrests: [1]}}\n",
            "outcome list",
        ),
        ("titel: x\n", "top-level typo"),
        (
            "events:\n  - {id: e, name: E, date: 2024, participants: [a, country:UK]}\n",
            "a country reference that is no ISO code",
        ),
        (
            "events:\n  - {id: e, name: E, date: 2024, outcomes: {cash: {unit: EUR}}}\n",
            "an amount without its number",
        ),
        (
            "events:\n  - {id: e, name: E, date: 2024, outcomes: {cash: {amount: \"145,000\", unit: EUR}}}\n",
            "an amount written as text",
        ),
        (
            "events:\n  - {id: e, name: E, date: 2024, outcomes: {cash: {amount: 1, unit: EUR, currency: EUR}}}\n",
            "a field an amount does not have",
        ),
        (
            "teams:\n  - {id: t, name: T, kind: jit, start: 2024, members: [{agency: country:EU}]}\n",
            "a country reference to the EU",
        ),
        (
            "agencies:\n  - {id: a, name: {english: A}, country: NL, kind: police}\n",
            "a language written by name",
        ),
        (
            "agencies:\n  - {id: a, name: {}, country: NL, kind: police}\n",
            "a name in no language",
        ),
        (
            "events:\n  - {id: e, name: {en: E, nl: \"  \"}, date: 2024}\n",
            "an empty text of one language",
        ),
        ("lang: Dutch\n", "a dataset language written by name"),
    ] {
        assert!(!errors(&v, bad).is_empty(), "the schema misses: {what}");
    }
    // What the format accepts, the schema accepts too.
    for ok in [
        "events:\n  - {id: e, name: E, start: ~2024-09, end: ..2024-12-03, participants: a}\n",
        "teams:\n  - {id: t, name: T, kind: otf, start: 2024, members: [a, {agency: b, from: 2024-06, role: lead}]}\n",
        "agencies:\n  - {id: a, name: A, short: 112, country: EU, kind: eu-agency, sources: s}\n",
        "events:\n  - {id: e, name: E, date: 2024, participants: [a, country:LT, country:it]}\n",
        "events:\n  - {id: e, name: E, date: 2024, participants: country:DE}\n",
        "events:\n  - {id: e, name: E, date: 2024, outcomes: {arrests: 3, cash: {amount: 145000, unit: EUR}, cocaine: {amount: 1.5, unit: tonnes}, note: about 40}}\n",
        "teams:\n  - {id: t, name: T, kind: otf, start: 2024, members: [country:LT, {agency: country:IT, role: support}]}\n",
        "title: {en: A case, nl: Een zaak}\nlang: pt-BR\nagencies:\n  - {id: a, name: {en: A, nl: B, pt-BR: C}, short: {en: X}, country: NL, kind: police}\n",
        "chapters:\n  - {title: {fr: Le jour J}, text: {en: \"Line one.\\nLine two.\", nl: Tekst}}\n",
    ] {
        assert!(errors(&v, ok).is_empty(), "{ok}: {:#?}", errors(&v, ok));
    }
}
