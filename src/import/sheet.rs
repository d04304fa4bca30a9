//! Sheets and their columns: which sheet a file holds (told by its name or
//! `--kind`), and the columns each sheet has, required or not, and how each is read.

use std::path::Path;

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

    pub(super) fn record(self) -> &'static str {
        match self {
            Sheet::Sources => "source",
            Sheet::Agencies => "agency",
            Sheet::Teams => "team",
            Sheet::Memberships => "membership",
            Sheet::Events => "event",
            Sheet::Context => "context record",
        }
    }

    pub(super) fn columns(self) -> &'static [Column] {
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
pub(super) enum Ty {
    /// Free text (names, notes), kept exactly as typed.
    Text,
    /// One token (id, date, code, url): surrounding spaces are a typing slip and dropped.
    Token,
    /// Tokens or short texts between `;`.
    List,
    /// Places between `;`, each text or text `@ latitude, longitude`.
    Places,
    /// One place, text or text `@ latitude, longitude`.
    Place,
    /// `name: value` pairs between `;`.
    Outcomes,
    /// Source ids between `;`, each with its grade if it has one: `europol (B2)`.
    Citations,
}

pub(super) struct Column {
    pub(super) name: &'static str,
    pub(super) required: bool,
    pub(super) ty: Ty,
}

pub(super) const fn col(name: &'static str, required: bool, ty: Ty) -> Column {
    Column { name, required, ty }
}

const SOURCES: &[Column] = &[
    col("id", true, Ty::Token),
    col("title", true, Ty::Text),
    col("publisher", false, Ty::Text),
    col("url", false, Ty::Token),
    col("urls", false, Ty::List),
    col("archived", false, Ty::Token),
    col("accessed", false, Ty::Token),
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
    col("seat", false, Ty::Place),
    col("notes", false, Ty::Text),
    col("confidence", false, Ty::Token),
    col("sources", false, Ty::Citations),
];
pub(super) const TEAMS: &[Column] = &[
    col("id", true, Ty::Token),
    col("name", true, Ty::Text),
    col("kind", true, Ty::Token),
    col("hosted_by", false, Ty::Token),
    col("start", true, Ty::Token),
    col("end", false, Ty::Token),
    col("members", false, Ty::List),
    col("legal_basis", false, Ty::Text),
    col("legal_basis_ref", false, Ty::Token),
    col("notes", false, Ty::Text),
    col("confidence", false, Ty::Token),
    col("sources", false, Ty::Citations),
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
    col("places", false, Ty::Places),
    col("outcomes", false, Ty::Outcomes),
    col("notes", false, Ty::Text),
    col("confidence", false, Ty::Token),
    col("sources", false, Ty::Citations),
];
const CONTEXT: &[Column] = &[
    col("id", true, Ty::Token),
    col("name", true, Ty::Text),
    col("short", false, Ty::Text),
    col("kind", false, Ty::Token),
    col("date", true, Ty::Token),
    col("notes", false, Ty::Text),
    col("confidence", false, Ty::Token),
    col("sources", false, Ty::Citations),
];

#[cfg(test)]
mod tests {
    use super::*;

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
}
