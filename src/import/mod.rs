//! Spreadsheets → a YAML dataset: one CSV file per sheet (agencies, teams,
//! memberships, events, sources, context), one row per record.
//!
//! The rows become YAML through serde, then go through the same checks as a
//! hand-written file. Every diagnostic of those checks is moved back from the
//! YAML it was found in to the CSV cell the YAML came from, so a user is shown
//! the sheet they wrote, never the intermediate file. docs/import.md has the
//! column tables.

mod csv;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};

use crate::diag::{self, Code, Diagnostic, Label};
use crate::input::{Node, ReadCause, ReadError, Sp, Value};
use crate::model::Checked;
use crate::source::{FileId, SourceSet, Span};
use crate::suggest::did_you_mean;

pub use csv::{Cell, Row};

/// What a CSV file holds: the records of one list of the format, or memberships
/// (team–agency rows that become the teams' `members`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sheet {
    /// `sources:`
    Sources,
    /// `agencies:`
    Agencies,
    /// `teams:`
    Teams,
    /// One row per team member.
    Memberships,
    /// `events:`
    Events,
    /// `context:`
    Context,
}

impl Sheet {
    /// Every sheet, in the order their records are written out.
    pub const ALL: [Sheet; 6] = [
        Sheet::Sources,
        Sheet::Agencies,
        Sheet::Teams,
        Sheet::Memberships,
        Sheet::Events,
        Sheet::Context,
    ];

    /// The name used in file names and `--kind`.
    pub fn name(self) -> &'static str {
        match self {
            Sheet::Sources => "sources",
            Sheet::Agencies => "agencies",
            Sheet::Teams => "teams",
            Sheet::Memberships => "memberships",
            Sheet::Events => "events",
            Sheet::Context => "context",
        }
    }

    /// The sheet a name stands for: `agencies`, `agency`, `members`...
    pub fn from_name(name: &str) -> Option<Sheet> {
        Some(match name.to_lowercase().as_str() {
            "sources" | "source" => Sheet::Sources,
            "agencies" | "agency" => Sheet::Agencies,
            "teams" | "team" => Sheet::Teams,
            "memberships" | "membership" | "members" | "member" => Sheet::Memberships,
            "events" | "event" => Sheet::Events,
            "context" | "contexts" => Sheet::Context,
            _ => return None,
        })
    }

    /// The sheet a file name says, by its last word: `agencies.csv`,
    /// `Matrix - agencies.csv` (as spreadsheet programs name a sheet's export),
    /// `matrix_events.csv`.
    pub fn from_file_name(path: &str) -> Option<Sheet> {
        let stem = Path::new(path).file_stem()?.to_str()?;
        let last = stem
            .rsplit(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())?;
        Sheet::from_name(last)
    }

    fn record(self) -> &'static str {
        match self {
            Sheet::Sources => "source",
            Sheet::Agencies => "agency",
            Sheet::Teams => "team",
            Sheet::Memberships => "membership",
            Sheet::Events => "event",
            Sheet::Context => "context record",
        }
    }

    fn columns(self) -> &'static [Column] {
        match self {
            Sheet::Sources => SOURCES,
            Sheet::Agencies => AGENCIES,
            Sheet::Teams => TEAMS,
            Sheet::Memberships => MEMBERSHIPS,
            Sheet::Events => EVENTS,
            Sheet::Context => CONTEXT,
        }
    }
}

/// How a cell is read.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ty {
    /// Free text (names, notes), kept exactly as typed.
    Text,
    /// One token (id, date, code, url): surrounding spaces are a typing slip and dropped.
    Token,
    /// Tokens or short texts between `;`.
    List,
    /// `name: value` pairs between `;`.
    Outcomes,
}

struct Column {
    name: &'static str,
    required: bool,
    ty: Ty,
}

const fn col(name: &'static str, required: bool, ty: Ty) -> Column {
    Column { name, required, ty }
}

const SOURCES: &[Column] = &[
    col("id", true, Ty::Token),
    col("title", true, Ty::Text),
    col("publisher", false, Ty::Text),
    col("url", false, Ty::Token),
    col("date", false, Ty::Token),
];
const AGENCIES: &[Column] = &[
    col("id", true, Ty::Token),
    col("name", true, Ty::Text),
    col("local_name", false, Ty::Text),
    col("short", false, Ty::Text),
    col("country", true, Ty::Token),
    col("kind", true, Ty::Token),
    col("parent", false, Ty::Token),
    col("sources", false, Ty::List),
];
const TEAMS: &[Column] = &[
    col("id", true, Ty::Token),
    col("name", true, Ty::Text),
    col("kind", true, Ty::Token),
    col("hosted_by", false, Ty::Token),
    col("start", true, Ty::Token),
    col("end", false, Ty::Token),
    col("members", false, Ty::List),
    col("legal_basis", false, Ty::Text),
    col("legal_basis_ref", false, Ty::Token),
    col("sources", false, Ty::List),
];
const MEMBERSHIPS: &[Column] = &[
    col("team", true, Ty::Token),
    col("agency", true, Ty::Token),
    col("from", false, Ty::Token),
    col("to", false, Ty::Token),
    col("role", false, Ty::Text),
];
const EVENTS: &[Column] = &[
    col("id", true, Ty::Token),
    col("name", true, Ty::Text),
    col("kind", false, Ty::Text),
    col("date", false, Ty::Token),
    col("start", false, Ty::Token),
    col("end", false, Ty::Token),
    col("participants", false, Ty::List),
    col("teams", false, Ty::List),
    col("places", false, Ty::List),
    col("outcomes", false, Ty::Outcomes),
    col("notes", false, Ty::Text),
    col("sources", false, Ty::List),
];
const CONTEXT: &[Column] = &[
    col("id", true, Ty::Token),
    col("name", true, Ty::Text),
    col("short", false, Ty::Text),
    col("kind", false, Ty::Token),
    col("date", true, Ty::Token),
    col("notes", false, Ty::Text),
    col("sources", false, Ty::List),
];

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
    let yaml = match crate::input::write_yaml(&doc) {
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
    // Form problems of the CSV were reported above with their own words; here the
    // YAML's would only repeat them ("this agency has no `name`").
    let located: HashSet<Span> = diags.iter().filter_map(Diagnostic::span).collect();
    let relocate = |found: Vec<Diagnostic>| -> Vec<Diagnostic> {
        found
            .into_iter()
            .filter(|d| d.code != Code::MissingField)
            .map(|d| moves.relocate(d))
            .filter(|d| d.span().is_none_or(|s| !located.contains(&s)))
            .collect()
    };
    match crate::check(&written) {
        Ok(mut checked) if diags.is_empty() => {
            checked.warnings = relocate(std::mem::take(&mut checked.warnings));
            diag::sort(&mut checked.warnings);
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

/// One field of a record as it will be written, with the cells it came from.
#[derive(Debug)]
enum Val {
    One(Sp<String>),
    List(Vec<Sp<String>>),
    Outcomes(Vec<(Sp<String>, Sp<String>)>),
    Members(Vec<Member>),
}

#[derive(Debug)]
struct Member {
    /// The membership row, or the item of a team's `members` cell.
    span: Span,
    agency: Sp<String>,
    from: Option<Sp<String>>,
    to: Option<Sp<String>>,
    role: Option<Sp<String>>,
}

/// A record: its fields in the format's order, and the row it came from.
#[derive(Debug)]
struct Rec {
    span: Span,
    fields: Vec<(&'static str, Val)>,
}

impl Rec {
    fn one(&self, name: &str) -> Option<&Sp<String>> {
        self.fields.iter().find_map(|(n, v)| match v {
            Val::One(s) if *n == name => Some(s),
            _ => None,
        })
    }
}

/// The header's columns, by position: `None` for one that is ignored.
fn read_header(
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

/// One sheet's rows → records. Empty rows are skipped: spreadsheets export them.
fn read_table(
    sheet: Sheet,
    file_name: &str,
    file: FileId,
    rows: &[Row],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Rec> {
    let Some((header, rows)) = rows.split_first() else {
        diags.push(
            Diagnostic::error(
                Code::MissingColumn,
                Span::new(file, 0, 0),
                format!("{file_name} is empty"),
            )
            .help("the first row names the columns; see docs/import.md"),
        );
        return Vec::new();
    };
    let columns = read_header(sheet, file_name, header, rows, diags);
    let width = header.cells.len();
    let mut out = Vec::new();
    for row in rows {
        if row.cells.iter().all(|c| c.text.trim().is_empty()) {
            continue;
        }
        if row.cells.len() < width {
            let last = row.cells[row.cells.len() - 1].span;
            diags.push(
                Diagnostic::error(
                    Code::WrongFieldCount,
                    Span::new(file, last.end as usize, last.end as usize),
                    format!(
                        "this row has {} cells; the header of {file_name} has {width}",
                        row.cells.len()
                    ),
                )
                .label("the row ends here")
                .help("add the missing cells (they may be empty), or check for a stray quote"),
            );
        } else if let Some(c) = row.cells[width..]
            .iter()
            .find(|c| !c.text.trim().is_empty())
        {
            diags.push(
                Diagnostic::error(
                    Code::WrongFieldCount,
                    c.span,
                    format!(
                        "this row has {} cells; the header of {file_name} has {width}",
                        row.cells.len()
                    ),
                )
                .label("a cell beyond the last column")
                .help(
                    "give the column a name in the header, or check for a delimiter inside an unquoted cell",
                ),
            );
        }
        let mut fields = Vec::new();
        for (cell, column) in row.cells.iter().zip(&columns) {
            let Some(column) = column else { continue };
            if let Some(v) = read_cell(cell, column, diags) {
                fields.push((column.name, v));
            } else if column.required {
                diags.push(empty(cell.span, column.name, sheet, file_name));
            }
        }
        // Cells missing from a short row of a required column: already reported above.
        if sheet == Sheet::Events
            && !fields.iter().any(|(n, _)| *n == "date" || *n == "start")
            && let Some(at) = ["date", "start"].iter().find_map(|n| {
                columns
                    .iter()
                    .position(|c| c.is_some_and(|c| c.name == *n))
                    .and_then(|i| row.cells.get(i))
            })
        {
            diags.push(
                Diagnostic::error(Code::MissingField, at.span, "this event has no `date` or `start`")
                    .label("a date is required")
                    .help("give a `date` (`2024-12-03`, `2024-12` or `2024`), or a `start` and an `end` for a span"),
            );
        }
        // Fields in the format's order, whatever the order of the columns.
        fields.sort_by_key(|(n, _)| sheet.columns().iter().position(|c| c.name == *n));
        out.push(Rec {
            span: row.span,
            fields,
        });
    }
    out
}

fn empty(span: Span, column: &str, sheet: Sheet, file_name: &str) -> Diagnostic {
    Diagnostic::error(
        Code::MissingField,
        span,
        format!("empty `{column}` in a row of {file_name}"),
    )
    .label("a value is required here")
    .help(format!(
        "fill in the `{column}`: every {} needs one",
        sheet.record()
    ))
}

/// A cell's value; `None` for an empty cell.
fn read_cell(cell: &Cell, column: &Column, diags: &mut Vec<Diagnostic>) -> Option<Val> {
    match column.ty {
        Ty::Text => {
            (!cell.text.is_empty()).then(|| Val::One(Sp::new(cell.text.clone(), cell.span)))
        }
        Ty::Token => {
            let (text, range) = trimmed(&cell.text, 0..cell.text.len())?;
            Some(Val::One(Sp::new(text.to_string(), cell.part(range))))
        }
        Ty::List => {
            let items = items(cell);
            (!items.is_empty()).then_some(Val::List(items))
        }
        Ty::Outcomes => {
            let mut out = Vec::new();
            for item in items(cell) {
                let Some(colon) = item.value.find(':') else {
                    diags.push(
                        Diagnostic::error(
                            Code::WrongType,
                            item.span,
                            format!("the outcome `{}` has no value", item.value),
                        )
                        .label("expected `name: value`")
                        .help("write outcomes as `arrests: 3; cash_eur: 145000`"),
                    );
                    continue;
                };
                // Offsets within the cell, for the spans of the name and the value.
                let base = item_offset(cell, &item);
                let name = trimmed(&item.value, 0..colon);
                let value = trimmed(&item.value, colon + 1..item.value.len());
                match (name, value) {
                    (Some((n, nr)), Some((v, vr))) => out.push((
                        Sp::new(n.to_string(), cell.part(base + nr.start..base + nr.end)),
                        Sp::new(v.to_string(), cell.part(base + vr.start..base + vr.end)),
                    )),
                    _ => diags.push(
                        Diagnostic::error(
                            Code::WrongType,
                            item.span,
                            format!("the outcome `{}` needs a name and a value", item.value),
                        )
                        .label("expected `name: value`")
                        .help("write outcomes as `arrests: 3; cash_eur: 145000`"),
                    ),
                }
            }
            (!out.is_empty()).then_some(Val::Outcomes(out))
        }
    }
}

/// `text[range]` without surrounding whitespace, and where that is in `text`.
fn trimmed(text: &str, range: std::ops::Range<usize>) -> Option<(&str, std::ops::Range<usize>)> {
    let s = &text[range.clone()];
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let start = range.start + (s.len() - s.trim_start().len());
    Some((t, start..start + t.len()))
}

/// The `;`-separated items of a cell, trimmed, empty ones left out (`a; b;` is two).
fn items(cell: &Cell) -> Vec<Sp<String>> {
    let mut out = Vec::new();
    let mut at = 0;
    for part in cell.text.split(';') {
        if let Some((t, r)) = trimmed(&cell.text, at..at + part.len()) {
            out.push(Sp::new(t.to_string(), cell.part(r)));
        }
        at += part.len() + 1;
    }
    out
}

/// Where an item (from [`items`]) starts within its cell's text.
fn item_offset(cell: &Cell, item: &Sp<String>) -> usize {
    match cell.direct {
        Some(at) => (item.span.start - at) as usize,
        // The item's span is the whole cell; find the text instead.
        None => cell.text.find(item.value.as_str()).unwrap_or(0),
    }
}

/// Folds membership rows into their teams' `members`, after any `members` cell.
fn attach_members(
    records: &mut [(Sheet, Rec)],
    memberships: Vec<Rec>,
    diags: &mut Vec<Diagnostic>,
) {
    let team_ids: Vec<String> = records
        .iter()
        .filter(|(s, _)| *s == Sheet::Teams)
        .filter_map(|(_, r)| r.one("id").map(|i| i.value.clone()))
        .collect();
    let mut extra: Vec<(String, Member)> = Vec::new();
    for m in memberships {
        let (Some(team), Some(agency)) = (m.one("team"), m.one("agency")) else {
            continue;
        };
        if !team_ids.contains(&team.value) {
            let guess = did_you_mean(&team.value, team_ids.iter().map(String::as_str));
            diags.push(
                Diagnostic::error(
                    Code::DanglingReference,
                    team.span,
                    format!("unknown team `{}` in a membership row", team.value),
                )
                .label("no row of the teams sheet has this id")
                .help(match (guess, team_ids.is_empty()) {
                    (Some(g), _) => format!("did you mean `{g}`?"),
                    (None, true) => {
                        "import the teams sheet (teams.csv) with the memberships".into()
                    }
                    (None, false) => format!("teams: {}", team_ids.join(", ")),
                }),
            );
            continue;
        }
        extra.push((
            team.value.clone(),
            Member {
                span: m.span,
                agency: agency.clone(),
                from: m.one("from").cloned(),
                to: m.one("to").cloned(),
                role: m.one("role").cloned(),
            },
        ));
    }
    for (_, team) in records.iter_mut().filter(|(s, _)| *s == Sheet::Teams) {
        let id = team.one("id").map(|i| i.value.clone());
        let mut members: Vec<Member> = match team.fields.iter().position(|(n, _)| *n == "members") {
            Some(i) => match team.fields.remove(i).1 {
                Val::List(items) => items
                    .into_iter()
                    .map(|a| Member {
                        span: a.span,
                        agency: a,
                        from: None,
                        to: None,
                        role: None,
                    })
                    .collect(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        let mut rest = Vec::new();
        for (t, m) in extra.drain(..) {
            if Some(&t) == id.as_ref() {
                members.push(m);
            } else {
                rest.push((t, m));
            }
        }
        extra = rest;
        if members.is_empty() {
            if let Some(id) = team.one("id") {
                diags.push(
                    Diagnostic::error(Code::MissingField, id.span, format!("team `{}` has no members", id.value))
                        .label("no member agency for this team")
                        .help("list its agencies in a `members` column (ids between `;`) or as rows of memberships.csv"),
                );
            }
            continue;
        }
        let at = TEAMS.iter().position(|c| c.name == "members").unwrap_or(0);
        let pos = team
            .fields
            .iter()
            .position(|(n, _)| TEAMS.iter().position(|c| c.name == *n).unwrap_or(0) > at)
            .unwrap_or(team.fields.len());
        team.fields.insert(pos, ("members", Val::Members(members)));
    }
}

/// The dataset as it is written out.
struct Doc<'a> {
    title: Option<&'a str>,
    records: Vec<(Sheet, Rec)>,
}

impl Doc<'_> {
    fn section(&self, sheet: Sheet) -> impl Iterator<Item = &Rec> {
        self.records
            .iter()
            .filter(move |(s, _)| *s == sheet)
            .map(|(_, r)| r)
    }

    /// Pairs each value of the YAML read back with the cell it came from, and
    /// checks that it reads back as the cell's text (a serializer bug must not
    /// silently change a name).
    fn map_spans(&self, tree: &Node, diags: &mut Vec<Diagnostic>) -> Moves {
        let mut moves = Moves(Vec::new());
        let Value::Map(top) = &tree.value else {
            return moves;
        };
        for (k, v) in top {
            let (Value::Str(key), Value::Seq(items)) = (&k.value, &v.value) else {
                continue;
            };
            let Some(sheet) = Sheet::from_name(key) else {
                continue;
            };
            for (node, rec) in items.iter().zip(self.section(sheet)) {
                moves.0.push((node.span, rec.span));
                let Value::Map(fields) = &node.value else {
                    continue;
                };
                for (fk, fv) in fields {
                    let found = rec
                        .fields
                        .iter()
                        .find(|(n, _)| Value::Str(n.to_string()) == fk.value);
                    if let Some((_, val)) = found {
                        moves.pair_val(fv, val, diags);
                    }
                }
            }
        }
        moves
    }
}

impl Serialize for Doc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        if let Some(t) = self.title {
            map.serialize_entry("title", t)?;
        }
        for sheet in Sheet::ALL {
            let recs: Vec<&Rec> = self.section(sheet).collect();
            if !recs.is_empty() {
                map.serialize_entry(sheet.name(), &recs)?;
            }
        }
        map.end()
    }
}

impl Serialize for Rec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.fields.len()))?;
        for (name, val) in &self.fields {
            map.serialize_entry(name, val)?;
        }
        map.end()
    }
}

impl Serialize for Val {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Val::One(v) => s.serialize_str(&v.value),
            Val::List(items) => {
                let items: Vec<&str> = items.iter().map(Sp::as_str).collect();
                crate::input::flow_seq(items).serialize(s)
            }
            Val::Outcomes(pairs) => {
                let pairs: Vec<(&str, OutcomeValue)> = pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), OutcomeValue(v.as_str())))
                    .collect();
                crate::input::flow_map(OrderedMap(pairs)).serialize(s)
            }
            Val::Members(members) => {
                let mut seq = s.serialize_seq(Some(members.len()))?;
                for m in members {
                    seq.serialize_element(m)?;
                }
                seq.end()
            }
        }
    }
}

impl Serialize for Member {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // A member for the team's whole span is written as its bare id, as by hand.
        if self.from.is_none() && self.to.is_none() && self.role.is_none() {
            return s.serialize_str(&self.agency.value);
        }
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("agency", &self.agency.value)?;
        for (name, v) in [("from", &self.from), ("to", &self.to), ("role", &self.role)] {
            if let Some(v) = v {
                map.serialize_entry(name, &v.value)?;
            }
        }
        map.end()
    }
}

/// A count stays a number (`arrests: 3`); anything else is text.
struct OutcomeValue<'a>(&'a str);

impl OutcomeValue<'_> {
    /// The number, if the text is the canonical spelling of one (`007` stays text).
    fn count(&self) -> Option<i64> {
        self.0
            .parse::<i64>()
            .ok()
            .filter(|n| n.to_string() == self.0)
    }
}

impl Serialize for OutcomeValue<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.count() {
            Some(n) => s.serialize_i64(n),
            None => s.serialize_str(self.0),
        }
    }
}

struct OrderedMap<'a>(Vec<(&'a str, OutcomeValue<'a>)>);

impl Serialize for OrderedMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// Spans in the written YAML paired with the CSV spans they came from.
struct Moves(Vec<(Span, Span)>);

impl Moves {
    fn pair_val(&mut self, node: &Node, val: &Val, diags: &mut Vec<Diagnostic>) {
        match (val, &node.value) {
            (Val::One(v), _) => self.pair_text(node, v, diags),
            (Val::List(items), Value::Seq(nodes)) => {
                for (n, item) in nodes.iter().zip(items) {
                    self.pair_text(n, item, diags);
                }
            }
            (Val::Outcomes(pairs), Value::Map(entries)) => {
                for ((kn, vn), (k, v)) in entries.iter().zip(pairs) {
                    self.pair_text(kn, k, diags);
                    self.0.push((vn.span, v.span));
                    let back = match &vn.value {
                        Value::Int(i) => OutcomeValue(&v.value).count() == Some(*i),
                        Value::Str(s) => *s == v.value,
                        _ => false,
                    };
                    if !back {
                        diags.push(changed(v));
                    }
                }
            }
            (Val::Members(members), Value::Seq(nodes)) => {
                for (n, m) in nodes.iter().zip(members) {
                    self.0.push((n.span, m.span));
                    match &n.value {
                        Value::Map(entries) => {
                            for (k, v) in entries {
                                let field = match &k.value {
                                    Value::Str(s) if s == "agency" => Some(&m.agency),
                                    Value::Str(s) if s == "from" => m.from.as_ref(),
                                    Value::Str(s) if s == "to" => m.to.as_ref(),
                                    Value::Str(s) if s == "role" => m.role.as_ref(),
                                    _ => None,
                                };
                                if let Some(f) = field {
                                    self.pair_text(v, f, diags);
                                }
                            }
                        }
                        _ => self.pair_text(n, &m.agency, diags),
                    }
                }
            }
            _ => {}
        }
    }

    fn pair_text(&mut self, node: &Node, cell: &Sp<String>, diags: &mut Vec<Diagnostic>) {
        self.0.push((node.span, cell.span));
        if node.value != Value::Str(cell.value.clone()) {
            diags.push(changed(cell));
        }
    }

    /// The CSV span for a span of the written YAML: the one paired with the
    /// smallest YAML span around it.
    fn find(&self, span: Span) -> Option<Span> {
        self.0
            .iter()
            .filter(|(y, _)| y.start <= span.start && span.end <= y.end)
            .min_by_key(|(y, _)| y.len())
            .map(|(_, c)| *c)
    }

    /// The diagnostic with each label moved to the CSV; labels with no place
    /// there (the file as a whole) are dropped.
    fn relocate(&self, d: Diagnostic) -> Diagnostic {
        let labels = d
            .labels
            .iter()
            .filter_map(|l| {
                self.find(l.span).map(|span| Label {
                    span,
                    text: l.text.clone(),
                })
            })
            .collect();
        Diagnostic {
            labels,
            help: d.help.as_deref().map(sheet_words),
            ..d
        }
    }
}

/// A hint of the YAML checks in the words of sheets: "add one under `sources:`"
/// becomes "add one to sources.csv", "`participants:`" becomes "`participants`".
fn sheet_words(help: &str) -> String {
    let mut out = help.to_string();
    for sheet in Sheet::ALL {
        out = out.replace(
            &format!("under `{}:`", sheet.name()),
            &format!("to {}.csv", sheet.name()),
        );
    }
    let mut rest = out.as_str();
    let mut done = String::new();
    while let Some(i) = rest.find('`') {
        let (before, after) = rest.split_at(i);
        done.push_str(before);
        match after[1..].find('`') {
            Some(j) if after[1..1 + j].ends_with(':') => {
                let name = &after[1..j];
                if done.ends_with("under ") {
                    done.truncate(done.len() - "under ".len());
                    done.push_str(&format!("in the `{name}` column"));
                } else {
                    done.push_str(&format!("`{name}`"));
                }
                rest = &after[j + 2..];
            }
            Some(j) => {
                done.push_str(&after[..j + 2]);
                rest = &after[j + 2..];
            }
            None => {
                done.push_str(after);
                rest = "";
            }
        }
    }
    done.push_str(rest);
    done
}

fn changed(cell: &Sp<String>) -> Diagnostic {
    Diagnostic::error(
        Code::ImportFailed,
        cell.span,
        "this cell does not read back exactly from the YAML written for it",
    )
    .help("this is a bug in coopline; please report it with the cell's text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_speak_of_sheets_and_columns() {
        assert_eq!(
            sheet_words("the dataset defines no sources; add one under `sources:`"),
            "the dataset defines no sources; add one to sources.csv"
        );
        assert_eq!(
            sheet_words("list the agencies involved under `participants:`; or `date:` alone"),
            "list the agencies involved in the `participants` column; or `date` alone"
        );
        assert_eq!(
            sheet_words("did you mean `nl-om`?"),
            "did you mean `nl-om`?"
        );
    }

    #[test]
    fn sheets_are_told_by_the_last_word_of_the_file_name() {
        assert_eq!(Sheet::from_file_name("agencies.csv"), Some(Sheet::Agencies));
        assert_eq!(
            Sheet::from_file_name("cases/Matrix - Memberships.csv"),
            Some(Sheet::Memberships)
        );
        assert_eq!(
            Sheet::from_file_name("matrix_events.csv"),
            Some(Sheet::Events)
        );
        assert_eq!(Sheet::from_file_name("export.csv"), None);
        assert_eq!(Sheet::from_file_name("-"), None);
    }

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
