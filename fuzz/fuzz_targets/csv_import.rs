//! CSV sheets (one, or several after `==> agencies.csv <==` lines; knobs after a
//! NUL choose `--kind` for a sheet whose name says none) → the importer → its
//! report, or a YAML dataset that `check` accepts.
#![no_main]

use coopline::{Sheet, SourceSet, import_csv, sheets};
use coopline_fuzz::{files, split_knobs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, mut knobs) = split_knobs(data);
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let mut sources = SourceSet::new();
    for (name, body) in files(text, "sheet.csv") {
        sources.add(name, body);
    }
    let kind = knobs.pick(&[
        Sheet::Events,
        Sheet::Agencies,
        Sheet::Teams,
        Sheet::Memberships,
        Sheet::Sources,
        Sheet::Context,
    ]);
    let Ok(sheets) = sheets(&sources, Some(kind)) else {
        return;
    };
    let title = knobs.bool().then_some("Imported <title> & \"more\"");
    match import_csv(&sources, &sheets, title) {
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
            assert!(!diags.is_empty(), "refused without a diagnostic");
            let _ = coopline::render_reports(&diags, &sources, false);
        }
    }
});
