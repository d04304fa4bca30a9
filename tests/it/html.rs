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

/// The class of the first `<name ...>` tag (in document order: the open
/// tab's desktop picture comes first) that has every attribute in `attrs`.
fn class_of(dom: &str, name: &str, attrs: &[&str]) -> String {
    let open = format!("<{name} ");
    let tag = between(dom, &open, ">")
        .into_iter()
        .find(|t| attrs.iter().all(|a| t.contains(a)))
        .unwrap_or_else(|| panic!("no <{name}> with {attrs:?} in the page"));
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
    // OFAC's lane label is lit, Europol's is not: a veil over the open
    // picture dims it, with copies of what is lit on top.
    let veils = between(&dom, "<svg class=\"veil on\"", "</svg>");
    assert_eq!(veils.len(), 1, "one picture is veiled");
    assert!(
        veils[0].matches("<g class=\"hit\"").count() > 3,
        "{}",
        veils[0]
    );
    assert!(class_of(&dom, "g", &["data-record=\"fr-ofac\""]).contains("hit"));
    assert!(!class_of(&dom, "g", &["data-record=\"europol\""]).contains("hit"));
    // OFAC's own task-force bar is lit; the same team's bar on Italy's lane is not.
    let otf = "data-record=\"otf-matrix\"";
    assert!(class_of(&dom, "g", &["data-lane=\"fr-ofac\"", otf]).contains("hit"));
    assert!(!class_of(&dom, "g", &["data-lane=\"country:IT\"", otf]).contains("hit"));
    assert!(class_of(&dom, "li", &["data-agency=\"fr-ofac\""]).contains("hit"));
    // #show= opened the action day's details: its date as written, outcomes
    // in words and sources as links.
    let detail = between(&dom, "<div id=\"detail-body\">", "</div>");
    assert_eq!(detail.len(), 1);
    assert!(
        detail[0].starts_with(
            "<h3>Action day against Matrix</h3><p class=\"meta\">action day · 3 Dec 2024"
        ),
        "{}",
        detail[0]
    );
    assert!(
        detail[0].contains("Outcomes: 3 arrests, 13 searches, EUR 145,000 in cash"),
        "{}",
        detail[0]
    );
    assert!(
        detail[0].contains("<li>Europol, 3 Dec 2024: <a href=\"https://downshift.ca/tag/europol\""),
        "{}",
        detail[0]
    );
    assert!(
        !between(&dom, "<aside id=\"details\"", ">")[0].contains("hidden"),
        "the details are open"
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

/// The `id` attributes of a page: each must be unique, or `url(#fade0)` and
/// `aria-labelledby` would point into another picture.
fn ids(html: &str) -> Vec<&str> {
    between(html, " id=\"", "\"")
}

#[test]
fn every_view_is_a_tab_drawn_for_a_desktop_and_a_phone() {
    let dir = scratch("tabs");
    let html = page("data/matrix.yaml", &["--view", "network"], &dir);
    let tabs = between(&html, "role=\"tab\" id=\"tab-", "\"");
    assert_eq!(tabs, ["timeline", "storyline", "network", "map", "table"]);
    for view in ["timeline", "storyline", "network", "map"] {
        let open = format!("<section role=\"tabpanel\" id=\"panel-{view}\"");
        let panel = &html[html.find(&open).unwrap()..];
        let panel = &panel[..panel.find("</section>").unwrap()];
        assert_eq!(
            panel.matches("<svg ").count(),
            2,
            "{view}: a desktop and a phone picture"
        );
        assert!(panel.contains("<div class=\"wide\">") && panel.contains("<div class=\"narrow\">"));
        // --view chose the tab that opens; the others are hidden.
        assert_eq!(
            between(&html, &open, ">")[0].contains("hidden"),
            view != "network",
            "{view}"
        );
        assert!(
            panel.contains("role=\"button\" tabindex=\"0\""),
            "{view}: marks are reachable by keyboard"
        );
    }
    // A mark is named by its record, then by what it shows that the name
    // does not say (a name cut short), so that what is seen is what is heard.
    assert!(html.contains(
        "aria-label=\"Joint investigation team Matrix (FR–NL): Joint investigation team Matrix (FR–…\""
    ));
    // A mark holding links (a footnote's sources) is no button: a button
    // may not hold another control.
    for mark in between(&html, "role=\"button\" tabindex=\"0\">", "\n</g>") {
        assert!(!mark.contains("<a "), "a button holds a link: {mark}");
    }
    let mut seen = std::collections::BTreeSet::new();
    for id in ids(&html) {
        assert!(seen.insert(id), "the id {id} is used twice in the page");
    }
    // The page's heading says the title; the pictures do not say it again.
    let title = "Takedown of the Matrix encrypted messaging service";
    assert_eq!(html.matches(&format!("<h1>{title}</h1>")).count(), 1);
    assert!(
        !html.contains(&format!(">\n{title}\n</text>")),
        "a picture repeats the title"
    );
}

#[test]
fn without_chapters_the_story_tells_each_event_in_date_order() {
    let dir = scratch("story");
    let html = page("data/matrix.yaml", &[], &dir);
    let titles: Vec<&str> = between(&html, "<span class=\"number\">", "</h3>")
        .into_iter()
        .map(|t| t.split_once("</span> ").unwrap().1)
        .collect();
    assert_eq!(
        titles,
        [
            "Matrix phone found after the shooting of Peter R. de Vries",
            "Paris JUNALCO takes the case",
            "Europol operational task force set up",
            "Live interception of Matrix messages",
            "Action day against Matrix",
            "Dutch suspect surrendered from Spain",
        ]
    );
    let day = &html[html.find("<li class=\"chapter\" id=\"chapter-5\"").unwrap()..];
    let day = &day[..day.find("</li>").unwrap()];
    assert!(day.contains(
        "data-records=\"action-day nl-politie-loi nl-om fr-junalco-j3 fr-ofac es-pn-udyco es-pn-ucc country:LT country:DE europol eurojust\""
    ), "{day}");
    assert!(day.contains("<p class=\"when\">3 Dec 2024</p>"), "{day}");
    assert!(day.contains(
        "<strong>Outcomes:</strong> 3 arrests, 13 searches, EUR 145,000 in cash, EUR 500,000 in crypto, 4 vehicles, 970 phones</p>"
    ), "{day}");
    assert!(day.contains(
        "Europol, 3 Dec 2024: <a href=\"https://downshift.ca/tag/europol\" rel=\"noopener noreferrer\" target=\"_blank\">"
    ), "{day}");
    assert!(!day.contains("cash eur"), "never raw keys");
    // The table lists every team and event once, in date order.
    let rows = between(&html, "<tr data-record=\"", "\"");
    assert_eq!(
        rows,
        [
            "phone-found",
            "junalco-takes-case",
            "otf-set-up",
            "otf-matrix",
            "live-interception",
            "action-day",
            "jit-matrix",
            "surrender-nl-suspect"
        ]
    );
}

#[test]
fn a_dataset_tells_its_own_chapters() {
    let dir = scratch("chapters");
    let data = dir.join("case.yaml");
    std::fs::write(
        &data,
        r#"title: Two steps
sources:
  - {id: a, title: First report, publisher: Europol, url: "https://a.example/1", date: 2024-05}
  - {id: b, title: Second report, url: "https://b.example/2"}
agencies:
  - {id: nl-police, name: Netherlands Police, country: NL, kind: police, sources: [a]}
  - {id: fr-police, name: French Police, country: FR, kind: police, sources: [a]}
  - {id: es-police, name: Spanish Police, country: ES, kind: police, sources: [a]}
teams:
  - {id: jit, name: The team, kind: jit, start: 2024-05, members: [nl-police, fr-police], sources: [a]}
events:
  - {id: raid, name: Raid, date: 2024-06-02, participants: [nl-police, es-police], outcomes: {arrests: 2}, sources: [a]}
  - {id: trial, name: Trial, date: 2025, participants: [fr-police], sources: [a]}
chapters:
  - title: How it began
    text: Two police forces agree to work together.
    records: [jit]
  - title: The raid and what came after
    records: [raid, trial]
    sources: [b]
"#,
    )
    .unwrap();
    let html = page(data.to_str().unwrap(), &[], &dir);
    let chapters = between(&html, "<li class=\"chapter\"", "</li>");
    assert_eq!(
        chapters.len(),
        2,
        "the dataset's chapters, not one per event"
    );
    assert!(
        chapters[0].contains("data-records=\"jit nl-police fr-police\""),
        "{}",
        chapters[0]
    );
    assert!(
        chapters[0].contains("<p class=\"when\">May 2024 – no end date</p>"),
        "{}",
        chapters[0]
    );
    assert!(
        chapters[0].contains("<p class=\"text\">Two police forces agree to work together.</p>")
    );
    assert!(
        chapters[1].contains("data-records=\"raid nl-police es-police trial fr-police\""),
        "{}",
        chapters[1]
    );
    assert!(
        chapters[1].contains("<p class=\"when\">2 Jun 2024; 2025</p>"),
        "{}",
        chapters[1]
    );
    assert!(
        chapters[1].contains("<strong>Outcomes:</strong> 2 arrests</p>"),
        "{}",
        chapters[1]
    );
    // Its own source first, then its records'.
    let links = between(chapters[1], "<a href=\"", "\"");
    assert_eq!(links, ["https://b.example/2", "https://a.example/1"]);
}
