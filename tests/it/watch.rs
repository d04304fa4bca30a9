//! `render --watch` as an author uses it: save, look, break it, fix it.

use crate::common::scratch;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const MATRIX: &str = include_str!("../../data/matrix.yaml");

/// Kills the watcher even when an assertion fails.
struct Watcher {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Watcher {
    fn start(dataset: &Path, out: &Path) -> Watcher {
        let mut child = Command::new(env!("CARGO_BIN_EXE_coopline"))
            .args(["render", "--watch", "-o"])
            .arg(out)
            .arg(dataset)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start coopline --watch");
        let (tx, rx) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Watcher { child, lines: rx }
    }

    /// Output lines up to and including the first containing `needle`.
    fn wait_for(&self, needle: &str) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(100)) {
                let hit = line.contains(needle);
                seen.push(line);
                if hit {
                    return seen;
                }
            }
        }
        panic!(
            "no `{needle}` within 30 s; output so far:\n{}",
            seen.join("\n")
        );
    }
}

/// Saves the way many editors do: a new file renamed over the old one.
fn save(path: &Path, text: &str) {
    let tmp = path.with_extension("yaml.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn watch_renders_on_save_reports_errors_and_keeps_the_last_good_picture() {
    let dir = scratch("cycle");
    let data = dir.join("case.yaml");
    let out = dir.join("case.svg");
    std::fs::write(&data, MATRIX).unwrap();
    let w = Watcher::start(&data, &out);

    w.wait_for("watching");
    let first = std::fs::read_to_string(&out).expect("the first picture is written at once");
    assert!(first.contains("Takedown of the Matrix"));

    // A broken save: the error is printed with its line, the watcher stays up,
    // and the picture on disk is still the last good one.
    save(
        &data,
        &MATRIX.replace("date: 2024-12-03", "date: 2024-13-03"),
    );
    let seen = w.wait_for("kept the last good picture");
    let report = seen.join("\n");
    assert!(report.contains("case.yaml:"), "located: {report}");
    assert!(report.contains("13"), "names the bad month: {report}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first);

    // Fixing it renders again, including an edited title.
    save(
        &data,
        &MATRIX.replace(
            "en: Takedown of the Matrix encrypted messaging service",
            "en: Matrix, edited in class",
        ),
    );
    w.wait_for("wrote");
    let again = std::fs::read_to_string(&out).unwrap();
    assert!(
        again.contains("Matrix, edited in class"),
        "the new title is drawn"
    );
}

#[test]
fn watch_refuses_standard_input_and_output() {
    for args in [
        &["render", "--watch", "-"][..],
        &["render", "--watch", "data/matrix.yaml", "-o", "-"][..],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_coopline"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--watch"));
    }
}
