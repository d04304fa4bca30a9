//! The stretch of a file a report quotes: whole lines around the labels, long
//! lines cut around them, invisible characters made visible, so that miette
//! draws a readable snippet whatever the file holds.

use std::fmt::Write as _;

use miette::{MietteError, MietteSpanContents, SourceSpan, SpanContents};

use crate::source::Span;

/// Widest stretch of one line a report shows, in characters. A machine-written
/// file can hold a line of megabytes: the report stays readable, and miette
/// cannot pad past column 65,535.
pub(super) const MAX_LINE_CHARS: usize = 120;
/// Lines between two labels' snippets that are shown to join them into one.
const BRIDGE_LINES: usize = 6;
/// Characters kept before a label when a long line is cut.
const LEAD_CHARS: usize = 40;
/// Longest text between backticks that a message quotes; values longer than
/// this (a pasted paragraph as a country code) are cut with an ellipsis.
const MAX_QUOTE_CHARS: usize = 80;

/// A character made visible in a report: control characters (line breaks aside)
/// become `?`, or `¿` for two-byte ones, so byte lengths stay as they were.
fn visible(c: char) -> char {
    match c {
        '\t' => c,
        c if c.is_control() && c.len_utf8() == 1 => '?',
        c if c.is_control() => '¿',
        c => c,
    }
}

/// Messages quote user text: escape its control characters, and cut any quoted
/// value (between backticks) longer than [`MAX_QUOTE_CHARS`].
pub(super) fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4096));
    let mut quoted = false;
    let mut run = 0usize;
    for c in text.chars() {
        if c == '`' {
            quoted = !quoted;
            run = 0;
            out.push(c);
            continue;
        }
        if quoted {
            run += 1;
            if run == MAX_QUOTE_CHARS + 1 {
                out.push('…');
            }
            if run > MAX_QUOTE_CHARS {
                continue;
            }
        }
        match c {
            '\n' => out.push(c),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The lines a report shows of one file, copied out of it: the lines each
/// label touches and one line of context either side, long lines cut to a
/// window around their labels. Reports cost what they show, not what the file
/// holds, so thousands of findings in a large file stay quick.
///
/// Runs of lines that do not touch are kept as separate segments, each at its
/// own offset with a gap between, so that miette never draws lines of two
/// segments as neighbours and every line keeps its number in the file.
#[derive(Debug)]
pub(super) struct Excerpt {
    name: String,
    segments: Vec<Segment>,
    /// The primary label's offset in the excerpt, with its true 0-based line
    /// and column (in characters), for the report's `file:line:column` header.
    primary: Option<(usize, usize, usize)>,
}

#[derive(Debug)]
struct Segment {
    /// The excerpt offset of the segment's first byte.
    base: usize,
    /// The 0-based line of the file that the segment starts with.
    first_line: usize,
    text: String,
}

/// Where one line of the file sits in the excerpt.
struct LineSpot {
    /// The kept bytes of the line in the file.
    kept: std::ops::Range<usize>,
    /// The line's end in the file, line break included.
    end: usize,
    /// The excerpt offset of the first kept byte.
    at: usize,
    /// True when the line goes on past the kept part.
    cut_after: bool,
}

impl LineSpot {
    /// The excerpt offset of file offset `x` on this line; offsets cut away
    /// land on the ellipsis that stands for them.
    fn map(&self, x: usize) -> usize {
        if x < self.kept.start {
            self.at - '…'.len_utf8()
        } else if x <= self.kept.end {
            self.at + (x - self.kept.start)
        } else if self.cut_after {
            // Up to the ellipsis: an underline stops where the shown text does.
            self.at + self.kept.len()
        } else {
            // The line break (or the `\r\n`) after the line.
            self.at + self.kept.len() + (x.min(self.end) - self.kept.end).min(1)
        }
    }
}

/// Steps `n` characters back from byte `at` in `s`, stopping at `floor`.
fn chars_back(s: &str, floor: usize, at: usize, n: usize) -> usize {
    s[floor..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(floor, |(i, _)| floor + i)
}

/// Steps `n` characters forward from byte `at` in `s`, stopping at `ceil`.
fn chars_forward(s: &str, at: usize, ceil: usize, n: usize) -> usize {
    s[at..ceil]
        .char_indices()
        .nth(n)
        .map_or(ceil, |(i, _)| at + i)
}

impl Excerpt {
    /// The excerpt of `file` for labels at `spans` (offsets into the file), and
    /// the spans moved into the excerpt, in the same order.
    pub(super) fn new(
        file: &crate::source::SourceFile,
        spans: &[Span],
        line_chars: usize,
    ) -> (Excerpt, Vec<SourceSpan>) {
        let text: &str = &file.text;
        let clamp = |x: u32| {
            let mut x = (x as usize).min(text.len());
            while !text.is_char_boundary(x) {
                x -= 1;
            }
            x
        };
        let last = file.line_count() - 1;
        // Line ranges to show, merged where they are a few lines apart: one
        // snippet reads better than two that almost meet.
        let mut ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|s| {
                let (a, b) = (clamp(s.start), clamp(s.end));
                let l0 = file.line_of(a);
                let l1 = file.line_of(b.saturating_sub(1).max(a));
                (l0.saturating_sub(1), (l1 + 1).min(last))
            })
            .collect();
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in ranges {
            match merged.last_mut() {
                Some(m) if a <= m.1 + 1 + BRIDGE_LINES => m.1 = m.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        let mut segments = Vec::with_capacity(merged.len());
        let mut spots: Vec<(usize, LineSpot)> = Vec::new();
        let mut base = 0;
        for (a, b) in merged {
            let mut out = String::new();
            for line in a..=b {
                let range = file.line_range(line);
                let end = if line < last {
                    file.line_range(line + 1).start.max(range.end)
                } else {
                    text.len()
                };
                let (start, stop) = (range.start, range.end);
                let mut kept = range.clone();
                if text[range.clone()].chars().nth(line_chars).is_some() {
                    // The first label that starts on this line anchors the window.
                    let anchor = spans
                        .iter()
                        .map(|s| clamp(s.start))
                        .filter(|&x| x >= start && x <= stop)
                        .min()
                        .unwrap_or(start);
                    let from = chars_back(text, start, anchor, LEAD_CHARS.min(line_chars / 3));
                    kept = from..chars_forward(text, from, stop, line_chars);
                }
                if line > a {
                    out.push('\n');
                }
                if kept.start > start {
                    out.push('…');
                }
                let at = base + out.len();
                out.extend(text[kept.clone()].chars().map(visible));
                let cut_after = kept.end < stop;
                if cut_after {
                    out.push('…');
                }
                spots.push((
                    line,
                    LineSpot {
                        kept,
                        end,
                        at,
                        cut_after,
                    },
                ));
            }
            let len = out.len();
            segments.push(Segment {
                base,
                first_line: a,
                text: out,
            });
            // A gap of two bytes keeps segments from ever reading as one.
            base += len + 2;
        }
        let spot = |x: usize| -> Option<&LineSpot> {
            let line = file.line_of(x);
            let i = spots.partition_point(|(l, _)| *l < line);
            spots.get(i).filter(|(l, _)| *l == line).map(|(_, s)| s)
        };
        let moved: Vec<SourceSpan> = spans
            .iter()
            .map(|s| {
                let (a, b) = (clamp(s.start), clamp(s.end));
                let start = spot(a).map_or(0, |p| p.map(a));
                let end = if b > a {
                    // The end belongs to the line of the last byte covered.
                    spot(b - 1).map_or(start, |p| p.map(b))
                } else {
                    start
                };
                SourceSpan::new(start.into(), end.saturating_sub(start))
            })
            .collect();
        let primary = spans.first().map(|s| {
            let a = clamp(s.start);
            let line = file.line_of(a);
            let line_start = file.line_range(line).start.min(a);
            (moved[0].offset(), line, text[line_start..a].chars().count())
        });
        let excerpt = Excerpt {
            name: printable(&file.name),
            segments,
            primary,
        };
        (excerpt, moved)
    }
}

impl miette::SourceCode for Excerpt {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let i = self
            .segments
            .partition_point(|s| s.base <= span.offset())
            .checked_sub(1)
            .ok_or(MietteError::OutOfBounds)?;
        let seg = &self.segments[i];
        // miette slices its input without checking: a span past the excerpt's end
        // (a lone `\r` is a line of its own to us, not to the excerpt) panics there.
        let n = seg.text.len();
        let start = (span.offset() - seg.base).min(n);
        let local = SourceSpan::new(start.into(), span.len().min(n - start));
        let inner = seg.text.as_str().read_span(&local, before, after)?;
        let (mut line, mut column) = (inner.line() + seg.first_line, inner.column());
        if let Some((at, l, c)) = self.primary
            && at == span.offset()
            && before == 0
            && after == 0
        {
            (line, column) = (l, c);
        }
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            SourceSpan::new(
                (inner.span().offset() + seg.base).into(),
                inner.span().len(),
            ),
            line,
            column,
            inner.line_count() + seg.first_line,
        )))
    }
}
