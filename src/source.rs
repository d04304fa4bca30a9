//! The text the user gave us: files (or standard input) and byte spans into them.
//!
//! Every record, field and diagnostic points back into a [`SourceSet`] through a
//! [`Span`], so an error can always show the line it came from.

use std::path::Path;
use std::sync::Arc;

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

/// One input text with the name it is reported under (a path, or `<stdin>`).
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Name shown in diagnostics.
    pub name: String,
    /// Full text, shared so diagnostics can hold it cheaply.
    pub text: Arc<str>,
}

/// All the texts of one dataset, in the order they were given (folders in name order).
#[derive(Clone, Debug, Default)]
pub struct SourceSet {
    files: Vec<SourceFile>,
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
        self.files.push(SourceFile {
            name: name.into(),
            text: text.into(),
        });
        id
    }

    /// Adds a file read from disk under its path as given.
    pub fn add_path(&mut self, path: &Path, text: String) -> FileId {
        self.add(path.display().to_string(), text)
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
        let text = &self.get(span.file)?.text;
        let at = (span.start as usize).min(text.len());
        let before = text.get(..at)?;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Some(LineCol {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
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
