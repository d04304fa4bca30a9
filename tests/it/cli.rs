//! The `coopline` binary as a user runs it: exit codes, reports, inputs.

use crate::common::{coopline, scratch, text};

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn no_arguments_runs_the_bundled_case() {
    let dir = scratch("main-job");
    let out = Command::new(env!("CARGO_BIN_EXE_coopline"))
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        dir.join("output/matrix-timeline.svg").is_file(),
        "the gallery is written"
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("valid — Takedown of the Matrix encrypted messaging service"),
        "{stdout}"
    );
}

#[test]
fn bundled_data_checks_clean() {
    let out = coopline(&["check", "data/matrix.yaml"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stderr),
        "",
        "the bundled data should have no warnings"
    );
    assert!(text(&out.stdout).starts_with("data/matrix.yaml: valid"));
}

#[test]
fn a_typo_in_the_matrix_case_points_at_its_line() {
    let yaml = coopline::MATRIX_YAML.replacen(
        "participants: [nl-om, nl-kmar]",
        "participants: [nl-om, nl-kmr]",
        1,
    );
    assert_ne!(
        yaml,
        coopline::MATRIX_YAML,
        "the surrender event's participants line moved"
    );
    let (line, col) = yaml
        .lines()
        .enumerate()
        .find_map(|(i, l)| l.find("nl-kmr").map(|c| (i + 1, c + 1)))
        .unwrap();
    let dir = scratch("typo");
    let path = dir.join("matrix.yaml");
    std::fs::write(&path, yaml).unwrap();
    let out = coopline(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("{}:{line}:{col}]", path.display())),
        "{err}"
    );
    assert!(err.contains("unknown agency `nl-kmr`"), "{err}");
    assert!(err.contains("did you mean `nl-kmar`?"), "{err}");
    assert!(
        err.contains("participants: [nl-om, nl-kmr]"),
        "the snippet shows the line:\n{err}"
    );
    assert!(err.contains("1 error"), "{err}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let out = coopline(&[
        "check",
        "tests/fixtures/bad/unknown-country.yaml",
        "tests/fixtures/bad/unknown-kind.yaml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("is not valid: 4 errors"), "{err}");
}

#[test]
fn missing_file_is_an_io_error() {
    let out = coopline(&["check", "no/such/file.yaml"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("cannot read no/such/file.yaml"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(coopline(&["check"]).status.code(), Some(2));
    assert_eq!(coopline(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        coopline(&["check", "--bogus", "x.yaml"]).status.code(),
        Some(2)
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coopline"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"agencies:\n  - {id: europol, name: Europol, country: EU, kind: eu-agency}\nevents:\n  - {id: e, name: E, date: 2024, participants: [europol]}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("<stdin>: valid"));
}

#[test]
fn a_folder_is_merged_and_duplicates_across_files_name_both() {
    let dir = scratch("folder");
    std::fs::write(
        dir.join("a.yaml"),
        "agencies:\n  - {id: europol, name: Europol, country: EU, kind: eu-agency}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.yml"),
        "events:\n  - {id: e, name: E, date: 2024, participants: [europol]}\n",
    )
    .unwrap();
    let out = coopline(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 agency, 0 teams, 1 event"));

    std::fs::write(
        dir.join("c.yaml"),
        "agencies:\n  - {id: europol, name: Europol again, country: EU, kind: eu-agency}\n",
    )
    .unwrap();
    let out = coopline(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("{}:2:10]", dir.join("c.yaml").display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}:2:10]", dir.join("a.yaml").display())),
        "{err}"
    );
    assert!(err.contains("first defined here"), "{err}");
}

#[test]
fn the_data_folder_merges_into_one_dataset_linked_by_shared_agencies() {
    let out = coopline(&["check", "--deny-warnings", "data"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(
        summary.starts_with("4 files merged into one dataset (data/encrochat.yaml, data/legal-framework.yaml, data/matrix.yaml and 1 more): valid"),
        "{summary}"
    );
    // Europol appears in three files but is one agency; the query sees the cases linked.
    let out = coopline(&["query", "data", "with", "europol", "--json"]);
    let partners: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let through: Vec<&str> = partners
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            p["occasions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap())
        })
        .collect();
    assert!(
        through.contains(&"otf-matrix") && through.contains(&"jit-encrochat"),
        "{through:?}"
    );
}

#[test]
fn warnings_fail_only_when_denied() {
    let ok = coopline(&["check", "tests/fixtures/good/warnings.yaml"]);
    assert_eq!(ok.status.code(), Some(0));
    assert!(
        text(&ok.stdout).contains("5 warnings"),
        "{}",
        text(&ok.stdout)
    );
    assert!(text(&ok.stderr).contains("agency `eurojust` is never used"));
    assert!(text(&ok.stderr).contains("event `e` cites no source"));
    let denied = coopline(&[
        "check",
        "--deny-warnings",
        "tests/fixtures/good/warnings.yaml",
    ]);
    assert_eq!(denied.status.code(), Some(1));
}

#[test]
fn query_answers_as_tables_and_json() {
    let out = coopline(&["query", "data/matrix.yaml", "with", "nl-kmar"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.starts_with("PARTNER"), "{table}");
    assert!(
        table.contains("nl-om")
            && table.contains("2025-01-31")
            && table.contains("surrender-nl-suspect")
    );

    let out = coopline(&[
        "query",
        "data/matrix.yaml",
        "--by",
        "country",
        "path",
        "IT",
        "DE",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let hops: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hops = hops.as_array().unwrap();
    assert_eq!(
        hops.len(),
        2,
        "Italy reaches Germany through one action-day partner"
    );
    assert_eq!(hops[0]["from"], "IT");
    assert_eq!(hops[1]["to"], "DE");
    assert_eq!(hops[1]["occasion"]["id"], "action-day");

    let out = coopline(&["query", "data/matrix.yaml", "stats", "--json"]);
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["nodes"], 12);
    assert_eq!(stats["components"], 1);
    assert_eq!(stats["busiest_year"]["year"], 2024);
}

/// Outcomes are added up only when asked, and never across units: cash in
/// euros and cash in pounds are two totals, a text is listed but not added,
/// and each total names the events it comes from.
#[test]
fn query_totals_outcomes_one_unit_at_a_time() {
    let out = coopline(&["query", "data", "outcomes", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let totals: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let totals = totals.as_array().unwrap();
    let find = |name: &str, unit: Option<&str>| {
        totals
            .iter()
            .find(|t| t["name"] == name && t["unit"].as_str() == unit)
            .unwrap_or_else(|| panic!("no total of {name} in {unit:?}: {totals:#?}"))
    };
    // EncroChat 3.4 M + 130 M + 3.4 M + 739.7 M, Matrix 145,000, Sky ECC 1.2 M + 1 M.
    let eur = find("cash", Some("EUR"));
    assert_eq!(eur["kind"], "amount");
    assert_eq!(eur["total"], 878_845_000);
    assert_eq!(eur["events"], 7);
    // The NCA's two figures, in pounds: never added to euros.
    let gbp = find("cash", Some("GBP"));
    assert_eq!(gbp["total"], 110_800_000);
    assert_eq!(
        gbp["through"],
        serde_json::json!(["venetic-announcement", "venetic-figures-2021"])
    );
    let officers = find("officers", None);
    assert_eq!(officers["kind"], "text");
    assert_eq!(officers["total"], serde_json::Value::Null);
    let cocaine = find("cocaine", Some("kg"));
    assert_eq!(cocaine["total"], 103_500);
    let mut keys: Vec<(String, String)> = totals
        .iter()
        .map(|t| (t["name"].to_string(), t["unit"].to_string()))
        .collect();
    let n = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), n, "one total per name and unit");

    // For people: the amounts as the views write them, the events named.
    let out = coopline(&["query", "data/matrix.yaml", "outcomes"]);
    let table = text(&out.stdout);
    let rows: Vec<Vec<&str>> = table
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[0], ["OUTCOME", "TOTAL", "EVENTS", "THROUGH"]);
    assert!(
        rows.contains(&vec!["cash", "EUR", "145,000", "1", "action-day"]),
        "{table}"
    );
    assert!(
        rows.contains(&vec!["messages", "2,300,000", "1", "live-interception"]),
        "{table}"
    );
    assert!(table.contains("counted twice"), "{table}");

    // A slice of time totals the events within it: in 2020, the NCA's first
    // figure only.
    let out = coopline(&["query", "data", "outcomes", "--to", "2020", "--json"]);
    let sliced: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let cash: Vec<&serde_json::Value> = sliced
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["name"] == "cash")
        .collect();
    assert_eq!(cash.len(), 1, "{cash:?}");
    assert_eq!(cash[0]["unit"], "GBP");
    assert_eq!(cash[0]["total"], 54_000_000);
}

#[test]
fn query_for_an_unknown_agency_suggests_one() {
    let out = coopline(&["query", "data/matrix.yaml", "with", "europl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("did you mean `europol`?"));
}

#[test]
fn export_infers_the_format_and_never_overwrites_input() {
    let dir = scratch("export");
    let target = dir.join("matrix.graphml");
    let out = coopline(&["export", "data/matrix.yaml", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("<graphml"));

    let input = dir.join("case.yaml");
    std::fs::copy("data/matrix.yaml", &input).unwrap();
    let out = coopline(&[
        "export",
        input.to_str().unwrap(),
        "--format",
        "dot",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&input).unwrap(),
        coopline::MATRIX_YAML,
        "input untouched"
    );

    let out = coopline(&[
        "export",
        "data/matrix.yaml",
        "-o",
        dir.join("x.png").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn render_writes_an_svg_and_checks_its_options() {
    let dir = scratch("render");
    let target = dir.join("m.svg");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--size",
        "slide",
        "--theme",
        "dark",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg = std::fs::read_to_string(&target).unwrap();
    assert!(
        svg.contains("height=\"1080\"") && svg.contains("width=\"1920\""),
        "slide size"
    );
    assert!(svg.contains("#15171c"), "dark background");

    let out = coopline(&["render", "data/matrix.yaml", "--focus", "nl-kmr", "-o", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("did you mean `nl-kmar`?"));
    assert_eq!(
        coopline(&["render", "data/matrix.yaml", "--size", "huge"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        coopline(&["render", "data/matrix.yaml", "--theme", "neon"])
            .status
            .code(),
        Some(2)
    );

    let out = coopline(&["render", "data/matrix.yaml", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("<?xml"));
}

/// Text from flags reaches the picture without the checks data goes through.
/// A control character in it is either refused as a usage error naming the
/// flag, or written so that the SVG and the page still parse and show the text
/// (what XML cannot carry as U+FFFD): never a broken file.
#[test]
fn text_from_flags_never_breaks_the_svg_or_the_page() {
    let dir = scratch("flag-text");
    let title = "Case \u{1}\u{1b}[31m red\r\n]]> -- \u{FFFF}\u{85} \"q\" 'a' &amp;";
    let want = "Case \u{FFFD}\u{FFFD}[31m red\r\n]]> -- \u{FFFD}\u{85} \"q\" 'a' &amp;";
    for (view, file) in [
        ("timeline", "t.svg"),
        ("storyline", "s.svg"),
        ("network", "n.svg"),
        ("timeline", "t.html"),
    ] {
        let target = dir.join(file);
        let mut args = vec![
            "render",
            "data/matrix.yaml",
            "--view",
            view,
            "--title",
            title,
            "-o",
            target.to_str().unwrap(),
        ];
        if view == "timeline" {
            args.extend(["--subtitle", title, "--caption", title]);
        }
        let out = coopline(&args);
        if out.status.code() == Some(2) {
            assert!(
                text(&out.stderr).contains("--title"),
                "{}",
                text(&out.stderr)
            );
            assert!(!target.exists(), "nothing is written");
            continue;
        }
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let written = std::fs::read_to_string(&target).unwrap();
        let svg = match written.find("<svg") {
            Some(i) if file.ends_with(".html") => {
                &written[i..written.find("\n</svg>").expect("the SVG ends") + 7]
            }
            _ => written.as_str(),
        };
        let doc = roxmltree::Document::parse(svg)
            .unwrap_or_else(|e| panic!("{view} {file}: the SVG does not parse: {e}"));
        let shown = doc
            .descendants()
            .find(|n| n.attribute("id") == Some("title"))
            .and_then(|n| n.text())
            .unwrap_or_default();
        let start = shown.trim_end_matches('…');
        assert!(
            shown == want || (shown.ends_with('…') && want.starts_with(start)),
            "{view} {file}: title {shown:?}"
        );
    }
}

#[test]
fn resource_limits_are_enforced_with_clear_errors() {
    let out = coopline(&["check", "--max-records", "10", "data/matrix.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("more than 10 records"),
        "{}",
        text(&out.stderr)
    );
    let out = coopline(&["check", "--max-input-bytes", "100", "data/matrix.yaml"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("larger than the limit of 100 bytes"));
    let out = coopline(&["check", "tests/fixtures/hostile/billion-laughs.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let out = coopline(&["check", "tests/fixtures/hostile/deep-nesting.yaml"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_slide_build_from_the_command_line() {
    let dir = scratch("deck");
    let target = dir.join("deck/matrix.png");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--size",
        "slide",
        "--steps",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Six events in the Matrix case: a six-frame build.
    for k in 1..=6 {
        let frame = dir.join(format!("deck/matrix-{k:02}.png"));
        let bytes = std::fs::read(&frame).unwrap_or_else(|_| panic!("{} missing", frame.display()));
        assert_eq!(&bytes[..4], b"\x89PNG");
    }
    assert!(!dir.join("deck/matrix-07.png").exists());
    let pdf = dir.join("deck/matrix.pdf");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--steps",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let out = coopline(&["render", "data/matrix.yaml", "--steps", "-o", "-"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn storyline_renders_and_reports_its_quality() {
    let dir = scratch("story");
    let target = dir.join("story.svg");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "storyline",
        "--stats",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("crossings "), "{stdout}");
    assert!(stdout.contains("12 lines over 6 time steps"), "{stdout}");
    assert!(std::fs::read_to_string(&target).unwrap().contains("<path "));
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "storyline",
        "--by",
        "kind",
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn network_renders_and_generated_data_checks() {
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "network",
        "--by",
        "country",
        "--center",
        "europol",
        "--mode",
        "agencies",
        "--stats",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("edge crossings "), "{stdout}");
    assert!(
        stdout.contains("8 nodes, 26 edges, agencies mode"),
        "{stdout}"
    );
    // Without --mode the Matrix action day (ten agencies) makes hubs of its teams
    // and events, and crossings are still reported.
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "network",
        "--by",
        "country",
        "--stats",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("edge crossings "), "{stdout}");
    assert!(
        stdout.contains(" teams and events), ") && stdout.contains("edges, affiliation mode"),
        "{stdout}"
    );
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "network",
        "--center",
        "interpol",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(2));

    let dir = scratch("gen");
    let file = dir.join("g.yaml");
    let out = coopline(&[
        "gen",
        "--agencies",
        "30",
        "--teams",
        "4",
        "--events",
        "60",
        "--seed",
        "3",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let out = coopline(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("32 agencies"));
    let again = coopline(&[
        "gen",
        "--agencies",
        "30",
        "--teams",
        "4",
        "--events",
        "60",
        "--seed",
        "3",
    ]);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        again.stdout,
        "the same seed gives the same data"
    );
}

#[test]
fn completions_and_manual_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = coopline(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = text(&out.stdout);
        assert!(
            script.contains("render") && script.contains("storyline"),
            "{shell} completion lacks commands"
        );
    }
    let out = coopline(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH coopline"),
        "not a roff page"
    );
    assert!(page.contains("render"));
}

#[test]
fn quiet_prints_only_problems() {
    let dir = scratch("quiet");
    let out = coopline(&["-q", "check", "data/matrix.yaml"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "", "a valid file says nothing");
    let pic = dir.join("m.svg");
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--quiet",
        "-o",
        pic.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(pic.is_file());
    assert_eq!(
        text(&out.stdout) + &text(&out.stderr),
        "",
        "no `wrote` line"
    );
    let bad = dir.join("bad.yaml");
    std::fs::write(
        &bad,
        "agencies:\n  - {id: a, name: A, country: XX, kind: police}\n",
    )
    .unwrap();
    let out = coopline(&["check", "-q", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("XX"), "problems still show");
}

#[test]
fn verbose_tells_what_each_stage_did() {
    let dir = scratch("verbose");
    let pic = dir.join("m.svg");
    let out = coopline(&[
        "render",
        "-v",
        "data/matrix.yaml",
        "-o",
        pic.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    for stage in [
        "read data/matrix.yaml",
        "checked in",
        "laid out the timeline in",
        "rendered and wrote in",
    ] {
        assert!(err.contains(stage), "{stage}: {err}");
    }
    let out = coopline(&["-q", "-v", "check", "data/matrix.yaml"]);
    assert_eq!(out.status.code(), Some(2), "quiet and verbose conflict");
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    let dir = scratch("colour");
    let bad = dir.join("bad.yaml");
    std::fs::write(
        &bad,
        "agencies:\n  - {id: a, name: A, country: XX, kind: police}\n",
    )
    .unwrap();
    let piped = Command::new(env!("CARGO_BIN_EXE_coopline"))
        .args(["check", bad.to_str().unwrap()])
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(
        !text(&piped.stderr).contains('\x1b'),
        "no escapes into a pipe"
    );
    // `script` gives the command a terminal; CI machines have it (util-linux).
    let Ok(probe) = Command::new("script").arg("--version").output() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs `script` for this test"
        );
        return;
    };
    assert!(probe.status.success());
    let on_tty = |no_color: Option<&str>| {
        let mut c = Command::new("script");
        c.args(["-qec"])
            .arg(format!(
                "{} check {}",
                env!("CARGO_BIN_EXE_coopline"),
                bad.display()
            ))
            .arg("/dev/null")
            .env_remove("NO_COLOR");
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        text(&c.output().unwrap().stdout)
    };
    let coloured = on_tty(None);
    assert!(coloured.contains("XX"), "{coloured}");
    assert!(
        coloured.contains('\x1b'),
        "colour on a terminal: {coloured:?}"
    );
    let plain = on_tty(Some("1"));
    assert!(plain.contains("XX"), "{plain}");
    assert!(!plain.contains("\x1b["), "NO_COLOR respected: {plain:?}");
}

#[test]
fn schema_prints_the_committed_json_schema() {
    let out = coopline(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/coopline.schema.json"),
    )
    .unwrap();
    assert_eq!(text(&out.stdout), committed);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["title"], "coopline dataset");
    let dir = scratch("schema");
    let file = dir.join("s.json");
    let out = coopline(&["schema", "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(file).unwrap(), committed);
}

#[test]
fn an_option_the_view_does_not_read_is_a_usage_error_naming_the_views_that_do() {
    for (args, says) in [
        (
            &["--view", "storyline", "--lanes", "team"][..],
            "--lanes does not apply to the storyline view; it applies to the timeline view",
        ),
        (
            &["--by", "country"][..],
            "--by does not apply to the timeline view; it applies to the storyline and network views",
        ),
        (
            &["--facet", "year"][..],
            "--facet does not apply to the timeline view; it applies to the network and map views",
        ),
        (
            &["--mode", "agencies"][..],
            "--mode does not apply to the timeline view; it applies to the network view",
        ),
        (
            &["--links", "all"][..],
            "--links does not apply to the timeline view; it applies to the network view",
        ),
        (
            &["--view", "network", "--focus", "europol"][..],
            "--focus does not apply to the network view; it applies to the timeline view",
        ),
        (
            &["--view", "storyline", "--caption", "For the class"][..],
            "--caption does not apply to the storyline view",
        ),
    ] {
        let dir = scratch("misplaced");
        let target = dir.join("out.svg");
        let mut all = vec!["render", "data/matrix.yaml", "-o", target.to_str().unwrap()];
        all.extend(args);
        let out = coopline(&all);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(!target.exists(), "{args:?}: nothing is written");
    }
    // The same value as the default, typed, is still the user's choice: refused.
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "storyline",
        "--lanes",
        "agency",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(2));
    // Options a view reads pass.
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--view",
        "network",
        "--by",
        "country",
        "--facet",
        "year",
        "--mode",
        "affiliation",
        "-o",
        "-",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn an_output_name_of_no_picture_format_is_a_usage_error_listing_the_formats() {
    let dir = scratch("jpg");
    let target = dir.join("case.jpg");
    let out = coopline(&["render", "data/matrix.yaml", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("case.jpg") && err.contains(".svg, .png, .pdf, .html or .pptx"),
        "{err}"
    );
    assert!(!target.exists());
    // An explicit --format decides, whatever the name.
    let out = coopline(&[
        "render",
        "data/matrix.yaml",
        "--format",
        "svg",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(&target).unwrap().contains("<svg"));
}

#[test]
fn a_view_with_nothing_to_draw_says_why_in_the_picture_and_on_stderr() {
    // The legal framework has milestones and no agencies: the storyline and
    // the network have no one to draw, and the Matrix timeline of 1990 none.
    let dir = scratch("nothing-to-draw");
    for (args, view, tail) in [
        (
            vec!["data/legal-framework.yaml", "--view", "storyline"],
            "storyline",
            "This dataset's 23 legal milestones are drawn on the timeline.",
        ),
        (
            vec!["data/legal-framework.yaml", "--view", "network"],
            "network",
            "This dataset's 23 legal milestones are drawn on the timeline.",
        ),
        (
            vec!["data/matrix.yaml", "--from", "1990", "--to", "1991"],
            "timeline",
            "so there are no lanes to draw.",
        ),
    ] {
        let out_file = dir.join(format!("{view}.svg"));
        let mut all = vec!["render"];
        all.extend(&args);
        all.extend(["-o", out_file.to_str().unwrap()]);
        let out = coopline(&all);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(&format!("warning: the {view} has nothing to draw")),
            "{stderr}"
        );
        // One line at the default width.
        let svg = std::fs::read_to_string(&out_file).unwrap();
        let note = svg
            .lines()
            .find(|l| l.starts_with("Nothing to draw: no agency takes part"))
            .unwrap_or_else(|| panic!("{view}: no note"));
        assert!(note.ends_with(tail), "{view}: {note}");
    }
}

/// Files named together are merged into one dataset; the summary and the
/// error line say so, in English that agrees.
#[test]
fn checking_several_files_says_they_are_merged() {
    let dir = scratch("merged");
    std::fs::write(
        dir.join("a.yaml"),
        "title: A\nagencies:\n  - {id: a, name: A, country: FR, kind: police}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.yaml"),
        "events:\n  - {id: e, name: E, date: 2021-06-07, participants: [a]}\n",
    )
    .unwrap();
    let (a, b) = (dir.join("a.yaml"), dir.join("b.yaml"));
    let out = coopline(&["check", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let summary = text(&out.stdout);
    assert!(
        summary.starts_with(&format!(
            "2 files merged into one dataset ({}, {}): valid — A",
            a.display(),
            b.display()
        )),
        "{summary}"
    );
    std::fs::write(
        dir.join("b.yaml"),
        "events:\n  - {id: e, name: E, date: 2021-6-7, participants: [a]}\n",
    )
    .unwrap();
    let out = coopline(&["check", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!(
            "error: the dataset merged from 2 files ({}, {}) is not valid: 1 error",
            a.display(),
            b.display()
        )),
        "{err}"
    );
}

/// The time window may follow the question, as people type it:
/// `query case.yaml with fr-ofac --to 2023` is the window's answer, not a
/// usage error.
#[test]
fn query_takes_its_window_after_the_question() {
    let after = coopline(&[
        "query",
        "data/matrix.yaml",
        "with",
        "fr-ofac",
        "--to",
        "2023",
    ]);
    assert_eq!(after.status.code(), Some(0), "{}", text(&after.stderr));
    let before = coopline(&[
        "query",
        "--to",
        "2023",
        "data/matrix.yaml",
        "with",
        "fr-ofac",
    ]);
    assert_eq!(text(&after.stdout), text(&before.stdout));
    let all = coopline(&["query", "data/matrix.yaml", "with", "fr-ofac"]);
    assert_ne!(text(&after.stdout), text(&all.stdout), "the window applies");
    assert!(text(&after.stdout).contains("fr-junalco-j3"));
    assert!(!text(&after.stdout).contains("eurojust"));
}

/// `check --sources-report` lists what each source supports and what cites
/// nothing, as an editor checks a piece before it runs.
#[test]
fn the_sources_report_lists_what_each_source_supports() {
    let out = coopline(&[
        "check",
        "--sources-report",
        "tests/fixtures/good/warnings.yaml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(
        report.contains(
            "release: A press release\n  agencies: europol, eurojust\n  events: milestone, raid\n"
        ),
        "{report}"
    );
    assert!(
        report.contains("unused-release: A press release nobody cites\n  cited by no record\n"),
        "{report}"
    );
    assert!(
        report.ends_with("1 record cites no source: event e\n"),
        "{report}"
    );
    let matrix = coopline(&["check", "--sources-report", "data/matrix.yaml"]);
    let report = text(&matrix.stdout);
    assert!(
        report.contains("eurojust-2024-12-03 — Eurojust, 2024-12-03: "),
        "{report}"
    );
    assert!(
        report.ends_with("Every record cites a source.\n"),
        "{report}"
    );
}

/// `--no-private` leaves companies and NGOs out of pictures, exports and
/// answers, and says how many.
#[test]
fn no_private_leaves_out_companies_and_ngos() {
    let case = "tests/fixtures/good/private-partners.yaml";
    let all = coopline(&["query", case, "with", "nl-pol"]);
    assert!(text(&all.stdout).contains("sec-firm"));
    let out = coopline(&["query", case, "with", "nl-pol", "--no-private"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let answer = text(&out.stdout);
    assert!(
        !answer.contains("sec-firm") && !answer.contains("ngo") && answer.contains("fr-gn"),
        "{answer}"
    );
    assert!(
        text(&out.stderr)
            .contains("note: --no-private left out 3 partners (private sector and civil society)"),
        "{}",
        text(&out.stderr)
    );
    let svg = coopline(&["render", case, "-o", "-", "--no-private"]);
    assert_eq!(svg.status.code(), Some(0), "{}", text(&svg.stderr));
    let svg = text(&svg.stdout);
    assert!(svg.contains("Gendarmerie") && !svg.contains("Example Bank"));
}
