//! Records: one per non-empty row, with its required cells filled in and no
//! cell beyond the header; membership rows become their teams' `members`.

use super::cells::read_cell;
use super::csv::Row;
use super::header::read_header;
use super::places::PlaceVal;
use super::sheet::{Sheet, TEAMS};
use crate::diag::{Code, Diagnostic};
use crate::input::Sp;
use crate::model::Outcome;
use crate::source::{FileId, Span};
use crate::suggest::did_you_mean;

/// One field of a record as it will be written, with the cells it came from.
#[derive(Debug)]
pub(super) enum Val {
    One(Sp<String>),
    List(Vec<Sp<String>>),
    Outcomes(Vec<(Sp<String>, Sp<Outcome>)>),
    Members(Vec<Member>),
    /// Source ids, each with its grade if given.
    Citations(Vec<(Sp<String>, Option<Sp<String>>)>),
    /// Places, each text or fields.
    Places(Vec<PlaceVal>),
    /// One place.
    Place(PlaceVal),
    /// A text in several languages: language codes and texts, in order.
    Texts(Vec<(Sp<String>, Sp<String>)>),
}

#[derive(Debug)]
pub(super) struct Member {
    /// The membership row, or the item of a team's `members` cell.
    pub(super) span: Span,
    pub(super) agency: Sp<String>,
    pub(super) from: Option<Sp<String>>,
    pub(super) to: Option<Sp<String>>,
    pub(super) role: Option<Sp<String>>,
}

/// A record: its fields in the format's order, and the row it came from.
#[derive(Debug)]
pub(super) struct Rec {
    pub(super) span: Span,
    pub(super) fields: Vec<(&'static str, Val)>,
}

impl Rec {
    /// The single-valued field `name`, if the row gave it.
    fn one(&self, name: &str) -> Option<&Sp<String>> {
        self.fields.iter().find_map(|(n, v)| match v {
            Val::One(s) if *n == name => Some(s),
            _ => None,
        })
    }
}

/// One sheet's rows → records. Empty rows are skipped: spreadsheets export them.
pub(super) fn read_table(
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
        // A company or an NGO may leave its country empty.
        let private = sheet == Sheet::Agencies
            && row.cells.iter().zip(&columns).any(|(cell, column)| {
                column.is_some_and(|c| c.name == "kind")
                    && matches!(cell.text.trim(), "private" | "ngo")
            });
        let mut fields = Vec::new();
        for (cell, column) in row.cells.iter().zip(&columns) {
            let Some(column) = column else { continue };
            if let Some(v) = read_cell(cell, column, diags) {
                fields.push((column.name, v));
            } else if column.required && !(private && column.name == "country") {
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

/// Folds membership rows into their teams' `members`, after any `members` cell.
pub(super) fn attach_members(
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
