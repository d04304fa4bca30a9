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
    RawAgency, RawContext, RawDataset, RawEvent, RawMember, RawOutcome, RawSource, RawTeam, Sp,
};
pub use yaml::{Limits, Node, Value};
pub(crate) use yaml::{flow_map, flow_seq, parse as parse_yaml, write as write_yaml};

use crate::diag::Diagnostic;
use crate::source::SourceSet;

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
        match yaml::parse(&file.text, id, limits) {
            Ok(node) => records::read_dataset(&node, limits.max_records, &mut raw, &mut diags),
            Err(d) => diags.push(d),
        }
    }
    (raw, diags)
}

/// Why input files could not be read (exit code 3: an I/O problem, not bad data).
#[derive(Debug)]
pub struct ReadError {
    /// The path as the user gave it.
    pub path: PathBuf,
    /// What went wrong.
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for ReadError {}

/// True for names that hold YAML datasets.
fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

fn collect_folder(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ReadError> {
    let err = |e: std::io::Error| ReadError {
        path: dir.to_path_buf(),
        message: e.to_string(),
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    // Name order makes a folder merge the same on every machine.
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_folder(&p, out)?;
        } else if is_yaml(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// Reads the files named on the command line into a [`SourceSet`]: a file, a folder
/// (every `.yaml`/`.yml` below it, in name order) or `-` for standard input.
/// Refuses inputs over `max_bytes` in total.
pub fn read_paths(paths: &[PathBuf], max_bytes: u64) -> Result<SourceSet, ReadError> {
    let mut files = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push(p.clone());
        } else if p.is_dir() {
            let before = files.len();
            collect_folder(p, &mut files)?;
            if files.len() == before {
                return Err(ReadError {
                    path: p.clone(),
                    message: "the folder holds no .yaml or .yml files".into(),
                });
            }
        } else {
            files.push(p.clone());
        }
    }
    let mut set = SourceSet::new();
    let mut total: u64 = 0;
    for p in files {
        let mut text = String::new();
        let result = if p.as_os_str() == "-" {
            std::io::stdin()
                .take(max_bytes.saturating_add(1))
                .read_to_string(&mut text)
        } else {
            std::fs::File::open(&p).and_then(|f| {
                f.take(max_bytes.saturating_add(1))
                    .read_to_string(&mut text)
            })
        };
        result.map_err(|e| ReadError {
            path: p.clone(),
            message: match e.kind() {
                std::io::ErrorKind::InvalidData => "the file is not UTF-8 text".to_string(),
                _ => e.to_string(),
            },
        })?;
        total += text.len() as u64;
        if total > max_bytes {
            return Err(ReadError {
                path: p,
                message: format!(
                    "input is larger than the limit of {max_bytes} bytes (raise it with --max-input-bytes)"
                ),
            });
        }
        if p.as_os_str() == "-" {
            set.add("<stdin>", text);
        } else {
            set.add_path(&p, text);
        }
    }
    Ok(set)
}
