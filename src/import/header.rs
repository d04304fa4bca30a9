//! The header row: every column is named once and known to its sheet (or marked
//! as the author's own with `#`), and every required column is there.

use super::csv::Row;
use super::sheet::{Column, Sheet};
use crate::diag::{Code, Diagnostic};
use crate::source::Span;
use crate::suggest::did_you_mean;

/// The header's columns, by position: `None` for one that is ignored.
pub(super) fn read_header(
    sheet: Sheet,
    file_name: &str,
    header: &Row,
    rows: &[Row],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Option<&'static Column>> {
    let columns = sheet.columns();
    let known: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let mut out = Vec::new();
    let mut seen: Vec<(&str, Span)> = Vec::new();
    for (i, cell) in header.cells.iter().enumerate() {
        let name = cell.text.trim();
        // `# remarks` columns are the sheet author's own notes.
        if name.starts_with('#') {
            out.push(None);
            continue;
        }
        if name.is_empty() {
            if let Some(c) = rows
                .iter()
                .filter_map(|r| r.cells.get(i))
                .find(|c| !c.text.trim().is_empty())
            {
                diags.push(
                    Diagnostic::error(
                        Code::UnknownColumn,
                        c.span,
                        "a cell under a column with no name",
                    )
                    .label("this column's header is empty")
                    .help(format!(
                        "name the column; columns of {file_name}: {}",
                        known.join(", ")
                    )),
                );
            }
            out.push(None);
            continue;
        }
        let key = name.to_lowercase().replace([' ', '-'], "_");
        match columns.iter().find(|c| c.name == key) {
            Some(c) => {
                if let Some((_, first)) = seen.iter().find(|(n, _)| *n == c.name) {
                    diags.push(
                        Diagnostic::error(
                            Code::DuplicateColumn,
                            cell.span,
                            format!("the column `{}` appears twice", c.name),
                        )
                        .label("second time")
                        .with_label(*first, "first time")
                        .help("merge the two columns into one, or rename one of them"),
                    );
                    out.push(None);
                } else {
                    seen.push((c.name, cell.span));
                    out.push(Some(c));
                }
            }
            None => {
                let guess = did_you_mean(&key, known.iter().copied()).or_else(|| {
                    crate::input::SYNONYMS
                        .iter()
                        .find(|(from, to)| *from == key && known.contains(to))
                        .map(|(_, to)| *to)
                });
                let list = format!("columns of {file_name}: {}", known.join(", "));
                diags.push(
                    Diagnostic::error(
                        Code::UnknownColumn,
                        cell.span,
                        format!("unknown column `{name}` in {file_name}"),
                    )
                    .label(format!("not a column of the {} sheet", sheet.name()))
                    .help(match guess {
                        Some(g) => format!(
                            "did you mean `{g}`? {list} (start a column's name with `#` to keep it for yourself)"
                        ),
                        None => format!(
                            "{list} (start a column's name with `#` to keep it for yourself)"
                        ),
                    }),
                );
                out.push(None);
            }
        }
    }
    let has = |n: &str| seen.iter().any(|(s, _)| *s == n);
    for c in columns.iter().filter(|c| c.required && !has(c.name)) {
        diags.push(
            Diagnostic::error(
                Code::MissingColumn,
                header.span,
                format!("{file_name} has no `{}` column", c.name),
            )
            .label("the header row")
            .help(format!(
                "add a `{}` column: every {} needs one",
                c.name,
                sheet.record()
            )),
        );
    }
    if sheet == Sheet::Events && !has("date") && !has("start") {
        diags.push(
            Diagnostic::error(
                Code::MissingColumn,
                header.span,
                format!("{file_name} has no `date` or `start` column"),
            )
            .label("the header row")
            .help("add a `date` column (one day, month or year), or `start` and `end` for spans"),
        );
    }
    out
}
