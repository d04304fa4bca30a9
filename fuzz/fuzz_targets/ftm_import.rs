//! FtM entity lines (one file, or several after `==> a.ftm <==` lines; a knob
//! after a NUL gives a title) → the importer → its report, or a YAML dataset
//! that `check` accepts.
#![no_main]

use coopline::{SourceSet, import_ftm};
use coopline_fuzz::{files, split_knobs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, mut knobs) = split_knobs(data);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let mut sources = SourceSet::new();
    for (name, body) in files(text, "entities.ftm") {
        sources.add(name, body);
    }
    let title = knobs.bool().then_some("Imported <title> & \"more\"");
    match import_ftm(&sources, title) {
        Ok(imported) => {
            let mut again = SourceSet::new();
            again.add("imported.yaml", imported.yaml.as_str());
            if let Err(diags) = coopline::check(&again) {
                panic!(
                    "the imported YAML does not check:\n{}\n{}",
                    coopline::render_reports(&diags, &again, false),
                    imported.yaml
                );
            }
            let _ = coopline::render_reports(&imported.checked.warnings, &sources, false);
        }
        Err(diags) => {
            assert!(
                diags.iter().any(|d| d.is_error()),
                "refused without an error"
            );
            let _ = coopline::render_reports(&diags, &sources, false);
        }
    }
});
