//! The text the user gave us: files (or standard input) and byte spans into them.
//!
//! Every record, field and diagnostic points back into a [`SourceSet`] through a
//! [`Span`], so an error can always show the line it came from.

use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Index of a file inside a [`SourceSet`]; only meaningful for the set that issued it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range `start..end` in one source file. `start <= end <= text.len()`
/// holds for spans made by this crate, and both ends fall on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// The file the range belongs to.
    pub file: FileId,
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span covering `start..end` in `file`.
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        let start = u32::try_from(start).unwrap_or(u32::MAX);
        let end = u32::try_from(end).unwrap_or(u32::MAX).max(start);
        Span { file, start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// True for a zero-width span (a position, such as the start of a file).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Which file on disk a text came from, however it was named: compared to keep
/// an output from replacing an input through another folder, a link or `..`,
/// and to read a file reached twice through links only once.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FileIdentity(Identity);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Identity {
    /// Device and inode.
    #[cfg(unix)]
    Inode(u64, u64),
    /// The canonical path, where the system has no inode numbers.
    #[cfg(not(unix))]
    Path(std::path::PathBuf),
}

impl FileIdentity {
    /// The identity of what `path` names, links followed; `None` if it does not exist.
    pub fn of(path: &Path) -> Option<FileIdentity> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let m = std::fs::metadata(path).ok()?;
            Some(FileIdentity(Identity::Inode(m.dev(), m.ino())))
        }
        #[cfg(not(unix))]
        {
            Some(FileIdentity(Identity::Path(path.canonicalize().ok()?)))
        }
    }

    /// The file behind standard input, when it is redirected from one.
    pub fn of_stdin() -> Option<FileIdentity> {
        #[cfg(target_os = "linux")]
        {
            FileIdentity::of(Path::new("/proc/self/fd/0"))
                .filter(|_| std::fs::metadata("/proc/self/fd/0").is_ok_and(|m| m.is_file()))
        }
        #[cfg(not(target_os = "linux"))]
        {
            None
        }
    }
}

/// One input text with the name it is reported under (a path, or `<stdin>`).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Name shown in diagnostics.
    pub name: String,
    /// Full text, shared so diagnostics can hold it cheaply.
    pub text: Arc<str>,
    /// Where each line starts, found on first use: a report of thousands of
    /// findings in a large file then finds each line by binary search instead
    /// of counting from the top every time.
    line_starts: OnceLock<Vec<u32>>,
    /// The file it was read from, if any.
    identity: Option<FileIdentity>,
}

impl SourceFile {
    /// A text under the name it is reported with.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
            line_starts: OnceLock::new(),
            identity: None,
        }
    }

    /// The file on disk this text was read from (none for standard input from
    /// a pipe, or text made in memory).
    pub fn identity(&self) -> Option<&FileIdentity> {
        self.identity.as_ref()
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    memchr::memchr_iter(b'\n', self.text.as_bytes())
                        .map(|i| u32::try_from(i + 1).unwrap_or(u32::MAX)),
                )
                .collect()
        })
    }

    /// Number of lines (a text without a line break has one).
    pub fn line_count(&self) -> usize {
        self.line_starts().len()
    }

    /// The 0-based line holding byte `at` (clamped to the text).
    pub fn line_of(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        self.line_starts()
            .partition_point(|&s| s as usize <= at)
            .saturating_sub(1)
    }

    /// The bytes of 0-based line `line`, without its line break (`\n` or `\r\n`).
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let starts = self.line_starts();
        let Some(&start) = starts.get(line) else {
            return self.text.len()..self.text.len();
        };
        let start = (start as usize).min(self.text.len());
        let mut end = starts
            .get(line + 1)
            .map_or(self.text.len(), |&s| (s as usize).saturating_sub(1))
            .max(start);
        if self
            .text
            .as_bytes()
            .get(..end)
            .is_some_and(|b| b.ends_with(b"\r"))
            && end > start
        {
            end -= 1;
        }
        start..end
    }
}

/// All the texts of one dataset, in the order they were given (folders in name order).
#[derive(Clone, Debug, Default)]
pub struct SourceSet {
    files: Vec<SourceFile>,
    skipped: Vec<(std::path::PathBuf, std::path::PathBuf)>,
}

/// A 1-based line and column (columns count characters, as editors do).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl SourceSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a text and returns its id.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Arc<str>>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile::new(name, text));
        id
    }

    /// Adds a file read from disk under its path as given.
    pub fn add_path(&mut self, path: &Path, text: String) -> FileId {
        self.add(path.display().to_string(), text)
    }

    /// Adds a text read from the file `identity` (so that no output replaces it).
    pub fn add_read(
        &mut self,
        name: impl Into<String>,
        text: impl Into<Arc<str>>,
        identity: Option<FileIdentity>,
    ) -> FileId {
        let id = self.add(name, text);
        if let Some(f) = self.files.last_mut() {
            f.identity = identity;
        }
        id
    }

    /// Notes that `link` was not read because it leads to `target`, read already
    /// (a folder linked into itself, or a second link to one file).
    pub fn skip(&mut self, link: std::path::PathBuf, target: std::path::PathBuf) {
        self.skipped.push((link, target));
    }

    /// Links passed over while reading, each with what it leads to.
    pub fn skipped(&self) -> &[(std::path::PathBuf, std::path::PathBuf)] {
        &self.skipped
    }

    /// The files on disk that the texts were read from.
    pub fn identities(&self) -> impl Iterator<Item = &FileIdentity> {
        self.files.iter().filter_map(SourceFile::identity)
    }

    /// The file behind an id issued by this set.
    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// Every file with its id, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when no file was added.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Line and column of a span's start; `None` for a span from another set.
    pub fn line_col(&self, span: Span) -> Option<LineCol> {
        let file = self.get(span.file)?;
        let at = (span.start as usize).min(file.text.len());
        let line = file.line_of(at);
        let line_start = file.line_starts()[line] as usize;
        Some(LineCol {
            line: line + 1,
            column: file.text.get(line_start..at)?.chars().count() + 1,
        })
    }

    /// `name:line:column` of a span's start, the form editors and terminals link.
    pub fn locate(&self, span: Span) -> String {
        match (self.get(span.file), self.line_col(span)) {
            (Some(f), Some(lc)) => format!("{}:{}:{}", f.name, lc.line, lc.column),
            _ => "<unknown>".to_string(),
        }
    }

    /// The source text a span covers (empty if the span is not from this set).
    pub fn slice(&self, span: Span) -> &str {
        self.get(span.file)
            .and_then(|f| f.text.get(span.start as usize..span.end as usize))
            .unwrap_or("")
    }
}

/// Byte offset of a 1-based line and character column in `text`, clamped to the text.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let col = column.saturating_sub(1);
            return offset
                + l.char_indices()
                    .nth(col)
                    .map_or(l.trim_end_matches('\n').len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let mut s = SourceSet::new();
        let f = s.add("a.yaml", "a: 1\nnamé: x\n");
        let at = "a: 1\nnamé: ".len();
        let lc = s.line_col(Span::new(f, at, at + 1)).unwrap();
        assert_eq!((lc.line, lc.column), (2, 7));
        assert_eq!(offset_of("a: 1\nnamé: x\n", 2, 7), at);
    }
}
