//! `coopline import csv`: sheets in, a checked YAML dataset out.

use coopline::{Sheet, import_csv, read_sheets, sheets};

use crate::cli::Import;
use crate::dataset::{describe, inputs_of, plural};
use crate::output::{color_stderr, out, write_output};
use crate::{Fail, Outcome};

/// Converts the sheets; every bad cell is reported with its file, line and column.
pub fn import(from: Import) -> Outcome {
    let Import::Csv {
        files,
        kind,
        title,
        output,
        max_input_bytes,
    } = from;
    if let Some(c) = title.as_deref().and_then(coopline::forbidden_char) {
        errln!(
            "error: --title contains the control character U+{:04X}; remove it: control characters cannot appear in SVG or XML output",
            c as u32
        );
        return Err(Fail::Usage);
    }
    let sources = read_sheets(&files, max_input_bytes).map_err(|e| {
        errln!("error: {e}");
        Fail::Io
    })?;
    let sheets = sheets(&sources, kind.as_deref().and_then(Sheet::from_name)).map_err(|e| {
        errln!("error: {e}");
        Fail::Usage
    })?;
    match import_csv(&sources, &sheets, title.as_deref()) {
        Ok(imported) => {
            let warnings = &imported.checked.warnings;
            errs!(
                "{}",
                coopline::render_reports(warnings, &sources, color_stderr())
            );
            match output.filter(|o| o.as_os_str() != "-") {
                // A folder's files count as inputs too: never write over a sheet.
                Some(path) => write_output(&path, &inputs_of(&sources), imported.yaml.as_bytes()),
                None => out(&imported.yaml),
            }
        }
        Err(diags) => {
            errs!(
                "{}",
                coopline::render_reports(&diags, &sources, color_stderr())
            );
            let (errors, _) = coopline::count_reports(&diags);
            errln!(
                "error: {} cannot be imported: {}",
                describe(&sources),
                plural(errors, "error")
            );
            Err(Fail::Invalid)
        }
    }
}
