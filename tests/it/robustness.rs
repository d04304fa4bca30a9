//! What an outside fuzzing campaign found, one test per class, each from a
//! minimal input: no panic, no malformed output, no lost or replaced file, no
//! silent write failure, no runaway canvas, no endless folder walk, no
//! quadratic check.

use crate::common::{coopline_in, scratch, text};

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use coopline::{Diagnostic, SourceSet, Span};
use proptest::prelude::*;

fn matrix() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/matrix.yaml")).unwrap()
}

#[test]
fn an_error_past_column_65535_is_reported_not_panicked() {
    let dir = scratch("column");
    let yaml = format!("{{title: {}, bogus: 1}}\n", "x".repeat(65_536));
    std::fs::write(dir.join("c.yaml"), yaml).unwrap();
    let out = coopline_in(&dir, &["check", "c.yaml"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("unknown field `bogus`"), "{err}");
    // The header still gives the true column; the line shown is cut around it.
    assert!(err.contains("c.yaml:1:65547"), "{err}");
    assert!(err.lines().all(|l| l.chars().count() < 200), "{err}");
}

#[test]
fn a_long_value_is_quoted_short_and_checked_quickly() {
    let dir = scratch("long-value");
    let yaml = format!(
        "agencies:\n  - {{id: a, name: A, country: {}, kind: police}}\n",
        "Q".repeat(1_000_000)
    );
    std::fs::write(dir.join("c.yaml"), yaml).unwrap();
    let out = coopline_in(&dir, &["check", "c.yaml"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("unknown country code"), "{err}");
    assert!(
        err.contains("QQQ…`"),
        "the value is cut with an ellipsis: {err}"
    );
    assert!(err.len() < 4_000, "the report echoes {} bytes", err.len());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Any span over any text (long lines, control characters, CRLF, wide and
    /// combining characters) renders as a bounded report without a panic.
    #[test]
    fn any_span_over_any_lines_renders(
        lines in prop::collection::vec(
            prop_oneof![
                "[a-z: ]{0,40}",
                "\\PC{0,60}",
                "[\\x00-\\x1f\\u{7f}-\\u{9f}a]{0,20}",
                Just("x".repeat(70_000)),
                Just("漢字".repeat(20_000)),
            ],
            1..12,
        ),
        crlf in any::<bool>(),
        spans in prop::collection::vec((any::<prop::sample::Index>(), 0usize..80_000), 1..4),
    ) {
        let text = lines.join(if crlf { "\r\n" } else { "\n" });
        let mut set = SourceSet::new();
        let f = set.add("p.yaml", text.clone());
        let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut d: Option<Diagnostic> = None;
        for (at, len) in spans {
            let start = boundaries[at.index(boundaries.len())];
            let end = boundaries[boundaries.partition_point(|&b| b < (start + len).min(text.len()))];
            let span = Span::new(f, start, end);
            d = Some(match d {
                None => Diagnostic::error(coopline::DiagnosticCode::YamlSyntax, span, "message").label("here"),
                Some(d) => d.with_label(span, "also"),
            });
        }
        let report = coopline::render_report(&d.unwrap(), &set, false);
        prop_assert!(report.contains("message"));
        for line in report.lines() {
            prop_assert!(line.chars().count() < 400, "line of {} chars", line.chars().count());
        }
    }
}

#[test]
fn control_characters_in_text_flags_are_usage_errors() {
    let dir = scratch("flags");
    std::fs::write(dir.join("m.yaml"), matrix()).unwrap();
    for (flag, value) in [
        ("--title", "A\u{7}B"),
        ("--subtitle", "A\u{1b}[31mB"),
        ("--caption", "A\u{fffe}B"),
    ] {
        for out_name in ["t.svg", "t.png"] {
            let out = coopline_in(&dir, &["render", "m.yaml", flag, value, "-o", out_name]);
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{flag} {out_name}: {err}");
            assert!(err.contains(flag), "the message names {flag}: {err}");
            assert!(!dir.join(out_name).exists());
        }
    }
    let out = coopline_in(
        &dir,
        &[
            "render",
            "m.yaml",
            "--title",
            "Opération « Matrix » ]]> & <",
            "-o",
            "ok.svg",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg = std::fs::read_to_string(dir.join("ok.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert!(
        doc.descendants()
            .any(|n| n.text() == Some("Opération « Matrix » ]]> & <")),
        "the title is kept as written"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_in_place_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("fifo");
    std::fs::write(dir.join("m.yaml"), matrix()).unwrap();
    let fifo = dir.join("pipe.svg");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap_or_default())
    };
    let out = coopline_in(&dir, &["render", "m.yaml", "-o", "pipe.svg"]);
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo(),
        "the FIFO is still a FIFO"
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let svg = reader.join().unwrap();
    roxmltree::Document::parse(&svg).expect("the reader got the whole SVG");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_on_files_and_standard_output() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("full");
    std::fs::write(dir.join("m.yaml"), matrix()).unwrap();
    let full = || {
        Stdio::from(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
    };
    for args in [
        &["export", "m.yaml", "--format", "json"][..],
        &["render", "m.yaml", "-o", "-"],
        &["render", "m.yaml", "-o", "-", "--format", "png"],
        &["query", "m.yaml", "pairs"],
        &["gen"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_coopline"))
            .args(args)
            .current_dir(&dir)
            .stdout(full())
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(err.contains("standard output"), "{args:?}: {err}");
    }
    let out = coopline_in(&dir, &["render", "m.yaml", "-o", "/dev/full"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("/dev/full"));
    let kind = std::fs::symlink_metadata("/dev/full").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/full is still the device");
}

#[test]
fn no_output_replaces_a_file_read_from_a_folder() {
    let dir = scratch("folder-input");
    std::fs::create_dir(dir.join("cases")).unwrap();
    std::fs::create_dir(dir.join("other")).unwrap();
    std::fs::write(dir.join("cases/matrix.yaml"), matrix()).unwrap();
    std::fs::write(
        dir.join("cases/deck-03.yaml"),
        "agencies:\n  - {id: x, name: X, country: NL, kind: police}\n",
    )
    .unwrap();
    // --format svg: a .yaml name is otherwise refused before the input guard is reached.
    let attempts: [&[&str]; 4] = [
        &[
            "render",
            "cases",
            "--format",
            "svg",
            "-o",
            "cases/matrix.yaml",
        ],
        &[
            "render",
            "cases/",
            "--format",
            "svg",
            "-o",
            "other/../cases/matrix.yaml",
        ],
        &[
            "export",
            "cases",
            "--format",
            "json",
            "-o",
            "cases/matrix.yaml",
        ],
        // The third frame of the build would be an input.
        &[
            "render",
            "cases",
            "--steps",
            "--format",
            "svg",
            "-o",
            "cases/deck.yaml",
        ],
    ];
    for args in attempts {
        let out = coopline_in(&dir, args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("refusing to write over the input"), "{err}");
    }
    assert!(
        !dir.join("cases/deck-01.yaml").exists(),
        "no frame is written when one would replace an input"
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("cases/matrix.yaml", dir.join("link.svg")).unwrap();
        let out = coopline_in(&dir, &["render", "cases", "-o", "link.svg"]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("cases/matrix.yaml")).unwrap(),
        matrix()
    );
}

#[test]
fn a_canvas_too_large_for_png_is_refused_before_any_work() {
    let dir = scratch("canvas");
    std::fs::write(dir.join("m.yaml"), matrix()).unwrap();
    let t = Instant::now();
    let out = coopline_in(
        &dir,
        &[
            "render",
            "m.yaml",
            "--size",
            "10000x10000",
            "--scale",
            "8",
            "-o",
            "big.png",
        ],
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("80000x80000"), "{err}");
    assert!(!dir.join("big.png").exists());
    // Refused from the flags alone: no 25 GB picture was begun.
    assert!(t.elapsed() < Duration::from_secs(30));
    let out = coopline_in(
        &dir,
        &[
            "render",
            "m.yaml",
            "--size",
            "4000x4000",
            "--scale",
            "2",
            "-o",
            "ok.png",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[cfg(unix)]
#[test]
fn a_folder_linked_into_itself_is_read_once() {
    let dir = scratch("cycle");
    std::fs::create_dir(dir.join("cases")).unwrap();
    std::fs::write(dir.join("cases/matrix.yaml"), matrix()).unwrap();
    std::os::unix::fs::symlink(".", dir.join("cases/x")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("cases/y")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("cases/up")).unwrap();
    let out = coopline_in(&dir, &["check", "cases"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("duplicate"), "{err}");
    for link in ["cases/x", "cases/y"] {
        assert!(err.contains(&format!("skipped {link}")), "{err}");
    }
}

/// A guard on how the check grows with the number of agencies, not a speed
/// claim (scripts/bench.sh measures that): each of 20,000 unused agencies gets
/// a warning, and a check that copied the file for each one took minutes.
#[test]
fn checking_many_agencies_stays_linear() {
    let dir = scratch("agencies");
    let yaml = coopline::generate(20_000, 10, 300, 1);
    std::fs::write(dir.join("a.yaml"), yaml).unwrap();
    let t = Instant::now();
    let out = coopline_in(&dir, &["check", "-q", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("no team, event or other agency refers to"));
    assert!(
        t.elapsed() < Duration::from_secs(90),
        "checking 20,000 agencies took {:?}",
        t.elapsed()
    );
}

#[test]
fn what_gen_writes_its_check_reads() {
    let dir = scratch("gen");
    let out = coopline_in(
        &dir,
        &[
            "gen",
            "--events",
            "3000",
            "--max-input-bytes",
            "100000",
            "-o",
            "g.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--max-input-bytes"));
    assert!(!dir.join("g.yaml").exists());
    let out = coopline_in(
        &dir,
        &[
            "gen",
            "--events",
            "3000",
            "--max-input-bytes",
            "1000000",
            "-o",
            "g.yaml",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = coopline_in(
        &dir,
        &["check", "-q", "--max-input-bytes", "1000000", "g.yaml"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

/// The node cap stops aliases from multiplying nodes, never a plain file for
/// its size: `gen --events 400000` wrote a file of 6.6 million nodes that the
/// 5 million cap refused.
#[test]
fn a_plain_file_is_not_refused_for_its_nodes() {
    use coopline::{Limits, parse_sources};
    let mut yaml = String::from("events:\n");
    for i in 0..2_000 {
        yaml.push_str(&format!(
            "  - {{id: e{i}, name: n, date: 2024, participants: [a, b]}}\n"
        ));
    }
    let limits = Limits {
        max_nodes: 10_000,
        ..Limits::default()
    };
    let mut set = SourceSet::new();
    set.add("plain.yaml", yaml);
    let (_, diags) = parse_sources(&set, limits);
    assert!(
        diags.iter().all(|d| d.code != "input-too-complex"),
        "{diags:?}"
    );
    // Aliases still cannot multiply a small file past the cap.
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (i, prev) in ["a", "b", "c", "d", "e"].iter().enumerate() {
        let name = ["b", "c", "d", "e", "f"][i];
        bomb.push_str(&format!("{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
    }
    let mut set = SourceSet::new();
    set.add("bomb.yaml", bomb);
    let (_, diags) = parse_sources(&set, limits);
    assert!(
        diags.iter().any(|d| d.code == "input-too-complex"),
        "{diags:?}"
    );
}

#[cfg(unix)]
#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    let dir = scratch("interrupt");
    let yaml = coopline::generate(2_000, 40, 30_000, 7);
    std::fs::write(dir.join("big.yaml"), yaml).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_coopline"))
        .args(["render", "big.yaml", "-o", "out.svg", "-q"])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let temporary = |dir: &Path| {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .any(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
    };
    // Wait for the picture to be on its way to disk, then stop the run.
    let t = Instant::now();
    while !temporary(&dir) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before its write could be interrupted"
        );
        assert!(t.elapsed() < Duration::from_secs(300));
        std::thread::sleep(Duration::from_millis(2));
    }
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(!status.success());
    assert!(!temporary(&dir), "a temporary file was left behind");
    assert!(!dir.join("out.svg").exists(), "no half-written picture");
}
