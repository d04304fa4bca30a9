//! Dataset text (one file, or several after `==> NAME <==` lines) → parse and
//! validate → the report of its errors or warnings, plain and coloured.
#![no_main]

use coopline::SourceSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut sources = SourceSet::new();
    for (name, body) in coopline_fuzz::files(text, "fuzz.yaml") {
        sources.add(name, body);
    }
    let diags = match coopline::check(&sources) {
        Ok(checked) => checked.warnings,
        Err(diags) => {
            assert!(!diags.is_empty(), "refused without a diagnostic");
            diags
        }
    };
    let plain = coopline::render_reports(&diags, &sources, false);
    // A dataset must not be able to send control sequences to a terminal (line
    // breaks and tabs of the file are shown as they are, by design).
    let shown = |c: char| matches!(c, '\n' | '\r' | '\t');
    if let Some(c) = plain.chars().find(|&c| c.is_control() && !shown(c)) {
        panic!("the plain report holds the control character {c:?}:\n{plain}");
    }
    let _ = coopline::render_reports(&diags, &sources, true);
});
