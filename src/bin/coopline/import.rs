//! `coopline import csv|ftm`: sheets or FollowTheMoney entities in, a checked
//! YAML dataset out.

use std::path::PathBuf;

use coopline::{
    Diagnostic, Imported, Sheet, SourceSet, import_csv, import_ftm, read_sheets, sheets,
};

use crate::cli::Import;
use crate::dataset::{describe, inputs_of, plural};
use crate::output::{color_stderr, out, stderr_width, write_output};
use crate::{Fail, Outcome};

/// Converts the files; every problem is reported at its file, line and column.
pub fn import(from: Import) -> Outcome {
    match from {
        Import::Csv {
            files,
            kind,
            title,
            output,
            max_input_bytes,
        } => {
            check_title(title.as_deref())?;
            let sources = read_sheets(&files, max_input_bytes).map_err(|e| {
                errln!("error: {e}");
                Fail::Io
            })?;
            let sheets =
                sheets(&sources, kind.as_deref().and_then(Sheet::from_name)).map_err(|e| {
                    errln!("error: {e}");
                    Fail::Usage
                })?;
            let imported = import_csv(&sources, &sheets, title.as_deref());
            finish(&sources, imported, output)
        }
        Import::Ftm {
            files,
            title,
            output,
            max_input_bytes,
        } => {
            check_title(title.as_deref())?;
            let sources = coopline::read_paths(&files, max_input_bytes).map_err(|e| {
                errln!("error: {e}");
                Fail::Io
            })?;
            let imported = import_ftm(&sources, title.as_deref());
            finish(&sources, imported, output)
        }
    }
}

fn check_title(title: Option<&str>) -> Outcome {
    if let Some(c) = title.and_then(coopline::forbidden_char) {
        errln!(
            "error: --title contains the control character U+{:04X}; remove it: control characters cannot appear in SVG or XML output",
            c as u32
        );
        return Err(Fail::Usage);
    }
    Ok(())
}

/// Prints the reports, then writes the dataset, or says why there is none.
fn finish(
    sources: &SourceSet,
    imported: Result<Imported, Vec<Diagnostic>>,
    output: Option<PathBuf>,
) -> Outcome {
    match imported {
        Ok(imported) => {
            let warnings = &imported.checked.warnings;
            errs!(
                "{}",
                coopline::render_reports_in(warnings, sources, color_stderr(), stderr_width())
            );
            match output.filter(|o| o.as_os_str() != "-") {
                // A folder's files count as inputs too: never write over one.
                Some(path) => write_output(&path, &inputs_of(sources), imported.yaml.as_bytes()),
                None => out(&imported.yaml),
            }
        }
        Err(diags) => {
            errs!(
                "{}",
                coopline::render_reports_in(&diags, sources, color_stderr(), stderr_width())
            );
            let (errors, warnings) = coopline::count_reports(&diags);
            let mut line = format!(
                "error: {} cannot be imported: {}",
                describe(sources),
                plural(errors, "error")
            );
            if warnings > 0 {
                line.push_str(&format!(", {}", plural(warnings, "warning")));
            }
            errln!("{line}");
            Err(Fail::Invalid)
        }
    }
}
