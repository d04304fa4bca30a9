//! `coopline import csv` as a spreadsheet user runs it: sheets in, a dataset out,
//! and every bad cell reported with its file, line and column.

use crate::common::{coopline, coopline_in, facts, text};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use coopline::{Model, SourceSet};

/// A fresh folder holding the given sheets.
fn sheets(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coopline-import-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, body) in files {
        std::fs::write(dir.join(file), body).unwrap();
    }
    dir
}

/// One CSV line with every cell quoted, as a spreadsheet writes awkward text.
fn line(cells: &[&str]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| format!("\"{}\"", c.replace('"', "\"\"")))
        .collect();
    quoted.join(",") + "\n"
}

/// Validates YAML text as `coopline check` does.
fn model(yaml: &str) -> Model {
    let mut sources = SourceSet::new();
    sources.add("imported.yaml", yaml);
    match coopline::check(&sources) {
        Ok(c) => c.model,
        Err(d) => panic!(
            "not valid:\n{}\n{yaml}",
            coopline::render_reports(&d, &sources, false)
        ),
    }
}

/// Runs an import expected to fail on bad data, and returns its report.
fn refused(dir: &Path) -> String {
    let out = coopline_in(dir, &["import", "csv", "."]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(out.stdout.is_empty(), "no YAML for bad data");
    err
}

const MATRIX_TITLE: &str = "Takedown of the Matrix encrypted messaging service";

#[test]
fn the_sample_sheets_import_to_the_matrix_case() {
    let out = coopline(&["import", "csv", "examples/csv", "--title", MATRIX_TITLE]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "", "the sample has no warnings");
    let imported = facts(model(&text(&out.stdout)));
    // The sheets have no column for a name in other languages: the case's
    // French and German names are not among what they carry.
    let matrix = facts(untranslated(model(coopline::MATRIX_YAML)));
    assert_eq!(imported.title, matrix.title);
    assert_eq!(imported.sources, matrix.sources);
    assert_eq!(imported.agencies, matrix.agencies);
    assert_eq!(imported.teams, matrix.teams);
    assert_eq!(imported.events, matrix.events);
    // The authorities the sources name only by country stay so.
    let yaml = text(&out.stdout);
    assert!(yaml.contains("  - country:LT\n  - country:IT\n"), "{yaml}");
    assert!(yaml.contains("country:LT, country:DE, europol"), "{yaml}");
    assert!(!yaml.contains("Authorities of"), "{yaml}");
}

#[test]
fn the_imported_file_passes_check_and_is_the_same_whatever_the_file_order() {
    let dir = sheets("output", &[]);
    let out_path = dir.join("matrix.yaml");
    let out = coopline(&[
        "import",
        "csv",
        "examples/csv/events.csv",
        "examples/csv/teams.csv",
        "examples/csv/memberships.csv",
        "examples/csv/agencies.csv",
        "examples/csv/sources.csv",
        "-o",
        out_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let check = coopline(&["check", out_path.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout).contains(
            "9 agencies and the authorities of 3 countries, 2 teams, 6 events, 15 sources"
        )
    );
    let folder = coopline(&["import", "csv", "examples/csv"]);
    assert_eq!(
        text(&folder.stdout),
        std::fs::read_to_string(&out_path).unwrap(),
        "the folder (name order) and the files in another order give the same bytes"
    );
}

#[test]
fn hostile_labels_round_trip_exactly() {
    let names = [
        "He said \"stop\" and left",
        "key: value",
        "# not a comment",
        "- leading dash",
        "<script>alert('x')</script>",
        "'single' quotes",
        "[brackets], {braces}",
        "&anchor *alias !tag %directive @at `tick`",
        "null",
        "true",
        "~",
        "123",
        "0x1F",
        "1e3",
        "---",
        "...",
        " leading and trailing spaces ",
        "ends with a colon:",
        "Policía – Ελληνική Αστυνομία – 警察",
        "a long name with  two spaces, then more words to pass eighty characters, and more: # yes",
    ];
    let mut agencies = line(&["id", "name", "country", "kind"]);
    for (i, n) in names.iter().enumerate() {
        agencies += &line(&[&format!("a{i}"), n, "NL", "police"]);
    }
    let everyone: Vec<String> = (0..names.len()).map(|i| format!("a{i}")).collect();
    let notes = "line one\nline two: with a colon\n\n  indented # not a comment\n- not a list";
    let mut events = line(&[
        "id",
        "name",
        "date",
        "participants",
        "places",
        "outcomes",
        "notes",
    ]);
    events += &line(&[
        "e",
        "Action day",
        "~2024-09",
        &everyone.join("; "),
        "Marbella, ES; [x]; \"quoted\"",
        "arrests: 3; villa: worth about EUR 15 million; code: 007; cash: 145000 EUR; drugs: 1.5 tonnes",
        notes,
    ]);
    let dir = sheets(
        "hostile",
        &[("agencies.csv", &agencies), ("events.csv", &events)],
    );
    let out = coopline_in(&dir, &["import", "csv", "agencies.csv", "events.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let yaml = text(&out.stdout);
    let m = model(&yaml);
    let got: Vec<&str> = m.agencies.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(got, names, "{yaml}");
    let e = &m.events[0];
    assert_eq!(e.notes.as_deref(), Some(notes), "{yaml}");
    let places: Vec<&str> = e.places.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(places, ["Marbella, ES", "[x]", "\"quoted\""]);
    assert_eq!(e.participants.len(), names.len());
    let outcomes: Vec<String> = e
        .outcomes
        .iter()
        .map(|(k, v)| format!("{k}={v:?}"))
        .collect();
    assert_eq!(
        outcomes,
        [
            "arrests=Int(3)",
            "villa=Text(\"worth about EUR 15 million\")",
            "code=Text(\"007\")",
            "cash=Amount(Amount { number: Int(145000), unit: \"EUR\" })",
            "drugs=Amount(Amount { number: Float(1.5), unit: \"tonnes\" })"
        ]
    );
    // `coopline check` on the written file agrees.
    std::fs::write(dir.join("out.yaml"), &yaml).unwrap();
    let check = coopline_in(&dir, &["check", "out.yaml"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
}

#[test]
fn standard_input_needs_a_kind() {
    let run = |args: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_coopline"))
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"id,name,country,kind\neuropol,Europol,EU,eu-agency\n")
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run(&["import", "csv", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("add --kind"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&["import", "csv", "-", "--kind", "agencies"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("name: Europol"));
    // The agency is used by nothing: the warning points into the sheet.
    assert!(
        text(&out.stderr).contains("[<stdin>:2:1]"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_missing_file_is_an_io_error_and_a_nameless_sheet_a_usage_error() {
    let out = coopline(&["import", "csv", "no/such/agencies.csv"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("cannot read no/such/agencies.csv"));
    let out = coopline(&["import", "csv", "Cargo.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot tell which sheet Cargo.toml is"));
}

#[test]
fn an_output_over_a_sheet_is_refused() {
    let dir = sheets(
        "overwrite",
        &[("agencies.csv", AGENCIES), ("events.csv", EVENTS)],
    );
    let out = coopline_in(&dir, &["import", "csv", ".", "-o", "agencies.csv"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("refusing to write over the input file"));
    assert_eq!(
        std::fs::read_to_string(dir.join("agencies.csv")).unwrap(),
        AGENCIES
    );
}

#[test]
fn semicolon_separated_sheets_from_european_spreadsheets_import() {
    let dir = sheets(
        "semicolons",
        &[
            (
                "agencies.csv",
                "id;name;country;kind\r\neuropol;Europol;EU;eu-agency\r\nnl-om;\"OM; Openbaar Ministerie\";NL;prosecution\r\n",
            ),
            (
                "events.csv",
                "\u{feff}id;name;date;participants\r\ne;Action day;2024-12-03;\"europol; nl-om\"\r\n",
            ),
        ],
    );
    let out = coopline_in(&dir, &["import", "csv", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let m = model(&text(&out.stdout));
    assert_eq!(m.agencies[1].name, "OM; Openbaar Ministerie");
    assert_eq!(m.events[0].participants.len(), 2);
}

const AGENCIES: &str =
    "id,name,country,kind\neuropol,Europol,EU,eu-agency\nnl-om,OM,NL,prosecution\n";
const EVENTS: &str = "id,name,date,participants\ne,Action day,2024-12-03,europol; nl-om\n";

#[test]
fn an_unknown_column_suggests_the_right_name() {
    let dir = sheets(
        "unknown-column",
        &[
            ("agencies.csv", &AGENCIES.replace("country", "contry")),
            ("events.csv", EVENTS),
        ],
    );
    let err = refused(&dir);
    assert!(
        err.contains("unknown column `contry` in ./agencies.csv"),
        "{err}"
    );
    assert!(err.contains("[./agencies.csv:1:9]"), "{err}");
    assert!(err.contains("did you mean `country`?"), "{err}");
    // With the column unknown, the required one is missing too: both are said.
    assert!(
        err.contains("./agencies.csv has no `country` column"),
        "{err}"
    );
}

#[test]
fn a_missing_required_column_is_named() {
    let dir = sheets(
        "missing-column",
        &[
            ("agencies.csv", "id,name,country\neuropol,Europol,EU\n"),
            ("events.csv", "id,name,participants\ne,E,europol\n"),
        ],
    );
    let err = refused(&dir);
    assert!(err.contains("./agencies.csv has no `kind` column"), "{err}");
    assert!(err.contains("[./agencies.csv:1:1]"), "{err}");
    assert!(
        err.contains("./events.csv has no `date` or `start` column"),
        "{err}"
    );
}

/// An amount is a number and its unit in the outcome's cell; a unit that
/// looks like a currency but is no ISO 4217 code is refused at that cell.
#[test]
fn a_currency_that_is_no_code_points_at_its_cell() {
    let events = "id,name,date,participants,outcomes\ne,Action day,2024-12-03,europol,arrests: 3; cash: 145000 EUX\n";
    let dir = sheets(
        "bad-currency",
        &[("agencies.csv", AGENCIES), ("events.csv", events)],
    );
    let err = refused(&dir);
    assert!(err.contains("[./events.csv:2:51]"), "{err}");
    assert!(
        err.contains("the unit `EUX` of the outcome `cash` is not an ISO 4217 currency code"),
        "{err}"
    );
    assert!(err.contains("did you mean `EUR`?"), "{err}");
}

#[test]
fn a_bad_date_points_at_its_cell() {
    let dir = sheets(
        "bad-date",
        &[
            ("agencies.csv", AGENCIES),
            ("events.csv", &EVENTS.replace("2024-12-03", "03/12/2024")),
        ],
    );
    let err = refused(&dir);
    assert!(err.contains("[./events.csv:2:14]"), "{err}");
    assert!(err.contains("`03/12/2024` is not a date"), "{err}");
    assert!(err.contains("did you mean `2024-12-03`?"), "{err}");
    assert!(
        err.contains("e,Action day,03/12/2024"),
        "the snippet shows the row:\n{err}"
    );
}

#[test]
fn an_empty_id_points_at_its_cell() {
    let dir = sheets(
        "empty-id",
        &[
            (
                "agencies.csv",
                &format!("{AGENCIES} ,Eurojust,EU,eu-agency\n"),
            ),
            ("events.csv", EVENTS),
        ],
    );
    let err = refused(&dir);
    assert!(
        err.contains("empty `id` in a row of ./agencies.csv"),
        "{err}"
    );
    assert!(err.contains("[./agencies.csv:4:1]"), "{err}");
}

#[test]
fn a_row_with_the_wrong_number_of_cells_is_refused() {
    let dir = sheets(
        "field-count",
        &[
            (
                "agencies.csv",
                &format!("{AGENCIES}eurojust,Eurojust,EU,eu-agency,extra\nnl-kmar,KMar\n"),
            ),
            ("events.csv", EVENTS),
        ],
    );
    let err = refused(&dir);
    assert!(
        err.contains("this row has 5 cells; the header of ./agencies.csv has 4"),
        "{err}"
    );
    assert!(err.contains("[./agencies.csv:4:32]"), "{err}");
    assert!(
        err.contains("this row has 2 cells; the header of ./agencies.csv has 4"),
        "{err}"
    );
    assert!(err.contains("[./agencies.csv:5:13]"), "{err}");
}

#[test]
fn an_unclosed_quote_points_where_it_opens() {
    let dir = sheets(
        "unclosed",
        &[
            ("agencies.csv", &AGENCIES.replace(",OM,", ",\"OM,")),
            ("events.csv", EVENTS),
        ],
    );
    let err = refused(&dir);
    assert!(err.contains("this quote is never closed"), "{err}");
    assert!(err.contains("[./agencies.csv:3:7]"), "{err}");
}

#[test]
fn an_unknown_participant_points_at_the_id_in_its_cell() {
    let dir = sheets(
        "dangling",
        &[
            ("agencies.csv", AGENCIES),
            ("events.csv", &EVENTS.replace("nl-om\n", "nl-mo\n")),
        ],
    );
    let err = refused(&dir);
    assert!(
        err.contains("unknown agency `nl-mo` in `participants` of event `e`"),
        "{err}"
    );
    assert!(err.contains("[./events.csv:2:34]"), "{err}");
    assert!(err.contains("did you mean `nl-om`?"), "{err}");
}

#[test]
fn memberships_of_an_unknown_team_and_teams_without_members_are_refused() {
    let dir = sheets(
        "teams",
        &[
            ("agencies.csv", AGENCIES),
            ("events.csv", EVENTS),
            ("teams.csv", "id,name,kind,start\njit-x,JIT X,jit,2024-06\n"),
            (
                "memberships.csv",
                "team,agency,from\njit-y,europol,2024-07\n",
            ),
        ],
    );
    let err = refused(&dir);
    assert!(
        err.contains("unknown team `jit-y` in a membership row"),
        "{err}"
    );
    assert!(err.contains("[./memberships.csv:2:1]"), "{err}");
    assert!(err.contains("did you mean `jit-x`?"), "{err}");
    assert!(err.contains("team `jit-x` has no members"), "{err}");
    assert!(err.contains("[./teams.csv:2:1]"), "{err}");
}

#[test]
fn a_membership_outside_its_team_points_at_the_date_cell() {
    let dir = sheets(
        "membership-span",
        &[
            ("agencies.csv", AGENCIES),
            ("events.csv", EVENTS),
            (
                "teams.csv",
                "id,name,kind,start,end\njit-x,JIT X,jit,2024-06,2024-12\n",
            ),
            (
                "memberships.csv",
                "team,agency,from,role\njit-x,europol,2023-01,support\njit-x,nl-om,,lead\n",
            ),
        ],
    );
    let err = refused(&dir);
    assert!(err.contains("[./memberships.csv:2:15]"), "{err}");
    assert!(err.contains("1 error"), "{err}");
}

#[test]
fn a_line_break_in_a_name_is_refused_at_its_cell() {
    let dir = sheets(
        "line-break",
        &[
            ("agencies.csv", &AGENCIES.replace(",OM,", ",\"O\nM\",")),
            ("events.csv", EVENTS),
        ],
    );
    let err = refused(&dir);
    assert!(
        err.contains("`name` contains the control character U+000A"),
        "{err}"
    );
    assert!(err.contains("[./agencies.csv:3:7]"), "{err}");
}

#[test]
fn every_bad_row_is_reported_at_once() {
    let dir = sheets(
        "all-at-once",
        &[
            (
                "agencies.csv",
                "id,name,country,kind\neuropol,Europol,EU,eu-agency\nnl-om,OM,UK,prosecution\n,Nameless,NL,police\n",
            ),
            (
                "events.csv",
                "id,name,date,participants\ne,Action day,2024-13,europol; nl-om\nf,Later,2025,eurpol\n",
            ),
        ],
    );
    let err = refused(&dir);
    for place in [
        "[./agencies.csv:3:10]",
        "[./agencies.csv:4:1]",
        "[./events.csv:2:14]",
        "[./events.csv:3:14]",
    ] {
        assert!(err.contains(place), "{place} missing:\n{err}");
    }
    assert!(err.contains("cannot be imported: 4 errors"), "{err}");
}

/// A missing sources sheet makes the same error once per citing row: the
/// first few are shown in full, the rest listed by place on one line, and
/// the count of errors stays true.
#[test]
fn one_missing_sheet_is_reported_once_in_full_not_once_per_row() {
    let mut events = String::from("id,name,date,participants,sources\n");
    for i in 0..19 {
        events += &format!("e{i},Event {i},2024-01-{:02},a,release-{i}\n", i + 1);
    }
    let dir = sheets(
        "missing-sheet",
        &[
            ("agencies.csv", "id,name,country,kind\na,A,FR,police\n"),
            ("events.csv", &events),
        ],
    );
    let err = refused(&dir);
    assert_eq!(err.matches("× unknown source").count(), 3, "{err}");
    assert!(
        err.contains("dangling-reference: 16 more like the ones above, with the same hint, at ./events.csv:5:25, ./events.csv:6:25"),
        "{err}"
    );
    assert!(err.contains(" and 8 more\n"), "{err}");
    assert!(err.contains("cannot be imported: 19 errors"), "{err}");
}

/// Agencies and teams take a `notes` column, as events do; sources take
/// more links, an archived copy and the date accessed.
#[test]
fn sheets_take_notes_and_every_link_of_a_source() {
    let dir = sheets(
        "notes",
        &[
            (
                "sources.csv",
                "id,title,url,urls,archived,accessed\ns,S,https://a.example,https://b.example; https://c.example,https://web.archive.org/web/2024/https://a.example,2025-01-15\n",
            ),
            (
                "agencies.csv",
                "id,name,country,kind,notes,sources\na,A,FR,police,\"Renamed, in 2019\",s\nb,B,DE,police,,s\n",
            ),
            (
                "teams.csv",
                "id,name,kind,start,members,notes,sources\nt,T,jit,2020,a; b,Extended twice,s\n",
            ),
        ],
    );
    let out = coopline_in(&dir, &["import", "csv", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let m = model(&text(&out.stdout));
    assert_eq!(m.agencies[0].notes.as_deref(), Some("Renamed, in 2019"));
    assert_eq!(m.agencies[1].notes, None);
    assert_eq!(m.teams[0].notes.as_deref(), Some("Extended twice"));
    let src = &m.sources[0];
    assert_eq!(src.urls, ["https://b.example", "https://c.example"]);
    assert_eq!(
        src.archived.as_deref(),
        Some("https://web.archive.org/web/2024/https://a.example")
    );
    assert_eq!(
        src.accessed.map(|d| d.to_string()).as_deref(),
        Some("2025-01-15")
    );
}

#[test]
fn sheets_take_confidence_and_graded_citations() {
    let dir = sheets(
        "graded",
        &[
            ("sources.csv", "id,title\npress,P\nblog,B\n"),
            (
                "agencies.csv",
                "id,name,country,kind,confidence,sources\na,A,FR,police,low,press (A1); blog\n",
            ),
            (
                "events.csv",
                "id,name,date,participants,sources\ne,E,2024,a,blog ( D4 )\n",
            ),
        ],
    );
    let out = coopline_in(&dir, &["import", "csv", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let yaml = text(&out.stdout);
    assert!(yaml.contains("{id: press, grade: A1}"), "{yaml}");
    let m = model(&yaml);
    let a = &m.agencies[0].assurance;
    assert_eq!(a.confidence, Some(coopline::Confidence::Low));
    assert_eq!(a.grades.len(), 1);
    assert_eq!(m.agencies[0].sources.len(), 2);
    let e = &m.events[0].assurance;
    assert_eq!(
        (e.confidence, e.from_grades),
        (Some(coopline::Confidence::Low), true)
    );
    // A bad grade is reported at its place in the cell.
    std::fs::write(
        dir.join("events.csv"),
        "id,name,date,participants,sources\ne,E,2024,a,blog (Q9)\n",
    )
    .unwrap();
    let err = refused(&dir);
    assert!(err.contains("invalid grade `Q9`"), "{err}");
    assert!(err.contains("events.csv:2:18]"), "{err}");
}

/// `m` with only its texts as read, without their other languages.
fn untranslated(mut m: coopline::Model) -> coopline::Model {
    let none = coopline::Translations::default;
    m.title_langs = none();
    m.description_langs = none();
    m.case_langs.iter_mut().for_each(|l| *l = none());
    for a in &mut m.agencies {
        (a.name_langs, a.short_langs) = (none(), none());
    }
    m.teams.iter_mut().for_each(|t| t.name_langs = none());
    m.events.iter_mut().for_each(|e| e.name_langs = none());
    for c in &mut m.context {
        (c.name_langs, c.short_langs) = (none(), none());
    }
    m
}
