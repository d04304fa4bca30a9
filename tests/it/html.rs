//! `render --format html`: one page a journalist can publish, checked as text and,
//! where Chromium is installed (always in CI), as a browser runs it.

use crate::common::{coopline, scratch};

use std::path::Path;
use std::process::Command;

use base64::Engine as _;
use sha2::{Digest, Sha256};

fn page(dataset: &str, extra: &[&str], dir: &Path) -> String {
    let out = dir.join("page.html");
    let mut args = vec!["render", dataset, "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = coopline(&args);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(out).unwrap()
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    let mut found = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(open) {
        let after = &rest[i + open.len()..];
        let Some(j) = after.find(close) else { break };
        found.push(&after[..j]);
        rest = &after[j + close.len()..];
    }
    found
}

#[test]
fn an_html_name_gives_a_self_contained_page_with_picture_sources_and_search() {
    let dir = scratch("matrix");
    let html = page("data/matrix.yaml", &[], &dir);
    assert!(html.starts_with("<!doctype html>"), "{}", &html[..40]);
    assert!(html.contains("<svg"), "the picture is inline");
    assert!(
        html.contains("Event (day known)"),
        "the picture's key comes along"
    );
    assert!(html.contains("<input id=\"q\" type=\"search\""));
    for title in [
        "Dutch police statement on Matrix (via Blik op Nieuws)",
        "ZATAZ report on OFAC and Matrix (Nicolas Guidoux)",
    ] {
        assert!(html.contains(title), "source {title} listed");
    }
    assert!(
        html.contains(
            "href=\"https://www.crimesite.nl/politie-kraakt-nieuwe-berichtendienst-matrix/\""
        ),
        "sources link to the article"
    );
    assert!(html.contains("<li data-agency=\"fr-ofac\"><strong>Anti-Cybercrime Office"));
    // Nothing is fetched: no src= or external stylesheet, fonts or scripts.
    assert!(!html.contains(" src="), "no external resources");
    assert!(!html.contains("<link"), "no external resources");
}

#[test]
fn the_only_script_allowed_is_the_pages_own() {
    let dir = scratch("csp");
    let html = page("data/matrix.yaml", &["--format", "html"], &dir);
    let csp = between(&html, "script-src 'sha256-", "'");
    assert_eq!(csp.len(), 1, "one script hash in the policy");
    let scripts = between(&html, "<script>", "</script>");
    assert_eq!(scripts.len(), 1, "one executable script");
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(scripts[0]));
    assert_eq!(csp[0], hash, "the policy allows exactly the page's script");
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn hostile_labels_stay_text_in_the_page() {
    for fixture in [
        "tests/fixtures/hostile/script-tags.yaml",
        "tests/fixtures/hostile/attribute-breakout.yaml",
        "tests/fixtures/hostile/cdata-and-entities.yaml",
        "tests/fixtures/good/hostile-labels.yaml",
    ] {
        let dir = scratch("hostile");
        let html = page(fixture, &["--format", "html"], &dir);
        let lower = html.to_ascii_lowercase();
        assert_eq!(
            lower.matches("<script").count(),
            2,
            "{fixture}: index + page script only"
        );
        assert!(
            !lower.contains("<a href=\"javascript:"),
            "{fixture}: no script URL survives"
        );
        let index = between(
            &html,
            "<script type=\"application/json\" id=\"coopline-index\">",
            "</script>",
        );
        assert_eq!(index.len(), 1, "{fixture}");
        let v: serde_json::Value = serde_json::from_str(index[0]).expect("the index is JSON");
        assert!(v["agencies"].is_array(), "{fixture}");
    }
}

#[test]
fn steps_cannot_be_an_html_page() {
    let dir = scratch("steps");
    let out = dir.join("deck.html");
    let run = coopline(&[
        "render",
        "data/matrix.yaml",
        "--steps",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("not html"));
}

fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    if found.is_none() && std::env::var_os("CI").is_some() {
        panic!("CI must test the HTML page in Chromium, and none is installed");
    }
    found
}

/// The page after its script ran, as Chromium serialises it.
fn browse(chrome: &str, file: &Path, hash: &str, dir: &Path) -> String {
    let out = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=3000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("file://{}#{hash}", file.display()))
        .output()
        .expect("run chromium");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn class_of(dom: &str, open_tag_prefix: &str) -> String {
    let i = dom
        .find(open_tag_prefix)
        .unwrap_or_else(|| panic!("{open_tag_prefix} not in the page"));
    let tag = &dom[i..i + dom[i..].find('>').unwrap()];
    between(tag, "class=\"", "\"")
        .first()
        .copied()
        .unwrap_or("")
        .to_string()
}

#[test]
fn in_chromium_the_search_box_highlights_an_agency_and_details_show_a_record() {
    let Some(chrome) = chromium() else {
        eprintln!("skipped: no Chromium here (CI runs this)");
        return;
    };
    let dir = scratch("chromium");
    page("data/matrix.yaml", &[], &dir);
    let file = dir.join("page.html");
    let dom = browse(chrome, &file, "q=ofac&show=action-day", &dir);
    assert!(
        dom.contains("data-ready=\"yes\""),
        "the script ran: {}",
        &dom[..dom.len().min(500)]
    );
    assert!(
        dom.contains("data-matches=\"1\""),
        "one agency matches `ofac`"
    );
    assert!(dom.contains("1 agency: OFAC"), "the count names it");
    // OFAC's lane label is lit, Europol's is dimmed.
    assert_eq!(class_of(&dom, "<g data-record=\"fr-ofac\""), "hit");
    assert_eq!(class_of(&dom, "<g data-record=\"europol\""), "dim");
    // OFAC's own task-force bar is lit; the same team's bar on Italy's lane is not.
    assert!(class_of(&dom, "<g data-lane=\"fr-ofac\" data-record=\"otf-matrix\"").contains("hit"));
    assert!(
        class_of(
            &dom,
            "<g data-lane=\"country:IT\" data-record=\"otf-matrix\""
        )
        .contains("dim")
    );
    assert!(class_of(&dom, "<li data-agency=\"fr-ofac\"").contains("hit"));
    // #show= opened the action day's details, with its date as written and sources.
    let detail = between(&dom, "<pre id=\"detail-text\">", "</pre>");
    assert_eq!(detail.len(), 1);
    assert!(
        detail[0].starts_with("Action day against Matrix\n3 Dec 2024"),
        "{}",
        detail[0]
    );
    assert!(
        detail[0].contains("Sources: Europol, 2024-12-03"),
        "{}",
        detail[0]
    );

    let dom = browse(chrome, &file, "q=no-such-agency", &dir);
    assert!(dom.contains("no agency matches"));
    assert!(dom.contains("data-matches=\"0\""));
}

/// The page without its Content-Security-Policy, and with a probe that reports
/// whether any label ran as script: escaping alone must keep the page inert.
fn probed(html: &str) -> String {
    let csp_start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let csp_end = csp_start + html[csp_start..].find(">\n").unwrap() + 2;
    let probe = "<script>window.addEventListener(\"load\", function () { setTimeout(function () {\
                 document.body.setAttribute(\"data-result\", window.__pwned ? \"PWNED\" : \"SAFE\");\
                 }, 200); });</script>\n</body>";
    format!("{}{}", &html[..csp_start], &html[csp_end..]).replace("</body>", probe)
}

#[test]
fn in_chromium_hostile_labels_run_no_script_even_without_the_policy() {
    let Some(chrome) = chromium() else {
        eprintln!("skipped: no Chromium here (CI runs this)");
        return;
    };
    let dir = scratch("chromium-hostile");
    // The probe must catch a real injection, or this test proves nothing.
    let control = probed(&page("data/matrix.yaml", &["--format", "html"], &dir))
        .replace("<h1>", "<h1><script>window.__pwned=1</script>");
    std::fs::write(dir.join("control.html"), control).unwrap();
    let dom = browse(chrome, &dir.join("control.html"), "", &dir);
    assert!(dom.contains("data-result=\"PWNED\""), "the probe works");
    for fixture in [
        "tests/fixtures/hostile/script-tags.yaml",
        "tests/fixtures/hostile/attribute-breakout.yaml",
        "tests/fixtures/hostile/cdata-and-entities.yaml",
        "tests/fixtures/good/hostile-labels.yaml",
    ] {
        let html = probed(&page(fixture, &["--format", "html"], &dir));
        std::fs::write(dir.join("probed.html"), html).unwrap();
        // Searching runs the page's code over every label too.
        let dom = browse(
            chrome,
            &dir.join("probed.html"),
            "q=%3Cscript%3E&show=e",
            &dir,
        );
        assert!(
            dom.contains("data-ready=\"yes\""),
            "{fixture}: the page's script ran"
        );
        assert!(
            dom.contains("data-result=\"SAFE\""),
            "{fixture}: a label ran as script"
        );
    }
}

/// A source's other links, archived copy and date accessed are on the page,
/// each a link where it is one; `urls` without `url` makes the first the main.
#[test]
fn a_source_lists_every_link_its_archive_and_when_it_was_read() {
    let dir = scratch("links");
    let case = dir.join("case.yaml");
    std::fs::write(
        &case,
        "title: T\nsources:\n  - {id: s, title: Takedown, publisher: Europol, url: \"https://a.example/x\", urls: [\"https://b.example/y\"], archived: \"https://web.archive.org/web/2024/https://a.example/x\", accessed: 2025-01-15}\n  - {id: t, title: Mirror only, urls: [\"https://c.example/z\", \"https://d.example/w\"]}\nagencies:\n  - {id: a, name: A, country: FR, kind: police, sources: [s, t]}\n  - {id: b, name: B, country: DE, kind: police, sources: [s]}\nevents:\n  - {id: e, name: E, date: 2024-12-03, participants: [a, b], sources: [s]}\n",
    )
    .unwrap();
    let html = page(case.to_str().unwrap(), &[], &dir);
    assert!(
        html.contains("<a href=\"https://a.example/x\""),
        "main link"
    );
    assert!(html.contains(
        "<a href=\"https://b.example/y\" rel=\"noopener noreferrer\" target=\"_blank\">link 2</a>"
    ));
    assert!(html.contains("<a href=\"https://web.archive.org/web/2024/https://a.example/x\" rel=\"noopener noreferrer\" target=\"_blank\">archived copy</a>"));
    assert!(html.contains("accessed 15 Jan 2025"));
    assert!(html.contains("<a href=\"https://c.example/z\" rel=\"noopener noreferrer\" target=\"_blank\">Mirror only</a>"));
    assert!(html.contains(">link 2</a>)"));
}
