//! Stage 1, input: YAML text → raw records, each field with its [`Span`](crate::source::Span).
//! (Importers from other formats write YAML through this module too.)
//!
//! Raw records are "what the user typed": fields are checked for form (a string
//! where a string belongs, no unknown fields) but not for meaning. Meaning is
//! [`crate::model::validate`]'s job. Every problem found here is collected, so a
//! user sees all of a file's mistakes at once.

mod records;
mod yaml;

use std::io::Read;
use std::path::{Path, PathBuf};

pub use records::FIELDS;
pub(crate) use records::SYNONYMS;
pub use records::{
    RawAgency, RawAssurance, RawChapter, RawContext, RawDataset, RawEvent, RawMember, RawOutcome,
    RawPlace, RawSource, RawTeam, Sp, Text,
};
pub use yaml::{Limits, Node, Value};
pub(crate) use yaml::{flow_map, flow_seq, parse as parse_yaml, write as write_yaml};

use crate::diag::Diagnostic;
use crate::source::{FileIdentity, SourceSet};

/// One YAML document as JSON data, as an editor's YAML language server sees it
/// when it checks the file against [`crate::schema`].
pub fn yaml_to_json(text: &str) -> Result<serde_json::Value, Diagnostic> {
    yaml::parse(text, crate::source::FileId(0), Limits::default()).map(|n| n.to_json())
}

/// Parses every file of `sources` and merges their records, in file order.
/// Returns the records that could be read and every problem found on the way.
pub fn parse_sources(sources: &SourceSet, limits: Limits) -> (RawDataset, Vec<Diagnostic>) {
    let mut raw = RawDataset::default();
    let mut diags = Vec::new();
    for (id, file) in sources.iter() {
        match parse_file(&file.text, id, limits, &mut raw, &mut diags) {
            Ok(node) => records::read_dataset(&node, limits.max_records, &mut raw, &mut diags),
            Err(d) => diags.push(d),
        }
    }
    // Records streamed in were added to lists of unknown length.
    raw.shrink_to_fit();
    (raw, diags)
}

/// The tree of one file, whose top-level lists' records are already in `raw`
/// when the file could be read as it streams (the lists are then empty in the
/// tree): records are made item by item, and the whole file's tree is never
/// held. The records come out as a reading of the whole tree makes them; when
/// they might not (the record limit within reach) or the fast reader cannot
/// read the file, what was streamed is set aside and the file read whole.
fn parse_file<'a>(
    text: &'a str,
    id: crate::source::FileId,
    limits: Limits,
    raw: &mut RawDataset,
    diags: &mut Vec<Diagnostic>,
) -> Result<Node<'a>, Diagnostic> {
    let (lens, reported, counted) = (raw.lens(), diags.len(), raw.counted());
    let mut items = 0;
    let mut limit_near = false;
    let mut take = |list: &'static str, item: Node<'a>| {
        // With room for every item of every list, no list is cut in either
        // order; past that, which list is cut depends on the order, and the
        // whole tree's fixed order is the one the report names.
        items += 1;
        if counted + items > limits.max_records {
            limit_near = true;
            return false;
        }
        records::read_record(list, &item, raw, diags);
        true
    };
    if let Some(node) = yaml::parse_streaming(text, id, limits, &records::LISTS, &mut take) {
        return Ok(node);
    }
    raw.truncate(lens);
    diags.truncate(reported);
    if limit_near {
        yaml::parse(text, id, limits)
    } else {
        yaml::parse_general(text, id, limits)
    }
}

/// The first character that no one-line text may hold (a control character,
/// U+FFFE or U+FFFF), by the rule the records follow; for text given on the
/// command line (`--title`), which must pass the same check as text in the data.
pub fn forbidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| records::is_forbidden_control(c))
}

/// Why input files could not be read (exit code 3: an I/O problem, not bad data).
#[derive(Debug, thiserror::Error)]
#[error("cannot read {}: {cause}", path.display())]
pub struct ReadError {
    /// The path as the user gave it.
    pub path: PathBuf,
    /// What went wrong.
    pub cause: ReadCause,
}

/// What kept a path from being read; the text is what the user sees after the path.
#[derive(Debug, thiserror::Error)]
pub enum ReadCause {
    /// The system refused: no such file, no permission...
    #[error("{0}")]
    Io(std::io::Error),
    /// The bytes are not UTF-8.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// A folder given for a dataset has nothing to read.
    #[error("the folder holds no .yaml or .yml files")]
    NoYamlFiles,
    /// A folder given for an import has nothing to read.
    #[error("the folder holds no .csv files")]
    NoCsvFiles,
    /// The inputs together exceed the byte limit.
    #[error("input is larger than the limit of {limit} bytes (raise it with --max-input-bytes)")]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
}

impl ReadError {
    /// The error for `path` with `cause`.
    pub fn new(path: impl Into<PathBuf>, cause: ReadCause) -> Self {
        ReadError {
            path: path.into(),
            cause,
        }
    }
}

/// True for names that hold YAML datasets.
fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// What a walk over the command line's paths has seen, so that no folder is
/// entered twice and no file read twice, however links join them.
#[derive(Default)]
struct Walk {
    files: Vec<(PathBuf, Option<FileIdentity>)>,
    seen: std::collections::HashMap<FileIdentity, PathBuf>,
    skipped: Vec<(PathBuf, PathBuf)>,
}

impl Walk {
    /// True the first time `path`'s file or folder is met; later meetings are
    /// noted as skipped (a link back into a folder being read, or a second link).
    fn first_visit(&mut self, path: &Path, identity: Option<&FileIdentity>) -> bool {
        let Some(identity) = identity else {
            return true;
        };
        match self.seen.get(identity) {
            Some(first) => {
                self.skipped.push((path.to_path_buf(), first.clone()));
                false
            }
            None => {
                self.seen.insert(identity.clone(), path.to_path_buf());
                true
            }
        }
    }

    fn folder(&mut self, dir: &Path) -> Result<(), ReadError> {
        let err = |e: std::io::Error| ReadError::new(dir, ReadCause::Io(e));
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(err)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        // Name order makes a folder merge the same on every machine.
        entries.sort();
        for p in entries {
            if p.is_dir() {
                if self.first_visit(&p, FileIdentity::of(&p).as_ref()) {
                    self.folder(&p)?;
                }
            } else if is_yaml(&p) {
                self.file(p);
            }
        }
        Ok(())
    }

    fn file(&mut self, p: PathBuf) {
        let identity = FileIdentity::of(&p);
        if self.first_visit(&p, identity.as_ref()) {
            self.files.push((p, identity));
        }
    }
}

/// Reads the files named on the command line into a [`SourceSet`]: a file, a folder
/// (every `.yaml`/`.yml` below it, in name order) or `-` for standard input.
/// Refuses inputs over `max_bytes` in total. Links are followed, but a folder
/// or file reached twice is read once, and a link that leads back into a
/// folder being read is skipped (see [`SourceSet::skipped`]).
pub fn read_paths(paths: &[PathBuf], max_bytes: u64) -> Result<SourceSet, ReadError> {
    let mut walk = Walk::default();
    for p in paths {
        if p.as_os_str() == "-" {
            walk.files.push((p.clone(), FileIdentity::of_stdin()));
        } else if p.is_dir() {
            let before = walk.files.len();
            if walk.first_visit(p, FileIdentity::of(p).as_ref()) {
                walk.folder(p)?;
            }
            if walk.files.len() == before && !walk.skipped.iter().any(|(l, _)| l == p) {
                return Err(ReadError::new(p, ReadCause::NoYamlFiles));
            }
        } else {
            walk.file(p.clone());
        }
    }
    let mut set = SourceSet::new();
    let mut total: u64 = 0;
    for (p, identity) in walk.files {
        let mut text = String::new();
        let result = if p.as_os_str() == "-" {
            std::io::stdin()
                .take(max_bytes.saturating_add(1))
                .read_to_string(&mut text)
        } else {
            std::fs::File::open(&p).and_then(|f| {
                // Room for the whole file at once: a text grown as it is read
                // would hold up to twice its size.
                let size = f.metadata().map_or(0, |m| m.len()).min(max_bytes);
                text.reserve_exact(usize::try_from(size).unwrap_or(0).saturating_add(1));
                f.take(max_bytes.saturating_add(1))
                    .read_to_string(&mut text)
            })
        };
        result.map_err(|e| {
            let cause = match e.kind() {
                std::io::ErrorKind::InvalidData => ReadCause::NotUtf8,
                _ => ReadCause::Io(e),
            };
            ReadError::new(&p, cause)
        })?;
        total += text.len() as u64;
        if total > max_bytes {
            return Err(ReadError::new(p, ReadCause::TooLarge { limit: max_bytes }));
        }
        if p.as_os_str() == "-" {
            set.add_read("<stdin>", text, identity);
        } else {
            set.add_read(p.display().to_string(), text, identity);
        }
    }
    for (link, target) in walk.skipped {
        set.skip(link, target);
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_errors_name_the_path_and_the_cause() {
        let dir = std::env::temp_dir().join(format!("coopline-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let e = read_paths(std::slice::from_ref(&dir), 1 << 20).unwrap_err();
        assert!(matches!(e.cause, ReadCause::NoYamlFiles));
        assert_eq!(
            e.to_string(),
            format!(
                "cannot read {}: the folder holds no .yaml or .yml files",
                dir.display()
            )
        );
        std::fs::write(dir.join("a.yaml"), "agencies: []\n").unwrap();
        let e = read_paths(std::slice::from_ref(&dir), 4).unwrap_err();
        assert!(matches!(e.cause, ReadCause::TooLarge { limit: 4 }));
        assert!(e.to_string().ends_with(
            "a.yaml: input is larger than the limit of 4 bytes (raise it with --max-input-bytes)"
        ));
        std::fs::write(dir.join("a.yaml"), b"\xff\n").unwrap();
        let e = read_paths(std::slice::from_ref(&dir), 1 << 20).unwrap_err();
        assert!(matches!(e.cause, ReadCause::NotUtf8));
        let e = read_paths(&[dir.join("missing.yaml")], 1 << 20).unwrap_err();
        assert!(matches!(e.cause, ReadCause::Io(_)));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Records and reports of `text`, read from its whole tree in the fixed
    /// order of the lists, as every file was read before records streamed.
    fn from_whole_tree(text: &str, limits: Limits) -> String {
        let node = yaml::parse(text, crate::source::FileId(0), limits).unwrap();
        let mut raw = RawDataset::default();
        let mut diags = Vec::new();
        records::read_dataset(&node, limits.max_records, &mut raw, &mut diags);
        crate::diag::sort(&mut diags);
        format!("{raw:?}\n{diags:?}")
    }

    fn from_parse_sources(text: &str, limits: Limits) -> String {
        let mut set = SourceSet::new();
        set.add("case.yaml", text);
        let (raw, mut diags) = parse_sources(&set, limits);
        crate::diag::sort(&mut diags);
        format!("{raw:?}\n{diags:?}")
    }

    /// Lists in an unusual order, with mistakes in several of them.
    const MIXED: &str = "\
events:
  - {id: e1, name: Raid, date: 2024, participants: [a], nmae: x}
  - {id: e2, date: 2024-13, teams: [t], notes: n}
  - id: e3
    name: Arrests
    start: 2024-01
    outcomes: {arrests: 3}
    sources: [{id: s, grade: B2}]
agencies:
  - {id: a, name: A, country: NL, kind: police, seat: {name: Den Haag, at: [52.08, 4.31]}}
  - [oops]
sources:
  - {id: s, title: T}
chapters:
  - {title: One, records: [e1]}
teams:
  - {id: t, name: T, kind: jit, start: 2024, members: [a]}
context:
  - {id: c, name: C, date: 2020}
";

    #[test]
    fn records_read_as_a_file_streams_are_those_of_its_whole_tree() {
        // The fast reader streams this file: nothing falls back unseen.
        let mut items = 0;
        let streamed = yaml::parse_streaming(
            MIXED,
            crate::source::FileId(0),
            Limits::default(),
            &records::LISTS,
            &mut |_, _| {
                items += 1;
                true
            },
        );
        assert!(streamed.is_some());
        assert_eq!(items, 9);
        let limits = Limits::default();
        assert_eq!(
            from_parse_sources(MIXED, limits),
            from_whole_tree(MIXED, limits)
        );
        let json = serde_json::to_string(&yaml_to_json(MIXED).unwrap()).unwrap();
        assert_eq!(
            from_parse_sources(&json, limits),
            from_whole_tree(&json, limits)
        );
    }

    #[test]
    fn near_the_record_limit_the_lists_are_cut_as_in_the_whole_tree() {
        // Nine items, one of them no record: the limit cuts the list the
        // fixed order reaches first, whatever order the file writes them in,
        // and only the first seven records count (chapters do not).
        for max_records in [0, 1, 3, 5, 6, 7, 8, 9, 10] {
            let limits = Limits {
                max_records,
                ..Limits::default()
            };
            let streamed = from_parse_sources(MIXED, limits);
            assert_eq!(streamed, from_whole_tree(MIXED, limits), "{max_records}");
            assert_eq!(
                streamed.contains("TooManyRecords"),
                max_records < 7,
                "{max_records}: {streamed}"
            );
        }
    }
}
