//! Shared by the tests: the library's seeded dataset generator (for the layout
//! tests), awkward text for the writers, and the external tools they are checked by.

pub mod inert;
pub mod pixels;

use std::process::Command;

pub use coopline::generate as dataset;

/// True for the characters XML 1.0 cannot carry in any form; the writers put
/// U+FFFD in their place.
pub fn forbidden_in_xml(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
}

/// What a parser must read back from any writer: the text, with only the
/// characters XML cannot carry replaced.
pub fn kept(s: &str) -> String {
    s.chars()
        .map(|c| if forbidden_in_xml(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// Text that has broken or could break a writer: every C0 and C1 control, DEL,
/// noncharacters, bidi controls, markup, comment and CDATA ends, quotes.
pub fn awkward_strings() -> Vec<String> {
    let mut cases: Vec<String> = (0u32..0x20)
        .chain(0x7F..0xA0)
        .filter_map(char::from_u32)
        .map(|c| format!("a{c}b"))
        .collect();
    cases.push((0u32..0xA0).filter_map(char::from_u32).collect());
    cases.extend(
        [
            "\u{FDD0} \u{FDEF}",
            "\u{FFFE}\u{FFFF}",
            "x\u{1FFFE}\u{10FFFF}",
            "\u{FEFF}bom",
            "\u{202E}evil.exe\u{202C} \u{2066}isolate\u{2069}",
            "]]>",
            "<![CDATA[ x ]]>",
            "a -- b",
            "<!-- c -->",
            "\"double\" 'single'",
            "&amp; &#0; &#x1; &lt;",
            "<script>alert(1)</script>",
            "line\r\nbreaks\rand\ttabs\n",
            "back\\slash \\N \\G",
            "北京市公安局 — شرطة دبي — 🚓",
        ]
        .map(String::from),
    );
    cases
}

/// Text the validator accepts in a record's name (no controls, no U+FFFE or
/// U+FFFF) that is still awkward for every writer.
pub fn awkward_names() -> Vec<&'static str> {
    vec![
        "]]> and <![CDATA[ x ]]>",
        "a -- b <!-- c -->",
        "\"double\" 'single' `back`",
        "&amp; &#0; &#x1; &lt; <script>alert(1)</script>",
        "back\\slash \\N \\G {x} [y] ; -> --",
        "\u{FDD0}\u{FDEF}\u{1FFFE}\u{10FFFF} noncharacters",
        "\u{202E}evil.exe\u{202C} \u{2066}isolate\u{2069} \u{200F}\u{061C}",
        "\u{FEFF}bom \u{2028}line\u{2029}paragraph",
        "北京市公安局 — شرطة دبي — 🚓",
    ]
}

/// Graphviz's `dot`, if installed. CI installs it, so there its absence fails
/// the test instead of skipping it.
pub fn graphviz_dot() -> Option<&'static str> {
    let found = Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("CI").is_some() {
        panic!("CI must check DOT with Graphviz, and `dot` is not installed");
    }
    found.then_some("dot")
}

/// A dataset checked from YAML text; the test fails with the report if it is invalid.
pub fn load(yaml: &str) -> coopline::Model {
    let mut s = coopline::SourceSet::new();
    s.add("t.yaml", yaml);
    coopline::check(&s)
        .map(|c| c.model)
        .unwrap_or_else(|d| panic!("{}", coopline::render_reports(&d, &s, false)))
}

/// Runs the built `coopline` binary in `dir` with no colour and no standard input.
pub fn coopline_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_coopline"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run coopline")
}

/// Runs the built `coopline` binary from the crate's root, where `data/` is.
pub fn coopline(args: &[&str]) -> std::process::Output {
    coopline_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// A fresh, empty folder of its own for one test.
pub fn scratch(name: &str) -> std::path::PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("coopline-it-{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Output bytes as text, for assertions and failure messages.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The bundled Matrix case, checked.
pub fn matrix() -> coopline::Model {
    load_named("data/matrix.yaml", coopline::MATRIX_YAML)
}

/// [`load`] with the file name the reports show.
pub fn load_named(name: &str, yaml: &str) -> coopline::Model {
    let mut s = coopline::SourceSet::new();
    s.add(name, yaml);
    coopline::check(&s)
        .map(|c| c.model)
        .unwrap_or_else(|d| panic!("{}", coopline::render_reports(&d, &s, false)))
}

/// One text measurer for the whole test run: loading the fonts is not free.
pub fn measure() -> &'static coopline::FontMeasure {
    static M: std::sync::OnceLock<coopline::FontMeasure> = std::sync::OnceLock::new();
    M.get_or_init(coopline::FontMeasure::new)
}

/// The bottom of the lowest mark or text: the background is the only item
/// as tall as the canvas.
pub fn content_bottom(s: &coopline::Scene) -> f64 {
    s.items
        .iter()
        .map(|i| i.bbox())
        .filter(|b| b.h < s.height - 1.0)
        .map(|b| b.bottom())
        .fold(0.0, f64::max)
}

/// The model without the places records were written at, so that two files
/// saying the same things compare equal.
pub fn facts(mut m: coopline::Model) -> coopline::Model {
    let none = coopline::Span::default();
    m.sources.iter_mut().for_each(|s| s.span = none);
    m.agencies.iter_mut().for_each(|a| a.span = none);
    for t in &mut m.teams {
        t.span = none;
        t.members.iter_mut().for_each(|x| x.span = none);
    }
    m.events.iter_mut().for_each(|e| e.span = none);
    m.context.iter_mut().for_each(|c| c.span = none);
    m
}
