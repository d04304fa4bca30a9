//! Other formats → a YAML dataset. Spreadsheets: one CSV file per sheet
//! (agencies, teams, memberships, events, sources, context), one row per
//! record. FollowTheMoney entities: one JSON entity a line (the `ftm` module).
//!
//! The records become YAML through serde, then go through the same checks as a
//! hand-written file. Every diagnostic of those checks is moved back from the
//! YAML it was found in to the CSV cell (or FtM property) the YAML came from, so
//! a user is shown the file they gave, never the intermediate one.
//! docs/import.md has the column tables, docs/interop.md the FtM mapping.

mod cells;
mod csv;
mod ftm;
mod header;
mod places;
mod records;
mod relocate;
mod sheet;
mod write;

use std::collections::HashSet;
use std::path::PathBuf;

use crate::diag::{self, Code, Diagnostic};
use crate::input::{ReadCause, ReadError};
use crate::model::Checked;
use crate::source::{FileId, SourceSet, Span};
use records::{Rec, attach_members, read_table};
use write::Doc;

pub use ftm::import_ftm;
pub use sheet::Sheet;

/// Reads the files named on the command line: a file, `-` for standard input, or
/// a folder (every `.csv` in it, in name order). Refuses more than `max_bytes` in all.
pub fn read_sheets(paths: &[PathBuf], max_bytes: u64) -> Result<SourceSet, ReadError> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| ReadError::new(p, ReadCause::Io(e)))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.is_file()
                        && f.extension()
                            .and_then(|e| e.to_str())
                            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
                })
                .collect();
            if found.is_empty() {
                return Err(ReadError::new(p, ReadCause::NoCsvFiles));
            }
            // Name order makes the output the same on every machine.
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    crate::input::read_paths(&files, max_bytes)
}

/// The sheet of each file of `sources`, in order: the one its name says, else
/// `fallback` (from `--kind`). The error names a file that says neither.
pub fn sheets(sources: &SourceSet, fallback: Option<Sheet>) -> Result<Vec<Sheet>, UnknownSheet> {
    sources
        .iter()
        .map(|(_, f)| {
            Sheet::from_file_name(&f.name)
                .or(fallback)
                .ok_or_else(|| UnknownSheet {
                    file: f.name.clone(),
                })
        })
        .collect()
}

/// A file whose name says no sheet, given without `--kind` (a usage error).
#[derive(Debug, thiserror::Error)]
#[error(
    "cannot tell which sheet {file} is: name it {}, or add --kind",
    sheet_file_names()
)]
pub struct UnknownSheet {
    /// The file's name as read.
    pub file: String,
}

/// The file names that say each sheet: `sources.csv, agencies.csv, ...`.
fn sheet_file_names() -> String {
    let names: Vec<String> = Sheet::ALL
        .iter()
        .map(|s| format!("{}.csv", s.name()))
        .collect();
    names.join(", ")
}

/// A converted dataset.
#[derive(Debug)]
pub struct Imported {
    /// The YAML dataset; `coopline check` accepts it.
    pub yaml: String,
    /// The validated dataset, for a summary.
    pub checked: Checked,
}

/// Converts CSV sheets (one [`Sheet`] per file of `sources`) into a YAML dataset,
/// and checks it. Every problem found is returned at once, located in the CSV:
/// form (columns, cells) and meaning (unknown ids, dates out of order) alike.
/// On success, the warnings of the check are in `checked.warnings`, also located
/// in the CSV.
pub fn import_csv(
    sources: &SourceSet,
    sheets: &[Sheet],
    title: Option<&str>,
) -> Result<Imported, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut records: Vec<(Sheet, Rec)> = Vec::new();
    let mut memberships: Vec<Rec> = Vec::new();
    for ((file, f), &sheet) in sources.iter().zip(sheets) {
        let (rows, mut found) = csv::read(&f.text, file);
        diags.append(&mut found);
        for rec in read_table(sheet, &f.name, file, &rows, &mut diags) {
            if sheet == Sheet::Memberships {
                memberships.push(rec);
            } else {
                records.push((sheet, rec));
            }
        }
    }
    attach_members(&mut records, memberships, &mut diags);
    let doc = Doc { title, records };
    // Form problems of the CSV were reported above with their own words; the
    // YAML's would only repeat them ("this agency has no `name`").
    finish(&doc, diags, relocate::sheet_words)
}

/// Writes `doc` as YAML and checks it as `coopline check` does. `diags` are the
/// importer's own reports, which already cover missing fields in the words of
/// its format; every other finding of the check is moved back to the place in
/// the imported file its value came from, with its hint in `words`. Succeeds
/// when nothing is an error; the warnings of both are then in `checked.warnings`.
fn finish(
    doc: &Doc,
    mut diags: Vec<Diagnostic>,
    words: fn(&str) -> String,
) -> Result<Imported, Vec<Diagnostic>> {
    let yaml = match crate::input::write_yaml(doc) {
        Ok(y) => y,
        Err(e) => {
            // Only a bug makes serde-saphyr refuse plain strings and lists.
            diags.push(Diagnostic::error(
                Code::ImportFailed,
                Span::default(),
                format!("the YAML could not be written: {e}"),
            ));
            return Err(diags);
        }
    };
    let mut written = SourceSet::new();
    written.add("<imported>", yaml.as_str());
    let moves = match crate::input::parse_yaml(&yaml, FileId(0), crate::input::Limits::default()) {
        Ok(tree) => doc.map_spans(&tree, &mut diags),
        Err(d) => {
            diags.push(Diagnostic::error(
                Code::ImportFailed,
                Span::default(),
                format!("the YAML written does not read back: {}", d.message),
            ));
            return Err(diags);
        }
    };
    let located: HashSet<Span> = diags.iter().filter_map(Diagnostic::span).collect();
    let relocate = |found: Vec<Diagnostic>| -> Vec<Diagnostic> {
        found
            .into_iter()
            .filter(|d| d.code != Code::MissingField)
            .map(|d| moves.relocate(d, words))
            .filter(|d| d.span().is_none_or(|s| !located.contains(&s)))
            .collect()
    };
    match crate::check(&written) {
        Ok(mut checked) if !diags.iter().any(Diagnostic::is_error) => {
            diags.extend(relocate(std::mem::take(&mut checked.warnings)));
            diag::sort(&mut diags);
            checked.warnings = diags;
            Ok(Imported { yaml, checked })
        }
        Ok(_) => {
            diag::sort(&mut diags);
            Err(diags)
        }
        Err(found) => {
            diags.extend(relocate(found));
            diag::sort(&mut diags);
            Err(diags)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_says_no_sheet_is_named_with_the_names_that_would() {
        let mut sources = SourceSet::new();
        sources.add("agencies.csv", "id\n");
        sources.add("export.csv", "id\n");
        assert_eq!(
            sheets(&sources, Some(Sheet::Events)).unwrap(),
            [Sheet::Agencies, Sheet::Events]
        );
        let e = sheets(&sources, None).unwrap_err();
        assert_eq!(e.file, "export.csv");
        assert_eq!(
            e.to_string(),
            "cannot tell which sheet export.csv is: name it sources.csv, agencies.csv, teams.csv, memberships.csv, events.csv, context.csv, or add --kind"
        );
    }
}
